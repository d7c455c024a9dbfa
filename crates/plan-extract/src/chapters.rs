//! High level for `report.json`: the outline ([`crate::outline`]) and its
//! prose ([`crate::prose`]) built into a [`plan_core::report::Report`], with
//! section ids, nesting and the contact address.

use std::collections::HashSet;

use plan_core::report::{self, Contact, Report, ReportSource, Section, REPORT_SCHEMA_VERSION};
use plan_core::Snapshot;

use crate::corrections::Corrections;
use crate::error::{Error, Result};
use crate::outline::{self, RawSection};
use crate::prose;
use crate::references;
use crate::text;

/// Longest section id: long enough to read, short enough for a URL (6.1's
/// title is a 200-character sentence).
const ID_MAX: usize = 50;

/// Words an id does not end with, once cut: articles, prepositions,
/// possessives, conjunctions and the elided `d'`, `l'` (`…-du-plan-d` becomes
/// `…-du-plan`).
const WEAK_ENDINGS: &[&str] = &[
    "a", "au", "aux", "ce", "cette", "d", "dans", "de", "des", "du", "en", "et", "l", "la", "le",
    "les", "leur", "leurs", "ou", "par", "pour", "qu", "sa", "ses", "son", "sur", "un", "une",
    "vos", "votre",
];

/// The section id of a title: its slug, cut at a word boundary to at most
/// [`ID_MAX`] characters, without a weak final word.
pub fn section_id(title: &str) -> String {
    let mut id = String::new();
    for w in text::slug(title).split('-') {
        if !id.is_empty() && id.len() + 1 + w.len() > ID_MAX {
            break;
        }
        if !id.is_empty() {
            id.push('-');
        }
        id.push_str(w);
    }
    while let Some((head, last)) = id.rsplit_once('-') {
        if !WEAK_ENDINGS.contains(&last) {
            break;
        }
        id.truncate(head.len());
    }
    id
}

/// Builds the report's own text from the report and its snapshot (for the
/// references). Records its corrections as used; the caller checks them all.
pub fn build(input: &str, plan: &Snapshot, corrections: &Corrections) -> Result<Report> {
    let raw = outline::parse(input, corrections)?;
    let lines: Vec<&str> = input.lines().collect();
    let continuations =
        corrections.continuations(|n| lines.get(n.wrapping_sub(1)).map(|s| s.to_string()))?;
    let is_continuation = |n: usize| {
        let yes = continuations.contains(&n);
        if yes {
            corrections.used_continuation(n);
        }
        yes
    };
    let numbers: Vec<u32> = plan.commitments.iter().map(|c| c.number).collect();
    let refs = prose::Plan {
        commitments: &numbers,
        institutions: &plan.institutions,
    };

    let mut ids = HashSet::new();
    let mut flat = Vec::with_capacity(raw.len());
    for s in &raw {
        let id = section_id(s.title);
        if id.is_empty() || !ids.insert(id.clone()) {
            return Err(Error::at(
                s.heading.no,
                format!("a title whose id ('{id}') is not empty and is unique"),
                s.heading.text,
            ));
        }
        let section = Section {
            id,
            number: s.number.to_string(),
            title: text::collapse(s.title),
            plan_part: s.plan_part,
            blocks: prose::blocks(&s.body, is_continuation, &refs)?,
            sections: Vec::new(),
        };
        flat.push((s.level, section));
    }

    let report = Report {
        schema_version: REPORT_SCHEMA_VERSION,
        source: ReportSource {
            sha256: plan.source.sha256.clone(),
        },
        contact: Contact {
            email: contact(&raw, lines.len())?,
        },
        chapters: nest(flat),
    };
    // The app's own checks: the extractor never writes a file it refuses.
    report::validate(&report)
        .and_then(|()| report::check_against_plan(&report, plan))
        .map_err(|e| Error::Output(format!("report.json would not load: {e}")))?;
    Ok(report)
}

/// Makes each section a child of the last one before it of a lower level.
fn nest(flat: Vec<(usize, Section)>) -> Vec<Section> {
    let mut roots = Vec::new();
    let mut open: Vec<(usize, Section)> = Vec::new();
    let close = |open: &mut Vec<(usize, Section)>, roots: &mut Vec<Section>| {
        let (_, done) = open.pop().expect("an open section");
        match open.last_mut() {
            Some((_, parent)) => parent.sections.push(done),
            None => roots.push(done),
        }
    };
    for (level, s) in flat {
        while open.last().is_some_and(|(l, _)| *l >= level) {
            close(&mut open, &mut roots);
        }
        open.push((level, s));
    }
    while !open.is_empty() {
        close(&mut open, &mut roots);
    }
    roots
}

/// The report's contribution address: the one e-mail address its text prints
/// (lines 86, 179, 1448, 1542 and 1557 all print the same).
fn contact(raw: &[RawSection<'_>], last_line: usize) -> Result<String> {
    let mut first: Option<&str> = None;
    for l in raw.iter().flat_map(|s| &s.body) {
        for address in references::emails(l.text) {
            let first = *first.get_or_insert(address);
            if address != first {
                return Err(Error::at(
                    l.no,
                    format!("the one contact address the report gives ('{first}')"),
                    l.text,
                ));
            }
        }
    }
    first
        .map(str::to_owned)
        .ok_or_else(|| Error::eof(last_line, "an e-mail address for contributions"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_short_slugs() {
        assert_eq!(
            section_id("Introduction et contexte"),
            "introduction-et-contexte"
        );
        assert_eq!(
            section_id("Processus d'élaboration et de mise en oeuvre du plan d'action national"),
            "processus-d-elaboration-et-de-mise-en-oeuvre"
        );
        assert_eq!(
            section_id("Consultation lors de l'élaboration du Plan d'action national"),
            "consultation-lors-de-l-elaboration-du-plan"
        );
        assert_eq!(section_id("Contribuer"), "contribuer");
        assert_eq!(section_id("« »"), "");
    }

    fn s(id: &str) -> Section {
        Section {
            id: id.into(),
            number: String::new(),
            title: id.into(),
            plan_part: None,
            blocks: vec![],
            sections: vec![],
        }
    }

    #[test]
    fn nesting_follows_levels() {
        let tree = nest(vec![
            (1, s("a")),
            (2, s("a1")),
            (3, s("a1x")),
            (2, s("a2")),
            (1, s("b")),
            (3, s("b-deep")),
        ]);
        let shape: Vec<(String, Vec<String>)> = tree
            .iter()
            .map(|c| {
                (
                    c.id.clone(),
                    c.sections.iter().map(|x| x.id.clone()).collect(),
                )
            })
            .collect();
        assert_eq!(
            shape,
            [
                ("a".into(), vec!["a1".into(), "a2".into()]),
                ("b".into(), vec!["b-deep".into()])
            ]
        );
        assert_eq!(tree[0].sections[0].sections[0].id, "a1x");
    }
}
