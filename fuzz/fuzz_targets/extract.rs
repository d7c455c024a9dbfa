//! Any text given to the extractor (`plan_extract::extract_all`: the report
//! parsers and model builders of both files). It must never panic, and the
//! files it produces must be ones the app accepts: written as committed, the
//! snapshot passes `load_snapshot`, the report's text `load_report` and
//! `check_against_plan`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(both) = plan_extract::extract_all(text) {
        let json = plan_extract::to_json(&both.plan);
        let plan = match plan_core::load::load_snapshot(json.as_bytes()) {
            Ok(plan) => plan,
            Err(e) => panic!("the extractor wrote a snapshot the app refuses: {e}"),
        };
        let json = plan_extract::report_to_json(&both.report);
        match plan_core::report::load_report(json.as_bytes()) {
            Ok(report) => {
                if let Err(e) = plan_core::report::check_against_plan(&report, &plan) {
                    panic!("the extractor wrote a report.json that does not match its plan: {e}");
                }
            }
            Err(e) => panic!("the extractor wrote a report.json the app refuses: {e}"),
        }
    }
});
