//! Tests of the downloads: each CSV is read back with an independent RFC 4180
//! reader (the `csv` crate) and compared with the snapshot; the JSON subset is
//! loaded back with `load_snapshot`.

use proptest::prelude::*;

use super::*;
use crate::fixture;
use crate::load::load_snapshot;
use crate::model::StatusCode;

/// Reads a file written by this module: checks the byte-order mark and CRLF
/// line ends, then parses it with `;` as separator.
fn read_csv(text: &str) -> Vec<Vec<String>> {
    let body = text
        .strip_prefix(BOM)
        .expect("starts with a byte-order mark");
    assert!(!body.starts_with(BOM));
    assert!(body.ends_with("\r\n"), "ends with CRLF");
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(false)
        .from_reader(body.as_bytes());
    reader
        .records()
        .map(|r| r.expect("valid CSV").iter().map(str::to_owned).collect())
        .collect()
}

#[test]
fn commitments_csv_round_trips() {
    let s = fixture::snapshot();
    let shown = [2, 0];
    let rows = read_csv(&commitments_csv_in(
        &s,
        &shown,
        "https://example.org/pgo",
        Lang::Fr,
    ));
    assert_eq!(rows[0], COMMITMENT_HEADERS.map(str::to_owned));
    assert_eq!(rows.len(), 1 + shown.len());
    for (row, &i) in rows[1..].iter().zip(&shown) {
        let c = &s.commitments[i];
        assert_eq!(row.len(), COMMITMENT_HEADERS.len());
        assert_eq!(row[0], c.number.to_string());
        assert_eq!(row[1], c.id);
        assert_eq!(row[2], c.title, "titles verbatim, accents included");
        assert_eq!(row[5], status_label(&s, c.status));
        assert_eq!(row[6], c.status_label);
        assert_eq!(row[9], c.actions.len().to_string());
        assert_eq!(
            row[12],
            format!("https://example.org/pgo/engagements/{}/", c.number)
        );
        let names: Vec<&str> = row[8].split(" | ").filter(|n| !n.is_empty()).collect();
        assert_eq!(names.len(), c.institutions.len());
    }
}

#[test]
fn actions_csv_round_trips() {
    let s = fixture::snapshot();
    let shown: Vec<usize> = (0..s.commitments.len()).collect();
    let rows = read_csv(&actions_csv_in(&s, &shown, Lang::Fr));
    assert_eq!(rows[0], ACTION_HEADERS.map(str::to_owned));
    let actions: Vec<_> = s
        .commitments
        .iter()
        .flat_map(|c| c.actions.iter().map(move |a| (c, a)))
        .collect();
    assert_eq!(rows.len() - 1, actions.len());
    for (row, (c, a)) in rows[1..].iter().zip(actions) {
        assert_eq!(row[0], c.number.to_string());
        assert_eq!(row[2], a.id);
        assert_eq!(row[3], a.text);
        assert_eq!(row[4], a.results);
        assert_eq!(row[5], a.next_steps);
        assert_eq!(row[7], a.status_label);
    }
}

/// Guards the quoting rules: separators, quotes and line breaks stay inside
/// their field, and formula starters are neutralised.
#[test]
fn quotes_and_guards_fields() {
    assert_eq!(csv_field("simple"), "simple");
    assert_eq!(csv_field("a;b"), "\"a;b\"");
    assert_eq!(csv_field("a,b"), "\"a,b\"");
    assert_eq!(csv_field("dit \"oui\""), "\"dit \"\"oui\"\"\"");
    assert_eq!(csv_field("deux\nlignes"), "\"deux\nlignes\"");
    assert_eq!(csv_field("=1+1"), "'=1+1");
    assert_eq!(csv_field("@SUM(A1)"), "'@SUM(A1)");
    assert_eq!(csv_field("-2"), "'-2");
    assert_eq!(csv_field(""), "");
}

