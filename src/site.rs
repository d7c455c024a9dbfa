//! Where and how a page is drawn: its language, the app's root path, the
//! site's origin, and whether it is drawn live or at build time.
//!
//! One value, [`Site`], so the same components draw a French or an English
//! page, at any root, in the browser or natively in site-gen's build
//! (`prerender.rs`). The browser fills it once from the page
//! ([`Site::from_browser`]); the build provides one as context for each
//! page it renders, so one build renders both languages. `lang.rs` and `base.rs` read it; neither
//! reads the browser.

use std::sync::Arc;

use leptos::prelude::*;
use plan_core::i18n::Lang;

/// The page being drawn.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Site {
    /// The interface's language (`en/…` pages are English).
    pub lang: Lang,
    /// The app's root path, absolute, without trailing slash (`""` at a
    /// domain root, `"/pgo"` under a sub-path). At build time a placeholder
    /// that site-gen turns into a relative path (`prerender::ROOT`).
    pub root: Arc<str>,
    /// `https://example.org`, for the addresses the sharing tools hand
    /// out; empty at build time, where the host is not known.
    pub origin: Arc<str>,
    /// Drawn at build time into the page's HTML: read it through
    /// [`Site::prerender`].
    pub prerender: bool,
}

impl Default for Site {
    fn default() -> Self {
        Site {
            lang: Lang::Fr,
            root: "".into(),
            origin: "".into(),
            prerender: false,
        }
    }
}

thread_local! {
    /// The browser's one page, for code that runs outside the component
    /// tree (event handlers, tasks): set once by [`provide`].
    static PAGE: std::cell::OnceCell<Site> = const { std::cell::OnceCell::new() };
}

/// Provides `site` to every component below, and to code outside the
/// component tree of this thread (the browser has one page).
pub fn provide(site: Site) {
    PAGE.with(|p| {
        let _ = p.set(site.clone());
    });
    // The build renders many pages on one thread: each its own context.
    if cfg!(feature = "ssr") {
        provide_context(site);
    }
}

/// The page being drawn: at build time the context's (`prerender.rs`
/// provides one per page); in the browser, its one page's.
pub fn current() -> Site {
    if cfg!(feature = "ssr") {
        if let Some(site) = use_context::<Site>() {
            return site;
        }
    }
    PAGE.with(|p| p.get().cloned()).unwrap_or_default()
}

impl Site {
    /// Drawn at build time into the page's HTML: only what needs the app
    /// waits (downloads, the embed dialog), and it says so. Always false in
    /// the browser's build, where it is a constant, so the wasm carries
    /// none of the build's branches.
    pub fn prerender(&self) -> bool {
        cfg!(feature = "ssr") && self.prerender
    }

    /// Reads the page: its `<meta name="app-root">` resolved against its
    /// URL gives the root; the path under it, the language (an English
    /// page also installs the English dictionary it carries).
    pub fn from_browser() -> Site {
        let root = read_app_root();
        let path = window().location().pathname().unwrap_or_default();
        let under_root = path.strip_prefix(root.as_str()).unwrap_or(&path);
        let lang = Lang::of_path(under_root).0;
        if lang == Lang::En {
            install_english();
        }
        Site {
            lang,
            root: root.into(),
            origin: window().location().origin().unwrap_or_default().into(),
            prerender: false,
        }
    }
}

/// Absolute path of the app root, without trailing slash: the page's
/// `<meta name="app-root">` (`./`, `../../`) resolved against its URL.
fn read_app_root() -> String {
    let relative = document()
        .query_selector("meta[name=app-root]")
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"))
        .unwrap_or_else(|| "./".to_string());
    let Ok(here) = window().location().href() else {
        return String::new();
    };
    match web_sys::Url::new_with_base(&relative, &here) {
        Ok(url) => url.pathname().trim_end_matches('/').to_string(),
        Err(_) => String::new(),
    }
}

/// The English dictionary is not in the wasm (a French reader would pay
/// for it): every English page carries it (`#textes-en`, written by
/// site-gen, its values cut by U+001F). Without it the interface stays
/// French, and says why in the console.
fn install_english() {
    let text = document()
        .get_element_by_id("textes-en")
        .and_then(|el| el.text_content());
    let installed = text.is_some_and(|t| {
        plan_core::i18n::install_english(t.split('\u{1F}').map(str::to_owned).collect())
    });
    if !installed {
        leptos::logging::error!(
            "Plan ouvert: this page's English texts (#textes-en) are missing or incomplete; the interface stays in French."
        );
    }
}
