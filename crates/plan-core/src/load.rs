//! Reading a snapshot: bytes → checked [`Snapshot`], or one error a citizen can read.
//!
//! Three stages, each with its own errors:
//! 1. text: the bytes must be UTF-8 and JSON (a leading byte-order mark is accepted);
//! 2. version: `schema_version` is read *before* the rest, so a file written for a
//!    newer format says so instead of failing on some renamed field;
//! 3. shape and invariants: the full deserialisation (errors carry the JSON path,
//!    e.g. `commitments[3].actions[1].status`, found again by `json_path` from
//!    the error's position), then [`validate`] checks what types
//!    cannot say: unique numbers and ids, references that resolve, an objective
//!    that belongs to its commitment's axis.
//!
//! **Boundary:** the messages of [`LoadError`] are shown to users as they are:
//! `Display` in French, [`LoadError::message`] in either interface language
//! (JSON paths, codes and quoted values the same in both);
//! [`LoadError::kind`] is the stable code for tests and the UI.

use std::collections::HashSet;
use std::fmt;

use serde::Deserialize;

use crate::i18n::Lang;
use crate::model::{CalendarCode, Snapshot, StatusCode, SCHEMA_VERSION};

// The report's loader (`report.rs`) finds its error paths the same way.
pub(crate) mod json_path;

/// Why a snapshot could not be loaded. Every message is a full French sentence.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    #[error(
        "Le fichier de données n’est pas un texte UTF-8 valide (octet n° {}) : \
         il est sans doute corrompu ou enregistré dans un autre encodage.",
        .offset + 1
    )]
    InvalidUtf8 {
        /// 0-based offset of the first invalid byte (the message counts from 1).
        offset: usize,
    },

    #[error("Le fichier de données n’est pas du JSON valide (ligne {line}, colonne {column}) : {reason}.")]
    InvalidJson {
        line: usize,
        column: usize,
        reason: String,
    },

    #[error(
        "Le fichier de données n’indique pas sa version de format (champ « schema_version ») : \
         cette application lit la version {SCHEMA_VERSION}."
    )]
    MissingSchemaVersion,

    #[error(
        "Le fichier de données est au format version {found}, mais cette application ne lit \
         que la version {SCHEMA_VERSION} : l’application et les données ne sont pas de la même \
         version. Rechargez la page ; si le problème persiste, signalez-le."
    )]
    UnsupportedSchemaVersion {
        /// The value as written in the file (JSON text, e.g. `2` or `"1"`).
        found: String,
    },

    #[error("Il manque le champ « {field} » à l’emplacement {path} du fichier de données.")]
    MissingField {
        /// Path of the missing field itself, e.g. `commitments[3].actions[1].status`.
        path: String,
        field: String,
    },

    #[error(
        "Le champ {path} du fichier de données devrait être {expected}, mais il contient {found}."
    )]
    WrongType {
        path: String,
        expected: String,
        found: String,
    },

    #[error(
        "Le statut « {code} » (à l’emplacement {path}) est inconnu : les statuts possibles sont \
         not_started, partial, substantial, complete et unknown."
    )]
    UnknownStatus { path: String, code: String },

    #[error(
        "Le code de calendrier « {code} » (à l’emplacement {path}) est inconnu : les codes \
         possibles sont on_track et delayed."
    )]
    UnknownCalendar { path: String, code: String },

    #[error("La valeur « {value} » (à l’emplacement {path}) n’est pas reconnue ; valeurs possibles : {expected}.")]
    UnknownValue {
        path: String,
        value: String,
        expected: String,
    },

    #[error("Le champ {path} du fichier de données est invalide ({detail}).")]
    InvalidValue { path: String, detail: String },

    #[error("Le fichier de données ne contient aucun engagement.")]
    EmptyCommitments,

    #[error("Le numéro d’engagement {number} apparaît plusieurs fois dans le fichier de données.")]
    DuplicateNumber { number: u32 },

    #[error("L’identifiant {kind} « {id} » apparaît plusieurs fois dans le fichier de données.")]
    DuplicateId { kind: IdKind, id: String },

    #[error("L’engagement {commitment} est rattaché à l’axe « {axis} », qui n’existe pas dans la liste des axes.")]
    UnknownAxis { commitment: u32, axis: String },

    #[error(
        "L’engagement {commitment} est rattaché à l’objectif « {objective} », qui n’existe \
         dans aucun axe."
    )]
    UnknownObjective { commitment: u32, objective: String },

    #[error(
        "L’engagement {commitment} est rattaché à l’objectif « {objective} », qui n’appartient \
         pas à son axe « {axis} »."
    )]
    ObjectiveNotInAxis {
        commitment: u32,
        objective: String,
        axis: String,
    },

    #[error(
        "L’engagement {commitment} cite l’institution « {institution} », qui n’existe pas dans \
         la liste des institutions."
    )]
    UnknownInstitution {
        commitment: u32,
        institution: String,
    },

    #[error(
        "L’action {action} de l’engagement {commitment} est portée par l’institution « {actor} », \
         qui n’existe pas dans la liste des institutions."
    )]
    UnknownActor {
        commitment: u32,
        action: String,
        actor: String,
    },

    #[error(
        "Le statut « {code} » est utilisé mais n’a pas de définition dans la liste des statuts."
    )]
    UndefinedStatus { code: &'static str },

    #[error(
        "Le code de calendrier « {code} » est utilisé mais n’a pas de définition dans la liste \
         des calendriers."
    )]
    UndefinedCalendar { code: &'static str },
}

