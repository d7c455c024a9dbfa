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

/// Two runs of the binary write the same bytes, equal to the committed file.
#[test]
fn binary_runs_are_identical() {
    let dir = common::scratch("determinism");
    let outs: Vec<Vec<u8>> = (0..2)
        .map(|i| {
            let out = dir.join(format!("plan-{i}.json"));
            let status = Command::new(env!("CARGO_BIN_EXE_plan-extract"))
                .arg(common::report_path())
                .arg(&out)
                .status()
                .unwrap();
            assert!(status.success());
            std::fs::read(&out).unwrap()
        })
        .collect();
    assert_eq!(outs[0], outs[1]);
    assert_eq!(outs[0], common::committed_plan().into_bytes());
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
