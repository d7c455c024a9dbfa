//! Low level for the report's own text (`report.json`): the parts printed
//! outside the plan, cut at their headings, nothing more.
//!
//! Like [`crate::report`], this stage mirrors the input: every heading and
//! body line keeps its 1-based number and its text as printed, and only the
//! outline's shape is checked. The parts are the book's opening text (from
//! the first line after the table of contents to chapter 1), the numbered
//! chapters, and the annexes. Chapter 4 keeps its introduction, 4.1's
//! « Date de mise à jour » line and 4.2's heading; the summary table and the
//! commitments between them are the snapshot's and are skipped.
//!
//! Headings are found by these rules:
//! - `N. Title` starts chapter N, `N.M. Title` its sub-section M, each number
//!   following the previous one; in the annexes, `N. Title` is part N of the
//!   current annex (the « Ministère ouvert » kit's parts);
//! - a lone line (blank lines around it) that is not a list item nor a table
//!   line, has no markup (`**`, `[…](…)`) and no final `.`, `:`, `;`, `!`, `?`
//!   is an unnumbered heading (« Evénements contributifs »), unless
//!   `corrections.toml` says it is text (`[[not_heading]]`);
//! - after the last chapter, the line equal to the table of contents' entry
//!   « Annexes » starts the annexes, and the lines equal to that entry's
//!   sub-entries start the annexes themselves, in order; `[[toc_heading]]`
//!   names the line of an annex whose title the body does not print.
//!
//! Levels: 1 for the opening text, a chapter or the annexes; 2 for a numbered
//! sub-section, an annex, or an unnumbered heading directly in a chapter; 3
//! below those. `[[section_start]]` moves a heading down to the line where its
//! own text starts (the annexes print two titles back to back).

use plan_core::report::PlanPart;

use crate::corrections::Corrections;
use crate::error::{Error, Result};
use crate::report::{Line, DETAIL_HEADING, SUMMARY_DATE_PREFIX, SUMMARY_HEADING};

pub const TOC_HEADING: &str = "Table of Contents";
pub const ANNEXES: &str = "Annexes";

/// One heading and the lines printed under it, up to the next heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawSection<'a> {
    pub heading: Line<'a>,
    /// The printed number without its final dot (`2.1`), or empty.
    pub number: &'a str,
    pub title: &'a str,
    pub level: usize,
    pub plan_part: Option<PlanPart>,
    /// Lines under the heading, blank ones included.
    pub body: Vec<Line<'a>>,
}

/// A `N.` or `N.M.` heading: the numbers and the title.
fn numbered(s: &str) -> Option<(Vec<u32>, &str, &str)> {
    let (number, title) = s.split_once(". ")?;
    let parts: Vec<u32> = number
        .split('.')
        .map(|p| {
            (!p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
                .then(|| p.parse().ok())
                .flatten()
        })
        .collect::<Option<_>>()?;
    (!title.trim().is_empty()).then_some((parts, number, title.trim_end()))
}

/// The shape of an unnumbered heading (see the module doc), on the line alone.
fn looks_like_heading(t: &str) -> bool {
    let t = t.trim_end();
    !t.is_empty()
        && !t.starts_with(['-', ' ', '['])
        && !t.contains('\t')
        && !t.contains("**")
        && !t.contains("](")
        && !t.ends_with(['.', ':', ';', '!', '?'])
}

/// The table of contents: (title, number) of each entry, and the index of the
/// first line after it.
fn table_of_contents<'a>(lines: &[&'a str]) -> Result<(Vec<(&'a str, &'a str)>, usize)> {
    let start = lines
        .iter()
        .position(|l| l.trim_end() == TOC_HEADING)
        .ok_or_else(|| Error::eof(lines.len(), format!("a line '{TOC_HEADING}'")))?;
    let mut entries = Vec::new();
    for (i, l) in lines.iter().enumerate().skip(start + 1) {
        if l.trim().is_empty() {
            continue;
        }
        let Some((title, number)) = l.rsplit_once('\t') else {
            return Ok((entries, i));
        };
        entries.push((title.trim(), number.trim()));
    }
    Err(Error::eof(lines.len(), "the book's opening text"))
}

/// Titles of the annexes: the entries numbered under the entry « Annexes ».
fn annex_titles<'a>(toc: &[(&'a str, &'a str)], toc_line: usize) -> Result<Vec<&'a str>> {
    let (_, number) = toc
        .iter()
        .find(|(t, _)| *t == ANNEXES)
        .ok_or_else(|| Error::eof(toc_line, format!("a table-of-contents entry '{ANNEXES}'")))?;
    let prefix = format!("{number}.");
    Ok(toc
        .iter()
        .filter(|(_, n)| {
            n.strip_prefix(&prefix)
                .is_some_and(|rest| !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit()))
        })
        .map(|(t, _)| *t)
        .collect())
}