/// What kind of identifier is duplicated, for [`LoadError::DuplicateId`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdKind {
    Axis,
    Objective,
    Institution,
    Commitment,
    CommitmentSlug,
    Action,
    Status,
    Calendar,
}

impl fmt::Display for IdKind {
    /// The French complement after "L’identifiant …".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name_fr())
    }
}

impl IdKind {
    /// The words before "identifier" in English: "The axis identifier …".
    pub fn name_en(self) -> &'static str {
        match self {
            IdKind::Axis => "axis",
            IdKind::Objective => "objective",
            IdKind::Institution => "institution",
            IdKind::Commitment => "commitment",
            IdKind::CommitmentSlug => "commitment address (slug)",
            IdKind::Action => "action",
            IdKind::Status => "status",
            IdKind::Calendar => "calendar",
        }
    }

    fn name_fr(self) -> &'static str {
        match self {
            IdKind::Axis => "d’axe",
            IdKind::Objective => "d’objectif",
            IdKind::Institution => "d’institution",
            IdKind::Commitment => "d’engagement",
            IdKind::CommitmentSlug => "d’adresse d’engagement (slug)",
            IdKind::Action => "d’action",
            IdKind::Status => "de statut",
            IdKind::Calendar => "de calendrier",
        }
    }
}

/// Why a text is not valid JSON, as [`LoadError::InvalidJson`] says it. The
/// error keeps the French (its `Display` is French); the English is found
/// from it, so each reason is written once per language here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum JsonReason {
    NotAnObject,
    RepeatedVersion,
    Truncated,
    Unreadable,
    Unexpected,
}

impl JsonReason {
    const ALL: [JsonReason; 5] = [
        JsonReason::NotAnObject,
        JsonReason::RepeatedVersion,
        JsonReason::Truncated,
        JsonReason::Unreadable,
        JsonReason::Unexpected,
    ];

    fn text(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (JsonReason::NotAnObject, Lang::Fr) => {
                "le fichier devrait contenir un objet JSON { … } avec un champ « schema_version »"
            }
            (JsonReason::NotAnObject, Lang::En) => {
                "the file should hold a JSON object { … } with a “schema_version” field"
            }
            (JsonReason::RepeatedVersion, Lang::Fr) => {
                "le champ « schema_version » apparaît plusieurs fois"
            }
            (JsonReason::RepeatedVersion, Lang::En) => {
                "the “schema_version” field appears more than once"
            }
            (JsonReason::Truncated, Lang::Fr) => {
                "le fichier s’arrête au milieu d’une valeur (il est peut-être tronqué)"
            }
            (JsonReason::Truncated, Lang::En) => {
                "the file stops in the middle of a value (it may be truncated)"
            }
            (JsonReason::Unreadable, Lang::Fr) => "lecture impossible",
            (JsonReason::Unreadable, Lang::En) => "it could not be read",
            (JsonReason::Unexpected, Lang::Fr) => "caractère inattendu à cet endroit",
            (JsonReason::Unexpected, Lang::En) => "unexpected character at this point",
        }
    }
}

