//! `404.html`: the page static hosts serve, by convention, for an address
//! they do not know (GitHub Pages, Netlify, Cloudflare Pages, GitLab Pages;
//! nginx or Apache with one line, `docs/hosting.md`).
//!
//! Its body is the app's own: the route table's fallback (`NotFoundPage`)
//! rendered in both languages by `body.rs`, with the site's header, footer
//! and styles. It is not an app page: no wasm, no pre-wasm script.
//!
//! The server answers it at any path (`/pgo/engagements/999/`, `/pgo/x`),
//! so no relative link in it can be right in advance. Its links and styles
//! are written from the site root (`./…`, no `href` on the stylesheets but
//! `data-href`), and a small inline script (hashed by the page's policy)
//! finds that root and writes them:
//! - with a public address (`--site-url`) the root is its path, given in
//!   `<meta name="site-root">` (and the links are already written from it,
//!   so the page works without JavaScript);
//! - without one, it asks each folder of the address, deepest first, for
//!   `sw.js` (`HEAD`, the site's own file at its root): the deepest folder
//!   that answers with JavaScript is the root (a host that answers every
//!   path with this page answers HTML, so it is never taken for the root).
//!
//! The language is the address's: under the root's `en/`, English (the
//! English body is in a `<template>`, so it carries no live ids).

use plan_core::i18n::Lang;

use crate::body::Renderer;
use crate::csp::content_security_policy;
use crate::findable::SiteUrl;
use crate::pages::SITE;
use crate::shell::escape;

/// The route rendered for the page: none of the app's, so its fallback.
const ROUTE: &str = "~introuvable~/";

/// The script that finds the site root and the page's language.
const SCRIPT: &str = r#"(function () {
  var d = document, known = d.querySelector('meta[name="site-root"]');
  function apply(root) {
    var rest = location.pathname.slice(root.length), en = /^en(\/|$)/.test(rest);
    var tpl = d.getElementById('page-en'), page = d.getElementById('apercu');
    if (en && tpl && page) {
      page.replaceChildren(tpl.content.cloneNode(true));
      d.documentElement.lang = 'en';
      d.title = tpl.getAttribute('data-title');
    }
    d.querySelectorAll('link[data-href]').forEach(function (l) {
      l.setAttribute('href', root + l.getAttribute('data-href'));
      l.removeAttribute('data-href');
    });
    d.querySelectorAll('a[href^="./"]').forEach(function (a) {
      a.setAttribute('href', root + a.getAttribute('href').slice(2));
    });
  }
  function ready(root) {
    if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', function () { apply(root); });
    else apply(root);
  }
  if (known) return ready(known.content);
  var dirs = [], path = location.pathname.replace(/[^\/]*$/, '');
  for (var p = path; p.length > 0; p = p.replace(/[^\/]*\/$/, '')) dirs.push(p);
  Promise.all(dirs.map(function (dir) {
    return fetch(dir + 'sw.js', { method: 'HEAD', cache: 'no-cache' }).then(function (r) {
      return r.ok && !/html/.test(r.headers.get('content-type') || '');
    }, function () { return false; });
  })).then(function (found) {
    var i = found.indexOf(true);
    ready(i < 0 ? '/' : dirs[i]);
  });
})();"#;

