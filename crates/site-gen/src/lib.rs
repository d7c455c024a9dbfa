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
//! Everything here is a pure function of the shell HTML and the data; the
//! binary (`main.rs`) does the file I/O.
//!
//! - `pages.rs`: the list of pages and what their `<head>` says;
//! - `body.rs`: their bodies, the app's own components rendered natively;
//! - `shell.rs`: trunk's `index.html` made into each page;
//! - `csp.rs`: each page's policy; `service_worker.rs`: `sw.js`;
//! - `apercu.rs`: the pre-wasm script, its texts and the overview's data;
//! - `not_found.rs`: `404.html`, the app's not-found page for any address;
//! - `cards.rs`: the link cards (PNG), drawn with resvg;
//! - `findable.rs`: with the site's public address, canonical URLs, link
//!   cards' tags, `sitemap.xml`, `robots.txt`; the JSON-LD.

pub mod apercu;
pub mod body;
pub mod cards;
pub mod csp;
pub mod findable;
pub mod not_found;
pub mod offline;
pub mod pages;
pub mod service_worker;
pub mod shell;

pub use body::Renderer;
pub use csp::content_security_policy;
pub use pages::{all_pages, pages, pages_in, Page};
pub use service_worker::{precache, service_worker};
pub use shell::{escape, render, render_findable, Findable};

