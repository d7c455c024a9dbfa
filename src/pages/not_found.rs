//! Shown for an address that matches no page.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let t = crate::lang::texts();
    view! {
        <Title text=t.not_found_title />
        <section class="not-found">
            <h1 tabindex="-1">{t.not_found_title}</h1>
            <p>{t.not_found_text}</p>
            <p><A href=crate::base::href("/")>{t.not_found_link}</A></p>
        </section>
    }
}
