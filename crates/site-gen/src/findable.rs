//! What makes the site findable and shareable once its public address is
//! known: canonical URLs, absolute `hreflang` alternates, the link card
//! (`og:image`), `sitemap.xml`, `robots.txt`, and the schema.org JSON-LD.
//!
//! The site can be hosted at any address, so the build cannot guess it:
//! the address is given at build time (`scripts/build.sh --site-url URL`,
//! or `PLAN_OUVERT_SITE_URL`, which trunk's post-build hook inherits).
//! Without it nothing absolute is invented: no canonical, no `og:url`, no
//! `og:image`, no sitemap; the pages keep their relative alternates, and
//! the build prints one line ([`MISSING_NOTE`]). The JSON-LD needs no
//! address: its URLs are relative to the page, or absolute when known.

use plan_core::i18n::{self, Lang};
use plan_core::Snapshot;

use crate::pages::{Page, SITE};
use crate::shell::escape;

/// The environment variable holding the site's public address.
pub const ENV: &str = "PLAN_OUVERT_SITE_URL";

/// What the build prints when no public address was given.
pub const MISSING_NOTE: &str = "site-gen: no public address given, so no canonical URLs, og:url, og:image, link cards, sitemap.xml or robots.txt were written; add them with scripts/build.sh --site-url https://example.org/path/ (or PLAN_OUVERT_SITE_URL)";

/// The card's size in pixels (Open Graph's large image: 1.91:1).
pub const CARD_WIDTH: u32 = 1200;
pub const CARD_HEIGHT: u32 = 630;

/// The folder of the link cards in the site.
pub const CARDS_DIR: &str = "cartes/";

/// The licence's page (Etalab): the report states « Licence Ouverte / Open
/// Licence (Etalab) »; this page is where Etalab publishes it.
pub const LICENSE_URL: &str = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/";

/// The site's public address: `http(s)://host/path/`, always ending in `/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteUrl(String);

impl SiteUrl {
    /// Parses a public address. It must be absolute (`http://` or
    /// `https://` and a host), with no query, fragment, space or quote;
    /// a missing final `/` is added (the site is a folder).
    pub fn parse(s: &str) -> Result<SiteUrl, String> {
        let s = s.trim();
        let rest = s
            .strip_prefix("https://")
            .or_else(|| s.strip_prefix("http://"))
            .ok_or_else(|| format!("site URL {s:?} must start with https:// or http://"))?;
        let host = rest.split('/').next().unwrap_or("");
        if host.is_empty() {
            return Err(format!("site URL {s:?} has no host"));
        }
        if let Some(c) = s
            .chars()
            .find(|c| c.is_whitespace() || c.is_control() || "?#\"'<>\\`".contains(*c))
        {
            return Err(format!("site URL {s:?} must not contain {c:?}"));
        }
        let mut url = s.to_owned();
        if !url.ends_with('/') {
            url.push('/');
        }
        Ok(SiteUrl(url))
    }

