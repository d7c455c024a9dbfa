//! The interface's language, fixed for the page's life.
//!
//! English pages live under `en/` below the app root (site-gen writes them),
//! so the language is read once from the page's path (`site::Site`): a
//! switch of language is a full page load of the other language's page, and
//! no component needs a signal for it. The texts themselves are `plan_core::i18n`'s typed
//! dictionary; this module only says which one applies.

use plan_core::i18n::{Lang, Texts};
use plan_core::search::Field;
use plan_core::url_state::Facet;
use plan_core::{lookup, CalendarCode, Commitment, Snapshot, StatusCode};

/// The language of this page.
pub fn current() -> Lang {
    crate::site::current().lang
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
    lookup::printed_status_in(s, code, printed, current()).to_owned()
}

/// A status's name from the vocabulary, without a printed label at hand.
pub fn status_vocabulary_name(s: &Snapshot, code: StatusCode) -> String {
    status_name(s, code, lookup::status_label(s, code))
}

/// A calendar badge: "Calendrier conforme", "Timeline: on track".
pub fn calendar_badge(s: &Snapshot, code: CalendarCode) -> String {
    lookup::calendar_badge(s, code, current())
}

/// The heading of a facet.
pub fn facet_name(facet: Facet) -> &'static str {
    facet.label(current())
}

/// Whether a facet's option labels are snapshot text (axes, objectives,
/// institutions), to be marked `lang="fr"`; statuses, calendars and the
/// story switch are interface words.
pub fn facet_names_are_snapshot(facet: Facet) -> bool {
    matches!(facet, Facet::Axis | Facet::Objective | Facet::Institution)
}

/// The label of a facet's option in this page's language
/// (`plan_core::filter::option_label`).
pub fn option_label(s: &Snapshot, facet: Facet, value: &str, label: &str) -> String {
    plan_core::filter::option_label(s, facet, value, label, current())
}

/// The name of a searched field ("Résultats 1.2", "Results 1.2"); in French
/// the same as `Field::label_fr`.
pub fn field_label(field: &Field, c: &Commitment) -> String {
    field.label(c, current())
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
