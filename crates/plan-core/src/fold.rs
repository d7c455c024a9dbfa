//! French search folding: "L’Œuvre Élémentaire" → "l'oeuvre elementaire".
//!
//! Lowercases, strips accents, expands ligatures (œ → oe, æ → ae), and unifies
//! apostrophes, dashes and spaces (no-break spaces included), so that a query typed
//! on any keyboard finds the report's typography. A hand-written table instead of
//! Unicode normalisation: the `unicode-normalization` crate costs about 59 KB of
//! wasm, and the report is French. Characters outside the table are lowercased by
//! `char::to_lowercase`; combining accents (decomposed text) are dropped.
//!
//! [`Folded`] also keeps, for each folded byte, where it came from in the
//! original, so a match found in folded text can be highlighted in the original.

use std::ops::Range;

/// What one original character becomes.
enum Fold {
    Char(char),
    Str(&'static str),
    Drop,
}

fn fold_char(c: char) -> Fold {
    use Fold::*;
    if c.is_ascii() {
        return Char(c.to_ascii_lowercase()).normalise_ascii_space();
    }
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => {
            Char('a')
        }
        'æ' | 'Æ' => Str("ae"),
        'ç' | 'Ç' => Char('c'),
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => Char('e'),
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => Char('i'),
        'ñ' | 'Ñ' => Char('n'),
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => {
            Char('o')
        }
        'œ' | 'Œ' => Str("oe"),
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => Char('u'),
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => Char('y'),
        'ß' => Str("ss"),
        // Apostrophes: the report prints ’, keyboards type '.
        '’' | '‘' | 'ʼ' | '´' | '′' | '‛' => Char('\''),
        '«' | '»' | '“' | '”' | '„' | '″' => Char('"'),
        '‐' | '‑' | '‒' | '–' | '—' | '−' => Char('-'),
        '…' => Str("..."),
        // Combining diacritical marks, as in decomposed (NFD) text.
        '\u{0300}'..='\u{036F}' => Drop,
        // Soft hyphen and zero-width characters are invisible in the text.
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => Drop,
        c if c.is_whitespace() => Char(' '),
        c => {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) => Char(l),
                // Rare multi-character lowercase (e.g. 'İ'): keep the first, which
                // is the base letter.
                (Some(l), Some(_)) => Char(l),
                _ => Char(c),
            }
        }
    }
}

impl Fold {
    fn normalise_ascii_space(self) -> Fold {
        match self {
            Fold::Char('\t' | '\n' | '\r' | '\x0b' | '\x0c') => Fold::Char(' '),
            other => other,
        }
    }
}

/// Appends the folded form of `c` to `out`.
fn push_folded(c: char, out: &mut String) {
    match fold_char(c) {
        Fold::Char(f) => out.push(f),
        Fold::Str(s) => out.push_str(s),
        Fold::Drop => {}
    }
}

/// The folded form of `s` (for queries, or wherever offsets are not needed).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// Appends the folded form of `s` to `out`.
pub fn fold_into(s: &str, out: &mut String) {
    fold_with(s, out, |_, _, _| {});
}

/// Whether an ASCII byte folds to itself once lowercased (it is not a control
/// character that becomes a space).
fn plain_ascii(b: u8) -> bool {
    b.is_ascii() && !matches!(b, b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// Folds `s` into `out`, calling `mapped(original, folded, ascii_run)` after each
/// piece: the byte ranges it covers in `s` and in `out`, and whether it is a run
/// of plain ASCII (folded byte for byte) rather than one character. Runs of plain
/// ASCII (most of the text) are copied and lowercased in one go: the app is built
/// for size (`opt-level = "z"`), where a call per character is slow.
fn fold_with(s: &str, out: &mut String, mut mapped: impl FnMut(Range<usize>, Range<usize>, bool)) {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let run = bytes[i..].iter().take_while(|&&b| plain_ascii(b)).count();
        let before = out.len();
        if run > 0 {
            out.push_str(&s[i..i + run]);
            out[before..].make_ascii_lowercase();
            mapped(i..i + run, before..out.len(), true);
            i += run;
        } else {
            let c = s[i..].chars().next().expect("i is on a char boundary");
            push_folded(c, out);
            mapped(i..i + c.len_utf8(), before..out.len(), false);
            i += c.len_utf8();
        }
    }
}

/// A folded text with the way back to its original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Folded {
    /// The folded text.
    pub text: String,
    /// For each byte of `text`, the byte offset in the original of the character
    /// it was folded from.
    origins: Vec<u32>,
}

impl Folded {
    /// Folds `original`, keeping offsets. Texts over 4 GiB are not supported.
    pub fn new(original: &str) -> Folded {
        let mut text = String::with_capacity(original.len());
        let mut origins: Vec<u32> = Vec::with_capacity(original.len());
        fold_with(original, &mut text, |from, to, ascii_run| {
            if ascii_run {
                origins.extend(from.start as u32..from.end as u32);
            } else {
                origins.resize(to.end, from.start as u32);
            }
        });
        Folded { text, origins }
    }