/// What a field should hold, as [`LoadError::WrongType`] says it (see
/// [`JsonReason`] for why the French is kept and the English found from it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expected {
    Byte,
    Unsigned,
    Text,
    List,
    Boolean,
    Object,
    TaggedObject,
    Code,
}

impl Expected {
    const ALL: [Expected; 8] = [
        Expected::Byte,
        Expected::Unsigned,
        Expected::Text,
        Expected::List,
        Expected::Boolean,
        Expected::Object,
        Expected::TaggedObject,
        Expected::Code,
    ];

    fn text(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Expected::Byte, Lang::Fr) => "un nombre entier entre 0 et 255",
            (Expected::Byte, Lang::En) => "a whole number from 0 to 255",
            (Expected::Unsigned, Lang::Fr) => "un nombre entier positif",
            (Expected::Unsigned, Lang::En) => "a positive whole number",
            (Expected::Text, Lang::Fr) => "un texte entre guillemets",
            (Expected::Text, Lang::En) => "a text in quotes",
            (Expected::List, Lang::Fr) => "une liste [ … ]",
            (Expected::List, Lang::En) => "a list [ … ]",
            (Expected::Boolean, Lang::Fr) => "true ou false",
            (Expected::Boolean, Lang::En) => "true or false",
            (Expected::Object, Lang::Fr) => "un objet { … }",
            (Expected::Object, Lang::En) => "an object { … }",
            (Expected::TaggedObject, Lang::Fr) => "un objet { … } avec un champ « type »",
            (Expected::TaggedObject, Lang::En) => "an object { … } with a “type” field",
            (Expected::Code, Lang::Fr) => "un code entre guillemets",
            (Expected::Code, Lang::En) => "a code in quotes",
        }
    }
}

/// The English of a French phrase this module wrote: a fixed phrase of
/// `table`, or a quoted value `« x »` (the value itself unchanged); anything
/// else (a value of no known shape) is returned as it is.
fn phrase_en<T: Copy>(fr: &str, table: &[T], text: fn(T, Lang) -> &'static str) -> String {
    if let Some(&t) = table.iter().find(|&&t| text(t, Lang::Fr) == fr) {
        return text(t, Lang::En).to_owned();
    }
    match fr.strip_prefix("« ").and_then(|r| r.strip_suffix(" »")) {
        Some(value) => format!("“{value}”"),
        None => fr.to_owned(),
    }
}

/// The English of what [`found_fr`] wrote.
fn found_en(fr: &str) -> String {
    let value = |prefix: &str| fr.strip_prefix(prefix);
    if let Some(v) = value("le texte « ").and_then(|r| r.strip_suffix(" »")) {
        return format!("the text “{v}”");
    }
    if let Some(v) = value("le nombre ") {
        return format!("the number {v}");
    }
    if let Some(v) = value("la valeur ") {
        return format!("the value {v}");
    }
    match fr {
        FOUND_NULL => "null (no value)".into(),
        other => phrase_en(other, &Expected::ALL, Expected::text),
    }
}

const FOUND_NULL: &str = "null (aucune valeur)";

/// A path as the messages write it: the top level is "(racine)" / "(root)".
fn path_en(path: &str) -> &str {
    if path == ROOT_FR {
        "(root)"
    } else {
        path
    }
}

const ROOT_FR: &str = "(racine)";

