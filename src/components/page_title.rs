//! The document's title: "{page} · Plan ouvert", or "Plan ouvert" alone,
//! as site-gen writes it in each page's `<title>`.
//!
//! A page sets it when it is drawn. This replaces leptos_meta, whose
//! `<Title>` was the only part in use (its context, head management and
//! formatter machinery for one string).

use leptos::prelude::*;

#[component]
pub fn PageTitle(#[prop(into)] text: String) -> impl IntoView {
    let title = if text.is_empty() {
        "Plan ouvert".to_owned()
    } else {
        format!("{text} · Plan ouvert")
    };
    // Not at build time: the build's HTML has its own <title> (site-gen),
    // and there is no document to set it on.
    if !cfg!(feature = "ssr") {
        document().set_title(&title);
    }
}
