//! The app's pages rendered to HTML at build time, natively, by the same
//! components the browser runs (Leptos's `ssr` rendering). site-gen calls
//! [`render_page`] for every route and language and writes the result into
//! the page's `<body>`: a shared link to a commitment is whole before the
//! wasm arrives, and what a reader sees is written once.
//!
//! Rendering touches no browser: the page's language, root and origin come
//! from [`Site`] (no origin: the host is not known), the data is given
//! rather than fetched, the first view is drawn whole (`Stage::finished`),
//! and effects do not run.

use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::location::RequestUrl;
use plan_core::i18n::Lang;

use crate::app::{frame, Loaded};
use crate::data::Plan;
use crate::offline::Offline;
use crate::report_data::ReportData;
use crate::site::Site;

/// The app's root in rendered links: an absolute path the router accepts
/// as its base. site-gen replaces `"{ROOT}/` in attributes with the page's
/// relative way back to the root, so one `dist/` works at any sub-path.
pub const ROOT: &str = "/~racine~";

/// The HTML of the app at `route` (`""`, `engagements/3/`, without the
/// language's folder) in `lang`, with links under [`ROOT`].
pub fn render_page(
    lang: Lang,
    plan: &Plan,
    report: Option<&Arc<ReportData>>,
    route: &str,
) -> String {
    let owner = Owner::new();
    let html = owner.with(|| {
        let path = format!("{ROOT}/{}{route}", lang.prefix());
        provide_context(RequestUrl::new(&path));
        provide_context(Site {
            lang,
            root: ROOT.into(),
            origin: "".into(),
            prerender: true,
        });
        provide_context(Offline::steady());
        let (plan, report) = (plan.clone(), report.cloned());
        let on = Memo::new(|_| true);
        frame(on, on, on, move || {
            view! { <Loaded plan=plan.clone() report=report.clone() /> }
        })
        .to_html()
    });
    drop(owner);
    html
}
