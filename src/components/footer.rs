//! Site footer: source and licence.

use leptos::prelude::*;

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>{crate::lang::texts().footer_source}</p>
        </footer>
    }
}
