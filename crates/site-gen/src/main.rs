//! `site-gen [--site-url URL] <site-dir>`: writes a page per route into a
//! built site (trunk's staging directory in the post-build hook, or `dist/`).
//! With the site's public address (`--site-url`, or `PLAN_OUVERT_SITE_URL`
//! from `scripts/build.sh --site-url`), also the canonical URLs, link cards,
//! `sitemap.xml` and `robots.txt` (`findable.rs`). It can run again on a
//! built site: it keeps trunk's fresh shell in `.site-gen/`.
//!
//! Exit codes: 0 done, 1 the site or its snapshot could not be read or written,
//! 2 bad arguments.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use site_gen::findable::{self, SiteUrl};

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    // `--sw-only`: after replacing data/plan.json in a built site, write a new
    // service worker so visitors get the update (pages are left as they are).
    let sw_only = args.first().is_some_and(|a| a == "--sw-only");
    if sw_only {
        args.remove(0);
    }
    // `--site-url URL` (or PLAN_OUVERT_SITE_URL): the site's public address.
    let mut site = match SiteUrl::from_env() {
        Ok(site) => site,
        Err(e) => {
            eprintln!("error: {}: {e}", findable::ENV);
            return ExitCode::from(2);
        }
    };
    if let Some(i) = args.iter().position(|a| a == "--site-url") {
        let Some(url) = args.get(i + 1) else {
            eprintln!("usage: site-gen [--site-url URL] <site-dir>");
            return ExitCode::from(2);
        };
        match SiteUrl::parse(url) {
            Ok(url) => site = Some(url),
            Err(e) => {
                eprintln!("error: --site-url: {e}");
                return ExitCode::from(2);
            }
        }
        args.drain(i..i + 2);
    }
    let dir = match args.as_slice() {
        [dir] => PathBuf::from(dir),
        [] => match std::env::var("TRUNK_STAGING_DIR") {
            Ok(dir) => PathBuf::from(dir),
            Err(_) => {
                eprintln!(
                    "usage: site-gen [--site-url URL] <site-dir>   (or set TRUNK_STAGING_DIR)"
                );
                return ExitCode::from(2);
            }
        },
        _ => {
            eprintln!("usage: site-gen [--site-url URL] <site-dir>");
            return ExitCode::from(2);
        }
    };
    let result = if sw_only {
        write_service_worker(&dir).map(|()| None)
    } else {
        run(&dir, site.as_ref()).map(Some)
    };
    match result {
        Ok(pages) => {
            let pages = pages.map_or(String::new(), |n| format!("{n} pages and "));
            eprintln!("site-gen: wrote {pages}sw.js in {}", dir.display());
            if !sw_only && site.is_none() {
                eprintln!("{}", findable::MISSING_NOTE);
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}

/// Where site-gen keeps trunk's fresh shell in the site, so that it can be
/// run again on a built site (another `--site-url`, a copy of `dist/`).
/// A hidden folder: the service worker's list skips it.
const SAVED_SHELL: &str = ".site-gen/shell.html";

fn write(dir: &Path, rel: &str, bytes: &[u8]) -> Result<(), String> {
    let path = dir.join(rel);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|e| format!("creating {}: {e}", parent.display()))?;
    }
    std::fs::write(&path, bytes).map_err(|e| format!("writing {}: {e}", path.display()))
}

