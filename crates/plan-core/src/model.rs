//! The snapshot format, `schema_version` 1: the plan as the report states it.
//!
//! **Boundary:** these types *are* the public JSON format of `public/data/plan.json`
//! (documented in `docs/snapshot.md`, schema in `public/data/plan.schema.json`).
//! Renaming a field or a code is a breaking change and needs a new `schema_version`.
//!
//! All human text is verbatim from the report; the only text written by this
//! project is the status and calendar vocabulary (labels, definitions).

use serde::{Deserialize, Serialize};

mod rich_text_de;

/// The only `schema_version` this build understands.
pub const SCHEMA_VERSION: u32 = 1;

/// The whole snapshot.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Snapshot {
    pub schema_version: u32,
    pub plan: Plan,
    pub source: Source,
    /// Vocabulary of action and commitment statuses, ordered by `rank`.
    pub statuses: Vec<StatusDef>,
    /// Vocabulary of calendar statuses, ordered by `rank`.
    pub calendars: Vec<CalendarDef>,
    pub axes: Vec<Axis>,
    pub institutions: Vec<Institution>,
    /// Commitments in report order (by `number`).
    pub commitments: Vec<Commitment>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Plan {
    /// Stable identifier, e.g. `fr-pan-2015-2017`.
    pub id: String,
    pub title: String,
    /// ISO 3166-1 alpha-2 code, `FR`.
    pub country: String,
    pub period: Period,
    /// BCP 47 language of the text, `fr`.
    pub language: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Period {
    /// Year or ISO date the plan starts.
    pub start: String,
    /// Year or ISO date the plan ends.
    pub end: String,
}

/// Where the data comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Source {
    pub title: String,
    pub publisher: String,
    /// ISO date the statuses were last updated in the report ("Date de mise à jour").
    pub as_of: String,
    /// ISO year-month the report was published.
    pub published: String,
    pub license: String,
    /// SHA-256 (hex) of the report text the snapshot was extracted from.
    pub sha256: String,
}

/// Implementation status of an action or a commitment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum StatusCode {
    NotStarted,
    Partial,
    Substantial,
    Complete,
    /// "Information non disponible".
    Unknown,
}

impl StatusCode {
    pub const ALL: [StatusCode; 5] = [
        StatusCode::NotStarted,
        StatusCode::Partial,
        StatusCode::Substantial,
        StatusCode::Complete,
        StatusCode::Unknown,
    ];

    /// The code as written in JSON and in URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            StatusCode::NotStarted => "not_started",
            StatusCode::Partial => "partial",
            StatusCode::Substantial => "substantial",
            StatusCode::Complete => "complete",
            StatusCode::Unknown => "unknown",
        }
    }

    pub fn parse(s: &str) -> Option<StatusCode> {
        StatusCode::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

/// Whether a commitment keeps to its calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum CalendarCode {
    /// "Conforme".
    OnTrack,
    /// "Retardé".
    Delayed,
}

impl CalendarCode {
    pub const ALL: [CalendarCode; 2] = [CalendarCode::OnTrack, CalendarCode::Delayed];

    pub fn as_str(self) -> &'static str {
        match self {
            CalendarCode::OnTrack => "on_track",
            CalendarCode::Delayed => "delayed",
        }
    }

    pub fn parse(s: &str) -> Option<CalendarCode> {
        CalendarCode::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

/// One entry of the status vocabulary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct StatusDef {
    pub code: StatusCode,
    /// Order from least to most advanced; `unknown` comes last.
    pub rank: u8,
    pub label_fr: String,
    pub label_en: String,
    /// French definition (written by this project, not quoted from the report).
    pub definition: String,
    /// The Independent Reporting Mechanism's term for the same level.
    pub irm_equivalent: String,
}

/// One entry of the calendar vocabulary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CalendarDef {
    pub code: CalendarCode,
    pub rank: u8,
    pub label_fr: String,
    pub label_en: String,
    pub definition: String,
    pub irm_equivalent: String,
}

