//! Command line: `plan-extract [REPORT] [OUTPUT]`, `plan-extract --schema [OUTPUT]`
//! or `plan-extract --stats [REPORT]`.
//!
//! Exit codes: 0 written; 1 the report could not be read into a snapshot (the
//! message names the line); 2 wrong arguments.

use std::path::PathBuf;
use std::process::ExitCode;

use plan_extract::{DEFAULT_INPUT, DEFAULT_OUTPUT, DEFAULT_SCHEMA_OUTPUT};

const USAGE: &str = "usage: plan-extract [REPORT] [OUTPUT]
       plan-extract --schema [OUTPUT]
       plan-extract --stats [REPORT]

Reads the report (default: data/source/rapport-autoevaluation-mi-parcours-2016.txt)
and writes the snapshot (default: public/data/plan.json) and, in the same
directory, the report's own text (report.json). With --schema, writes the JSON
Schema of the snapshot (default: public/data/plan.schema.json) and, next to it,
report.schema.json. With --stats, writes nothing and prints, per chapter of
report.json, its paragraphs, list items and table rows.
Paths are relative to the current directory: run from the repository root.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "-h" || a == "--help") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    let result = match args.first().map(String::as_str) {
        Some("--schema") if args.len() <= 2 => {
            let out = PathBuf::from(args.get(1).map_or(DEFAULT_SCHEMA_OUTPUT, String::as_str));
            plan_extract::write_schemas(&out)
        }
        Some("--stats") if args.len() <= 2 => {
            let input = PathBuf::from(args.get(1).map_or(DEFAULT_INPUT, String::as_str));
            plan_extract::read_report(&input)
                .and_then(|text| plan_extract::extract_all(&text))
                .map(|both| {
                    print!(
                        "{}",
                        plan_extract::stats::table(&plan_extract::stats::counts(&both.report))
                    )
                })
        }
        Some(a) if a.starts_with('-') => return usage(&format!("unknown option '{a}'")),
        _ if args.len() <= 2 => {
            let input = PathBuf::from(args.first().map_or(DEFAULT_INPUT, String::as_str));
            let output = PathBuf::from(args.get(1).map_or(DEFAULT_OUTPUT, String::as_str));
            plan_extract::run(&input, &output)
        }
        _ => return usage("too many arguments"),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}

fn usage(why: &str) -> ExitCode {
    eprintln!("error: {why}\n\n{USAGE}");
    ExitCode::from(2)
}
