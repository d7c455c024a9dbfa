//! Lookups the pages need: by number, by id, labels from the snapshot's vocabulary,
//! neighbours, and an institution's commitments.
//!
//! Linear scans: the plan has 26 commitments and a few dozen institutions, and a
//! scan keeps these plain functions of the snapshot with no cache to keep in sync.

use crate::i18n::Lang;
use crate::model::{
    Axis, CalendarCode, CalendarDef, Commitment, Institution, Objective, Snapshot, StatusCode,
    StatusDef,
};

/// The commitment numbered `number`.
pub fn commitment_by_number(s: &Snapshot, number: u32) -> Option<&Commitment> {
    s.commitments.iter().find(|c| c.number == number)
}

/// Index in `s.commitments` of the commitment numbered `number`.
pub fn commitment_index(s: &Snapshot, number: u32) -> Option<usize> {
    s.commitments.iter().position(|c| c.number == number)
}

/// The commitment whose `slug` or `id` is `key` (for routes like `/engagement/<slug>`).
pub fn commitment_by_slug<'a>(s: &'a Snapshot, key: &str) -> Option<&'a Commitment> {
    s.commitments.iter().find(|c| c.slug == key || c.id == key)
}

pub fn institution_by_id<'a>(s: &'a Snapshot, id: &str) -> Option<&'a Institution> {
    s.institutions.iter().find(|i| i.id == id)
}

pub fn axis_by_id<'a>(s: &'a Snapshot, id: &str) -> Option<&'a Axis> {
    s.axes.iter().find(|a| a.id == id)
}

/// The axis of a commitment (always found in a loaded snapshot).
pub fn axis_of<'a>(s: &'a Snapshot, c: &Commitment) -> Option<&'a Axis> {
    axis_by_id(s, &c.axis)
}

/// The objective of a commitment, if it has one.
pub fn objective_of<'a>(s: &'a Snapshot, c: &Commitment) -> Option<&'a Objective> {
    let id = c.objective.as_deref()?;
    objective_by_id(s, id)
}

pub fn objective_by_id<'a>(s: &'a Snapshot, id: &str) -> Option<&'a Objective> {
    s.axes
        .iter()
        .flat_map(|a| a.objectives.iter())
        .find(|o| o.id == id)
}

pub fn status_def(s: &Snapshot, code: StatusCode) -> Option<&StatusDef> {
    s.statuses.iter().find(|d| d.code == code)
}

/// French label of a status from the snapshot's vocabulary; the code itself if the
/// vocabulary lacks it (which a loaded snapshot never does).
pub fn status_label(s: &Snapshot, code: StatusCode) -> &str {
    status_def(s, code).map_or(code.as_str(), |d| d.label_fr.as_str())
}

/// A note for a status label printed otherwise than the vocabulary's name
/// (the report's own words, kept verbatim even when misprinted: « Susbtantiel
/// voire complet »): in `lang`, that this is the report's label and which
/// status it counts as. `None` when `printed` is the vocabulary's name, and
/// on an English page, which shows the vocabulary's `label_en` instead.
pub fn printed_label_note(
    s: &Snapshot,
    code: StatusCode,
    printed: &str,
    lang: Lang,
) -> Option<String> {
    (lang == Lang::Fr && printed != status_label(s, code)).then(|| {
        crate::i18n::fill(
            lang.texts().status_printed_note,
            &[("label", status_label_in(s, code, lang))],
        )
    })
}

/// Label of a status in `lang`, from the snapshot's vocabulary (`label_fr`
/// or `label_en`); the code itself if the vocabulary lacks it.
pub fn status_label_in(s: &Snapshot, code: StatusCode, lang: Lang) -> &str {
    status_def(s, code).map_or(code.as_str(), |d| match lang {
        Lang::Fr => d.label_fr.as_str(),
        Lang::En => d.label_en.as_str(),
    })
}

/// A commitment's or action's status as a page in `lang` names it: in French
/// the label as the report prints it (`printed`, verbatim), in English the
/// vocabulary's `label_en` (the printed label when the code has none).
pub fn printed_status_in<'a>(
    s: &'a Snapshot,
    code: StatusCode,
    printed: &'a str,
    lang: Lang,
) -> &'a str {
    match lang {
        Lang::Fr => printed,
        Lang::En => status_def(s, code).map_or(printed, |d| d.label_en.as_str()),
    }
}

