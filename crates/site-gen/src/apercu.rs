//! The preview's script and the overview's search data: what makes the static
//! first paint tell the truth (apply the URL's view) and work (search and
//! filters) before the app's WebAssembly has arrived.
//!
//! `apercu.js` is inlined into the `<head>` of every page. On the overview,
//! [`overview_data`] writes, at the end of the preview, everything the script
//! needs to filter exactly as plan-core does, computed here by plan-core
//! itself: each commitment's distinct words
//! ([`SearchIndex::distinct_words`], [`word_lists`]), its facet option
//! positions ([`FacetTable::options_of`]), each facet's option values and the
//! count line for every possible number of results ([`paging::results_label`]
//! in the page's language, without its page part, which the script adds from
//! the same template). The script only folds and parses the query and the
//! URL; `tests/early/` checks its results against plan-core's in both
//! languages.
//!
//! Words, not texts: a term without a space occurs in a commitment's folded
//! text exactly when it occurs in one of its words (plan-core's own search
//! rests on it, `plan_core::search`), and they weigh much less (on the real
//! plan, 19.8 KB gzip of search data instead of 35.5 KB for the texts). A
//! query with a term that has a space (a quoted phrase, `"open data"`,
//! `« données ouvertes »`) cannot be answered from words: the script then
//! shows the neutral waiting line, as under a filtered URL before the data,
//! and the app answers when it takes over.
//!
//! Every page also carries the script's own texts in its language
//! ([`texts_json`]: the filter chips, the filter button, the link to the
//! results, the panic message),
//! from [`plan_core::i18n::Texts`], so the script holds no language.

use plan_core::filter::FacetTable;
use plan_core::i18n::{self, fill, Lang};
use plan_core::paging;
use plan_core::search::SearchIndex;
use plan_core::url_state::{Facet, ViewState};
use plan_core::Snapshot;
use serde_json::json;

/// The script's source, with its comments (`tests/early/` runs this file).
pub const SOURCE: &str = include_str!("apercu.js");

/// The script as inlined into every page's `<head>` (the
/// Content-Security-Policy hashes it): [`SOURCE`] without its whole-line
/// comments, indentation and blank lines, ~2 KB gzip less on every page.
/// Lines stay lines, so no statement changes meaning. The source has no
/// multi-line string or template literal that this could cut into
/// (`script_has_no_multiline_literal` checks it).
pub fn script() -> &'static str {
    static SCRIPT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    SCRIPT.get_or_init(|| {
        SOURCE
            .lines()
            .map(str::trim_start)
            .filter(|line| !line.is_empty() && !line.starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n")
    })
}

/// Above this much folded text the overview gets no search data: the page
/// would grow too much for a slow phone. The preview then shows the plain
/// list, and under a filtered URL a neutral "loading" line until the app
/// starts. The real plan has ~0.13 MB, of which the page carries ~36 KB of
/// distinct words ([`word_lists`]).
pub const MAX_FOLDED_BYTES: usize = 1 << 20;

/// The data for `apercu.js` as JSON on a French page, or `None` when the
/// plan is too large.
pub fn overview_data(s: &Snapshot) -> Option<serde_json::Value> {
    overview_data_in(s, Lang::Fr)
}

