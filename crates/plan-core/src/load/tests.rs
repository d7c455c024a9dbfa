//! Tests of [`super::load_snapshot`]: one data-driven table of broken files, then
//! property tests (arbitrary bytes, arbitrary JSON, mutations of the fixture).

use proptest::prelude::*;
use serde_json::{json, Value};

use super::*;
use crate::fixture;

fn fixture_value() -> Value {
    serde_json::to_value(fixture::snapshot()).unwrap()
}

fn load_value(v: &Value) -> Result<Snapshot, LoadError> {
    load_snapshot(&serde_json::to_vec(v).unwrap())
}

/// Applies `edit` to the fixture, loads it and checks the error kind and that the
/// message contains every fragment in `expected_fragments`.
fn check(edit: impl FnOnce(&mut Value), kind: &str, expected_fragments: &[&str]) {
    let mut v = fixture_value();
    edit(&mut v);
    check_result(load_value(&v), kind, expected_fragments);
}

fn check_result(result: Result<Snapshot, LoadError>, kind: &str, expected_fragments: &[&str]) {
    let err = result.expect_err("expected an error");
    let msg = err.to_string();
    assert_eq!(err.kind(), kind, "message: {msg}");
    for f in expected_fragments {
        assert!(msg.contains(f), "{f:?} not in {msg:?}");
    }
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
    let loaded = load_snapshot(&fixture::snapshot_json()).unwrap();
    assert_eq!(loaded, fixture::snapshot());
}

#[test]
fn byte_order_mark_is_accepted() {
    let mut bytes = "\u{FEFF}".as_bytes().to_vec();
    bytes.extend(fixture::snapshot_json());
    assert!(load_snapshot(&bytes).is_ok());
}

#[test]
fn commitments_are_sorted_by_number() {
    let mut v = fixture_value();
    at(&mut v, "/commitments").as_array_mut().unwrap().reverse();
    let s = load_value(&v).unwrap();
    let numbers: Vec<u32> = s.commitments.iter().map(|c| c.number).collect();
    assert_eq!(numbers, [1, 2, 3, 4]);
}

