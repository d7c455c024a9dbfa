//! "Contribuer / signaler une erreur": a `mailto:` link to the report's
//! contribution address, its subject naming the page and its body holding
//! the page's full address (`plan_core::report::contribution_mailto`).
//! Nothing is sent by the app.

use leptos::prelude::*;
use plan_core::report::{contribution_body, contribution_mailto};

/// The link's text (the same in the static preview).
pub const CONTRIBUTE: &str = "Contribuer / signaler une erreur";

/// `path` is the page's app path (`/engagements/3`).
#[component]
pub fn ContributeLink(email: String, subject: String, path: String) -> impl IntoView {
    let origin = window().location().origin().unwrap_or_default();
    let url = format!("{origin}{}", crate::base::href(&path));
    let mailto = contribution_mailto(&email, &subject, &contribution_body(&url));
    view! {
        <p class="report-contribute"><a href=mailto>{CONTRIBUTE}</a></p>
    }
}