fn run(dir: &Path, site: Option<&SiteUrl>) -> Result<usize, String> {
    let read = |rel: &str| {
        std::fs::read(dir.join(rel))
            .map_err(|e| format!("reading {}: {e}", dir.join(rel).display()))
    };
    // A page site-gen wrote has its policy; trunk's shell has none.
    let fresh = |html: &str| {
        html.contains("<meta name=\"app-root\" content=\"./\"")
            && !html.contains("http-equiv=\"Content-Security-Policy\"")
    };
    let index = String::from_utf8(read("index.html")?)
        .map_err(|_| "index.html is not UTF-8".to_string())?;
    let shell = if fresh(&index) {
        write(dir, SAVED_SHELL, index.as_bytes())?;
        index
    } else {
        match read(SAVED_SHELL).map(String::from_utf8) {
            Ok(Ok(saved)) if fresh(&saved) => saved,
            _ => {
                return Err(format!(
                    "{}: not a fresh trunk shell (no <meta name=\"app-root\" content=\"./\">) and no {SAVED_SHELL}; was site-gen already run on it?",
                    dir.join("index.html").display()
                ))
            }
        }
    };
    let raw = read("data/plan.json")?;
    let snapshot =
        plan_core::load::load_snapshot(&raw).map_err(|e| format!("data/plan.json: {e}"))?;
    // The report's own text: its pages, when the site publishes it.
    let report = match read("data/report.json") {
        Ok(bytes) => {
            let report = plan_core::report::load_report(&bytes)
                .map_err(|e| format!("data/report.json: {e}"))?;
            plan_core::report::check_against_plan(&report, &snapshot)
                .map_err(|e| format!("data/report.json: {e}"))?;
            Some(report)
        }
        Err(_) if !dir.join("data/report.json").exists() => None,
        Err(e) => return Err(e),
    };
    let pages = site_gen::all_pages(&snapshot, report.as_ref());
    let renderer = site_gen::Renderer::new(snapshot, raw, report);
    // The link cards, with a public address only: og:image must be
    // absolute, so without one no page could name its card.
    let cards = match site {
        Some(_) => write_cards(dir, renderer.snapshot(), renderer.report(), &pages)?,
        None => {
            let _ = std::fs::remove_dir_all(dir.join(findable::CARDS_DIR));
            std::collections::HashMap::new()
        }
    };
    for page in &pages {
        let findable = site_gen::Findable {
            site,
            card_alt: cards.get(&findable::card_file(page)).cloned(),
            json_ld: site_gen::findable::page_json_ld(renderer.snapshot(), page, site),
        };
        let html = site_gen::render_findable(&shell, page, &renderer.body(page), &findable)
            .map_err(|e| format!("index.html: {e}"))?;
        write(dir, &page.file(), html.as_bytes())?;
    }
    // What the service worker answers offline for a page never visited.
    for (file, page) in site_gen::offline::shells() {
        let html = site_gen::render(&shell, &page, "").map_err(|e| format!("index.html: {e}"))?;
        write(dir, &file, html.as_bytes())?;
    }
    // What static hosts serve for an unknown address.
    write(
        dir,
        "404.html",
        site_gen::not_found::page(&shell, &renderer, site).as_bytes(),
    )?;
    // With the public address: the sitemap and robots.txt naming it. Without
    // it, none (and none left from an earlier run on this folder).
    for (file, text) in [
        ("sitemap.xml", site.map(|s| findable::sitemap(&pages, s))),
        ("robots.txt", site.map(findable::robots)),
    ] {
        match text {
            Some(text) => write(dir, file, text.as_bytes())?,
            None => {
                let _ = std::fs::remove_file(dir.join(file));
            }
        }
    }
    write_service_worker(dir)?;
    Ok(pages.len())
}

/// Draws every card (`cards.rs`) into the site; returns each card's text
/// (`og:image:alt`) by its file. Fails if the font lacks a character.
fn write_cards(
    dir: &Path,
    snapshot: &plan_core::Snapshot,
    report: Option<&plan_core::report::Report>,
    pages: &[site_gen::Page],
) -> Result<std::collections::HashMap<String, String>, String> {
    use site_gen::cards;
    let _ = std::fs::remove_dir_all(dir.join(findable::CARDS_DIR));
    let all = cards::cards(snapshot, report, pages);
    for card in &all {
        let missing = cards::missing_glyphs(&card.svg);
        if !missing.is_empty() {
            return Err(format!(
                "{}: the cards' font (DejaVu Sans) has no glyph for {missing:?}",
                card.file
            ));
        }
    }
    // Drawn on every core: each card is independent.
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = all.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let jobs: Vec<_> = all
            .chunks(chunk)
            .map(|cards| {
                scope.spawn(move || {
                    let painter = cards::Painter::new();
                    cards
                        .iter()
                        .try_for_each(|card| write(dir, &card.file, &painter.png(card)?))
                })
            })
            .collect();
        jobs.into_iter().try_for_each(|j| {
            j.join()
                .map_err(|_| "a card's drawing panicked".to_string())?
        })
    })?;
    Ok(all.into_iter().map(|c| (c.file, c.alt)).collect())
}

/// Writes `sw.js` from every file now in the site.
fn write_service_worker(dir: &Path) -> Result<(), String> {
    use sha2::{Digest, Sha256};
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries = std::fs::read_dir(&d).map_err(|e| format!("reading {}: {e}", d.display()))?;
        for entry in entries {
            let path = entry.map_err(|e| e.to_string())?.path();
            let rel = path.strip_prefix(dir).map_err(|e| e.to_string())?;
            let rel = rel.to_string_lossy().replace('\\', "/");
            if rel.starts_with('.') {
                continue; // trunk's staging leftovers and hidden files
            }
            if path.is_dir() {
                stack.push(path);
            } else {
                let bytes =
                    std::fs::read(&path).map_err(|e| format!("reading {}: {e}", path.display()))?;
                files.push((rel, Sha256::digest(&bytes).into()));
            }
        }
    }
    let sw = site_gen::service_worker(&files);
    std::fs::write(dir.join("sw.js"), sw).map_err(|e| format!("writing sw.js: {e}"))
}
