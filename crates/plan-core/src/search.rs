//! Free-text search over every text of a commitment, with snippets and highlights.
//!
//! A query is folded ([`crate::fold`]) and split into terms; quoted text
//! (`"open data"`, `« open data »`) is one term. A commitment matches when every
//! term occurs (as a substring, so `donn` finds "données") in at least one of its
//! fields: AND across terms, any field for each.
//!
//! [`SearchIndex::new`] folds every field once per snapshot; a keystroke then costs
//! one substring scan per term and commitment. Snippets and highlights are computed
//! only for the commitments shown, from the original text.

use std::ops::Range;

use crate::fold::{fold, fold_into, Folded};
use crate::lookup::{institution_by_id, involved_institutions};
use crate::model::{rich_plain_text, Commitment, Snapshot};

/// A searchable text of a commitment. Indices are into the commitment's
/// `actions`, `stories`, `press`, or [`involved_institutions`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Title,
    Stakes,
    Description,
    ActionText(usize),
    ActionResults(usize),
    ActionNextSteps(usize),
    ActionStatus(usize),
    ResultsNotes,
    Story(usize),
    Press(usize),
    Institution(usize),
}

impl Field {
    /// French label, e.g. "Titre", "Action 1.2", "Résultats 1.2".
    pub fn label_fr(&self, c: &Commitment) -> String {
        let action = |i: usize| c.actions.get(i).map_or("?", |a| a.id.as_str());
        match *self {
            Field::Title => "Titre".into(),
            Field::Stakes => "Enjeux".into(),
            Field::Description => "Description".into(),
            Field::ActionText(i) => format!("Action {}", action(i)),
            Field::ActionResults(i) => format!("Résultats {}", action(i)),
            Field::ActionNextSteps(i) => format!("Prochaines étapes {}", action(i)),
            Field::ActionStatus(i) => format!("Statut {}", action(i)),
            Field::ResultsNotes => "Note sur les résultats".into(),
            Field::Story(_) => "Belle histoire".into(),
            Field::Press(_) => "Presse".into(),
            Field::Institution(_) => "Institution".into(),
        }
    }

    /// The plain text of this field, exactly as searched and as snippets quote it;
    /// `None` if the commitment has no such field.
    pub fn text(&self, s: &Snapshot, c: &Commitment) -> Option<String> {
        Some(match *self {
            Field::Title => c.title.clone(),
            Field::Stakes => rich_plain_text(&c.stakes),
            Field::Description => rich_plain_text(&c.description),
            Field::ActionText(i) => c.actions.get(i)?.text.clone(),
            Field::ActionResults(i) => c.actions.get(i)?.results.clone(),
            Field::ActionNextSteps(i) => c.actions.get(i)?.next_steps.clone(),
            Field::ActionStatus(i) => c.actions.get(i)?.status_label.clone(),
            Field::ResultsNotes => rich_plain_text(&c.results_notes),
            Field::Story(i) => rich_plain_text(c.stories.get(i)?),
            Field::Press(i) => {
                let p = c.press.get(i)?;
                format!("{} : {} ({})", p.outlet, p.title, p.date)
            }
            Field::Institution(i) => {
                let id = *involved_institutions(c).get(i)?;
                match institution_by_id(s, id) {
                    Some(inst) => {
                        let mut text = inst.name.clone();
                        for alias in inst.aliases.iter().filter(|a| **a != inst.name) {
                            text.push_str(" · ");
                            text.push_str(alias);
                        }
                        text
                    }
                    None => id.to_owned(),
                }
            }
        })
    }
}

/// Every field of a commitment, in display order (empty texts skipped).
fn fields(s: &Snapshot, c: &Commitment) -> Vec<(Field, String)> {
    let mut keys = vec![Field::Title, Field::Stakes, Field::Description];
    for i in 0..c.actions.len() {
        keys.extend([
            Field::ActionText(i),
            Field::ActionResults(i),
            Field::ActionNextSteps(i),
            Field::ActionStatus(i),
        ]);
    }
    keys.push(Field::ResultsNotes);
    keys.extend((0..c.stories.len()).map(Field::Story));
    keys.extend((0..c.press.len()).map(Field::Press));
    keys.extend((0..involved_institutions(c).len()).map(Field::Institution));
    keys.into_iter()
        .filter_map(|f| f.text(s, c).filter(|t| !t.is_empty()).map(|t| (f, t)))
        .collect()
}

