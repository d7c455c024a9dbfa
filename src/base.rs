//! Where the app lives: its root URL path, read at run time.
//!
//! The same `dist/` must work at a domain's root and under any sub-path
//! (`/pgo/`) on a plain static server. Every HTML page carries
//! `<meta name="app-root" content="…">`, the relative path from that page to the
//! app's root (`./` for `index.html`, `../../` for a generated deep page). Resolving
//! it against the page's own URL gives the absolute root path, which becomes the
//! router's base and the prefix of every data URL.

/// Absolute path of the app root, without trailing slash (`""` at a domain
/// root, `"/pgo"` under a sub-path).
pub fn app_root() -> String {
    crate::site::current().root.to_string()
}

/// URL of a file under the app root, e.g. `asset("data/plan.json")`.
pub fn asset(root: &str, path: &str) -> String {
    format!("{root}/{path}")
}

/// The root of this language's pages: the app root, plus `/en` on an
/// English page. It is the router's base; data files stay under
/// [`app_root`], shared by both languages.
pub fn pages_root() -> String {
    pages_root_in(crate::site::current().lang)
}

/// The root of the pages of `lang`.
pub fn pages_root_in(lang: plan_core::i18n::Lang) -> String {
    let prefix = lang.prefix().trim_end_matches('/');
    let root = crate::site::current().root;
    if prefix.is_empty() {
        root.to_string()
    } else {
        format!("{root}/{prefix}")
    }
}

/// The link to an app path (`/engagements/3`, `/?statut=partial`), under the app
/// root and in the canonical form a static server answers: a trailing slash
/// on the path, because each route is a folder holding an `index.html`.
///
/// Every `<A href>` goes through this: leptos_router prefixes its `base` when it
/// navigates, but not to an absolute `href`, and a link outside the base is
/// left to the browser as a full page load.
pub fn href(path: &str) -> String {
    href_in(crate::site::current().lang, path)
}

/// [`href`] to the page of `lang` (the header's language switch).
pub fn href_in(lang: plan_core::i18n::Lang, path: &str) -> String {
    let (path, query) = match path.find(['?', '#']) {
        Some(i) => path.split_at(i),
        None => (path, ""),
    };
    let slash = if path.ends_with('/') { "" } else { "/" };
    format!("{}{path}{slash}{query}", pages_root_in(lang))
}
