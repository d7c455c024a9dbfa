//! "Contribuer / signaler une erreur": a `mailto:` link to the report's
//! contribution address, its subject naming the page and its body holding
//! the page's full address (`plan_core::report::contribution_mailto`).
//! Nothing is sent by the app.

use leptos::prelude::*;
use plan_core::report::{contribution_body_in, contribution_mailto};

/// `path` is the page's app path (`/engagements/3`).
#[component]
pub fn ContributeLink(email: String, subject: String, path: String) -> impl IntoView {
    let origin = window().location().origin().unwrap_or_default();
    let url = format!("{origin}{}", crate::base::href(&path));
    let body = contribution_body_in(&url, crate::lang::current());
    let mailto = contribution_mailto(&email, &subject, &body);
    view! {
        <p class="report-contribute"><a href=mailto>{crate::lang::texts().contribute}</a></p>
    }
}
