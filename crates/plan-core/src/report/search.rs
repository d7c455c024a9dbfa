//! Search in the report's chapters, with the commitments' rules: the same
//! folding ([`crate::fold`]) and terms ([`Query`]); a section matches when
//! every term is in its heading or in one of its own blocks (its
//! sub-sections are results of their own).

use crate::fold::fold;
use crate::search::{highlight_query, Query, Segment};

use super::{block_texts, walk, Report, Section};

/// Characters of context kept before the first match of an excerpt.
const EXCERPT_BEFORE: usize = 60;
/// Characters kept from the first match on.
const EXCERPT_AFTER: usize = 140;

/// Where a search found its terms: one section of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportHit {
    /// Id of the chapter (the page).
    pub chapter: String,
    /// The chapter's heading as printed (`2. Processus…`).
    pub chapter_heading: String,
    /// Id of the section (the anchor); the chapter's own id for its opening text.
    pub section: String,
    /// The section's heading as printed, the terms marked.
    pub heading: Vec<Segment>,
    /// An excerpt of the block holding most terms, the terms marked; empty
    /// when only the heading matched.
    pub excerpt: Vec<Segment>,
    /// The app path of the section: `/rapport/<chapter>/#<section>`.
    pub path: String,
}

/// The report's text folded once, so a keystroke only scans it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReportIndex {
    parts: Vec<Part>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Part {
    chapter: String,
    chapter_heading: String,
    section: String,
    heading: String,
    /// The blocks' plain text (the heading not included).
    texts: Vec<String>,
    /// Folded heading, then folded texts.
    folded: Vec<String>,
}

impl ReportIndex {
    /// Every section of the report, in report order.
    pub fn new(report: &Report) -> ReportIndex {
        let mut parts = Vec::new();
        for chapter in &report.chapters {
            walk(std::slice::from_ref(chapter), &mut |s: &Section| {
                let mut texts = Vec::new();
                for b in &s.blocks {
                    block_texts(b, &mut |t| texts.push(t));
                }
                let heading = s.heading();
                let folded = std::iter::once(&heading)
                    .chain(&texts)
                    .map(|t| fold(t))
                    .collect();
                parts.push(Part {
                    chapter: chapter.id.clone(),
                    chapter_heading: chapter.heading(),
                    section: s.id.clone(),
                    heading,
                    texts,
                    folded,
                });
            });
        }
        ReportIndex { parts }
    }

    /// The sections holding every term of `query`, in report order; none for
    /// an empty query.
    pub fn search(&self, query: &Query) -> Vec<ReportHit> {
        if query.is_empty() {
            return Vec::new();
        }
        let terms = query.terms();
        self.parts
            .iter()
            .filter(|p| {
                terms
                    .iter()
                    .all(|t| p.folded.iter().any(|f| f.contains(t.as_str())))
            })
            .map(|p| {
                // The block with the most terms (the first of them on a tie).
                let best = p
                    .folded
                    .iter()
                    .skip(1)
                    .enumerate()
                    .map(|(i, f)| (terms.iter().filter(|t| f.contains(t.as_str())).count(), i))
                    .filter(|(n, _)| *n > 0)
                    .max_by_key(|&(n, i)| (n, std::cmp::Reverse(i)))
                    .map(|(_, i)| i);
                ReportHit {
                    chapter: p.chapter.clone(),
                    chapter_heading: p.chapter_heading.clone(),
                    section: p.section.clone(),
                    heading: highlight_query(&p.heading, query),
                    excerpt: best.map_or_else(Vec::new, |i| excerpt(&p.texts[i], query)),
                    path: section_path(&p.chapter, &p.section),
                }
            })
            .collect()
    }
}

/// [`ReportIndex::search`] on a report indexed for this one search.
pub fn search(report: &Report, query: &Query) -> Vec<ReportHit> {
    ReportIndex::new(report).search(query)
}

/// The app path of a section: its chapter's page, with the section's anchor
/// unless it is the chapter itself (`/rapport/<chapter>/#<section>`).
pub fn section_path(chapter: &str, section: &str) -> String {
    if chapter == section {
        format!("/rapport/{chapter}/")
    } else {
        format!("/rapport/{chapter}/#{section}")
    }
}

/// `text` around its first match, cut at spaces, with "…" where it was cut,
/// the terms marked. A table row's cells (tab-separated) are joined by " · ".
pub fn excerpt(text: &str, query: &Query) -> Vec<Segment> {
    let text = text.replace('\t', " · ").replace(['\n', '\r'], " ");
    let first = highlight_query(&text, query)
        .iter()
        .take_while(|s| !s.is_match)
        .map(|s| s.text.len())
        .sum::<usize>()
        .min(text.len());
    let start = text[..first]
        .char_indices()
        .rev()
        .nth(EXCERPT_BEFORE.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    let start = if start == 0 {
        0
    } else {
        text[start..first]
            .find(' ')
            .map_or(start, |i| start + i + 1)
    };
    let end = text[first..]
        .char_indices()
        .nth(EXCERPT_AFTER)
        .map_or(text.len(), |(i, _)| first + i);
    let end = if end == text.len() {
        end
    } else {
        text[..end].rfind(' ').filter(|&i| i > first).unwrap_or(end)
    };
    let cut = format!(
        "{}{}{}",
        if start > 0 { "…" } else { "" },
        text[start..end].trim(),
        if end < text.len() { "…" } else { "" }
    );
    highlight_query(&cut, query)
}
