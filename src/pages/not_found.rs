//! Shown for an address that matches no page.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <Title text="Page introuvable" />
        <section class="not-found">
            <h1 tabindex="-1">"Page introuvable"</h1>
            <p>"Cette adresse ne correspond à aucune page du plan d’action."</p>
            <p><A href=crate::base::href("/")>"Voir tous les engagements"</A></p>
        </section>
    }
}
