//! Any bytes served as `data/plan.json` reach `plan_core::load::load_snapshot`.
//! It must never panic, and what it accepts must survive a round trip: written
//! back as JSON, it loads again to the same snapshot.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match plan_core::load::load_snapshot(data) {
        Ok(snapshot) => {
            let json = serde_json::to_vec(&snapshot).expect("a loaded snapshot serialises");
            let again = plan_core::load::load_snapshot(&json).expect("a loaded snapshot loads again");
            assert_eq!(again, snapshot);
        }
        Err(e) => {
            // Every error has a code and a French sentence for the user.
            assert!(!e.kind().is_empty());
            assert!(!e.to_string().is_empty());
        }
    }
});
