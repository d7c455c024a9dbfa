//! Fidelity of the committed snapshot to the report, checked with readings of
//! the report written here independently of the extractor's parser: simple
//! line-based scans that share no code with `plan_extract`.

mod common;

use std::collections::BTreeMap;

use serde_json::Value;

/// The status words a results table may print in its last cell.
const STATUS_WORDS: [(&str, &str); 5] = [
    ("Non démarré", "not_started"),
    ("Partiel", "partial"),
    ("Substantiel", "substantial"),
    ("Complet", "complete"),
    ("Information non disponible", "unknown"),
];

/// The extractor's output for the committed report, as plain JSON (the
/// committed `plan.json` is byte-identical to it, see `snapshot.rs`).
fn plan() -> Value {
    let snapshot = plan_extract::extract(&common::report()).unwrap();
    serde_json::from_str(&plan_extract::to_json(&snapshot)).unwrap()
}

fn strip_p(s: &str) -> String {
    s.replace("<p>", " ").replace("</p>", " ")
}

/// Collapses every run of whitespace, line breaks and tabs included.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The summary table read line by line: from the line after its header to the
/// "4.2." heading, a line with tabs is a row; a line whose status cell is empty
/// (commitment 24, lines 256-258) lends its first cell to the next row.
fn summary_table() -> BTreeMap<u32, (String, String, String)> {
    let report = common::report();
    let mut rows = BTreeMap::new();
    let mut pending = String::new();
    let mut inside = false;
    for line in report.lines() {
        if line == "Engagement\tStatut\tCalendrier" {
            inside = true;
            continue;
        }
        if !inside || !line.contains('\t') {
            if line.starts_with("4.2.") {
                break;
            }
            continue;
        }
        let cells: Vec<&str> = line.split('\t').collect();
        if cells[1].trim().is_empty() {
            pending = format!("{pending}{} ", cells[0].trim());
            continue;
        }
        let first = format!("{pending}{}", cells[0].trim());
        pending.clear();
        let rest = first.strip_prefix("Engagement ").unwrap();
        let (n, title) = rest.split_once(" : ").unwrap();
        rows.insert(
            n.parse().unwrap(),
            (
                title.to_string(),
                cells[1].trim().to_string(),
                cells[2].trim().to_string(),
            ),
        );
    }
    rows
}

/// The detailed part of the report cut at each "Engagement N : " heading
/// (a heading, not a "- Engagement" list item), after the "4.2." heading.
fn sections() -> BTreeMap<u64, Vec<String>> {
    let report = common::report();
    let mut out: BTreeMap<u64, Vec<String>> = BTreeMap::new();
    let mut current = None;
    let mut started = false;
    for line in report.lines() {
        if line.starts_with("4.2. ") {
            started = true;
        }
        if line.starts_with("5. ") {
            break;
        }
        if !started {
            continue;
        }
        if let Some(rest) = line.strip_prefix("Engagement ") {
            if let Some((n, _)) = rest.split_once(" : ") {
                current = n.parse().ok();
            }
        }
        if let Some(n) = current {
            out.entry(n).or_default().push(line.to_string());
        }
    }
    out
}

