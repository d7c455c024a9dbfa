//! What a piece of report text names: commitments by number, an institution
//! by its exact name, e-mail addresses. Read from the plain text; the text
//! itself is never changed.

use plan_core::Institution;

use crate::text;

/// Numbers of the commitments a text names, ascending and without repeats:
/// « engagement 1 », « engagements 10, 11, 12 », « engagements 14 et 5 ».
/// The word may start a sentence (« Engagement 3 »); a number must follow it.
pub fn commitment_numbers(s: &str) -> Vec<u32> {
    const WORD: &str = "engagement";
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(found) = find_ignore_ascii_case(&s[from..], WORD) {
        let start = from + found;
        from = start + WORD.len();
        // A whole word: « désengagement » does not count.
        let before = s[..start].chars().next_back();
        if before.is_some_and(char::is_alphanumeric) {
            continue;
        }
        let mut rest = &s[from..];
        rest = rest.strip_prefix('s').unwrap_or(rest);
        let Some(mut rest) = rest.strip_prefix(' ') else {
            continue;
        };
        // A list of numbers joined by « , » or « et ».
        while let Some((n, after)) = leading_number(rest) {
            out.push(n);
            match after
                .strip_prefix(", ")
                .or_else(|| after.strip_prefix(" et "))
            {
                Some(next) if leading_number(next).is_some() => rest = next,
                _ => break,
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The number starting `s`, if it is not the start of a longer word or a
/// decimal (`2015-2017` is a number followed by `-`, accepted; `1.5` is not).
fn leading_number(s: &str) -> Option<(u32, &str)> {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let rest = &s[digits..];
    let decimal =
        rest.starts_with(['.', ',']) && rest[1..].starts_with(|c: char| c.is_ascii_digit());
    if decimal || rest.starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    Some((s[..digits].parse().ok()?, rest))
}

fn find_ignore_ascii_case(haystack: &str, needle: &str) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    (0..=h.len().checked_sub(n.len())?).find(|&i| h[i..i + n.len()].eq_ignore_ascii_case(n))
}

/// The id of the institution whose name or an alias is `s`, written with
/// or without accents and capitals (the annex prints "Ministère de
/// l'Education nationale…" where the plan prints "l'Éducation"): the two
/// are compared folded as the search folds them (`plan_core::fold`), once
/// whitespace is normalised. Anything more than the same name is no match.
pub fn institution<'a>(s: &str, institutions: &'a [Institution]) -> Option<&'a str> {
    let same = |a: &str| plan_core::fold::fold(&text::collapse(a));
    let s = same(s);
    institutions
        .iter()
        .find(|i| {
            std::iter::once(&i.name)
                .chain(&i.aliases)
                .any(|a| same(a) == s)
        })
        .map(|i| i.id.as_str())
}

/// The e-mail addresses printed in a text, in order: words holding an `@`,
/// without the punctuation around them (« …etalab.gouv.fr. Les… »).
pub fn emails(s: &str) -> Vec<&str> {
    s.split_ascii_whitespace()
        .filter(|w| w.contains('@'))
        .map(|w| w.trim_matches(|c: char| !c.is_ascii_alphanumeric()))
        .filter(|w| {
            w.split_once('@')
                .is_some_and(|(a, b)| !a.is_empty() && b.contains('.'))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_the_report_s_forms() {
        assert_eq!(
            commitment_numbers("(engagement 1), à l'aide (engagement 3)"),
            [1, 3]
        );
        assert_eq!(
            commitment_numbers("(engagements 10, 11, 12, 13, 19, 24, 26)"),
            [10, 11, 12, 13, 19, 24, 26]
        );
        assert_eq!(commitment_numbers("(engagements 14 et 5)"), [5, 14]);
        assert_eq!(commitment_numbers("Engagement 7 et engagement 7"), [7]);
        assert_eq!(
            commitment_numbers("chaque engagement est inscrit"),
            Vec::<u32>::new()
        );
        assert_eq!(
            commitment_numbers("porteur de dix engagements"),
            Vec::<u32>::new()
        );
        assert_eq!(commitment_numbers("désengagement 4"), Vec::<u32>::new());
        assert_eq!(commitment_numbers("engagement 1.5 et"), Vec::<u32>::new());
        assert_eq!(commitment_numbers("engagements 2, et"), [2]);
    }

    #[test]
    fn institutions_match_by_name_whatever_the_accents_and_capitals() {
        let list = vec![Institution {
            id: "premier-ministre".into(),
            name: "Premier ministre".into(),
            aliases: vec!["Premier ministre".into(), "Premier ministre (DILA)".into()],
        }];
        assert_eq!(
            institution("Premier  ministre", &list),
            Some("premier-ministre")
        );
        assert_eq!(
            institution("Premier ministre (DILA)", &list),
            Some("premier-ministre")
        );
        // The same name without its accents or with other capitals.
        assert_eq!(
            institution("PREMIER Ministre", &list),
            Some("premier-ministre")
        );
        // Anything more is another text.
        assert_eq!(institution("Premier ministre ;", &list), None);
        assert_eq!(institution("Premier ministre délégué", &list), None);
    }

    #[test]
    fn addresses() {
        assert_eq!(
            emails("à l'adresse gouvernement-ouvert@etalab.gouv.fr. Les contributions"),
            ["gouvernement-ouvert@etalab.gouv.fr"]
        );
        assert_eq!(emails("(a@b.fr) et x@y"), ["a@b.fr"]);
    }
}
