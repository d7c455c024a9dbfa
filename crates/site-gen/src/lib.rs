//! Turns trunk's single `index.html` into one HTML page per route.
//!
//! Why: the app must work on any static server, at any sub-path, with no
//! rewrite rules. A plain server only answers for files that exist, so every
//! URL the app shows (`engagements/3/`, `institutions/…/`, `a-propos/`) gets
//! its own `index.html`: the same app shell, with
//! - asset URLs and `<meta name="app-root">` made relative to that depth, so
//!   the page finds the app wherever `dist/` is hosted;
//! - its own `<title>`, description and OpenGraph tags, so a link preview
//!   (fetched without JavaScript) names the commitment and its status;
//! - a Content-Security-Policy whose script hashes match its inline scripts.
//!
//! Everything here is a pure function of the shell HTML and the snapshot; the
//! binary (`main.rs`) does the file I/O.

pub mod apercu;
pub mod preview;
pub mod preview_charts;
pub mod preview_report;

use base64::Engine;
use plan_core::i18n::{self, fill, Lang};
use plan_core::report::Report;
use plan_core::{lookup, Snapshot};
use sha2::{Digest, Sha256};

/// One generated page.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// Directory of the page under the site root, with trailing slash, `""` for the root.
    pub dir: String,
    pub title: String,
    pub description: String,
    /// Text shown to readers without JavaScript.
    pub noscript: String,
    /// The static preview's content (`preview.rs`), shown until the app starts.
    pub preview: String,
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

const SITE: &str = "Plan ouvert";

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
        // The search data goes last: the list above it paints first.
        preview: preview::overview(s, lang) + &apercu::overview_data_html(s, lang),
    }];
    for c in &s.commitments {
        let status = preview::status_name(s, c, lang);
        let calendar =
            lookup::calendar_def(s, c.calendar).map_or(c.calendar.as_str(), |d| match lang {
                Lang::Fr => d.label_fr.as_str(),
                Lang::En => d.label_en.as_str(),
            });
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
                    ("status", &status),
                    ("calendar", calendar),
                    ("actions", &c.actions.len().to_string()),
                    ("plan", &plan_line),
                ],
            ),
            noscript: fill(
                t.meta_commitment_noscript,
                &[
                    ("commitment", &named),
                    ("status", &status),
                    ("calendar", calendar),
                ],
            ),
            preview: preview::commitment(s, c, lang),
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
        preview: preview::institutions(s, lang),
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
            preview: preview::institution(s, &i.id, &i.name, lang),
        });
    }
    out.push(Page {
        dir: dir("a-propos/"),
        title: format!("{} · {SITE}", t.nav_about),
        description: fill(t.meta_about, &[("site", SITE), ("plan", &plan_line)]),
        noscript: t.nav_about.to_string(),
        preview: preview::about(lang),
    });
    if let Some(report) = report {
        out.extend(report_pages(s, report, lang));
    }
    // In an embed the app ends every page with its attribution line; the
    // preview does too, so the iframe keeps its height when the app takes over.
    let attribution = preview::embed_attribution(&as_of, lang);
    for page in out.iter_mut().filter(|p| !p.preview.is_empty()) {
        page.preview.push_str(&attribution);
    }
    out
}

