//! Turns the mid-term self-assessment report (a text dump of the PDF) into the
//! plan snapshot, `public/data/plan.json`, and the report's own text,
//! `public/data/report.json`.
//!
//! Two stages, as in ripgrep's parsers: [`report`] (the plan's parts) and
//! [`outline`] (the chapters around it) split the text into the parts it is
//! printed in and only check their shape; [`build`] reads meaning into the
//! former and builds the [`plan_core::Snapshot`], [`chapters`] the latter into
//! the [`plan_core::report::Report`]. [`text`] holds the few changes ever made
//! to report text, [`corrections`] the readings code cannot infer
//! (`corrections.toml`, shared by both files and checked once both are built).
//!
//! **Invariant:** the output depends only on the report bytes and this crate's
//! source (corrections are compiled in); it is byte-identical on every run.

pub mod build;
pub mod chapters;
pub mod corrections;
pub mod error;
pub mod institutions;
pub mod outline;
pub mod prose;
pub mod references;
pub mod report;
pub mod rich;
pub mod stats;
pub mod text;
pub mod vocab;

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use plan_core::report::Report;
use plan_core::Snapshot;
use sha2::{Digest, Sha256};

pub use corrections::Corrections;
pub use error::{Error, Result};

/// Where `cargo run -p plan-extract` reads the report, from the repository root.
pub const DEFAULT_INPUT: &str = "data/source/rapport-autoevaluation-mi-parcours-2016.txt";
/// Where it writes the snapshot.
pub const DEFAULT_OUTPUT: &str = "public/data/plan.json";
/// Where `--schema` writes the JSON Schema.
pub const DEFAULT_SCHEMA_OUTPUT: &str = "public/data/plan.schema.json";
/// The report's own text is written next to the snapshot, under this name.
pub const REPORT_FILE_NAME: &str = "report.json";
/// Its JSON Schema is written next to the snapshot's, under this name.
pub const REPORT_SCHEMA_FILE_NAME: &str = "report.schema.json";
/// Where `cargo run -p plan-extract` writes the report's own text.
pub const DEFAULT_REPORT_OUTPUT: &str = "public/data/report.json";
/// Where `--schema` writes its JSON Schema.
pub const DEFAULT_REPORT_SCHEMA_OUTPUT: &str = "public/data/report.schema.json";

/// Both files extracted from one report.
#[derive(Debug, Clone, PartialEq)]
pub struct Extraction {
    pub plan: Snapshot,
    pub report: Report,
}

/// Lower-case hex SHA-256 of some bytes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Extracts the snapshot from the report text with the built-in corrections.
pub fn extract(input: &str) -> Result<Snapshot> {
    extract_all(input).map(|e| e.plan)
}

/// Extracts the snapshot with the given corrections.
pub fn extract_with(input: &str, corrections: &Corrections) -> Result<Snapshot> {
    extract_all_with(input, corrections).map(|e| e.plan)
}

/// Extracts the snapshot and the report's own text with the built-in corrections.
pub fn extract_all(input: &str) -> Result<Extraction> {
    extract_all_with(input, &Corrections::builtin())
}

/// Extracts both files with the given corrections. The report's text is
/// built second: its references point into the snapshot. Every correction
/// must have been used by one of the two.
pub fn extract_all_with(input: &str, corrections: &Corrections) -> Result<Extraction> {
    let parts = report::parse(input)?;
    let lines: Vec<&str> = input.lines().collect();
    let plan = build::build(&parts, &lines, sha256_hex(input.as_bytes()), corrections)?;
    let report = chapters::build(input, &plan, corrections)?;
    corrections.check_all_used()?;
    Ok(Extraction { plan, report })
}

/// The snapshot as committed: pretty-printed JSON and a final newline.
pub fn to_json(snapshot: &Snapshot) -> String {
    let mut s = serde_json::to_string_pretty(snapshot).expect("the snapshot serialises");
    s.push('\n');
    s
}

