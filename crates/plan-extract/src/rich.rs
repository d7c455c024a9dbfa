//! Rich text: the report's markdown-like prose read into [`plan_core::Block`]s.
//!
//! What the report uses, and how it is read:
//! - blank lines separate blocks; consecutive text lines form one paragraph;
//! - `- ` starts a list item, ` - ` (indented) a nested item; a text line right
//!   after an item, without a blank line, continues that item (markdown's lazy
//!   continuation, line 1046);
//! - `**strong**` becomes [`Inline::Strong`]; a `**` without its pair stays text
//!   (line 765 ends with one);
//! - `[text](target)` becomes [`Inline::Link`] with the text only, the target
//!   is dropped (the report's targets are `#`, once a URL, line 474);
//! - a backslash before ASCII punctuation is a markdown escape: `\(` is
//!   printed `(` (line 75, in the book's opening text);
//! - `*emphasis*` (lines 608, 799) has no place in the format: the markers are
//!   dropped and the words kept as plain text;
//! - a line with tabs (a small table inside a story, lines 862-864) becomes one
//!   paragraph per line, its cells separated by one space;
//! - a paragraph printed twice in a row (lines 437 and 439) is kept once;
//! - a paragraph that is only the link `[En savoir plus](#)` is navigation to
//!   the plan's full text, which this format cannot follow: it is dropped;
//! - a line listed as a page-break continuation in `corrections.toml` is joined
//!   to the block before the break (line 1045).

use plan_core::{Block, Inline, ListItem, RichText};

use crate::error::{Error, Result};
use crate::report::Line;
use crate::text;

/// A navigation link with no place in the snapshot (see the module doc).
const NAVIGATION: &str = "[En savoir plus](#)";

/// A list item as printed, before inline markup is read.
#[derive(Debug)]
pub(crate) struct RawItem {
    /// Line of the item's marker.
    pub no: usize,
    pub text: String,
    pub children: Vec<RawItem>,
}

/// A block of prose as printed, before inline markup is read: the part of
/// this module shared by the snapshot (commitments) and the report chapters.
#[derive(Debug)]
pub(crate) enum RawBlock {
    Para {
        /// First line of the paragraph.
        no: usize,
        text: String,
    },
    /// A line with tabs. It never takes a following line; the snapshot reads
    /// it as a paragraph (commitment 14's story), the chapters as a table row.
    TableLine {
        no: usize,
        text: String,
    },
    List(Vec<RawItem>),
}

/// Where the previous non-blank line went, for lazy continuations.
#[derive(Clone, Copy, PartialEq)]
enum Last {
    None,
    Para,
    Item,
    Nested,
}

fn push_text(target: &mut String, s: &str) {
    if !target.is_empty() {
        target.push(' ');
    }
    target.push_str(s);
}

/// The item a continuation line belongs to: the last top-level item, or its
/// last nested item.
fn last_item(blocks: &mut [RawBlock], nested: bool) -> Option<&mut RawItem> {
    let Some(RawBlock::List(items)) = blocks.last_mut() else {
        return None;
    };
    let item = items.last_mut()?;
    if nested {
        item.children.last_mut()
    } else {
        Some(item)
    }
}

