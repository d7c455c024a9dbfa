//! A status shown by its printed label and a shape, never by colour alone.

use leptos::prelude::*;
use plan_core::{CalendarCode, StatusCode};

/// Overall or action status. `label` is the text as printed in the report.
#[component]
pub fn StatusBadge(code: StatusCode, label: String) -> impl IntoView {
    view! {
        <span class=format!("badge status-{}", code.as_str()) data-status=code.as_str()>
            <span class="badge-icon" aria-hidden="true"></span>
            {label}
        </span>
    }
}

/// The note beside a status label that the report misprinted (« Susbtantiel
/// voire complet »): the label is kept verbatim, and the note says it is the
/// report's and which status it counts as, wherever the label is shown.
/// Nothing for a label as the vocabulary names it, and on an English page.
#[component]
pub fn StatusNote(code: StatusCode, printed: String) -> impl IntoView {
    let s = &crate::data::use_plan().snapshot;
    plan_core::lookup::printed_label_note(s, code, &printed, crate::lang::current())
        .map(|n| view! { <span class="status-note">{n}</span> })
}

/// Calendar status, labelled in the page's language.
#[component]
pub fn CalendarBadge(code: CalendarCode) -> impl IntoView {
    let label = crate::lang::calendar_badge(&crate::data::use_plan().snapshot, code);
    view! {
        <span class=format!("badge calendar-{}", code.as_str()) data-calendar=code.as_str()>
            <span class="badge-icon" aria-hidden="true"></span>
            {label}
        </span>
    }
}
