//! A report the extractor cannot understand gives an error naming the line,
//! quoting what is there, and leaves no output file behind.

mod common;

use std::process::Command;

use plan_extract::{Corrections, Error};

fn error_of(report: &str) -> Error {
    plan_extract::extract(report).expect_err("the mangled report must be refused")
}

#[test]
fn truncated_report_is_refused_with_a_line_number() {
    let report = common::report();
    for keep in [200, 300, 600, 1000, 1290] {
        let truncated: String = report
            .lines()
            .take(keep)
            .map(|l| format!("{l}\n"))
            .collect();
        let err = error_of(&truncated);
        let line = err
            .line()
            .unwrap_or_else(|| panic!("no line in '{err}' (kept {keep} lines)"));
        assert!(
            line <= keep + 1,
            "line {line} beyond the {keep} kept lines: {err}"
        );
        assert!(
            err.to_string()
                .starts_with(&format!("line {line}: expected ")),
            "{err}"
        );
    }
}

/// Line 529 is commitment 5's "Enjeux :" heading.
#[test]
fn renamed_heading_is_quoted() {
    let report = common::with_line(&common::report(), 529, "Enjeu :");
    assert_eq!(
        error_of(&report).to_string(),
        "line 529: expected 'Enjeux :', found 'Enjeu :'"
    );
}

/// Line 234 is commitment 2's row of the summary table.
#[test]
fn unknown_status_is_quoted() {
    let report = common::with_line(
        &common::report(),
        234,
        "Engagement 2 : Accroître la transparence de la commande publique\tPartial\tConforme",
    );
    let err = error_of(&report);
    assert_eq!(err.line(), Some(234));
    assert!(err.to_string().ends_with("found 'Partial'"), "{err}");
}

/// Line 375 is row 1.1; without its status and with no page break after it,
/// the row has no status at all.
#[test]
fn row_without_status_is_refused() {
    let report = common::report();
    let line = report
        .lines()
        .nth(374)
        .unwrap()
        .strip_suffix("Substantiel")
        .unwrap()
        .to_string();
    let err = error_of(&common::with_line(&report, 375, &line));
    assert_eq!(err.line(), Some(375), "{err}");
}

/// A table row with a fifth cell.
#[test]
fn extra_cell_is_refused() {
    let report = common::report();
    let line = format!("{}\textra", report.lines().nth(374).unwrap());
    let err = error_of(&common::with_line(&report, 375, &line));
    assert_eq!(err.line(), Some(375), "{err}");
    assert!(err.to_string().contains("at most 4"), "{err}");
}

/// A commitment whose heading number skips one.
#[test]
fn commitment_out_of_order_is_refused() {
    let report = common::report();
    let line = report
        .lines()
        .nth(522)
        .unwrap()
        .replace("Engagement 5 :", "Engagement 6 :");
    let err = error_of(&common::with_line(&report, 523, &line));
    assert_eq!(err.line(), Some(523), "{err}");
}

/// A correction whose line no longer holds its text is an error, not a
/// silent no-op.
#[test]
fn stale_correction_is_refused() {
    let stale = Corrections::builtin_source().replace("line = 656", "line = 657");
    let corrections = Corrections::parse(&stale).unwrap();
    let err = plan_extract::extract_with(&common::report(), &corrections).unwrap_err();
    assert!(
        matches!(err, Error::Report { line: 656, .. } | Error::Corrections(_)),
        "{err}"
    );
}

/// The binary: exit code 1, a ripgrep-like message on stderr, no output file,
/// and an existing output file left as it was.
#[test]
fn binary_leaves_no_partial_output() {
    let dir = common::scratch("errors");
    let bad = dir.join("bad.txt");
    std::fs::write(&bad, common::with_line(&common::report(), 529, "Enjeu :")).unwrap();

    let fresh = dir.join("fresh.json");
    let out = Command::new(env!("CARGO_BIN_EXE_plan-extract"))
        .arg(&bad)
        .arg(&fresh)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        stderr,
        "error: line 529: expected 'Enjeux :', found 'Enjeu :'\n"
    );
    assert!(!fresh.exists());
    assert!(!dir.join(plan_extract::REPORT_FILE_NAME).exists());

    let existing = dir.join("existing.json");
    std::fs::write(&existing, "old").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_plan-extract"))
        .arg(&bad)
        .arg(&existing)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(std::fs::read_to_string(&existing).unwrap(), "old");
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.contains(".tmp-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// Line 201 is chapter 3's heading: a chapter number out of sequence in the
/// report's own text fails both files, at its line.
#[test]
fn chapter_out_of_order_is_refused() {
    let report = common::report();
    let line = report.lines().nth(200).unwrap().replacen("3.", "8.", 1);
    let err = error_of(&common::with_line(&report, 201, &line));
    assert_eq!(err.line(), Some(201), "{err}");
    assert!(
        err.to_string()
            .contains("expected chapter 3 or section 2.4"),
        "{err}"
    );
}

/// A heading moved by `[[section_start]]` must land at the start of a block.
#[test]
fn section_start_inside_a_block_is_refused() {
    let moved = Corrections::builtin_source().replace("starts_at = 1480", "starts_at = 1481");
    let err = plan_extract::extract_with(&common::report(), &Corrections::parse(&moved).unwrap())
        .unwrap_err();
    assert_eq!(err.line(), Some(1481), "{err}");
}

/// A report correction whose line no longer holds its text is refused too.
#[test]
fn stale_report_correction_is_refused() {
    let stale = Corrections::builtin_source().replace("line = 1557", "line = 1556");
    let err = plan_extract::extract_with(&common::report(), &Corrections::parse(&stale).unwrap())
        .unwrap_err();
    assert!(matches!(err, Error::Corrections(_)), "{err}");
    assert!(err.to_string().contains("1556"), "{err}");
}

/// Without its `[[not_heading]]` entry, line 1557 would be a heading: the
/// rule is general, the entry is needed.
#[test]
fn lone_lines_are_headings_without_their_correction() {
    let mut c = Corrections::builtin();
    c.not_heading.retain(|e| e.line != 1557);
    let both = plan_extract::extract_all_with(&common::report(), &c).unwrap();
    // The kit's last section, after its part 3.
    let kit = both
        .report
        .chapters
        .last()
        .unwrap()
        .sections
        .last()
        .unwrap();
    let last = kit.sections.last().unwrap();
    assert_eq!(last.title, "Contact : gouvernement-ouvert@etalab.gouv.fr");
}

#[test]
fn binary_reports_a_missing_input_and_bad_arguments() {
    let dir = common::scratch("args");
    let out = Command::new(env!("CARGO_BIN_EXE_plan-extract"))
        .arg(dir.join("missing.txt"))
        .arg(dir.join("out.json"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .starts_with("error: cannot read '"));
    assert!(!dir.join("out.json").exists());

    let out = Command::new(env!("CARGO_BIN_EXE_plan-extract"))
        .args(["a", "b", "c"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}
