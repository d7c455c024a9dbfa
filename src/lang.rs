//! The interface's language, fixed for the page's life.
//!
//! English pages live under `en/` below the app root (site-gen writes them),
//! so the language is read once from the page's path: a switch of language
//! is a full page load of the other language's page, and no component needs
//! a signal for it. The texts themselves are `plan_core::i18n`'s typed
//! dictionary; this module only says which one applies.

use plan_core::i18n::{Lang, Texts};

thread_local! {
    static LANG: Lang = read();
}

fn read() -> Lang {
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    let root = crate::base::app_root();
    let under_root = path.strip_prefix(root.as_str()).unwrap_or(&path);
    Lang::of_path(under_root).0
}

/// The language of this page.
pub fn current() -> Lang {
    LANG.with(|l| *l)
}

/// The interface texts of this page's language.
pub fn texts() -> &'static Texts {
    current().texts()
}
