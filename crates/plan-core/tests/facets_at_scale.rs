//! Facet counts and filtering on a synthetic snapshot (plan-synth, 300
//! commitments built from the real plan: many institutions, real vocabularies),
//! checked against a plain reference written from the definition: for each
//! option, count the commitments that pass the text and every other facet and
//! have that option. Also: reusing the text matches gives the same results.

use plan_core::filter::{facet_counts, filter, passes, FacetCounts, FacetTable};
use plan_core::load::load_snapshot;
use plan_core::lookup::{calendars_by_rank, has_story, involves, statuses_by_rank};
use plan_core::search::{Query, SearchIndex, TextMatches};
use plan_core::url_state::{parse_query, Facet, ViewState};
use plan_core::{Commitment, Snapshot};

fn synthetic() -> Snapshot {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../public/data/plan.json"
    ))
    .expect("public/data/plan.json");
    let real = load_snapshot(&bytes).expect("the real snapshot loads");
    load_snapshot(&plan_synth::synthesize_json(&real, 300, 7)).expect("synthetic snapshot loads")
}

/// The counts from the definition, as (facet, [(value, count)]).
fn reference(
    s: &Snapshot,
    idx: &SearchIndex,
    state: &ViewState,
) -> Vec<(Facet, Vec<(String, usize)>)> {
    let query = Query::parse(&state.q);
    Facet::ALL
        .iter()
        .map(|&facet| {
            let pool: Vec<&Commitment> = s
                .commitments
                .iter()
                .enumerate()
                .filter(|(i, c)| {
                    idx.matches(*i, &query)
                        && Facet::ALL
                            .iter()
                            .all(|&f| f == facet || passes(c, f, state))
                })
                .map(|(_, c)| c)
                .collect();
            let count = |has: &dyn Fn(&Commitment) -> bool| pool.iter().filter(|c| has(c)).count();
            let options: Vec<(String, usize)> = match facet {
                Facet::Axis => s
                    .axes
                    .iter()
                    .map(|a| (a.id.clone(), count(&|c| c.axis == a.id)))
                    .collect(),
                Facet::Objective => s
                    .axes
                    .iter()
                    .flat_map(|a| a.objectives.iter())
                    .map(|o| {
                        let n = count(&|c| c.objective.as_deref() == Some(o.id.as_str()));
                        (o.id.clone(), n)
                    })
                    .collect(),
                Facet::Status => statuses_by_rank(s)
                    .into_iter()
                    .map(|code| (code.as_str().to_owned(), count(&|c| c.status == code)))
                    .collect(),
                Facet::Calendar => calendars_by_rank(s)
                    .into_iter()
                    .map(|code| (code.as_str().to_owned(), count(&|c| c.calendar == code)))
                    .collect(),
                Facet::Institution => s
                    .institutions
                    .iter()
                    .map(|inst| (inst.id.clone(), count(&|c| involves(c, &inst.id))))
                    .collect(),
                Facet::ActionStatus => statuses_by_rank(s)
                    .into_iter()
                    .map(|code| {
                        let n = count(&|c| c.actions.iter().any(|a| a.status == code));
                        (code.as_str().to_owned(), n)
                    })
                    .collect(),
                Facet::Story => vec![("1".to_owned(), count(&|c| has_story(c)))],
            };
            (facet, options)
        })
        .collect()
}

fn plain(counts: &[FacetCounts]) -> Vec<(Facet, Vec<(String, usize)>)> {
    counts
        .iter()
        .map(|f| {
            let options = f
                .options
                .iter()
                .map(|o| (o.value.clone(), o.count))
                .collect();
            (f.facet, options)
        })
        .collect()
}

#[test]
fn one_pass_counts_equal_the_definition() {
    let s = synthetic();
    let idx = SearchIndex::new(&s);
    let table = FacetTable::new(&s);
    let inst = |k: usize| s.institutions[k % s.institutions.len()].id.clone();
    let mut views: Vec<String> = vec![
        String::new(),
        "q=donnees".into(),
        "q=transparence+publique".into(),
        "statut=partial,complete".into(),
        "axe=axe-1&calendrier=delayed".into(),
        "histoire=1&action=complete".into(),
        "q=acces&statut=complete&histoire=1".into(),
        "q=zzzz".into(),
        format!("institution={}", inst(0)),
        format!("institution={},{}&statut=substantial", inst(3), inst(11)),
        format!("q=de&institution={}&action=not_started,unknown", inst(5)),
    ];
    for (k, a) in s.axes.iter().enumerate() {
        if let Some(o) = a.objectives.first() {
            views.push(format!(
                "objectif={}&calendrier=on_track&page={}",
                o.id,
                k + 2
            ));
        }
    }
    for view in views {
        let (mut state, _) = parse_query(&view);
        state.sanitize(&s);
        let got = facet_counts(&s, &idx, &state);
        assert_eq!(plain(&got), reference(&s, &idx, &state), "{view:?}");
        // Selected flags follow the state.
        for f in &got {
            for o in &f.options {
                assert_eq!(o.selected, state.is_selected(f.facet, &o.value));
            }
        }
        // With the text matches computed once (and reused as the user types),
        // filtering and counts are the same.
        // Filtering follows the definition: the text, and every facet by `passes`.
        let query = Query::parse(&state.q);
        let defined: Vec<usize> = (0..s.commitments.len())
            .filter(|&i| {
                idx.matches(i, &query)
                    && Facet::ALL
                        .iter()
                        .all(|&f| passes(&s.commitments[i], f, &state))
            })
            .collect();
        assert_eq!(filter(&s, &idx, &state), defined, "{view:?}");
        let matches = TextMatches::next(None, &idx, Query::parse(&state.q));
        assert_eq!(
            table.filter(&s, &matches.indices, &state),
            filter(&s, &idx, &state)
        );
        assert_eq!(table.counts(&s, &matches.indices, &state), got);
    }
}

/// Typing letter by letter (and deleting), each step reusing the previous
/// matches, finds exactly what a full scan finds.
#[test]
fn typing_reuses_matches_exactly() {
    let s = synthetic();
    let idx = SearchIndex::new(&s);
    for text in [
        "transparence données publiques",
        "l'état numérique",
        "acces \"open data\"",
        "cour des comptes",
    ] {
        let mut prev: Option<TextMatches> = None;
        let chars: Vec<char> = text.chars().collect();
        // Forward, then back down to two characters.
        let steps = (1..=chars.len()).chain((2..chars.len()).rev());
        for n in steps {
            let typed: String = chars[..n].iter().collect();
            let query = Query::parse(&typed);
            let next = TextMatches::next(prev.as_ref(), &idx, query.clone());
            assert_eq!(next.indices, idx.matching(&query), "{typed:?}");
            prev = Some(next);
        }
    }
}