/// Reads lines of prose into rich text. `is_continuation(n)` says whether line
/// `n` continues the block printed before a page break.
pub fn parse(lines: &[Line<'_>], is_continuation: impl Fn(usize) -> bool) -> Result<RichText> {
    let blocks = raw_blocks(lines, is_continuation)?;
    let mut out: RichText = Vec::new();
    let mut previous_para: Option<String> = None;
    for b in blocks {
        match b {
            RawBlock::Para { text, .. } | RawBlock::TableLine { text, .. } => {
                let norm = text::collapse(&text);
                if norm == NAVIGATION || previous_para.as_deref() == Some(norm.as_str()) {
                    continue;
                }
                out.push(Block::Paragraph {
                    content: inlines(&norm),
                });
                previous_para = Some(norm);
            }
            RawBlock::List(items) => {
                out.push(Block::List {
                    items: items.iter().map(list_item).collect(),
                });
                previous_para = None;
            }
        }
    }
    Ok(out)
}

/// Splits lines of prose into blocks: paragraphs, list items with their
/// nested items, lines with tabs (see the module doc for the rules).
pub(crate) fn raw_blocks(
    lines: &[Line<'_>],
    is_continuation: impl Fn(usize) -> bool,
) -> Result<Vec<RawBlock>> {
    let mut blocks: Vec<RawBlock> = Vec::new();
    let mut last = Last::None;
    let mut blank = false;
    for l in lines {
        if l.is_blank() {
            blank = true;
            continue;
        }
        let t = l.text;
        let after_blank = std::mem::replace(&mut blank, false);
        if is_continuation(l.no) {
            let target = match (last, blocks.last_mut()) {
                (
                    Last::Para,
                    Some(RawBlock::Para { text, .. } | RawBlock::TableLine { text, .. }),
                ) => Some(text),
                (Last::Item | Last::Nested, _) => {
                    last_item(&mut blocks, last == Last::Nested).map(|i| &mut i.text)
                }
                _ => None,
            };
            match target {
                Some(target) => push_text(target, t),
                None => return Err(Error::at(l.no, "a block before this continuation", t)),
            }
            continue;
        }
        if let Some(item) = t.strip_prefix("- ") {
            let raw = RawItem {
                no: l.no,
                text: item.to_string(),
                children: Vec::new(),
            };
            match blocks.last_mut() {
                // A blank line between items keeps one (loose) list.
                Some(RawBlock::List(items)) if matches!(last, Last::Item | Last::Nested) => {
                    items.push(raw)
                }
                _ => blocks.push(RawBlock::List(vec![raw])),
            }
            last = Last::Item;
        } else if let Some(item) = t
            .trim_start_matches(' ')
            .strip_prefix("- ")
            .filter(|_| t.starts_with(' '))
        {
            let raw = RawItem {
                no: l.no,
                text: item.to_string(),
                children: Vec::new(),
            };
            match last_item(&mut blocks, false) {
                Some(parent) if matches!(last, Last::Item | Last::Nested) => {
                    parent.children.push(raw)
                }
                _ => return Err(Error::at(l.no, "a list item before this nested item", t)),
            }
            last = Last::Nested;
        } else if t.contains('\t') {
            blocks.push(RawBlock::TableLine {
                no: l.no,
                text: t.to_string(),
            });
            last = Last::Para;
        } else {
            match (after_blank, last, blocks.last_mut()) {
                (false, Last::Para, Some(RawBlock::Para { text, .. })) => push_text(text, t),
                (false, Last::Item | Last::Nested, _) => {
                    let item = last_item(&mut blocks, last == Last::Nested)
                        .expect("the previous line was an item");
                    push_text(&mut item.text, t);
                    continue;
                }
                _ => {
                    blocks.push(RawBlock::Para {
                        no: l.no,
                        text: t.to_string(),
                    });
                    last = Last::Para;
                }
            }
        }
    }

    Ok(blocks)
}

fn list_item(raw: &RawItem) -> ListItem {
    ListItem {
        content: inlines(&raw.text),
        items: raw.children.iter().map(list_item).collect(),
    }
}

/// Reads inline markup and normalises its whitespace across node boundaries.
pub fn inlines(s: &str) -> Vec<Inline> {
    let mut nodes = parse_inlines(s);
    let mut prev_space = true;
    normalise(&mut nodes, &mut prev_space);
    trim_end(&mut nodes);
    nodes
}

/// The same inlines with every link replaced by its text, merged with the
/// text around it: the report chapters print links as plain text, since
/// their targets are lost (`[text](#)`).
pub fn links_as_text(nodes: Vec<Inline>) -> Vec<Inline> {
    let mut out: Vec<Inline> = Vec::with_capacity(nodes.len());
    for node in nodes {
        match node {
            Inline::Link { content } => {
                for inner in links_as_text(content) {
                    push_merged(&mut out, inner);
                }
            }
            Inline::Strong { content } => push_merged(
                &mut out,
                Inline::Strong {
                    content: links_as_text(content),
                },
            ),
            text @ Inline::Text { .. } => push_merged(&mut out, text),
        }
    }
    out
}

/// Pushes `node`, appending it to the previous node when both are text.
fn push_merged(out: &mut Vec<Inline>, node: Inline) {
    if let (Some(Inline::Text { text: prev }), Inline::Text { text }) = (out.last_mut(), &node) {
        prev.push_str(text);
        return;
    }
    out.push(node);
}

/// Byte length of the link starting at `s` (which starts with `[`), and the
/// end of its label, if `s` starts with `[label](target)`.
fn link_span(s: &str) -> Option<(usize, usize)> {
    let mut depth = 0usize;
    let mut label_end = None;
    for (i, c) in s.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => {
                depth -= 1;
                if depth == 0 {
                    label_end = Some(i);
                    break;
                }
            }
            _ => {}
        }
    }
    let label_end = label_end?;
    let after = &s[label_end + 1..];
    if !after.starts_with('(') {
        return None;
    }
    let close = after.find(')')?;
    Some((label_end, label_end + 1 + close + 1))
}

