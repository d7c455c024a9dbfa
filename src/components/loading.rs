//! What shows while the snapshot loads.

use leptos::prelude::*;

#[component]
pub fn Loading() -> impl IntoView {
    view! {
        <div class="loading" role="status" aria-live="polite">
            <span class="spinner" aria-hidden="true"></span>
            {crate::lang::texts().loading_plan}
        </div>
    }
}