/// Where the scan is in the outline.
#[derive(Default)]
struct State {
    chapter: u32,
    sub: u32,
    in_annexes: bool,
    /// Index of the next annex title to find.
    annex: usize,
    /// Last numbered part of the current annex.
    part: u32,
}

/// Cuts the report's own text at its headings; fails at the first line out of
/// the expected outline.
pub fn parse<'a>(input: &'a str, corrections: &Corrections) -> Result<Vec<RawSection<'a>>> {
    let lines: Vec<&str> = input.lines().collect();
    let line = |i: usize| Line {
        no: i + 1,
        text: lines[i],
    };
    let blank = |i: usize| i >= lines.len() || lines[i].trim().is_empty();
    let (toc, opening) = table_of_contents(&lines)?;
    let annexes = annex_titles(&toc, opening)?;

    let section = |i: usize, number, title, level| RawSection {
        heading: line(i),
        number,
        title,
        level,
        plan_part: None,
        body: Vec::new(),
    };
    let mut out = vec![section(opening, "", lines[opening].trim_end(), 1)];
    let mut st = State::default();
    // A heading moved down by `[[section_start]]`, and the line it goes to.
    let mut deferred: Option<(usize, RawSection<'a>)> = None;
    let mut i = opening + 1;
    while i < lines.len() {
        if deferred.as_ref().is_some_and(|(at, _)| *at == i + 1) {
            let (_, h) = deferred.take().expect("checked");
            // The heading goes where a block starts, not inside one.
            if blank(i) || !blank(i - 1) {
                return Err(Error::at(
                    i + 1,
                    format!(
                        "the start of a block, for the heading of line {} (corrections.toml)",
                        h.heading.no
                    ),
                    lines[i],
                ));
            }
            out.push(h);
        }
        let l = line(i);
        let t = l.text.trim_end();
        let lone = blank(i.wrapping_sub(1)) && blank(i + 1);
        let heading = if let Some((parts, number, title)) = numbered(t) {
            Some(numbered_heading(&mut st, l, &parts, number, title)?)
        } else if let Some(toc_title) = corrections.toc_heading(l.no, t) {
            if !st.in_annexes || annexes.get(st.annex) != Some(&toc_title) {
                return Err(Error::at(
                    l.no,
                    format!("the heading of the annex '{toc_title}' (corrections.toml)"),
                    l.text,
                ));
            }
            st.annex += 1;
            st.part = 0;
            Some(section(i, "", t, 2))
        } else if lone && looks_like_heading(t) && !corrections.not_heading(l.no, t) {
            let level = if t == ANNEXES && !st.in_annexes {
                st.in_annexes = true;
                1
            } else if st.in_annexes && annexes.get(st.annex) == Some(&t) {
                st.annex += 1;
                st.part = 0;
                2
            } else if st.sub > 0 || st.in_annexes {
                3
            } else {
                2
            };
            Some(section(i, "", t, level))
        } else {
            None
        };
        let Some(mut h) = heading else {
            out.last_mut().expect("the opening").body.push(l);
            i += 1;
            continue;
        };
        if let Some(at) = corrections.section_start(l.no, t) {
            if at <= l.no || deferred.is_some() {
                return Err(Error::at(
                    l.no,
                    format!(
                        "a heading moved to a later line than {} (corrections.toml)",
                        l.no
                    ),
                    l.text,
                ));
            }
            deferred = Some((at, h));
            i += 1;
            continue;
        }
        i += 1;
        if t == SUMMARY_HEADING {
            // 4.1: only its date line is the report's; the table and all of
            // 4.2 under its heading are the snapshot's.
            let date = (i..lines.len()).find(|&k| !blank(k));
            let Some(d) = date.filter(|&k| lines[k].starts_with(SUMMARY_DATE_PREFIX)) else {
                let k = date.unwrap_or(lines.len() - 1);
                return Err(Error::at(
                    k + 1,
                    format!("'{SUMMARY_DATE_PREFIX}DD/MM/YYYY'"),
                    lines[k],
                ));
            };
            h.plan_part = Some(PlanPart::Summary);
            h.body.push(line(d));
            out.push(h);
            let detail = seek(&lines, d + 1, |s| s == DETAIL_HEADING, DETAIL_HEADING)?;
            let Some((parts, number, title)) = numbered(DETAIL_HEADING) else {
                unreachable!("DETAIL_HEADING is numbered")
            };
            let mut d = numbered_heading(&mut st, line(detail), &parts, number, title)?;
            d.plan_part = Some(PlanPart::Commitments);
            out.push(d);
            let next = format!("{}. ", st.chapter + 1);
            i = seek(
                &lines,
                detail + 1,
                |s| s.starts_with(&next),
                &format!("chapter {}", st.chapter + 1),
            )?;
            continue;
        }
        out.push(h);
    }
    if let Some((at, h)) = deferred {
        return Err(Error::eof(
            lines.len(),
            format!(
                "line {at}, where the heading of line {} goes (corrections.toml)",
                h.heading.no
            ),
        ));
    }
    if let Some(missing) = annexes.get(st.annex) {
        return Err(Error::eof(
            lines.len(),
            format!("the annex '{missing}' listed in the table of contents"),
        ));
    }
    Ok(out)
}