pub fn calendar_def(s: &Snapshot, code: CalendarCode) -> Option<&CalendarDef> {
    s.calendars.iter().find(|d| d.code == code)
}

/// French label of a calendar code (see [`status_label`]).
pub fn calendar_label(s: &Snapshot, code: CalendarCode) -> &str {
    calendar_def(s, code).map_or(code.as_str(), |d| d.label_fr.as_str())
}

/// Label of a calendar code in `lang` (see [`status_label_in`]).
pub fn calendar_label_in(s: &Snapshot, code: CalendarCode, lang: Lang) -> &str {
    calendar_def(s, code).map_or(code.as_str(), |d| match lang {
        Lang::Fr => d.label_fr.as_str(),
        Lang::En => d.label_en.as_str(),
    })
}

/// The calendar as a badge names it, in `lang` ("Calendrier retardé",
/// "Timeline: delayed"): see [`calendar_badge_fr`].
pub fn calendar_badge(s: &Snapshot, code: CalendarCode, lang: Lang) -> String {
    crate::i18n::fill(
        lang.texts().calendar_badge,
        &[("label", &calendar_label_in(s, code, lang).to_lowercase())],
    )
}

/// The calendar as a badge names it ("Calendrier retardé"): the app's badge
/// and the static preview of each page (`crates/site-gen`) say the same.
pub fn calendar_badge_fr(code: CalendarCode) -> &'static str {
    match code {
        CalendarCode::OnTrack => "Calendrier conforme",
        CalendarCode::Delayed => "Calendrier retardé",
    }
}

/// Status codes in vocabulary order (by `rank`), then any code the vocabulary
/// lacks, so charts and facets always list all five.
pub fn statuses_by_rank(s: &Snapshot) -> Vec<StatusCode> {
    let mut defs: Vec<&StatusDef> = s.statuses.iter().collect();
    defs.sort_by_key(|d| d.rank);
    let mut out: Vec<StatusCode> = defs.iter().map(|d| d.code).collect();
    for c in StatusCode::ALL {
        if !out.contains(&c) {
            out.push(c);
        }
    }
    out
}

/// Calendar codes in vocabulary order (see [`statuses_by_rank`]).
pub fn calendars_by_rank(s: &Snapshot) -> Vec<CalendarCode> {
    let mut defs: Vec<&CalendarDef> = s.calendars.iter().collect();
    defs.sort_by_key(|d| d.rank);
    let mut out: Vec<CalendarCode> = defs.iter().map(|d| d.code).collect();
    for c in CalendarCode::ALL {
        if !out.contains(&c) {
            out.push(c);
        }
    }
    out
}

/// Numbers of the commitments before and after `number`, in number order
/// (not wrapping around).
pub fn prev_next(s: &Snapshot, number: u32) -> (Option<u32>, Option<u32>) {
    let prev = s
        .commitments
        .iter()
        .map(|c| c.number)
        .filter(|&n| n < number)
        .max();
    let next = s
        .commitments
        .iter()
        .map(|c| c.number)
        .filter(|&n| n > number)
        .min();
    (prev, next)
}

/// Institution ids a commitment involves: its carrying institutions, then the
/// actors of its actions not already listed, without duplicates, in report order.
pub fn involved_institutions(c: &Commitment) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::with_capacity(c.institutions.len());
    let actors = c.actions.iter().filter_map(|a| a.actor.as_deref());
    for id in c.institutions.iter().map(String::as_str).chain(actors) {
        if !out.contains(&id) {
            out.push(id);
        }
    }
    out
}

/// Whether a commitment involves institution `id` (see [`involved_institutions`]).
pub fn involves(c: &Commitment, id: &str) -> bool {
    c.institutions.iter().any(|i| i == id)
        || c.actions.iter().any(|a| a.actor.as_deref() == Some(id))
}

/// The commitments involving institution `id`, in snapshot order.
pub fn commitments_of_institution<'a>(s: &'a Snapshot, id: &str) -> Vec<&'a Commitment> {
    s.commitments.iter().filter(|c| involves(c, id)).collect()
}

