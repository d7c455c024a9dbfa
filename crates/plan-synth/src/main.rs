//! `plan-synth`: writes synthetic snapshots for scale tests and benchmarks.
//!
//! ```sh
//! cargo run -p plan-synth --release -- 5000 target/synth/plan-5000.json
//! ```
//!
//! Arguments: the number of commitments, the output file, and optionally the
//! model snapshot (default `public/data/plan.json`) and the seed (default 2016).
//! Exit codes: 0 written, 1 bad model or write error, 2 usage error.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: plan-synth <commitments> <output.json> [model.json] [seed]";
    let (Some(n), Some(out)) = (
        args.first().and_then(|a| a.parse::<usize>().ok()),
        args.get(1),
    ) else {
        eprintln!("{usage}");
        return ExitCode::from(2);
    };
    let model_path = args.get(2).map_or("public/data/plan.json", String::as_str);
    let seed = match args.get(3).map(|s| s.parse::<u64>()) {
        None => 2016,
        Some(Ok(s)) => s,
        Some(Err(_)) => {
            eprintln!("error: seed '{}' is not a number\n\n{usage}", args[3]);
            return ExitCode::from(2);
        }
    };
    let model = match std::fs::read(model_path)
        .map_err(|e| e.to_string())
        .and_then(|b| plan_core::load::load_snapshot(&b).map_err(|e| e.to_string()))
    {
        Ok(m) => m,
        Err(e) => {
            eprintln!("error: model '{model_path}': {e}");
            return ExitCode::from(1);
        }
    };
    let bytes = plan_synth::synthesize_json(&model, n, seed);
    if let Some(dir) = std::path::Path::new(out).parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    match std::fs::write(out, &bytes) {
        Ok(()) => {
            eprintln!(
                "plan-synth: wrote {n} commitments, {} bytes, to {out}",
                bytes.len()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: cannot write '{out}': {e}");
            ExitCode::from(1)
        }
    }
}