/// A parsed query: folded, deduplicated terms. Parse once per keystroke.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    terms: Vec<String>,
}

/// Separates fields in the index, so a term cannot match across two fields.
/// Queries never contain it (control characters are removed from terms).
const FIELD_SEPARATOR: char = '\u{1}';

impl Query {
    pub fn parse(q: &str) -> Query {
        let folded = fold(q);
        let mut terms: Vec<String> = Vec::new();
        // Split on quotes: odd pieces are phrases, even pieces are words.
        for (i, piece) in folded.split('"').enumerate() {
            let candidates: Vec<&str> = if i % 2 == 1 {
                vec![piece]
            } else {
                piece.split(' ').collect()
            };
            for t in candidates {
                let t: String = t.chars().filter(|c| !c.is_control()).collect();
                let t = t
                    .trim_matches(|c: char| c == ' ' || ",;:!?()[]{}".contains(c))
                    .trim_end_matches('.');
                if !t.is_empty() && !terms.iter().any(|x| x == t) {
                    terms.push(t.to_owned());
                }
            }
        }
        Query { terms }
    }

    /// Whether the query has no term (then everything matches).
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// The folded terms.
    pub fn terms(&self) -> &[String] {
        &self.terms
    }

    /// Whether every text matching `self` also matches `broader`: each term of
    /// `broader` is part of a term of `self` (typing one more letter, or one
    /// more word, narrows the query).
    pub fn narrows(&self, broader: &Query) -> bool {
        broader
            .terms
            .iter()
            .all(|b| self.terms.iter().any(|t| t.contains(b.as_str())))
    }
}

/// The commitments matching a query, kept from one keystroke to the next: when
/// the new query narrows the previous one ([`Query::narrows`]), only the previous
/// matches are scanned again, each from where the previous query's term was
/// first found. Typing one more letter then costs a few bytes per commitment
/// instead of a scan of its whole text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextMatches {
    pub query: Query,
    /// Indices of the matching commitments, in snapshot order.
    pub indices: Vec<usize>,
    /// For the `r`-th match and the `j`-th term, the byte offset of the term's
    /// first occurrence in the commitment's folded text, at `r * terms + j`.
    first: Vec<u32>,
}

impl TextMatches {
    /// The matches of the empty query: every one of `len` commitments (no
    /// index needed).
    pub fn everything(len: usize) -> TextMatches {
        TextMatches {
            query: Query::default(),
            indices: (0..len).collect(),
            first: Vec::new(),
        }
    }

    /// The matches of `query`, reusing `prev` (the matches of the previous query
    /// on the same index) when it can. Same result as [`SearchIndex::matching`].
    pub fn next(prev: Option<&TextMatches>, index: &SearchIndex, query: Query) -> TextMatches {
        let all: Vec<usize>;
        let (candidates, prev_first, old_terms): (&[usize], &[u32], usize) = match prev {
            Some(p) if p.query == query => return p.clone(),
            Some(p) if query.narrows(&p.query) => (&p.indices, &p.first, p.query.terms.len()),
            _ => {
                all = (0..index.len()).collect();
                (&all, &[], 0)
            }
        };
        // For each new term, an old term inside it and where: an occurrence of
        // the new term at `p` holds the old one at `p + offset`, so it cannot
        // start before (old first occurrence - offset).
        let reuse: Vec<Option<(usize, usize)>> = query
            .terms
            .iter()
            .map(|t| {
                if prev_first.is_empty() {
                    return None;
                }
                prev.into_iter()
                    .flat_map(|p| p.query.terms.iter().enumerate())
                    .find_map(|(j, old)| t.find(old.as_str()).map(|offset| (j, offset)))
            })
            .collect();
        let terms = query.terms.len();
        let mut indices = Vec::new();
        let mut first = Vec::new();
        let mut found = vec![0u32; terms];
        'docs: for (r, &i) in candidates.iter().enumerate() {
            let Some(doc) = index.docs.get(i) else {
                continue;
            };
            for (j, t) in query.terms.iter().enumerate() {
                let mut from = match reuse[j] {
                    Some((old, offset)) => {
                        (prev_first[r * old_terms + old] as usize).saturating_sub(offset)
                    }
                    None => 0,
                };
                while !doc.all.is_char_boundary(from) {
                    from -= 1;
                }
                match find(&doc.all[from..], t) {
                    Some(at) => found[j] = (from + at) as u32,
                    None => continue 'docs,
                }
            }
            indices.push(i);
            first.extend_from_slice(&found);
        }
        TextMatches {
            query,
            indices,
            first,
        }
    }
}

