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
//! ([`i18n::results_label`] in the page's language, without its page part,
//! which the script adds from the same template). The script only folds and
//! parses the query and the URL; `tests/early/` checks its results against
//! plan-core's in both languages.
//!
//! Every page also carries the script's own texts in its language
//! ([`texts_json`]: the filter chips, the filter button, the panic message),
//! from [`plan_core::i18n::Texts`], so the script holds no language.

use plan_core::filter::FacetTable;
use plan_core::i18n::{self, fill, Lang};
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

/// The data for `apercu.js` as JSON on a French page, or `None` when the
/// plan is too large.
pub fn overview_data(s: &Snapshot) -> Option<serde_json::Value> {
    overview_data_in(s, Lang::Fr)
}

/// The count line for `shown` of `total` results in `lang`, without its page
/// part: [`i18n::results_label`] less [`i18n::Texts::count_page`].
pub fn count_line(shown: usize, total: usize, lang: Lang) -> String {
    let full = i18n::results_label(shown, total, 1, lang);
    let pages = paging::page_count(shown);
    if pages > 1 {
        let page = fill(
            lang.texts().count_page,
            &[("page", "1"), ("pages", &pages.to_string())],
        );
        full.strip_suffix(&page).unwrap_or(&full).to_owned()
    } else {
        full
    }
}

/// The data for `apercu.js` as JSON on a page in `lang`, or `None` when the
/// plan is too large.
pub fn overview_data_in(s: &Snapshot, lang: Lang) -> Option<serde_json::Value> {
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
    let labels: Vec<String> = (0..=n).map(|k| count_line(k, n, lang)).collect();
    Some(json!({
        "texts": texts,
        "options": options,
        "values": values,
        "labels": labels,
        "total": n,
        "pageSize": paging::PAGE_SIZE,
        "pageLine": lang.texts().count_page,
    }))
}

/// The script's texts in `lang`, as JSON: templates with `{name}`
/// placeholders, filled by the script.
pub fn texts_json(lang: Lang) -> serde_json::Value {
    let t = lang.texts();
    let units = [0, 1, 2].map(|n| crate::preview::facet_unit(n, lang));
    json!({
        "chip_search": t.chip_search,
        "chip_search_remove": t.chip_search_remove,
        "chip_filter": t.chip_filter,
        "chip_filter_remove": t.chip_filter_remove,
        "active_filters": t.active_filters,
        "clear_all": t.clear_all,
        "filters_button": t.filters_button,
        // The facet counts' hidden unit for 0, 1 and more.
        "units": units,
        "panic_title": t.panic_title,
        "panic_text": t.panic_text,
        "panic_reload": t.panic_reload,
    })
}

/// [`texts_json`] as it goes into every page's `<head>`, before the script.
pub fn texts_html(lang: Lang) -> String {
    format!(
        "<script type=\"application/json\" id=\"apercu-textes\">{}</script>",
        texts_json(lang).to_string().replace('<', "\\u003c")
    )
}

/// On an English page, the app's whole English dictionary
/// ([`plan_core::i18n::Texts::values`]): the wasm does not carry it, so that
/// French readers do not download it (`plan_core::i18n::install_english`).
/// Plain text, the values cut by U+001F: the app splits it without a JSON
/// parser (serde's for a `Vec<String>` would cost the wasm ~5 KB gzip).
pub fn dictionary_html(lang: Lang) -> String {
    match lang {
        Lang::Fr => String::new(),
        Lang::En => {
            let values = plan_core::i18n::EN.values();
            // Raw text inside <script>: nothing may end it or cut a value.
            assert!(
                values
                    .iter()
                    .all(|v| !v.contains(['<', DICTIONARY_SEPARATOR])),
                "an English text holds '<' or U+001F"
            );
            format!(
                "<script type=\"text/plain\" id=\"textes-en\">{}</script>",
                values.join(&DICTIONARY_SEPARATOR.to_string())
            )
        }
    }
}

/// What cuts the values of [`dictionary_html`] (the app splits on it).
pub const DICTIONARY_SEPARATOR: char = '\u{1F}';

/// The data as it goes into the page: a JSON `<script>` (never executed) and
/// the call that starts the script. Every `<` is written `\u003c` (the
/// same JSON), so no text can close the element or look like markup.
pub fn overview_data_html(s: &Snapshot, lang: Lang) -> String {
    match overview_data_in(s, lang) {
        Some(data) => format!(
            "<script type=\"application/json\" id=\"apercu-index\">{}</script><script>planOuvertApercu.start()</script>",
            data.to_string().replace('<', "\\u003c")
        ),
        None => String::new(),
    }
}
