//! Low level: the report split into the parts it is printed in, nothing more.
//!
//! This stage mirrors the input (every piece keeps its 1-based line number and
//! its text exactly as printed) and only validates its shape: the summary table,
//! the outline of section 4.2, then per axis the commitment sections with their
//! fixed headings ("Institutions porteuses", "Enjeux", "Description de
//! l'engagement", "Description des résultats", the results table, "Une belle
//! histoire", "Ils en parlent", "Contributions associées"). It interprets no
//! text: statuses, institutions and rich text are read by the high level
//! ([`crate::build`]).
//!
//! **Invariant:** a table row cut by a page break is returned as one
//! [`RawRow`] made of several [`TableLine`]s; the cells are joined later.

use crate::error::{Error, Result};
use crate::text;

/// One printed line: 1-based number and text without the line break.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line<'a> {
    pub no: usize,
    pub text: &'a str,
}

impl Line<'_> {
    /// Blank lines (only spaces or tabs) separate blocks and mark page breaks.
    pub fn is_blank(&self) -> bool {
        self.text
            .trim_matches(|c: char| c.is_ascii_whitespace())
            .is_empty()
    }
}

/// One physical line of a table, split on tabs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableLine<'a> {
    pub no: usize,
    /// Exactly as many cells as the table has columns (missing ones are empty).
    pub cells: Vec<&'a str>,
    /// A blank line (a page break) separates this line from the previous one.
    pub after_break: bool,
}

impl TableLine<'_> {
    /// Whether the last cell (the status) holds something once tags are removed.
    pub fn has_last_cell(&self) -> bool {
        self.cells
            .last()
            .is_some_and(|c| !text::clean(c).is_empty())
    }
}

/// One logical table row: one line, or several when a page break cut it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawRow<'a> {
    pub pieces: Vec<TableLine<'a>>,
}

impl RawRow<'_> {
    pub fn first_line(&self) -> usize {
        self.pieces[0].no
    }
}

/// The parts of the report the snapshot is built from.
#[derive(Debug, Clone)]
pub struct Report<'a> {
    /// Cover line with the publication month, e.g. "JUILLET 2016".
    pub cover_date: Line<'a>,
    /// "Date de mise à jour : 03/06/2016".
    pub summary_date: Line<'a>,
    /// Rows of the summary table "Engagement / Statut / Calendrier".
    pub summary: Vec<RawRow<'a>>,
    /// Non-blank lines of the outline at the top of section 4.2: axis titles,
    /// objective titles and "- Engagement N : …" items.
    pub overview: Vec<Line<'a>>,
    pub axes: Vec<AxisSection<'a>>,
}

/// An axis chapter of section 4.2: its title, its index list, its commitments.
#[derive(Debug, Clone)]
pub struct AxisSection<'a> {
    pub header: Line<'a>,
    pub index: Vec<Line<'a>>,
    pub commitments: Vec<CommitmentSection<'a>>,
}

/// One "Engagement N : …" section, cut at its fixed headings.
#[derive(Debug, Clone)]
pub struct CommitmentSection<'a> {
    pub heading: Line<'a>,
    pub number: u32,
    pub title: &'a str,
    /// Item lines of "Institutions porteuses", as printed (with or without "- ").
    pub institutions: Vec<Line<'a>>,
    /// Lines under "Enjeux", blank ones included (they separate blocks).
    pub stakes: Vec<Line<'a>>,
    /// Lines under "Description de l'engagement".
    pub description: Vec<Line<'a>>,
    /// Lines between "Description des résultats :" and the table header.
    pub results_before: Vec<Line<'a>>,
    pub table_header: Line<'a>,
    pub table: Vec<RawRow<'a>>,
    /// Unheaded lines after the table, before any other heading.
    pub results_after: Vec<Line<'a>>,
    /// Body of each "Une belle histoire" section.
    pub stories: Vec<Vec<Line<'a>>>,
    /// Lines under "Ils en parlent :".
    pub press: Vec<Line<'a>>,
    /// The "Contributions associées : …" line, if printed.
    pub contributions: Option<Line<'a>>,
}

