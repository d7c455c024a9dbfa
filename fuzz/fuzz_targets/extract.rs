//! Any text given to the extractor (`plan_extract::extract`, the report parser
//! and model builder). It must never panic, and a snapshot it produces must be
//! one the app accepts: written as committed, it passes `load_snapshot`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(snapshot) = plan_extract::extract(text) {
        let json = plan_extract::to_json(&snapshot);
        if let Err(e) = plan_core::load::load_snapshot(json.as_bytes()) {
            panic!("the extractor wrote a snapshot the app refuses: {e}");
        }
    }
});
