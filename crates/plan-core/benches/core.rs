//! Native benchmarks of the pure core at 26 (the real plan), 1,000 and 5,000
//! commitments (plan-synth snapshots: real shapes, 4 actions each): building the
//! search index, filtering (facets, then a text search), facet counts,
//! statistics, and typing a word letter by letter. `cargo bench -p plan-core`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use plan_core::filter::FacetTable;
use plan_core::load::load_snapshot;
use plan_core::search::{Query, SearchIndex, TextMatches};
use plan_core::stats::Stats;
use plan_core::url_state::parse_query;
use plan_core::Snapshot;

fn snapshots() -> Vec<(usize, Snapshot)> {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../public/data/plan.json"
    ))
    .expect("public/data/plan.json");
    let real = load_snapshot(&bytes).expect("the real snapshot loads");
    let mut out = vec![(real.commitments.len(), real.clone())];
    for n in [1_000, 5_000] {
        let json = plan_synth::synthesize_json(&real, n, 2016);
        out.push((n, load_snapshot(&json).expect("synthetic snapshots load")));
    }
    out
}

fn core(c: &mut Criterion) {
    let views = [
        ("facets", "statut=partial,substantial&axe=axe-1"),
        ("search", "q=transparence+donn%C3%A9es"),
        ("search+facets", "q=acces&statut=complete"),
    ];
    for (n, s) in snapshots() {
        let mut g = c.benchmark_group(format!("{n} commitments"));
        if n >= 5_000 {
            g.sample_size(10);
        }
        g.bench_function("search index", |b| b.iter(|| SearchIndex::new(&s)));
        let index = SearchIndex::new(&s);
        g.bench_function("facet table", |b| b.iter(|| FacetTable::new(&s)));
        let table = FacetTable::new(&s);
        for (name, q) in views {
            let (mut view, _) = parse_query(q);
            view.sanitize(&s);
            // The text matches are computed once per keystroke and shared by
            // the list and the counts (as in the app); these time the rest.
            let matches = index.matching(&Query::parse(&view.q));
            g.bench_with_input(BenchmarkId::new("filter", name), &view, |b, v| {
                b.iter(|| table.filter(&s, &matches, v))
            });
            g.bench_with_input(BenchmarkId::new("facet counts", name), &view, |b, v| {
                b.iter(|| table.counts(&s, &matches, v))
            });
        }
        let query = Query::parse("transparence données");
        g.bench_function("search hits (snippets)", |b| {
            b.iter(|| index.search(&s, &query))
        });
        // Typing a word letter by letter: each keystroke from scratch, and with
        // the previous keystroke's matches reused (what the app does).
        let word = "transparence";
        g.bench_function("typing a word (full scans)", |b| {
            b.iter(|| {
                for n in 1..=word.len() {
                    index.matching(&Query::parse(&word[..n]));
                }
            })
        });
        g.bench_function("typing a word (reused matches)", |b| {
            b.iter(|| {
                let mut prev: Option<TextMatches> = None;
                for n in 1..=word.len() {
                    let next = TextMatches::next(prev.as_ref(), &index, Query::parse(&word[..n]));
                    prev = Some(next);
                }
            })
        });
        g.bench_function("stats", |b| b.iter(|| Stats::compute(&s, &s.commitments)));
        g.finish();
    }
}

criterion_group!(benches, core);
criterion_main!(benches);
