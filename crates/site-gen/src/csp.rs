//! Each page's Content-Security-Policy, hashing exactly its inline scripts.

use base64::Engine;
use sha2::{Digest, Sha256};

/// The policy for a page: scripts only from this origin or, inline, by hash;
/// data only from this origin. `'wasm-unsafe-eval'` lets the browser compile
/// the app's WebAssembly. No inline style: the pages' HTML carries no `style`
/// attribute (the app's components draw none), and styles the app sets
/// through the DOM (CSSOM) are not governed by `style-src`.
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
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {}; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'",
        hashes.join(" ")
    )
    .replace("  ", " ")
}

/// Bodies of the `<script>` elements that have no `src`.
pub(crate) fn inline_scripts(html: &str) -> Vec<&str> {
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