/// The table of contents and one page per chapter of the report.
fn report_pages(s: &Snapshot, report: &Report, lang: Lang) -> Vec<Page> {
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
        preview: preview_report::contents(report, lang),
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
            preview: preview_report::chapter(
                report,
                s,
                c,
                &format!("{}{route}", lang.prefix()),
                lang,
            ),
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

/// Writes the page's HTML from trunk's shell.
///
/// The shell must hold `<title>…</title>`, `<meta name="description" …>`,
/// `<meta name="app-root" content="./">` and a `<noscript>`; asset URLs must be
/// written `"./…"` or `'./…'` (trunk's `public_url = "./"`).
pub fn render(shell: &str, page: &Page) -> Result<String, String> {
    let prefix = page.root_prefix();
    let lang = page.lang();
    let t = lang.texts();
    // The preview goes first in <body>, before its links are made relative.
    // Its links are written from the site root to the French pages; an
    // English page's lead to the English ones.
    let mut shell = set_html_lang(shell, lang)?;
    let body = "<body>";
    let at = shell.find(body).ok_or("the shell has no <body>")? + body.len();
    if !page.preview.is_empty() {
        let mut preview = preview::wrap(&page.preview, page.route(), lang);
        if lang != Lang::Fr {
            preview = preview.replace("href=\"./", &format!("href=\"./{}", lang.prefix()));
        }
        preview = preview.replacen(
            "</nav></header>",
            &format!("</nav>{}</header>", language_switch(page)),
            1,
        );
        shell.insert_str(at, &preview);
    }
    // The shell's own text without JavaScript is French: an English page
    // says it in English, with the same link to the data.
    if lang != Lang::Fr {
        shell = english_noscript(&shell, t)?;
    }
    // Trunk preloads the wasm from the <head>: on a slow line its ~320 KB
    // would share the bandwidth with the page itself, whose preview already
    // shows and searches everything. The app's loader fetches it anyway, once
    // the page is parsed.
    let shell = drop_wasm_preload(&shell);
    let mut html = shell
        .replace("\"./", &format!("\"{prefix}"))
        .replace("'./", &format!("'{prefix}"));
    html = replace_between(&html, "<title>", "</title>", &escape(&page.title))?;
    html = replace_between(
        &html,
        "<meta name=\"description\" content=\"",
        "\"",
        &escape(&page.description),
    )?;
    let noscript_start = "<noscript>";
    let i = html
        .find(noscript_start)
        .ok_or("the shell has no <noscript>")?;
    html.insert_str(
        i + noscript_start.len(),
        &format!("{} ", escape(&page.noscript)),
    );
    let og = format!(
        concat!(
            "<meta property=\"og:title\" content=\"{t}\" />\n",
            "    <meta property=\"og:description\" content=\"{d}\" />\n",
            "    <meta property=\"og:type\" content=\"{ty}\" />\n",
            "    <meta property=\"og:site_name\" content=\"{SITE}\" />\n",
            "    <meta property=\"og:locale\" content=\"{locale}\" />\n",
            "    <meta property=\"og:locale:alternate\" content=\"{alternate}\" />\n",
            "{hreflang}",
            "    <meta name=\"twitter:card\" content=\"summary\" />\n  </head>"
        ),
        t = escape(&page.title),
        d = escape(&page.description),
        ty = if page.route().is_empty() {
            "website"
        } else {
            "article"
        },
        SITE = SITE,
        locale = lang.og_locale(),
        alternate = lang.other().og_locale(),
        hreflang = hreflang_links(page),
    );
    if !html.contains("</head>") {
        return Err("the shell has no </head>".into());
    }
    html = html.replacen("</head>", &og, 1);
    // The preview's script runs before the first paint (see apercu.rs).
    // Its texts first: the script reads them in the page's language.
    html = html.replacen(
        "</head>",
        &format!(
            "  {}{}\n  <script>{}</script>\n  </head>",
            apercu::texts_html(lang),
            apercu::dictionary_html(lang),
            apercu::script()
        ),
        1,
    );
    // A policy in a <meta> only governs what follows it: it goes right after
    // the charset, before any script. Its hashes are of this page's scripts.
    let charset = "<meta charset=\"utf-8\" />";
    let at = html
        .find(charset)
        .ok_or("the shell has no <meta charset=\"utf-8\" />")?
        + charset.len();
    let csp = format!(
        "\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{}\" />",
        escape(&content_security_policy(&html))
    );
    html.insert_str(at, &csp);
    Ok(html)
}

/// `<link rel="alternate" hreflang>` to the page in each language (French
/// being the default), relative to the page: the site may be hosted at any
/// sub-path.
fn hreflang_links(page: &Page) -> String {
    let prefix = page.root_prefix();
    let route = page.route();
    let link = |code: &str, lang: Lang| {
        format!(
            "    <link rel=\"alternate\" hreflang=\"{code}\" href=\"{prefix}{}{route}\" />\n",
            lang.prefix()
        )
    };
    Lang::ALL
        .into_iter()
        .map(|l| link(l.code(), l))
        .chain(std::iter::once(link("x-default", Lang::Fr)))
        .collect()
}

/// The header's link to this page in the other language, as the app draws
/// it (`src/components/header.rs`); `apercu.js` adds the view to it.
fn language_switch(page: &Page) -> String {
    let other = page.lang().other();
    format!(
        "<a class=\"language-switch\" href=\"./{}{}\" hreflang=\"{code}\" lang=\"{code}\" aria-label=\"{}\">{}</a>",
        other.prefix(),
        page.route(),
        escape(other.invitation().switch_to),
        escape(other.invitation().language_name),
        code = other.code(),
    )
}

/// The shell with `<html lang>` set to the page's language.
fn set_html_lang(shell: &str, lang: Lang) -> Result<String, String> {
    let start = shell.find("<html").ok_or("the shell has no <html>")?;
    let len = shell[start..]
        .find('>')
        .ok_or("the shell's <html> is not closed")?;
    let tag = &shell[start..start + len];
    let new_tag = match tag.find(" lang=\"") {
        Some(i) => {
            let value_end = tag[i + 7..].find('"').ok_or("bad <html lang>")? + i + 7;
            format!("{}{}{}", &tag[..i + 7], lang.code(), &tag[value_end..])
        }
        None => format!("<html lang=\"{}\"{}", lang.code(), &tag[5..]),
    };
    Ok(format!(
        "{}{new_tag}{}",
        &shell[..start],
        &shell[start + len..]
    ))
}

/// The shell's `<noscript>` text in English, keeping its link to the data.
fn english_noscript(shell: &str, t: &i18n::Texts) -> Result<String, String> {
    let open = "<noscript>";
    let i = shell.find(open).ok_or("the shell has no <noscript>")? + open.len();
    let j = shell[i..]
        .find("</noscript>")
        .ok_or("the shell's <noscript> is not closed")?
        + i;
    let inner = &shell[i..j];
    let link = match (inner.find("<a "), inner.rfind("</a>")) {
        (Some(a), Some(b)) if a < b => &inner[a..b + 4],
        _ => "",
    };
    Ok(format!(
        "{}{}{}",
        &shell[..i],
        fill(t.site_noscript, &[("link", link)]),
        &shell[j..]
    ))
}

/// The shell without trunk's `<link rel="preload" … as="fetch" type="application/wasm">`.
fn drop_wasm_preload(shell: &str) -> String {
    let mut out = shell.to_owned();
    let mut from = 0;
    while let Some(at) = out[from..].find("<link rel=\"preload\"") {
        let start = from + at;
        let Some(len) = out[start..].find('>') else {
            break;
        };
        let end = start + len + 1;
        if out[start..end].contains("application/wasm") {
            out.replace_range(start..end, "");
        } else {
            from = end;
        }
    }
    out
}

/// The policy for a page: scripts only from this origin or, inline, by hash;
/// data only from this origin. `'wasm-unsafe-eval'` lets the browser compile
/// the app's WebAssembly; inline `style` attributes stay allowed because the
/// charts position bars with them.
pub fn content_security_policy(html: &str) -> String {
    let hashes: Vec<String> = inline_scripts(html)
        .into_iter()
        .map(|body| {
            let digest = Sha256::digest(body.as_bytes());
            format!(
                "'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(digest)
            )
        })
        .collect();
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {}; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'",
        hashes.join(" ")
    )
    .replace("  ", " ")
}