#[cfg(test)]
mod tests {
    use super::*;
    use base64::Engine;
    use plan_core::report::Report;
    use plan_core::Snapshot;
    use sha2::{Digest, Sha256};

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
        }
    }

    /// The page whole: its body is the app's components rendered from `s`
    /// and `r`.
    fn whole(shell: &str, page: &Page, s: &Snapshot, r: Option<&Report>) -> String {
        let renderer = Renderer::new(s.clone(), Vec::new(), r.cloned());
        render(shell, page, &renderer.body(page)).unwrap()
    }

    #[test]
    fn deep_page_points_every_asset_back_to_the_root() {
        let html = render(SHELL, &page("engagements/3/"), "").unwrap();
        assert!(html.contains(r#"<meta name="app-root" content="../../" />"#));
        assert!(html.contains(r#"href="../../main-abc.css""#));
        assert!(html.contains("'../../app-abc.js'"));
        assert!(html.contains("'../../app-abc_bg.wasm'"));
        assert!(html.contains(r#"href="../../data/plan.json""#));
        assert!(!html.contains("\"./") && !html.contains("'./"));
    }

    #[test]
    fn root_page_keeps_relative_assets() {
        let html = render(SHELL, &page(""), "").unwrap();
        assert!(html.contains(r#"href="./main-abc.css""#));
        assert!(html.contains(r#"content="website""#));
    }

    #[test]
    fn title_and_description_are_escaped_and_replaced() {
        let html = render(SHELL, &page("engagements/3/"), "").unwrap();
        assert!(html.contains("<title>Engagement 3 : « Aide » &amp; &lt;co&gt;</title>"));
        assert!(html.contains(r#"<meta name="description" content="État : Partiel." />"#));
        assert!(html.contains(
            r#"<meta property="og:title" content="Engagement 3 : « Aide » &amp; &lt;co&gt;" />"#
        ));
        assert!(html.contains("<noscript>Engagement 3. JS needed."));
    }

    #[test]
    fn policy_hashes_exactly_the_inline_script_of_the_page() {
        let html = render(SHELL, &page("engagements/3/"), "").unwrap();
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
            crate::csp::inline_scripts(r#"<script src="a.js"></script><script>x()</script>"#),
            vec!["x()"]
        );
    }

    #[test]
    fn service_worker_precaches_shared_files_not_pages_and_versions_by_content() {
        let files = vec![
            ("index.html".to_string(), [1; 32]),
            ("engagements/3/index.html".to_string(), [2; 32]),
            ("app-abc_bg.wasm".to_string(), [3; 32]),
            ("data/plan.json".to_string(), [4; 32]),
            ("sw.js".to_string(), [5; 32]),
        ];
        let sw = service_worker(&files);
        let lists = &sw[sw.find("const SHARED").unwrap()..sw.find("const PREFIX").unwrap()];
        assert!(
            !lists.contains("\"./\"") && !lists.contains("engagements/3/"),
            "pages are cached as visited"
        );
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
        assert!(render(
            "<html><head></head><noscript></noscript></html>",
            &page(""),
            ""
        )
        .is_err());
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
    fn every_page_is_the_app_s_own_rendering_with_links_relative_to_it() {
        let s = plan_core::fixture::snapshot();
        let all = pages(&s, None);
        let overview = whole(SHELL, &all[0], &s, None);
        let body_at = overview.find("<div id=\"apercu\">").expect("a body");
        assert!(
            body_at < overview.find("<noscript>").unwrap(),
            "first in body"
        );
        // Every commitment, as the app's result list draws it.
        for c in &s.commitments {
            let item = format!(
                "<a href=\"./engagements/{}/\" lang=\"fr\" class=\"commitment-title\">{}</a>",
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
        let html = whole(SHELL, deep, &s, None);
        assert!(html.contains("<a href=\"../../institutions/\">Institutions</a>"));
        assert!(html.contains(&format!(
            "<h1 tabindex=\"-1\" lang=\"fr\">{}</h1>",
            escape(&s.commitments[1].title)
        )));
        for page in &all {
            let html = whole(SHELL, page, &s, None);
            let body =
                &html[html.find("<div id=\"apercu\">").unwrap()..html.find("<noscript>").unwrap()];
            if !page.dir.is_empty() {
                assert!(
                    !html.contains("href=\"./"),
                    "{}: a link left relative to the root",
                    page.dir
                );
            }
            assert!(
                !body.contains("~racine~"),
                "{}: the root placeholder",
                page.dir
            );
            // No inline style (the policy forbids them); no hydration markers.
            assert!(!body.contains("style="), "{}", page.dir);
            assert!(!body.contains("<!"), "{}", page.dir);
            // Scripts only at the end of the overview: its search data.
            let before_data = body
                .split("<script type=\"application/json\" id=\"apercu-index\">")
                .next()
                .unwrap();
            assert!(!before_data.contains("<script"), "{}", page.dir);
        }
    }

    #[test]
    fn a_commitment_page_holds_every_action_with_its_results_and_next_steps() {
        let s = plan_core::fixture::snapshot();
        let all = pages(&s, None);
        for c in &s.commitments {
            let page = all
                .iter()
                .find(|p| p.dir == format!("engagements/{}/", c.number))
                .unwrap();
            let html = whole(SHELL, page, &s, None);
            for a in &c.actions {
                for text in [&a.text, &a.results, &a.next_steps] {
                    assert!(html.contains(&escape(text)), "{}: {text}", page.dir);
                }
            }
        }
    }

    #[test]
    fn body_text_is_escaped() {
        let mut s = plan_core::fixture::snapshot();
        s.commitments[0].title = "<img src=x onerror=alert(1)> & \"co\"".into();
        let html = whole(SHELL, &pages(&s, None)[0], &s, None);
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt; &amp;"));
        assert!(!html.contains("<img src=x"));
    }

    #[test]
    fn every_page_runs_the_preview_script_in_its_head_under_the_policy() {
        let s = plan_core::fixture::snapshot();
        for page in pages(&s, None) {
            let html = whole(SHELL, &page, &s, None);
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

    /// The pre-wasm script filters the overview's rows by their position:
    /// the build draws every row, in the snapshot's order (`apercu.js`,
    /// `draw`).
    #[test]
    fn the_overview_draws_every_row_in_the_snapshots_order() {
        let s = plan_core::fixture::snapshot();
        let all = pages(&s, None);
        let overview = whole(SHELL, &all[0], &s, None);
        let numbers: Vec<String> = overview
            .split("<li data-number=\"")
            .skip(1)
            .map(|rest| rest[..rest.find('"').unwrap()].to_owned())
            .collect();
        let expected: Vec<String> = s.commitments.iter().map(|c| c.number.to_string()).collect();
        assert_eq!(numbers, expected);
    }

    #[test]
    fn only_the_overview_carries_the_search_data_and_the_wasm_is_not_preloaded() {
        let s = plan_core::fixture::snapshot();
        let shell = SHELL.replace(
            "</head>",
            "<link rel=\"preload\" href=\"./app-abc_bg.wasm\" as=\"fetch\" type=\"application/wasm\"></head>",
        );
        let all = pages(&s, None);
        let overview = whole(&shell, &all[0], &s, None);
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
                !whole(&shell, page, &s, None).contains("id=\"apercu-index\""),
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
        let toc = whole(SHELL, toc, &s, Some(&r));
        for c in &r.chapters {
            let link = format!(
                "<a href=\"../rapport/{}/\">{}</a>",
                c.id,
                escape(&c.heading())
            );
            assert!(toc.contains(&link), "{link}");
            let page = all
                .iter()
                .find(|p| p.dir == format!("rapport/{}/", c.id))
                .expect("chapter page");
            assert!(page.title.starts_with(&c.heading()));
            assert!(page.description.contains(&c.heading()));
            let html = whole(SHELL, page, &s, Some(&r));
            assert!(html.contains(&format!(
                "<h1 tabindex=\"-1\">{}</h1>",
                escape(&c.heading())
            )));
            // Every text of the chapter is in its page.
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
        // Chapter 1: sub-section anchors, a table, commitment links, the contribution link.
        let intro = all
            .iter()
            .find(|p| p.dir == "rapport/introduction-et-contexte/")
            .unwrap();
        let p = whole(SHELL, intro, &s, Some(&r));
        assert!(p.contains("<h2 id=\"evenements-contributifs\">"));
        assert!(p.contains("href=\"#evenements-contributifs\""));
        assert!(p.contains("<th scope=\"col\">Événement</th>"));
        assert!(p.contains(&format!(
            "href=\"../../engagements/2/\" aria-label=\"Engagement 2 : {}\"",
            escape(&s.commitments[1].title)
        )));
        assert!(p.contains("<strong>la participation citoyenne</strong>"));
        assert!(p.contains("mailto:gouvernement-ouvert@etalab.gouv.fr?subject=Plan%20ouvert"));
        let annexes = all.iter().find(|p| p.dir == "rapport/annexes/").unwrap();
        assert!(whole(SHELL, annexes, &s, Some(&r))
            .contains("href=\"../../institutions/cour-des-comptes/\""));
    }

    #[test]
    fn report_text_is_escaped_in_its_pages() {
        let s = plan_core::fixture::snapshot();
        let mut r = plan_core::report::fixture::report();
        r.chapters[1].title = "<script>alert(1)</script> & co".into();
        let all = pages(&s, Some(&r));
        for p in all.iter().filter(|p| p.dir.starts_with("rapport/")) {
            let html = whole(SHELL, p, &s, Some(&r));
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
    use base64::Engine;
    use plan_core::i18n::Lang;
    use plan_core::report::Report;
    use plan_core::Snapshot;
    use sha2::{Digest, Sha256};

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

    /// The page whole, its body rendered from the fixture plan and report.
    fn whole_en(page: &Page) -> String {
        let (s, r, _) = site();
        let renderer = Renderer::new(s, Vec::new(), Some(r));
        render(SHELL, page, &renderer.body(page)).unwrap()
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
            let html = whole_en(page);
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
        let fr = whole_en(find(&all, "engagements/3/"));
        assert!(fr.contains("hreflang=\"en\" href=\"../../en/engagements/3/\""));
        let en = whole_en(find(&all, "en/engagements/3/"));
        assert!(en.contains("hreflang=\"fr\" href=\"../../../engagements/3/\""));
        assert!(en.contains("og:locale\" content=\"en_GB\""));
        let root = whole_en(find(&all, ""));
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
        let html = whole_en(find(&all, "en/"));
        assert!(html.contains("Plan ouvert needs JavaScript to show the action plan. The data file stays readable: <a href=\"../data/plan.json\">data/plan.json</a>."));
    }

    #[test]
    fn english_pages_find_the_shared_app_at_their_depth() {
        let (_, _, all) = site();
        let html = whole_en(find(&all, "en/engagements/3/"));
        assert!(html.contains(r#"<meta name="app-root" content="../../../" />"#));
        assert!(html.contains(r#"href="../../../main-abc.css""#));
        assert!(html.contains(r#"href="../../../manifest.webmanifest""#));
        assert!(html.contains("'../../../app-abc.js'"));
        assert!(html.contains("'../../../app-abc_bg.wasm'"));
        assert!(html.contains("new URL('../../../data/plan.json'"));
        assert!(!html.contains("\"./") && !html.contains("'./"));
        // The page's links lead to the English pages.
        assert!(html.contains("<a href=\"../../../en/institutions/\">Institutions</a>"));
        assert!(html.contains("<a href=\"../../../en/a-propos/\">About</a>"));
        // The overview is not the current page here (exact, not a prefix).
        assert!(html.contains("<a href=\"../../../en/\" class=\"brand\">"));
        let root = whole_en(find(&all, "en/"));
        assert!(root.contains(r#"<meta name="app-root" content="../" />"#));
        assert!(
            root.contains("href=\"../en/engagements/1/\" lang=\"fr\" class=\"commitment-title\"")
        );
    }

    #[test]
    fn every_english_page_has_the_policy_of_its_own_scripts() {
        let (_, _, all) = site();
        for page in all.iter().filter(|p| p.lang() == Lang::En) {
            let html = whole_en(page);
            let csp_at = html.find("Content-Security-Policy").unwrap();
            assert!(csp_at < html.find("<script").unwrap());
            let csp = content_security_policy(&html);
            let scripts = crate::csp::inline_scripts(&html);
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
            let html = whole_en(page);
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
        let en = |dir: &str| whole_en(find(&all, dir));
        let overview = en("en/");
        for c in &s.commitments {
            assert!(overview.contains(&format!(
                "lang=\"fr\" class=\"commitment-title\">{}</a>",
                escape(&c.title)
            )));
            let label = &plan_core::lookup::status_def(&s, c.status)
                .unwrap()
                .label_en;
            assert!(overview.contains(&format!("</span>{}</span>", escape(label))));
        }
        assert!(overview.contains(&format!(
            "<p lang=\"fr\" class=\"lede\">{}</p>",
            escape(&s.plan.title)
        )));
        assert!(overview.contains(">Filters</button>"));
        assert!(overview.contains("<legend>Commitment status</legend>"));
        assert!(overview.contains("Show the data"));
        assert!(overview.contains("<span lang=\"fr\" class=\"facet-label\">"));
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
            let html = whole_en(page);
            // The switch to French is French, and says so (`lang="fr"`).
            let at = html
                .find("hreflang=\"fr\" lang=\"fr\"")
                .expect("the switch");
            let start = html[..at].rfind("<a ").unwrap();
            let end = at + html[at..].find("</a>").unwrap();
            let html = format!("{}{}", &html[..start], &html[end..]);
            // The app's English dictionary is data for the wasm, not text.
            let html = html.replace(&apercu::dictionary_html(Lang::En), "");
            for ((key, f), (_, e)) in fr.entries().into_iter().zip(english.entries()) {
                let f = f.split('{').next().unwrap_or_default().trim();
                let e = e.split('{').next().unwrap_or_default().trim();
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
        assert!(page.contains(&format!(
            "<h1 tabindex=\"-1\" lang=\"fr\">{}</h1>",
            escape(&c.title)
        )));
        assert!(page.contains(&format!("<p class=\"kicker\">Commitment {}</p>", c.number)));
        let toc = en("en/rapport/");
        assert!(toc.contains("<main id=\"contenu\" tabindex=\"-1\"><p class=\"report-language-note\">The report exists in French only.</p>"));
        for ch in &r.chapters {
            let page = en(&format!("en/rapport/{}/", ch.id));
            assert!(page.contains("Contribute / report an error"));
            // The mail it opens is English too ("report," percent-encoded).
            assert!(page.contains("subject=Plan%20ouvert%20%E2%80%94%20report%2C%20"));
        }
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
    fn the_worker_precaches_shared_files_and_each_language_s_shells_apart() {
        let files = [
            "index.html",
            "engagements/3/index.html",
            "en/index.html",
            "en/engagements/3/index.html",
            "coquilles/fr-2.html",
            "coquilles/fr-0.html",
            "coquilles/en-3.html",
            "coquilles/en-1.html",
            "app-abc_bg.wasm",
            "app-abc.js",
            "main-abc.css",
            "data/plan.json",
            "icon.svg",
            "manifest.webmanifest",
            // For crawlers, link previews and the server: never precached.
            "sitemap.xml",
            "robots.txt",
            "cartes/fr/apercu.png",
            "cartes/en/engagements-3.png",
            "404.html",
        ];
        let (shared, shells) = precache(&files);
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
            shells[0],
            (
                Lang::Fr,
                vec![
                    "coquilles/fr-0.html".to_owned(),
                    "coquilles/fr-2.html".to_owned()
                ]
            )
        );
        assert_eq!(
            shells[1],
            (
                Lang::En,
                vec![
                    "coquilles/en-1.html".to_owned(),
                    "coquilles/en-3.html".to_owned()
                ]
            )
        );
        let digests: Vec<(String, [u8; 32])> =
            files.iter().map(|f| (f.to_string(), [7; 32])).collect();
        let sw = service_worker(&digests);
        assert!(sw.contains("const SHELLS = {\n\"fr\": [\n  \"coquilles/fr-0.html\",\n  \"coquilles/fr-2.html\"\n],"), "{sw}");
        assert!(sw.contains("const SHARED = [\n  \"app-abc.js\","));
        let shared_part = &sw[sw.find("const SHARED").unwrap()..sw.find("const SHELLS").unwrap()];
        assert!(!shared_part.contains("index.html") && !shared_part.contains("coquilles/"));
        assert!(sw.contains("includeUncontrolled: true"));
        assert!(!sw.contains("__"));
    }

    #[test]
    fn a_shell_for_each_language_and_depth_finds_the_app_from_there() {
        let shells = offline::shells();
        let names: Vec<&str> = shells.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(
            names,
            [
                "coquilles/fr-0.html",
                "coquilles/fr-1.html",
                "coquilles/fr-2.html",
                "coquilles/en-1.html",
                "coquilles/en-2.html",
                "coquilles/en-3.html"
            ]
        );
        for (file, page) in &shells {
            let (lang, depth) = offline::shell_of(file).unwrap();
            assert_eq!((page.lang(), page.depth()), (lang, depth), "{file}");
            let html = render(SHELL, page, "").unwrap();
            assert!(!html.contains("id=\"apercu\""), "{file}: no build's page");
            let up = page.root_prefix();
            assert!(
                html.contains(&format!("<meta name=\"app-root\" content=\"{up}\" />")),
                "{file}"
            );
        }
    }
}
