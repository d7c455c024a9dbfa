//! Tests of filtering and facet counts, on the fixture (see `fixture::snapshot`):
//!
//! | n | axis  | objective | status      | calendar | institutions         | actions               | story |
//! |---|-------|-----------|-------------|----------|----------------------|-----------------------|-------|
//! | 1 | axe-1 | obj-1     | substantial | on_track | dgcl, cour-des-comptes | substantial, complete | yes   |
//! | 2 | axe-1 | obj-2     | partial     | delayed  | dila                 | partial, not_started  | no    |
//! | 3 | axe-1 | obj-1     | complete    | on_track | cour-des-comptes     | complete              | no    |
//! | 4 | axe-2 | –         | unknown     | delayed  | dila, dgcl           | unknown               | yes   |

use proptest::prelude::*;

use super::*;
use crate::fixture;
use crate::model::{CalendarCode, StatusCode};
use crate::url_state::parse_query;

fn setup() -> (Snapshot, SearchIndex) {
    let s = fixture::snapshot();
    let idx = SearchIndex::new(&s);
    (s, idx)
}

#[test]
fn filters_by_query_string() {
    let (s, idx) = setup();
    let check = |query: &str, expected: &[u32]| {
        let (state, ignored) = parse_query(query);
        assert!(ignored.is_empty(), "{ignored:?}");
        let got: Vec<u32> = filter(&s, &idx, &state)
            .iter()
            .map(|&i| s.commitments[i].number)
            .collect();
        assert_eq!(got, expected, "{query:?}");
    };
    check("", &[1, 2, 3, 4]);
    check("axe=axe-1", &[1, 2, 3]);
    check("axe=axe-1,axe-2", &[1, 2, 3, 4]);
    check("objectif=axe-1-objectif-1", &[1, 3]);
    check("statut=partial,unknown", &[2, 4]);
    check("calendrier=delayed", &[2, 4]);
    check("institution=dgcl", &[1, 4]);
    check("institution=dila,cour-des-comptes", &[1, 2, 3, 4]);
    check("action=complete", &[1, 3]);
    check("action=not_started,unknown", &[2, 4]);
    check("histoire=1", &[1, 4]);
    // AND across facets.
    check("axe=axe-1&calendrier=delayed", &[2]);
    check("histoire=1&statut=substantial,complete", &[1]);
    check("institution=dgcl&action=partial", &[]);
    // With text.
    check("q=cour&axe=axe-1", &[1, 3]);
    check("q=cour&statut=complete", &[3]);
    check("q=introuvable", &[]);
    // Unknown ids select nothing (sanitize would have dropped them).
    check("axe=axe-9", &[]);
}

/// The counts of `facet` for the view `query`, as (value, count, selected).
fn counts(query: &str, facet: Facet) -> Vec<(String, usize, bool)> {
    let (s, idx) = setup();
    let (state, _) = parse_query(query);
    let all = facet_counts(&s, &idx, &state);
    assert_eq!(all.iter().map(|f| f.facet).collect::<Vec<_>>(), Facet::ALL);
    all.into_iter()
        .find(|f| f.facet == facet)
        .unwrap()
        .options
        .into_iter()
        .map(|o| (o.value, o.count, o.selected))
        .collect()
}

fn check_counts(query: &str, facet: Facet, expected: &[(&str, usize, bool)]) {
    let expected: Vec<(String, usize, bool)> = expected
        .iter()
        .map(|(v, n, sel)| ((*v).to_owned(), *n, *sel))
        .collect();
    assert_eq!(counts(query, facet), expected, "{query:?} {facet:?}");
}

#[test]
fn counts_ignore_their_own_facet() {
    check_counts("", Facet::Axis, &[("axe-1", 3, false), ("axe-2", 1, false)]);
    // Selecting axe-1 does not change the axis counts...
    check_counts(
        "axe=axe-1",
        Facet::Axis,
        &[("axe-1", 3, true), ("axe-2", 1, false)],
    );
    // ...but narrows the others.
    check_counts(
        "axe=axe-1",
        Facet::Status,
        &[
            ("not_started", 0, false),
            ("partial", 1, false),
            ("substantial", 1, false),
            ("complete", 1, false),
            ("unknown", 0, false),
        ],
    );
    check_counts(
        "calendrier=delayed",
        Facet::Axis,
        &[("axe-1", 1, false), ("axe-2", 1, false)],
    );
    check_counts(
        "",
        Facet::Objective,
        &[
            ("axe-1-objectif-1", 2, false),
            ("axe-1-objectif-2", 1, false),
        ],
    );
    check_counts(
        "",
        Facet::Calendar,
        &[("on_track", 2, false), ("delayed", 2, false)],
    );
    check_counts(
        "statut=partial",
        Facet::Calendar,
        &[("on_track", 0, false), ("delayed", 1, false)],
    );
    check_counts(
        "",
        Facet::Institution,
        &[
            ("cour-des-comptes", 2, false),
            ("dgcl", 2, false),
            ("dila", 2, false),
        ],
    );
    check_counts(
        "",
        Facet::ActionStatus,
        &[
            ("not_started", 1, false),
            ("partial", 1, false),
            ("substantial", 1, false),
            ("complete", 2, false),
            ("unknown", 1, false),
        ],
    );
    check_counts("", Facet::Story, &[("1", 2, false)]);
    check_counts("histoire=1", Facet::Story, &[("1", 2, true)]);
    check_counts(
        "histoire=1",
        Facet::Axis,
        &[("axe-1", 1, false), ("axe-2", 1, false)],
    );
    check_counts(
        "q=cour",
        Facet::Axis,
        &[("axe-1", 2, false), ("axe-2", 0, false)],
    );
}

