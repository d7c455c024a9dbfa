//! The report's own text, `public/data/report.json` (`schema_version` 1): every
//! part of the mid-term self-assessment report that is not the cover, the table
//! of contents, or chapter 4's summary table and commitments (those are the
//! plan snapshot, `plan.json`).
//!
//! **Boundary:** these types *are* the public JSON format of `report.json`
//! (documented in `docs/snapshot.md`, schema in `public/data/report.schema.json`).
//! Renaming a field or a code is a breaking change and needs a new
//! `schema_version`; adding an optional field does not.
//!
//! The text is the report's, verbatim; it is rich text (never HTML) made of
//! the snapshot's [`Inline`]s. Links are printed as plain text (their targets
//! were lost), so the extractor writes no `link` inline, but one is accepted.
//!
//! Loading mirrors [`crate::load`]: the version first, then the shape (with
//! the same French messages and JSON paths), then [`validate`]; references to
//! the plan (commitment numbers, institution ids) are checked against a loaded
//! snapshot by [`check_against_plan`].

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::load::{self, json_path, LoadError};
use crate::model::{Inline, Snapshot};

mod block_de;
mod contribute;
mod search;
pub use contribute::{
    chapter_subject_in, commitment_subject_in, contribution_body_in, contribution_mailto,
};
pub use search::{excerpt, search, section_path, ReportHit, ReportIndex};
#[cfg(any(test, feature = "fixture"))]
pub mod fixture;

/// The only report `schema_version` this build understands.
pub const REPORT_SCHEMA_VERSION: u32 = 1;

/// The whole report file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Report {
    pub schema_version: u32,
    pub source: ReportSource,
    /// Where the report asks for contributions; a host may change it.
    pub contact: Contact,
    /// Top-level parts in report order: the book's opening text, chapters 1
    /// to 7, the annexes.
    pub chapters: Vec<Section>,
}

/// The report text this file was extracted from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ReportSource {
    /// SHA-256 (hex) of the report text; the same as `plan.json`'s `source.sha256`.
    pub sha256: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Contact {
    /// The e-mail address the report gives for contributions (sections 2.2 and 7).
    pub email: String,
}

/// A chapter or a sub-section, with its text and its own sub-sections.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Section {
    /// URL-safe slug, unique in the file: the chapter's path `rapport/<id>/`,
    /// a sub-section's anchor.
    pub id: String,
    /// The printed number without its final dot (`2.1`), or empty.
    pub number: String,
    /// The printed title, without the number.
    pub title: String,
    /// Where the section's content is the plan snapshot's: `summary` (the
    /// summary table, 4.1) or `commitments` (the commitments, 4.2). Absent
    /// elsewhere.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan_part: Option<PlanPart>,
    /// The text before the first sub-section.
    pub blocks: Vec<Block>,
    pub sections: Vec<Section>,
}

/// A part of the report whose content is in `plan.json`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum PlanPart {
    /// `plan.json`'s commitments with their status and calendar.
    Summary,
    /// `plan.json`'s commitments in detail.
    Commitments,
}

