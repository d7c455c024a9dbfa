//! Says when the browser is offline, and which snapshot date is shown.

use leptos::prelude::*;

use crate::data::use_plan;
use crate::offline::Offline;

#[component]
pub fn ConnectionNotice() -> impl IntoView {
    let offline = expect_context::<Offline>();
    let as_of = crate::lang::date(&use_plan().snapshot.source.as_of);
    let t = crate::lang::texts();
    view! {
        <Show when=move || !offline.online.get()>
            <p class="connection-notice" role="status">
                <strong>{t.offline_title}</strong>
                {plan_core::i18n::fill(t.offline_text, &[("date", &as_of)])}
            </p>
        </Show>
    }
}
