//! Tests of [`super::load_report`] and its French errors, of
//! [`super::check_against_plan`] and of [`super::searchable_blocks`], on the
//! fixture (never on `public/data/report.json`).

use serde_json::{json, Value};

use super::*;
use crate::fixture as plan_fixture;

fn fixture_value() -> Value {
    serde_json::to_value(fixture::report()).unwrap()
}

fn load_value(v: &Value) -> Result<Report, ReportLoadError> {
    load_report(&serde_json::to_vec_pretty(v).unwrap())
}

fn check_result(result: Result<Report, ReportLoadError>, kind: &str, fragments: &[&str]) {
    let err = result.expect_err("expected an error");
    let msg = err.to_string();
    assert_eq!(err.kind(), kind, "message: {msg}");
    for f in fragments {
        assert!(msg.contains(f), "{f:?} not in {msg:?}");
    }
}

/// Applies `edit` to the fixture, loads it, checks the error kind and message.
fn check(edit: impl FnOnce(&mut Value), kind: &str, fragments: &[&str]) {
    let mut v = fixture_value();
    edit(&mut v);
    check_result(load_value(&v), kind, fragments);
}

fn at<'a>(v: &'a mut Value, pointer: &str) -> &'a mut Value {
    v.pointer_mut(pointer)
        .unwrap_or_else(|| panic!("no {pointer}"))
}

fn remove(v: &mut Value, pointer: &str, key: &str) {
    at(v, pointer).as_object_mut().unwrap().remove(key).unwrap();
}

#[test]
fn fixture_loads_unchanged() {
    assert_eq!(
        load_report(&fixture::report_json()).unwrap(),
        fixture::report()
    );
    let mut bytes = "\u{FEFF}".as_bytes().to_vec();
    bytes.extend(fixture::report_json());
    assert!(load_report(&bytes).is_ok());
}

#[test]
fn empty_optional_fields_are_left_out() {
    let json = String::from_utf8(fixture::report_json()).unwrap();
    for absent in [
        "\"commitments\": []",
        "\"items\": []",
        "\"institution\": null",
        "\"plan_part\": null",
    ] {
        assert!(!json.contains(absent), "{absent} written");
    }
    assert!(json.contains("\"plan_part\": \"summary\""));
    // They may be written all the same.
    let mut v = fixture_value();
    at(&mut v, "/chapters/0/blocks/0")["commitments"] = json!([]);
    at(&mut v, "/chapters/3/sections/0/blocks/0/items/1")["institution"] = Value::Null;
    assert_eq!(load_value(&v).unwrap(), fixture::report());
}

#[test]
fn text_errors_are_the_plan_loader_s() {
    check_result(
        load_report(b"{\"schema_version\": 1, \"x\": \"\xff\"}"),
        "invalid_utf8",
        &["UTF-8", "octet n° 29"],
    );
    check_result(
        load_report(b"{\"schema_version\": 1,\n  \"chapters\": }"),
        "invalid_json",
        &["ligne 2, colonne 15", "caractère inattendu"],
    );
    check_result(
        load_report(b"{\"schema_version\": 1, \"chapters\": ["),
        "invalid_json",
        &["tronqué"],
    );
    check_result(load_report(b"[1]"), "invalid_json", &["objet JSON"]);
}