#[test]
fn json_subset_loads_back() {
    let s = fixture::snapshot();
    let shown = [1, 3];
    let raw = String::from_utf8(fixture::snapshot_json()).unwrap();
    let json = subset_json(&raw, &s, &shown).expect("a subset");
    let back = load_snapshot(json.as_bytes()).expect("loads like a snapshot");
    assert_eq!(back.commitments.len(), 2);
    assert_eq!(back.commitments[0], s.commitments[1]);
    assert_eq!(back.commitments[1], s.commitments[3]);
    assert_eq!(back.source, s.source);
    assert_eq!(back.statuses, s.statuses);
    for i in &back.institutions {
        assert!(back
            .commitments
            .iter()
            .any(|c| c.institutions.contains(&i.id)
                || c.actions.iter().any(|a| a.actor.as_ref() == Some(&i.id))));
    }
    assert!(
        subset_json(&raw, &s, &[]).is_none(),
        "an empty view has no JSON"
    );
}

/// On the real snapshot, the cut text is exactly what serialising the
/// reduced snapshot would write, and loads back to it.
#[test]
fn json_subset_of_the_real_snapshot_is_its_own_text() {
    let raw = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../public/data/plan.json"
    ))
    .unwrap();
    let s = load_snapshot(raw.as_bytes()).unwrap();
    let n = s.commitments.len();
    for shown in [
        vec![0],
        vec![n - 1],
        vec![3, 1, 4],
        (0..n).collect(),
        vec![n, 2],
    ] {
        let json = subset_json(&raw, &s, &shown).unwrap();
        let want = subset(&s, &shown).unwrap();
        assert_eq!(load_snapshot(json.as_bytes()).unwrap(), want);
        assert_eq!(
            json.trim_end(),
            serde_json::to_string_pretty(&want).unwrap()
        );
    }
    // A view of everything is the file itself.
    assert_eq!(
        subset_json(&raw, &s, &(0..n).collect::<Vec<_>>()).unwrap(),
        raw
    );
}

#[test]
fn names_files_by_date() {
    let s = fixture::snapshot();
    let name = file_name(&s, "engagements", "csv");
    assert!(name.starts_with("plan-ouvert-engagements-"));
    assert!(name.ends_with(".csv"));
}

#[test]
fn chart_svg_is_self_contained() {
    let s = fixture::snapshot();
    let stats = crate::stats::Stats::compute(&s, &s.commitments);
    for chart in [
        crate::charts::status_chart_in(&s, &stats, Lang::Fr),
        crate::charts::axis_chart_in(&s, &stats, Lang::Fr),
    ] {
        let svg = chart_svg(&chart, "Source : <test> & co");
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.ends_with("</svg>"));
        assert!(svg.contains(&xml_escape(&chart.title)));
        assert!(svg.contains("Source : &lt;test&gt; &amp; co"));
        assert!(!svg.contains("var(--"), "no CSS variables outside the app");
        for row in &chart.rows {
            assert!(svg.contains(&xml_escape(&row.label)), "{}", row.label);
            for seg in &row.segments {
                assert!(svg.contains(&format!("url(#m-{})", seg.key)));
            }
        }
        // Every opened element is closed.
        let opens = svg.matches("<rect").count() + svg.matches("<text").count();
        let closes = svg.matches("</text>").count() + svg.matches("<rect").count();
        assert_eq!(opens, closes);
    }
}

fn arb_text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), "[a-zé;,\"\r\n =+@-]{0,20}",]
}

