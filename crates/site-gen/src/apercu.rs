//! The preview's script and the overview's search data: what makes the static
//! first paint tell the truth (apply the URL's view) and work (search and
//! filters) before the app's WebAssembly has arrived.
//!
//! `apercu.js` is inlined into the `<head>` of every page. On the overview,
//! [`overview_data`] writes, at the end of the preview, everything the script
//! needs to filter exactly as plan-core does, computed here by plan-core
//! itself: each commitment's folded text ([`SearchIndex::folded_text`]), its
//! facet option positions ([`FacetTable::options_of`]), each facet's option
//! values and the count line for every possible number of results
//! ([`paging::results_count_fr`]). The script only folds and parses the query
//! and the URL; `tests/early/` checks its results against plan-core's.

use plan_core::filter::FacetTable;
use plan_core::paging;
use plan_core::search::SearchIndex;
use plan_core::url_state::{Facet, ViewState};
use plan_core::Snapshot;
use serde_json::json;

/// The script, as inlined (the Content-Security-Policy hashes it).
pub const SCRIPT: &str = include_str!("apercu.js");

/// Above this much folded text the overview gets no search data: the page
/// would grow too much for a slow phone. The preview then shows the plain
/// list, and under a filtered URL a neutral "loading" line until the app
/// starts. The real plan has ~0.2 MB.
pub const MAX_FOLDED_BYTES: usize = 1 << 20;

/// The data for `apercu.js` as JSON, or `None` when the plan is too large.
pub fn overview_data(s: &Snapshot) -> Option<serde_json::Value> {
    let index = SearchIndex::new(s);
    let n = s.commitments.len();
    let texts: Vec<&str> = (0..n).filter_map(|i| index.folded_text(i)).collect();
    if texts.iter().map(|t| t.len()).sum::<usize>() > MAX_FOLDED_BYTES {
        return None;
    }
    let table = FacetTable::new(s);
    let options: Vec<Vec<&[u32]>> = (0..n)
        .map(|i| {
            (0..Facet::ALL.len())
                .map(|f| table.options_of(i, f))
                .collect()
        })
        .collect();
    let all: Vec<usize> = (0..n).collect();
    let values: Vec<Vec<String>> = table
        .counts(s, &all, &ViewState::default())
        .into_iter()
        .map(|g| g.options.into_iter().map(|o| o.value).collect())
        .collect();
    let labels: Vec<String> = (0..=n).map(|k| paging::results_count_fr(k, n)).collect();
    Some(json!({
        "texts": texts,
        "options": options,
        "values": values,
        "labels": labels,
        "total": n,
        "pageSize": paging::PAGE_SIZE,
    }))
}

/// The data as it goes into the page: a JSON `<script>` (never executed) and
/// the call that starts the script. Every `<` is written `\u003c` (the
/// same JSON), so no text can close the element or look like markup.
pub fn overview_data_html(s: &Snapshot) -> String {
    match overview_data(s) {
        Some(data) => format!(
            "<script type=\"application/json\" id=\"apercu-index\">{}</script><script>planOuvertApercu.start()</script>",
            data.to_string().replace('<', "\\u003c")
        ),
        None => String::new(),
    }
}