/// One of the plan's five axes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Axis {
    /// e.g. `axe-1`.
    pub id: String,
    pub number: u32,
    pub title: String,
    /// Empty where the report gives the axis no objective.
    pub objectives: Vec<Objective>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Objective {
    /// e.g. `axe-1-objectif-2`.
    pub id: String,
    pub title: String,
}

/// A carrying institution; spelling variants of one name are merged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Institution {
    /// URL-safe slug of `name`.
    pub id: String,
    /// The name as most often printed.
    pub name: String,
    /// Every printed variant of the name, `name` included.
    pub aliases: Vec<String>,
}

/// One commitment ("engagement").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Commitment {
    /// 1 to 26.
    pub number: u32,
    /// e.g. `engagement-1`.
    pub id: String,
    /// URL-safe slug of the title.
    pub slug: String,
    pub title: String,
    /// Axis id.
    pub axis: String,
    /// Objective id, or null where the axis has none.
    pub objective: Option<String>,
    pub status: StatusCode,
    /// Status as printed in the summary table (may be qualified, e.g. "Susbtantiel voire complet").
    pub status_label: String,
    pub calendar: CalendarCode,
    /// Institution ids, in report order.
    pub institutions: Vec<String>,
    /// "Enjeux".
    pub stakes: RichText,
    /// "Description de l'engagement".
    pub description: RichText,
    /// Rows of the results table, in order.
    pub actions: Vec<Action>,
    /// Text printed with the results table but outside its rows: a note or a
    /// caption before the table, a closing remark after it. Absent from the JSON
    /// when empty (most commitments).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub results_notes: RichText,
    /// "Une belle histoire" sections.
    pub stories: Vec<RichText>,
    /// "Ils en parlent".
    pub press: Vec<PressMention>,
    /// Number of "Contributions associées" (0 if none).
    pub contributions: u32,
}

/// One row of a commitment's results table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Action {
    /// `<commitment number>.<row number>`, e.g. `1.2`.
    pub id: String,
    /// "Actions" cell.
    pub text: String,
    /// "Résultats" cell (may be empty).
    pub results: String,
    /// "Prochaines étapes" cell (may be empty).
    pub next_steps: String,
    pub status: StatusCode,
    /// "Statut" cell as printed.
    pub status_label: String,
    /// Institution id the row stands for, where the table is organised by institution.
    pub actor: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PressMention {
    pub outlet: String,
    pub title: String,
    /// Date as printed, e.g. "6 mai 2016".
    pub date: String,
}

/// Rich text: a sequence of blocks. Never HTML.
pub type RichText = Vec<Block>;

// `Deserialize` is written by hand (`model/rich_text_de.rs`), for speed and
// for error positions; the format is the derive's. (A `//` comment: doc
// comments would land in the published JSON Schema.)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    Paragraph { content: Vec<Inline> },
    List { items: Vec<ListItem> },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ListItem {
    pub content: Vec<Inline>,
    /// Nested list, empty if none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<ListItem>,
}

// `Deserialize` by hand too, see `Block`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Inline {
    Text {
        text: String,
    },
    Strong {
        content: Vec<Inline>,
    },
    /// A link as printed in the report: its text only (the report's links have no target).
    Link {
        content: Vec<Inline>,
    },
}

impl Inline {
    /// Plain text of this inline, for search and summaries.
    pub fn plain_text(&self, out: &mut String) {
        match self {
            Inline::Text { text } => out.push_str(text),
            Inline::Strong { content } | Inline::Link { content } => {
                content.iter().for_each(|i| i.plain_text(out))
            }
        }
    }
}

/// Plain text of rich text: blocks separated by newlines.
pub fn rich_plain_text(blocks: &[Block]) -> String {
    fn items(out: &mut String, list: &[ListItem]) {
        for it in list {
            if !out.is_empty() {
                out.push('\n');
            }
            it.content.iter().for_each(|i| i.plain_text(out));
            items(out, &it.items);
        }
    }
    let mut out = String::new();
    for b in blocks {
        match b {
            Block::Paragraph { content } => {
                if !out.is_empty() {
                    out.push('\n');
                }
                content.iter().for_each(|i| i.plain_text(&mut out));
            }
            Block::List { items: list } => items(&mut out, list),
        }
    }
    out
}
