//! `site-gen <site-dir>`: writes a page per route into a built site (trunk's
//! staging directory in the post-build hook, or `dist/`).
//!
//! Exit codes: 0 done, 1 the site or its snapshot could not be read or written,
//! 2 bad arguments.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = match args.as_slice() {
        [dir] => PathBuf::from(dir),
        [] => match std::env::var("TRUNK_STAGING_DIR") {
            Ok(dir) => PathBuf::from(dir),
            Err(_) => {
                eprintln!("usage: site-gen <site-dir>   (or set TRUNK_STAGING_DIR)");
                return ExitCode::from(2);
            }
        },
        _ => {
            eprintln!("usage: site-gen <site-dir>");
            return ExitCode::from(2);
        }
    };
    match run(&dir) {
        Ok(n) => {
            eprintln!("site-gen: wrote {n} pages in {}", dir.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}

fn run(dir: &Path) -> Result<usize, String> {
    let read = |rel: &str| {
        std::fs::read(dir.join(rel)).map_err(|e| format!("reading {}: {e}", dir.join(rel).display()))
    };
    let shell = String::from_utf8(read("index.html")?).map_err(|_| "index.html is not UTF-8".to_string())?;
    if !shell.contains("<meta name=\"app-root\" content=\"./\"") {
        return Err(format!(
            "{}: not a fresh trunk shell (no <meta name=\"app-root\" content=\"./\">); was site-gen already run on it?",
            dir.join("index.html").display()
        ));
    }
    let snapshot = plan_core::load::load_snapshot(&read("data/plan.json")?)
        .map_err(|e| format!("data/plan.json: {e}"))?;
    let pages = site_gen::pages(&snapshot);
    for page in &pages {
        let html = site_gen::render(&shell, page).map_err(|e| format!("index.html: {e}"))?;
        let path = dir.join(page.file());
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("creating {}: {e}", parent.display()))?;
        }
        std::fs::write(&path, html).map_err(|e| format!("writing {}: {e}", path.display()))?;
    }
    Ok(pages.len())
}