/// The folded text of every commitment of one snapshot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchIndex {
    docs: Vec<Doc>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Doc {
    /// Folded fields, separated by [`FIELD_SEPARATOR`].
    all: String,
    /// Where each field lies in `all`.
    spans: Vec<(Field, Range<usize>)>,
}

/// Where a commitment matched a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchHit {
    /// Index in `snapshot.commitments`.
    pub commitment: usize,
    /// Fields containing at least one term, in display order.
    pub fields: Vec<Field>,
    /// Text around the first match, in the first matching field.
    pub snippet: Snippet,
}

/// An excerpt with its matches marked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    pub field: Field,
    /// The excerpt, with "…" where it was cut and line breaks as spaces.
    pub text: String,
    /// Byte ranges of matches in `text`, sorted and disjoint.
    pub highlights: Vec<Range<usize>>,
}

/// A piece of text, marked or not (see [`highlight`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub text: String,
    pub is_match: bool,
}

impl Snippet {
    /// The excerpt cut into marked and unmarked pieces, for rendering.
    pub fn segments(&self) -> Vec<Segment> {
        segments(&self.text, &self.highlights)
    }
}

/// Characters of context kept before the first match in a snippet.
const SNIPPET_BEFORE: usize = 60;
/// Characters kept from the first match on.
const SNIPPET_AFTER: usize = 140;

/// A [`SearchIndex`] being built a few commitments at a time, so that a large
/// snapshot's index (5,000 commitments: ~40 MB of text to fold) can be built in
/// short steps between other work instead of one long pause.
#[derive(Debug, Clone, Default)]
pub struct IndexBuilder {
    docs: Vec<Doc>,
}

impl IndexBuilder {
    pub fn new() -> IndexBuilder {
        IndexBuilder::default()
    }

    /// Folds the next `n` commitments of `s` (always the same `s`). Returns
    /// whether every commitment is now folded.
    pub fn step(&mut self, s: &Snapshot, n: usize) -> bool {
        let start = self.docs.len();
        let end = start.saturating_add(n).min(s.commitments.len());
        self.docs
            .extend(s.commitments[start..end].iter().map(|c| doc(s, c)));
        self.is_done(s)
    }

    /// Whether every commitment of `s` is folded.
    pub fn is_done(&self, s: &Snapshot) -> bool {
        self.docs.len() >= s.commitments.len()
    }

    /// The index of `s`, folding what is left first.
    pub fn finish(mut self, s: &Snapshot) -> SearchIndex {
        self.step(s, usize::MAX);
        SearchIndex { docs: self.docs }
    }
}

/// The folded fields of one commitment.
fn doc(s: &Snapshot, c: &Commitment) -> Doc {
    let mut all = String::new();
    let mut spans = Vec::new();
    for (field, text) in fields(s, c) {
        let start = all.len();
        fold_into(&text, &mut all);
        spans.push((field, start..all.len()));
        all.push(FIELD_SEPARATOR);
    }
    Doc { all, spans }
}

impl SearchIndex {
    /// Folds every field of every commitment of `s` (see [`IndexBuilder`] to do
    /// it in steps).
    pub fn new(s: &Snapshot) -> SearchIndex {
        IndexBuilder::new().finish(s)
    }