#[test]
fn commitments_are_1_to_26_each_once_in_order() {
    let numbers: Vec<u64> = plan()["commitments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["number"].as_u64().unwrap())
        .collect();
    assert_eq!(numbers, (1..=26).collect::<Vec<_>>());
}

#[test]
fn titles_statuses_calendars_match_the_summary_table() {
    let table = summary_table();
    assert_eq!(table.len(), 26);
    for c in plan()["commitments"].as_array().unwrap() {
        let n = c["number"].as_u64().unwrap() as u32;
        let (title, status, calendar) = &table[&n];
        assert_eq!(c["title"], title.as_str(), "title of commitment {n}");
        assert_eq!(
            c["status_label"],
            status.as_str(),
            "status label of commitment {n}"
        );
        // The summary's label starts with the status word; "Susbtantiel voire
        // complet" (lines 259-260) is the one misspelled label, read as
        // substantial (see corrections.toml).
        let code = if status.starts_with("Susbtantiel") {
            "substantial"
        } else {
            STATUS_WORDS.iter().find(|w| w.0 == status).unwrap().1
        };
        assert_eq!(c["status"], code, "status of commitment {n}");
        let cal = match calendar.as_str() {
            "Conforme" => "on_track",
            "Retardé" => "delayed",
            other => panic!("unexpected calendar {other}"),
        };
        assert_eq!(c["calendar"], cal, "calendar of commitment {n}");
    }
}

/// Counts the rows of each commitment's results table as the lines whose last
/// tab-separated cell, `<p>` tags removed, is a status word. A row cut by a
/// page break has its status on one of its lines only, so it counts once.
#[test]
fn action_counts_match_an_independent_count() {
    let sections = sections();
    let mut total = 0;
    for c in plan()["commitments"].as_array().unwrap() {
        let n = c["number"].as_u64().unwrap();
        let count = sections[&n]
            .iter()
            .filter(|l| {
                let last = l.rsplit('\t').next().unwrap();
                l.contains('\t') && STATUS_WORDS.iter().any(|w| squash(&strip_p(last)) == w.0)
            })
            .count();
        let actions = c["actions"].as_array().unwrap();
        assert_eq!(actions.len(), count, "rows of commitment {n}");
        for (k, a) in actions.iter().enumerate() {
            assert_eq!(a["id"], format!("{n}.{}", k + 1));
        }
        total += count;
    }
    assert_eq!(total, 74);
}

/// Splits `field` into as few pieces as possible, each found verbatim in
/// `haystack`, greedily by whole words. A cell printed on one line is one
/// piece; a cell cut by a page break is two (the words repeated at the break
/// were dropped from the second piece, which is still a substring).
fn pieces(field: &str, haystack: &str) -> Option<usize> {
    let words: Vec<&str> = field.split(' ').collect();
    let mut start = 0;
    let mut count = 0;
    while start < words.len() {
        let mut end = start;
        while end < words.len() && haystack.contains(&words[start..=end].join(" ")) {
            end += 1;
        }
        if end == start {
            return None;
        }
        start = end;
        count += 1;
    }
    Some(count)
}

/// Whether some run of three or more words is printed twice back to back, the
/// trace of a page-break join that kept the words repeated across the break.
fn has_doubled_run(s: &str) -> bool {
    let w: Vec<&str> = s.split(' ').collect();
    (3..=w.len() / 2).any(|k| (0..=w.len() - 2 * k).any(|i| w[i..i + k] == w[i + k..i + 2 * k]))
}

/// Every action's text, results and next steps appear verbatim in the report
/// once `<p>` tags are removed and whitespace (tabs and line breaks included)
/// is collapsed, within the commitment's own section. Only the cells cut by a
/// page break may be made of two pieces, and exactly those listed below are.
/// (Rows 1.6, lines 382/384, and 18.2, lines 1013/1015, are cut too, but the
/// other cells of their first line are empty, so once whitespace is collapsed
/// the two halves of the first cell are already contiguous: one piece.)
#[test]
fn action_text_is_verbatim() {
    let sections = sections();
    let mut two_pieces = Vec::new();
    for c in plan()["commitments"].as_array().unwrap() {
        let n = c["number"].as_u64().unwrap();
        let haystack = squash(&strip_p(&sections[&n].join("\n")));
        for a in c["actions"].as_array().unwrap() {
            for field in ["text", "results", "next_steps", "status_label"] {
                let value = a[field].as_str().unwrap();
                assert_eq!(value, value.trim(), "{} {field} is trimmed", a["id"]);
                assert!(!value.contains("  ") && !value.contains('\t'));
                if value.is_empty() {
                    continue;
                }
                assert!(
                    !has_doubled_run(value),
                    "{} {field} repeats words back to back: {value}",
                    a["id"]
                );
                match pieces(value, &haystack) {
                    Some(1) => {}
                    Some(2) => two_pieces.push(format!("{} {field}", a["id"].as_str().unwrap())),
                    other => panic!("{} {field} not verbatim ({other:?}): {value}", a["id"]),
                }
            }
        }
    }
    assert_eq!(
        two_pieces,
        [
            "1.2 text",        // lines 376 / 378
            "1.2 next_steps",  // lines 376 / 378
            "2.1 results",     // lines 419 / 421
            "2.1 next_steps",  // lines 419 / 421, repeated words dropped
            "2.3 text",        // lines 423 / 425
            "2.3 results",     // lines 423 / 425
            "12.1 text",       // lines 774 / 776, repeated word dropped
            "12.1 results",    // lines 774 / 776
            "12.1 next_steps", // lines 774 / 776
        ]
    );
}

/// Every name printed in an "Institutions porteuses" list (list marker and
/// trailing ";" removed) is an alias of exactly one institution, and every
/// commitment lists the institutions of its own section.
#[test]
fn every_printed_institution_is_an_alias() {
    let plan = plan();
    let institutions = plan["institutions"].as_array().unwrap();
    for (n, lines) in sections() {
        let start = lines
            .iter()
            .position(|l| l.starts_with("Institution"))
            .unwrap();
        let end = lines.iter().position(|l| l.starts_with("Enjeux")).unwrap();
        let mut ids = Vec::new();
        for l in &lines[start + 1..end] {
            let name = l
                .trim()
                .trim_start_matches("- ")
                .trim_end_matches(';')
                .trim();
            if name.is_empty() {
                continue;
            }
            let owners: Vec<&Value> = institutions
                .iter()
                .filter(|i| i["aliases"].as_array().unwrap().iter().any(|a| a == name))
                .collect();
            assert_eq!(owners.len(), 1, "'{name}' (commitment {n})");
            let id = owners[0]["id"].clone();
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        let c = &plan["commitments"][(n - 1) as usize];
        assert_eq!(
            c["institutions"].as_array().unwrap(),
            &ids,
            "commitment {n}"
        );
    }
}

/// Contributions: the number of "#k" on the commitment's "Contributions
/// associées" line (line 656 prints "1" without "#": one contribution).
#[test]
fn contribution_counts() {
    let plan = plan();
    for (n, lines) in sections() {
        let expected = lines
            .iter()
            .find(|l| l.starts_with("Contributions associées"))
            .map(|l| {
                // "[#1](#)" has two '#', only the first is followed by a digit.
                let numbered = l
                    .match_indices('#')
                    .filter(|(i, _)| l[i + 1..].starts_with(|c: char| c.is_ascii_digit()))
                    .count();
                numbered.max(1) as u64
            })
            .unwrap_or(0);
        assert_eq!(
            plan["commitments"][(n - 1) as usize]["contributions"],
            expected,
            "commitment {n}"
        );
    }
}

/// The report with its markup removed: list markers at line starts, every
/// `*`, and links reduced to their text (`[text](target)` → `text`).
fn unmarked(lines: &[String]) -> String {
    let mut out = String::new();
    for l in lines {
        let l = l.trim_start();
        let l = l.strip_prefix("- ").unwrap_or(l);
        let mut rest = l.replace('*', "");
        // Drop each "](target)" and the "[" that opened it.
        while let Some(close) = rest.find("](") {
            let Some(end) = rest[close..].find(')') else {
                break;
            };
            let open = rest[..close].rfind('[').unwrap_or(close);
            rest = format!(
                "{}{}{}",
                &rest[..open],
                &rest[open + 1..close],
                &rest[close + end + 1..]
            );
        }
        out.push_str(&rest);
        out.push('\n');
    }
    squash(&strip_p(&out))
}

/// Plain text of a paragraph's or item's inlines, markup gone.
fn inline_text(inlines: &Value) -> String {
    inlines
        .as_array()
        .unwrap()
        .iter()
        .map(|i| match i["type"].as_str().unwrap() {
            "text" => i["text"].as_str().unwrap().to_string(),
            _ => inline_text(&i["content"]),
        })
        .collect()
}

fn block_texts(blocks: &Value, out: &mut Vec<String>) {
    fn items(list: &Value, out: &mut Vec<String>) {
        for it in list.as_array().unwrap() {
            out.push(inline_text(&it["content"]));
            if let Some(sub) = it.get("items") {
                items(sub, out);
            }
        }
    }
    for b in blocks.as_array().unwrap() {
        match b["type"].as_str().unwrap() {
            "paragraph" => out.push(inline_text(&b["content"])),
            "list" => items(&b["items"], out),
            other => panic!("unknown block type {other}"),
        }
    }
}

/// Every paragraph and list item of the rich text (stakes, description,
/// notes, stories) is found verbatim, `*` aside, in its commitment's section
/// of the report once markup is removed and whitespace collapsed (which also
/// closes the page break of lines 1043/1045 and the table of lines 862-864).
/// Press mentions are found there too.
#[test]
fn rich_text_is_verbatim() {
    let sections = sections();
    for c in plan()["commitments"].as_array().unwrap() {
        let n = c["number"].as_u64().unwrap();
        let haystack = unmarked(&sections[&n]);
        let mut texts = Vec::new();
        for field in ["stakes", "description"] {
            block_texts(&c[field], &mut texts);
        }
        if let Some(notes) = c.get("results_notes") {
            block_texts(notes, &mut texts);
        }
        for story in c["stories"].as_array().unwrap() {
            block_texts(story, &mut texts);
        }
        assert!(
            texts.len() >= 2,
            "commitment {n} has stakes and a description"
        );
        for t in texts {
            assert!(
                !t.is_empty() && t == squash(&t),
                "commitment {n}: untidy text '{t}'"
            );
            assert!(
                haystack.contains(&t.replace('*', "")),
                "commitment {n}: not in the report: {t}"
            );
        }
        for p in c["press"].as_array().unwrap() {
            for f in ["outlet", "title", "date"] {
                let v = p[f].as_str().unwrap();
                assert!(haystack.contains(v), "commitment {n} press {f}: {v}");
            }
        }
    }
}

/// Nothing is lost: every line of a commitment's section (every cell, for
/// table lines) is found in the commitment's snapshot text, except what the
/// format holds elsewhere or drops on purpose: the headings, the institution
/// list, the "Contributions associées" line, the standalone "[En savoir
/// plus](#)" navigation lines, and the next axis's title and index, which the
/// scan reads as the end of the section.
#[test]
fn no_report_text_is_lost() {
    let plan = plan();
    let axis_titles: Vec<&str> = plan["axes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    for (n, lines) in sections() {
        let c = &plan["commitments"][(n - 1) as usize];
        let mut texts = Vec::new();
        for field in ["stakes", "description"] {
            block_texts(&c[field], &mut texts);
        }
        if let Some(notes) = c.get("results_notes") {
            block_texts(notes, &mut texts);
        }
        for story in c["stories"].as_array().unwrap() {
            block_texts(story, &mut texts);
        }
        for a in c["actions"].as_array().unwrap() {
            for f in ["text", "results", "next_steps", "status_label"] {
                texts.push(a[f].as_str().unwrap().to_string());
            }
        }
        for p in c["press"].as_array().unwrap() {
            for f in ["outlet", "title", "date"] {
                texts.push(p[f].as_str().unwrap().to_string());
            }
        }
        let corpus = texts.join("\n").replace('*', "");

        let inst_start = lines
            .iter()
            .position(|l| l.starts_with("Institution"))
            .unwrap();
        let inst_end = lines.iter().position(|l| l.starts_with("Enjeux")).unwrap();
        for (i, line) in lines.iter().enumerate() {
            let t = line.trim();
            let skip = i == 0
                || (inst_start..=inst_end).contains(&i)
                || t.is_empty()
                || t == "[En savoir plus](#)"
                || t.starts_with("Contributions associées")
                || t.starts_with("- Engagement ")
                || axis_titles.contains(&t)
                || [
                    "Description de l'engagement :",
                    "Description des résultats :",
                    "Une belle histoire",
                    "Une belle histoire :",
                    "Ils en parlent :",
                    "Actions\tRésultats\tProchaines étapes\tStatut",
                ]
                .contains(&t);
            if skip {
                continue;
            }
            let pieces: Vec<String> =
                if line.contains('\t') && !corpus.contains(&unmarked(std::slice::from_ref(line))) {
                    line.split('\t')
                        .map(|cell| unmarked(&[cell.to_string()]))
                        .collect()
                } else {
                    vec![unmarked(std::slice::from_ref(line))]
                };
            for p in pieces.iter().filter(|p| !p.is_empty()) {
                // Press lines keep their parts, not the punctuation between them.
                let found = corpus.contains(p.as_str())
                    || (t.contains("](#)")
                        && texts
                            .iter()
                            .any(|x| !x.is_empty() && p.contains(x.as_str())));
                assert!(
                    found,
                    "commitment {n}, line '{}': '{p}' is not in the snapshot",
                    &line[..line.len().min(60)]
                );
            }
        }
    }
}
