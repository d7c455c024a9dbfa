//! The message shown when the snapshot cannot be loaded, with a way forward:
//! a retry, and the last good snapshot kept on this device when there is one.

use leptos::prelude::*;
use plan_core::i18n::fill;

use crate::lang::date;

use crate::data::{self, FetchError, Plan};

/// The error, a retry, and an offer of the saved copy. `on_use_saved` receives
/// the saved plan when the user chooses it; without it nothing is offered.
#[component]
pub fn LoadError(
    error: FetchError,
    on_retry: impl Fn() + 'static,
    #[prop(optional, into)] on_use_saved: Option<Callback<Plan>>,
) -> impl IntoView {
    let t = crate::lang::texts();
    let (retrying, set_retrying) = signal(false);
    // Read (and validated) only now that loading failed, never on the happy path.
    let offer = on_use_saved.and_then(|use_saved| {
        let saved = data::saved_plan()?;
        let label = fill(
            t.show_saved,
            &[("date", &date(&saved.snapshot.source.as_of))],
        );
        Some(view! {
            <p class="load-error-saved">
                {t.saved_available}
            </p>
            <button type="button" class="button" on:click=move |_| use_saved.run(saved.clone())>
                {label}
            </button>
        })
    });
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
                {move || if retrying.get() { t.retrying } else { t.retry }}
            </button>
            {offer}
        </section>
    }
}

/// A discreet line above a page drawn from the saved copy, with a way back to
/// the live file.
#[component]
pub fn SavedCopyBanner(plan: Plan, on_retry: impl Fn() + 'static) -> impl IntoView {
    let t = crate::lang::texts();
    let as_of = date(&plan.snapshot.source.as_of);
    view! {
        <p class="saved-copy-banner" role="status">
            {fill(t.saved_banner, &[("date", &as_of)])}
            <button type="button" class="button" on:click=move |_| on_retry()>
                {t.saved_retry}
            </button>
        </p>
    }
}
