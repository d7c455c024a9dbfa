//! Free-text search over every text of a commitment, with snippets and highlights.
//!
//! A query is folded ([`crate::fold`]) and split into terms; quoted text
//! (`"open data"`, `« open data »`) is one term. A commitment matches when every
//! term occurs (as a substring, so `donn` finds "données") in at least one of its
//! fields: AND across terms, any field for each.
//!
//! [`SearchIndex::new`] folds every field once per snapshot and lists its
//! distinct words ([`Words`]). A keystroke ([`TextMatches::next`]) then scans
//! the list of words, not the texts: a term without a space occurs in a text
//! exactly when it occurs in one of its words (words are cut at spaces and
//! control characters, which such a term never holds). At 5,000 commitments
//! that is ~0.2 MB of words instead of ~40 MB of text. Snippets and highlights
//! are computed only for the commitments shown, from the original text.
//!
//! The overview's static preview (`crates/site-gen`) rests on the same fact:
//! its page carries each commitment's distinct words
//! ([`SearchIndex::distinct_words`], cut by the index's own rule), not its
//! text, so its script answers every query whose terms have no space exactly
//! as this module does, and leaves a quoted phrase with a space to the app.

use std::hash::Hasher;
use std::ops::Range;

use crate::fold::{fold, fold_into, Folded};
use crate::fx_hash::FxHasher;
use crate::i18n::Lang;
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
        self.label(c, Lang::Fr)
    }

    /// Label in `lang`, from the dictionary's `field_*` texts, e.g.
    /// "Titre", "Résultats 1.2"; "Title", "Results 1.2".
    pub fn label(&self, c: &Commitment, lang: Lang) -> String {
        let t = lang.texts();
        let action = |i: usize| c.actions.get(i).map_or("?", |a| a.id.as_str());
        let with_id = |template: &str, i: usize| crate::i18n::fill(template, &[("id", action(i))]);
        match *self {
            Field::Title => t.field_title.into(),
            Field::Stakes => t.field_stakes.into(),
            Field::Description => t.field_description.into(),
            Field::ActionText(i) => with_id(t.field_action, i),
            Field::ActionResults(i) => with_id(t.field_results, i),
            Field::ActionNextSteps(i) => with_id(t.field_next_steps, i),
            Field::ActionStatus(i) => with_id(t.field_status, i),
            Field::ResultsNotes => t.field_results_notes.into(),
            Field::Story(_) => t.facet_story.into(),
            Field::Press(_) => t.field_press.into(),
            Field::Institution(_) => t.facet_institution.into(),
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
/// the new query narrows the previous one ([`Query::narrows`]), only the
/// previous matches are candidates.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextMatches {
    pub query: Query,
    /// Indices of the matching commitments, in snapshot order.
    pub indices: Vec<usize>,
}

impl TextMatches {
    /// The matches of the empty query: every one of `len` commitments (no
    /// index needed).
    pub fn everything(len: usize) -> TextMatches {
        TextMatches {
            query: Query::default(),
            indices: (0..len).collect(),
        }
    }

    /// The matches of `query`, reusing `prev` (the matches of the previous query
    /// on the same index) when it can. Same result as [`SearchIndex::matching`].
    pub fn next(prev: Option<&TextMatches>, index: &SearchIndex, query: Query) -> TextMatches {
        let all: Vec<usize>;
        let candidates: &[usize] = match prev {
            Some(p) if p.query == query => return p.clone(),
            Some(p) if query.narrows(&p.query) => &p.indices,
            _ => {
                all = (0..index.len()).collect();
                &all
            }
        };
        // A term without a space: the commitments having a word that holds it.
        // A quoted phrase with a space: scanned for in each candidate's text.
        let sets: Vec<Option<DocSet>> = query
            .terms
            .iter()
            .map(|t| (!t.contains(' ')).then(|| index.words.docs_with(t, index.len())))
            .collect();
        let indices = candidates
            .iter()
            .copied()
            .filter(|&i| {
                let Some(doc) = index.docs.get(i) else {
                    return false;
                };
                query.terms.iter().zip(&sets).all(|(t, set)| match set {
                    Some(set) => set.contains(i),
                    None => find(&doc.all, t).is_some(),
                })
            })
            .collect();
        TextMatches { query, indices }
    }
}

/// A set of commitments, by index.
struct DocSet(Vec<u64>);

impl DocSet {
    fn new(len: usize) -> DocSet {
        DocSet(vec![0; len.div_ceil(64)])
    }

    fn insert(&mut self, i: usize) {
        if let Some(w) = self.0.get_mut(i / 64) {
            *w |= 1 << (i % 64);
        }
    }

    fn contains(&self, i: usize) -> bool {
        self.0.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }
}

/// The distinct words of every folded text, each with the commitments it
/// occurs in. A word is a longest run of characters that are neither a space
/// nor a control character (fields are joined by one, [`FIELD_SEPARATOR`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Words {
    /// Every word once, each followed by [`FIELD_SEPARATOR`] (which no term
    /// holds, so an occurrence of a term lies inside one word).
    text: String,
    /// Where each word starts in `text`, ascending.
    starts: Vec<u32>,
    /// For each word, the commitments it occurs in, ascending, without repeats.
    docs: Vec<Vec<u32>>,
}