    /// Number of commitments indexed.
    pub fn len(&self) -> usize {
        self.docs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.docs.is_empty()
    }

    /// Whether commitment `i` contains every term (true for an empty query; false
    /// for an index out of range).
    pub fn matches(&self, i: usize, query: &Query) -> bool {
        self.docs
            .get(i)
            .is_some_and(|d| query.terms.iter().all(|t| find(&d.all, t).is_some()))
    }

    /// Indices of the matching commitments, in snapshot order.
    pub fn matching(&self, query: &Query) -> Vec<usize> {
        if query.is_empty() {
            return (0..self.docs.len()).collect();
        }
        (0..self.docs.len())
            .filter(|&i| self.matches(i, query))
            .collect()
    }

    /// The indices of `candidates` that match `query`, in their order.
    pub fn matching_among(&self, query: &Query, candidates: &[usize]) -> Vec<usize> {
        candidates
            .iter()
            .copied()
            .filter(|&i| self.matches(i, query))
            .collect()
    }

    /// Fields of commitment `i` containing at least one term.
    pub fn matched_fields(&self, i: usize, query: &Query) -> Vec<Field> {
        let Some(d) = self.docs.get(i) else {
            return Vec::new();
        };
        d.spans
            .iter()
            .filter(|(_, r)| {
                let text = &d.all[r.clone()];
                query.terms.iter().any(|t| find(text, t).is_some())
            })
            .map(|(f, _)| *f)
            .collect()
    }

    /// The hit for commitment `i`, if it matches a non-empty query. `s` must be
    /// the snapshot the index was built from.
    pub fn hit(&self, s: &Snapshot, i: usize, query: &Query) -> Option<SearchHit> {
        if query.is_empty() || !self.matches(i, query) {
            return None;
        }
        let c = s.commitments.get(i)?;
        let fields = self.matched_fields(i, query);
        let field = *fields.first()?;
        let text = field.text(s, c)?;
        Some(SearchHit {
            commitment: i,
            snippet: snippet(field, &text, query),
            fields,
        })
    }

    /// Hits for every matching commitment, in snapshot order; empty for an empty
    /// query.
    pub fn search(&self, s: &Snapshot, query: &Query) -> Vec<SearchHit> {
        (0..self.docs.len())
            .filter_map(|i| self.hit(s, i, query))
            .collect()
    }
}

/// The first occurrence of `needle` in `hay`, as `str::find`. In the browser
/// (wasm, no SIMD) [`find_by_rare_byte`], several times faster on folded French
/// text; natively `str::find`, which has a SIMD path.
fn find(hay: &str, needle: &str) -> Option<usize> {
    #[cfg(target_arch = "wasm32")]
    return find_by_rare_byte(hay, needle);
    #[cfg(not(target_arch = "wasm32"))]
    return hay.find(needle);
}

/// How common a byte is in folded French text (higher: more common), from
/// letter frequencies; bytes not listed (rare letters, digits, most
/// punctuation) count as rare.
fn commonness(b: u8) -> u8 {
    match b {
        b' ' => 30,
        b'e' => 29,
        b'a' | b's' => 28,
        b'i' | b'n' | b't' | b'r' => 27,
        b'u' | b'l' | b'o' => 26,
        b'd' | b'c' => 25,
        b'p' | b'm' => 24,
        b'\'' | b'v' | b'q' | b',' | b'.' => 23,
        b'f' | b'b' | b'g' | b'h' => 22,
        b'-' | b'x' | b'j' | b'y' => 21,
        _ => 0,
    }
}

