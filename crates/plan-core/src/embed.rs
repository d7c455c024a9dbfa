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

use crate::format::{count_label, french_date};
use crate::lookup::{axis_by_id, calendar_label, institution_by_id, objective_by_id, status_label};
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

/// The attribution line of an embed, without its link: "Source : Plan ouvert ·
/// rapport d’autoévaluation à mi-parcours, données au 3 juin 2016".
pub fn attribution(source: &Source) -> String {
    format!(
        "Source : Plan ouvert · rapport d’autoévaluation à mi-parcours, données au {}",
        french_date(&source.as_of)
    )
}

/// What a pinned embed says when the data it gets is not the data it was made
/// with; `None` when it is (or when nothing is pinned).
pub fn pin_notice(pin: Option<&Pin>, source: &Source) -> Option<String> {
    let pin = pin?;
    if pin.matches(source) {
        return None;
    }
    let now = french_date(&source.as_of);
    Some(match pin {
        Pin::Date(d) => format!(
            "Cette intégration attend les données du {} ; les données actuelles datent du {now}. Les chiffres ci-dessous sont les données actuelles.",
            french_date(d)
        ),
        Pin::Sha256Prefix(h) => format!(
            "Cette intégration attend une autre version des données (empreinte {h}) ; les données actuelles datent du {now}. Les chiffres ci-dessous sont les données actuelles."
        ),
    })
}

/// The active filters of `view`, each as a short French phrase ("état :
/// Partiel, Complet"), in URL order; empty for the whole plan.
pub fn describe_view(s: &Snapshot, view: &ViewState) -> Vec<String> {
    let mut out = Vec::new();
    let mut push = |label: &str, names: Vec<String>| {
        if !names.is_empty() {
            out.push(format!("{label} : {}", names.join(", ")));
        }
    };
    if !view.q.trim().is_empty() {
        push("recherche", vec![format!("« {} »", view.q.trim())]);
    }
    push(
        "axe",
        view.axes
            .iter()
            .map(|id| match axis_by_id(s, id) {
                Some(a) => format!("{} ({})", a.number, a.title),
                None => id.clone(),
            })
            .collect(),
    );
    push(
        "objectif",
        view.objectives
            .iter()
            .map(|id| objective_by_id(s, id).map_or_else(|| id.clone(), |o| o.title.clone()))
            .collect(),
    );
    push(
        "état d’avancement",
        view.statuses
            .iter()
            .map(|&c| status_label(s, c).to_owned())
            .collect(),
    );
    push(
        "calendrier",
        view.calendars
            .iter()
            .map(|&c| calendar_label(s, c).to_owned())
            .collect(),
    );
    push(
        "institution",
        view.institutions
            .iter()
            .map(|id| institution_by_id(s, id).map_or_else(|| id.clone(), |i| i.name.clone()))
            .collect(),
    );
    push(
        "actions à l’état",
        view.action_statuses
            .iter()
            .map(|&c| status_label(s, c).to_owned())
            .collect(),
    );
    if view.story {
        out.push("avec une belle histoire".to_owned());
    }
    out
}

/// One citable sentence for the current view: what it shows, the source and
/// its date, and the link. `shown` is the number of commitments in the view.
pub fn citation(s: &Snapshot, view: &ViewState, shown: usize, url: &str) -> String {
    let total = s.commitments.len();
    let what = if view.is_default() {
        format!(
            "les {} du plan",
            count_label(total, "engagement", "engagements")
        )
    } else {
        format!(
            "{} sur {total} ({})",
            count_label(shown, "engagement", "engagements"),
            describe_view(s, view).join(" ; ")
        )
    };
    cite(s, &what, url)
}

/// One citable sentence for one commitment (its page): number, title and
/// state as the report gives them, the source and its date, and the link.
pub fn commitment_citation(s: &Snapshot, c: &Commitment, url: &str) -> String {
    let what = format!(
        "engagement {}, « {} » (état d’avancement : {})",
        c.number, c.title, c.status_label
    );
    cite(s, &what, url)
}

/// The citation around `what`: plan, source, dates, link.
fn cite(s: &Snapshot, what: &str, url: &str) -> String {
    format!(
        "Plan ouvert, « {} » : {what}. Source : {}, {}, publié en {}, données au {}. {url}",
        s.plan.title,
        s.source.publisher,
        s.source.title,
        french_date(&s.source.published),
        french_date(&s.source.as_of),
    )
}

#[cfg(test)]
mod tests;