// `Deserialize` is written by hand (`report/block_de.rs`), like the
// snapshot's blocks: no serde `Content` buffering in the app, and errors keep
// their position. (A `//` comment: doc comments land in the JSON Schema.)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    Paragraph {
        content: Vec<Inline>,
        /// Numbers of the commitments the text names ("engagements 10, 11"),
        /// ascending; absent when none.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        commitments: Vec<u32>,
    },
    List {
        items: Vec<ListItem>,
    },
    Table {
        /// The header row's cells.
        header: Vec<Cell>,
        /// Every other row, with as many cells as the header.
        rows: Vec<Row>,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ListItem {
    pub content: Vec<Inline>,
    /// Nested list, absent when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<ListItem>,
    /// Numbers of the commitments this item's own text names, ascending.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub commitments: Vec<u32>,
    /// Id of the `plan.json` institution the item's whole text names (the
    /// same name, accents and capitals aside).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub institution: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Row {
    pub cells: Vec<Cell>,
    /// Numbers of the commitments the row's cells name, ascending.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub commitments: Vec<u32>,
}

/// One table cell: rich text.
pub type Cell = Vec<Inline>;

impl Section {
    /// The heading as printed: `2.1. Consultation…`, or the title alone.
    pub fn heading(&self) -> String {
        if self.number.is_empty() {
            self.title.clone()
        } else {
            format!("{}. {}", self.number, self.title)
        }
    }
}

impl Report {
    /// The section with this id, at any depth.
    pub fn section(&self, id: &str) -> Option<&Section> {
        fn find<'a>(list: &'a [Section], id: &str) -> Option<&'a Section> {
            list.iter()
                .find_map(|s| (s.id == id).then_some(s).or_else(|| find(&s.sections, id)))
        }
        find(&self.chapters, id)
    }

    /// The chapter (top-level section) with this id.
    pub fn chapter(&self, id: &str) -> Option<&Section> {
        self.chapters.iter().find(|c| c.id == id)
    }

    /// The chapters before and after the chapter with this id.
    pub fn neighbours(&self, id: &str) -> (Option<&Section>, Option<&Section>) {
        match self.chapters.iter().position(|c| c.id == id) {
            Some(i) => (
                i.checked_sub(1).and_then(|p| self.chapters.get(p)),
                self.chapters.get(i + 1),
            ),
            None => (None, None),
        }
    }

    /// The chapter (top-level section) holding the section with this id.
    pub fn chapter_of(&self, id: &str) -> Option<&Section> {
        self.chapters.iter().find(|c| {
            let mut found = false;
            walk(std::slice::from_ref(*c), &mut |s| found |= s.id == id);
            found
        })
    }
}

/// Calls `f` on every section of `list` and their sub-sections, in report order.
fn walk<'a>(list: &'a [Section], f: &mut impl FnMut(&'a Section)) {
    for s in list {
        f(s);
        walk(&s.sections, f);
    }
}

/// Plain text of inlines, for search and summaries.
pub fn plain_text(inlines: &[Inline]) -> String {
    let mut out = String::new();
    inlines.iter().for_each(|i| i.plain_text(&mut out));
    out
}

/// One searchable piece of text: a heading, a paragraph, a list item or a
/// table row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchText<'a> {
    /// Id of the chapter (the page) it is on.
    pub chapter: &'a str,
    /// Id of its section (the anchor).
    pub section: &'a str,
    /// Plain text as printed (fold it with [`crate::fold`] to search); a
    /// table row's cells are separated by a tab.
    pub text: String,
}

/// Every heading, paragraph, list item (nested ones on their own) and table
/// row of the report, in report order, as plain text.
pub fn searchable_blocks(report: &Report) -> Vec<SearchText<'_>> {
    let mut out = Vec::new();
    for chapter in &report.chapters {
        walk(std::slice::from_ref(chapter), &mut |s| {
            let mut push = |text: String| {
                out.push(SearchText {
                    chapter: &chapter.id,
                    section: &s.id,
                    text,
                })
            };
            push(s.heading());
            for b in &s.blocks {
                block_texts(b, &mut push);
            }
        });
    }
    out
}

fn block_texts(block: &Block, push: &mut impl FnMut(String)) {
    fn items(list: &[ListItem], push: &mut impl FnMut(String)) {
        for it in list {
            push(plain_text(&it.content));
            items(&it.items, push);
        }
    }
    let row = |cells: &[Cell]| {
        cells
            .iter()
            .map(|c| plain_text(c))
            .collect::<Vec<_>>()
            .join("\t")
    };
    match block {
        Block::Paragraph { content, .. } => push(plain_text(content)),
        Block::List { items: list } => items(list, push),
        Block::Table { header, rows } => {
            push(row(header));
            for r in rows {
                push(row(&r.cells));
            }
        }
    }
}