#[test]
fn text_errors() {
    check_result(
        load_snapshot(b"{\"schema_version\": 1, \"x\": \"\xff\"}"),
        "invalid_utf8",
        &["UTF-8", "octet n° 29"],
    );
    check_result(
        load_snapshot(b"{\"schema_version\": 1,\n  \"plan\": }"),
        "invalid_json",
        &["ligne 2, colonne 11", "caractère inattendu"],
    );
    check_result(
        load_snapshot(b"{\"schema_version\": 1, \"plan\": {"),
        "invalid_json",
        &["tronqué"],
    );
    check_result(load_snapshot(b""), "invalid_json", &["ligne 1"]);
    check_result(load_snapshot(b"[1, 2]"), "invalid_json", &["objet JSON"]);
    check_result(
        load_snapshot(b"  \"texte\""),
        "invalid_json",
        &["objet JSON"],
    );
    check_result(load_snapshot(b"[1, 2"), "invalid_json", &["tronqué"]);
    check_result(
        load_snapshot(br#"{"schema_version": 1, "schema_version": 1}"#),
        "invalid_json",
        &["plusieurs fois"],
    );
}

#[test]
fn version_is_checked_before_the_shape() {
    // A v2 file whose fields are all different still gets the version message.
    check_result(
        load_snapshot(br#"{"schema_version": 2, "engagements": []}"#),
        "unsupported_schema_version",
        &["version 2", "que la version 1"],
    );
    check_result(
        load_snapshot(br#"{"schema_version": "1"}"#),
        "unsupported_schema_version",
        &["version \"1\""],
    );
    check_result(
        load_snapshot(br#"{"plan": {}}"#),
        "missing_schema_version",
        &["schema_version"],
    );
    check(
        |v| v["schema_version"] = json!(1.5),
        "unsupported_schema_version",
        &["1.5"],
    );
}

#[test]
fn shape_errors_carry_the_json_path() {
    check(
        |v| remove(v, "/commitments/3/actions/0", "status"),
        "missing_field",
        &["« status »", "commitments[3].actions[0].status"],
    );
    check(
        |v| remove(v, "", "plan"),
        "missing_field",
        &["« plan »", "emplacement plan "],
    );
    check(
        |v| remove(v, "/commitments/0/stakes/0", "type"),
        "missing_field",
        &["« type »"],
    );
    check(
        |v| v["commitments"][0]["number"] = json!("1"),
        "wrong_type",
        &[
            "commitments[0].number",
            "nombre entier positif",
            "le texte « 1 »",
        ],
    );
    check(
        |v| v["commitments"][2]["contributions"] = json!(-1),
        "wrong_type",
        &["commitments[2].contributions", "le nombre -1"],
    );
    check(
        |v| v["statuses"][0]["rank"] = json!(300),
        "wrong_type",
        &["statuses[0].rank", "entre 0 et 255"],
    );
    check(
        |v| v["commitments"][1]["actions"] = json!({}),
        "wrong_type",
        &["commitments[1].actions", "une liste", "un objet"],
    );
    check(
        |v| v["commitments"][1]["title"] = Value::Null,
        "wrong_type",
        &["commitments[1].title", "un texte", "null"],
    );
    check(
        |v| v["commitments"][1]["actions"][1]["status"] = json!("done"),
        "unknown_status",
        &[
            "« done »",
            "commitments[1].actions[1].status",
            "not_started",
        ],
    );
    check(
        |v| v["statuses"][4]["code"] = json!("inconnu"),
        "unknown_status",
        &["statuses[4].code"],
    );
    check(
        |v| v["commitments"][0]["calendar"] = json!("late"),
        "unknown_calendar",
        &["« late »", "commitments[0].calendar", "on_track"],
    );
    check(
        |v| v["commitments"][0]["stakes"][0]["type"] = json!("table"),
        "unknown_value",
        &["« table »", "paragraph, list"],
    );
}

#[test]
fn invariant_errors() {
    check(
        |v| v["commitments"] = json!([]),
        "empty_commitments",
        &["aucun engagement"],
    );
    check(
        |v| {
            let c = v["commitments"][1].clone();
            v["commitments"].as_array_mut().unwrap().push(c);
        },
        "duplicate_number",
        &["numéro d’engagement 2"],
    );
    check(
        |v| v["institutions"][1]["id"] = json!("dila"),
        "duplicate_id",
        &["d’institution « dila »"],
    );
    check(
        |v| v["commitments"][1]["actions"][0]["id"] = json!("1.1"),
        "duplicate_id",
        &["d’action « 1.1 »"],
    );
    check(
        |v| v["commitments"][2]["slug"] = json!("slug-1"),
        "duplicate_id",
        &["« slug-1 »"],
    );
    check(
        |v| v["axes"][1]["objectives"] = v["axes"][0]["objectives"].clone(),
        "duplicate_id",
        &["d’objectif « axe-1-objectif-1 »"],
    );
    check(
        |v| v["commitments"][0]["axis"] = json!("axe-9"),
        "unknown_axis",
        &["engagement 1", "« axe-9 »"],
    );
    check(
        |v| v["commitments"][1]["objective"] = json!("axe-1-objectif-7"),
        "unknown_objective",
        &["engagement 2", "« axe-1-objectif-7 »"],
    );
    check(
        |v| v["commitments"][3]["objective"] = json!("axe-1-objectif-1"),
        "objective_not_in_axis",
        &["engagement 4", "« axe-1-objectif-1 »", "« axe-2 »"],
    );
    check(
        |v| v["commitments"][2]["institutions"][0] = json!("elysee"),
        "unknown_institution",
        &["engagement 3", "« elysee »"],
    );
    check(
        |v| v["commitments"][0]["actions"][1]["actor"] = json!("senat"),
        "unknown_actor",
        &["action 1.2", "engagement 1", "« senat »"],
    );
    check(
        |v| {
            v["statuses"].as_array_mut().unwrap().pop();
        },
        "undefined_status",
        &["« unknown »"],
    );
    check(
        |v| {
            v["calendars"].as_array_mut().unwrap().pop();
        },
        "undefined_calendar",
        &["« delayed »"],
    );
}

#[test]
fn optional_fields_may_be_absent_or_null() {
    let mut v = fixture_value();
    remove(&mut v, "/commitments/0", "objective");
    v["commitments"][0]["actions"][0]["actor"] = Value::Null;
    let s = load_value(&v).unwrap();
    assert_eq!(s.commitments[0].objective, None);
    assert_eq!(s.commitments[0].actions[0].actor, None);
}

#[test]
fn every_kind_has_a_distinct_code() {
    // Guards against copy-pasted `kind()` arms.
    let errors = [
        LoadError::InvalidUtf8 { offset: 0 },
        LoadError::InvalidJson {
            line: 1,
            column: 1,
            reason: String::new(),
        },
        LoadError::MissingSchemaVersion,
        LoadError::UnsupportedSchemaVersion { found: "2".into() },
        LoadError::MissingField {
            path: String::new(),
            field: String::new(),
        },
        LoadError::WrongType {
            path: String::new(),
            expected: String::new(),
            found: String::new(),
        },
        LoadError::UnknownStatus {
            path: String::new(),
            code: String::new(),
        },
        LoadError::UnknownCalendar {
            path: String::new(),
            code: String::new(),
        },
        LoadError::UnknownValue {
            path: String::new(),
            value: String::new(),
            expected: String::new(),
        },
        LoadError::InvalidValue {
            path: String::new(),
            detail: String::new(),
        },
        LoadError::EmptyCommitments,
        LoadError::DuplicateNumber { number: 1 },
        LoadError::DuplicateId {
            kind: IdKind::Axis,
            id: String::new(),
        },
        LoadError::UnknownAxis {
            commitment: 1,
            axis: String::new(),
        },
        LoadError::UnknownObjective {
            commitment: 1,
            objective: String::new(),
        },
        LoadError::ObjectiveNotInAxis {
            commitment: 1,
            objective: String::new(),
            axis: String::new(),
        },
        LoadError::UnknownInstitution {
            commitment: 1,
            institution: String::new(),
        },
        LoadError::UnknownActor {
            commitment: 1,
            action: String::new(),
            actor: String::new(),
        },
        LoadError::UndefinedStatus { code: "x" },
        LoadError::UndefinedCalendar { code: "x" },
    ];
    let codes: HashSet<&str> = errors.iter().map(LoadError::kind).collect();
    assert_eq!(codes.len(), errors.len());
}

// ---- property tests ----

/// A JSON pointer, with the key of its last step when that step is an object key.
type Pointer = (String, Option<String>);

/// Every JSON pointer in `v`.
fn pointers(v: &Value, prefix: String, out: &mut Vec<Pointer>) {
    match v {
        Value::Object(m) => {
            for (k, child) in m {
                let p = format!("{prefix}/{k}");
                out.push((p.clone(), Some(k.clone())));
                pointers(child, p, out);
            }
        }
        Value::Array(a) => {
            for (i, child) in a.iter().enumerate() {
                let p = format!("{prefix}/{i}");
                out.push((p.clone(), None));
                pointers(child, p, out);
            }
        }
        _ => {}
    }
}

fn split_pointer(p: &str) -> (&str, &str) {
    p.rsplit_once('/').unwrap()
}

/// Keys whose absence (or null) the format allows.
const OPTIONAL_KEYS: [&str; 4] = ["objective", "actor", "items", "results_notes"];

fn json_kind(v: &Value) -> u8 {
    match v {
        Value::Null => 0,
        Value::Bool(_) => 1,
        Value::Number(_) => 2,
        Value::String(_) => 3,
        Value::Array(_) => 4,
        Value::Object(_) => 5,
    }
}

fn arb_leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        (-1e9f64..1e9).prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::from),
    ]
}

fn arb_json() -> impl Strategy<Value = Value> {
    let keys = prop_oneof![
        Just("schema_version".to_owned()),
        Just("commitments".to_owned()),
        Just("number".to_owned()),
        Just("type".to_owned()),
        Just("status".to_owned()),
        "[a-z_]{1,10}",
    ];
    arb_leaf().prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(keys.clone(), inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// The shape error that serde_path_to_error's path gives for `bytes`, if
/// the file passes the text and version stages and fails the shape stage.
fn oracle_shape_error(bytes: &[u8]) -> Option<LoadError> {
    let text = std::str::from_utf8(bytes).ok()?;
    check_version(text).ok()?;
    let de = &mut serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize::<_, Snapshot>(de)
        .err()
        .map(|e| shape_error(e.path().to_string(), e.inner()))
}

/// The loader's shape errors equal the oracle's, for the file written
/// compact and pretty-printed (as the real snapshot is).
fn assert_same_path_as_oracle(v: &Value) {
    for bytes in [
        serde_json::to_vec(v).unwrap(),
        serde_json::to_vec_pretty(v).unwrap(),
    ] {
        if let Some(expected) = oracle_shape_error(&bytes) {
            assert_eq!(load_snapshot(&bytes).unwrap_err(), expected);
        }
    }
}

fn assert_clear(result: &Result<Snapshot, LoadError>) {
    match result {
        Ok(s) => {
            validate(s).expect("a loaded snapshot is valid");
            let again = load_snapshot(&serde_json::to_vec(s).unwrap()).expect("reloads");
            assert_eq!(&again, s);
        }
        Err(e) => {
            assert!(!e.kind().is_empty());
            assert!(e.to_string().ends_with('.'), "not a sentence: {e}");
        }
    }
}

#[derive(Debug, Clone)]
enum Mutation {
    DeleteKey(usize),
    ChangeType(usize, Value),
    SwapCode(usize, String),
    BreakReference(usize, String),
    DuplicateCommitment(usize),
}

fn arb_mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<usize>().prop_map(Mutation::DeleteKey),
        (any::<usize>(), arb_leaf()).prop_map(|(i, v)| Mutation::ChangeType(i, v)),
        (any::<usize>(), "[a-z_]{0,12}").prop_map(|(i, s)| Mutation::SwapCode(i, s)),
        (any::<usize>(), "[a-z-]{1,12}").prop_map(|(i, s)| Mutation::BreakReference(i, s)),
        any::<usize>().prop_map(Mutation::DuplicateCommitment),
    ]
}

/// Applies the mutation; returns whether the result must be rejected. A mutation
/// with nothing to act on (after an earlier one removed it) does nothing.
fn apply(v: &mut Value, m: &Mutation) -> bool {
    let mut all = Vec::new();
    pointers(v, String::new(), &mut all);
    let pick = |i: usize, keep: &dyn Fn(&Pointer) -> bool| {
        let candidates: Vec<_> = all.iter().filter(|p| keep(p)).cloned().collect();
        (!candidates.is_empty()).then(|| candidates[i % candidates.len()].clone())
    };
    match m {
        Mutation::DeleteKey(i) => {
            let Some((p, key)) = pick(*i, &|p| p.1.is_some()) else {
                return false;
            };
            let key = key.unwrap();
            let (parent, _) = split_pointer(&p);
            v.pointer_mut(parent)
                .unwrap()
                .as_object_mut()
                .unwrap()
                .remove(&key);
            !OPTIONAL_KEYS.contains(&key.as_str())
        }
        Mutation::ChangeType(i, new) => {
            let Some((p, key)) = pick(*i, &|_| true) else {
                return false;
            };
            let node = v.pointer_mut(&p).unwrap();
            if json_kind(node) == json_kind(new) {
                return false; // not a type change; anything may happen
            }
            *node = new.clone();
            let nullable = matches!(key.as_deref(), Some("objective" | "actor"));
            !(nullable && new.is_null())
        }
        Mutation::SwapCode(i, code) => {
            let Some((p, key)) = pick(*i, &|p| {
                matches!(p.1.as_deref(), Some("status" | "calendar" | "code"))
            }) else {
                return false;
            };
            *v.pointer_mut(&p).unwrap() = Value::from(code.clone());
            let valid = if key.as_deref() == Some("calendar") || p.starts_with("/calendars") {
                CalendarCode::parse(code).is_some()
            } else {
                StatusCode::parse(code).is_some()
            };
            !valid
        }
        Mutation::BreakReference(i, id) => {
            let Some((p, _)) = pick(*i, &|p| {
                let (parent, last) = split_pointer(&p.0);
                p.0.starts_with("/commitments/")
                    && (matches!(last, "axis" | "objective" | "actor") && !p.0.contains("/stories")
                        || parent.ends_with("/institutions"))
            }) else {
                return false;
            };
            let node = v.pointer_mut(&p).unwrap();
            if node.is_null() {
                return false;
            }
            *node = Value::from(format!("zz-{id}"));
            true
        }
        Mutation::DuplicateCommitment(i) => {
            let Some(list) = v.get_mut("commitments").and_then(Value::as_array_mut) else {
                return false;
            };
            if list.is_empty() {
                return false;
            }
            let c = list[i % list.len()].clone();
            list.push(c);
            true
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        assert_clear(&load_snapshot(&bytes));
    }

    #[test]
    fn arbitrary_json_never_panics(v in arb_json(), versioned in any::<bool>()) {
        let mut v = v;
        if versioned {
            if let Value::Object(m) = &mut v {
                m.insert("schema_version".into(), json!(1));
            }
        }
        assert_clear(&load_value(&v));
        assert_same_path_as_oracle(&v);
    }

    /// Several mutations in a row: only "no panic, clear outcome" is checked,
    /// since a later mutation may undo an earlier one (deleting the `actor` that
    /// a previous one broke makes the file valid again).
    #[test]
    fn mutations_are_handled(mutations in prop::collection::vec(arb_mutation(), 1..4)) {
        let mut v = fixture_value();
        for m in &mutations {
            apply(&mut v, m);
        }
        assert_clear(&load_value(&v));
        assert_same_path_as_oracle(&v);
    }

    #[test]
    fn one_mutation_gives_the_expected_kind(m in arb_mutation()) {
        let mut v = fixture_value();
        let must_fail = apply(&mut v, &m);
        assert_same_path_as_oracle(&v);
        let result = load_value(&v);
        if let (true, Err(e)) = (must_fail, &result) {
            let expected: &[&str] = match m {
                Mutation::DeleteKey(_) => &["missing_field", "missing_schema_version", "empty_commitments"],
                Mutation::SwapCode(..) => &["unknown_status", "unknown_calendar"],
                Mutation::BreakReference(..) => &["unknown_axis", "unknown_objective", "objective_not_in_axis", "unknown_institution", "unknown_actor"],
                Mutation::DuplicateCommitment(_) => &["duplicate_number"],
                // A changed type may surface as any shape or reference error.
                Mutation::ChangeType(..) => &[e.kind()],
            };
            prop_assert!(expected.contains(&e.kind()), "{m:?} gave {e:?}");
        }
        prop_assert!(!must_fail || result.is_err());
    }
}
