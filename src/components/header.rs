//! Site header: name and main navigation.

use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="site-header">
            <A href=crate::base::href("/") attr:class="brand">
                <span class="brand-name">"Plan ouvert"</span>
                <span class="brand-sub">"Plan d’action national de la France 2015-2017 · PGO"</span>
            </A>
            <nav aria-label="Navigation principale">
                <ul>
                    <li><A href=crate::base::href("/")>"Engagements"</A></li>
                    <li><A href=crate::base::href("/institutions")>"Institutions"</A></li>
                    <li><A href=crate::base::href("/rapport")>"Le rapport"</A></li>
                    <li><A href=crate::base::href("/a-propos")>"À propos"</A></li>
                </ul>
            </nav>
        </header>
    }
}
