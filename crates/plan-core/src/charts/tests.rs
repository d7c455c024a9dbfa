//! Tests of chart state, on the fixture (see `filter/tests.rs` for its table).

use super::*;
use crate::fixture;
use crate::url_state::parse_query;

fn whole() -> (Snapshot, Stats) {
    let s = fixture::snapshot();
    let st = Stats::compute(&s, &s.commitments);
    (s, st)
}

/// Replaces the narrow and ordinary no-break spaces by plain ones, so expected
/// strings stay readable.
fn plain(s: &str) -> String {
    s.replace(['\u{202F}', '\u{A0}'], " ")
}

#[test]
fn status_chart_has_one_row_per_status_scaled_to_the_largest() {
    let (s, st) = whole();
    let c = status_chart_in(&s, &st, Lang::Fr);
    assert_eq!(c.id, "statuts");
    let rows: Vec<(&str, usize, usize)> = c
        .rows
        .iter()
        .map(|r| (r.label.as_str(), r.total, r.segments.len()))
        .collect();
    assert_eq!(
        rows,
        [
            ("Non démarré", 0, 0),
            ("Partiel", 1, 1),
            ("Substantiel", 1, 1),
            ("Complet", 1, 1),
            ("Information non disponible", 1, 1),
        ]
    );
    // Every non-empty bar has the largest value, so fills the width.
    for r in c.rows.iter().filter(|r| r.total > 0) {
        assert_eq!((r.segments[0].x, r.segments[0].width), (0.0, 100.0));
        assert!(r.segments[0].label_inside);
    }
    let seg = &c.rows[1].segments[0];
    assert_eq!(seg.key, "st-partial");
    assert_eq!(seg.filter, vec![(Facet::Status, "partial".to_owned())]);
    assert_eq!(plain(&seg.name), "Partiel : 1 engagement (25 %)");
    assert_eq!(
        plain(&c.summary),
        "Engagements par état d’avancement. Sur 4 engagements : Non démarré 0 (0 %), \
         Partiel 1 (25 %), Substantiel 1 (25 %), Complet 1 (25 %), \
         Information non disponible 1 (25 %)."
    );
    assert_eq!(
        c.table.headers,
        ["État d’avancement", "Engagements", "Part"]
    );
    assert_eq!(plain(&c.table.rows[1].join("|")), "Partiel|1|25 %");
    assert_eq!(c.legend.iter().map(|l| l.value).sum::<usize>(), 4);
}

#[test]
fn calendar_chart_scales_bars_against_each_other() {
    let s = fixture::snapshot();
    // Commitments 1, 2, 3: two on track, one delayed.
    let st = Stats::compute(&s, s.commitments.iter().take(3));
    let c = calendar_chart_in(&s, &st, Lang::Fr);
    let widths: Vec<f64> = c.rows.iter().map(|r| r.segments[0].width).collect();
    assert_eq!(widths, [100.0, 50.0]);
    assert_eq!(c.rows[1].segments[0].key, "cal-delayed");
    assert_eq!(
        c.rows[1].segments[0].filter,
        vec![(Facet::Calendar, "delayed".to_owned())]
    );
    assert_eq!(
        plain(&c.summary),
        "Engagements par respect du calendrier. Sur 3 engagements : Conforme 2 (67 %), Retardé 1 (33 %)."
    );
}