/// Bodies of the `<script>` elements that have no `src`.
fn inline_scripts(html: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(tag_end) = after.find('>') else {
            break;
        };
        let tag = &after[..tag_end];
        let body_start = tag_end + 1;
        let Some(close) = after[body_start..].find("</script>") else {
            break;
        };
        if !tag.contains(" src=") {
            out.push(&after[body_start..body_start + close]);
        }
        rest = &after[body_start + close..];
    }
    out
}

/// The service worker for a built site: the template with its version and
/// precache lists filled in. `files` are the site's files relative to its
/// root with their contents' digest; a page `dir/index.html` is precached as
/// `dir/`, the URL the app shows. The pages are listed per language
/// ([`precache`]): the worker precaches the shared files and the reader's
/// language's pages only. The version is a digest of every file, so any
/// change (new code or a new snapshot) makes a new worker and a new cache.
pub fn service_worker(files: &[(String, [u8; 32])]) -> String {
    let mut files: Vec<&(String, [u8; 32])> = files.iter().filter(|(p, _)| p != "sw.js").collect();
    files.sort();
    let mut hasher = Sha256::new();
    for (path, digest) in &files {
        hasher.update(path.as_bytes());
        hasher.update([0]);
        hasher.update(digest);
    }
    let version: String = hasher.finalize()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let paths: Vec<&str> = files.iter().map(|(p, _)| p.as_str()).collect();
    let (shared, pages) = precache(&paths);
    let list = |urls: &[String]| {
        let quoted: Vec<String> = urls
            .iter()
            .map(|u| format!("\"{}\"", u.replace('\\', "\\\\").replace('"', "\\\"")))
            .collect();
        format!("[\n  {}\n]", quoted.join(",\n  "))
    };
    let pages: Vec<String> = pages
        .iter()
        .map(|(lang, urls)| format!("\"{}\": {}", lang.code(), list(urls)))
        .collect();
    SW_TEMPLATE
        .replace("__VERSION__", &version)
        .replace("__SHARED__", &list(&shared))
        .replace("__PAGES__", &format!("{{\n{}\n}}", pages.join(",\n")))
}

/// The worker's precache lists from the site's files: the shared files (every
/// file that is not a page: wasm, js, css, data, icons, manifest) and each
/// language's pages, as the URLs the app shows (`./`, `engagements/3/`,
/// `en/`, `en/engagements/3/`).
pub fn precache(files: &[&str]) -> (Vec<String>, Vec<(Lang, Vec<String>)>) {
    let mut shared = Vec::new();
    let mut pages: Vec<(Lang, Vec<String>)> = Lang::ALL.iter().map(|&l| (l, Vec::new())).collect();
    for &p in files {
        match p.strip_suffix("index.html") {
            Some(dir) if dir.is_empty() || dir.ends_with('/') => {
                let lang = Lang::of_path(dir).0;
                let url = if dir.is_empty() { "./" } else { dir };
                if let Some((_, list)) = pages.iter_mut().find(|(l, _)| *l == lang) {
                    list.push(url.to_owned());
                }
            }
            _ => shared.push(p.to_owned()),
        }
    }
    (shared, pages)
}

const SW_TEMPLATE: &str = include_str!("sw.js");

fn replace_between(html: &str, start: &str, end: &str, with: &str) -> Result<String, String> {
    let i = html
        .find(start)
        .ok_or_else(|| format!("the shell has no {start}"))?
        + start.len();
    let j = html[i..]
        .find(end)
        .ok_or_else(|| format!("the shell has no {end} after {start}"))?
        + i;
    Ok(format!("{}{}{}", &html[..i], with, &html[j..]))
}