/// `str::find` that jumps between occurrences of the needle's rarest ASCII byte
/// (`str::find(char)`, a word-at-a-time `memchr`) and compares the needle
/// around each, instead of stepping through every byte.
pub fn find_by_rare_byte(hay: &str, needle: &str) -> Option<usize> {
    let n = needle.as_bytes();
    let rarest = n
        .iter()
        .enumerate()
        .filter(|(_, b)| b.is_ascii())
        .min_by_key(|(_, b)| commonness(**b));
    let Some((k, &rare)) = rarest.filter(|_| n.len() >= 2) else {
        return hay.find(needle);
    };
    let h = hay.as_bytes();
    let mut pos = 0;
    // `pos` stays on a char boundary: 0, or just after an ASCII byte.
    while let Some(i) = hay[pos..].find(char::from(rare)) {
        let p = pos + i;
        if let Some(start) = p.checked_sub(k) {
            if h.get(start..start + n.len()) == Some(n) {
                return Some(start);
            }
        }
        pos = p + 1;
    }
    None
}

/// Original byte ranges of every occurrence of every term in `text`, sorted and
/// merged where they overlap or touch.
fn match_ranges(text: &str, query: &Query) -> Vec<Range<usize>> {
    if query.is_empty() || text.is_empty() {
        return Vec::new();
    }
    let folded = Folded::new(text);
    let mut ranges: Vec<Range<usize>> = query
        .terms
        .iter()
        .flat_map(|t| {
            folded
                .text
                .match_indices(t.as_str())
                .map(|(at, m)| folded.original_range(text, at..at + m.len()))
                .collect::<Vec<_>>()
        })
        .collect();
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

fn segments(text: &str, ranges: &[Range<usize>]) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut pos = 0;
    for r in ranges {
        if r.start > pos {
            out.push(Segment {
                text: text[pos..r.start].to_owned(),
                is_match: false,
            });
        }
        if r.end > r.start {
            out.push(Segment {
                text: text[r.clone()].to_owned(),
                is_match: true,
            });
        }
        pos = r.end;
    }
    if pos < text.len() {
        out.push(Segment {
            text: text[pos..].to_owned(),
            is_match: false,
        });
    }
    out
}

/// `text` cut into pieces, those matching a term of `query` marked: for
/// rendering any text with the search terms highlighted. Accent- and
/// case-insensitive, like the search.
pub fn highlight(text: &str, query: &str) -> Vec<Segment> {
    highlight_query(text, &Query::parse(query))
}

/// [`highlight`] with an already parsed query.
pub fn highlight_query(text: &str, query: &Query) -> Vec<Segment> {
    segments(text, &match_ranges(text, query))
}

/// An excerpt of `text` around its first match.
fn snippet(field: Field, text: &str, query: &Query) -> Snippet {
    let ranges = match_ranges(text, query);
    let first = ranges.first().map_or(0, |r| r.start);

    // Window in whole characters, then widened to word boundaries.
    let start = back_chars(text, first, SNIPPET_BEFORE);
    let end = forward_chars(text, first, SNIPPET_AFTER);
    let start = if start == 0 {
        0
    } else {
        text[start..first]
            .find(' ')
            .map_or(start, |i| start + i + 1)
    };
    let end = if end == text.len() {
        end
    } else {
        let last_match_end = ranges
            .iter()
            .filter(|r| r.start < end)
            .map(|r| r.end)
            .max()
            .unwrap_or(first);
        let cut = text[..end].rfind(' ').filter(|&i| i > first).unwrap_or(end);
        cut.max(last_match_end.min(text.len()))
    };

    let prefix = if start > 0 { "…" } else { "" };
    let suffix = if end < text.len() { "…" } else { "" };
    let body = text[start..end].replace(['\n', '\r', '\t'], " ");
    let shift = prefix.len();
    let highlights = ranges
        .iter()
        .filter(|r| r.start >= start && r.end <= end)
        .map(|r| r.start - start + shift..r.end - start + shift)
        .collect();
    Snippet {
        field,
        text: format!("{prefix}{}{suffix}", body.trim_end()),
        highlights,
    }
}

/// The byte offset `n` characters before `at` (or 0).
fn back_chars(text: &str, at: usize, n: usize) -> usize {
    text[..at]
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(0, |(i, _)| i)
}

/// The byte offset `n` characters after `at` (or the end).
fn forward_chars(text: &str, at: usize, n: usize) -> usize {
    text[at..]
        .char_indices()
        .nth(n)
        .map_or(text.len(), |(i, _)| at + i)
}

#[cfg(test)]
mod tests;
