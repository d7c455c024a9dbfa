//! Counts of `report.json`'s content per chapter, for `plan-extract --stats`
//! and the tests: how much of each chapter was read.

use std::fmt::Write;

use plan_core::report::{Block, ListItem, Report, Section};

/// What one chapter holds, its sub-sections included.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChapterCounts {
    pub id: String,
    /// The printed heading (`2. Processus…`).
    pub heading: String,
    /// The chapter and its sub-sections.
    pub sections: usize,
    pub paragraphs: usize,
    /// Every list item, nested ones included.
    pub list_items: usize,
    pub tables: usize,
    /// Table rows, header rows not counted.
    pub table_rows: usize,
}

/// Counts per chapter, in report order.
pub fn counts(report: &Report) -> Vec<ChapterCounts> {
    report
        .chapters
        .iter()
        .map(|c| {
            let mut n = ChapterCounts {
                id: c.id.clone(),
                heading: c.heading(),
                ..ChapterCounts::default()
            };
            add(c, &mut n);
            n
        })
        .collect()
}

fn add(s: &Section, n: &mut ChapterCounts) {
    fn items(list: &[ListItem]) -> usize {
        list.iter().map(|i| 1 + items(&i.items)).sum()
    }
    n.sections += 1;
    for b in &s.blocks {
        match b {
            Block::Paragraph { .. } => n.paragraphs += 1,
            Block::List { items: list } => n.list_items += items(list),
            Block::Table { rows, .. } => {
                n.tables += 1;
                n.table_rows += rows.len();
            }
        }
    }
    s.sections.iter().for_each(|sub| add(sub, n));
}

/// The counts as a text table, one chapter a line, and the totals.
pub fn table(counts: &[ChapterCounts]) -> String {
    let mut out = String::from("sections\tparagraphs\tlist items\ttables\ttable rows\tchapter\n");
    let mut total = ChapterCounts::default();
    for c in counts {
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}\t{}",
            c.sections, c.paragraphs, c.list_items, c.tables, c.table_rows, c.heading
        );
        total.sections += c.sections;
        total.paragraphs += c.paragraphs;
        total.list_items += c.list_items;
        total.tables += c.tables;
        total.table_rows += c.table_rows;
    }
    let _ = writeln!(
        out,
        "{}\t{}\t{}\t{}\t{}\t(total)",
        total.sections, total.paragraphs, total.list_items, total.tables, total.table_rows
    );
    out
}
