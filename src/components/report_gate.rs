//! Draws a page that needs the report's text once `data/report.json` is
//! loaded: asks for it, says it is loading, or says why it failed with a
//! retry. Never a blank page.
//!
//! On the first view the page's static preview (the chapter itself) stays
//! until the text is there ([`crate::startup::Stage::hold`]).

use std::sync::Arc;

use leptos::prelude::*;

use crate::report_data::{use_report, ReportData, ReportState};

#[component]
pub fn WithReport<F>(page: F) -> impl IntoView
where
    F: Fn(Arc<ReportData>) -> AnyView + Send + Sync + 'static,
{
    let t = crate::lang::texts();
    let store = use_report();
    store.request();
    store.hold_first_view();
    move || match store.state() {
        ReportState::Ready(data) => page(data),
        ReportState::Failed(error) => {
            let (retrying, set_retrying) = signal(false);
            view! {
                <section class="load-error" role="alert" data-kind=error.kind()>
                    <h1 tabindex="-1">{error.title()}</h1>
                    <p>{error.detail()}</p>
                    <button
                        type="button"
                        class="button"
                        disabled=retrying
                        on:click=move |_| {
                            set_retrying.set(true);
                            store.retry();
                        }
                    >
                        {move || if retrying.get() { t.retrying } else { t.retry }}
                    </button>
                </section>
            }
            .into_any()
        }
        ReportState::Idle | ReportState::Loading => view! {
            <div class="loading" role="status" aria-live="polite">
                <span class="spinner" aria-hidden="true"></span>
                {t.report_loading}
            </div>
        }
        .into_any(),
    }
}