pub const SUMMARY_HEADING: &str = "4.1. Tableau récapitulatif";
pub const SUMMARY_DATE_PREFIX: &str = "Date de mise à jour : ";
pub const SUMMARY_HEADER: &str = "Engagement\tStatut\tCalendrier";
pub const DETAIL_HEADING: &str = "4.2. Détail des engagements et résultats obtenus";
pub const COVER_TITLE: &str = "RAPPORT D'AUTOÉVALUATION À MI-PARCOURS";
pub const RESULTS_HEADER: &str = "Actions\tRésultats\tProchaines étapes\tStatut";
const STAKES: [&str; 2] = ["Enjeux :", "Enjeux"];
const DESCRIPTION: &str = "Description de l'engagement :";
const RESULTS: &str = "Description des résultats :";
const STORY: [&str; 2] = ["Une belle histoire :", "Une belle histoire"];
const PRESS: &str = "Ils en parlent :";
pub const CONTRIBUTIONS_PREFIX: &str = "Contributions associées :";

/// "Institutions porteuses :", with or without the plural and the colon
/// (line 729 has no colon; lines 525 and 559 are singular).
fn is_institutions_heading(s: &str) -> bool {
    matches!(
        s.trim_end(),
        "Institutions porteuses :"
            | "Institutions porteuses"
            | "Institution porteuse :"
            | "Institution porteuse"
    )
}

/// "Engagement N : title" (a heading, not a list item) → (N, title).
pub fn parse_engagement(s: &str) -> Option<(u32, &str)> {
    let rest = s.strip_prefix("Engagement ")?;
    let (num, title) = rest.split_once(" : ")?;
    if num.is_empty() || !num.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((num.parse().ok()?, title))
}

/// A numbered chapter heading such as "5. Echange entre pairs et apprentissage".
fn is_chapter_heading(s: &str) -> bool {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && s[digits..].starts_with(". ")
}