impl LoadError {
    /// The message in `lang`: for French, the `Display` text; for English,
    /// the same sentence, with the same paths, codes and quoted values.
    pub fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::Fr => self.to_string(),
            Lang::En => self.message_en(),
        }
    }

    fn message_en(&self) -> String {
        const V: u32 = SCHEMA_VERSION;
        match self {
            LoadError::InvalidUtf8 { offset } => format!(
                "The data file is not valid UTF-8 text (byte {}): it is probably corrupted or saved in another encoding.",
                offset + 1
            ),
            LoadError::InvalidJson {
                line,
                column,
                reason,
            } => format!(
                "The data file is not valid JSON (line {line}, column {column}): {}.",
                phrase_en(reason, &JsonReason::ALL, JsonReason::text)
            ),
            LoadError::MissingSchemaVersion => format!(
                "The data file does not give its format version (field “schema_version”): this application reads version {V}."
            ),
            LoadError::UnsupportedSchemaVersion { found } => format!(
                "The data file is in format version {found}, but this application only reads version {V}: the application and the data are not the same version. Reload the page; if the problem persists, please report it."
            ),
            LoadError::MissingField { path, field } => format!(
                "The field “{field}” is missing at {} in the data file.",
                path_en(path)
            ),
            LoadError::WrongType {
                path,
                expected,
                found,
            } => format!(
                "The field {} of the data file should be {}, but it holds {}.",
                path_en(path),
                phrase_en(expected, &Expected::ALL, Expected::text),
                found_en(found)
            ),
            LoadError::UnknownStatus { path, code } => format!(
                "The status “{code}” (at {}) is unknown: the possible statuses are not_started, partial, substantial, complete and unknown.",
                path_en(path)
            ),
            LoadError::UnknownCalendar { path, code } => format!(
                "The calendar code “{code}” (at {}) is unknown: the possible codes are on_track and delayed.",
                path_en(path)
            ),
            LoadError::UnknownValue {
                path,
                value,
                expected,
            } => format!(
                "The value “{value}” (at {}) is not recognised; possible values: {expected}.",
                path_en(path)
            ),
            LoadError::InvalidValue { path, detail } => format!(
                "The field {} of the data file is invalid ({detail}).",
                path_en(path)
            ),
            LoadError::EmptyCommitments => "The data file holds no commitment.".into(),
            LoadError::DuplicateNumber { number } => format!(
                "The commitment number {number} appears more than once in the data file."
            ),
            LoadError::DuplicateId { kind, id } => format!(
                "The {} identifier “{id}” appears more than once in the data file.",
                kind.name_en()
            ),
            LoadError::UnknownAxis { commitment, axis } => format!(
                "Commitment {commitment} belongs to the axis “{axis}”, which is not in the list of axes."
            ),
            LoadError::UnknownObjective {
                commitment,
                objective,
            } => format!(
                "Commitment {commitment} belongs to the objective “{objective}”, which is in no axis."
            ),
            LoadError::ObjectiveNotInAxis {
                commitment,
                objective,
                axis,
            } => format!(
                "Commitment {commitment} belongs to the objective “{objective}”, which is not part of its axis “{axis}”."
            ),
            LoadError::UnknownInstitution {
                commitment,
                institution,
            } => format!(
                "Commitment {commitment} names the institution “{institution}”, which is not in the list of institutions."
            ),
            LoadError::UnknownActor {
                commitment,
                action,
                actor,
            } => format!(
                "Action {action} of commitment {commitment} is carried by the institution “{actor}”, which is not in the list of institutions."
            ),
            LoadError::UndefinedStatus { code } => format!(
                "The status “{code}” is used but has no definition in the list of statuses."
            ),
            LoadError::UndefinedCalendar { code } => format!(
                "The calendar code “{code}” is used but has no definition in the list of calendars."
            ),
        }
    }

    /// A short stable code, for tests and for the UI to choose an icon or a help link.
    pub fn kind(&self) -> &'static str {
        match self {
            LoadError::InvalidUtf8 { .. } => "invalid_utf8",
            LoadError::InvalidJson { .. } => "invalid_json",
            LoadError::MissingSchemaVersion => "missing_schema_version",
            LoadError::UnsupportedSchemaVersion { .. } => "unsupported_schema_version",
            LoadError::MissingField { .. } => "missing_field",
            LoadError::WrongType { .. } => "wrong_type",
            LoadError::UnknownStatus { .. } => "unknown_status",
            LoadError::UnknownCalendar { .. } => "unknown_calendar",
            LoadError::UnknownValue { .. } => "unknown_value",
            LoadError::InvalidValue { .. } => "invalid_value",
            LoadError::EmptyCommitments => "empty_commitments",
            LoadError::DuplicateNumber { .. } => "duplicate_number",
            LoadError::DuplicateId { .. } => "duplicate_id",
            LoadError::UnknownAxis { .. } => "unknown_axis",
            LoadError::UnknownObjective { .. } => "unknown_objective",
            LoadError::ObjectiveNotInAxis { .. } => "objective_not_in_axis",
            LoadError::UnknownInstitution { .. } => "unknown_institution",
            LoadError::UnknownActor { .. } => "unknown_actor",
            LoadError::UndefinedStatus { .. } => "undefined_status",
            LoadError::UndefinedCalendar { .. } => "undefined_calendar",
        }
    }
}

