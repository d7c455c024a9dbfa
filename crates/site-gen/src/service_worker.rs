//! The service worker (`src/sw.js`) with its version and precache lists.

use plan_core::i18n::Lang;
use sha2::{Digest, Sha256};

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

