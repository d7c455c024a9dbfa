//! Text normalisation: the only changes the extractor makes to report text.
//!
//! Exactly four things happen to a piece of text, and nothing else (no typo
//! fixes, no paraphrase, no quote or apostrophe changes):
//! 1. `<p>` and `</p>` tags, left by the HTML-to-text conversion, are removed;
//! 2. runs of ASCII whitespace (spaces, tabs, line breaks) become one space and
//!    the ends are trimmed;
//! 3. cells of a table row cut by a page break are joined back with one space;
//! 4. at such a join only, words printed twice across the break are kept once.
//!
//! Slugs (ids) are derived here too; they are identifiers, not report text.

/// Removes `<p>`/`</p>` and collapses whitespace (steps 1 and 2).
pub fn clean(s: &str) -> String {
    // A tag becomes a space so that `a</p><p>b` can never glue two words.
    let untagged = s.replace("</p>", " ").replace("<p>", " ");
    collapse(&untagged)
}

/// Collapses runs of ASCII whitespace to one space and trims the ends.
///
/// Only ASCII whitespace: a no-break space in French typography (before `:`,
/// inside `« »`) is part of the text and must survive.
pub fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        if c.is_ascii_whitespace() {
            pending_space = !out.is_empty();
        } else {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push(c);
        }
    }
    out
}

/// How many words at the end of `left` are printed again at the start of
/// `right` (the longest such run), e.g. 5 for "…rapatrier les données des
/// marchés publics sur" + "données des marchés publics sur data.gouv.fr…".
pub fn overlap_words(left: &str, right: &str) -> usize {
    let l: Vec<&str> = left.split(' ').filter(|w| !w.is_empty()).collect();
    let r: Vec<&str> = right.split(' ').filter(|w| !w.is_empty()).collect();
    (1..=l.len().min(r.len()))
        .rev()
        .find(|&k| l[l.len() - k..] == r[..k])
        .unwrap_or(0)
}

/// Joins two already-cleaned pieces of one cell cut by a page break (steps 3
/// and 4): one space between them, the repeated run of words kept once.
pub fn join_across_break(left: &str, right: &str) -> String {
    if left.is_empty() {
        return right.to_string();
    }
    if right.is_empty() {
        return left.to_string();
    }
    let k = overlap_words(left, right);
    let rest: Vec<&str> = right.split(' ').skip(k).collect();
    if rest.is_empty() {
        left.to_string()
    } else {
        format!("{left} {}", rest.join(" "))
    }
}

/// ASCII transliteration of the Latin letters French uses; `None` for any
/// other non-ASCII character.
fn ascii_fold(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => "a",
        'À' | 'Á' | 'Â' | 'Ä' | 'Ã' | 'Å' => "A",
        'ç' => "c",
        'Ç' => "C",
        'é' | 'è' | 'ê' | 'ë' => "e",
        'É' | 'È' | 'Ê' | 'Ë' => "E",
        'î' | 'ï' | 'í' | 'ì' => "i",
        'Î' | 'Ï' | 'Í' | 'Ì' => "I",
        'ô' | 'ö' | 'ó' | 'ò' | 'õ' => "o",
        'Ô' | 'Ö' | 'Ó' | 'Ò' | 'Õ' => "O",
        'ù' | 'û' | 'ü' | 'ú' => "u",
        'Ù' | 'Û' | 'Ü' | 'Ú' => "U",
        'ÿ' => "y",
        'Ÿ' => "Y",
        'ñ' => "n",
        'Ñ' => "N",
        'œ' => "oe",
        'Œ' => "OE",
        'æ' => "ae",
        'Æ' => "AE",
        _ => return None,
    })
}

/// Comparison key for names: accents removed, lower case, any run of
/// non-alphanumeric characters as one space. "Ministère de l'Économie" and
/// "Ministère de l'Economie" share a key; so do "État" and "Etat".
pub fn fold_key(s: &str) -> String {
    slug(s).replace('-', " ")
}

/// URL-safe ASCII slug: accents removed, lower case, words joined by `-`.
pub fn slug(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut sep = false;
    let mut push = |piece: &str, out: &mut String| {
        for c in piece.chars() {
            if c.is_ascii_alphanumeric() {
                if sep && !out.is_empty() {
                    out.push('-');
                }
                sep = false;
                out.push(c.to_ascii_lowercase());
            } else {
                sep = true;
            }
        }
    };
    for c in s.chars() {
        if c.is_ascii() {
            let mut buf = [0u8; 4];
            push(c.encode_utf8(&mut buf), &mut out);
        } else if let Some(folded) = ascii_fold(c) {
            push(folded, &mut out);
        } else {
            push(" ", &mut out);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_strips_tags_and_collapses() {
        assert_eq!(clean("<p>a  b</p>\t<p>c</p>"), "a b c");
        assert_eq!(clean("  x \t y "), "x y");
        // A no-break space is text, not layout.
        assert_eq!(clean("«\u{a0}x\u{a0}»"), "«\u{a0}x\u{a0}»");
    }

    #[test]
    fn overlap_is_longest_suffix_prefix() {
        assert_eq!(overlap_words("a b c", "b c d"), 2);
        assert_eq!(overlap_words("a b c", "d e"), 0);
        assert_eq!(overlap_words("des ressources", "ressources juridiques"), 1);
        assert_eq!(join_across_break("a b c", "b c d"), "a b c d");
        assert_eq!(join_across_break("", "x"), "x");
        assert_eq!(join_across_break("x", ""), "x");
        assert_eq!(
            join_across_break("La liste des", "est disponible"),
            "La liste des est disponible"
        );
    }

    #[test]
    fn slugs_are_ascii() {
        assert_eq!(
            slug("Ministère de l'Économie, de l'Industrie"),
            "ministere-de-l-economie-de-l-industrie"
        );
        assert_eq!(slug("Secrétariat d'État"), slug("Secrétariat d'Etat"));
        assert_eq!(slug("  Cœur -- x "), "coeur-x");
        assert_eq!(
            fold_key("Ministère de l'Intérieur"),
            "ministere de l interieur"
        );
    }
}