/// Parses and checks a snapshot. On success the commitments are sorted by number
/// (stable), so indices into `commitments` follow number order.
pub fn load_snapshot(bytes: &[u8]) -> Result<Snapshot, LoadError> {
    let text = std::str::from_utf8(bytes).map_err(|e| LoadError::InvalidUtf8 {
        offset: e.valid_up_to(),
    })?;
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);

    // A good file is read once. Any other is then read again by
    // `check_version`, whose errors come first: the same errors as checking
    // the version before the shape, without a second pass over every good
    // file (a third of the load time of a 41 MB snapshot).
    if !text.trim_start().starts_with('{') {
        // serde would also read a struct from an array: only objects pass.
        check_version(text)?;
    }
    let mut snapshot: Snapshot = match serde_json::from_str::<Snapshot>(text) {
        Ok(s) if s.schema_version == SCHEMA_VERSION => s,
        Ok(s) => {
            check_version(text)?;
            return Err(LoadError::UnsupportedSchemaVersion {
                found: s.schema_version.to_string(),
            });
        }
        Err(e) => {
            check_version(text)?;
            let at = json_path::offset_of(text, e.line(), e.column());
            return Err(shape_error(json_path::path_at(text, at), &e));
        }
    };
    validate(&snapshot)?;
    snapshot.commitments.sort_by_key(|c| c.number);
    Ok(snapshot)
}

/// Reads only `schema_version` (the rest is skipped, but its syntax is checked).
fn check_version(text: &str) -> Result<(), LoadError> {
    match read_schema_version(text)? {
        None => Err(LoadError::MissingSchemaVersion),
        // JSON allows one spelling of the integer 1 (not `1.0`, `1e0`, `01`).
        Some(v) if v == SCHEMA_VERSION.to_string() => Ok(()),
        Some(v) => Err(LoadError::UnsupportedSchemaVersion {
            found: truncate(&v, 40),
        }),
    }
}

/// The raw JSON text of the top-level `schema_version`, if present, after
/// checking that the text is one JSON object. Shared with the report's loader,
/// which compares it with its own version.
pub(crate) fn read_schema_version(text: &str) -> Result<Option<String>, LoadError> {
    #[derive(Deserialize)]
    struct Probe {
        // The raw text: no `serde_json::Value` (nor float printing) in the app.
        schema_version: Option<Box<serde_json::value::RawValue>>,
    }
    // A derived struct also accepts a JSON array (`[1]`), so the top level is
    // checked first; a malformed file still gets its syntax error.
    if !text.trim_start().starts_with('{') {
        return Err(match serde_json::from_str::<serde::de::IgnoredAny>(text) {
            Err(e) if !e.is_data() => syntax_error(&e),
            _ => LoadError::InvalidJson {
                line: 1,
                column: 1,
                reason: JsonReason::NotAnObject.text(Lang::Fr).into(),
            },
        });
    }
    let probe: Probe = match serde_json::from_str(text) {
        Ok(p) => p,
        Err(e) if e.is_data() => {
            // The only data error left is a repeated `schema_version`.
            return Err(LoadError::InvalidJson {
                line: e.line(),
                column: e.column(),
                reason: JsonReason::RepeatedVersion.text(Lang::Fr).into(),
            });
        }
        Err(e) => return Err(syntax_error(&e)),
    };
    Ok(probe.schema_version.map(|v| v.get().to_owned()))
}