/// Whether `c` ends a word (see [`Words`]): the definition [`cut_words`]
/// follows byte by byte (the tests compare the two).
#[cfg(test)]
fn ends_word(c: char) -> bool {
    c == ' ' || c.is_control()
}

impl Words {
    /// Word number `k`.
    fn word(&self, k: usize) -> &str {
        let start = self.starts[k] as usize;
        // Each word is followed by FIELD_SEPARATOR, one byte.
        let end = self
            .starts
            .get(k + 1)
            .map_or(self.text.len(), |&next| next as usize)
            - 1;
        &self.text[start..end]
    }

    /// The commitments (of `len`) having a word that contains `term` (a term
    /// without a space).
    fn docs_with(&self, term: &str, len: usize) -> DocSet {
        let mut set = DocSet::new(len);
        let mut pos = 0;
        while let Some(at) = find(&self.text[pos..], term) {
            let k = self
                .starts
                .partition_point(|&start| start as usize <= pos + at)
                .saturating_sub(1);
            for &d in self.docs.get(k).map_or(&[][..], Vec::as_slice) {
                set.insert(d as usize);
            }
            // On to the next word: this one is counted.
            pos = self
                .starts
                .get(k + 1)
                .map_or(self.text.len(), |&start| start as usize);
        }
        set
    }
}

/// The words of a folded text, in order, repeats included: the runs between
/// spaces and control characters ([`Words`]), found byte by byte. A control
/// character is one byte (U+0000–U+001F, U+007F) or two (U+0080–U+009F:
/// 0xC2 then 0x80–0x9F); no other UTF-8 byte can be mistaken for one. The
/// one cut rule: the index's word list ([`WordsBuilder::add`]) and
/// [`SearchIndex::distinct_words`] both read it.
fn cut_words(all: &str) -> WordCuts<'_> {
    WordCuts { all, pos: 0 }
}

/// The iterator of [`cut_words`].
struct WordCuts<'a> {
    all: &'a str,
    /// Where the next word may start: a char boundary.
    pos: usize,
}

impl<'a> Iterator for WordCuts<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let bytes = self.all.as_bytes();
        let mut start = self.pos;
        let mut i = start;
        while i < bytes.len() {
            let b = bytes[i];
            let width = if b <= b' ' || b == 0x7f {
                1
            } else if b == 0xc2 && matches!(bytes.get(i + 1), Some(0x80..=0x9f)) {
                2
            } else {
                i += 1;
                continue;
            };
            if i > start {
                self.pos = i + width;
                return Some(&self.all[start..i]);
            }
            i += width;
            start = i;
        }
        self.pos = bytes.len();
        (start < bytes.len()).then(|| &self.all[start..])
    }
}

/// [`Words`] being built: each word's number found through an open-addressing
/// table keyed by the word's bytes in `words.text`, so no word is copied
/// twice. At 5,000 commitments the build looks up ~5 million words; against a
/// `HashMap<Box<str>, u32>` the difference was within this shared machine's
/// noise (0.34–0.60 s natively for either), so the table is a choice of
/// memory, not a measured speed-up.
#[derive(Debug, Clone, Default)]
struct WordsBuilder {
    words: Words,
    /// Each word's hash, by word number.
    hashes: Vec<u32>,
    /// The last commitment each word was listed for, by word number + 1 (0:
    /// none): checked here, in a small dense array, rather than at the end of
    /// each word's list, scattered over the heap (most look-ups repeat a word).
    last_doc: Vec<u32>,
    /// Word number + 1 (0: empty); a power of two long, at most half full.
    slots: Vec<u32>,
}