fn parse_inlines(s: &str) -> Vec<Inline> {
    let mut out: Vec<Inline> = Vec::new();
    let mut text = String::new();
    let flush = |text: &mut String, out: &mut Vec<Inline>| {
        if !text.is_empty() {
            out.push(Inline::Text {
                text: std::mem::take(text),
            });
        }
    };
    let mut i = 0;
    while i < s.len() {
        let rest = &s[i..];
        if let Some(escaped) = rest
            .strip_prefix('\\')
            .and_then(|r| r.chars().next())
            .filter(char::is_ascii_punctuation)
        {
            // A markdown escape (`\(PGO\)`, line 75): the character is text.
            text.push(escaped);
            i += 2;
            continue;
        }
        if let Some(inner) = rest.strip_prefix("**") {
            if let Some(end) = inner.find("**") {
                flush(&mut text, &mut out);
                out.push(Inline::Strong {
                    content: parse_inlines(&inner[..end]),
                });
                i += 2 + end + 2;
            } else {
                // An unpaired `**` is printed text (line 765).
                text.push_str("**");
                i += 2;
            }
            continue;
        }
        if rest.starts_with('[') {
            if let Some((label_end, len)) = link_span(rest) {
                flush(&mut text, &mut out);
                out.push(Inline::Link {
                    content: parse_inlines(&rest[1..label_end]),
                });
                i += len;
                continue;
            }
        }
        if let Some(inner) = rest.strip_prefix('*') {
            // Emphasis: markers dropped, words kept (see the module doc).
            if let Some(end) = inner.find('*').filter(|&e| !inner[e..].starts_with("**")) {
                flush(&mut text, &mut out);
                out.extend(parse_inlines(&inner[..end]));
                i += 1 + end + 1;
                continue;
            }
        }
        let c = rest.chars().next().expect("i < len");
        text.push(c);
        i += c.len_utf8();
    }
    flush(&mut text, &mut out);
    out
}

/// Collapses whitespace inside and across nodes, drops empty nodes and merges
/// neighbouring text nodes. `prev_space` says whether the text emitted so far
/// ends with a space (true at the start of a block, to trim it).
fn normalise(nodes: &mut Vec<Inline>, prev_space: &mut bool) {
    let mut out: Vec<Inline> = Vec::with_capacity(nodes.len());
    for mut node in std::mem::take(nodes) {
        match &mut node {
            Inline::Text { text } => {
                let mut s = String::with_capacity(text.len());
                for c in text.chars() {
                    if c.is_ascii_whitespace() {
                        if !*prev_space {
                            s.push(' ');
                            *prev_space = true;
                        }
                    } else {
                        s.push(c);
                        *prev_space = false;
                    }
                }
                if s.is_empty() {
                    continue;
                }
                if let Some(Inline::Text { text: prev }) = out.last_mut() {
                    prev.push_str(&s);
                    continue;
                }
                *text = s;
            }
            Inline::Strong { content } | Inline::Link { content } => {
                normalise(content, prev_space);
                if content.is_empty() {
                    continue;
                }
            }
        }
        out.push(node);
    }
    *nodes = out;
}

/// Removes a trailing space at the very end of a block.
fn trim_end(nodes: &mut Vec<Inline>) {
    while let Some(last) = nodes.last_mut() {
        match last {
            Inline::Text { text } => {
                let t = text.trim_end_matches(' ').len();
                text.truncate(t);
                if text.is_empty() {
                    nodes.pop();
                    continue;
                }
            }
            Inline::Strong { content } | Inline::Link { content } => {
                trim_end(content);
                if content.is_empty() {
                    nodes.pop();
                    continue;
                }
            }
        }
        break;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Inline {
        Inline::Text { text: s.into() }
    }

    fn lines(s: &str) -> Vec<Line<'_>> {
        s.lines()
            .enumerate()
            .map(|(i, text)| Line { no: i + 1, text })
            .collect()
    }

    #[test]
    fn strong_link_and_unpaired_markers() {
        assert_eq!(
            inlines("a **b [c](#)** d"),
            vec![
                t("a "),
                Inline::Strong {
                    content: vec![
                        t("b "),
                        Inline::Link {
                            content: vec![t("c")]
                        }
                    ]
                },
                t(" d")
            ]
        );
        assert_eq!(inlines("amendements**"), vec![t("amendements**")]);
        assert_eq!(
            inlines("[Partenariat \\(PGO\\)](#)"),
            vec![Inline::Link {
                content: vec![t("Partenariat (PGO)")]
            }]
        );
        assert_eq!(
            links_as_text(inlines("du [Plan](#), **a [b](#) c** [d](#)")),
            vec![
                t("du Plan, "),
                Inline::Strong {
                    content: vec![t("a b c")]
                },
                t(" d")
            ]
        );
        assert_eq!(inlines("« *la personne* »"), vec![t("« la personne »")]);
        assert_eq!(
            inlines("[portail](https://x.y)"),
            vec![Inline::Link {
                content: vec![t("portail")]
            }]
        );
    }

    #[test]
    fn blocks_lists_and_duplicates() {
        let src = "p1\n\n- a\n - a1\n- b\ncontinued\n\nsame\n\nsame\n\n[En savoir plus](#)\n";
        let rt = parse(&lines(src), |_| false).unwrap();
        assert_eq!(rt.len(), 3, "{rt:?}");
        let Block::List { items } = &rt[1] else {
            panic!()
        };
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].items.len(), 1);
        assert_eq!(items[1].content, vec![t("b continued")]);
    }

    #[test]
    fn continuation_across_blank() {
        let src = "- a les\n\nFrancas, x.\n";
        let rt = parse(&lines(src), |n| n == 3).unwrap();
        let Block::List { items } = &rt[0] else {
            panic!()
        };
        assert_eq!(items[0].content, vec![t("a les Francas, x.")]);
    }
}
