//! The results list in pages of [`PAGE_SIZE`]: which slice of the matching
//! commitments a page shows, how many pages there are, and the rule that any
//! change of the search or of a filter goes back to the first page.
//!
//! Pages are numbered from 1, as in the URL (`page=2`, see [`crate::url_state`]).
//! A page beyond the last (an old link, a narrower filter) shows the last page
//! and is reported by [`out_of_range`]; an empty result has one (empty) page.

use std::ops::Range;

use crate::i18n::Lang;
use crate::reason::why;
use crate::url_state::{Ignored, ViewState};

/// Commitments per page. The real plan (26) fits on one page.
pub const PAGE_SIZE: usize = 50;

/// Number of pages for `total` results: at least 1, so that page 1 always exists.
pub fn page_count(total: usize) -> usize {
    total.div_ceil(PAGE_SIZE).max(1)
}

/// `page` brought into `1..=page_count(total)`.
pub fn clamp(page: usize, total: usize) -> usize {
    page.clamp(1, page_count(total))
}

/// Positions (in the list of `total` results) shown on `page`, after clamping.
pub fn range(page: usize, total: usize) -> Range<usize> {
    let start = (clamp(page, total) - 1) * PAGE_SIZE;
    start.min(total)..(start + PAGE_SIZE).min(total)
}

/// One page of a list of results, ready to draw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page<'a, T> {
    /// The page shown, 1-based, after clamping.
    pub number: usize,
    /// The number of pages (at least 1).
    pub count: usize,
    /// The results on this page.
    pub items: &'a [T],
}

impl<T> Page<'_, T> {
    /// Whether there is more than one page (then the list needs a page navigation).
    pub fn is_paged(&self) -> bool {
        self.count > 1
    }

    /// The previous page, if any.
    pub fn prev(&self) -> Option<usize> {
        (self.number > 1).then(|| self.number - 1)
    }

    /// The next page, if any.
    pub fn next(&self) -> Option<usize> {
        (self.number < self.count).then(|| self.number + 1)
    }

    /// "Page 2 sur 100".
    pub fn label_fr(&self) -> String {
        self.label(Lang::Fr)
    }

    /// "Page 2 sur 100", "Page 2 of 100".
    pub fn label(&self, lang: Lang) -> String {
        match lang {
            Lang::Fr => format!("Page {} sur {}", self.number, self.count),
            Lang::En => format!("Page {} of {}", self.number, self.count),
        }
    }
}

/// Page `page` of `all` (clamped into range).
pub fn page<T>(all: &[T], page: usize) -> Page<'_, T> {
    let total = all.len();
    Page {
        number: clamp(page, total),
        count: page_count(total),
        items: &all[range(page, total)],
    }
}

/// The notice for a `page` beyond the last of `total` results, if it is.
pub fn out_of_range(page: usize, total: usize) -> Option<Ignored> {
    let count = page_count(total);
    (page > count).then(|| {
        Ignored::new(
            "page",
            &page.to_string(),
            if count == 1 {
                why(
                    "il n’y a qu’une page de résultats : la première est affichée",
                    "there is only one page of results: the first is shown",
                )
            } else {
                why(
                    format!("il n’y a que {count} pages de résultats : la dernière est affichée"),
                    format!("there are only {count} pages of results: the last is shown"),
                )
            },
        )
    })
}

/// The view to show after a change from `prev` to `next`: back to the first page
/// when the search text or any filter changed, `next` as it is otherwise (a
/// change of page alone).
pub fn after_change(prev: &ViewState, mut next: ViewState) -> ViewState {
    if !next.same_filters(prev) {
        next.page = 1;
    }
    next
}

/// The line above the results: "Les 26 engagements", "10 engagements sur
/// 26", "Aucun engagement ne correspond", with " · page 2 sur 3" when the
/// results fill more than one page. The app and the static preview's script
/// (which gets these lines from `crates/site-gen`) both show it.
pub fn results_label_fr(shown: usize, total: usize, page: usize) -> String {
    let what = results_count_fr(shown, total);
    let pages = page_count(shown);
    if pages > 1 {
        format!("{what} · page {} sur {pages}", clamp(page, shown))
    } else {
        what
    }
}

/// The line above the results, in `lang`: [`results_label_fr`] for any
/// language, from the interface texts (`i18n::Texts::count_*`).
pub fn results_label(shown: usize, total: usize, page: usize, lang: Lang) -> String {
    let t = lang.texts();
    let total_s = total.to_string();
    let what = if shown == 0 {
        t.count_none.to_owned()
    } else if shown == total {
        crate::i18n::fill(t.count_all, &[("n", &total_s)])
    } else {
        crate::i18n::fill(
            t.count_some,
            &[
                ("n", &crate::i18n::count_commitments(shown, lang)),
                ("total", &total_s),
            ],
        )
    };
    let pages = page_count(shown);
    if pages > 1 {
        let page = clamp(page, shown).to_string();
        what + &crate::i18n::fill(
            t.count_page,
            &[("page", &page), ("pages", &pages.to_string())],
        )
    } else {
        what
    }
}

/// [`results_label_fr`] without its page, in `lang`: "All 26 commitments",
/// "10 commitments of 26", "No commitment matches". (With its page, in any
/// language: [`results_label`].)
pub fn results_count(shown: usize, total: usize, lang: Lang) -> String {
    match lang {
        Lang::Fr => results_count_fr(shown, total),
        Lang::En => {
            let total_s = crate::i18n::format_number(total as i64, lang);
            if shown == 0 {
                "No commitment matches".to_owned()
            } else if shown == total {
                format!("All {total_s} commitments")
            } else {
                format!(
                    "{} of {total_s}",
                    crate::i18n::count_commitments(shown, lang)
                )
            }
        }
    }
}

/// [`results_label_fr`] without its page.
pub fn results_count_fr(shown: usize, total: usize) -> String {
    if shown == 0 {
        "Aucun engagement ne correspond".to_owned()
    } else if shown == total {
        format!("Les {total} engagements")
    } else {
        format!(
            "{} sur {total}",
            crate::format::count_label(shown, "engagement", "engagements")
        )
    }
}

#[cfg(test)]
mod tests;