/// A cursor over the report lines.
struct Cursor<'a> {
    lines: Vec<&'a str>,
    /// 0-based index of the next line to read.
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn line(&self, i: usize) -> Line<'a> {
        Line {
            no: i + 1,
            text: self.lines[i],
        }
    }

    /// Index of the first non-blank line at or after `from`.
    fn nonblank_from(&self, from: usize) -> Option<usize> {
        (from..self.lines.len()).find(|&i| !self.line(i).is_blank())
    }

    fn peek_nonblank(&self) -> Option<Line<'a>> {
        self.nonblank_from(self.pos).map(|i| self.line(i))
    }

    /// Skips blank lines and returns the next line, or an end-of-file error.
    fn next_nonblank(&mut self, expected: &str) -> Result<Line<'a>> {
        match self.nonblank_from(self.pos) {
            Some(i) => {
                self.pos = i + 1;
                Ok(self.line(i))
            }
            None => Err(Error::eof(self.lines.len(), expected)),
        }
    }

    /// Reads the next non-blank line and checks it is exactly `want`.
    fn expect(&mut self, want: &str) -> Result<Line<'a>> {
        let quoted = format!("'{}'", want.replace('\t', "\\t"));
        let l = self.next_nonblank(&quoted)?;
        if l.text.trim_end() == want {
            Ok(l)
        } else {
            Err(Error::at(l.no, quoted, l.text))
        }
    }

    /// Moves to the line just after the first line equal to `want`.
    fn seek(&mut self, want: &str) -> Result<Line<'a>> {
        match (self.pos..self.lines.len()).find(|&i| self.lines[i].trim_end() == want) {
            Some(i) => {
                self.pos = i + 1;
                Ok(self.line(i))
            }
            None => Err(Error::eof(self.lines.len(), format!("a line '{want}'"))),
        }
    }

    /// Reads lines (blank ones included) up to, not including, the first line
    /// for which `stop` holds; fails at the end of the file.
    fn lines_until(
        &mut self,
        expected: &str,
        stop: impl Fn(&Self, usize) -> bool,
    ) -> Result<Vec<Line<'a>>> {
        let mut out = Vec::new();
        while self.pos < self.lines.len() {
            if stop(self, self.pos) {
                return Ok(out);
            }
            out.push(self.line(self.pos));
            self.pos += 1;
        }
        Err(Error::eof(self.lines.len(), expected))
    }

    /// True when the non-blank line at or after `i` ends the current
    /// commitment: the next commitment heading, the next axis header (a line
    /// followed by a "- Engagement N" index) or the next numbered chapter.
    fn section_ends_at(&self, i: usize) -> bool {
        let Some(j) = self.nonblank_from(i) else {
            return true;
        };
        let t = self.lines[j];
        if parse_engagement(t).is_some() || is_chapter_heading(t) {
            return true;
        }
        !t.starts_with("- ")
            && self
                .nonblank_from(j + 1)
                .is_some_and(|k| self.lines[k].starts_with("- Engagement "))
    }

    /// Reads a tab-separated table of `columns` columns, starting after its
    /// header, and groups its lines into rows.
    ///
    /// The table runs while the next non-blank line contains a tab. A blank
    /// line inside it is a page break. A row is complete once its last cell
    /// (the status) is filled; at a page break the line before and the line
    /// after belong to the same row when the row before is still incomplete
    /// (lines 376/378, 419/421) or when the line after has an empty last cell
    /// (lines 774/776).
    fn table(&mut self, columns: usize) -> Result<Vec<RawRow<'a>>> {
        let mut rows: Vec<RawRow<'a>> = Vec::new();
        while let Some(i) = self.nonblank_from(self.pos) {
            let text = self.lines[i];
            if !text.contains('\t') {
                break;
            }
            let after_break = i > self.pos;
            self.pos = i + 1;
            let mut cells: Vec<&str> = text.split('\t').collect();
            if cells.len() > columns {
                return Err(Error::at(
                    i + 1,
                    format!("a table row of at most {columns} tab-separated cells"),
                    text,
                ));
            }
            cells.resize(columns, "");
            let piece = TableLine {
                no: i + 1,
                cells,
                after_break,
            };
            match rows.last_mut() {
                Some(last)
                    if piece.after_break && (!row_complete(last) || !piece.has_last_cell()) =>
                {
                    last.pieces.push(piece)
                }
                Some(last) if !row_complete(last) => {
                    return Err(incomplete_row(last));
                }
                _ => rows.push(RawRow {
                    pieces: vec![piece],
                }),
            }
        }
        if let Some(last) = rows.last() {
            if !row_complete(last) {
                return Err(incomplete_row(last));
            }
        }
        if rows.is_empty() {
            let l = self.peek_nonblank();
            return Err(match l {
                Some(l) => Error::at(l.no, "a table row", l.text),
                None => Error::eof(self.lines.len(), "a table row"),
            });
        }
        Ok(rows)
    }
}

fn row_complete(row: &RawRow<'_>) -> bool {
    row.pieces.iter().any(TableLine::has_last_cell)
}

fn incomplete_row(row: &RawRow<'_>) -> Error {
    let p = row.pieces.last().expect("rows are never empty");
    Error::at(
        p.no,
        "a status in the last cell of the row (or its continuation after a page break)",
        p.cells.join("\t").as_str(),
    )
}