/// Why a report file could not be loaded. Every message is a full French
/// sentence (`Display`); [`ReportLoadError::message`] also speaks English.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReportLoadError {
    /// Not UTF-8, not JSON, or not the expected shape: the same messages as
    /// the plan's loader (with the JSON path and the value found).
    #[error(transparent)]
    File(#[from] LoadError),

    #[error(
        "Le fichier du rapport n’indique pas sa version de format (champ « schema_version ») : \
         cette application lit la version {REPORT_SCHEMA_VERSION}."
    )]
    MissingSchemaVersion,

    #[error(
        "Le fichier du rapport est au format version {found}, mais cette application ne lit \
         que la version {REPORT_SCHEMA_VERSION} : l’application et les données ne sont pas de la \
         même version. Rechargez la page ; si le problème persiste, signalez-le."
    )]
    UnsupportedSchemaVersion {
        /// The value as written in the file (JSON text).
        found: String,
    },

    #[error("Le fichier du rapport ne contient aucun chapitre.")]
    NoChapters,

    #[error(
        "L’identifiant de partie « {id} » (à l’emplacement {path}) ne peut pas servir d’adresse : \
         il ne doit contenir que des lettres minuscules sans accent, des chiffres et des tirets."
    )]
    InvalidId { path: String, id: String },

    #[error(
        "L’identifiant de partie « {id} » apparaît plusieurs fois dans le fichier du rapport."
    )]
    DuplicateId { id: String },

    #[error("La partie à l’emplacement {path} du fichier du rapport n’a pas de titre.")]
    EmptyTitle { path: String },

    #[error(
        "L’adresse de contact « {email} » (champ contact.email) n’est pas une adresse \
         électronique valide."
    )]
    InvalidEmail { email: String },

    #[error(
        "La ligne {row} du tableau à l’emplacement {path} a {cells} cellules, alors que son \
         en-tête en a {expected}."
    )]
    RaggedTable {
        path: String,
        /// 1-based, header not counted.
        row: usize,
        cells: usize,
        expected: usize,
    },

    #[error(
        "Le numéro d’engagement 0 (à l’emplacement {path}) n’existe pas : les engagements sont \
         numérotés à partir de 1."
    )]
    ZeroCommitment { path: String },

    #[error(
        "Le rapport cite l’engagement {number} (à l’emplacement {path}), qui n’existe pas dans \
         les données du plan."
    )]
    UnknownCommitment { path: String, number: u32 },

    #[error(
        "Le rapport cite l’institution « {id} » (à l’emplacement {path}), qui n’existe pas dans \
         la liste des institutions du plan."
    )]
    UnknownInstitution { path: String, id: String },

    #[error(
        "Le texte du rapport et les données du plan n’ont pas été extraits du même rapport \
         (empreintes {report} et {plan}) : rechargez la page ; si le problème persiste, \
         signalez-le."
    )]
    OtherSource { report: String, plan: String },
}

impl ReportLoadError {
    /// The message in `lang`: for French, the `Display` text; for English,
    /// the same sentence, with the same paths, ids and values.
    pub fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::Fr => self.to_string(),
            Lang::En => self.message_en(),
        }
    }

    fn message_en(&self) -> String {
        const V: u32 = REPORT_SCHEMA_VERSION;
        match self {
            ReportLoadError::File(e) => e.message(Lang::En),
            ReportLoadError::MissingSchemaVersion => format!(
                "The report file does not give its format version (field “schema_version”): this application reads version {V}."
            ),
            ReportLoadError::UnsupportedSchemaVersion { found } => format!(
                "The report file is in format version {found}, but this application only reads version {V}: the application and the data are not the same version. Reload the page; if the problem persists, please report it."
            ),
            ReportLoadError::NoChapters => "The report file holds no chapter.".into(),
            ReportLoadError::InvalidId { path, id } => format!(
                "The part identifier “{id}” (at {path}) cannot be used in an address: it may only hold lower-case letters without accents, digits and hyphens."
            ),
            ReportLoadError::DuplicateId { id } => format!(
                "The part identifier “{id}” appears more than once in the report file."
            ),
            ReportLoadError::EmptyTitle { path } => {
                format!("The part at {path} of the report file has no title.")
            }
            ReportLoadError::InvalidEmail { email } => format!(
                "The contact address “{email}” (field contact.email) is not a valid e-mail address."
            ),
            ReportLoadError::RaggedTable {
                path,
                row,
                cells,
                expected,
            } => format!(
                "Row {row} of the table at {path} has {cells} cells, but its header has {expected}."
            ),
            ReportLoadError::ZeroCommitment { path } => format!(
                "The commitment number 0 (at {path}) does not exist: commitments are numbered from 1."
            ),
            ReportLoadError::UnknownCommitment { path, number } => format!(
                "The report names commitment {number} (at {path}), which is not in the plan’s data."
            ),
            ReportLoadError::UnknownInstitution { path, id } => format!(
                "The report names the institution “{id}” (at {path}), which is not in the plan’s list of institutions."
            ),
            ReportLoadError::OtherSource { report, plan } => format!(
                "The report’s text and the plan’s data were not extracted from the same report (fingerprints {report} and {plan}): reload the page; if the problem persists, please report it."
            ),
        }
    }

    /// A short stable code, for tests and the UI (the plan loader's code for
    /// [`ReportLoadError::File`]).
    pub fn kind(&self) -> &'static str {
        match self {
            ReportLoadError::File(e) => e.kind(),
            ReportLoadError::MissingSchemaVersion => "missing_schema_version",
            ReportLoadError::UnsupportedSchemaVersion { .. } => "unsupported_schema_version",
            ReportLoadError::NoChapters => "no_chapters",
            ReportLoadError::InvalidId { .. } => "invalid_id",
            ReportLoadError::DuplicateId { .. } => "duplicate_id",
            ReportLoadError::EmptyTitle { .. } => "empty_title",
            ReportLoadError::InvalidEmail { .. } => "invalid_email",
            ReportLoadError::RaggedTable { .. } => "ragged_table",
            ReportLoadError::ZeroCommitment { .. } => "zero_commitment",
            ReportLoadError::UnknownCommitment { .. } => "unknown_commitment",
            ReportLoadError::UnknownInstitution { .. } => "unknown_institution",
            ReportLoadError::OtherSource { .. } => "other_source",
        }
    }
}

