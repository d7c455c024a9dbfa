//! The committed snapshot `public/data/plan.json` loads, and the core computes
//! sensible things from it. Unit tests use the in-code fixture instead; this test
//! only checks that the real file and the core agree.

use plan_core::filter::{facet_counts, filter};
use plan_core::load::load_snapshot;
use plan_core::search::{Query, SearchIndex};
use plan_core::url_state::{parse_query, to_query, ViewState};
use plan_core::Snapshot;

fn real() -> Snapshot {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/data/plan.json");
    let bytes = std::fs::read(path).expect("public/data/plan.json is committed");
    load_snapshot(&bytes).unwrap_or_else(|e| panic!("{} ({})", e, e.kind()))
}

#[test]
fn loads_the_26_commitments_in_order() {
    let s = real();
    let numbers: Vec<u32> = s.commitments.iter().map(|c| c.number).collect();
    assert_eq!(numbers, (1..=26).collect::<Vec<_>>());
}

#[test]
fn search_and_filters_work_on_real_text() {
    let s = real();
    let idx = SearchIndex::new(&s);
    // Words the report certainly uses, typed without accents.
    for q in ["donnees", "transparence", "cour des comptes", "numerique"] {
        let hits = idx.search(&s, &Query::parse(q));
        assert!(!hits.is_empty(), "{q:?} finds nothing");
        for h in &hits {
            assert!(
                !h.snippet.highlights.is_empty(),
                "{q:?}: snippet without mark"
            );
        }
    }
    let all = filter(&s, &idx, &ViewState::default());
    assert_eq!(all.len(), 26);
    let (state, ignored) = parse_query("calendrier=delayed");
    assert!(ignored.is_empty());
    let delayed = filter(&s, &idx, &state);
    assert!(!delayed.is_empty() && delayed.len() < 26);
    for fc in facet_counts(&s, &idx, &ViewState::default()) {
        assert!(!fc.options.is_empty(), "{:?} has no option", fc.facet);
    }
    // Every id of the snapshot survives a URL round trip and sanitising.
    let st = ViewState {
        axes: s.axes.iter().map(|a| a.id.clone()).collect(),
        institutions: s
            .institutions
            .iter()
            .take(50)
            .map(|i| i.id.clone())
            .collect(),
        ..ViewState::default()
    };
    let (mut back, ignored) = parse_query(&to_query(&st));
    assert!(ignored.is_empty(), "{ignored:?}");
    assert!(back.sanitize(&s).is_empty());
    assert_eq!(back, st);
}
