//! High level: the snapshot built from the report's parts.
//!
//! Everything that reads meaning into text happens here: joining table cells
//! cut by page breaks, statuses, axes and objectives, institutions, rich text,
//! press mentions and contribution counts. Each step checks what it reads
//! against the other places the report states the same thing (titles against
//! the summary table, the outline against the axis chapters) and fails with the
//! line number when they disagree.

use std::collections::BTreeMap;

use plan_core::{
    Action, Axis, CalendarCode, Commitment, Objective, PressMention, RichText, Snapshot, Source,
    StatusCode, SCHEMA_VERSION,
};

use crate::corrections::Corrections;
use crate::error::{Error, Result};
use crate::institutions::{self, Registry};
use crate::report::{self, CommitmentSection, Line, RawRow, Report};
use crate::rich;
use crate::text;
use crate::vocab;

/// A row of the summary table, read.
#[derive(Debug, Clone)]
pub struct SummaryRow {
    pub line: usize,
    pub number: u32,
    pub title: String,
    pub status: StatusCode,
    pub status_label: String,
    pub calendar: CalendarCode,
}

/// The cells of a row, each joined back across page breaks.
///
/// Also returns, per cell, the line where it is (last) non-empty, so a
/// message or a correction can point at the right line.
pub fn join_cells(row: &RawRow<'_>) -> Vec<(String, usize)> {
    let columns = row.pieces[0].cells.len();
    (0..columns)
        .map(|i| {
            let mut joined = String::new();
            let mut line = row.first_line();
            for piece in &row.pieces {
                let cell = text::clean(piece.cells[i]);
                if !cell.is_empty() {
                    line = piece.no;
                }
                joined = text::join_across_break(&joined, &cell);
            }
            (joined, line)
        })
        .collect()
}

/// The status a printed label means: a vocabulary word, or a corrected label.
fn status(label: &str, line: usize, corrections: &Corrections) -> Result<StatusCode> {
    vocab::status_of(label)
        .or_else(|| corrections.status_label(line, label))
        .ok_or_else(|| {
            Error::at(
                line,
                "a status ('Non démarré', 'Partiel', 'Substantiel', 'Complet', 'Information non disponible')",
                label,
            )
        })
}

fn summary(report: &Report<'_>, corrections: &Corrections) -> Result<Vec<SummaryRow>> {
    let mut rows = Vec::new();
    for (i, raw) in report.summary.iter().enumerate() {
        let cells = join_cells(raw);
        let (first, line) = &cells[0];
        let expected = format!("'Engagement {} : …'", i + 1);
        let Some((number, title)) = report::parse_engagement(first) else {
            return Err(Error::at(*line, expected, first));
        };
        if number as usize != i + 1 {
            return Err(Error::at(*line, expected, first));
        }
        let (label, sline) = &cells[1];
        let (cal, cline) = &cells[2];
        rows.push(SummaryRow {
            line: raw.first_line(),
            number,
            title: title.to_string(),
            status: status(label, *sline, corrections)?,
            status_label: label.clone(),
            calendar: vocab::calendar_of(cal).ok_or_else(|| {
                Error::at(*cline, "a calendar status ('Conforme', 'Retardé')", cal)
            })?,
        });
    }
    Ok(rows)
}

/// "03/06/2016" → "2016-06-03".
fn as_of(l: &Line<'_>) -> Result<String> {
    let expected = "a date 'DD/MM/YYYY'";
    let date = l.text[report::SUMMARY_DATE_PREFIX.len()..].trim();
    let parts: Vec<&str> = date.split('/').collect();
    match parts.as_slice() {
        [d, m, y]
            if d.len() == 2
                && m.len() == 2
                && y.len() == 4
                && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())) =>
        {
            Ok(format!("{y}-{m}-{d}"))
        }
        _ => Err(Error::at(l.no, expected, date)),
    }
}

/// "JUILLET 2016" → "2016-07".
fn published(l: &Line<'_>) -> Result<String> {
    let expected = "a month and year, e.g. 'JUILLET 2016'";
    let t = l.text.trim();
    let (month, year) = t
        .split_once(' ')
        .ok_or_else(|| Error::at(l.no, expected, t))?;
    match vocab::month_number(month) {
        Some(m) if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) => {
            Ok(format!("{year}-{m:02}"))
        }
        _ => Err(Error::at(l.no, expected, t)),
    }
}

/// Where each commitment sits: (axis id, objective id).
type Placement = BTreeMap<u32, (String, Option<String>)>;