/// Splits the report text into its parts; fails at the first line that does
/// not have the expected shape.
pub fn parse(input: &str) -> Result<Report<'_>> {
    let mut c = Cursor {
        lines: input.lines().collect(),
        pos: 0,
    };

    c.seek(COVER_TITLE)?;
    let cover_date = c.next_nonblank("the publication month, e.g. 'JUILLET 2016'")?;

    c.seek(SUMMARY_HEADING)?;
    let summary_date = c.next_nonblank(&format!("'{SUMMARY_DATE_PREFIX}DD/MM/YYYY'"))?;
    if !summary_date.text.starts_with(SUMMARY_DATE_PREFIX) {
        return Err(Error::at(
            summary_date.no,
            format!("'{SUMMARY_DATE_PREFIX}DD/MM/YYYY'"),
            summary_date.text,
        ));
    }
    c.expect(SUMMARY_HEADER)?;
    let summary = c.table(3)?;
    let count = summary.len() as u32;

    c.expect(DETAIL_HEADING)?;
    let overview = read_overview(&mut c, count)?;

    let mut axes = Vec::new();
    loop {
        let next = c.next_nonblank("an axis title or the next numbered chapter")?;
        if is_chapter_heading(next.text) {
            break;
        }
        if next.text.starts_with("- ") || parse_engagement(next.text).is_some() {
            return Err(Error::at(next.no, "an axis title", next.text));
        }
        let mut index = Vec::new();
        while let Some(l) = c.peek_nonblank() {
            if !l.text.starts_with("- Engagement ") {
                break;
            }
            c.next_nonblank("")?;
            index.push(l);
        }
        if index.is_empty() {
            let l = c.next_nonblank("an axis index item '- Engagement N : …'")?;
            return Err(Error::at(
                l.no,
                "an axis index item '- Engagement N : …'",
                l.text,
            ));
        }
        let mut commitments = Vec::new();
        while let Some(l) = c.peek_nonblank() {
            let Some((number, title)) = parse_engagement(l.text) else {
                break;
            };
            c.next_nonblank("")?;
            commitments.push(read_commitment(&mut c, l, number, title)?);
        }
        if commitments.is_empty() {
            let l = c.next_nonblank("a commitment heading 'Engagement N : …'")?;
            return Err(Error::at(
                l.no,
                "a commitment heading 'Engagement N : …'",
                l.text,
            ));
        }
        axes.push(AxisSection {
            header: next,
            index,
            commitments,
        });
    }

    Ok(Report {
        cover_date,
        summary_date,
        summary,
        overview,
        axes,
    })
}

/// Reads the outline of section 4.2 up to the item of the last commitment
/// (the summary table says how many there are).
fn read_overview<'a>(c: &mut Cursor<'a>, count: u32) -> Result<Vec<Line<'a>>> {
    let mut out = Vec::new();
    loop {
        let expected = format!("the outline item '- Engagement {count} : …'");
        let l = c.next_nonblank(&expected)?;
        if is_chapter_heading(l.text) || parse_engagement(l.text).is_some() {
            return Err(Error::at(l.no, expected, l.text));
        }
        out.push(l);
        if let Some(item) = l.text.strip_prefix("- ") {
            match parse_engagement(item) {
                Some((n, _)) if n == count => return Ok(out),
                Some(_) => {}
                None => {
                    return Err(Error::at(
                        l.no,
                        "an outline item '- Engagement N : …'",
                        l.text,
                    ))
                }
            }
        }
    }
}

