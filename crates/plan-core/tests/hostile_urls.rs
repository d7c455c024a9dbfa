//! Any link, however odd, gives a page: property tests of the whole path from an
//! address to what the explorer draws, on the real snapshot. The app reads the
//! query string with `parse_query`, checks ids with `ViewState::sanitize`, then
//! filters, counts and searches; the commitment and institution pages look up
//! the last path segment. None of it may panic, and what it reports stays small
//! enough to show.

use plan_core::filter::{facet_counts, filter};
use plan_core::load::load_snapshot;
use plan_core::lookup::{commitment_by_number, commitment_by_slug, institution_by_id};
use plan_core::search::SearchIndex;
use plan_core::url_state::{parse_query, to_query, MAX_QUERY_CHARS, MAX_VALUES};
use plan_core::Snapshot;
use proptest::prelude::*;
use std::sync::OnceLock;

fn real() -> &'static (Snapshot, SearchIndex) {
    static REAL: OnceLock<(Snapshot, SearchIndex)> = OnceLock::new();
    REAL.get_or_init(|| {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/data/plan.json");
        let s = load_snapshot(&std::fs::read(path).unwrap()).unwrap();
        let idx = SearchIndex::new(&s);
        (s, idx)
    })
}

/// Splits an address the way `Location` does: path, then `?search`, then `#hash`.
fn split(href: &str) -> (&str, &str) {
    let before_hash = href.split_once('#').map_or(href, |(a, _)| a);
    before_hash.split_once('?').unwrap_or((before_hash, ""))
}

/// Text that looks like what people paste: URL syntax, percent signs, codes
/// and ids of the snapshot, markup, and arbitrary Unicode.
fn arb_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[?&=#%/,+.a-zA-Z0-9_-]{0,40}",
        "%[0-9A-Fa-fGZ]{0,2}",
        prop::sample::select(vec![
            "q=",
            "axe=",
            "objectif=",
            "statut=",
            "calendrier=",
            "institution=",
            "action=",
            "histoire=",
            "embed=",
            "&",
            "?",
            "#",
            ",",
            "%",
            "%C3%A9",
            "%E0%A4%A",
            "%00",
            "partial",
            "complete",
            "delayed",
            "axe-1",
            "axe-1-objectif-1",
            "<script>alert(1)</script>",
            "javascript:alert(1)",
            "engagements/",
            "institutions/",
        ])
        .prop_map(str::to_owned),
    ]
}

fn arb_href() -> impl Strategy<Value = String> {
    prop::collection::vec(arb_piece(), 0..12).prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Any address: the view it describes is bounded, canonical, and drawable.
    #[test]
    fn any_address_gives_a_drawable_view(href in arb_href()) {
        let (s, idx) = real();
        let (path, search) = split(&href);
        let (mut state, mut ignored) = parse_query(search);
        ignored.extend(state.sanitize(s));

        prop_assert!(state.q.chars().count() <= MAX_QUERY_CHARS);
        for n in [state.axes.len(), state.objectives.len(), state.institutions.len()] {
            prop_assert!(n <= MAX_VALUES);
        }
        // What the notice shows of each ignored part is short.
        for i in &ignored {
            prop_assert!(i.raw.chars().count() <= 81, "{:?}", i);
            prop_assert!(!i.reason_fr.is_empty());
        }
        // The surviving view draws, and its URL reads back to itself.
        let shown = filter(s, idx, &state);
        prop_assert!(shown.iter().all(|&i| i < s.commitments.len()));
        let _ = facet_counts(s, idx, &state);
        let (again, again_ignored) = parse_query(&to_query(&state));
        prop_assert!(again_ignored.is_empty(), "{:?}", again_ignored);
        prop_assert_eq!(again, state);

        // The page a path names is found or not, never a panic.
        let last = path.trim_end_matches('/').rsplit('/').next().unwrap_or("");
        if let Ok(n) = last.parse::<u32>() {
            let _ = commitment_by_number(s, n);
        }
        let _ = commitment_by_slug(s, last);
        let _ = institution_by_id(s, last);
    }

    /// Many distinct unusable values: each is reported, none is kept.
    #[test]
    fn floods_of_bad_values_are_dropped(values in prop::collection::vec("[a-z]{1,12}", 0..300)) {
        let (s, _) = real();
        let query = format!("statut={}&axe={}", values.join(","), values.join(","));
        let (mut state, _) = parse_query(&query);
        state.sanitize(s);
        prop_assert!(state.statuses.is_empty() || values.iter().any(|v| ["partial", "complete", "unknown"].contains(&v.as_str())));
        prop_assert!(state.axes.len() <= MAX_VALUES);
    }
}

#[test]
fn the_real_ids_survive_as_path_segments() {
    let (s, _) = real();
    for c in &s.commitments {
        assert_eq!(
            commitment_by_number(s, c.number).map(|x| x.number),
            Some(c.number)
        );
    }
    for i in &s.institutions {
        assert!(institution_by_id(s, &i.id).is_some());
    }
}
