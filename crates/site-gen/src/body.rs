//! Each page's body: the app's own components rendered at build time
//! (`plan_ouvert::prerender`), so a page is whole in its HTML and what a
//! reader sees is written once. It goes first in `<body>` as
//! `<div id="apercu">`: the app draws its own copy hidden beside it and
//! swaps the two when its first view is ready (`src/handover.rs`).
//!
//! While both are in the document, an id names two elements; the static
//! page comes first, so the browser's lookups (a `#fragment`, a label's
//! `for`) find its copy until the swap.

use std::sync::Arc;

use plan_core::i18n::Lang;
use plan_core::report::Report;
use plan_core::Snapshot;
use plan_ouvert::data::{plan_of, Plan};
use plan_ouvert::prerender::{render_page, ROOT};
use plan_ouvert::report_data::ReportData;

use crate::apercu;
use crate::pages::Page;

/// What every page is drawn from: the plan and, when published, the report.
pub struct Renderer {
    plan: Plan,
    report: Option<Arc<ReportData>>,
}

impl Renderer {
    /// `raw` is the file `snapshot` was read from (the app's JSON download
    /// cuts it; the build's pages never do).
    pub fn new(snapshot: Snapshot, raw: Vec<u8>, report: Option<Report>) -> Renderer {
        Renderer {
            plan: plan_of(snapshot, raw),
            report: report.map(|r| Arc::new(ReportData::new(r))),
        }
    }

    pub fn snapshot(&self) -> &Snapshot {
        &self.plan.snapshot
    }

    pub fn report(&self) -> Option<&Report> {
        self.report.as_deref().map(|r| &r.report)
    }

    /// The page's body: the app at the page's route, its links written from
    /// the site root (`./…`, made relative to the page's depth by
    /// `shell::render`); on the overview, then the search data of the
    /// pre-wasm script (`apercu.rs`), last so the list paints first.
    pub fn body(&self, page: &Page) -> String {
        self.body_at(page.lang(), &page.dir)
    }

    /// [`Renderer::body`] for any route of the site (`dir`, with the
    /// language's folder), one of the app's or not (`not_found.rs`).
    pub fn body_at(&self, lang: Lang, dir: &str) -> String {
        let page_route = &dir[lang.prefix().len().min(dir.len())..];
        let html = render_page(lang, &self.plan, self.report.as_ref(), page_route);
        let html = relative_links(&without_markers(&html));
        // Inside the preview, so the takeover removes the data with it.
        let data = if page_route.is_empty() {
            apercu::overview_data_html(&self.plan.snapshot, lang)
        } else {
            String::new()
        };
        format!("<div id=\"apercu\">{html}{data}</div>")
    }
}

/// The rendering's links under [`ROOT`] written from the site root. Only
/// attribute values start with `"`+ROOT: text is escaped, and no text of the
/// report holds the placeholder.
fn relative_links(html: &str) -> String {
    html.replace(&format!("\"{ROOT}/"), "\"./")
}

/// The rendering without the comments Leptos leaves for hydration (`<!>`
/// between text nodes, `<!--<() />-->` for an empty view): the app does
/// not hydrate this HTML, it replaces it. Text is escaped, so `<!` only
/// ever starts markup.
fn without_markers(html: &str) -> String {
    html.replace("<!--<() />-->", "").replace("<!>", "")
}
