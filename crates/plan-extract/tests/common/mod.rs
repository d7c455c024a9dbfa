//! Shared helpers of the integration tests: paths of the committed files and
//! a scratch directory per test.

#![allow(dead_code)]

use std::path::PathBuf;

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub fn report_path() -> PathBuf {
    repo_root().join(plan_extract::DEFAULT_INPUT)
}

pub fn report() -> String {
    std::fs::read_to_string(report_path()).expect("the committed report is readable")
}

pub fn committed_plan() -> String {
    std::fs::read_to_string(repo_root().join(plan_extract::DEFAULT_OUTPUT))
        .expect("public/data/plan.json is committed")
}

pub fn committed_schema() -> String {
    std::fs::read_to_string(repo_root().join(plan_extract::DEFAULT_SCHEMA_OUTPUT))
        .expect("public/data/plan.schema.json is committed")
}

pub fn committed_report() -> String {
    std::fs::read_to_string(repo_root().join(plan_extract::DEFAULT_REPORT_OUTPUT))
        .expect("public/data/report.json is committed")
}

pub fn committed_report_schema() -> String {
    std::fs::read_to_string(repo_root().join(plan_extract::DEFAULT_REPORT_SCHEMA_OUTPUT))
        .expect("public/data/report.schema.json is committed")
}

/// A fresh empty directory for one test.
pub fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("plan-extract-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

/// The report with line `no` (1-based) replaced.
pub fn with_line(report: &str, no: usize, text: &str) -> String {
    let mut lines: Vec<&str> = report.lines().collect();
    lines[no - 1] = text;
    let mut s = lines.join("\n");
    s.push('\n');
    s
}
