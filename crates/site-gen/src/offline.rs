//! Page shells for reading offline: one per language and depth, the site's
//! `<head>` and an empty body, from which the app draws any page.
//!
//! The service worker precaches the shared files and the reader's
//! language's shells, not every page (a first visit stays small). A page
//! visited is cached as it is; one never visited is answered offline with
//! the shell of its language and depth, whose relative URLs (assets, the
//! app's root) are right at that depth, and whose policy hashes its own
//! scripts. With no build's page (`#apercu`) in it, the app shows as it draws.

use plan_core::i18n::Lang;

use crate::pages::{Page, SITE};

/// The folder of the shells in the site.
pub const DIR: &str = "coquilles/";

/// The deepest page of each language: `engagements/3/`, `en/engagements/3/`.
fn depths(lang: Lang) -> std::ops::RangeInclusive<usize> {
    let base = lang.prefix().matches('/').count();
    base..=base + 2
}

/// Every shell of the site: its file (`coquilles/fr-2.html`) and its page,
/// whose body is left empty.
pub fn shells() -> Vec<(String, Page)> {
    Lang::ALL
        .into_iter()
        .flat_map(|lang| {
            depths(lang).map(move |depth| {
                let t = lang.texts();
                let base = lang.prefix().matches('/').count();
                let page = Page {
                    // A directory of that depth in that language; no page
                    // of the site has it, and none links to it.
                    dir: format!("{}{}", lang.prefix(), "-/".repeat(depth - base)),
                    title: SITE.to_owned(),
                    description: t.site_subtitle.to_owned(),
                    noscript: String::new(),
                };
                (format!("{DIR}{}-{depth}.html", lang.code()), page)
            })
        })
        .collect()
}

/// The language and depth of a shell's file, if `path` is one.
pub fn shell_of(path: &str) -> Option<(Lang, usize)> {
    let name = path.strip_prefix(DIR)?.strip_suffix(".html")?;
    let (code, depth) = name.split_once('-')?;
    let lang = Lang::ALL.into_iter().find(|l| l.code() == code)?;
    Some((lang, depth.parse().ok()?))
}