/// Index of the first line at or after `from` for which `want` holds.
fn seek(lines: &[&str], from: usize, want: impl Fn(&str) -> bool, what: &str) -> Result<usize> {
    (from..lines.len())
        .find(|&k| want(lines[k].trim_end()))
        .ok_or_else(|| Error::eof(lines.len(), format!("a line '{what}'")))
}

/// Checks that a numbered heading comes next in the outline and places it.
fn numbered_heading<'a>(
    st: &mut State,
    l: Line<'a>,
    parts: &[u32],
    number: &'a str,
    title: &'a str,
) -> Result<RawSection<'a>> {
    let level = match *parts {
        [n] if st.in_annexes && n == st.part + 1 => {
            st.part = n;
            3
        }
        [n] if !st.in_annexes && n == st.chapter + 1 => {
            st.chapter = n;
            st.sub = 0;
            1
        }
        [n, m] if !st.in_annexes && n == st.chapter && m == st.sub + 1 => {
            st.sub = m;
            2
        }
        _ => {
            let expected = if st.in_annexes {
                format!("part {} of the annex", st.part + 1)
            } else {
                format!(
                    "chapter {} or section {}.{}",
                    st.chapter + 1,
                    st.chapter,
                    st.sub + 1
                )
            };
            return Err(Error::at(l.no, expected, l.text));
        }
    };
    Ok(RawSection {
        heading: l,
        number,
        title,
        level,
        plan_part: None,
        body: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_headings() {
        assert_eq!(
            numbered("2.1. Consultation"),
            Some((vec![2, 1], "2.1", "Consultation"))
        );
        assert_eq!(
            numbered("7. Contribuer"),
            Some((vec![7], "7", "Contribuer"))
        );
        assert_eq!(numbered("2015 - 2017"), None);
        assert_eq!(numbered("- 2.1. Consultation"), None);
        assert_eq!(numbered("1.. x"), None);
    }

    #[test]
    fn heading_shape() {
        assert!(looks_like_heading("Evénements contributifs"));
        assert!(looks_like_heading(
            "Echanges et projets autour des données des pays francophones : #HackFrancophonie"
        ));
        assert!(!looks_like_heading("Calendrier :"));
        assert!(!looks_like_heading("[En savoir plus](#)"));
        assert!(!looks_like_heading("- Cour des comptes"));
        assert!(!looks_like_heading("Thème\tProjet"));
        assert!(!looks_like_heading("Pays participants : Bénin."));
    }

    fn outline(src: &str) -> Result<Vec<(usize, String, usize)>> {
        parse(src, &Corrections::none()).map(|v| {
            v.iter()
                .map(|s| (s.heading.no, s.title.to_string(), s.level))
                .collect()
        })
    }

    const TOC: &str = "Table of Contents\n\nIntro\t1.1\nAnnexes\t1.2\nListe\t1.2.1\n\n";

    #[test]
    fn outline_levels() {
        let src = format!(
            "{TOC}Titre du livre\n\nTexte.\n\n1. Chapitre\n\nSous-titre\n\nTexte.\n\n1.1. Section\n\nAutre titre\n\n- item\n\n{ANNEXES}\n\nListe\n\nDétail\n\n1. Partie\n\nTexte.\n"
        );
        let o = outline(&src).unwrap();
        let levels: Vec<(&str, usize)> = o.iter().map(|(_, t, l)| (t.as_str(), *l)).collect();
        assert_eq!(
            levels,
            [
                ("Titre du livre", 1),
                ("Chapitre", 1),
                ("Sous-titre", 2),
                ("Section", 2),
                ("Autre titre", 3),
                ("Annexes", 1),
                ("Liste", 2),
                ("Détail", 3),
                ("Partie", 3),
            ]
        );
    }

    #[test]
    fn out_of_order_numbers_and_missing_annexes_are_errors() {
        let src = format!("{TOC}Titre\n\n2. Chapitre\n");
        assert_eq!(outline(&src).unwrap_err().line(), Some(9));
        let src = format!("{TOC}Titre\n\n1. Chapitre\n\n1.2. Section\n");
        assert_eq!(outline(&src).unwrap_err().line(), Some(11));
        let src = format!("{TOC}Titre\n\n1. Chapitre\n\n{ANNEXES}\n");
        let err = outline(&src).unwrap_err();
        assert!(err.to_string().contains("'Liste'"), "{err}");
    }
}
