//! Embeds: how a view is shown inside another site's page, and the texts that
//! go with it (attribution, pinned-snapshot notice, citation).
//!
//! The flags are read from the same query string as the view, by
//! [`crate::url_state::parse_query_with_embed`] (the one place that knows
//! parameter names); this module holds their types and the pure texts.
//!
//! **Boundary:** `embed`, `chart`, `theme` and `snapshot` are part of the URL
//! format, and the height message posted to the host page (documented in
//! `docs/embedding.md`) is [`HEIGHT_MESSAGE_TYPE`] version
//! [`HEIGHT_MESSAGE_VERSION`].

use crate::charts::commitments_unit;
// The tests (through `super::*`) check the French dates with it.
#[cfg(test)]
use crate::format::french_date;
use crate::i18n::{format_date, format_number, Lang};
use crate::lookup::{
    axis_by_id, calendar_label_in, institution_by_id, objective_by_id, status_label_in,
};
use crate::model::{Commitment, Snapshot, Source};
use crate::url_state::ViewState;

// The flags' types live in `embed_flags`, which `url_state` reads without
// importing this module (its texts need `url_state`'s view).
pub use crate::embed_flags::{EmbedOptions, Pin, Theme, CHART_IDS, MIN_PIN_HEX};

/// `type` of the message an embedded page posts to its host with its height.
pub const HEIGHT_MESSAGE_TYPE: &str = "plan-ouvert:height";
/// `version` of that message.
pub const HEIGHT_MESSAGE_VERSION: u32 = 1;
/// `type` of the message a host page may send to an embed to get its height
/// again (a resize script that loaded after the embed had settled).
pub const HEIGHT_REQUEST_TYPE: &str = "plan-ouvert:height-request";

/// The attribution line of an embed, without its link, in `lang`: "Source :
/// Plan ouvert · rapport d’autoévaluation à mi-parcours, données au 3 juin
/// 2016", "Source: Plan ouvert · mid-term
/// self-assessment report, data as of 3 June 2016".
pub fn attribution_in(source: &Source, lang: Lang) -> String {
    let date = format_date(&source.as_of, lang);
    match lang {
        Lang::Fr => format!(
            "Source : Plan ouvert · rapport d’autoévaluation à mi-parcours, données au {date}"
        ),
        Lang::En => {
            format!("Source: Plan ouvert · mid-term self-assessment report, data as of {date}")
        }
    }
}

/// What a pinned embed says when the data it gets is not the data it was made
/// with, in `lang`; `None` when it is (or when nothing is pinned).
pub fn pin_notice_in(pin: Option<&Pin>, source: &Source, lang: Lang) -> Option<String> {
    let pin = pin?;
    if pin.matches(source) {
        return None;
    }
    let now = format_date(&source.as_of, lang);
    Some(match (lang, pin) {
        (Lang::Fr, Pin::Date(d)) => format!(
            "Cette intégration attend les données du {} ; les données actuelles datent du {now}. Les chiffres ci-dessous sont les données actuelles.",
            format_date(d, lang)
        ),
        (Lang::Fr, Pin::Sha256Prefix(h)) => format!(
            "Cette intégration attend une autre version des données (empreinte {h}) ; les données actuelles datent du {now}. Les chiffres ci-dessous sont les données actuelles."
        ),
        (Lang::En, Pin::Date(d)) => format!(
            "This embed expects the data of {}; the current data are as of {now}. The figures below are the current data.",
            format_date(d, lang)
        ),
        (Lang::En, Pin::Sha256Prefix(h)) => format!(
            "This embed expects another version of the data (fingerprint {h}); the current data are as of {now}. The figures below are the current data."
        ),
    })
}

/// The words of [`describe_view_in`], in one language.
struct ViewWords {
    search: &'static str,
    axis: &'static str,
    objective: &'static str,
    status: &'static str,
    calendar: &'static str,
    institution: &'static str,
    action_status: &'static str,
    story: &'static str,
}

const VIEW_WORDS_FR: ViewWords = ViewWords {
    search: "recherche",
    axis: "axe",
    objective: "objectif",
    status: "état d’avancement",
    calendar: "calendrier",
    institution: "institution",
    action_status: "actions à l’état",
    story: "avec une belle histoire",
};

const VIEW_WORDS_EN: ViewWords = ViewWords {
    search: "search",
    axis: "axis",
    objective: "objective",
    status: "status",
    calendar: "timeline",
    institution: "institution",
    action_status: "actions with status",
    story: "with a success story",
};