fn syntax_error(e: &serde_json::Error) -> LoadError {
    let reason = match e.classify() {
        serde_json::error::Category::Eof => JsonReason::Truncated,
        serde_json::error::Category::Io => JsonReason::Unreadable,
        _ => JsonReason::Unexpected,
    };
    LoadError::InvalidJson {
        line: e.line(),
        column: e.column(),
        reason: reason.text(Lang::Fr).into(),
    }
}

/// serde's own message, without serde_json's " at line L column C" suffix.
fn bare_message(e: &serde_json::Error) -> String {
    let msg = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    match msg.strip_suffix(&suffix) {
        Some(m) => m.to_owned(),
        None => msg,
    }
}

/// Turns a deserialisation error into a specific message. serde reports data errors
/// only as text, but its wording is fixed by `serde::de::Error`'s default methods
/// (`missing field `x``, `invalid type: …, expected …`, `unknown variant `x`, …`),
/// so we read it back; anything unrecognised still gets its path.
pub(crate) fn shape_error(path: String, e: &serde_json::Error) -> LoadError {
    if !e.is_data() {
        return syntax_error(e);
    }
    let msg = bare_message(e);
    let path = if path == "." { String::new() } else { path };
    let at = |p: &str| {
        if p.is_empty() {
            ROOT_FR.to_owned()
        } else {
            p.to_owned()
        }
    };

    if let Some(rest) = msg.strip_prefix("missing field `") {
        let field = rest.trim_end_matches('`').to_owned();
        let path = if path.is_empty() {
            field.clone()
        } else {
            format!("{path}.{field}")
        };
        return LoadError::MissingField { path, field };
    }
    if let Some(rest) = msg.strip_prefix("unknown variant `") {
        if let Some((value, expected)) = rest.split_once("`, expected ") {
            let value = truncate(value, 60);
            let path = at(&path);
            if expected.contains("`not_started`") {
                return LoadError::UnknownStatus { path, code: value };
            }
            if expected.contains("`on_track`") {
                return LoadError::UnknownCalendar { path, code: value };
            }
            let expected = expected
                .trim_start_matches("one of ")
                .replace('`', "")
                .replace(" or ", ", ");
            return LoadError::UnknownValue {
                path,
                value,
                expected,
            };
        }
    }
    for prefix in ["invalid type: ", "invalid value: "] {
        if let Some(rest) = msg.strip_prefix(prefix) {
            if let Some((found, expected)) = rest.rsplit_once(", expected ") {
                return LoadError::WrongType {
                    path: at(&path),
                    expected: expected_fr(expected),
                    found: found_fr(found),
                };
            }
        }
    }
    LoadError::InvalidValue {
        path: at(&path),
        detail: truncate(&msg, 120),
    }
}

/// French for serde's `Expected` descriptions of the types in the model.
fn expected_fr(expected: &str) -> String {
    let known = match expected {
        "u8" => Expected::Byte,
        "u16" | "u32" | "u64" | "usize" => Expected::Unsigned,
        "a string" => Expected::Text,
        "a sequence" => Expected::List,
        "a boolean" => Expected::Boolean,
        e if e.starts_with("struct ") || e.starts_with("a map") => Expected::Object,
        e if e.starts_with("internally tagged enum") => Expected::TaggedObject,
        e if e.starts_with("enum ") || e.starts_with("variant identifier") => Expected::Code,
        other => return format!("« {} »", truncate(other, 60)),
    };
    known.text(Lang::Fr).into()
}

/// French for serde's `Unexpected` descriptions (`string "x"`, `integer `5``, `map`…).
fn found_fr(found: &str) -> String {
    let quoted = |s: &str| truncate(s.trim_matches(|c| c == '`' || c == '"'), 60);
    if let Some(s) = found.strip_prefix("string ") {
        return format!("le texte « {} »", quoted(s));
    }
    if let Some(s) = found
        .strip_prefix("integer ")
        .or_else(|| found.strip_prefix("floating point "))
    {
        return format!("le nombre {}", quoted(s));
    }
    if let Some(s) = found.strip_prefix("boolean ") {
        return format!("la valeur {}", quoted(s));
    }
    match found {
        "null" => FOUND_NULL.into(),
        "map" => Expected::Object.text(Lang::Fr).into(),
        "sequence" => Expected::List.text(Lang::Fr).into(),
        other => format!("« {} »", truncate(other, 60)),
    }
}

