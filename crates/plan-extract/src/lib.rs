//! Turns the mid-term self-assessment report (a text dump of the PDF) into the
//! plan snapshot, `public/data/plan.json`.
//!
//! Two stages, as in ripgrep's parsers: [`report`] splits the text into the
//! parts it is printed in and only checks their shape; [`build`] reads meaning
//! into them and builds the [`plan_core::Snapshot`]. [`text`] holds the few
//! changes ever made to report text, [`corrections`] the readings code cannot
//! infer (`corrections.toml`).
//!
//! **Invariant:** the output depends only on the report bytes and this crate's
//! source (corrections are compiled in); it is byte-identical on every run.

pub mod build;
pub mod corrections;
pub mod error;
pub mod institutions;
pub mod report;
pub mod rich;
pub mod text;
pub mod vocab;

use std::fs;
use std::io::Write;
use std::path::Path;

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

/// Lower-case hex SHA-256 of some bytes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Extracts the snapshot from the report text with the built-in corrections.
pub fn extract(input: &str) -> Result<Snapshot> {
    extract_with(input, &Corrections::builtin())
}

/// Extracts the snapshot with the given corrections.
pub fn extract_with(input: &str, corrections: &Corrections) -> Result<Snapshot> {
    let report = report::parse(input)?;
    let lines: Vec<&str> = input.lines().collect();
    build::build(&report, &lines, sha256_hex(input.as_bytes()), corrections)
}

/// The snapshot as committed: pretty-printed JSON and a final newline.
pub fn to_json(snapshot: &Snapshot) -> String {
    let mut s = serde_json::to_string_pretty(snapshot).expect("the snapshot serialises");
    s.push('\n');
    s
}

/// The JSON Schema of the snapshot, generated from the Rust types.
///
/// Object keys are sorted explicitly: whether `serde_json` keeps insertion
/// order depends on features other crates of the workspace may turn on, and
/// the committed schema must not change with them.
pub fn schema_json() -> String {
    let schema =
        serde_json::to_value(schemars::schema_for!(Snapshot)).expect("the schema serialises");
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

/// Reads the report at `input` and returns the snapshot JSON.
pub fn extract_file(input: &Path) -> Result<String> {
    let bytes = fs::read(input)
        .map_err(|e| Error::Io(format!("cannot read '{}': {e}", input.display())))?;
    let text = String::from_utf8(bytes)
        .map_err(|e| Error::Io(format!("'{}' is not UTF-8 text: {e}", input.display())))?;
    extract(&text).map(|s| to_json(&s))
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

/// Extracts `input` into `output`; on any error `output` is left untouched.
pub fn run(input: &Path, output: &Path) -> Result<()> {
    let json = extract_file(input)?;
    write_atomic(output, &json)
}
