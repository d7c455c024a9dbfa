//! Tests of figures (on the fixture, see `filter/tests.rs` for its table) and bar
//! geometry.

use proptest::prelude::*;

use super::*;
use crate::fixture;

#[test]
fn figures_of_the_whole_fixture() {
    let s = fixture::snapshot();
    let st = Stats::compute(&s, &s.commitments);
    assert_eq!(st.commitments, 4);
    assert_eq!(st.actions, 6);
    assert_eq!(st.substantial_or_complete, 2);
    assert_eq!(st.share_substantial_or_complete, 0.5);
    assert_eq!(st.delayed, 2);
    use StatusCode::*;
    assert_eq!(
        st.by_status.entries,
        [
            (NotStarted, 0),
            (Partial, 1),
            (Substantial, 1),
            (Complete, 1),
            (Unknown, 1)
        ]
    );
    assert_eq!(
        st.actions_by_status.entries,
        [
            (NotStarted, 1),
            (Partial, 1),
            (Substantial, 1),
            (Complete, 2),
            (Unknown, 1)
        ]
    );
    assert_eq!(
        st.by_calendar.entries,
        [(CalendarCode::OnTrack, 2), (CalendarCode::Delayed, 2)]
    );
    let axes: Vec<(&str, usize, usize, usize)> = st
        .by_axis
        .iter()
        .map(|a| {
            (
                a.axis.as_str(),
                a.commitments,
                a.actions.total(),
                a.actions.get(Complete),
            )
        })
        .collect();
    assert_eq!(axes, [("axe-1", 3, 5, 2), ("axe-2", 1, 1, 0)]);
}

#[test]
fn figures_of_a_subset_and_of_nothing() {
    let s = fixture::snapshot();
    let st = Stats::compute(&s, [2usize, 3].iter().map(|&i| &s.commitments[i]));
    assert_eq!((st.commitments, st.actions, st.delayed), (2, 2, 1));
    assert_eq!(st.share_substantial_or_complete, 0.5);
    assert_eq!(st.by_axis.len(), 2, "every axis is listed");
    let empty = Stats::compute(&s, []);
    assert_eq!((empty.commitments, empty.actions), (0, 0));
    assert_eq!(empty.share_substantial_or_complete, 0.0);
    assert_eq!(empty.by_status.entries.len(), 5);
}

#[test]
fn bar_parts_use_the_vocabulary() {
    let s = fixture::snapshot();
    let st = Stats::compute(&s, &s.commitments);
    let parts = st.by_calendar.bar_parts_in(&s, Lang::Fr);
    assert_eq!(
        parts[1],
        BarPart {
            key: "delayed".into(),
            label: "Retardé".into(),
            value: 2
        }
    );
    assert_eq!(
        st.by_status.bar_parts_in(&s, Lang::Fr)[0].label,
        "Non démarré"
    );
}

fn parts(values: &[usize]) -> Vec<BarPart> {
    values
        .iter()
        .enumerate()
        .map(|(i, &value)| BarPart {
            key: format!("k{i}"),
            label: format!("L{i}"),
            value,
        })
        .collect()
}

/// (key, x, width, percent) of each segment.
fn layout(values: &[usize], width: f64, scale: Scale) -> Vec<(String, f64, f64, u32)> {
    stacked_bar(&parts(values), width, scale)
        .into_iter()
        .map(|s| (s.key, s.x, s.width, s.percent))
        .collect()
}

#[test]
fn lays_out_stacked_bars() {
    let check = |values: &[usize], width: f64, scale: Scale, expected: &[(&str, f64, f64, u32)]| {
        let expected: Vec<(String, f64, f64, u32)> = expected
            .iter()
            .map(|(k, x, w, p)| ((*k).to_owned(), *x, *w, *p))
            .collect();
        assert_eq!(layout(values, width, scale), expected, "{values:?}");
    };
    check(
        &[1, 1, 2],
        100.0,
        Scale::Fill,
        &[
            ("k0", 0.0, 25.0, 25),
            ("k1", 25.0, 25.0, 25),
            ("k2", 50.0, 50.0, 50),
        ],
    );
    check(
        &[0, 3, 0, 1],
        200.0,
        Scale::Fill,
        &[("k1", 0.0, 150.0, 75), ("k3", 150.0, 50.0, 25)],
    );
    check(
        &[1, 1],
        100.0,
        Scale::Total(4),
        &[("k0", 0.0, 25.0, 50), ("k1", 25.0, 25.0, 50)],
    );
    check(&[0, 0], 100.0, Scale::Fill, &[]);
    check(&[], 100.0, Scale::Fill, &[]);
    check(&[1], 0.0, Scale::Fill, &[]);
    check(&[1], f64::NAN, Scale::Fill, &[]);
    // A total smaller than the bar's own is ignored (the bar fills the width).
    check(&[2], 10.0, Scale::Total(1), &[("k0", 0.0, 10.0, 100)]);
}

#[test]
fn lays_out_rows() {
    let rows = vec![
        ("Axe 1".to_owned(), parts(&[2, 2])),
        ("Axe 2".to_owned(), parts(&[1, 0])),
    ];
    let fill = stacked_bars(&rows, 100.0, 20.0, 5.0, false);
    assert_eq!(
        fill.iter().map(|r| (r.y, r.total)).collect::<Vec<_>>(),
        [(0.0, 4), (25.0, 1)]
    );
    assert_eq!(fill[1].segments[0].width, 100.0);
    let absolute = stacked_bars(&rows, 100.0, 20.0, 5.0, true);
    assert_eq!(absolute[1].segments[0].width, 25.0);
    assert_eq!(
        absolute[0].segments[1].x + absolute[0].segments[1].width,
        100.0
    );
}

#[test]
fn percents_add_up_to_100() {
    let check = |values: &[usize], expected: &[u32]| {
        assert_eq!(whole_percents(values), expected, "{values:?}")
    };
    check(&[1, 1, 1], &[34, 33, 33]);
    check(&[1, 2], &[33, 67]);
    check(&[0, 0], &[0, 0]);
    check(&[5, 0, 0], &[100, 0, 0]);
    check(&[1, 1, 1, 1, 1, 1, 1], &[15, 15, 14, 14, 14, 14, 14]);
    check(&[12, 5, 9], &[46, 19, 35]);
}

proptest! {
    #[test]
    fn segments_tile_the_bar(values in prop::collection::vec(0usize..50, 0..7), width in 1.0f64..1000.0) {
        let segs = stacked_bar(&parts(&values), width, Scale::Fill);
        let total: usize = values.iter().sum();
        if total == 0 {
            prop_assert!(segs.is_empty());
        } else {
            prop_assert_eq!(segs.iter().map(|s| s.percent).sum::<u32>(), 100);
            let mut x = 0.0;
            for s in &segs {
                prop_assert!((s.x - x).abs() < 1e-9 && s.width > 0.0);
                x = s.x + s.width;
            }
            prop_assert!((x - width).abs() < 1e-9);
        }
    }
}