#[test]
fn options_carry_labels() {
    let (s, idx) = setup();
    let all = facet_counts(&s, &idx, &ViewState::default());
    let labels = |f: Facet| -> Vec<String> {
        all.iter()
            .find(|c| c.facet == f)
            .unwrap()
            .options
            .iter()
            .map(|o| o.label.clone())
            .collect()
    };
    assert_eq!(labels(Facet::Status)[0], "Non démarré");
    assert_eq!(labels(Facet::Calendar), ["Conforme", "Retardé"]);
    assert_eq!(
        labels(Facet::Axis),
        ["Rendre des comptes", "Une administration ouverte"]
    );
    assert_eq!(labels(Facet::Story), ["Avec une belle histoire"]);
}

fn arb_state() -> impl Strategy<Value = ViewState> {
    let ids = |pool: &'static [&'static str]| {
        prop::collection::btree_set(prop::sample::select(pool).prop_map(str::to_owned), 0..=2)
    };
    let statuses =
        || prop::collection::btree_set(prop::sample::select(StatusCode::ALL.to_vec()), 0..=2);
    (
        prop::sample::select(vec!["", "cour", "donnees", "de", "publique", "x"]),
        ids(&["axe-1", "axe-2"]),
        ids(&["axe-1-objectif-1", "axe-1-objectif-2"]),
        statuses(),
        prop::collection::btree_set(prop::sample::select(CalendarCode::ALL.to_vec()), 0..=1),
        ids(&["cour-des-comptes", "dgcl", "dila"]),
        statuses(),
        any::<bool>(),
    )
        .prop_map(
            |(q, axes, objectives, statuses, calendars, institutions, action_statuses, story)| {
                ViewState {
                    q: q.to_owned(),
                    axes,
                    objectives,
                    statuses,
                    calendars,
                    institutions,
                    action_statuses,
                    story,
                    page: 1,
                }
            },
        )
}

/// The state with `facet` set to exactly `value`.
fn only(state: &ViewState, facet: Facet, value: &str) -> ViewState {
    let mut s = state.clone();
    s.clear(facet);
    assert!(s.toggle(facet, value));
    s
}

proptest! {
    /// The defining property of facet counts: the count beside an option is the
    /// size of the result when that option alone is selected in its facet.
    #[test]
    fn count_is_the_size_of_the_one_option_result(state in arb_state()) {
        let (s, idx) = setup();
        for fc in facet_counts(&s, &idx, &state) {
            for o in &fc.options {
                let n = filter(&s, &idx, &only(&state, fc.facet, &o.value)).len();
                prop_assert_eq!(o.count, n, "{:?} {}", fc.facet, o.value);
                prop_assert_eq!(o.selected, state.is_selected(fc.facet, &o.value));
            }
        }
    }

    /// Filtering agrees with the facets one by one, and selecting more options of
    /// one facet never shows fewer commitments.
    #[test]
    fn or_within_and_across(state in arb_state(), extra in prop::sample::select(StatusCode::ALL.to_vec())) {
        let (s, idx) = setup();
        let shown = filter(&s, &idx, &state);
        let q = Query::parse(&state.q);
        for (i, c) in s.commitments.iter().enumerate() {
            let expected = idx.matches(i, &q) && Facet::ALL.iter().all(|&f| passes(c, f, &state));
            prop_assert_eq!(shown.contains(&i), expected);
        }
        if !state.statuses.is_empty() {
            let mut wider = state.clone();
            wider.statuses.insert(extra);
            let more = filter(&s, &idx, &wider);
            prop_assert!(shown.iter().all(|i| more.contains(i)));
        }
    }
}
