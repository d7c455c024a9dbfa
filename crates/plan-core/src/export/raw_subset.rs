//! The JSON download cut from the snapshot file's own text.
//!
//! The app could re-serialise a reduced [`Snapshot`], but that needs serde's
//! `Serialize` for the whole model in the wasm (~50 KB before optimisation)
//! for one button. Instead the download is the file the app loaded, with the
//! `commitments` and `institutions` arrays reduced to the kept items: each
//! kept item is the file's bytes, unchanged, so the download quotes the
//! snapshot exactly. Kept commitments are put in number order, as the loader
//! sorts them.

use std::collections::BTreeSet;
use std::ops::Range;

use serde::Deserialize;

use crate::json_text::{scalar_end, string_end};
use crate::model::Snapshot;

/// The spans of one top-level array: its brackets and its items.
struct ArraySpan {
    /// Byte offset of `[`.
    open: usize,
    /// Byte offset of `]`.
    close: usize,
    items: Vec<Range<usize>>,
}

/// `raw` (the text `s` was loaded from) reduced to the commitments at
/// `shown` and the institutions they refer to; `None` when `shown` selects
/// nothing or `raw` is not the text of `s`.
pub(super) fn subset_json(raw: &str, s: &Snapshot, shown: &[usize]) -> Option<String> {
    let raw = raw.strip_prefix('\u{FEFF}').unwrap_or(raw);
    let numbers: BTreeSet<u32> = shown
        .iter()
        .filter_map(|&i| s.commitments.get(i))
        .map(|c| c.number)
        .collect();
    if numbers.is_empty() {
        return None;
    }
    let used: BTreeSet<&str> = s
        .commitments
        .iter()
        .filter(|c| numbers.contains(&c.number))
        .flat_map(crate::lookup::involved_institutions)
        .collect();

    #[derive(Deserialize)]
    struct Number {
        number: u32,
    }
    #[derive(Deserialize)]
    struct Id {
        id: String,
    }
    let commitments = top_level_array(raw, "commitments")?;
    let mut kept_commitments: Vec<(u32, Range<usize>)> = Vec::new();
    for item in &commitments.items {
        let n = serde_json::from_str::<Number>(&raw[item.clone()])
            .ok()?
            .number;
        if numbers.contains(&n) {
            kept_commitments.push((n, item.clone()));
        }
    }
    kept_commitments.sort_by_key(|(n, _)| *n);
    let institutions = top_level_array(raw, "institutions")?;
    let mut kept_institutions = Vec::new();
    for item in &institutions.items {
        let id = serde_json::from_str::<Id>(&raw[item.clone()]).ok()?.id;
        if used.contains(id.as_str()) {
            kept_institutions.push(item.clone());
        }
    }

    // Replace the two arrays, the later one first so offsets stay right.
    let mut cuts = [
        (
            commitments,
            kept_commitments.into_iter().map(|(_, r)| r).collect(),
        ),
        (institutions, kept_institutions),
    ];
    cuts.sort_by_key(|(a, _)| std::cmp::Reverse(a.open));
    let mut out = raw.to_owned();
    for (array, kept) in cuts {
        out.replace_range(array.open..=array.close, &rebuild(raw, &array, &kept));
    }
    Some(out)
}

/// The array with only `kept`, laid out as in the file: the same white space
/// after `[`, between items and before `]`.
fn rebuild(raw: &str, array: &ArraySpan, kept: &[Range<usize>]) -> String {
    let (Some(first), Some(last)) = (array.items.first(), array.items.last()) else {
        return "[]".to_owned();
    };
    if kept.is_empty() {
        return "[]".to_owned();
    }
    let lead = &raw[array.open + 1..first.start];
    let trail = &raw[last.end..array.close];
    let sep = match array.items.get(1) {
        Some(second) => &raw[first.end..second.start],
        None => ",",
    };
    let items: Vec<&str> = kept.iter().map(|r| &raw[r.clone()]).collect();
    format!("[{lead}{}{trail}]", items.join(sep))
}

/// The array at top-level key `key` of the JSON object `raw`. `raw` is known
/// to be valid JSON (it loaded), so the walk only tracks strings and depth.
fn top_level_array(raw: &str, key: &str) -> Option<ArraySpan> {
    let b = raw.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    // The key just read at depth 1, until its value starts.
    let mut pending_key: Option<Range<usize>> = None;
    let mut found: Option<ArraySpan> = None;
    while i < b.len() {
        match b[i] {
            b'"' => {
                let span = i..string_end(b, i);
                i = span.end - 1;
                if depth == 1 {
                    pending_key = Some(span);
                } else if let Some(a) = found.as_mut().filter(|_| depth == 2) {
                    a.items.push(span);
                }
            }
            b':' => {}
            b'[' | b'{' => {
                if depth == 1 && b[i] == b'[' {
                    let is_key = pending_key
                        .take()
                        .and_then(|k| serde_json::from_str::<String>(&raw[k]).ok())
                        .is_some_and(|k| k == key);
                    if is_key {
                        found = Some(ArraySpan {
                            open: i,
                            close: i,
                            items: Vec::new(),
                        });
                    }
                } else if depth == 2 {
                    if let Some(a) = found.as_mut() {
                        a.items.push(i..i);
                    }
                }
                depth += 1;
            }
            b']' | b'}' => {
                depth = depth.saturating_sub(1);
                if let Some(a) = found.as_mut() {
                    if depth == 2 {
                        if let Some(last) = a.items.last_mut() {
                            last.end = i + 1;
                        }
                    } else if depth == 1 && a.close == a.open {
                        a.close = i;
                        return found;
                    }
                }
            }
            b',' | b' ' | b'\t' | b'\n' | b'\r' => {
                if depth == 1 {
                    pending_key = if b[i] == b',' { None } else { pending_key };
                }
            }
            _ => {
                // A number, true, false or null.
                let span = i..scalar_end(b, i);
                i = span.end - 1;
                if depth == 2 {
                    if let Some(a) = found.as_mut() {
                        a.items.push(span);
                    }
                }
            }
        }
        i += 1;
    }
    None
}