    /// The address from the environment ([`ENV`]); `None` when unset or empty.
    pub fn from_env() -> Result<Option<SiteUrl>, String> {
        match std::env::var(ENV) {
            Ok(v) if !v.trim().is_empty() => SiteUrl::parse(&v).map(Some),
            _ => Ok(None),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The absolute URL of a path relative to the site root (`engagements/3/`).
    pub fn at(&self, rel: &str) -> String {
        format!("{}{rel}", self.0)
    }

    /// The path part (`/pgo/`), for links that must work at any depth.
    pub fn path(&self) -> &str {
        let rest = self.0.split_once("://").map_or("", |(_, r)| r);
        rest.find('/').map_or("/", |i| &rest[i..])
    }
}

/// The card's file for a page, relative to the site root:
/// `cartes/fr/engagements-3.png`, `cartes/en/apercu.png`.
pub fn card_file(page: &Page) -> String {
    let route = page.route().trim_end_matches('/').replace('/', "-");
    let name = if route.is_empty() { "apercu" } else { &route };
    format!("{CARDS_DIR}{}/{name}.png", page.lang().code())
}

/// The page's `<link rel="alternate" hreflang>` to each language (French
/// the default): absolute with a site URL, otherwise relative to the page
/// (the site may live at any path; `apercu.js` makes them absolute in the
/// browser).
pub fn hreflang_links(page: &Page, site: Option<&SiteUrl>) -> String {
    let base = match site {
        Some(site) => site.as_str().to_owned(),
        None => page.root_prefix(),
    };
    let route = page.route();
    let link = |code: &str, lang: Lang| {
        format!(
            "    <link rel=\"alternate\" hreflang=\"{code}\" href=\"{}{}{route}\" />\n",
            escape(&base),
            lang.prefix()
        )
    };
    Lang::ALL
        .into_iter()
        .map(|l| link(l.code(), l))
        .chain(std::iter::once(link("x-default", Lang::Fr)))
        .collect()
}

/// The `<head>` tags that need the site's address: canonical, `og:url`, the
/// card (`og:image`, its size and text). Empty without an address.
pub fn head_tags(page: &Page, site: Option<&SiteUrl>, card_alt: Option<&str>) -> String {
    let Some(site) = site else {
        return String::new();
    };
    let url = escape(&site.at(&page.dir));
    let mut out = format!(
        concat!(
            "    <link rel=\"canonical\" href=\"{url}\" />\n",
            "    <meta property=\"og:url\" content=\"{url}\" />\n",
        ),
        url = url
    );
    if let Some(alt) = card_alt {
        out.push_str(&format!(
            concat!(
                "    <meta property=\"og:image\" content=\"{img}\" />\n",
                "    <meta property=\"og:image:type\" content=\"image/png\" />\n",
                "    <meta property=\"og:image:width\" content=\"{w}\" />\n",
                "    <meta property=\"og:image:height\" content=\"{h}\" />\n",
                "    <meta property=\"og:image:alt\" content=\"{alt}\" />\n",
                "    <meta name=\"twitter:image:alt\" content=\"{alt}\" />\n",
            ),
            img = escape(&site.at(&card_file(page))),
            w = CARD_WIDTH,
            h = CARD_HEIGHT,
            alt = escape(alt),
        ));
    }
    out
}

/// `sitemap.xml`: every page once, with its alternates in every language
/// (the sitemaps.org protocol with `xhtml:link`, as search engines read it).
pub fn sitemap(pages: &[Page], site: &SiteUrl) -> String {
    let mut out = String::from(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" ",
        "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
    ));
    for page in pages {
        out.push_str(&format!(
            "  <url>\n    <loc>{}</loc>\n",
            xml_escape(&site.at(&page.dir))
        ));
        for lang in Lang::ALL {
            out.push_str(&format!(
                "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\" />\n",
                lang.code(),
                xml_escape(&site.at(&format!("{}{}", lang.prefix(), page.route())))
            ));
        }
        out.push_str(&format!(
            "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\" />\n  </url>\n",
            xml_escape(&site.at(page.route()))
        ));
    }
    out.push_str("</urlset>\n");
    out
}

/// `robots.txt`: everything may be crawled but the offline shells (empty
/// pages the service worker uses), and the sitemap is named. Crawlers read
/// `robots.txt` only at a host's root: under a sub-path, the host copies
/// these lines into its own (`docs/hosting.md`).
pub fn robots(site: &SiteUrl) -> String {
    format!(
        "User-agent: *\nDisallow: {}{}\n\nSitemap: {}\n",
        site.path(),
        crate::offline::DIR,
        site.at("sitemap.xml")
    )
}

/// The overview's JSON-LD: a schema.org `WebSite`, its name and language.
pub fn website_json_ld(lang: Lang, site: Option<&SiteUrl>) -> serde_json::Value {
    let mut v = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": SITE,
        "description": lang.texts().site_subtitle,
        "inLanguage": lang.code(),
    });
    if let Some(site) = site {
        v["url"] = site.at(lang.prefix()).into();
    }
    v
}