#[test]
fn axis_chart_stacks_action_statuses_per_axis() {
    let (s, st) = whole();
    let c = axis_chart_in(&s, &st, Lang::Fr);
    assert_eq!(c.rows.len(), 2);
    let axe1 = &c.rows[0];
    assert_eq!(axe1.label, "Axe 1 · Rendre des comptes");
    assert_eq!(axe1.total, 5);
    let keys: Vec<(&str, usize, u32)> = axe1
        .segments
        .iter()
        .map(|g| (g.key.as_str(), g.value, g.percent))
        .collect();
    assert_eq!(
        keys,
        [
            ("st-not_started", 1, 20),
            ("st-partial", 1, 20),
            ("st-substantial", 1, 20),
            ("st-complete", 2, 40)
        ]
    );
    // Segments abut and the longest bar fills the width.
    let mut x = 0.0;
    for g in &axe1.segments {
        assert!((g.x - x).abs() < 1e-9);
        x = g.x + g.width;
    }
    assert!((x - 100.0).abs() < 1e-9);
    // Axe 2 has one action against five: a fifth of the width.
    assert!((c.rows[1].segments[0].width - 20.0).abs() < 1e-9);
    assert_eq!(
        axe1.segments[3].filter,
        vec![
            (Facet::Axis, "axe-1".to_owned()),
            (Facet::ActionStatus, "complete".to_owned())
        ]
    );
    assert_eq!(
        plain(&axe1.segments[3].name),
        "Axe 1, Complet : 2 actions (40 %)"
    );
    assert!(plain(&c.summary).starts_with(
        "Actions par état d’avancement, pour chaque axe. Axe 1 · Rendre des comptes, 5 actions : \
         Non démarré 1 (20 %), Partiel 1 (20 %), Substantiel 1 (20 %), Complet 2 (40 %)."
    ));
    assert_eq!(
        c.table.headers,
        [
            "Axe",
            "Non démarré",
            "Partiel",
            "Substantiel",
            "Complet",
            "Information non disponible",
            "Total"
        ]
    );
    assert_eq!(
        c.table.rows[0][1..].join(","),
        "1,1,1,2,0,5",
        "zeros are kept in the table"
    );
}

#[test]
fn empty_sets_give_charts_without_segments() {
    let s = fixture::snapshot();
    let st = Stats::compute(&s, []);
    for c in [
        status_chart_in(&s, &st, Lang::Fr),
        calendar_chart_in(&s, &st, Lang::Fr),
        axis_chart_in(&s, &st, Lang::Fr),
    ] {
        assert!(c.rows.iter().all(|r| r.segments.is_empty()), "{}", c.id);
        assert!(!c.summary.is_empty());
    }
    assert!(axis_chart_in(&s, &st, Lang::Fr)
        .summary
        .ends_with("Aucune action."));
}

#[test]
fn choosing_a_segment_selects_then_unselects_its_values() {
    let filter: ChartFilter = vec![
        (Facet::Axis, "axe-1".to_owned()),
        (Facet::ActionStatus, "complete".to_owned()),
    ];
    let (start, _) = parse_query("statut=partial");
    assert!(!is_active(&start, &filter));
    let on = apply(&start, &filter);
    assert_eq!(
        crate::url_state::to_query(&on),
        "axe=axe-1&statut=partial&action=complete"
    );
    assert!(is_active(&on, &filter));
    let off = apply(&on, &filter);
    assert_eq!(off, start);
    // Half selected: choosing selects the rest, and keeps what was there.
    let (half, _) = parse_query("axe=axe-1,axe-2");
    let next = apply(&half, &filter);
    assert_eq!(
        crate::url_state::to_query(&next),
        "axe=axe-1,axe-2&action=complete"
    );
    assert!(!is_active(&ViewState::default(), &Vec::new()));
}

#[test]
fn headline_figures_of_the_fixture() {
    let (_, st) = whole();
    let figures: Vec<(&str, String, String)> = headline_figures_in(&st, Lang::Fr)
        .into_iter()
        .map(|f| (f.id, plain(&f.value), plain(&f.label)))
        .collect();
    assert_eq!(
        figures,
        [
            ("engagements", "4".into(), "engagements".into()),
            (
                "avances",
                "50 %".into(),
                "à un stade substantiel ou complet (2 sur 4)".into()
            ),
            (
                "retard",
                "2".into(),
                "engagements en retard sur leur calendrier".into()
            ),
            ("actions", "6".into(), "actions, dont 2 complètes".into()),
        ]
    );
}

#[test]
fn a_lone_wide_bar_shows_its_share_a_narrow_or_stacked_one_its_value() {
    let seg = |width: f64| ChartSegment {
        key: "st-partial".into(),
        label: "Partiel".into(),
        value: 16,
        percent: 62,
        x: 0.0,
        width,
        label_inside: true,
        name: String::new(),
        filter: Vec::new(),
    };
    assert_eq!(seg(25.0).value_text_in(true, Lang::Fr), "16 (62\u{202F}%)");
    assert_eq!(seg(24.9).value_text_in(true, Lang::Fr), "16");
    assert_eq!(seg(80.0).value_text_in(false, Lang::Fr), "16");
}