#[test]
fn version_is_checked_before_the_shape() {
    check_result(
        load_report(br#"{"schema_version": 2, "chapitres": []}"#),
        "unsupported_schema_version",
        &[
            "Le fichier du rapport est au format version 2",
            "que la version 1",
        ],
    );
    check_result(
        load_report(br#"{"schema_version": "1"}"#),
        "unsupported_schema_version",
        &["version \"1\""],
    );
    check_result(
        load_report(br#"{"chapters": []}"#),
        "missing_schema_version",
        &["« schema_version »", "Le fichier du rapport"],
    );
}

#[test]
fn shape_errors_carry_the_json_path_and_the_value() {
    check(
        |v| remove(v, "/chapters/1/sections/0", "title"),
        "missing_field",
        &["« title »", "chapters[1].sections[0].title"],
    );
    check(
        |v| remove(v, "/chapters/1/sections/0/blocks/0", "header"),
        "missing_field",
        &["« header »", "chapters[1].sections[0].blocks[0].header"],
    );
    check(
        |v| at(v, "/chapters/1/blocks/0")["commitments"] = json!(["2"]),
        "wrong_type",
        &[
            "chapters[1].blocks[0].commitments[0]",
            "nombre entier positif",
            "le texte « 2 »",
        ],
    );
    check(
        |v| at(v, "/chapters/1/blocks/1")["type"] = json!("image"),
        "unknown_value",
        &[
            "« image »",
            "chapters[1].blocks[1].type",
            "paragraph, list, table",
        ],
    );
    check(
        |v| at(v, "/chapters/2/sections/0")["plan_part"] = json!("résumé"),
        "unknown_value",
        &["« résumé »", "summary, commitments"],
    );
    check(
        |v| at(v, "/contact")["email"] = json!(42),
        "wrong_type",
        &["contact.email", "un texte entre guillemets", "le nombre 42"],
    );
    check(
        |v| remove(v, "/chapters/1/blocks/1/items/0/items/0", "content"),
        "missing_field",
        &["chapters[1].blocks[1].items[0].items[0].content"],
    );
}

/// The hand-written block reader gives the paths serde_path_to_error finds
/// with the derive's wording, in compact and pretty files.
#[test]
fn block_errors_match_the_oracle() {
    fn oracle(bytes: &[u8]) -> LoadError {
        let text = std::str::from_utf8(bytes).unwrap();
        let de = &mut serde_json::Deserializer::from_str(text);
        let e = serde_path_to_error::deserialize::<_, Report>(de).unwrap_err();
        load::shape_error(e.path().to_string(), e.inner())
    }
    let edits: [fn(&mut Value); 6] = [
        |v| remove(v, "/chapters/0/blocks/0", "type"),
        |v| remove(v, "/chapters/0/blocks/0", "content"),
        |v| at(v, "/chapters/1/blocks/0")["content"] = json!("texte"),
        |v| at(v, "/chapters/1/sections/0/blocks/0")["rows"] = json!([{"cells": 3}]),
        |v| at(v, "/chapters/1/sections/0/blocks/0")["rows"][0]["commitments"] = json!([-1]),
        |v| *at(v, "/chapters/1/blocks/0") = json!({"type": "list", "items": [{}]}),
    ];
    for edit in edits {
        let mut v = fixture_value();
        edit(&mut v);
        for bytes in [
            serde_json::to_vec(&v).unwrap(),
            serde_json::to_vec_pretty(&v).unwrap(),
        ] {
            let Err(ReportLoadError::File(e)) = load_report(&bytes) else {
                panic!("a shape error expected for {v}");
            };
            assert_eq!(e, oracle(&bytes));
        }
    }
}

#[test]
fn invariants() {
    check(
        |v| at(v, "/chapters/2")["id"] = json!("introduction-et-contexte"),
        "duplicate_id",
        &["« introduction-et-contexte »", "plusieurs fois"],
    );
    for bad in ["Introduction", "mise-en-œuvre", "a--b", "-a", "", "a b"] {
        check(
            |v| at(v, "/chapters/1/sections/0")["id"] = json!(bad),
            "invalid_id",
            &["chapters[1].sections[0].id", "adresse"],
        );
    }
    check(
        |v| at(v, "/chapters/3")["title"] = json!("  "),
        "empty_title",
        &["chapters[3]"],
    );
    for bad in ["etalab.gouv.fr", "a@b", "a b@c.fr", "@c.fr", "a@c..fr"] {
        check(
            |v| at(v, "/contact")["email"] = json!(bad),
            "invalid_email",
            &["contact.email", bad],
        );
    }
    check(
        |v| {
            at(v, "/chapters/1/sections/0/blocks/0/rows/0/cells")
                .as_array_mut()
                .unwrap()
                .pop();
        },
        "ragged_table",
        &[
            "ligne 1",
            "chapters[1].sections[0].blocks[0]",
            "1 cellules",
            "en a 2",
        ],
    );
    check(
        |v| at(v, "/chapters/1/blocks/1/items/0")["commitments"] = json!([0]),
        "zero_commitment",
        &["chapters[1].blocks[1].items[0].commitments"],
    );
    check(
        |v| v["chapters"] = json!([]),
        "no_chapters",
        &["aucun chapitre"],
    );
}

#[test]
fn references_are_checked_against_the_plan() {
    let plan = plan_fixture::snapshot();
    check_against_plan(&fixture::report(), &plan).unwrap();

    let mut r = fixture::report();
    r.chapters[1].blocks[0] = Block::Paragraph {
        content: fixture::text("(engagement 27)"),
        commitments: vec![27],
    };
    let err = check_against_plan(&r, &plan).unwrap_err();
    assert_eq!(err.kind(), "unknown_commitment");
    assert!(err.to_string().contains("l’engagement 27"), "{err}");
    assert!(err
        .to_string()
        .contains("chapters[1].blocks[0].commitments"));

    let mut r = fixture::report();
    let Block::List { items } = &mut r.chapters[3].sections[0].blocks[0] else {
        panic!()
    };
    items[0].institution = Some("cour-des-compte".into());
    let err = check_against_plan(&r, &plan).unwrap_err();
    assert_eq!(err.kind(), "unknown_institution");
    assert!(err
        .to_string()
        .contains("« cour-des-compte » (à l’emplacement chapters[3].sections[0].blocks[0].items[0].institution)"));

    let mut r = fixture::report();
    r.source.sha256 = "1".repeat(64);
    assert_eq!(
        check_against_plan(&r, &plan).unwrap_err().kind(),
        "other_source"
    );
}

#[test]
fn search_texts_cover_headings_items_and_rows() {
    let r = fixture::report();
    let texts = searchable_blocks(&r);
    let of = |section: &str| -> Vec<&str> {
        texts
            .iter()
            .filter(|t| t.section == section)
            .map(|t| t.text.as_str())
            .collect()
    };
    assert_eq!(
        of("introduction-et-contexte"),
        [
            "1. Introduction et contexte",
            "La décision publique s’ouvre à la participation citoyenne (engagements 2 et 4).",
            "Une consultation en ligne (engagement 1) :",
            "Un atelier à Brest",
        ]
    );
    assert_eq!(
        of("evenements-contributifs"),
        [
            "Evénements contributifs",
            "Événement\tDate et lieu",
            "Open World Forum\t31/10/2014 à Paris"
        ]
    );
    let table_row = texts
        .iter()
        .find(|t| t.text.starts_with("Open World"))
        .unwrap();
    assert_eq!(table_row.chapter, "introduction-et-contexte");
    let annex = texts.iter().find(|t| t.text == "Cour des comptes").unwrap();
    assert_eq!(
        (annex.chapter, annex.section),
        ("annexes", "institutions-porteuses-d-engagements")
    );
    assert_eq!(texts.len(), 17);
}

#[test]
fn lookups() {
    let r = fixture::report();
    assert_eq!(
        r.section("tableau-recapitulatif").map(|s| s.heading()),
        Some("4.1. Tableau récapitulatif".to_owned())
    );
    assert_eq!(
        r.chapter_of("tableau-recapitulatif").map(|c| c.id.as_str()),
        Some("mise-en-oeuvre-des-engagements")
    );
    assert_eq!(
        r.chapter_of("annexes").map(|c| c.id.as_str()),
        Some("annexes")
    );
    assert!(r.section("nulle-part").is_none());
    assert!(r.chapter_of("nulle-part").is_none());
}

// ---- Search in the chapters ----

fn plain(segments: &[crate::search::Segment]) -> String {
    segments.iter().map(|s| s.text.as_str()).collect()
}

fn marked(segments: &[crate::search::Segment]) -> Vec<&str> {
    segments
        .iter()
        .filter(|s| s.is_match)
        .map(|s| s.text.as_str())
        .collect()
}

#[test]
fn search_finds_sections_with_every_term_folded_like_the_commitments() {
    let r = fixture::report();
    let q = crate::search::Query::parse("PARTICIPATION decision");
    let hits = search(&r, &q);
    assert_eq!(hits.len(), 1);
    let h = &hits[0];
    assert_eq!(h.chapter, "introduction-et-contexte");
    assert_eq!(h.section, "introduction-et-contexte");
    assert_eq!(h.path, "/rapport/introduction-et-contexte/");
    assert_eq!(h.chapter_heading, "1. Introduction et contexte");
    assert_eq!(marked(&h.excerpt), vec!["décision", "participation"]);
    assert!(plain(&h.excerpt).starts_with("La décision publique"));
    // Terms in two different sections (the table is a sub-section): nothing.
    assert!(search(&r, &crate::search::Query::parse("participation forum")).is_empty());
    assert!(search(&r, &crate::search::Query::parse("")).is_empty());
}

#[test]
fn search_gives_sub_sections_their_anchor_and_table_rows_their_cells() {
    let r = fixture::report();
    let hits = search(&r, &crate::search::Query::parse("open world"));
    assert_eq!(hits.len(), 1);
    assert_eq!(
        hits[0].path,
        "/rapport/introduction-et-contexte/#evenements-contributifs"
    );
    assert_eq!(plain(&hits[0].heading), "Evénements contributifs");
    assert_eq!(
        plain(&hits[0].excerpt),
        "Open World Forum · 31/10/2014 à Paris"
    );
    // The heading alone matches: marked there, no excerpt.
    let hits = search(&r, &crate::search::Query::parse("evenements"));
    let h = hits
        .iter()
        .find(|h| h.section == "evenements-contributifs")
        .unwrap();
    assert_eq!(marked(&h.heading), vec!["Evénements"]);
    assert!(h.excerpt.is_empty());
    // In report order, every level.
    let all = ReportIndex::new(&r).search(&crate::search::Query::parse("e"));
    let order: Vec<&str> = all.iter().map(|h| h.section.as_str()).collect();
    let mut expected = Vec::new();
    walk(&r.chapters, &mut |s| expected.push(s.id.as_str()));
    assert_eq!(order, expected);
}

#[test]
fn excerpts_are_cut_around_the_first_match_at_spaces() {
    let long = format!("{}cible {}", "mot ".repeat(40), "fin ".repeat(60));
    let q = crate::search::Query::parse("cible");
    let e = excerpt(&long, &q);
    let text = plain(&e);
    assert!(text.starts_with('…') && text.ends_with('…'), "{text}");
    assert!(text.contains("mot cible fin"));
    assert!(text.chars().count() < 220, "{}", text.chars().count());
    assert!(!text.contains("  "));
    assert_eq!(marked(&e), vec!["cible"]);
    // Short texts are whole.
    assert_eq!(plain(&excerpt("Une cible.", &q)), "Une cible.");
}

#[test]
fn chapters_know_their_neighbours() {
    let r = fixture::report();
    let ids = |(a, b): (Option<&Section>, Option<&Section>)| {
        (a.map(|s| s.id.clone()), b.map(|s| s.id.clone()))
    };
    assert_eq!(
        ids(r.neighbours("rapport-d-autoevaluation")),
        (None, Some("introduction-et-contexte".into()))
    );
    assert_eq!(ids(r.neighbours("annexes")).1, None);
    assert_eq!(ids(r.neighbours("evenements-contributifs")), (None, None));
    assert!(r.chapter("annexes").is_some());
    assert!(r.chapter("evenements-contributifs").is_none());
}

// ---- The contribution link ----

#[test]
fn mailto_percent_encodes_subject_and_body_as_utf8_with_crlf() {
    let url = contribution_mailto(
        "gouvernement-ouvert@etalab.gouv.fr",
        &commitment_subject_in(3, "Co-construire & « ouvrir » ?", Lang::Fr),
        &contribution_body_in("https://example.org/pgo/engagements/3/?q=a b#x", Lang::Fr),
    );
    assert!(url.starts_with("mailto:gouvernement-ouvert@etalab.gouv.fr?subject="));
    let (_, rest) = url.split_once("?subject=").unwrap();
    let (subject, body) = rest.split_once("&body=").unwrap();
    // Nothing a mail program could read as a separator is left unencoded.
    for part in [subject, body] {
        assert!(
            part.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-._~%".contains(&b)),
            "{part}"
        );
    }
    assert_eq!(
        subject,
        "Plan%20ouvert%20%E2%80%94%20engagement%203%20%3A%20Co-construire%20%26%20%C2%AB%20ouvrir%20%C2%BB%20%3F"
    );
    assert!(body.contains("https%3A%2F%2Fexample.org%2Fpgo%2Fengagements%2F3%2F%3Fq%3Da%20b%23x"));
    assert!(body.ends_with("%0D%0A%0D%0A"), "{body}");
    assert!(body.starts_with("Page%20concern%C3%A9e%20"));
}

#[test]
fn chapter_subject_names_the_printed_heading() {
    let r = fixture::report();
    assert_eq!(
        chapter_subject_in(&r.chapters[1], Lang::Fr),
        "Plan ouvert — rapport, 1. Introduction et contexte"
    );
    assert_eq!(
        chapter_subject_in(&r.chapters[3], Lang::Fr),
        "Plan ouvert — rapport, Annexes"
    );
}