proptest! {
    /// Any text in any cell reads back unchanged (after the formula guard).
    #[test]
    fn any_text_reads_back(texts in prop::collection::vec(arb_text(), 1..6)) {
        let mut s = fixture::snapshot();
        let c = &mut s.commitments[0];
        c.actions.truncate(1);
        for (i, t) in texts.iter().enumerate() {
            let mut a = crate::fixture::action(&format!("1.{}", i + 1), t, StatusCode::Partial, None);
            a.results = t.clone();
            c.actions.push(a);
        }
        c.actions.remove(0);
        let rows = read_csv(&actions_csv_in(&s, &[0], Lang::Fr));
        prop_assert_eq!(rows.len(), 1 + texts.len());
        for (row, t) in rows[1..].iter().zip(&texts) {
            let expected = if t.starts_with(['=', '+', '-', '@', '\t', '\r']) {
                format!("'{t}")
            } else {
                t.clone()
            };
            prop_assert_eq!(&row[3], &expected);
            prop_assert_eq!(&row[4], &expected);
        }
    }

    /// Any selection of commitments gives a JSON that loads back to it.
    #[test]
    fn any_selection_loads_back(pick in prop::collection::vec(0usize..6, 0..6)) {
        let s = fixture::snapshot();
        let raw = String::from_utf8(fixture::snapshot_json()).unwrap();
        match subset_json(&raw, &s, &pick) {
            None => prop_assert!(pick.iter().all(|&i| i >= s.commitments.len())),
            Some(json) => {
                let back = load_snapshot(json.as_bytes()).map_err(|e| TestCaseError::fail(e.to_string()))?;
                let want: BTreeSet<usize> = pick.iter().copied().filter(|&i| i < s.commitments.len()).collect();
                prop_assert_eq!(back.commitments.len(), want.len());
                prop_assert_eq!(Some(back), subset(&s, &pick));
            }
        }
    }
}

// ---- File names after the view (issue 21, finding 17) ----

fn view_of(query: &str) -> ViewState {
    crate::url_state::parse_query(query).0
}

#[test]
fn a_filtered_view_names_its_files_after_its_filters() {
    let s = fixture::snapshot();
    let date = file_name(&s, "x", "csv")
        .trim_start_matches("plan-ouvert-x-")
        .trim_end_matches(".csv")
        .to_owned();
    let name = |q: &str, what, ext| view_file_name_in(&s, what, &view_of(q), ext, Lang::Fr);
    // The default view keeps the plain name.
    assert_eq!(
        name("", Download::Commitments, "csv"),
        file_name(&s, "engagements", "csv")
    );
    assert_eq!(
        name("?page=2", Download::Actions, "csv"),
        file_name(&s, "actions", "csv")
    );
    assert_eq!(
        name("?calendrier=delayed", Download::Commitments, "csv"),
        format!("plan-ouvert-engagements-calendrier-delayed-{date}.csv")
    );
    assert_eq!(
        name("?statut=partial,complete&axe=axe-2", Download::Data, "json"),
        format!("plan-ouvert-donnees-axe-2-statut-partial-complete-{date}.json")
    );
    assert_eq!(
        view_file_name_in(
            &s,
            Download::Data,
            &view_of("?histoire=1"),
            "json",
            Lang::En
        ),
        format!("plan-ouvert-data-histoire-{date}.json")
    );
}

#[test]
fn a_view_slug_is_short_and_safe_on_every_system() {
    assert_eq!(view_slug(&view_of("")), "");
    assert_eq!(
        view_slug(&view_of("?q=%C3%89lus%20%C2%AB%20locaux%20%C2%BB")),
        "elus-locaux"
    );
    assert_eq!(
        view_slug(&view_of("?q=a%2Fb%5Cc%3Ad*e%3F%22f%3Cg%3Eh%7Ci.%20")),
        "a-b-c-d-e-f-g-h-i"
    );
    assert_eq!(view_slug(&view_of("?q=%CE%B4%CE%B7%CE%BC%CE%BF%CF%82")), "");
    assert_eq!(view_slug(&view_of("?action=complete")), "action-complete");
    let long = view_slug(&view_of(
        "?q=transparence%20de%20la%20commande%20publique%20et%20des%20comptes&statut=partial",
    ));
    assert!(long.len() <= VIEW_SLUG_MAX, "{long}");
    assert_eq!(long, "transparence-de-la-commande-publique-et-des");
    for q in [
        "?q=---",
        "?q=%20x%20",
        "?q=%E2%80%94x%E2%80%94",
        "?q=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    ] {
        let slug = view_slug(&view_of(q));
        assert!(slug.len() <= VIEW_SLUG_MAX, "{q}: {slug}");
        assert!(
            !slug.starts_with('-') && !slug.ends_with('-') && !slug.contains("--"),
            "{q}: {slug}"
        );
        assert!(
            slug.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "{q}: {slug}"
        );
    }
}