/// Axes from the outline of section 4.2: a line equal to the next axis
/// chapter's title starts that axis, any other heading is an objective of the
/// current axis, and "- Engagement N : …" items place commitments.
fn axes(report: &Report<'_>, summary: &[SummaryRow]) -> Result<(Vec<Axis>, Placement)> {
    let mut axes: Vec<Axis> = Vec::new();
    let mut placement = Placement::new();
    for l in &report.overview {
        if let Some(item) = l.text.strip_prefix("- ") {
            let (n, title) = report::parse_engagement(item)
                .ok_or_else(|| Error::at(l.no, "'- Engagement N : …'", l.text))?;
            let axis = axes.last().ok_or_else(|| {
                Error::at(l.no, "an axis title before the first commitment", l.text)
            })?;
            check_title(l.no, n, &text::collapse(title), summary)?;
            if placement
                .insert(
                    n,
                    (
                        axis.id.clone(),
                        axis.objectives.last().map(|o| o.id.clone()),
                    ),
                )
                .is_some()
            {
                return Err(Error::at(
                    l.no,
                    format!("commitment {n} listed once"),
                    l.text,
                ));
            }
            continue;
        }
        let title = text::collapse(l.text);
        if let Some(chapter) = report.axes.get(axes.len()) {
            if title == text::collapse(chapter.header.text) {
                let number = axes.len() as u32 + 1;
                axes.push(Axis {
                    id: format!("axe-{number}"),
                    number,
                    title,
                    objectives: Vec::new(),
                });
                continue;
            }
        }
        let Some(axis) = axes.last_mut() else {
            let want = report.axes.first().map(|a| a.header.text).unwrap_or("");
            return Err(Error::at(l.no, format!("the axis title '{want}'"), l.text));
        };
        let id = format!("{}-objectif-{}", axis.id, axis.objectives.len() + 1);
        axis.objectives.push(Objective { id, title });
    }
    if axes.len() != report.axes.len() {
        let missing = &report.axes[axes.len()].header;
        return Err(Error::at(
            missing.no,
            "every axis chapter title to appear in the outline of section 4.2",
            missing.text,
        ));
    }
    Ok((axes, placement))
}

/// A title printed elsewhere must equal the summary table's.
fn check_title(line: usize, n: u32, title: &str, summary: &[SummaryRow]) -> Result<()> {
    match summary.get(n as usize - 1) {
        Some(row) if row.title == title => Ok(()),
        Some(row) => Err(Error::at(
            line,
            format!(
                "the title of commitment {n} in the summary table (line {}), '{}'",
                row.line, row.title
            ),
            title,
        )),
        None => Err(Error::at(
            line,
            format!("a commitment of the summary table (1 to {})", summary.len()),
            title,
        )),
    }
}

/// Reads "Outlet, \"[Title](#)\", date" (the quotes may sit inside the link,
/// or be absent; line 984 has no list marker).
fn press(l: &Line<'_>) -> Result<PressMention> {
    let expected = "a press mention 'Outlet, \"[Title](#)\", date'";
    let err = || Error::at(l.no, expected, l.text);
    let t = l.text.trim();
    let t = t.strip_prefix("- ").unwrap_or(t);
    let open = t.find('[').ok_or_else(err)?;
    let label_end = open + t[open..].find("](").ok_or_else(err)?;
    let close = label_end + t[label_end..].find(')').ok_or_else(err)?;
    let mut before = t[..open].trim_end();
    let mut after = t[close + 1..].trim_start();
    let mut title = text::collapse(&t[open + 1..label_end]);
    if let Some(b) = before.strip_suffix('"') {
        before = b.trim_end();
        after = after.strip_prefix('"').ok_or_else(err)?;
    } else if let Some(inner) = title.strip_prefix('"').and_then(|x| x.strip_suffix('"')) {
        // The quotes delimit the title; they are not part of it.
        title = inner.to_string();
    }
    let outlet = before.strip_suffix(',').ok_or_else(err)?.trim();
    let date = after.strip_prefix(',').ok_or_else(err)?.trim();
    let year_ok = date.len() > 4 && date[date.len() - 4..].bytes().all(|b| b.is_ascii_digit());
    if outlet.is_empty() || title.is_empty() || !year_ok {
        return Err(err());
    }
    Ok(PressMention {
        outlet: text::collapse(outlet),
        title,
        date: text::collapse(date),
    })
}

/// Counts "#1, #2" or "[#1](#), [#2](#)"; numbers must run from 1.
fn contributions(l: &Line<'_>, corrections: &Corrections) -> Result<u32> {
    let t = text::collapse(l.text);
    if let Some(n) = corrections.contributions(l.no, &t) {
        return Ok(n);
    }
    let expected = "contributions '#1, #2, …' or '[#1](#), [#2](#), …'";
    let list = t[report::CONTRIBUTIONS_PREFIX.len()..].trim();
    let mut count = 0;
    for (i, item) in list.split(',').enumerate() {
        let item = item.trim();
        let item = item
            .strip_prefix('[')
            .and_then(|x| x.strip_suffix("](#)"))
            .unwrap_or(item);
        if item != format!("#{}", i + 1) {
            return Err(Error::at(l.no, expected, &t));
        }
        count += 1;
    }
    Ok(count)
}