impl WordsBuilder {
    /// Adds the words of commitment `d`'s folded text ([`cut_words`]).
    fn add(&mut self, d: u32, all: &str) {
        for word in cut_words(all) {
            self.add_word(d, word);
        }
    }

    fn add_word(&mut self, d: u32, word: &str) {
        if (self.hashes.len() + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let hash = word_hash(word);
        let mask = self.slots.len() - 1;
        let mut p = hash as usize & mask;
        let k = loop {
            match self.slots[p] {
                0 => {
                    let w = &mut self.words;
                    let k = w.starts.len();
                    w.starts.push(w.text.len() as u32);
                    w.text.push_str(word);
                    w.text.push(FIELD_SEPARATOR);
                    w.docs.push(Vec::new());
                    self.hashes.push(hash);
                    self.last_doc.push(0);
                    self.slots[p] = k as u32 + 1;
                    break k;
                }
                slot => {
                    let k = slot as usize - 1;
                    if self.hashes[k] == hash && self.words.word(k) == word {
                        break k;
                    }
                    p = (p + 1) & mask;
                }
            }
        };
        if self.last_doc[k] != d + 1 {
            self.last_doc[k] = d + 1;
            self.words.docs[k].push(d);
        }
    }

    /// Doubles the table (1,024 slots at first) and puts every word back.
    fn grow(&mut self) {
        let len = (self.slots.len() * 2).max(1024);
        self.slots = vec![0; len];
        for (k, &hash) in self.hashes.iter().enumerate() {
            let mut p = hash as usize & (len - 1);
            while self.slots[p] != 0 {
                p = (p + 1) & (len - 1);
            }
            self.slots[p] = k as u32 + 1;
        }
    }
}

/// A word's hash for the table: the Fx hash of its bytes, folded to 32 bits.
fn word_hash(word: &str) -> u32 {
    let mut h = FxHasher::default();
    h.write(word.as_bytes());
    let h = h.finish();
    (h >> 32) as u32 ^ h as u32
}

/// The folded text of every commitment of one snapshot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchIndex {
    docs: Vec<Doc>,
    words: Words,
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
    words: WordsBuilder,
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
        for (d, c) in s.commitments[start..end].iter().enumerate() {
            let doc = doc(s, c);
            self.words.add((start + d) as u32, &doc.all);
            self.docs.push(doc);
        }
        self.is_done(s)
    }

    /// Whether every commitment of `s` is folded.
    pub fn is_done(&self, s: &Snapshot) -> bool {
        self.docs.len() >= s.commitments.len()
    }

    /// The index of `s`, folding what is left first.
    pub fn finish(mut self, s: &Snapshot) -> SearchIndex {
        self.step(s, usize::MAX);
        SearchIndex {
            docs: self.docs,
            words: self.words.words,
        }
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
    /// The folded text of commitment `i`: its fields folded and joined by a
    /// control character (no term holds one). A term matches the commitment
    /// exactly when it occurs in this text.
    pub fn folded_text(&self, i: usize) -> Option<&str> {
        self.docs.get(i).map(|d| d.all.as_str())
    }

    /// The distinct words of commitment `i`'s [folded text](Self::folded_text),
    /// each once, in the order they first occur, cut as the index cuts its
    /// list of words (at spaces and control characters). A term without a space
    /// occurs in the folded text exactly when it occurs in one of these words,
    /// so in these words joined by a space; a term with a space (a quoted
    /// phrase) cannot be answered from them. The static preview's script
    /// searches these words before the app starts (`crates/site-gen`).
    pub fn distinct_words(&self, i: usize) -> Option<Vec<&str>> {
        let all = self.folded_text(i)?;
        let mut seen = std::collections::HashSet::new();
        Some(cut_words(all).filter(|w| seen.insert(*w)).collect())
    }

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