/// The report's own text as committed: pretty-printed JSON and a final newline.
pub fn report_to_json(report: &Report) -> String {
    let mut s = serde_json::to_string_pretty(report).expect("the report serialises");
    s.push('\n');
    s
}

/// The JSON Schema of the snapshot, generated from the Rust types.
pub fn schema_json() -> String {
    schema_text(schemars::schema_for!(Snapshot))
}

/// The JSON Schema of `report.json`, generated from the Rust types.
pub fn report_schema_json() -> String {
    schema_text(schemars::schema_for!(Report))
}

/// A schema as committed. Object keys are sorted explicitly: whether
/// `serde_json` keeps insertion order depends on features other crates of
/// the workspace may turn on, and the committed schema must not change with
/// them.
fn schema_text(schema: schemars::Schema) -> String {
    let schema = serde_json::to_value(schema).expect("the schema serialises");
    let mut s = serde_json::to_string_pretty(&sort_keys(schema)).expect("the schema serialises");
    s.push('\n');
    s
}

/// Rebuilds every JSON object with its keys in sorted order.
fn sort_keys(v: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match v {
        Value::Object(map) => {
            let mut entries: Vec<(String, Value)> = map.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(
                entries
                    .into_iter()
                    .map(|(k, v)| (k, sort_keys(v)))
                    .collect(),
            )
        }
        Value::Array(items) => Value::Array(items.into_iter().map(sort_keys).collect()),
        other => other,
    }
}

/// Reads the report at `input`.
pub fn read_report(input: &Path) -> Result<String> {
    let bytes = fs::read(input)
        .map_err(|e| Error::Io(format!("cannot read '{}': {e}", input.display())))?;
    String::from_utf8(bytes)
        .map_err(|e| Error::Io(format!("'{}' is not UTF-8 text: {e}", input.display())))
}

/// Reads the report at `input` and returns the snapshot JSON.
pub fn extract_file(input: &Path) -> Result<String> {
    extract(&read_report(input)?).map(|s| to_json(&s))
}

/// Where the report's own text goes for a snapshot written at `plan_output`:
/// the same directory, [`REPORT_FILE_NAME`].
pub fn report_output_for(plan_output: &Path) -> PathBuf {
    plan_output.with_file_name(REPORT_FILE_NAME)
}

/// Writes `contents` to `path` through a temporary file in the same
/// directory and a rename, so `path` is either the old file or the whole new
/// one, never a partial write.
pub fn write_atomic(path: &Path, contents: &str) -> Result<()> {
    let io = |what: &str, e: std::io::Error| {
        Error::Io(format!("cannot {what} '{}': {e}", path.display()))
    };
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(|e| io("create the directory of", e))?;
    let name = path
        .file_name()
        .ok_or_else(|| Error::Io(format!("'{}' is not a file path", path.display())))?;
    let tmp = dir.join(format!(
        ".{}.tmp-{}",
        name.to_string_lossy(),
        std::process::id()
    ));
    let result = (|| {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(contents.as_bytes())?;
        f.sync_all()?;
        fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        let _ = fs::remove_file(&tmp);
        return Err(io("write", e));
    }
    Ok(())
}

/// Extracts `input` into `output` (the snapshot) and the report's own text
/// next to it. Both are built before either is written, so a report that
/// cannot be read leaves both files untouched; each is written whole.
pub fn run(input: &Path, output: &Path) -> Result<()> {
    let both = extract_all(&read_report(input)?)?;
    let plan = to_json(&both.plan);
    let report = report_to_json(&both.report);
    write_atomic(output, &plan)?;
    write_atomic(&report_output_for(output), &report)
}

/// Writes both JSON Schemas: the snapshot's at `output`, the report's next
/// to it ([`REPORT_SCHEMA_FILE_NAME`]).
pub fn write_schemas(output: &Path) -> Result<()> {
    let (plan, report) = (schema_json(), report_schema_json());
    write_atomic(output, &plan)?;
    write_atomic(&output.with_file_name(REPORT_SCHEMA_FILE_NAME), &report)
}
