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

/// `type` of the message an embedded page posts to its host with its height.
pub const HEIGHT_MESSAGE_TYPE: &str = "plan-ouvert:height";
/// `version` of that message.
pub const HEIGHT_MESSAGE_VERSION: u32 = 1;
/// `type` of the message a host page may send to an embed to get its height
/// again (a resize script that loaded after the embed had settled).
pub const HEIGHT_REQUEST_TYPE: &str = "plan-ouvert:height-request";

/// Ids of the charts that can be embedded alone (`chart=<id>`), as
/// `plan_core::charts` names them.
pub const CHART_IDS: [&str; 3] = ["statuts", "calendrier", "axes"];

/// Colour scheme asked for by the host page.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Theme {
    /// Follow the reader's system setting (`prefers-color-scheme`).
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    /// The value in the URL and in `<html data-theme>`.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn parse(s: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// A snapshot an embed expects: its report's SHA-256 (a hex prefix of at least
/// [`MIN_PIN_HEX`] digits) or its date (`as_of`, `YYYY-MM-DD`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Pin {
    Sha256Prefix(String),
    Date(String),
}

/// Shortest accepted SHA-256 prefix.
pub const MIN_PIN_HEX: usize = 8;

impl Pin {
    /// Reads `snapshot=` values; `Err` holds the French reason.
    pub fn parse(s: &str) -> Result<Pin, String> {
        let is_date = s.len() == 10
            && s.bytes().enumerate().all(|(i, b)| match i {
                4 | 7 => b == b'-',
                _ => b.is_ascii_digit(),
            });
        if is_date {
            return Ok(Pin::Date(s.to_owned()));
        }
        if (MIN_PIN_HEX..=64).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Ok(Pin::Sha256Prefix(s.to_ascii_lowercase()));
        }
        Err(format!(
            "valeur attendue : une date AAAA-MM-JJ ou le début (au moins {MIN_PIN_HEX} chiffres hexadécimaux) de l’empreinte SHA-256 des données"
        ))
    }

    /// The value written in the URL.
    pub fn as_str(&self) -> &str {
        match self {
            Pin::Sha256Prefix(h) | Pin::Date(h) => h,
        }
    }

    /// Whether `source` is the snapshot this pin names.
    pub fn matches(&self, source: &Source) -> bool {
        match self {
            Pin::Date(d) => source.as_of == *d,
            Pin::Sha256Prefix(h) => source.sha256.to_ascii_lowercase().starts_with(h.as_str()),
        }
    }

    /// The pin for `source`: its SHA-256 prefix, which names exactly one snapshot.
    pub fn of(source: &Source) -> Pin {
        let hex: String = source.sha256.chars().take(12).collect();
        Pin::Sha256Prefix(hex.to_ascii_lowercase())
    }
}

/// How the page is shown: read from `embed`, `chart`, `theme`, `snapshot`.
/// `Default` is the full app.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct EmbedOptions {
    /// `embed=1`: no site chrome, compact layout, attribution line.
    pub embed: bool,
    /// `chart=<id>`: one chart alone (only with `embed=1`), one of [`CHART_IDS`].
    pub chart: Option<&'static str>,
    pub theme: Theme,
    /// `snapshot=`: the snapshot the embed was made with.
    pub pin: Option<Pin>,
}

impl EmbedOptions {
    pub fn is_default(&self) -> bool {
        *self == EmbedOptions::default()
    }

    /// The chart to show alone, if any (a chart only stands alone in an embed).
    pub fn chart_alone(&self) -> Option<&'static str> {
        self.chart.filter(|_| self.embed)
    }
}

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
