//! Fidelity of `report.json` to the report, checked with readings of the
//! report written here, independently of the extractor's parser: simple
//! line-based scans. Expected values come from the report's lines and from
//! `plan.json`, never typed in.

mod common;

use std::collections::BTreeSet;

use serde_json::Value;

/// The report's lines and `report.json`, `plan.json` as plain JSON.
struct Files {
    lines: Vec<String>,
    report: Value,
    plan: Value,
}

fn files() -> Files {
    let both = plan_extract::extract_all(&common::report()).unwrap();
    Files {
        lines: common::report().lines().map(str::to_owned).collect(),
        report: serde_json::from_str(&plan_extract::report_to_json(&both.report)).unwrap(),
        plan: serde_json::from_str(&plan_extract::to_json(&both.plan)).unwrap(),
    }
}

/// The report's markup removed the simple way: `**`, the `](#)` closing a
/// link and the `[` opening it, the markdown escapes `\(` `\)`. Tabs are
/// spaces.
fn strip_markup(s: &str) -> String {
    s.replace("**", "")
        .replace("](#)", "")
        .replace('[', "")
        .replace("\\(", "(")
        .replace("\\)", ")")
        .replace('\t', " ")
}

/// Every run of whitespace as one space, ends trimmed.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A line without its list marker (`- ` or ` - `).
fn without_marker(s: &str) -> &str {
    s.trim_start_matches(' ').strip_prefix("- ").unwrap_or(s)
}

fn is_item(s: &str) -> bool {
    s.trim_start_matches(' ').starts_with("- ")
}

/// 0-based indices of the lines `report.json` covers: from the first line
/// after the table of contents to the « Date de mise à jour » line, 4.2's
/// heading, and from chapter 5's heading to the end. The summary table and
/// the commitments in between are `plan.json`'s.
fn scope(lines: &[String]) -> Vec<usize> {
    let toc = lines.iter().position(|l| l == "Table of Contents").unwrap();
    let start = (toc + 1..lines.len())
        .find(|&i| !lines[i].trim().is_empty() && !lines[i].contains('\t'))
        .unwrap();
    let date = (start..lines.len())
        .find(|&i| lines[i].starts_with("Date de mise à jour"))
        .unwrap();
    let detail = (date..lines.len())
        .find(|&i| lines[i].starts_with("4.2. "))
        .unwrap();
    let chapter5 = (detail..lines.len())
        .find(|&i| lines[i].starts_with("5. "))
        .unwrap();
    (start..=date)
        .chain([detail])
        .chain(chapter5..lines.len())
        .filter(|&i| !lines[i].trim().is_empty())
        .collect()
}

fn inline_text(nodes: &Value) -> String {
    nodes
        .as_array()
        .unwrap()
        .iter()
        .map(|n| match n["type"].as_str().unwrap() {
            "text" => n["text"].as_str().unwrap().to_owned(),
            _ => inline_text(&n["content"]),
        })
        .collect()
}

/// What a text unit is, for the checks that need it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Heading,
    Paragraph,
    Item,
    TableLine,
}

/// One printed unit of `report.json`: its kind, its plain text, the unit's
/// JSON object (for its references) and its section.
struct Unit<'a> {
    kind: Kind,
    text: String,
    json: &'a Value,
    section: &'a Value,
}

fn units(report: &Value) -> Vec<Unit<'_>> {
    fn items<'a>(list: &'a Value, section: &'a Value, out: &mut Vec<Unit<'a>>) {
        for it in list.as_array().unwrap() {
            out.push(Unit {
                kind: Kind::Item,
                text: inline_text(&it["content"]),
                json: it,
                section,
            });
            if let Some(sub) = it.get("items") {
                items(sub, section, out);
            }
        }
    }
    fn row(cells: &Value) -> String {
        let cells: Vec<String> = cells.as_array().unwrap().iter().map(inline_text).collect();
        cells.join(" ")
    }
    fn walk<'a>(s: &'a Value, out: &mut Vec<Unit<'a>>) {
        let number = s["number"].as_str().unwrap();
        let title = s["title"].as_str().unwrap();
        out.push(Unit {
            kind: Kind::Heading,
            text: if number.is_empty() {
                title.to_owned()
            } else {
                format!("{number}. {title}")
            },
            json: s,
            section: s,
        });
        for b in s["blocks"].as_array().unwrap() {
            match b["type"].as_str().unwrap() {
                "paragraph" => out.push(Unit {
                    kind: Kind::Paragraph,
                    text: inline_text(&b["content"]),
                    json: b,
                    section: s,
                }),
                "list" => items(&b["items"], s, out),
                "table" => {
                    out.push(Unit {
                        kind: Kind::TableLine,
                        text: row(&b["header"]),
                        json: b,
                        section: s,
                    });
                    for r in b["rows"].as_array().unwrap() {
                        out.push(Unit {
                            kind: Kind::TableLine,
                            text: row(&r["cells"]),
                            json: r,
                            section: s,
                        });
                    }
                }
                other => panic!("block type {other}"),
            }
        }
        for sub in s["sections"].as_array().unwrap() {
            walk(sub, out);
        }
    }
    let mut out = Vec::new();
    for c in report["chapters"].as_array().unwrap() {
        walk(c, &mut out);
    }
    out
}

