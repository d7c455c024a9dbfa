//! The committed outputs are exactly what the extractor produces, every time.

mod common;

use std::process::Command;

/// `public/data/plan.json` is generated, never edited by hand: it must be
/// byte-identical to the extractor's output for the committed report.
#[test]
fn committed_plan_json_is_generated() {
    let generated = plan_extract::to_json(&plan_extract::extract(&common::report()).unwrap());
    let committed = common::committed_plan();
    assert!(
        generated == committed,
        "public/data/plan.json is stale or hand-edited; regenerate it with `cargo run -p plan-extract`"
    );
}

/// `public/data/report.json` too: byte-identical to the extractor's output.
#[test]
fn committed_report_json_is_generated() {
    let both = plan_extract::extract_all(&common::report()).unwrap();
    assert!(
        plan_extract::report_to_json(&both.report) == common::committed_report(),
        "public/data/report.json is stale or hand-edited; regenerate it with `cargo run -p plan-extract`"
    );
    assert!(
        plan_extract::to_json(&both.plan) == common::committed_plan(),
        "extract_all gives the committed plan.json too"
    );
}

/// Same for the JSON Schemas.
#[test]
fn committed_report_schema_is_generated() {
    assert!(
        plan_extract::report_schema_json() == common::committed_report_schema(),
        "public/data/report.schema.json is stale; regenerate it with `cargo run -p plan-extract -- --schema`"
    );
}

/// Same for the JSON Schema.
#[test]
fn committed_schema_is_generated() {
    assert!(
        plan_extract::schema_json() == common::committed_schema(),
        "public/data/plan.schema.json is stale; regenerate it with `cargo run -p plan-extract -- --schema`"
    );
}

/// Two extractions of the same report give the same bytes.
#[test]
fn extraction_is_deterministic() {
    let report = common::report();
    let a = plan_extract::to_json(&plan_extract::extract(&report).unwrap());
    let b = plan_extract::to_json(&plan_extract::extract(&report).unwrap());
    assert_eq!(a, b);
    assert!(
        a.ends_with("}\n") && !a.ends_with("\n\n"),
        "one trailing newline"
    );
}

/// Two runs of the binary write the same bytes, equal to the committed
/// files: the snapshot where asked, the report's text next to it.
#[test]
fn binary_runs_are_identical() {
    let outs: Vec<(Vec<u8>, Vec<u8>)> = (0..2)
        .map(|i| {
            let dir = common::scratch(&format!("determinism-{i}"));
            let out = dir.join("plan.json");
            let status = Command::new(env!("CARGO_BIN_EXE_plan-extract"))
                .arg(common::report_path())
                .arg(&out)
                .status()
                .unwrap();
            assert!(status.success());
            (
                std::fs::read(&out).unwrap(),
                std::fs::read(dir.join("report.json")).unwrap(),
            )
        })
        .collect();
    assert_eq!(outs[0], outs[1]);
    assert_eq!(outs[0].0, common::committed_plan().into_bytes());
    assert_eq!(outs[0].1, common::committed_report().into_bytes());
}

/// `--schema` writes both schemas, `--stats` prints one line per chapter.
#[test]
fn binary_schema_and_stats() {
    let dir = common::scratch("schemas");
    let status = Command::new(env!("CARGO_BIN_EXE_plan-extract"))
        .arg("--schema")
        .arg(dir.join("plan.schema.json"))
        .status()
        .unwrap();
    assert!(status.success());
    assert_eq!(
        std::fs::read_to_string(dir.join("plan.schema.json")).unwrap(),
        common::committed_schema()
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("report.schema.json")).unwrap(),
        common::committed_report_schema()
    );

    let out = Command::new(env!("CARGO_BIN_EXE_plan-extract"))
        .arg("--stats")
        .arg(common::report_path())
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let report = plan_core::report::load_report(common::committed_report().as_bytes()).unwrap();
    // A header, one line per chapter, the totals.
    assert_eq!(
        stdout.lines().count(),
        report.chapters.len() + 2,
        "{stdout}"
    );
    for c in &report.chapters {
        assert!(stdout.contains(&c.heading()), "{stdout}");
    }
}

/// The snapshot records the report it came from.
#[test]
fn source_hash_is_the_report_hash() {
    let s = plan_extract::extract(&common::report()).unwrap();
    assert_eq!(
        s.source.sha256,
        "6bfaff22920bf11d5edbdf0470f08b428d7821d982a4c1f10938865787319025"
    );
    assert_eq!(s.source.as_of, "2016-06-03");
    assert_eq!(s.source.published, "2016-07");
}

/// The app's loader (plan-core) accepts the committed snapshot: the two
/// crates agree on the format.
#[test]
fn plan_core_accepts_the_snapshot() {
    let loaded = plan_core::load::load_snapshot(common::committed_plan().as_bytes());
    assert!(loaded.is_ok(), "{:?}", loaded.err());
}

/// The app's report loader accepts the committed report.json, and its
/// references resolve in the committed plan.json.
#[test]
fn plan_core_accepts_the_report() {
    let plan = plan_core::load::load_snapshot(common::committed_plan().as_bytes()).unwrap();
    let report = plan_core::report::load_report(common::committed_report().as_bytes());
    let report = report.unwrap_or_else(|e| panic!("{e}"));
    plan_core::report::check_against_plan(&report, &plan).unwrap();
}