/// The count line for `shown` of `total` results in `lang`, without its page
/// part: [`paging::results_label`] less [`i18n::Texts::count_page`].
pub fn count_line(shown: usize, total: usize, lang: Lang) -> String {
    let full = paging::results_label(shown, total, 1, lang);
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

/// Every commitment's distinct words ([`SearchIndex::distinct_words`]) as
/// the overview carries them: `words`, every word once, in the order it
/// first occurs (commitment by commitment), joined by a space (no word holds
/// one, so the script gets them back with `split(' ')`); and `words_of`, for
/// each commitment the numbers of its words in that list, ascending, each
/// written as the difference from the one before (the first from 0).
///
/// The smallest of the encodings measured on the real plan (gzip -9 of the
/// search data alone; the French page's other data is the same in all):
/// every folded text, 34.5 KB; each commitment's words joined by a space,
/// 24.1 KB (sorted, 21.3 KB); this, 18.9 KB. Also tried: the list sorted
/// (19.8 KB), the numbers not as differences (30.2 KB), the words grouped by
/// the set of commitments they occur in (19.1 KB), each word's commitments
/// (19.6 KB).
pub fn word_lists(index: &SearchIndex) -> (String, Vec<Vec<u32>>) {
    let mut words = String::new();
    let mut numbers: std::collections::HashMap<&str, u32> = Default::default();
    let words_of = (0..index.len())
        .map(|i| {
            let mut ks: Vec<u32> = index
                .distinct_words(i)
                .unwrap_or_default()
                .into_iter()
                .map(|w| {
                    let next = numbers.len() as u32;
                    *numbers.entry(w).or_insert_with(|| {
                        if next > 0 {
                            words.push(' ');
                        }
                        words.push_str(w);
                        next
                    })
                })
                .collect();
            ks.sort_unstable();
            let mut prev = 0;
            for k in &mut ks {
                (*k, prev) = (*k - prev, *k);
            }
            ks
        })
        .collect();
    (words, words_of)
}

/// The data for `apercu.js` as JSON on a page in `lang`, or `None` when the
/// plan is too large.
pub fn overview_data_in(s: &Snapshot, lang: Lang) -> Option<serde_json::Value> {
    let index = SearchIndex::new(s);
    let n = s.commitments.len();
    let folded: usize = (0..n)
        .filter_map(|i| index.folded_text(i))
        .map(str::len)
        .sum();
    if folded > MAX_FOLDED_BYTES {
        return None;
    }
    let (words, words_of) = word_lists(&index);
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
    // serde_json (without `preserve_order`) writes the keys sorted, so
    // `words` and `wordsOf` come last and side by side (0.5 KB smaller in
    // gzip than with `options` between).
    Some(json!({
        "words": words,
        "wordsOf": words_of,
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
    let units = [0, 1, 2].map(|n| {
        let one = plan_core::i18n::is_singular(n, lang);
        format!(
            " {}",
            if one {
                t.commitment_one
            } else {
                t.commitment_other
            }
        )
    });
    json!({
        "chip_search": t.chip_search,
        "chip_search_remove": t.chip_search_remove,
        "chip_filter": t.chip_filter,
        "chip_filter_remove": t.chip_filter_remove,
        "active_filters": t.active_filters,
        "clear_all": t.clear_all,
        // plan_core::i18n::filters_button and see_results: none, one, more
        // than one (with `{n}`), and how a number's thousands are grouped.
        "filters_button": [t.filters_button, t.filters_button_one, t.filters_button_other],
        "see_results": [t.see_results_none, t.see_results_one, t.see_results_other],
        "thousands": i18n::format_number(1000, lang).trim_end_matches('0').trim_start_matches('1'),
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

#[cfg(test)]
mod script_tests {
    use super::*;

    #[test]
    fn script_has_no_multiline_literal() {
        // Template literals could span lines; the inlined script drops and
        // trims lines, so the source must have none (a backtick only in comments).
        for line in SOURCE.lines() {
            let code = line.trim_start();
            if !code.starts_with("//") {
                assert!(!code.contains('`'), "a backtick in code: {line}");
            }
        }
    }

    #[test]
    fn the_inlined_script_is_the_source_without_comment_lines() {
        let inlined = script();
        assert!(
            inlined.len() < SOURCE.len() * 3 / 4,
            "{} of {}",
            inlined.len(),
            SOURCE.len()
        );
        assert!(!inlined
            .lines()
            .any(|l| l.starts_with("//") || l.starts_with(' ')));
        // Every line of code is kept, in order.
        let code: Vec<&str> = SOURCE
            .lines()
            .map(str::trim_start)
            .filter(|l| !l.is_empty() && !l.starts_with("//"))
            .collect();
        assert_eq!(inlined.lines().collect::<Vec<_>>(), code);
        assert!(inlined.contains("planOuvertApercu"));
    }
}