/// Escapes text for a text node or a double-quoted HTML attribute.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHELL: &str = r#"<!doctype html><html><head>
<meta charset="utf-8" />
<meta name="app-root" content="./" />
<meta name="description" content="old" />
<title>Plan ouvert</title>
<link rel="stylesheet" href="./main-abc.css">
<script type="module">import init from './app-abc.js';init({module_or_path: './app-abc_bg.wasm'});</script>
</head><body><noscript>JS needed. <a href="./data/plan.json">data</a></noscript></body></html>"#;

    fn page(dir: &str) -> Page {
        Page {
            dir: dir.into(),
            title: "Engagement 3 : « Aide » & <co>".into(),
            description: "État : Partiel.".into(),
            noscript: "Engagement 3.".into(),
            preview: String::new(),
        }
    }

    #[test]
    fn deep_page_points_every_asset_back_to_the_root() {
        let html = render(SHELL, &page("engagements/3/")).unwrap();
        assert!(html.contains(r#"<meta name="app-root" content="../../" />"#));
        assert!(html.contains(r#"href="../../main-abc.css""#));
        assert!(html.contains("'../../app-abc.js'"));
        assert!(html.contains("'../../app-abc_bg.wasm'"));
        assert!(html.contains(r#"href="../../data/plan.json""#));
        assert!(!html.contains("\"./") && !html.contains("'./"));
    }

    #[test]
    fn root_page_keeps_relative_assets() {
        let html = render(SHELL, &page("")).unwrap();
        assert!(html.contains(r#"href="./main-abc.css""#));
        assert!(html.contains(r#"content="website""#));
    }

    #[test]
    fn title_and_description_are_escaped_and_replaced() {
        let html = render(SHELL, &page("engagements/3/")).unwrap();
        assert!(html.contains("<title>Engagement 3 : « Aide » &amp; &lt;co&gt;</title>"));
        assert!(html.contains(r#"<meta name="description" content="État : Partiel." />"#));
        assert!(html.contains(
            r#"<meta property="og:title" content="Engagement 3 : « Aide » &amp; &lt;co&gt;" />"#
        ));
        assert!(html.contains("<noscript>Engagement 3. JS needed."));
    }

    #[test]
    fn policy_hashes_exactly_the_inline_script_of_the_page() {
        let html = render(SHELL, &page("engagements/3/")).unwrap();
        let body =
            "import init from '../../app-abc.js';init({module_or_path: '../../app-abc_bg.wasm'});";
        let want =
            base64::engine::general_purpose::STANDARD.encode(Sha256::digest(body.as_bytes()));
        assert!(html.contains(&format!("'sha256-{want}'")), "{html}");
        assert!(html.contains("connect-src 'self'"));
        let csp_at = html.find("Content-Security-Policy").unwrap();
        assert!(
            csp_at < html.find("<script").unwrap(),
            "the policy must precede every script"
        );
    }

    #[test]
    fn scripts_with_src_are_not_hashed() {
        assert_eq!(
            inline_scripts(r#"<script src="a.js"></script><script>x()</script>"#),
            vec!["x()"]
        );
    }

    #[test]
    fn service_worker_precaches_pages_as_their_directory_and_versions_by_content() {
        let files = vec![
            ("index.html".to_string(), [1; 32]),
            ("engagements/3/index.html".to_string(), [2; 32]),
            ("app-abc_bg.wasm".to_string(), [3; 32]),
            ("data/plan.json".to_string(), [4; 32]),
            ("sw.js".to_string(), [5; 32]),
        ];
        let sw = service_worker(&files);
        assert!(sw.contains("\"./\""));
        assert!(sw.contains("\"engagements/3/\""));
        assert!(sw.contains("\"app-abc_bg.wasm\""));
        assert!(sw.contains("\"data/plan.json\""));
        assert!(
            !sw.contains("\"sw.js\""),
            "the worker does not cache itself"
        );
        assert!(!sw.contains("__VERSION__") && !sw.contains("__PRECACHE__"));
        let mut changed = files.clone();
        changed[3].1 = [9; 32];
        assert_ne!(
            service_worker(&changed),
            sw,
            "a new snapshot makes a new version"
        );
        let mut reordered = files.clone();
        reordered.reverse();
        assert_eq!(service_worker(&reordered), sw, "deterministic");
    }

    #[test]
    fn a_shell_without_title_is_an_error() {
        assert!(render("<html><head></head><noscript></noscript></html>", &page("")).is_err());
    }

    #[test]
    fn every_commitment_and_institution_has_a_page() {
        let s = plan_core::fixture::snapshot();
        let p = pages(&s, None);
        for c in &s.commitments {
            let dir = format!("engagements/{}/", c.number);
            let page = p.iter().find(|p| p.dir == dir).expect("commitment page");
            assert!(page.description.contains(&c.status_label));
            assert!(page.title.contains(&c.title));
        }
        for i in &s.institutions {
            assert!(p.iter().any(|p| p.dir == format!("institutions/{}/", i.id)));
        }
        assert_eq!(p[0].dir, "");
    }

    #[test]
    fn the_preview_lists_every_commitment_with_links_from_each_page() {
        let s = plan_core::fixture::snapshot();
        let all = pages(&s, None);
        let overview = render(SHELL, &all[0]).unwrap();
        let preview_at = overview.find("<div id=\"apercu\">").expect("a preview");
        assert!(
            preview_at < overview.find("<noscript>").unwrap(),
            "first in body"
        );
        for c in &s.commitments {
            let item = format!(
                "<a href=\"./engagements/{}/\" class=\"commitment-title\" lang=\"fr\">{}</a>",
                c.number,
                escape(&c.title)
            );
            assert!(overview.contains(&item), "{item}");
            assert!(overview.contains(&escape(&c.status_label)));
        }
        assert_eq!(
            overview.matches("class=\"commitment-item\"").count(),
            s.commitments.len()
        );
        // Two levels down, the same links climb back to the root.
        let deep = all.iter().find(|p| p.dir == "engagements/2/").unwrap();
        let html = render(SHELL, deep).unwrap();
        assert!(html.contains("<a href=\"../../institutions/\">Institutions</a>"));
        assert!(html.contains(&format!(
            "<h1 lang=\"fr\">{}</h1>",
            escape(&s.commitments[1].title)
        )));
        assert!(
            !html.contains("href=\"./"),
            "no link left relative to the root"
        );
        // No script, no inline style: the policy needs no new hash.
        let preview =
            &html[html.find("<div id=\"apercu\">").unwrap()..html.find("<noscript>").unwrap()];
        assert!(!preview.contains("<script") && !preview.contains("style="));
    }

    #[test]
    fn preview_text_is_escaped() {
        let mut s = plan_core::fixture::snapshot();
        s.commitments[0].title = "<img src=x onerror=alert(1)> & \"co\"".into();
        let html = render(SHELL, &pages(&s, None)[0]).unwrap();
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;co&quot;"));
        assert!(!html.contains("<img src=x"));
    }

    #[test]
    fn every_page_runs_the_preview_script_in_its_head_under_the_policy() {
        let s = plan_core::fixture::snapshot();
        for page in pages(&s, None) {
            let html = render(SHELL, &page).unwrap();
            let head = &html[..html.find("</head>").unwrap()];
            assert!(head.contains(apercu::script()), "{}", page.dir);
            let csp = content_security_policy(&html);
            let digest = Sha256::digest(apercu::script().as_bytes());
            let hash = base64::engine::general_purpose::STANDARD.encode(digest);
            assert!(
                csp.contains(&hash),
                "{}: the script's hash is in the policy",
                page.dir
            );
        }
    }

    #[test]
    fn only_the_overview_carries_the_search_data_and_the_wasm_is_not_preloaded() {
        let s = plan_core::fixture::snapshot();
        let shell = SHELL.replace(
            "</head>",
            "<link rel=\"preload\" href=\"./app-abc_bg.wasm\" as=\"fetch\" type=\"application/wasm\"></head>",
        );
        let all = pages(&s, None);
        let overview = render(&shell, &all[0]).unwrap();
        assert!(overview.contains("id=\"apercu-index\""));
        assert!(!overview.contains("rel=\"preload\""));
        // The data is plan-core's: every commitment's words are there.
        let data = apercu::overview_data(&s).unwrap();
        assert_eq!(
            data["wordsOf"].as_array().unwrap().len(),
            s.commitments.len()
        );
        assert!(!overview.contains("\"texts\""));
        for page in &all[1..] {
            assert!(
                !render(&shell, page)
                    .unwrap()
                    .contains("id=\"apercu-index\""),
                "{}",
                page.dir
            );
        }
    }

    /// The shared word list gives back each commitment's distinct words
    /// (plan-core's), and nothing else: on the fixture and the real plan.
    #[test]
    fn the_word_lists_are_each_commitment_s_distinct_words() {
        let raw = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../public/data/plan.json"
        ))
        .unwrap();
        let plan = plan_core::load::load_snapshot(&raw).unwrap();
        for s in [plan_core::fixture::snapshot(), plan] {
            let index = plan_core::search::SearchIndex::new(&s);
            let (words, docs) = apercu::word_lists(&index);
            let list: Vec<&str> = words.split(' ').collect();
            let mut seen = std::collections::HashSet::new();
            assert!(list.iter().all(|w| !w.is_empty() && seen.insert(*w)));
            assert_eq!(docs.len(), s.commitments.len());
            let mut used = std::collections::HashSet::new();
            for (i, deltas) in docs.iter().enumerate() {
                let mut k = 0;
                let mut got: Vec<&str> = deltas
                    .iter()
                    .enumerate()
                    .map(|(j, &d)| {
                        assert!(j == 0 || d > 0, "ascending");
                        k += d;
                        used.insert(k);
                        list[k as usize]
                    })
                    .collect();
                let mut want = index.distinct_words(i).unwrap();
                got.sort_unstable();
                want.sort_unstable();
                assert_eq!(got, want, "commitment {i}");
            }
            // Every word is some commitment's.
            assert_eq!(used.len(), list.len());
        }
    }

    #[test]
    fn the_report_has_a_contents_page_and_one_page_per_chapter_with_its_full_text() {
        let s = plan_core::fixture::snapshot();
        let r = plan_core::report::fixture::report();
        let all = pages(&s, Some(&r));
        let toc = all.iter().find(|p| p.dir == "rapport/").expect("contents");
        for c in &r.chapters {
            let link = format!(
                "<a href=\"./rapport/{}/\">{}</a>",
                c.id,
                escape(&c.heading())
            );
            assert!(toc.preview.contains(&link), "{link}");
            let page = all
                .iter()
                .find(|p| p.dir == format!("rapport/{}/", c.id))
                .expect("chapter page");
            assert!(page.title.starts_with(&c.heading()));
            assert!(page.description.contains(&c.heading()));
            let html = render(SHELL, page).unwrap();
            assert!(html.contains(&format!(
                "<h1 tabindex=\"-1\">{}</h1>",
                escape(&c.heading())
            )));
            assert!(html.contains("<div class=\"report-text\" lang=\"fr\">"));
            // Every text of the chapter is in its preview.
            for b in plan_core::report::searchable_blocks(&r)
                .iter()
                .filter(|b| b.chapter == c.id)
            {
                for piece in b.text.split('\t') {
                    assert!(html.contains(&escape(piece)), "{piece}");
                }
            }
            assert!(!html.contains("href=\"./"), "links made relative");
            assert!(
                html.contains("<a href=\"../../rapport/\" aria-current=\"page\">Le rapport</a>")
            );
        }
        // Chapter 1: sub-section anchors, a table, commitment links.
        let intro = all
            .iter()
            .find(|p| p.dir == "rapport/introduction-et-contexte/")
            .unwrap();
        let p = &intro.preview;
        assert!(p.contains("<h2 id=\"evenements-contributifs\">Evénements contributifs</h2>"));
        assert!(p.contains("href=\"#evenements-contributifs\" aria-label=\"Lien vers cette section : Evénements contributifs\""));
        assert!(p.contains("<th scope=\"col\">Événement</th>"));
        assert!(p.contains("role=\"region\" tabindex=\"0\""));
        assert!(p.contains(&format!(
            "href=\"./engagements/2/\" aria-label=\"Engagement 2 : {}\"",
            escape(&s.commitments[1].title)
        )));
        assert!(p.contains("<strong>la participation citoyenne</strong>"));
        assert!(p.contains("mailto:gouvernement-ouvert@etalab.gouv.fr?subject=Plan%20ouvert"));
        let annexes = all.iter().find(|p| p.dir == "rapport/annexes/").unwrap();
        assert!(annexes
            .preview
            .contains("href=\"./institutions/cour-des-comptes/\""));
        // Chapter 4's summary leads to the overview.
        let c4 = all
            .iter()
            .find(|p| p.dir == "rapport/mise-en-oeuvre-des-engagements/")
            .unwrap();
        assert!(c4
            .preview
            .contains("<p class=\"report-plan-part\"><a href=\"./\">"));
    }

    #[test]
    fn report_text_is_escaped_in_its_pages() {
        let s = plan_core::fixture::snapshot();
        let mut r = plan_core::report::fixture::report();
        r.chapters[1].title = "<script>alert(1)</script> & co".into();
        let all = pages(&s, Some(&r));
        for p in all.iter().filter(|p| p.dir.starts_with("rapport/")) {
            let html = render(SHELL, p).unwrap();
            assert!(!html.contains("<script>alert(1)"), "{}", p.dir);
        }
    }

    #[test]
    fn without_the_report_there_are_no_report_pages() {
        let s = plan_core::fixture::snapshot();
        assert!(pages(&s, None)
            .iter()
            .all(|p| !p.dir.starts_with("rapport/")));
    }
}

/// The English pages (issue 14): every route's twin under `en/`.
#[cfg(test)]
mod english_tests {
    use super::*;

    /// The real shell's parts that matter here (index.html as trunk writes it).
    const SHELL: &str = r#"<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <meta name="app-root" content="./" />
    <meta name="description" content="old" />
    <title>Plan ouvert</title>
    <link rel="stylesheet" href="./main-abc.css">
    <link rel="manifest" href="./manifest.webmanifest" />
    <script type="module">import init from './app-abc.js';init({module_or_path: './app-abc_bg.wasm'});</script>
  </head>
  <body>
    <noscript>Plan ouvert a besoin de JavaScript pour afficher le plan d’action. Le fichier de données reste lisible : <a href="./data/plan.json">data/plan.json</a>.</noscript>
  <script>var u = new URL('./data/plan.json', location.href).href;</script>
  </body>
</html>"#;

    fn site() -> (Snapshot, Report, Vec<Page>) {
        let s = plan_core::fixture::snapshot();
        let r = plan_core::report::fixture::report();
        let all = all_pages(&s, Some(&r));
        (s, r, all)
    }

    fn find<'a>(all: &'a [Page], dir: &str) -> &'a Page {
        all.iter()
            .find(|p| p.dir == dir)
            .unwrap_or_else(|| panic!("no page {dir}"))
    }

    #[test]
    fn every_route_has_its_english_twin() {
        let (s, r, all) = site();
        let fr = pages(&s, Some(&r));
        let en: Vec<&Page> = all.iter().filter(|p| p.lang() == Lang::En).collect();
        assert_eq!(all.len(), 2 * fr.len());
        assert_eq!(
            &all[..fr.len()],
            &fr[..],
            "the French pages come first, unchanged"
        );
        for (f, e) in fr.iter().zip(&en) {
            assert_eq!(e.dir, format!("en/{}", f.dir));
            assert_eq!(e.route(), f.route());
            assert_eq!(f.lang(), Lang::Fr);
        }
        assert_eq!(find(&all, "en/").file(), "en/index.html");
        assert_eq!(find(&all, "en/engagements/3/").root_prefix(), "../../../");
    }

    #[test]
    fn html_lang_hreflang_and_og_locale_both_ways() {
        let (_, _, all) = site();
        for page in &all {
            let html = render(SHELL, page).unwrap();
            let (lang, other) = (page.lang(), page.lang().other());
            assert!(
                html.contains(&format!("<html lang=\"{}\">", lang.code())),
                "{}",
                page.dir
            );
            assert_eq!(html.matches("<html ").count(), 1);
            let up = page.root_prefix();
            let route = page.route();
            for (code, to) in [("fr", ""), ("en", "en/"), ("x-default", "")] {
                let link = format!(
                    "<link rel=\"alternate\" hreflang=\"{code}\" href=\"{up}{to}{route}\" />"
                );
                assert!(html.contains(&link), "{}: {link}", page.dir);
            }
            assert!(html.contains(&format!(
                "<meta property=\"og:locale\" content=\"{}\" />",
                lang.og_locale()
            )));
            assert!(html.contains(&format!(
                "<meta property=\"og:locale:alternate\" content=\"{}\" />",
                other.og_locale()
            )));
        }
        let fr = render(SHELL, find(&all, "engagements/3/")).unwrap();
        assert!(fr.contains("hreflang=\"en\" href=\"../../en/engagements/3/\""));
        let en = render(SHELL, find(&all, "en/engagements/3/")).unwrap();
        assert!(en.contains("hreflang=\"fr\" href=\"../../../engagements/3/\""));
        assert!(en.contains("og:locale\" content=\"en_GB\""));
        let root = render(SHELL, find(&all, "")).unwrap();
        assert!(root.contains("hreflang=\"en\" href=\"./en/\""));
    }

    #[test]
    fn english_titles_and_descriptions_keep_the_snapshot_french() {
        let (s, r, all) = site();
        let c = &s.commitments[2];
        let p = find(&all, &format!("en/engagements/{}/", c.number));
        assert_eq!(
            p.title,
            format!("Commitment {}: {} · Plan ouvert", c.number, c.title)
        );
        let status = &plan_core::lookup::status_def(&s, c.status)
            .unwrap()
            .label_en;
        assert!(p
            .description
            .starts_with(&format!("Progress: {status}. Timeline: ")));
        assert!(p
            .description
            .contains("France’s National Action Plan 2015-2017"));
        let i = &s.institutions[0];
        let p = find(&all, &format!("en/institutions/{}/", i.id));
        assert_eq!(p.title, format!("{} · Plan ouvert", i.name));
        assert!(p.description.starts_with(&format!("{}: ", i.name)));
        assert_eq!(find(&all, "en/a-propos/").title, "About · Plan ouvert");
        assert_eq!(find(&all, "en/rapport/").title, "The report · Plan ouvert");
        let ch = &r.chapters[0];
        let p = find(&all, &format!("en/rapport/{}/", ch.id));
        assert!(p.title.starts_with(&ch.heading()));
        assert!(p
            .description
            .starts_with(&format!("{} — full text in French", ch.heading())));
        // No French interface word in an English page's head texts.
        for p in all.iter().filter(|p| p.lang() == Lang::En) {
            for fr in [
                "État d’avancement",
                "Calendrier :",
                "Engagement ",
                "Les ",
                "données au",
                "texte intégral",
            ] {
                assert!(
                    !p.title.contains(fr) && !p.description.contains(fr)
                        || p.route().starts_with("rapport/"),
                    "{}: {fr} in {:?} / {:?}",
                    p.dir,
                    p.title,
                    p.description
                );
            }
        }
        let html = render(SHELL, find(&all, "en/")).unwrap();
        assert!(html.contains("Plan ouvert needs JavaScript to show the action plan. The data file stays readable: <a href=\"../data/plan.json\">data/plan.json</a>."));
    }

    #[test]
    fn english_pages_find_the_shared_app_at_their_depth() {
        let (_, _, all) = site();
        let html = render(SHELL, find(&all, "en/engagements/3/")).unwrap();
        assert!(html.contains(r#"<meta name="app-root" content="../../../" />"#));
        assert!(html.contains(r#"href="../../../main-abc.css""#));
        assert!(html.contains(r#"href="../../../manifest.webmanifest""#));
        assert!(html.contains("'../../../app-abc.js'"));
        assert!(html.contains("'../../../app-abc_bg.wasm'"));
        assert!(html.contains("new URL('../../../data/plan.json'"));
        assert!(!html.contains("\"./") && !html.contains("'./"));
        // The preview's links lead to the English pages.
        assert!(html.contains("<a href=\"../../../en/institutions/\">Institutions</a>"));
        assert!(html.contains("<a href=\"../../../en/a-propos/\">About</a>"));
        assert!(html.contains("<a href=\"../../../en/\" class=\"brand\">"));
        let root = render(SHELL, find(&all, "en/")).unwrap();
        assert!(root.contains(r#"<meta name="app-root" content="../" />"#));
        assert!(root.contains("href=\"../en/engagements/1/\" class=\"commitment-title\""));
    }

    #[test]
    fn every_english_page_has_the_policy_of_its_own_scripts() {
        let (_, _, all) = site();
        for page in all.iter().filter(|p| p.lang() == Lang::En) {
            let html = render(SHELL, page).unwrap();
            let csp_at = html.find("Content-Security-Policy").unwrap();
            assert!(csp_at < html.find("<script").unwrap());
            let csp = content_security_policy(&html);
            let scripts = inline_scripts(&html);
            assert!(scripts.contains(&apercu::script()));
            for body in scripts {
                let hash = base64::engine::general_purpose::STANDARD
                    .encode(Sha256::digest(body.as_bytes()));
                assert!(csp.contains(&hash), "{}", page.dir);
                assert!(html.contains(&format!("'sha256-{hash}'")), "{}", page.dir);
            }
        }
    }

    #[test]
    fn every_english_page_and_no_french_one_carries_the_english_dictionary() {
        let (_, _, all) = site();
        for page in &all {
            let html = render(SHELL, page).unwrap();
            let start = "<script type=\"text/plain\" id=\"textes-en\">";
            match page.lang() {
                Lang::Fr => assert!(!html.contains(start), "{}", page.dir),
                Lang::En => {
                    let at = html.find(start).expect("the dictionary") + start.len();
                    let text = &html[at..at + html[at..].find("</script>").unwrap()];
                    let values: Vec<&'static str> = text
                        .split(apercu::DICTIONARY_SEPARATOR)
                        .map(|v| &*Box::leak(v.to_owned().into_boxed_str()))
                        .collect();
                    assert_eq!(
                        plan_core::i18n::Texts::from_values(&values),
                        Some(plan_core::i18n::EN),
                        "{}",
                        page.dir
                    );
                }
            }
        }
    }

    #[test]
    fn english_previews_speak_english_and_keep_the_snapshot_in_french() {
        let (s, r, all) = site();
        let en = |dir: &str| render(SHELL, find(&all, dir)).unwrap();
        let overview = en("en/");
        for c in &s.commitments {
            assert!(overview.contains(&format!(
                "class=\"commitment-title\" lang=\"fr\">{}</a>",
                escape(&c.title)
            )));
            let label = &plan_core::lookup::status_def(&s, c.status)
                .unwrap()
                .label_en;
            assert!(overview.contains(&format!("</span>{}</span>", escape(label))));
        }
        assert!(overview.contains(&format!(
            "<p class=\"lede\" lang=\"fr\">{}</p>",
            escape(&s.plan.title)
        )));
        assert!(
            overview.contains("All 5 commitments")
                || overview.contains(&format!("All {} commitments", s.commitments.len()))
        );
        assert!(overview.contains(">Filters (0)</button>"));
        assert!(overview.contains("<legend>Commitment status</legend>"));
        assert!(overview.contains("Show the data"));
        assert!(overview.contains("<span class=\"facet-label\" lang=\"fr\">"));
        let texts = apercu::texts_json(Lang::En);
        assert!(
            overview.contains(&texts.to_string()),
            "the script's English texts"
        );
        assert!(overview.contains("\"pageLine\":\" · page {page} of {pages}\""));
        // No French interface text left, outside the snapshot's.
        let fr = plan_core::i18n::FR;
        let english = plan_core::i18n::EN;
        let snapshot_text = serde_json::to_string(&s).unwrap();
        let report_text = serde_json::to_string(&r).unwrap();
        for page in all.iter().filter(|p| p.lang() == Lang::En) {
            let html = render(SHELL, page).unwrap();
            // The switch to French is French, and says so (`lang="fr"`).
            let switch = language_switch(page);
            assert!(switch.contains("lang=\"fr\""));
            let html = html.replace(
                &switch.replace("\"./", &format!("\"{}", page.root_prefix())),
                "",
            );
            // The app's English dictionary is data for the wasm, not text.
            let html = html.replace(&apercu::dictionary_html(Lang::En), "");
            for ((key, f), (_, e)) in fr.entries().into_iter().zip(english.entries()) {
                let f = f.split('{').next().unwrap_or_default().trim();
                // A word the snapshot itself holds may be there, as snapshot text.
                let in_snapshot = snapshot_text.contains(f) || report_text.contains(f);
                if f == e || f.chars().count() < 8 || key == "site_subtitle" || in_snapshot {
                    continue;
                }
                assert!(
                    !html.contains(&escape(f)),
                    "{}: {key} in French: {f}",
                    page.dir
                );
            }
        }
        let c = &s.commitments[0];
        let page = en(&format!("en/engagements/{}/", c.number));
        assert!(page.contains(&format!("<h1 lang=\"fr\">{}</h1>", escape(&c.title))));
        assert!(page.contains(&format!(
            "<p class=\"kicker\">Commitment {} · Axis ",
            c.number
        )));
        let i = &s.institutions[0];
        let page = en(&format!("en/institutions/{}/", i.id));
        assert!(page.contains(&format!(
            "<h1 lang=\"fr\">{}</h1><h2>Its commitments</h2>",
            escape(&i.name)
        )));
        let toc = en("en/rapport/");
        assert!(toc.contains("<main class=\"apercu-main\"><p class=\"report-language-note\">The report exists in French only.</p>"));
        assert!(toc.contains("<ol class=\"report-toc\" role=\"list\" lang=\"fr\">"));
        for ch in &r.chapters {
            let page = en(&format!("en/rapport/{}/", ch.id));
            assert!(page.contains(&format!(
                "<div class=\"report-text\" lang=\"fr\"><h1 tabindex=\"-1\">{}</h1>",
                escape(&ch.heading())
            )));
            assert!(page.contains("Contribute / report an error"));
            // The mail it opens is English too ("report," percent-encoded).
            assert!(page.contains("subject=Plan%20ouvert%20%E2%80%94%20report%2C%20"));
        }
        let annexes = en("en/rapport/annexes/");
        assert!(annexes.contains("<span class=\"report-refs\" lang=\"en\">"));
        assert!(annexes.contains("See the institution</a>"));
    }

    #[test]
    fn french_texts_are_those_site_gen_wrote_before() {
        let s = plan_core::fixture::snapshot();
        let n = s.commitments.len();
        for k in 0..=n {
            assert_eq!(
                apercu::count_line(k, n, Lang::Fr),
                plan_core::paging::results_count_fr(k, n)
            );
        }
        for k in [0, 1, 19, 20, 21, 40, 41, 300] {
            assert_eq!(
                apercu::count_line(k, 300, Lang::Fr),
                plan_core::paging::results_count_fr(k, 300)
            );
            assert!(!apercu::count_line(k, 300, Lang::En).contains("page"));
        }
        for c in plan_core::CalendarCode::ALL {
            assert_eq!(
                plan_core::lookup::calendar_badge(&s, c, Lang::Fr),
                plan_core::lookup::calendar_badge_fr(c)
            );
        }
        assert_eq!(
            apercu::overview_data(&s),
            apercu::overview_data_in(&s, Lang::Fr)
        );
    }

    #[test]
    fn the_worker_precaches_shared_files_and_each_language_s_pages_apart() {
        let files = [
            "index.html",
            "engagements/3/index.html",
            "en/index.html",
            "en/engagements/3/index.html",
            "app-abc_bg.wasm",
            "app-abc.js",
            "main-abc.css",
            "data/plan.json",
            "icon.svg",
            "manifest.webmanifest",
        ];
        let (shared, pages) = precache(&files);
        assert_eq!(
            shared,
            [
                "app-abc_bg.wasm",
                "app-abc.js",
                "main-abc.css",
                "data/plan.json",
                "icon.svg",
                "manifest.webmanifest"
            ]
        );
        assert_eq!(
            pages[0],
            (Lang::Fr, vec!["./".to_owned(), "engagements/3/".to_owned()])
        );
        assert_eq!(
            pages[1],
            (
                Lang::En,
                vec!["en/".to_owned(), "en/engagements/3/".to_owned()]
            )
        );
        let digests: Vec<(String, [u8; 32])> =
            files.iter().map(|f| (f.to_string(), [7; 32])).collect();
        let sw = service_worker(&digests);
        assert!(sw.contains("const PAGES = {\n\"fr\": [\n  \"engagements/3/\",\n  \"./\"\n],\n\"en\": [\n  \"en/engagements/3/\",\n  \"en/\"\n]\n};"), "{sw}");
        assert!(sw.contains("const SHARED = [\n  \"app-abc.js\","));
        let shared_part = &sw[sw.find("const SHARED").unwrap()..sw.find("const PAGES").unwrap()];
        assert!(!shared_part.contains("index.html") && !shared_part.contains("en/"));
        assert!(sw.contains("includeUncontrolled: true"));
        assert!(!sw.contains("__"));
    }
}
