//! The embed flags of a URL (`embed`, `chart`, `theme`, `snapshot`): their
//! types, read by [`crate::url_state::parse_query_with_embed`] and
//! re-exported by [`crate::embed`], which holds the texts that go with an
//! embed. A module of its own so that `url_state` and `embed` do not import
//! each other.

use crate::model::Source;
use crate::reason::{why, Why};

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
        Pin::read(s).map_err(|w| w.fr)
    }

    /// [`Pin::parse`] with the reason in both languages.
    pub(crate) fn read(s: &str) -> Result<Pin, Why> {
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
        Err(why(
            format!(
                "valeur attendue : une date AAAA-MM-JJ ou le début (au moins {MIN_PIN_HEX} chiffres hexadécimaux) de l’empreinte SHA-256 des données"
            ),
            format!(
                "expected value: a date YYYY-MM-DD or the start (at least {MIN_PIN_HEX} hexadecimal digits) of the data’s SHA-256 fingerprint"
            ),
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