/// The about page's JSON-LD: a schema.org `Dataset` describing the
/// snapshot, in the report's own words (title, publisher, licence) and
/// dates. `root` is the way from the page to the site root: the site's
/// address when known, else a relative path (`../`).
pub fn dataset_json_ld(s: &Snapshot, lang: Lang, root: &str) -> serde_json::Value {
    let t = lang.texts();
    let as_of = i18n::format_date(&s.source.as_of, lang);
    let org = serde_json::json!({ "@type": "Organization", "name": s.source.publisher });
    let file = |name: &str, schema: &str, what: &str| {
        serde_json::json!({
            "@type": "DataDownload",
            "name": name,
            "description": what,
            "encodingFormat": "application/json",
            "contentUrl": format!("{root}data/{name}"),
            "schemaVersion": format!("{root}data/{schema}"),
        })
    };
    serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": s.plan.title,
        "description": i18n::fill(t.meta_plan, &[("date", &as_of)]),
        "isBasedOn": s.source.title,
        "license": {
            "@type": "CreativeWork",
            "name": s.source.license,
            "url": LICENSE_URL,
        },
        "creator": org,
        "publisher": org,
        "temporalCoverage": format!("{}/{}", s.plan.period.start, s.plan.period.end),
        "dateModified": s.source.as_of,
        "inLanguage": s.plan.language,
        "url": format!("{root}{}a-propos/", lang.prefix()),
        "distribution": [
            file("plan.json", "plan.schema.json", &s.source.title),
            file("report.json", "report.schema.json", &s.source.title),
        ],
    })
}

/// The page's JSON-LD blocks: the overview's `WebSite`, the about page's
/// `Dataset`; none elsewhere.
pub fn page_json_ld(s: &Snapshot, page: &Page, site: Option<&SiteUrl>) -> String {
    let lang = page.lang();
    let root = site.map_or_else(|| page.root_prefix(), |s| s.as_str().to_owned());
    match page.route() {
        "" => json_ld_script(&website_json_ld(lang, site)),
        "a-propos/" => json_ld_script(&dataset_json_ld(s, lang, &root)),
        _ => String::new(),
    }
}

/// A JSON-LD data block for the `<head>`. Every `<` is written `\u003c`
/// (it can only occur inside a JSON string), so no text of the report can
/// close the script element or open a comment in it.
pub fn json_ld_script(v: &serde_json::Value) -> String {
    let json = serde_json::to_string(v)
        .unwrap_or_default()
        .replace('<', "\\u003c");
    format!("    <script type=\"application/ld+json\">{json}</script>\n")
}