/// Reads one commitment section, its heading already read.
fn read_commitment<'a>(
    c: &mut Cursor<'a>,
    heading: Line<'a>,
    number: u32,
    title: &'a str,
) -> Result<CommitmentSection<'a>> {
    let l = c.next_nonblank("'Institutions porteuses :'")?;
    if !is_institutions_heading(l.text) {
        return Err(Error::at(l.no, "'Institutions porteuses :'", l.text));
    }
    // The list is the block of non-blank lines after the heading; a blank
    // line ends it (line 497 prints its one name without a list marker).
    let first = c.next_nonblank("an institution")?;
    if STAKES.contains(&first.text.trim_end()) {
        return Err(Error::at(first.no, "an institution", first.text));
    }
    let mut institutions = vec![first];
    while c.pos < c.lines.len()
        && !c.line(c.pos).is_blank()
        && !STAKES.contains(&c.lines[c.pos].trim_end())
    {
        institutions.push(c.line(c.pos));
        c.pos += 1;
    }
    let l = c.next_nonblank("'Enjeux :'")?;
    if !STAKES.contains(&l.text.trim_end()) {
        return Err(Error::at(l.no, "'Enjeux :'", l.text));
    }
    // Each part ends at its own closing heading or at any later one, so a
    // missing heading is reported where the next one is found.
    let stakes = c.lines_until(&format!("'{DESCRIPTION}'"), |c, i| {
        matches!(
            c.lines[i].trim_end(),
            DESCRIPTION | RESULTS | RESULTS_HEADER
        ) || c.section_ends_at(i)
    })?;
    c.expect(DESCRIPTION)?;
    let description = c.lines_until(&format!("'{RESULTS}'"), |c, i| {
        matches!(c.lines[i].trim_end(), RESULTS | RESULTS_HEADER) || c.section_ends_at(i)
    })?;
    c.expect(RESULTS)?;
    let results_before = c.lines_until("the results table header", |c, i| {
        c.lines[i].trim_end() == RESULTS_HEADER || c.section_ends_at(i)
    })?;
    let table_header = c.expect(RESULTS_HEADER)?;
    let table = c.table(4)?;

    let mut section = CommitmentSection {
        heading,
        number,
        title,
        institutions,
        stakes,
        description,
        results_before,
        table_header,
        table,
        results_after: Vec::new(),
        stories: Vec::new(),
        press: Vec::new(),
        contributions: None,
    };
    enum Part {
        Notes,
        Story,
        Press,
    }
    let mut part = Part::Notes;
    while !c.section_ends_at(c.pos) {
        let l = c.line(c.pos);
        c.pos += 1;
        let t = l.text.trim_end();
        if let Some(contrib) = section.contributions {
            if !l.is_blank() {
                return Err(Error::at(
                    l.no,
                    format!(
                        "the end of commitment {number} after its contributions line {}",
                        contrib.no
                    ),
                    l.text,
                ));
            }
        } else if STORY.contains(&t) {
            section.stories.push(Vec::new());
            part = Part::Story;
        } else if t == PRESS {
            if !section.press.is_empty() {
                return Err(Error::at(
                    l.no,
                    "a single 'Ils en parlent :' section",
                    l.text,
                ));
            }
            part = Part::Press;
        } else if t.starts_with(CONTRIBUTIONS_PREFIX) {
            section.contributions = Some(l);
        } else {
            match part {
                Part::Notes => section.results_after.push(l),
                Part::Story => section.stories.last_mut().expect("story started").push(l),
                Part::Press => {
                    if !l.is_blank() {
                        section.press.push(l)
                    }
                }
            }
        }
    }
    Ok(section)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cursor(text: &str) -> Cursor<'_> {
        Cursor {
            lines: text.lines().collect(),
            pos: 0,
        }
    }

    #[test]
    fn page_break_joins_forward_and_backward() {
        // Forward: the row before the break has no status yet.
        let mut c = cursor("a\t\tb\t\n\nc\td\te\tPartiel\nf\tg\th\tComplet\n");
        let rows = c.table(4).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].pieces.len(), 2);
        // Backward: the line after the break has an empty status.
        let mut c = cursor("a\tb\tc\tPartiel\n\nd\te\tf\t\ng\th\ti\tComplet\n");
        let rows = c.table(4).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].pieces.len(), 2);
        // Two complete rows around a break stay two rows.
        let mut c = cursor("a\tb\tc\tPartiel\n\nd\te\tf\tComplet\n");
        assert_eq!(c.table(4).unwrap().len(), 2);
    }

    #[test]
    fn row_without_status_and_no_break_is_an_error() {
        let mut c = cursor("a\tb\tc\t\nd\te\tf\tComplet\n");
        let err = c.table(4).unwrap_err();
        assert_eq!(err.line(), Some(1));
    }

    #[test]
    fn too_many_cells_is_an_error() {
        let mut c = cursor("a\tb\tc\td\te\n");
        assert_eq!(c.table(4).unwrap_err().line(), Some(1));
    }

    #[test]
    fn engagement_headings() {
        assert_eq!(
            parse_engagement("Engagement 12 : Titre"),
            Some((12, "Titre"))
        );
        assert_eq!(parse_engagement("- Engagement 12 : Titre"), None);
        assert_eq!(parse_engagement("Engagement\tStatut"), None);
        assert!(is_chapter_heading("5. Echange entre pairs"));
        assert!(!is_chapter_heading("4.2. Détail"));
    }
}
