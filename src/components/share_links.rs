//! The addresses the sharing tools hand out: the page's absolute URL, with a
//! view's query string, and the iframe snippet's escaping and first height.

use plan_core::url_state::{to_query, ViewState};

/// Origin and path of the page the user is on (`https://site.fr/pgo/`).
pub(crate) fn page_url(pathname: &str) -> String {
    format!("{}{pathname}", crate::site::current().origin)
}

pub(crate) fn with_query(base: String, query: &str) -> String {
    if query.is_empty() {
        base
    } else {
        format!("{base}?{query}")
    }
}

/// The absolute URL of `view` in the full app (no embed flags).
pub(crate) fn full_url(pathname: &str, view: &ViewState) -> String {
    with_query(page_url(pathname), &to_query(view))
}

/// Escapes a value for an HTML attribute in the snippet.
pub(crate) fn attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Starting height of an iframe, before the resize script (if any) adjusts it.
pub(crate) fn starting_height(chart: Option<&str>) -> u32 {
    match chart {
        Some("statuts") => 420,
        Some("calendrier") => 280,
        Some("axes") => 560,
        _ => 900,
    }
}
