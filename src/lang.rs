//! The interface's language, fixed for the page's life.
//!
//! English pages live under `en/` below the app root (site-gen writes them),
//! so the language is read once from the page's path: a switch of language
//! is a full page load of the other language's page, and no component needs
//! a signal for it. The texts themselves are `plan_core::i18n`'s typed
//! dictionary; this module only says which one applies.

use plan_core::i18n::{fill, Lang, Texts};
use plan_core::search::Field;
use plan_core::url_state::Facet;
use plan_core::{lookup, CalendarCode, Commitment, Snapshot, StatusCode};

thread_local! {
    static LANG: Lang = read();
}

fn read() -> Lang {
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    let root = crate::base::app_root();
    let under_root = path.strip_prefix(root.as_str()).unwrap_or(&path);
    Lang::of_path(under_root).0
}

/// The language of this page.
pub fn current() -> Lang {
    LANG.with(|l| *l)
}

/// The interface texts of this page's language.
pub fn texts() -> &'static Texts {
    current().texts()
}

/// `iso` as this page's language writes a date ("3 juin 2016", "3 June 2016").
pub fn date(iso: &str) -> String {
    plan_core::i18n::format_date(iso, current())
}

/// `n` and its noun as this page's language counts ("2\u{A0}sections").
pub fn count(n: usize, one: &str, other: &str) -> String {
    plan_core::i18n::count_noun(n, one, other, current())
}

/// A status's name: on a French page the label as the report prints it
/// (`printed`), on an English one the snapshot's `label_en`.
pub fn status_name(s: &Snapshot, code: StatusCode, printed: &str) -> String {
    match current() {
        Lang::Fr => printed.to_owned(),
        Lang::En => {
            lookup::status_def(s, code).map_or_else(|| printed.to_owned(), |d| d.label_en.clone())
        }
    }
}

/// A status's name from the vocabulary, without a printed label at hand.
pub fn status_vocabulary_name(s: &Snapshot, code: StatusCode) -> String {
    status_name(s, code, lookup::status_label(s, code))
}

/// A calendar badge: "Calendrier conforme", "Timeline: On track".
pub fn calendar_badge(s: &Snapshot, code: CalendarCode) -> String {
    match current() {
        Lang::Fr => lookup::calendar_badge_fr(code).to_owned(),
        Lang::En => {
            let label =
                lookup::calendar_def(s, code).map_or(code.as_str(), |d| d.label_en.as_str());
            fill(texts().calendar_badge, &[("label", label)])
        }
    }
}

/// The heading of a facet (French: `Facet::label_fr`, which the tests check).
pub fn facet_name(facet: Facet) -> &'static str {
    let t = texts();
    match facet {
        Facet::Axis => t.facet_axis,
        Facet::Objective => t.facet_objective,
        Facet::Status => t.facet_status,
        Facet::Calendar => t.facet_calendar,
        Facet::Institution => t.facet_institution,
        Facet::ActionStatus => t.facet_action_status,
        Facet::Story => t.facet_story,
    }
}

/// Whether a facet's option labels are snapshot text (axes, objectives,
/// institutions), to be marked `lang="fr"`; statuses, calendars and the
/// story switch are interface words.
pub fn facet_names_are_snapshot(facet: Facet) -> bool {
    matches!(facet, Facet::Axis | Facet::Objective | Facet::Institution)
}

/// The label of a facet's option in this page's language: statuses and
/// calendars by the snapshot's `label_en` on an English page, the story
/// switch from the texts; snapshot names (axes…) as they are.
pub fn option_label(s: &Snapshot, facet: Facet, value: &str, label: &str) -> String {
    if current() == Lang::Fr {
        return label.to_owned();
    }
    let en = match facet {
        Facet::Status | Facet::ActionStatus => s
            .statuses
            .iter()
            .find(|d| d.code.as_str() == value)
            .map(|d| d.label_en.clone()),
        Facet::Calendar => s
            .calendars
            .iter()
            .find(|d| d.code.as_str() == value)
            .map(|d| d.label_en.clone()),
        Facet::Story => Some(texts().story_on.to_owned()),
        _ => None,
    };
    en.unwrap_or_else(|| label.to_owned())
}

/// The name of a searched field ("Résultats 1.2", "Results 1.2"); in French
/// the same as `Field::label_fr`.
pub fn field_label(field: &Field, c: &Commitment) -> String {
    let t = texts();
    let action = |i: usize| c.actions.get(i).map_or("?", |a| a.id.as_str());
    let with_id = |template: &str, i: usize| fill(template, &[("id", action(i))]);
    match *field {
        Field::Title => t.field_title.into(),
        Field::Stakes => t.field_stakes.into(),
        Field::Description => t.field_description.into(),
        Field::ActionText(i) => with_id(t.field_action, i),
        Field::ActionResults(i) => with_id(t.field_results, i),
        Field::ActionNextSteps(i) => with_id(t.field_next_steps, i),
        Field::ActionStatus(i) => with_id(t.field_status, i),
        Field::ResultsNotes => t.field_results_notes.into(),
        Field::Story(_) => t.facet_story.into(),
        Field::Press(_) => t.field_press.into(),
        Field::Institution(_) => t.facet_institution.into(),
    }
}

/// `template` with its placeholders replaced by `values`, each value (the
/// report's text) in a `<span lang="fr">`. Placeholders of interface values
/// are filled before, with [`fill`].
pub fn marked(template: &str, values: &[(&str, &str)]) -> leptos::prelude::AnyView {
    use leptos::prelude::*;
    let mut parts: Vec<AnyView> = Vec::new();
    let mut rest = template;
    while let Some((at, name, value)) = values
        .iter()
        .filter_map(|(name, value)| {
            rest.find(&format!("{{{name}}}"))
                .map(|at| (at, *name, *value))
        })
        .min_by_key(|(at, _, _)| *at)
    {
        parts.push(rest[..at].to_owned().into_any());
        let value = value.to_owned();
        parts.push(view! { <span lang="fr">{value}</span> }.into_any());
        rest = &rest[at + name.len() + 2..];
    }
    parts.push(rest.to_owned().into_any());
    parts.into_iter().collect_view().into_any()
}