/// Parses and checks a report file: UTF-8 and JSON, `schema_version`, shape,
/// then [`validate`].
pub fn load_report(bytes: &[u8]) -> Result<Report, ReportLoadError> {
    let text = std::str::from_utf8(bytes).map_err(|e| LoadError::InvalidUtf8 {
        offset: e.valid_up_to(),
    })?;
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    // The version is read first, so a file of another format says so rather
    // than failing on a renamed field. The file is small (~0.1 MB): reading
    // it twice costs nothing, unlike the snapshot's loader.
    match load::read_schema_version(text)? {
        None => return Err(ReportLoadError::MissingSchemaVersion),
        Some(v) if v == REPORT_SCHEMA_VERSION.to_string() => {}
        Some(v) => {
            return Err(ReportLoadError::UnsupportedSchemaVersion {
                found: load::truncate(&v, 40),
            })
        }
    }
    let report: Report = serde_json::from_str(text).map_err(|e| {
        let at = json_path::offset_of(text, e.line(), e.column());
        load::shape_error(json_path::path_at(text, at), &e)
    })?;
    validate(&report)?;
    Ok(report)
}

/// Checks what the types cannot say: at least one chapter, ids usable in a
/// URL and unique, titles, a plausible contact address, tables whose rows
/// match their header, commitment numbers from 1. The first violation, in
/// report order, is returned.
pub fn validate(report: &Report) -> Result<(), ReportLoadError> {
    if report.chapters.is_empty() {
        return Err(ReportLoadError::NoChapters);
    }
    if !is_email(&report.contact.email) {
        return Err(ReportLoadError::InvalidEmail {
            email: load::truncate(&report.contact.email, 60),
        });
    }
    let mut ids = HashSet::new();
    let mut result = Ok(());
    visit(report, &mut |place| {
        if result.is_err() {
            return;
        }
        result = check_place(place, &mut ids);
    });
    result
}

fn check_place<'a>(
    place: Place<'a, '_>,
    ids: &mut HashSet<&'a str>,
) -> Result<(), ReportLoadError> {
    match place {
        Place::Section(path, s) => {
            if !is_slug(&s.id) {
                return Err(ReportLoadError::InvalidId {
                    path: format!("{path}.id"),
                    id: load::truncate(&s.id, 60),
                });
            }
            if !ids.insert(&s.id) {
                return Err(ReportLoadError::DuplicateId { id: s.id.clone() });
            }
            if s.title.trim().is_empty() {
                return Err(ReportLoadError::EmptyTitle { path: path.into() });
            }
        }
        Place::Table(path, header, rows) => {
            if let Some((i, r)) = rows
                .iter()
                .enumerate()
                .find(|(_, r)| r.cells.len() != header.len())
            {
                return Err(ReportLoadError::RaggedTable {
                    path: path.into(),
                    row: i + 1,
                    cells: r.cells.len(),
                    expected: header.len(),
                });
            }
        }
        Place::Commitments(path, numbers) => {
            if numbers.contains(&0) {
                return Err(ReportLoadError::ZeroCommitment {
                    path: format!("{path}.commitments"),
                });
            }
        }
        Place::Institution(..) => {}
    }
    Ok(())
}

