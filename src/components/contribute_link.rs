//! "Contribuer / signaler une erreur": a `mailto:` link to the report's
//! contribution address, its subject naming the page and its body holding
//! the page's full address (`plan_core::report::contribution_mailto`).
//! Nothing is sent by the app.

use leptos::prelude::*;
use plan_core::report::{contribution_body_in, contribution_mailto};

/// Where the page's address goes in a link drawn at build time.
pub const ADDRESS_PLACEHOLDER: &str = "{adresse}";

/// `path` is the page's app path (`/engagements/3`).
#[component]
pub fn ContributeLink(email: String, subject: String, path: String) -> impl IntoView {
    let site = crate::site::current();
    // At build time the host is not known: a placeholder, which the
    // pre-wasm script replaces with the page's address (`apercu.js`).
    let url = if site.prerender() {
        ADDRESS_PLACEHOLDER.to_owned()
    } else {
        format!("{}{}", site.origin, crate::base::href(&path))
    };
    let body = contribution_body_in(&url, site.lang);
    let mailto = contribution_mailto(&email, &subject, &body);
    view! {
        <p class="report-contribute"><a href=mailto>{crate::lang::texts().contribute}</a></p>
    }
}