/// Whether a commitment has at least one success story.
pub fn has_story(c: &Commitment) -> bool {
    !c.stories.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;

    #[test]
    fn finds_by_number_id_and_slug() {
        let s = fixture::snapshot();
        assert_eq!(
            commitment_by_number(&s, 3).map(|c| c.id.as_str()),
            Some("engagement-3")
        );
        assert_eq!(commitment_by_number(&s, 9), None);
        assert_eq!(commitment_index(&s, 4), Some(3));
        assert_eq!(commitment_by_slug(&s, "slug-2").map(|c| c.number), Some(2));
        assert_eq!(
            commitment_by_slug(&s, "engagement-2").map(|c| c.number),
            Some(2)
        );
        assert_eq!(
            institution_by_id(&s, "dila").map(|i| i.name.as_str()),
            Some("Direction de l’information légale et administrative")
        );
        assert!(institution_by_id(&s, "nope").is_none());
        let c4 = commitment_by_number(&s, 4).unwrap();
        assert_eq!(axis_of(&s, c4).map(|a| a.number), Some(2));
        assert!(objective_of(&s, c4).is_none());
        let c2 = commitment_by_number(&s, 2).unwrap();
        assert_eq!(
            objective_of(&s, c2).map(|o| o.title.as_str()),
            Some("Transparence de la commande publique")
        );
    }

    #[test]
    fn labels_come_from_the_vocabulary() {
        let mut s = fixture::snapshot();
        assert_eq!(status_label(&s, StatusCode::NotStarted), "Non démarré");
        assert_eq!(calendar_label(&s, CalendarCode::Delayed), "Retardé");
        s.statuses.retain(|d| d.code != StatusCode::Partial);
        assert_eq!(status_label(&s, StatusCode::Partial), "partial");
        s.statuses.reverse();
        s.statuses[0].rank = 9;
        assert_eq!(
            statuses_by_rank(&s),
            [
                StatusCode::NotStarted,
                StatusCode::Substantial,
                StatusCode::Complete,
                StatusCode::Unknown,
                StatusCode::Partial
            ]
        );
        assert_eq!(calendars_by_rank(&s), CalendarCode::ALL);
    }

    #[test]
    fn a_status_printed_otherwise_gets_a_note_saying_how_it_is_counted() {
        let s = fixture::snapshot();
        let code = StatusCode::Substantial;
        let name = status_label(&s, code).to_owned();
        assert_eq!(printed_label_note(&s, code, &name, Lang::Fr), None);
        let note =
            printed_label_note(&s, code, "Susbtantiel voire complet", Lang::Fr).expect("a note");
        assert!(note.contains(&format!("« {name} »")), "{note}");
        assert!(
            note.starts_with("Libellé tel qu’imprimé dans le rapport"),
            "{note}"
        );
        // An English page shows the vocabulary's name: nothing to explain.
        assert_eq!(
            printed_label_note(&s, code, "Susbtantiel voire complet", Lang::En),
            None
        );
    }

    #[test]
    fn neighbours() {
        let s = fixture::snapshot();
        let check = |n: u32, expected: (Option<u32>, Option<u32>)| {
            assert_eq!(prev_next(&s, n), expected, "{n}")
        };
        check(1, (None, Some(2)));
        check(2, (Some(1), Some(3)));
        check(4, (Some(3), None));
        check(0, (None, Some(1)));
    }

    #[test]
    fn institutions_include_action_actors() {
        let mut s = fixture::snapshot();
        s.commitments[2].actions[0].actor = Some("dila".into());
        assert_eq!(
            involved_institutions(&s.commitments[2]),
            ["cour-des-comptes", "dila"]
        );
        assert_eq!(
            involved_institutions(&s.commitments[0]),
            ["dgcl", "cour-des-comptes"]
        );
        let numbers = |id: &str| {
            commitments_of_institution(&s, id)
                .iter()
                .map(|c| c.number)
                .collect::<Vec<_>>()
        };
        assert_eq!(numbers("dila"), [2, 3, 4]);
        assert_eq!(numbers("cour-des-comptes"), [1, 3]);
        assert_eq!(numbers("nope"), Vec::<u32>::new());
    }
}