fn xml_escape(s: &str) -> String {
    escape(s).replace('\'', "&apos;")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(dir: &str) -> Page {
        Page {
            dir: dir.into(),
            title: "T".into(),
            description: "D".into(),
            noscript: String::new(),
        }
    }

    #[test]
    fn site_url_is_absolute_and_a_folder() {
        let u = SiteUrl::parse("https://example.org/pgo").unwrap();
        assert_eq!(u.as_str(), "https://example.org/pgo/");
        assert_eq!(u.path(), "/pgo/");
        assert_eq!(
            SiteUrl::parse("http://localhost:8303/").unwrap().path(),
            "/"
        );
        assert_eq!(
            u.at("engagements/3/"),
            "https://example.org/pgo/engagements/3/"
        );
        for bad in [
            "example.org/pgo/",
            "/pgo/",
            "https:///pgo/",
            "https://a.org/x?y",
            "https://a.org/\"x",
            "https://a.org/x y",
        ] {
            assert!(SiteUrl::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn head_tags_only_with_an_address() {
        let p = page("en/engagements/3/");
        assert_eq!(head_tags(&p, None, Some("alt")), "");
        let u = SiteUrl::parse("https://example.org/pgo/").unwrap();
        let tags = head_tags(&p, Some(&u), Some("Engagement « 3 » & co"));
        assert!(tags.contains(
            "<link rel=\"canonical\" href=\"https://example.org/pgo/en/engagements/3/\""
        ));
        assert!(tags.contains(
            "<meta property=\"og:url\" content=\"https://example.org/pgo/en/engagements/3/\""
        ));
        assert!(tags.contains(
            "<meta property=\"og:image\" content=\"https://example.org/pgo/cartes/en/engagements-3.png\""
        ));
        assert!(tags.contains("og:image:alt\" content=\"Engagement « 3 » &amp; co\""));
        assert!(tags.contains("og:image:width\" content=\"1200\""));
        let links = hreflang_links(&p, Some(&u));
        assert!(links.contains("hreflang=\"fr\" href=\"https://example.org/pgo/engagements/3/\""));
        assert!(links
            .contains("hreflang=\"x-default\" href=\"https://example.org/pgo/engagements/3/\""));
        assert!(
            hreflang_links(&p, None).contains("hreflang=\"fr\" href=\"../../../engagements/3/\"")
        );
    }

    #[test]
    fn card_files_are_one_per_page() {
        assert_eq!(card_file(&page("")), "cartes/fr/apercu.png");
        assert_eq!(card_file(&page("en/")), "cartes/en/apercu.png");
        assert_eq!(
            card_file(&page("en/rapport/ch-2/")),
            "cartes/en/rapport-ch-2.png"
        );
    }

    #[test]
    fn sitemap_lists_every_page_once_with_its_alternates() {
        let u = SiteUrl::parse("https://example.org/").unwrap();
        let pages = [
            page(""),
            page("engagements/3/"),
            page("en/"),
            page("en/engagements/3/"),
        ];
        let xml = sitemap(&pages, &u);
        assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset"));
        assert_eq!(xml.matches("<url>").count(), 4);
        for p in &pages {
            let loc = format!("<loc>https://example.org/{}</loc>", p.dir);
            assert_eq!(xml.matches(&loc).count(), 1, "{loc}");
        }
        // Each page names both languages and the default.
        assert_eq!(xml.matches("hreflang=\"en\"").count(), 4);
        assert_eq!(xml.matches("hreflang=\"x-default\"").count(), 4);
        assert!(xml.contains("hreflang=\"en\" href=\"https://example.org/en/engagements/3/\""));
        assert!(xml.ends_with("</urlset>\n"));
        let robots = robots(&SiteUrl::parse("https://example.org/pgo/").unwrap());
        assert!(robots.contains("\nSitemap: https://example.org/pgo/sitemap.xml\n"));
        assert!(robots.contains("Disallow: /pgo/coquilles/"));
    }

    #[test]
    fn dataset_states_the_report_and_its_files() {
        let s = plan_core::fixture::snapshot();
        let v = dataset_json_ld(&s, Lang::En, "../");
        assert_eq!(v["@type"], "Dataset");
        assert_eq!(v["name"], s.plan.title.as_str());
        assert_eq!(v["publisher"]["name"], s.source.publisher.as_str());
        assert_eq!(v["creator"]["name"], s.source.publisher.as_str());
        assert_eq!(v["license"]["name"], s.source.license.as_str());
        assert_eq!(v["license"]["url"], LICENSE_URL);
        assert_eq!(v["dateModified"], s.source.as_of.as_str());
        assert_eq!(
            v["temporalCoverage"],
            format!("{}/{}", s.plan.period.start, s.plan.period.end)
        );
        assert_eq!(v["inLanguage"], "fr");
        let d = v["distribution"].as_array().unwrap();
        assert_eq!(d[0]["contentUrl"], "../data/plan.json");
        assert_eq!(d[0]["schemaVersion"], "../data/plan.schema.json");
        assert_eq!(d[1]["contentUrl"], "../data/report.json");
        let w = website_json_ld(Lang::Fr, None);
        assert_eq!(w["@type"], "WebSite");
        assert_eq!(w["name"], SITE);
        assert_eq!(w["inLanguage"], "fr");
        assert!(w.get("url").is_none());
    }

    #[test]
    fn json_ld_cannot_close_its_script() {
        let v = serde_json::json!({ "name": "</script><script>alert(1)</script><!--" });
        let s = json_ld_script(&v);
        assert_eq!(s.matches("</script>").count(), 1);
        assert_eq!(s.matches('<').count(), 2);
        let inner = &s[s.find('>').unwrap() + 1..s.rfind("</script>").unwrap()];
        let back: serde_json::Value = serde_json::from_str(inner).unwrap();
        assert_eq!(back, v);
    }
}