/// The page for unknown addresses, from trunk's shell (its stylesheets and
/// icons) and the app's rendering.
pub fn page(shell: &str, renderer: &Renderer, site: Option<&SiteUrl>) -> String {
    let root = site.map(|s| s.path().to_owned());
    let body = |lang: Lang| {
        let html = renderer.body_at(lang, &format!("{}{ROUTE}", lang.prefix()));
        // The header's language switch names the route: the other
        // language's overview instead.
        let html = html.replace(ROUTE, "");
        match &root {
            Some(root) => html.replace("href=\"./", &format!("href=\"{root}")),
            None => html,
        }
    };
    let title = |lang: Lang| format!("{} · {SITE}", lang.texts().not_found_title);
    let links: String = head_links(shell)
        .into_iter()
        .map(|l| match &root {
            Some(root) => l.replace(" href=\"./", &format!(" href=\"{root}")),
            // No address: no href until the script knows the root.
            None => l.replace(" href=\"./", " data-href=\""),
        })
        .map(|l| format!("    {l}\n"))
        .collect();
    let meta_root = root.as_ref().map_or(String::new(), |r| {
        format!(
            "    <meta name=\"site-root\" content=\"{}\" />\n",
            escape(r)
        )
    });
    let fr = Lang::Fr;
    let html = format!(
        concat!(
            "<!doctype html>\n<html lang=\"{code}\">\n  <head>\n",
            "    <meta charset=\"utf-8\" />\n",
            "    <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n",
            "    <meta name=\"robots\" content=\"noindex\" />\n",
            "    <meta name=\"color-scheme\" content=\"light dark\" />\n",
            "    <meta name=\"theme-color\" content=\"#000091\" />\n",
            "{meta_root}",
            "    <title>{title}</title>\n",
            "{links}",
            "    <script>{script}</script>\n",
            "  </head>\n  <body>{body}\n",
            "  <template id=\"page-en\" lang=\"en\" data-title=\"{title_en}\">{body_en}</template>\n",
            "  </body>\n</html>\n"
        ),
        code = fr.code(),
        meta_root = meta_root,
        title = escape(&title(fr)),
        links = links,
        script = SCRIPT,
        body = body(fr),
        title_en = escape(&title(Lang::En)),
        body_en = body(Lang::En),
    );
    let charset = "<meta charset=\"utf-8\" />";
    let at = html.find(charset).map_or(0, |i| i + charset.len());
    let csp = format!(
        "\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{}\" />",
        escape(&content_security_policy(&html))
    );
    let mut html = html;
    html.insert_str(at, &csp);
    html
}

/// The shell's stylesheets and icons (`<link rel="stylesheet|icon|apple-touch-icon">`).
fn head_links(shell: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = shell;
    while let Some(i) = rest.find("<link ") {
        let tail = &rest[i..];
        let Some(end) = tail.find('>') else { break };
        let tag = &tail[..=end];
        if [
            "rel=\"stylesheet\"",
            "rel=\"icon\"",
            "rel=\"apple-touch-icon\"",
        ]
        .iter()
        .any(|r| tag.contains(r))
        {
            out.push(tag.to_owned());
        }
        rest = &tail[end + 1..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::csp::inline_scripts;

    const SHELL: &str = r#"<!doctype html><html><head>
<meta charset="utf-8" />
<meta name="app-root" content="./" />
<link rel="icon" href="./icon.svg" type="image/svg+xml" />
<link rel="stylesheet" href="./main-abc.css">
<script type="module">import init from './app-abc.js';</script>
</head><body></body></html>"#;

    fn renderer() -> Renderer {
        Renderer::new(plan_core::fixture::snapshot(), Vec::new(), None)
    }

    #[test]
    fn the_apps_not_found_page_in_both_languages_without_the_app() {
        let html = page(SHELL, &renderer(), None);
        let fr = Lang::Fr.texts();
        let en = Lang::En.texts();
        assert!(html.contains(&format!("<h1 tabindex=\"-1\">{}</h1>", fr.not_found_title)));
        let template = &html[html.find("<template id=\"page-en\"").unwrap()..];
        assert!(template.contains(&format!(">{}</h1>", en.not_found_title)));
        // No wasm, no pre-wasm script: the policy hashes the one script.
        assert!(!html.contains("app-abc"));
        let scripts = inline_scripts(&html);
        assert_eq!(scripts, [SCRIPT]);
        use base64::Engine;
        use sha2::{Digest, Sha256};
        let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(SCRIPT));
        assert!(html.contains(&format!("'sha256-{hash}'")));
        // Without an address, no link can be right in advance: written from
        // the root for the script, and stylesheets wait for it.
        assert!(html.contains("<link rel=\"stylesheet\" data-href=\"main-abc.css\">"));
        assert!(
            !html.contains(ROUTE),
            "the fallback's route is never linked"
        );
        assert!(!html.contains("href=\"../"));
        assert!(!html.contains("<meta name=\"site-root\""));
    }

    #[test]
    fn with_an_address_links_are_written_from_its_path() {
        let site = SiteUrl::parse("https://example.org/pgo/").unwrap();
        let html = page(SHELL, &renderer(), Some(&site));
        assert!(html.contains("<meta name=\"site-root\" content=\"/pgo/\" />"));
        assert!(html.contains("<link rel=\"stylesheet\" href=\"/pgo/main-abc.css\">"));
        assert!(!html.contains("href=\"./"));
        assert!(html.contains("href=\"/pgo/en/\""));
    }
}
