//! The service worker (`src/sw.js`) with its version and precache lists.

use plan_core::i18n::Lang;
use sha2::{Digest, Sha256};

/// The service worker for a built site: the template with its version and
/// precache lists filled in. `files` are the site's files relative to its
/// root with their contents' digest. The worker precaches the shared files
/// and the reader's language's page shells ([`precache`]), not the pages:
/// a page is cached when visited, and one never visited opens offline from
/// its shell (the app draws it). The version is a digest of every file, so
/// any change (new code or a new snapshot) makes a new worker and a new cache.
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
    let (shared, shells) = precache(&paths);
    let list = |urls: &[String]| {
        let quoted: Vec<String> = urls
            .iter()
            .map(|u| format!("\"{}\"", u.replace('\\', "\\\\").replace('"', "\\\"")))
            .collect();
        format!("[\n  {}\n]", quoted.join(",\n  "))
    };
    let shells: Vec<String> = shells
        .iter()
        .map(|(lang, urls)| format!("\"{}\": {}", lang.code(), list(urls)))
        .collect();
    SW_TEMPLATE
        .replace("__VERSION__", &version)
        .replace("__SHARED__", &list(&shared))
        .replace("__SHELLS__", &format!("{{\n{}\n}}", shells.join(",\n")))
}

/// The worker's precache lists from the site's files: the shared files
/// (every file that is neither a page nor a shell: wasm, js, css, data,
/// icons, manifest) and each language's shells (`crate::offline`), in
/// order of depth. Pages are not precached, nor what only crawlers, link
/// previews and unknown addresses fetch ([`for_others`]).
pub fn precache(files: &[&str]) -> (Vec<String>, Vec<(Lang, Vec<String>)>) {
    let mut shared = Vec::new();
    let mut shells: Vec<(Lang, Vec<String>)> = Lang::ALL.iter().map(|&l| (l, Vec::new())).collect();
    for &p in files {
        if for_others(p) {
            continue;
        }
        if let Some((lang, _)) = crate::offline::shell_of(p) {
            if let Some((_, list)) = shells.iter_mut().find(|(l, _)| *l == lang) {
                list.push(p.to_owned());
            }
            continue;
        }
        match p.strip_suffix("index.html") {
            Some(dir) if dir.is_empty() || dir.ends_with('/') => {}
            _ => shared.push(p.to_owned()),
        }
    }
    for (_, list) in &mut shells {
        list.sort_by_key(|p| crate::offline::shell_of(p).map(|(_, d)| d));
    }
    (shared, shells)
}

/// Files the site serves to others than its readers' app: `sitemap.xml`
/// and `robots.txt` (crawlers), the link cards (`findable::CARDS_DIR`, link
/// previews) and the page for unknown addresses (`404.html`, the server's).
pub fn for_others(path: &str) -> bool {
    matches!(path, "sitemap.xml" | "robots.txt")
        || path.starts_with(crate::findable::CARDS_DIR)
        || path == "404.html"
        || path.ends_with("/404.html")
}

const SW_TEMPLATE: &str = include_str!("sw.js");
