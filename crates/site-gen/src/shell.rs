//! Trunk's one `index.html` made into a page: its language, its body, its
//! `<head>` (title, description, OpenGraph, hreflang, the pre-wasm script
//! and its texts), asset URLs relative to its depth, and its policy.

use plan_core::i18n::{self, fill, Lang};

use crate::apercu;
use crate::csp::content_security_policy;
use crate::findable::{self, SiteUrl};
use crate::pages::{Page, SITE};

/// Writes the page's HTML from trunk's shell, `body` (`body.rs`) first in
/// its `<body>`.
///
/// The shell must hold `<title>…</title>`, `<meta name="description" …>`,
/// `<meta name="app-root" content="./">` and a `<noscript>`; asset URLs must be
/// written `"./…"` or `'./…'` (trunk's `public_url = "./"`).
pub fn render(shell: &str, page: &Page, body: &str) -> Result<String, String> {
    render_findable(shell, page, body, &Findable::default())
}

/// What a page's `<head>` adds to be findable and shareable (`findable.rs`):
/// the site's public address when known, the text of the page's card when
/// one is written, and the page's JSON-LD data blocks.
#[derive(Debug, Default, Clone)]
pub struct Findable<'a> {
    pub site: Option<&'a SiteUrl>,
    pub card_alt: Option<String>,
    pub json_ld: String,
}

/// [`render`], with the page's canonical URL, card and structured data.
pub fn render_findable(
    shell: &str,
    page: &Page,
    body: &str,
    findable: &Findable,
) -> Result<String, String> {
    let prefix = page.root_prefix();
    let lang = page.lang();
    let t = lang.texts();
    // The body goes first in <body>, before its links are made relative
    // (`body.rs` writes them from the site root, `./…`).
    let mut shell = set_html_lang(shell, lang)?;
    let at = shell.find("<body>").ok_or("the shell has no <body>")? + "<body>".len();
    shell.insert_str(at, body);
    // The shell's own text without JavaScript is French: an English page
    // says it in English, with the same link to the data.
    if lang != Lang::Fr {
        shell = english_noscript(&shell, t)?;
    }
    // Trunk preloads the wasm from the <head>: on a slow line its ~320 KB
    // would share the bandwidth with the page itself, which already shows
    // (and on the overview searches) everything. The app's loader fetches it anyway, once
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
            "{findable}",
            "    <meta name=\"twitter:card\" content=\"{twitter}\" />\n",
            "{json_ld}  </head>"
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
        hreflang = findable::hreflang_links(page, findable.site),
        findable = findable::head_tags(page, findable.site, findable.card_alt.as_deref()),
        twitter = if findable.site.is_some() && findable.card_alt.is_some() {
            "summary_large_image"
        } else {
            "summary"
        },
        json_ld = findable.json_ld,
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