    /// Byte offset in the original of the character that folded byte `i` comes
    /// from; `original_len` for `i == text.len()`.
    pub fn origin(&self, i: usize, original_len: usize) -> usize {
        self.origins.get(i).map_or(original_len, |&o| o as usize)
    }

    /// The range of `original` (the text given to [`Folded::new`]) covering the
    /// folded range `folded`: whole original characters, so a match on half of a
    /// ligature ("o" in "œ") highlights the whole "œ". `folded` must lie on char
    /// boundaries of `self.text`, as ranges from `str::find` do.
    pub fn original_range(&self, original: &str, folded: Range<usize>) -> Range<usize> {
        let start = self.origin(folded.start, original.len());
        if folded.end <= folded.start {
            return start..start;
        }
        let last = self.origin(folded.end - 1, original.len());
        let next = self.origin(folded.end, original.len());
        if next > last {
            // Up to the next folded character, so dropped characters that follow
            // (a combining accent, a soft hyphen) are highlighted with their base.
            start..next
        } else {
            // The range ends inside a ligature: cover the whole character.
            let last_len = original[last..].chars().next().map_or(0, char::len_utf8);
            start..last + last_len
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn check(input: &str, expected: &str) {
        assert_eq!(fold(input), expected, "fold({input:?})");
        assert_eq!(Folded::new(input).text, expected, "Folded::new({input:?})");
    }

    #[test]
    fn folds_french() {
        check("", "");
        check("Élève à l’école", "eleve a l'ecole");
        check(
            "ÀÂÄ àâä ÉÈÊË éèêë ÎÏ îï ÔÖ ôö ÙÛÜ ùûü Ÿ ÿ Ç ç",
            "aaa aaa eeee eeee ii ii oo oo uuu uuu y y c c",
        );
        check(
            "Œuvre, cœur, Æther, ex æquo",
            "oeuvre, coeur, aether, ex aequo",
        );
        check("l'État — c’est «nous»", "l'etat - c'est \"nous\"");
        check("3\u{202F}500 habitants\u{00A0}!", "3 500 habitants !");
        check("ligne\nsuivante\ttab", "ligne suivante tab");
        check("Straße", "strasse");
        // Decomposed "é" (e + combining acute) folds like the composed one.
        check("e\u{301}cole", "ecole");
        check("Ελλάδα", "ελλάδα");
        check("dé\u{00AD}coupage", "decoupage");
    }

    /// Checks that the folded match of `needle` in `text` maps back to `expected`.
    fn check_back(text: &str, needle: &str, expected: &str) {
        let f = Folded::new(text);
        let at = f.text.find(needle).expect("needle in folded text");
        let r = f.original_range(text, at..at + needle.len());
        assert_eq!(&text[r], expected, "{needle:?} in {text:?}");
    }

    #[test]
    fn maps_back_to_the_original() {
        check_back("L’Œuvre élémentaire", "l'oeuvre", "L’Œuvre");
        check_back("L’Œuvre élémentaire", "elem", "élém");
        check_back("L’Œuvre élémentaire", "o", "Œ");
        check_back("L’Œuvre élémentaire", "e", "Œ");
        check_back("cœur", "oeu", "œu");
        check_back("e\u{301}cole", "ec", "e\u{301}c");
        check_back("e\u{301}cole", "e", "e\u{301}");
        check_back("dé\u{00AD}coupage", "de", "dé\u{00AD}");
        check_back("3\u{202F}500", "3 5", "3\u{202F}5");
        check_back("fin…", "...", "…");
        let f = Folded::new("abc");
        assert_eq!(f.original_range("abc", 3..3), 3..3);
        assert_eq!(f.original_range("abc", 0..3), 0..3);
    }

    proptest! {
        #[test]
        fn offsets_are_consistent(text in prop_oneof![
            "\\PC{0,40}",
            "[aéœÆ’ \u{301}\u{202F}İß…x]{0,20}",
        ]) {
            let f = Folded::new(&text);
            prop_assert_eq!(&f.text, &fold(&text));
            prop_assert_eq!(f.origins.len(), f.text.len());
            prop_assert!(f.origins.windows(2).all(|w| w[0] <= w[1]));
            prop_assert!(f.origins.iter().all(|&o| text.is_char_boundary(o as usize)));
            // Every folded char range maps to an original range whose folding
            // contains it.
            let bounds: Vec<usize> = f.text.char_indices().map(|(i, _)| i).chain([f.text.len()]).collect();
            for (i, &a) in bounds.iter().enumerate() {
                for &b in &bounds[i..] {
                    let r = f.original_range(&text, a..b);
                    prop_assert!(fold(&text[r]).contains(&f.text[a..b]));
                }
            }
        }
    }
}