/// Builds one commitment from its section.
fn commitment(
    s: &CommitmentSection<'_>,
    row: &SummaryRow,
    place: &(String, Option<String>),
    registry: &Registry,
    corrections: &Corrections,
    is_continuation: &dyn Fn(usize) -> bool,
) -> Result<Commitment> {
    let n = s.number;
    let mut institution_ids: Vec<String> = Vec::new();
    for l in &s.institutions {
        let p = institutions::clean_item(l)?;
        let id = registry
            .id_of(&p.name)
            .expect("every printed name is registered");
        if !institution_ids.iter().any(|x| x == id) {
            institution_ids.push(id.to_string());
        }
    }

    // Actions, and their actors when the table is organised by institution.
    let mut actions = Vec::with_capacity(s.table.len());
    let mut actors: Vec<Option<String>> = Vec::with_capacity(s.table.len());
    for (k, raw) in s.table.iter().enumerate() {
        let cells = join_cells(raw);
        let (text_cell, tline) = &cells[0];
        if text_cell.is_empty() {
            return Err(Error::at(
                raw.first_line(),
                "an action in the first cell",
                raw.pieces[0].cells[0],
            ));
        }
        let (label, sline) = &cells[3];
        let actor = corrections
            .actor(*tline, text_cell)
            .map(|name| {
                registry.id_of(name).map(str::to_string).ok_or_else(|| {
                    Error::Corrections(format!(
                        "actor for line {tline} names '{name}', which no list prints"
                    ))
                })
            })
            .transpose()?
            .or_else(|| {
                registry
                    .id_of(text_cell)
                    .filter(|id| institution_ids.iter().any(|x| x == id))
                    .map(str::to_string)
            });
        if let Some(id) = &actor {
            if !institution_ids.contains(id) {
                return Err(Error::at(
                    *tline,
                    format!(
                        "an institution of commitment {n} ({})",
                        institution_ids.join(", ")
                    ),
                    text_cell,
                ));
            }
        }
        actors.push(actor);
        actions.push(Action {
            id: format!("{n}.{}", k + 1),
            text: text_cell.clone(),
            results: cells[1].0.clone(),
            next_steps: cells[2].0.clone(),
            status: status(label, *sline, corrections)?,
            status_label: label.clone(),
            actor: None,
        });
    }
    // A table is organised by institution when every row names one; a table
    // where only some rows do is a misreading waiting to happen.
    if actors.iter().all(Option::is_some) {
        for (a, actor) in actions.iter_mut().zip(actors) {
            a.actor = actor;
        }
    } else if let Some(k) = actors.iter().position(Option::is_some) {
        let raw = &s.table[actors.iter().position(Option::is_none).unwrap_or(k)];
        return Err(Error::at(
            raw.first_line(),
            format!(
                "an institution in every row of the table (row {n}.{} names one)",
                k + 1
            ),
            raw.pieces[0].cells[0],
        ));
    }

    // Text around the table; a section named as the story in the corrections
    // starts the commitment's stories.
    let mut results_notes: RichText = rich::parse(&s.results_before, is_continuation)?;
    let split = s
        .results_after
        .iter()
        .position(|l| corrections.story(l.no, l.text))
        .unwrap_or(s.results_after.len());
    results_notes.extend(rich::parse(&s.results_after[..split], is_continuation)?);
    let mut stories = Vec::new();
    if split < s.results_after.len() {
        stories.push(rich::parse(&s.results_after[split..], is_continuation)?);
    }
    for body in &s.stories {
        let story = rich::parse(body, is_continuation)?;
        if story.is_empty() {
            return Err(Error::eof(
                s.heading.no,
                format!("text under 'Une belle histoire' of commitment {n}"),
            ));
        }
        stories.push(story);
    }

    Ok(Commitment {
        number: n,
        id: format!("engagement-{n}"),
        slug: text::slug(&row.title),
        title: row.title.clone(),
        axis: place.0.clone(),
        objective: place.1.clone(),
        status: row.status,
        status_label: row.status_label.clone(),
        calendar: row.calendar,
        institutions: institution_ids,
        stakes: rich::parse(&s.stakes, is_continuation)?,
        description: rich::parse(&s.description, is_continuation)?,
        actions,
        results_notes,
        stories,
        press: s.press.iter().map(press).collect::<Result<_>>()?,
        contributions: match &s.contributions {
            Some(l) => contributions(l, corrections)?,
            None => 0,
        },
    })
}