/// Every heading, paragraph, list item and table row of `report.json`, with
/// its markup read, is text of the report's own chapters.
#[test]
fn every_block_is_report_text() {
    let f = files();
    let printed: Vec<&str> = scope(&f.lines)
        .iter()
        .map(|&i| f.lines[i].as_str())
        .collect();
    let haystack = squash(&strip_markup(&printed.join("\n")));
    for u in units(&f.report) {
        let text = squash(&u.text);
        assert!(
            !text.is_empty(),
            "empty {:?} in {}",
            u.kind,
            u.section["id"]
        );
        assert!(
            haystack.contains(&text),
            "{:?} not in the report's chapters: {text}",
            u.kind
        );
        // The markup was read, not copied.
        assert!(
            !u.text.contains("](") && !u.text.contains("**"),
            "{}",
            u.text
        );
    }
}

/// Every non-blank line of those chapters is in some heading or block.
#[test]
fn every_line_is_in_a_block() {
    let f = files();
    let units: Vec<String> = units(&f.report).iter().map(|u| squash(&u.text)).collect();
    for i in scope(&f.lines) {
        let line = squash(&strip_markup(without_marker(&f.lines[i])));
        assert!(
            units.iter().any(|u| u.contains(&line)),
            "line {} is in no block: {}",
            i + 1,
            f.lines[i]
        );
    }
}

/// As many list items as list lines, as many table rows (headers included)
/// as table lines, and no `link` left.
#[test]
fn list_items_and_table_rows_are_the_report_s() {
    let f = files();
    let scope = scope(&f.lines);
    let units = units(&f.report);
    let count = |k: Kind| units.iter().filter(|u| u.kind == k).count();
    let item_lines = scope.iter().filter(|&&i| is_item(&f.lines[i])).count();
    let table_lines = scope.iter().filter(|&&i| f.lines[i].contains('\t')).count();
    assert_eq!(count(Kind::Item), item_lines);
    assert_eq!(count(Kind::TableLine), table_lines);
    assert!(!f.report.to_string().contains("\"link\""));
}

/// Each table of `report.json` is a run of tab lines of the report, cell by
/// cell: its header, then every row, in order (the « Evénements
/// contributifs » table has each of its event lines).
#[test]
fn tables_have_every_row() {
    let f = files();
    let units = units(&f.report);
    let tables: Vec<&Unit> = units
        .iter()
        .filter(|u| u.kind == Kind::TableLine && u.json.get("header").is_some())
        .collect();
    assert!(!tables.is_empty());
    let cells_of =
        |v: &Value| -> Vec<String> { v.as_array().unwrap().iter().map(inline_text).collect() };
    let mut checked_events = false;
    for t in tables {
        let header = cells_of(&t.json["header"]);
        let start = f
            .lines
            .iter()
            .position(|l| squash(l) == squash(&header.join(" ")) && l.contains('\t'))
            .unwrap_or_else(|| panic!("no line for the header {header:?}"));
        let printed: Vec<Vec<String>> = f.lines[start..]
            .iter()
            .take_while(|l| l.contains('\t'))
            .map(|l| l.split('\t').map(|c| c.trim().to_owned()).collect())
            .collect();
        let rows: Vec<Vec<String>> = t.json["rows"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| cells_of(&r["cells"]))
            .collect();
        assert_eq!(printed[0], header);
        assert_eq!(printed[1..], rows[..], "table at line {}", start + 1);
        // The caption printed before the table is its section's title.
        let caption = f.lines[..start]
            .iter()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap();
        if t.section["title"] == caption.as_str() {
            checked_events |= caption.starts_with("Ev");
            assert!(rows.len() >= 9, "{caption}: {} rows", rows.len());
        }
    }
    assert!(checked_events, "the events table is under its caption");
}