/// The active filters of `view`, each as a short phrase in `lang` ("état :
/// Partiel, Complet", "status: Partial, Complete"), in URL order; empty for
/// the whole plan. Titles and names stay the report's.
pub fn describe_view_in(s: &Snapshot, view: &ViewState, lang: Lang) -> Vec<String> {
    let w = match lang {
        Lang::Fr => &VIEW_WORDS_FR,
        Lang::En => &VIEW_WORDS_EN,
    };
    let mut out = Vec::new();
    let mut push = |label: &str, names: Vec<String>| {
        if !names.is_empty() {
            out.push(match lang {
                Lang::Fr => format!("{label} : {}", names.join(", ")),
                Lang::En => format!("{label}: {}", names.join(", ")),
            });
        }
    };
    if !view.q.trim().is_empty() {
        let q = view.q.trim();
        push(
            w.search,
            vec![match lang {
                Lang::Fr => format!("« {q} »"),
                Lang::En => format!("“{q}”"),
            }],
        );
    }
    push(
        w.axis,
        view.axes
            .iter()
            .map(|id| match axis_by_id(s, id) {
                Some(a) => format!("{} ({})", a.number, a.title),
                None => id.clone(),
            })
            .collect(),
    );
    push(
        w.objective,
        view.objectives
            .iter()
            .map(|id| objective_by_id(s, id).map_or_else(|| id.clone(), |o| o.title.clone()))
            .collect(),
    );
    push(
        w.status,
        view.statuses
            .iter()
            .map(|&c| status_label_in(s, c, lang).to_owned())
            .collect(),
    );
    push(
        w.calendar,
        view.calendars
            .iter()
            .map(|&c| calendar_label_in(s, c, lang).to_owned())
            .collect(),
    );
    push(
        w.institution,
        view.institutions
            .iter()
            .map(|id| institution_by_id(s, id).map_or_else(|| id.clone(), |i| i.name.clone()))
            .collect(),
    );
    push(
        w.action_status,
        view.action_statuses
            .iter()
            .map(|&c| status_label_in(s, c, lang).to_owned())
            .collect(),
    );
    if view.story {
        out.push(w.story.to_owned());
    }
    out
}

/// One citable sentence for the current view: what it shows, the source and
/// its date, and the link, in `lang`. `shown` is the number of commitments
/// in the view. "Plan ouvert, “…”: the plan’s 26 commitments.
/// Source: …". The plan's and the report's titles stay French.
pub fn citation_in(s: &Snapshot, view: &ViewState, shown: usize, url: &str, lang: Lang) -> String {
    let total = s.commitments.len();
    let unit = commitments_unit(lang);
    let what = match (lang, view.is_default()) {
        (Lang::Fr, true) => format!("les {} du plan", unit.count(total)),
        (Lang::Fr, false) => format!(
            "{} sur {total} ({})",
            unit.count(shown),
            describe_view_in(s, view, lang).join(" ; ")
        ),
        (Lang::En, true) => format!("the plan’s {}", unit.count(total)),
        (Lang::En, false) => format!(
            "{} of {} ({})",
            unit.count(shown),
            format_number(total as i64, lang),
            describe_view_in(s, view, lang).join("; ")
        ),
    };
    cite(s, &what, url, lang)
}

/// One citable sentence for one commitment (its page): number, title and
/// state as the report gives them, the source and its date, and the link,
/// in `lang`. In English the status is the vocabulary's `label_en` (the
/// French citation quotes the status as printed).
pub fn commitment_citation_in(s: &Snapshot, c: &Commitment, url: &str, lang: Lang) -> String {
    let what = match lang {
        Lang::Fr => format!(
            "engagement {}, « {} » (état d’avancement : {})",
            c.number, c.title, c.status_label
        ),
        Lang::En => format!(
            "commitment {}, “{}” (status: {})",
            c.number,
            c.title,
            status_label_in(s, c.status, lang)
        ),
    };
    cite(s, &what, url, lang)
}

/// The citation around `what`: plan, source, dates, link.
fn cite(s: &Snapshot, what: &str, url: &str, lang: Lang) -> String {
    let published = format_date(&s.source.published, lang);
    let as_of = format_date(&s.source.as_of, lang);
    let (plan, publisher, title) = (&s.plan.title, &s.source.publisher, &s.source.title);
    match lang {
        Lang::Fr => format!(
            "Plan ouvert, « {plan} » : {what}. Source : {publisher}, {title}, publié en {published}, données au {as_of}. {url}"
        ),
        Lang::En => format!(
            "Plan ouvert, “{plan}”: {what}. Source: {publisher}, {title}, published {published}, data as of {as_of}. {url}"
        ),
    }
}

#[cfg(test)]
mod tests;
