//! The fixed parts of the snapshot: plan and source metadata, and the status
//! and calendar vocabularies.
//!
//! This is the only text in the snapshot written by the project rather than
//! read from the report (the definitions); labels are the report's words, the
//! IRM equivalents are the Independent Reporting Mechanism's terms.

use plan_core::{CalendarCode, CalendarDef, Period, Plan, StatusCode, StatusDef};

pub const PLAN_ID: &str = "fr-pan-2015-2017";
/// The plan's title as printed on the report's cover (lines 9-19, there in capitals).
pub const PLAN_TITLE: &str =
    "Pour une action publique transparente et collaborative : Plan d'action national pour la France 2015-2017";
pub const SOURCE_TITLE: &str = "Rapport d'autoévaluation à mi-parcours — Pour une action publique transparente et collaborative : Plan d'action national pour la France 2015-2017";
pub const SOURCE_PUBLISHER: &str =
    "Etalab, SGMAP — Secrétariat général pour la modernisation de l'action publique";
pub const SOURCE_LICENSE: &str = "Licence Ouverte / Open Licence (Etalab)";

pub fn plan() -> Plan {
    Plan {
        id: PLAN_ID.into(),
        title: PLAN_TITLE.into(),
        country: "FR".into(),
        period: Period {
            start: "2015".into(),
            end: "2017".into(),
        },
        language: "fr".into(),
    }
}

/// (code, French label as the report prints it, English label, definition, IRM term).
const STATUSES: [(StatusCode, &str, &str, &str, &str); 5] = [
    (
        StatusCode::NotStarted,
        "Non démarré",
        "Not started",
        "Aucune mise en œuvre n'a encore commencé.",
        "Not started",
    ),
    (
        StatusCode::Partial,
        "Partiel",
        "Partial",
        "La mise en œuvre a commencé, mais l'essentiel reste à faire.",
        "Limited",
    ),
    (
        StatusCode::Substantial,
        "Substantiel",
        "Substantial",
        "L'essentiel est réalisé ; des étapes restent à accomplir.",
        "Substantial",
    ),
    (
        StatusCode::Complete,
        "Complet",
        "Complete",
        "Tout ce qui était prévu est réalisé.",
        "Complete",
    ),
    (
        StatusCode::Unknown,
        "Information non disponible",
        "Information not available",
        "Le rapport ne dit pas où en est la mise en œuvre.",
        "Unclear",
    ),
];

const CALENDARS: [(CalendarCode, &str, &str, &str, &str); 2] = [
    (
        CalendarCode::OnTrack,
        "Conforme",
        "On track",
        "La mise en œuvre suit le calendrier fixé par le plan d'action.",
        "On time",
    ),
    (
        CalendarCode::Delayed,
        "Retardé",
        "Delayed",
        "La mise en œuvre est en retard sur le calendrier fixé par le plan d'action.",
        "Behind schedule",
    ),
];

pub fn statuses() -> Vec<StatusDef> {
    STATUSES
        .iter()
        .enumerate()
        .map(|(rank, &(code, fr, en, def, irm))| StatusDef {
            code,
            rank: rank as u8,
            label_fr: fr.into(),
            label_en: en.into(),
            definition: def.into(),
            irm_equivalent: irm.into(),
        })
        .collect()
}

pub fn calendars() -> Vec<CalendarDef> {
    CALENDARS
        .iter()
        .enumerate()
        .map(|(rank, &(code, fr, en, def, irm))| CalendarDef {
            code,
            rank: rank as u8,
            label_fr: fr.into(),
            label_en: en.into(),
            definition: def.into(),
            irm_equivalent: irm.into(),
        })
        .collect()
}

/// The status a label printed in a table means, when it is a vocabulary word.
pub fn status_of(label: &str) -> Option<StatusCode> {
    STATUSES.iter().find(|s| s.1 == label).map(|s| s.0)
}

/// The calendar status a printed label means.
pub fn calendar_of(label: &str) -> Option<CalendarCode> {
    CALENDARS.iter().find(|s| s.1 == label).map(|s| s.0)
}

/// French month names as printed on the cover, to ISO month numbers.
pub fn month_number(name: &str) -> Option<u32> {
    let lower = name.to_lowercase();
    plan_core::format::FRENCH_MONTHS
        .iter()
        .position(|m| *m == lower)
        .map(|i| i as u32 + 1)
}