/// The commitments a block records are the numbers its text prints after
/// « engagement(s) », read here word by word.
#[test]
fn commitment_references_are_the_text_s() {
    let f = files();
    let plan_numbers: BTreeSet<u64> = f.plan["commitments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["number"].as_u64().unwrap())
        .collect();
    let mut seen = 0;
    for u in units(&f.report) {
        let words: Vec<String> = u
            .text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        let mut expected = BTreeSet::new();
        for (k, w) in words.iter().enumerate() {
            if w == "engagement" || w == "engagements" {
                for next in &words[k + 1..] {
                    match next.parse::<u64>() {
                        Ok(n) => {
                            expected.insert(n);
                        }
                        Err(_) if next == "et" => {}
                        Err(_) => break,
                    }
                }
            }
        }
        let recorded: BTreeSet<u64> = u
            .json
            .get("commitments")
            .map(|c| {
                c.as_array()
                    .unwrap()
                    .iter()
                    .map(|n| n.as_u64().unwrap())
                    .collect()
            })
            .unwrap_or_default();
        if u.kind != Kind::Heading {
            assert_eq!(recorded, expected, "{}", u.text);
        }
        assert!(recorded.is_subset(&plan_numbers));
        seen += recorded.len();
    }
    assert!(seen > 0);
}

/// An item records an institution exactly when its whole text is a name or
/// an alias of one in `plan.json`, with or without accents and capitals.
#[test]
fn institutions_are_their_names() {
    let f = files();
    let institutions = f.plan["institutions"].as_array().unwrap();
    let squash = |s: &str| plan_core::fold::fold(&squash(s));
    let mut matched = 0;
    for u in units(&f.report).iter().filter(|u| u.kind == Kind::Item) {
        let text = squash(&u.text);
        let expected = institutions
            .iter()
            .find(|i| {
                i["aliases"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .chain([&i["name"]])
                    .any(|a| squash(a.as_str().unwrap()) == text)
            })
            .map(|i| i["id"].as_str().unwrap());
        assert_eq!(u.json["institution"].as_str(), expected, "{text}");
        matched += usize::from(expected.is_some());
    }
    assert!(matched > 0);
}

/// The contact is the address every e-mail the chapters print gives, and
/// sections 2.2 and 7 print it.
#[test]
fn contact_is_the_printed_address() {
    let f = files();
    let email = f.report["contact"]["email"].as_str().unwrap();
    let mut printed = 0;
    for i in scope(&f.lines) {
        for w in f.lines[i].split_whitespace().filter(|w| w.contains('@')) {
            let w = w.trim_matches(|c: char| !c.is_ascii_alphanumeric());
            assert_eq!(w, email, "line {}", i + 1);
            printed += 1;
        }
    }
    assert!(printed >= 2);
    let units = units(&f.report);
    for number in ["2.2", "7"] {
        assert!(
            units
                .iter()
                .any(|u| u.section["number"] == number && u.text.contains(email)),
            "section {number} does not print {email}"
        );
    }
}

/// Per chapter: paragraphs, list items, table rows (printed with
/// `cargo test -- --nocapture`, or `plan-extract --stats`); the totals agree
/// with the report's lines.
#[test]
fn counts_per_chapter() {
    let both = plan_extract::extract_all(&common::report()).unwrap();
    let counts = plan_extract::stats::counts(&both.report);
    println!("{}", plan_extract::stats::table(&counts));

    let f = files();
    let scope = scope(&f.lines);
    let items: usize = counts.iter().map(|c| c.list_items).sum();
    let rows: usize = counts.iter().map(|c| c.table_rows + c.tables).sum();
    assert_eq!(
        items,
        scope.iter().filter(|&&i| is_item(&f.lines[i])).count()
    );
    assert_eq!(
        rows,
        scope.iter().filter(|&&i| f.lines[i].contains('\t')).count()
    );
    assert_eq!(counts.len(), both.report.chapters.len());
    assert!(counts
        .iter()
        .all(|c| c.paragraphs + c.list_items + c.table_rows > 0 || c.sections > 1));
}
