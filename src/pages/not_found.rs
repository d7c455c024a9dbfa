//! Shown for an address that matches no page.

use crate::components::page_title::PageTitle;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let t = crate::lang::texts();
    view! {
        <PageTitle text=t.not_found_title />
        <section class="not-found">
            <h1 tabindex="-1">{t.not_found_title}</h1>
            <p>{t.not_found_text}</p>
            <p><A href=crate::base::href("/")>{t.not_found_link}</A></p>
        </section>
    }
}
