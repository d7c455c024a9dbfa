//! The site's pages: one per route of the app and language, with what its
//! `<head>` says of it (title, description, the text without JavaScript).
//! Their bodies are the app's own rendering (`body.rs`).

use plan_core::i18n::{self, fill, Lang};
use plan_core::report::Report;
use plan_core::{lookup, Snapshot};

/// One generated page.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// Directory of the page under the site root, with trailing slash, `""` for the root.
    pub dir: String,
    pub title: String,
    pub description: String,
    /// Text shown to readers without JavaScript.
    pub noscript: String,
}

impl Page {
    /// How many directories deep the page is (`engagements/3/` is 2).
    pub fn depth(&self) -> usize {
        self.dir.matches('/').count()
    }

    /// Relative path from the page back to the site root (`./`, `../../`).
    pub fn root_prefix(&self) -> String {
        match self.depth() {
            0 => "./".to_string(),
            d => "../".repeat(d),
        }
    }

    /// File to write, relative to the site root.
    pub fn file(&self) -> String {
        format!("{}index.html", self.dir)
    }
}

pub const SITE: &str = "Plan ouvert";

impl Page {
    /// The page's language, from its directory (`en/…` is English).
    pub fn lang(&self) -> Lang {
        Lang::of_path(&self.dir).0
    }

    /// The page's route without the language's folder: `engagements/3/`
    /// for both `engagements/3/` and `en/engagements/3/`.
    pub fn route(&self) -> &str {
        &self.dir[self.lang().prefix().len()..]
    }
}

/// Every route of the app in French, the overview first; the report's pages
/// when its text (`data/report.json`) is there.
pub fn pages(s: &Snapshot, report: Option<&Report>) -> Vec<Page> {
    pages_in(s, report, Lang::Fr)
}

/// Every page of the site: the French ones ([`pages`]), then their English
/// twins under `en/`.
pub fn all_pages(s: &Snapshot, report: Option<&Report>) -> Vec<Page> {
    Lang::ALL
        .into_iter()
        .flat_map(|lang| pages_in(s, report, lang))
        .collect()
}

/// A count with its noun: French takes the singular for 0 and 1, English
/// for 1 only.
pub(crate) fn noun(n: usize, lang: Lang, one: &'static str, other: &'static str) -> &'static str {
    let singular = match lang {
        Lang::Fr => n <= 1,
        Lang::En => n == 1,
    };
    if singular {
        one
    } else {
        other
    }
}

/// Every route of the app in `lang`, in the language's folder. Interface
/// words come from `lang`'s texts; the snapshot's words (titles, names,
/// headings) stay French.
pub fn pages_in(s: &Snapshot, report: Option<&Report>, lang: Lang) -> Vec<Page> {
    let t = lang.texts();
    let dir = |route: &str| format!("{}{route}", lang.prefix());
    let as_of = i18n::format_date(&s.source.as_of, lang);
    let plan_line = fill(t.meta_plan, &[("date", &as_of)]);
    let plan_inner = fill(t.meta_plan_inner, &[("date", &as_of)]);
    let n_commitments = s.commitments.len().to_string();
    let mut out = vec![Page {
        dir: dir(""),
        title: SITE.to_string(),
        description: fill(
            t.meta_overview,
            &[("n", &n_commitments), ("plan", &plan_inner)],
        ),
        noscript: fill(t.meta_count_commitments, &[("n", &n_commitments)]),
    }];
    for c in &s.commitments {
        let status = lookup::printed_status_in(s, c.status, &c.status_label, lang);
        let calendar = lookup::calendar_label_in(s, c.calendar, lang);
        let number = c.number.to_string();
        let named = fill(
            t.commitment_link_label,
            &[("n", &number), ("title", &c.title)],
        );
        out.push(Page {
            dir: dir(&format!("engagements/{}/", c.number)),
            title: format!("{named} · {SITE}"),
            description: fill(
                t.meta_commitment,
                &[
                    ("status", status),
                    ("calendar", calendar),
                    ("actions", &c.actions.len().to_string()),
                    ("plan", &plan_line),
                ],
            ),
            noscript: fill(
                t.meta_commitment_noscript,
                &[
                    ("commitment", &named),
                    ("status", status),
                    ("calendar", calendar),
                ],
            ),
        });
    }
    let n_institutions = s.institutions.len();
    out.push(Page {
        dir: dir("institutions/"),
        title: format!("{} · {SITE}", t.nav_institutions),
        description: fill(
            t.meta_institutions,
            &[("n", &n_institutions.to_string()), ("plan", &plan_inner)],
        ),
        noscript: format!("{n_institutions} {}.", t.nav_institutions.to_lowercase()),
    });
    for i in &s.institutions {
        let n = lookup::commitments_of_institution(s, &i.id).len();
        let count = format!(
            "{} {}",
            i18n::format_number(n as i64, lang),
            noun(n, lang, t.commitment_one, t.commitment_other)
        );
        out.push(Page {
            dir: dir(&format!("institutions/{}/", i.id)),
            title: format!("{} · {SITE}", i.name),
            description: fill(
                t.meta_institution,
                &[("name", &i.name), ("count", &count), ("plan", &plan_inner)],
            ),
            noscript: i.name.clone(),
        });
    }
    out.push(Page {
        dir: dir("a-propos/"),
        title: format!("{} · {SITE}", t.nav_about),
        description: fill(t.meta_about, &[("site", SITE), ("plan", &plan_line)]),
        noscript: t.nav_about.to_string(),
    });
    if let Some(report) = report {
        out.extend(report_pages(report, lang));
    }
    out
}

/// The table of contents and one page per chapter of the report.
fn report_pages(report: &Report, lang: Lang) -> Vec<Page> {
    let t = lang.texts();
    let book = t.meta_report_book;
    // Each language's list separator (the headings stay French).
    let sep = match lang {
        Lang::Fr => " ; ",
        Lang::En => "; ",
    };
    let mut out = vec![Page {
        dir: format!("{}rapport/", lang.prefix()),
        title: format!("{} · {SITE}", t.nav_report),
        description: fill(
            t.meta_report,
            &[
                ("book", book),
                (
                    "chapters",
                    &report
                        .chapters
                        .iter()
                        .map(|c| c.heading())
                        .collect::<Vec<_>>()
                        .join(sep),
                ),
            ],
        ),
        noscript: format!("{}.", t.nav_report),
    }];
    for c in &report.chapters {
        let route = format!("rapport/{}/", c.id);
        let first = plan_core::report::searchable_blocks(report)
            .into_iter()
            .find(|b| b.chapter == c.id && b.text != c.heading())
            .map(|b| b.text.replace('\t', " · "))
            .unwrap_or_default();
        out.push(Page {
            title: format!("{} · {SITE}", c.heading()),
            description: fill(
                t.meta_chapter,
                &[
                    ("heading", &c.heading()),
                    ("book", book),
                    ("first", &cut(&first, 200)),
                ],
            )
            .trim_end()
            .to_string(),
            noscript: format!("{}.", c.heading()),
            dir: format!("{}{route}", lang.prefix()),
        });
    }
    out
}

/// `text` cut at a space to at most `max` characters, with "…" if cut.
fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let end = text.char_indices().nth(max).map_or(text.len(), |(i, _)| i);
    let end = text[..end].rfind(' ').unwrap_or(end);
    format!("{}…", text[..end].trim_end())
}