#[test]
fn the_axis_titles_are_the_report_words_of_row_labels_and_summary() {
    let (s, stats) = whole();
    let chart = axis_chart_in(&s, &stats, crate::i18n::Lang::En);
    let row = &chart.rows[0];
    let (lead, words) = row.label_parts();
    assert_eq!(words, Some(s.axes[0].title.as_str()));
    assert_eq!(format!("{lead}{}", words.unwrap()), row.label);
    assert!(lead.starts_with("Axis"));
    let runs = chart.summary_runs();
    // The runs are the summary, cut; the marked ones are exactly the titles.
    assert_eq!(runs.iter().map(|r| r.0).collect::<String>(), chart.summary);
    let marked: Vec<&str> = runs.iter().filter(|r| r.1).map(|r| r.0).collect();
    let titles: Vec<&str> = chart
        .rows
        .iter()
        .filter_map(|r| r.report_words.as_deref())
        .collect();
    assert_eq!(marked, titles);
    // A status chart has no report words.
    let status = status_chart_in(&s, &stats, crate::i18n::Lang::En);
    assert!(status.summary_runs().iter().all(|r| !r.1));
}

#[test]
fn the_figures_naming_a_subset_open_it() {
    use crate::url_state::to_query;
    let q = |id: &str| figure_view(id).map(|v| to_query(&v));
    assert_eq!(q("retard").as_deref(), Some("calendrier=delayed"));
    assert_eq!(q("avances").as_deref(), Some("statut=substantial,complete"));
    assert_eq!(q("engagements"), None);
    assert_eq!(q("actions"), None);
    // Each such figure counts exactly the commitments of its view.
    let s = fixture::snapshot();
    let st = Stats::compute(&s, &s.commitments);
    for (id, n) in [
        ("retard", st.delayed),
        ("avances", st.substantial_or_complete),
    ] {
        let v = figure_view(id).unwrap();
        let index = crate::search::SearchIndex::new(&s);
        assert_eq!(crate::filter::filter(&s, &index, &v).len(), n, "{id}");
    }
}

/// Each segment is chosen by exactly one cell of the data table, which shows
/// its value (a segment too narrow to tap has a cell that does what it does).
#[test]
fn every_segment_is_chosen_by_one_table_cell_showing_its_value() {
    let (s, st) = whole();
    for lang in [Lang::Fr, Lang::En] {
        for c in [
            status_chart_in(&s, &st, lang),
            calendar_chart_in(&s, &st, lang),
            axis_chart_in(&s, &st, lang),
        ] {
            assert_eq!(c.table.choices.len(), c.table.rows.len(), "{}", c.id);
            for (i, (cells, choices)) in c.table.rows.iter().zip(&c.table.choices).enumerate() {
                assert_eq!(choices.len(), cells.len() - 1, "{} row {i}", c.id);
                let segments = &c.rows[i].segments;
                let mut chosen = vec![0; segments.len()];
                for (cell, choice) in cells[1..].iter().zip(choices) {
                    if let Some(k) = *choice {
                        chosen[k] += 1;
                        assert_eq!(*cell, segments[k].value.to_string(), "{} row {i}", c.id);
                    }
                }
                assert!(
                    chosen.iter().all(|&n| n == 1),
                    "{} row {i}: {chosen:?}",
                    c.id
                );
            }
        }
    }
}

#[test]
fn a_chart_is_filtered_by_a_view_that_selects_in_its_facets() {
    let (s, st) = whole();
    let status = status_chart_in(&s, &st, Lang::Fr);
    let calendar = calendar_chart_in(&s, &st, Lang::Fr);
    let axes = axis_chart_in(&s, &st, Lang::Fr);
    assert_eq!(status.facets(), [Facet::Status]);
    assert_eq!(calendar.facets(), [Facet::Calendar]);
    assert_eq!(axes.facets(), [Facet::Axis, Facet::ActionStatus]);
    let delayed = parse_query("calendrier=delayed").0;
    assert!(filters_any(&delayed, &calendar.facets()));
    assert!(!filters_any(&delayed, &status.facets()));
    assert!(!filters_any(&delayed, &axes.facets()));
    // A segment of the axis chart selects two facets; either one is enough.
    let chosen = apply(&ViewState::default(), &axes.rows[0].segments[0].filter);
    assert!(filters_any(&chosen, &axes.facets()));
    assert!(filters_any(
        &parse_query("action=partial").0,
        &axes.facets()
    ));
    // The search alone filters no chart.
    assert!(!filters_any(&parse_query("q=donnees").0, &status.facets()));
}
