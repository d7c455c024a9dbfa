//! Tests of the embed texts: pins, attribution, citation.

use super::*;
use crate::fixture;
use crate::url_state::parse_query;

#[test]
fn pins_by_date_or_hash_prefix() {
    let s = fixture::snapshot();
    let date = Pin::parse(&s.source.as_of).unwrap();
    assert!(date.matches(&s.source));
    let hash = Pin::parse(&s.source.sha256[..10].to_ascii_uppercase()).unwrap();
    assert!(hash.matches(&s.source), "case-insensitive prefix");
    assert!(Pin::of(&s.source).matches(&s.source));
    assert!(!Pin::parse("2001-01-01").unwrap().matches(&s.source));
    assert!(!Pin::parse("ffffffff").unwrap().matches(&s.source));
    for bad in ["", "abc", "2016-6-3", "zzzzzzzzzz", "2016-06-03x"] {
        assert!(Pin::parse(bad).is_err(), "{bad:?}");
    }
}

#[test]
fn pinned_notice_says_both_dates() {
    let s = fixture::snapshot();
    assert_eq!(pin_notice_in(None, &s.source, Lang::Fr), None);
    assert_eq!(
        pin_notice_in(Some(&Pin::of(&s.source)), &s.source, Lang::Fr),
        None
    );
    let text = pin_notice_in(Some(&Pin::Date("2015-12-01".into())), &s.source, Lang::Fr).unwrap();
    assert!(
        text.starts_with("Cette intégration attend les données du 1er décembre 2015"),
        "{text}"
    );
    assert!(
        text.contains(&format!("datent du {}", french_date(&s.source.as_of))),
        "{text}"
    );
    let text = pin_notice_in(
        Some(&Pin::Sha256Prefix("ffffffff".into())),
        &s.source,
        Lang::Fr,
    )
    .unwrap();
    assert!(text.contains("ffffffff"), "{text}");
}

#[test]
fn attribution_names_source_and_date() {
    let mut s = fixture::snapshot();
    s.source.as_of = "2016-06-03".into();
    assert_eq!(
        attribution_in(&s.source, Lang::Fr),
        "Source : Plan ouvert · rapport d’autoévaluation à mi-parcours, données au 3 juin 2016"
    );
}

#[test]
fn citation_sums_up_the_view() {
    let s = fixture::snapshot();
    let all = citation_in(&s, &ViewState::default(), 4, "https://x.org/", Lang::Fr);
    assert!(all.contains("les 4\u{a0}engagements du plan"), "{all}");
    assert!(all.ends_with("https://x.org/"));
    assert!(all.contains(&french_date(&s.source.as_of)));
    let (view, _) = parse_query("statut=partial&q=donn%C3%A9es");
    let one = citation_in(&s, &view, 1, "u", Lang::Fr);
    assert!(one.contains("1\u{a0}engagement sur 4"), "{one}");
    assert!(one.contains("recherche : « données »"), "{one}");
    assert!(one.contains("état d’avancement : Partiel"), "{one}");
}

#[test]
fn commitment_citation_names_it_verbatim() {
    let s = fixture::snapshot();
    let c = &s.commitments[1];
    let text = commitment_citation_in(&s, c, "https://x.org/engagements/2/", Lang::Fr);
    assert!(
        text.contains(&format!(
            "engagement 2, « {} » (état d’avancement : {})",
            c.title, c.status_label
        )),
        "{text}"
    );
    assert!(text.contains(&french_date(&s.source.as_of)), "{text}");
    assert!(text.ends_with(" https://x.org/engagements/2/"), "{text}");
    // Same source sentence as the view's citation.
    let view = citation_in(&s, &ViewState::default(), 4, "u", Lang::Fr);
    let source = |t: &str| t[t.find("Source").unwrap_or(0)..t.rfind(' ').unwrap_or(0)].to_owned();
    assert_eq!(source(&text), source(&view));
}

#[test]
fn describes_every_facet() {
    let s = fixture::snapshot();
    let (view, ignored) =
        parse_query("axe=axe-1&objectif=axe-1-objectif-1&statut=complete&calendrier=delayed&institution=dgcl&action=partial&histoire=1");
    assert!(ignored.is_empty());
    let parts = describe_view_in(&s, &view, Lang::Fr);
    assert_eq!(parts.len(), 7, "{parts:?}");
    assert!(describe_view_in(&s, &ViewState::default(), Lang::Fr).is_empty());
}