pub(crate) fn truncate(s: &str, max_chars: usize) -> String {
    match s.char_indices().nth(max_chars) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_owned(),
    }
}

/// Checks the invariants the types cannot express. Returns the first violation,
/// in a fixed order: vocabulary, unique ids, then each commitment in file order.
pub fn validate(s: &Snapshot) -> Result<(), LoadError> {
    if s.commitments.is_empty() {
        return Err(LoadError::EmptyCommitments);
    }

    unique(IdKind::Status, s.statuses.iter().map(|d| d.code.as_str()))?;
    unique(
        IdKind::Calendar,
        s.calendars.iter().map(|d| d.code.as_str()),
    )?;
    unique(IdKind::Axis, s.axes.iter().map(|a| a.id.as_str()))?;
    unique(
        IdKind::Objective,
        s.axes
            .iter()
            .flat_map(|a| a.objectives.iter().map(|o| o.id.as_str())),
    )?;
    unique(
        IdKind::Institution,
        s.institutions.iter().map(|i| i.id.as_str()),
    )?;
    let mut numbers = HashSet::new();
    for c in &s.commitments {
        if !numbers.insert(c.number) {
            return Err(LoadError::DuplicateNumber { number: c.number });
        }
    }
    unique(
        IdKind::Commitment,
        s.commitments.iter().map(|c| c.id.as_str()),
    )?;
    unique(
        IdKind::CommitmentSlug,
        s.commitments.iter().map(|c| c.slug.as_str()),
    )?;
    unique(
        IdKind::Action,
        s.commitments
            .iter()
            .flat_map(|c| c.actions.iter().map(|a| a.id.as_str())),
    )?;

    let institutions: HashSet<&str> = s.institutions.iter().map(|i| i.id.as_str()).collect();
    let statuses: HashSet<StatusCode> = s.statuses.iter().map(|d| d.code).collect();
    let calendars: HashSet<CalendarCode> = s.calendars.iter().map(|d| d.code).collect();

    for c in &s.commitments {
        let axis =
            s.axes
                .iter()
                .find(|a| a.id == c.axis)
                .ok_or_else(|| LoadError::UnknownAxis {
                    commitment: c.number,
                    axis: c.axis.clone(),
                })?;
        if let Some(obj) = &c.objective {
            if !axis.objectives.iter().any(|o| &o.id == obj) {
                let exists = s
                    .axes
                    .iter()
                    .any(|a| a.objectives.iter().any(|o| &o.id == obj));
                return Err(if exists {
                    LoadError::ObjectiveNotInAxis {
                        commitment: c.number,
                        objective: obj.clone(),
                        axis: c.axis.clone(),
                    }
                } else {
                    LoadError::UnknownObjective {
                        commitment: c.number,
                        objective: obj.clone(),
                    }
                });
            }
        }
        if let Some(inst) = c
            .institutions
            .iter()
            .find(|i| !institutions.contains(i.as_str()))
        {
            return Err(LoadError::UnknownInstitution {
                commitment: c.number,
                institution: inst.clone(),
            });
        }
        for a in &c.actions {
            if let Some(actor) = a
                .actor
                .as_ref()
                .filter(|x| !institutions.contains(x.as_str()))
            {
                return Err(LoadError::UnknownActor {
                    commitment: c.number,
                    action: a.id.clone(),
                    actor: actor.clone(),
                });
            }
        }
        for code in std::iter::once(c.status).chain(c.actions.iter().map(|a| a.status)) {
            if !statuses.contains(&code) {
                return Err(LoadError::UndefinedStatus {
                    code: code.as_str(),
                });
            }
        }
        if !calendars.contains(&c.calendar) {
            return Err(LoadError::UndefinedCalendar {
                code: c.calendar.as_str(),
            });
        }
    }
    Ok(())
}

fn unique<'a>(kind: IdKind, ids: impl Iterator<Item = &'a str>) -> Result<(), LoadError> {
    let mut seen = HashSet::new();
    for id in ids {
        if !seen.insert(id) {
            return Err(LoadError::DuplicateId {
                kind,
                id: id.to_owned(),
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