/// Checks the report's references against a loaded plan: every commitment
/// number and institution id it records exists there, and both files come
/// from the same report text.
pub fn check_against_plan(report: &Report, plan: &Snapshot) -> Result<(), ReportLoadError> {
    if report.source.sha256 != plan.source.sha256 {
        return Err(ReportLoadError::OtherSource {
            report: load::truncate(&report.source.sha256, 12),
            plan: load::truncate(&plan.source.sha256, 12),
        });
    }
    let numbers: HashSet<u32> = plan.commitments.iter().map(|c| c.number).collect();
    let institutions: HashSet<&str> = plan.institutions.iter().map(|i| i.id.as_str()).collect();
    let mut result = Ok(());
    visit(report, &mut |place| {
        if result.is_err() {
            return;
        }
        match place {
            Place::Commitments(path, list) => {
                if let Some(&n) = list.iter().find(|n| !numbers.contains(n)) {
                    result = Err(ReportLoadError::UnknownCommitment {
                        path: format!("{path}.commitments"),
                        number: n,
                    });
                }
            }
            Place::Institution(path, id) if !institutions.contains(id) => {
                result = Err(ReportLoadError::UnknownInstitution {
                    path: format!("{path}.institution"),
                    id: load::truncate(id, 60),
                });
            }
            _ => {}
        }
    });
    result
}

/// What [`visit`] shows: a section, a table, a list of commitment numbers,
/// an institution id, each with its JSON path.
enum Place<'a, 'p> {
    Section(&'p str, &'a Section),
    Table(&'p str, &'a [Cell], &'a [Row]),
    Commitments(&'p str, &'a [u32]),
    Institution(&'p str, &'a str),
}

/// Walks the whole report in file order, building each JSON path as
/// `load_snapshot`'s messages write them (`chapters[1].sections[0].blocks[2]`).
fn visit<'a>(report: &'a Report, f: &mut impl FnMut(Place<'a, '_>)) {
    fn section<'a>(path: &str, s: &'a Section, f: &mut impl FnMut(Place<'a, '_>)) {
        f(Place::Section(path, s));
        for (i, b) in s.blocks.iter().enumerate() {
            let path = format!("{path}.blocks[{i}]");
            match b {
                Block::Paragraph { commitments, .. } => f(Place::Commitments(&path, commitments)),
                Block::List { items } => list(&format!("{path}.items"), items, f),
                Block::Table { header, rows } => {
                    f(Place::Table(&path, header, rows));
                    for (k, r) in rows.iter().enumerate() {
                        f(Place::Commitments(
                            &format!("{path}.rows[{k}]"),
                            &r.commitments,
                        ));
                    }
                }
            }
        }
        for (i, sub) in s.sections.iter().enumerate() {
            section(&format!("{path}.sections[{i}]"), sub, f);
        }
    }
    fn list<'a>(path: &str, items: &'a [ListItem], f: &mut impl FnMut(Place<'a, '_>)) {
        for (i, it) in items.iter().enumerate() {
            let path = format!("{path}[{i}]");
            f(Place::Commitments(&path, &it.commitments));
            if let Some(id) = &it.institution {
                f(Place::Institution(&path, id));
            }
            list(&format!("{path}.items"), &it.items, f);
        }
    }
    for (i, c) in report.chapters.iter().enumerate() {
        section(&format!("chapters[{i}]"), c, f);
    }
}

/// `[a-z0-9]+(-[a-z0-9]+)*`: safe in a URL path and as an HTML id.
fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// One `@` between a non-empty local part and a dotted domain, no spaces or
/// angle brackets: enough to refuse a typo, not a full RFC 5322 check.
fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    let bad = |c: char| c.is_whitespace() || matches!(c, '@' | '<' | '>' | '"' | ',' | ';');
    !local.is_empty()
        && !local.chars().any(bad)
        && !domain.chars().any(bad)
        && domain.split('.').count() >= 2
        && domain.split('.').all(|p| !p.is_empty())
}

#[cfg(test)]
mod tests;
