//! The message shown when the snapshot cannot be loaded, with a way forward.

use leptos::prelude::*;

use crate::data::FetchError;

#[component]
pub fn LoadError(error: FetchError, on_retry: impl Fn() + 'static) -> impl IntoView {
    let (retrying, set_retrying) = signal(false);
    view! {
        <section class="load-error" role="alert" data-kind=error.kind() data-detail=error.detail_kind()>
            <h1>{error.title()}</h1>
            <p>{error.detail()}</p>
            <button
                type="button"
                class="button"
                disabled=retrying
                on:click=move |_| {
                    set_retrying.set(true);
                    on_retry();
                }
            >
                {move || if retrying.get() { "Nouvel essai…" } else { "Réessayer" }}
            </button>
        </section>
    }
}