/// Builds the snapshot from the report's parts.
///
/// `lines` are the report's lines (to check corrections against them) and
/// `sha256` the hex digest of the report bytes. The corrections used are
/// recorded; the caller checks that none is left unused.
pub fn build(
    report: &Report<'_>,
    lines: &[&str],
    sha256: String,
    corrections: &Corrections,
) -> Result<Snapshot> {
    let summary = summary(report, corrections)?;
    let (axes, placement) = axes(report, &summary)?;

    let sections: Vec<&CommitmentSection<'_>> = report
        .axes
        .iter()
        .flat_map(|a| a.commitments.iter())
        .collect();
    for (i, s) in sections.iter().enumerate() {
        if s.number as usize != i + 1 {
            return Err(Error::at(
                s.heading.no,
                format!("the section of commitment {}", i + 1),
                s.heading.text,
            ));
        }
        check_title(s.heading.no, s.number, &text::collapse(s.title), &summary)?;
    }
    if sections.len() != summary.len() {
        let last = sections.last().map(|s| s.heading.no).unwrap_or(0);
        return Err(Error::eof(
            last,
            format!(
                "sections for all {} commitments of the summary table, found {}",
                summary.len(),
                sections.len()
            ),
        ));
    }
    for (k, axis) in report.axes.iter().enumerate() {
        for l in &axis.index {
            let n = l
                .text
                .strip_prefix("- ")
                .and_then(report::parse_engagement)
                .map(|x| x.0);
            let in_axis = n.is_some_and(|n| placement.get(&n).is_some_and(|p| p.0 == axes[k].id));
            if !in_axis {
                return Err(Error::at(
                    l.no,
                    format!("a commitment of axis '{}'", axes[k].title),
                    l.text,
                ));
            }
        }
    }

    let printed: Vec<institutions::Printed> = sections
        .iter()
        .flat_map(|s| s.institutions.iter())
        .map(institutions::clean_item)
        .collect::<Result<_>>()?;
    let registry = Registry::build(&printed, corrections)?;

    let continuations =
        corrections.continuations(|n| lines.get(n.wrapping_sub(1)).map(|s| s.to_string()))?;
    let is_continuation = |n: usize| {
        let yes = continuations.contains(&n);
        if yes {
            corrections.used_continuation(n);
        }
        yes
    };

    let mut commitments = Vec::with_capacity(sections.len());
    for (s, row) in sections.iter().zip(&summary) {
        let place = placement.get(&s.number).ok_or_else(|| {
            Error::at(
                s.heading.no,
                "a commitment listed in the outline of section 4.2",
                s.heading.text,
            )
        })?;
        commitments.push(commitment(
            s,
            row,
            place,
            &registry,
            corrections,
            &is_continuation,
        )?);
    }

    Ok(Snapshot {
        schema_version: SCHEMA_VERSION,
        plan: vocab::plan(),
        source: Source {
            title: vocab::SOURCE_TITLE.into(),
            publisher: vocab::SOURCE_PUBLISHER.into(),
            as_of: as_of(&report.summary_date)?,
            published: published(&report.cover_date)?,
            license: vocab::SOURCE_LICENSE.into(),
            sha256,
        },
        statuses: vocab::statuses(),
        calendars: vocab::calendars(),
        axes,
        institutions: registry.institutions,
        commitments,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str) -> Line<'_> {
        Line { no: 1, text }
    }

    #[test]
    fn press_forms() {
        let p = press(&line(
            "- Le Télégramme, \"[Marchés publics](#)\", 6 mai 2016",
        ))
        .unwrap();
        assert_eq!(
            (p.outlet.as_str(), p.title.as_str(), p.date.as_str()),
            ("Le Télégramme", "Marchés publics", "6 mai 2016")
        );
        let p = press(&line("- Rue89, [\"Deux jours\"](#), 1er avril 2016")).unwrap();
        assert_eq!(p.title, "Deux jours");
        let p = press(&line("- MesFinancesTV, [Reportage](#), 4 avril 2016")).unwrap();
        assert_eq!(p.title, "Reportage");
        assert!(press(&line("- Sans lien, 4 avril 2016")).is_err());
    }

    #[test]
    fn contribution_forms() {
        let c = Corrections::none();
        assert_eq!(
            contributions(&line("Contributions associées : #1, #2, #3"), &c).unwrap(),
            3
        );
        assert_eq!(
            contributions(&line("Contributions associées : [#1](#), [#2](#)"), &c).unwrap(),
            2
        );
        assert!(contributions(&line("Contributions associées : 1"), &c).is_err());
        assert!(contributions(&line("Contributions associées : #1, #3"), &c).is_err());
    }
}
