//! The report chapters' prose read into [`plan_core::report::Block`]s.
//!
//! Blocks are split as the commitments' rich text is ([`crate::rich`]: blank
//! lines, `- ` and ` - ` items, lazy continuations, page-break continuations
//! from `corrections.toml`), then:
//! - lines with tabs make a table: the first line is its header, the next
//!   ones its rows, each with as many cells as the header; a blank line
//!   between two such lines is a page break inside the table;
//! - links are printed as plain text (their targets are lost, `[text](#)`);
//! - nothing is dropped or merged: a chapter's « [En savoir plus](#) » is
//!   printed text (« En savoir plus »), unlike the commitments' navigation link;
//! - each paragraph, list item and table row records the commitments its
//!   text names, each list item the institution its whole text names
//!   ([`crate::references`]).

use plan_core::report::{self, Block, Cell, ListItem, Row};
use plan_core::{Inline, Institution};

use crate::error::{Error, Result};
use crate::references;
use crate::report::Line;
use crate::rich::{self, RawBlock, RawItem};
use crate::text;

/// What references may point to: the snapshot's commitments and institutions.
pub struct Plan<'a> {
    pub commitments: &'a [u32],
    pub institutions: &'a [Institution],
}

/// Reads the lines of one section into blocks.
pub fn blocks(
    lines: &[Line<'_>],
    is_continuation: impl Fn(usize) -> bool,
    plan: &Plan<'_>,
) -> Result<Vec<Block>> {
    let mut out: Vec<Block> = Vec::new();
    // The header's line and cells while the last block read is a table line.
    let mut table: Option<(usize, usize)> = None;
    for raw in rich::raw_blocks(lines, is_continuation)? {
        match raw {
            RawBlock::Para { no, text } => {
                close_table(&out, &mut table)?;
                let content = inlines(&text::collapse(&text));
                out.push(Block::Paragraph {
                    commitments: commitments(no, &text, &report::plain_text(&content), plan)?,
                    content,
                });
            }
            RawBlock::List(items) => {
                close_table(&out, &mut table)?;
                out.push(Block::List {
                    items: items.iter().map(|i| item(i, plan)).collect::<Result<_>>()?,
                });
            }
            RawBlock::TableLine { no, text, .. } => {
                let cells: Vec<Cell> = text.split('\t').map(|c| inlines(&text::clean(c))).collect();
                match (table, out.last_mut()) {
                    (Some((header_no, width)), Some(Block::Table { rows, .. })) => {
                        if cells.len() != width {
                            return Err(Error::at(
                                no,
                                format!(
                                    "a table row of {width} tab-separated cells, as its header (line {header_no})"
                                ),
                                &text,
                            ));
                        }
                        let plain: Vec<String> =
                            cells.iter().map(|c| report::plain_text(c)).collect();
                        rows.push(Row {
                            commitments: commitments(no, &text, &plain.join(" "), plan)?,
                            cells,
                        });
                    }
                    _ => {
                        table = Some((no, cells.len()));
                        out.push(Block::Table {
                            header: cells,
                            rows: Vec::new(),
                        });
                    }
                }
            }
        }
    }
    close_table(&out, &mut table)?;
    Ok(out)
}

/// Ends the table being read, if any: a header alone is not a table.
fn close_table(out: &[Block], table: &mut Option<(usize, usize)>) -> Result<()> {
    if let (Some((no, _)), Some(Block::Table { header, rows })) = (table.take(), out.last()) {
        if rows.is_empty() {
            let printed: Vec<String> = header.iter().map(|c| report::plain_text(c)).collect();
            return Err(Error::at(
                no,
                "a table row after this table header",
                &printed.join("\t"),
            ));
        }
    }
    Ok(())
}

fn item(raw: &RawItem, plan: &Plan<'_>) -> Result<ListItem> {
    let content = inlines(&raw.text);
    Ok(ListItem {
        commitments: commitments(raw.no, &raw.text, &report::plain_text(&content), plan)?,
        institution: references::institution(&report::plain_text(&content), plan.institutions)
            .map(str::to_owned),
        items: raw
            .children
            .iter()
            .map(|c| item(c, plan))
            .collect::<Result<_>>()?,
        content,
    })
}

/// Inline markup read, links as plain text.
fn inlines(s: &str) -> Vec<Inline> {
    rich::links_as_text(rich::inlines(s))
}

/// The commitments a block's plain text names, each one a commitment of the
/// plan (line `no`, printed `printed`, for the error).
fn commitments(no: usize, printed: &str, plain: &str, plan: &Plan<'_>) -> Result<Vec<u32>> {
    let numbers = references::commitment_numbers(plain);
    if let Some(n) = numbers.iter().find(|n| !plan.commitments.contains(n)) {
        return Err(Error::at(
            no,
            format!("a reference to a commitment of the plan, not « engagement {n} »"),
            printed,
        ));
    }
    Ok(numbers)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(s: &str) -> Vec<Line<'_>> {
        s.lines()
            .enumerate()
            .map(|(i, text)| Line { no: i + 1, text })
            .collect()
    }

    fn plan() -> Plan<'static> {
        Plan {
            commitments: &[1, 2, 3, 4, 5],
            institutions: &[],
        }
    }

    #[test]
    fn tables_have_a_header_and_rows() {
        let src = "Projets :\n\nThème\tProjet\nCartographie\tRéseaux de bus\nEducation\tNos écoles\n\nFin.";
        let b = blocks(&lines(src), |_| false, &plan()).unwrap();
        assert_eq!(b.len(), 3);
        let Block::Table { header, rows } = &b[1] else {
            panic!("{b:?}")
        };
        assert_eq!(header.len(), 2);
        assert_eq!(rows.len(), 2);
        assert_eq!(report::plain_text(&rows[1].cells[1]), "Nos écoles");
        // A page break inside a table keeps one table.
        let src = "A\tB\n1\t2\n\n3\t4\n";
        let b = blocks(&lines(src), |_| false, &plan()).unwrap();
        assert!(matches!(&b[..], [Block::Table { rows, .. }] if rows.len() == 2));
    }

    #[test]
    fn bad_tables_are_errors() {
        let err = blocks(&lines("A\tB\n1\t2\t3\n"), |_| false, &plan()).unwrap_err();
        assert_eq!(err.line(), Some(2));
        let err = blocks(&lines("Texte.\n\nA\tB\n\nTexte.\n"), |_| false, &plan()).unwrap_err();
        assert_eq!(err.line(), Some(3));
    }

    #[test]
    fn references_and_links() {
        let src = "Voir [engagements 2 et 4](#) et [En savoir plus](#).\n\n- Item (engagement 5)\n - [Sous-item](#)\n";
        let b = blocks(&lines(src), |_| false, &plan()).unwrap();
        let Block::Paragraph {
            content,
            commitments,
        } = &b[0]
        else {
            panic!()
        };
        assert_eq!(
            content,
            &[Inline::Text {
                text: "Voir engagements 2 et 4 et En savoir plus.".into()
            }]
        );
        assert_eq!(commitments, &[2, 4]);
        let Block::List { items } = &b[1] else {
            panic!()
        };
        assert_eq!(items[0].commitments, [5]);
        assert!(items[0].items[0].commitments.is_empty());
        let err = blocks(&lines("(engagement 27)"), |_| false, &plan()).unwrap_err();
        assert_eq!(err.line(), Some(1));
    }
}
