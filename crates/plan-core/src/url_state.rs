//! The whole view in the query string: [`ViewState`] ↔ `?q=…&statut=…`.
//!
//! **Boundary:** this is the URL format; links to the app are shared and bookmarked,
//! so a parameter may be added but never renamed or re-purposed (an old name would
//! be migrated in [`apply_param`], the one place that knows parameter names).
//!
//! | parameter     | field             | value                                                        |
//! |---------------|-------------------|--------------------------------------------------------------|
//! | `q`           | `q`               | free text, at most [`MAX_QUERY_CHARS`] characters            |
//! | `axe`         | `axes`            | comma-separated axis ids (`axe-1,axe-3`)                     |
//! | `objectif`    | `objectives`      | comma-separated objective ids                                |
//! | `statut`      | `statuses`        | comma-separated status codes (`partial,complete`)            |
//! | `calendrier`  | `calendars`       | comma-separated calendar codes (`delayed`)                   |
//! | `institution` | `institutions`    | comma-separated institution ids                              |
//! | `action`      | `action_statuses` | comma-separated status codes, of the commitment's actions    |
//! | `histoire`    | `story`           | `1` (only commitments with a success story); `0` or absent   |
//! | `page`        | `page`            | page of the results list, from 1 ([`crate::paging`]); absent for 1 |
//!
//! How the view is shown ([`EmbedOptions`], read by [`parse_query_with_embed`],
//! written after the view's parameters by [`to_query_with_embed`]):
//!
//! | parameter  | field   | value                                                          |
//! |------------|---------|----------------------------------------------------------------|
//! | `embed`    | `embed` | `1` (no site chrome, for an iframe); `0` or absent             |
//! | `chart`    | `chart` | a chart id of [`crate::embed::CHART_IDS`]: that chart alone     |
//! | `theme`    | `theme` | `auto` (default), `light` or `dark`                            |
//! | `snapshot` | `pin`   | `AAAA-MM-JJ` (`source.as_of`) or a SHA-256 prefix (`source.sha256`) |
//!
//! Reading ([`parse_query`]) never fails: what cannot be used is dropped and
//! reported as [`Ignored`]. Lists hold at most [`MAX_VALUES`] values, duplicates
//! are merged, and a list parameter given twice is merged too. Writing
//! ([`to_query`]) emits only what differs from [`ViewState::default`], in the
//! table's order, with sorted lists, so one view has exactly one URL.
//! Ids are only checked for shape here; [`ViewState::sanitize`] checks them
//! against the snapshot. A page is only checked for shape here (a whole number
//! from 1 to [`MAX_PAGE`]); a page beyond the last of the current results is
//! clamped and reported by [`crate::paging::out_of_range`].

use std::collections::BTreeSet;
use std::fmt::Write as _;

use crate::embed_flags::{EmbedOptions, Pin, Theme, CHART_IDS};
use crate::i18n::Lang;
use crate::model::{CalendarCode, Snapshot, StatusCode};
use crate::reason::{why, Why};

/// Longest accepted search text, in characters.
pub const MAX_QUERY_CHARS: usize = 200;
/// Most values kept for one list parameter.
pub const MAX_VALUES: usize = 50;
/// Longest accepted id, in characters (the longest institution slug of the real
/// snapshot has 105).
pub const MAX_ID_CHARS: usize = 200;
/// Highest page number read from a URL (more pages than any plan could fill).
pub const MAX_PAGE: usize = 1_000_000;

/// Everything that defines what the list view shows. `Default` is the unfiltered
/// view, on its first page.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ViewState {
    /// Free-text search, as typed.
    pub q: String,
    /// Axis ids (OR).
    pub axes: BTreeSet<String>,
    /// Objective ids (OR).
    pub objectives: BTreeSet<String>,
    /// Overall commitment statuses (OR).
    pub statuses: BTreeSet<StatusCode>,
    /// Calendar codes (OR).
    pub calendars: BTreeSet<CalendarCode>,
    /// Institution ids (OR).
    pub institutions: BTreeSet<String>,
    /// Commitments having at least one action with one of these statuses.
    pub action_statuses: BTreeSet<StatusCode>,
    /// Only commitments with at least one success story.
    pub story: bool,
    /// Page of the results list, 1-based (see [`crate::paging`]). Not a filter:
    /// [`ViewState::same_filters`] ignores it.
    pub page: usize,
}

impl Default for ViewState {
    fn default() -> ViewState {
        ViewState {
            q: String::new(),
            axes: BTreeSet::new(),
            objectives: BTreeSet::new(),
            statuses: BTreeSet::new(),
            calendars: BTreeSet::new(),
            institutions: BTreeSet::new(),
            action_statuses: BTreeSet::new(),
            story: false,
            page: 1,
        }
    }
}

/// One filter dimension of the view (the free-text search is not a facet).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Facet {
    Axis,
    Objective,
    Status,
    Calendar,
    Institution,
    ActionStatus,
    Story,
}

impl Facet {
    /// Every facet, in display and URL order.
    pub const ALL: [Facet; 7] = [
        Facet::Axis,
        Facet::Objective,
        Facet::Status,
        Facet::Calendar,
        Facet::Institution,
        Facet::ActionStatus,
        Facet::Story,
    ];

    /// The URL parameter name.
    pub fn param(self) -> &'static str {
        match self {
            Facet::Axis => "axe",
            Facet::Objective => "objectif",
            Facet::Status => "statut",
            Facet::Calendar => "calendrier",
            Facet::Institution => "institution",
            Facet::ActionStatus => "action",
            Facet::Story => "histoire",
        }
    }

    /// Heading of the facet in the UI.
    pub fn label_fr(self) -> &'static str {
        self.label(Lang::Fr)
    }

    /// Heading of the facet in the UI, in `lang` (the dictionary's
    /// `facet_*` texts).
    pub fn label(self, lang: Lang) -> &'static str {
        let t = lang.texts();
        match self {
            Facet::Axis => t.facet_axis,
            Facet::Objective => t.facet_objective,
            Facet::Status => t.facet_status,
            Facet::Calendar => t.facet_calendar,
            Facet::Institution => t.facet_institution,
            Facet::ActionStatus => t.facet_action_status,
            Facet::Story => t.facet_story,
        }
    }
}

/// The value written for [`Facet::Story`] when it is on.
pub const STORY_ON: &str = "1";

/// A part of the query string that was not used, and why (in French and in
/// English: the notice speaks the page's language; parameter names and values
/// are quoted as they are, one URL vocabulary for both).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ignored {
    /// Parameter name as decoded (or raw, if it could not be decoded).
    pub param: String,
    /// The offending raw text (shortened if very long).
    pub raw: String,
    pub reason_fr: String,
    pub reason_en: String,
}

impl Ignored {
    pub(crate) fn new(param: &str, raw: &str, reason: Why) -> Ignored {
        Ignored {
            param: param.to_owned(),
            raw: shorten(raw, 80),
            reason_fr: reason.fr,
            reason_en: reason.en,
        }
    }

    /// Why the part was not used, in `lang`.
    pub fn reason(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fr => &self.reason_fr,
            Lang::En => &self.reason_en,
        }
    }
}

impl ViewState {
    /// Whether this is the unfiltered view (on any page).
    pub fn is_default(&self) -> bool {
        self.same_filters(&ViewState::default())
    }

    /// Whether `self` and `other` have the same search text and filters (their
    /// pages may differ): they show the same commitments.
    pub fn same_filters(&self, other: &ViewState) -> bool {
        self.filters() == other.filters()
    }

    /// This view on its first page: what filtering and facet counts depend on.
    pub fn filters(&self) -> ViewState {
        ViewState {
            page: 1,
            ..self.clone()
        }
    }

    /// Number of active facet values (the search text not counted), for a
    /// "3 filtres actifs" badge.
    pub fn active_filter_count(&self) -> usize {
        self.axes.len()
            + self.objectives.len()
            + self.statuses.len()
            + self.calendars.len()
            + self.institutions.len()
            + self.action_statuses.len()
            + usize::from(self.story)
    }

    /// Whether anything is selected in `facet`.
    pub fn filters_on(&self, facet: Facet) -> bool {
        match facet {
            Facet::Axis => !self.axes.is_empty(),
            Facet::Objective => !self.objectives.is_empty(),
            Facet::Institution => !self.institutions.is_empty(),
            Facet::Status => !self.statuses.is_empty(),
            Facet::ActionStatus => !self.action_statuses.is_empty(),
            Facet::Calendar => !self.calendars.is_empty(),
            Facet::Story => self.story,
        }
    }

    /// Whether `value` (an id, a code, or [`STORY_ON`]) is selected in `facet`.
    pub fn is_selected(&self, facet: Facet, value: &str) -> bool {
        match facet {
            Facet::Axis => self.axes.contains(value),
            Facet::Objective => self.objectives.contains(value),
            Facet::Institution => self.institutions.contains(value),
            Facet::Status => StatusCode::parse(value).is_some_and(|c| self.statuses.contains(&c)),
            Facet::ActionStatus => {
                StatusCode::parse(value).is_some_and(|c| self.action_statuses.contains(&c))
            }
            Facet::Calendar => {
                CalendarCode::parse(value).is_some_and(|c| self.calendars.contains(&c))
            }
            Facet::Story => self.story && value == STORY_ON,
        }
    }

    /// Selects `value` in `facet` if it is not, unselects it if it is: the one
    /// handler for every facet checkbox. Returns false (and changes nothing) for an
    /// unknown code or an id of the wrong shape.
    pub fn toggle(&mut self, facet: Facet, value: &str) -> bool {
        fn flip<T: Ord>(set: &mut BTreeSet<T>, v: T) {
            if !set.remove(&v) {
                set.insert(v);
            }
        }
        match facet {
            Facet::Axis | Facet::Objective | Facet::Institution => {
                if id_problem(value).is_some() {
                    return false;
                }
                let set = match facet {
                    Facet::Axis => &mut self.axes,
                    Facet::Objective => &mut self.objectives,
                    _ => &mut self.institutions,
                };
                flip(set, value.to_owned());
            }
            Facet::Status | Facet::ActionStatus => {
                let Some(code) = StatusCode::parse(value) else {
                    return false;
                };
                let set = if facet == Facet::Status {
                    &mut self.statuses
                } else {
                    &mut self.action_statuses
                };
                flip(set, code);
            }
            Facet::Calendar => {
                let Some(code) = CalendarCode::parse(value) else {
                    return false;
                };
                flip(&mut self.calendars, code);
            }
            Facet::Story => {
                if value != STORY_ON {
                    return false;
                }
                self.story = !self.story;
            }
        }
        true
    }

    /// Unselects every value of `facet`.
    pub fn clear(&mut self, facet: Facet) {
        match facet {
            Facet::Axis => self.axes.clear(),
            Facet::Objective => self.objectives.clear(),
            Facet::Status => self.statuses.clear(),
            Facet::Calendar => self.calendars.clear(),
            Facet::Institution => self.institutions.clear(),
            Facet::ActionStatus => self.action_statuses.clear(),
            Facet::Story => self.story = false,
        }
    }

    /// Drops ids that the snapshot does not know (e.g. from an old or mistyped
    /// link) and reports each of them.
    pub fn sanitize(&mut self, snapshot: &Snapshot) -> Vec<Ignored> {
        let mut ignored = Vec::new();
        let mut keep = |facet: Facet, set: &mut BTreeSet<String>, known: &dyn Fn(&str) -> bool| {
            set.retain(|id| {
                let ok = known(id);
                if !ok {
                    ignored.push(Ignored::new(
                        facet.param(),
                        id,
                        why(
                            format!("« {} » n’existe pas dans les données", shorten(id, 40)),
                            format!("“{}” does not exist in the data", shorten(id, 40)),
                        ),
                    ));
                }
                ok
            });
        };
        keep(Facet::Axis, &mut self.axes, &|id| {
            snapshot.axes.iter().any(|a| a.id == id)
        });
        keep(Facet::Objective, &mut self.objectives, &|id| {
            snapshot
                .axes
                .iter()
                .any(|a| a.objectives.iter().any(|o| o.id == id))
        });
        keep(Facet::Institution, &mut self.institutions, &|id| {
            snapshot.institutions.iter().any(|i| i.id == id)
        });
        ignored
    }
}

/// Reads a query string (with or without its leading `?`). Never fails: unusable
/// parts are reported.
pub fn parse_query(query: &str) -> (ViewState, Vec<Ignored>) {
    let (state, _, ignored) = parse_query_with_embed(query);
    (state, ignored)
}

/// Reads a query string into the view and how it is shown (embed flags).
pub fn parse_query_with_embed(query: &str) -> (ViewState, EmbedOptions, Vec<Ignored>) {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut state = ViewState::default();
    let mut embed = EmbedOptions::default();
    let mut ignored = Vec::new();
    let mut seen_q = false;
    let mut seen_page = false;
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (raw_name, raw_value) = match pair.split_once('=') {
            Some((n, v)) => (n, Some(v)),
            None => (pair, None),
        };
        let name = match decode(raw_name) {
            Ok(n) => n,
            Err(reason) => {
                ignored.push(Ignored::new(raw_name, pair, reason));
                continue;
            }
        };
        // Parameters that hold one value: the first one given counts.
        let single = match name.as_str() {
            "q" => Some((&mut seen_q, ("recherche", "search"))),
            "page" => Some((&mut seen_page, ("page", "page"))),
            _ => None,
        };
        if let Some((seen, what)) = single {
            if *seen {
                ignored.push(Ignored::new(
                    &name,
                    raw_value.unwrap_or(""),
                    why(
                        format!("paramètre répété : seule la première {} est gardée", what.0),
                        format!("repeated parameter: only the first {} is kept", what.1),
                    ),
                ));
                continue;
            }
            *seen = true;
        }
        apply_param(&mut state, &mut embed, &name, raw_value, &mut ignored);
    }
    if embed.chart.is_some() && !embed.embed {
        ignored.push(Ignored::new(
            "chart",
            embed.chart.unwrap_or(""),
            why(
                "un graphique seul ne s’affiche qu’avec embed=1",
                "a chart alone is only shown with embed=1",
            ),
        ));
        embed.chart = None;
    }
    (state, embed, ignored)
}

/// Applies one `name=value` pair (`value` is still percent-encoded; `None` when
/// the pair has no `=`). The only place that knows parameter names.
fn apply_param(
    state: &mut ViewState,
    embed: &mut EmbedOptions,
    name: &str,
    raw: Option<&str>,
    ignored: &mut Vec<Ignored>,
) {
    let raw_or_empty = raw.unwrap_or("");
    match name {
        "q" => match decode(raw_or_empty) {
            Ok(text) => {
                if let Some((cut, _)) = text.char_indices().nth(MAX_QUERY_CHARS) {
                    ignored.push(Ignored::new(
                        name,
                        raw_or_empty,
                        why(
                            format!("recherche tronquée à {MAX_QUERY_CHARS} caractères"),
                            format!("search cut to {MAX_QUERY_CHARS} characters"),
                        ),
                    ));
                    state.q = text[..cut].to_owned();
                } else {
                    state.q = text;
                }
            }
            Err(reason) => ignored.push(Ignored::new(name, raw_or_empty, reason)),
        },
        "axe" => read_list(name, raw_or_empty, &mut state.axes, read_id, ignored),
        "objectif" => read_list(name, raw_or_empty, &mut state.objectives, read_id, ignored),
        "institution" => read_list(
            name,
            raw_or_empty,
            &mut state.institutions,
            read_id,
            ignored,
        ),
        "statut" => read_list(
            name,
            raw_or_empty,
            &mut state.statuses,
            read_status,
            ignored,
        ),
        "action" => read_list(
            name,
            raw_or_empty,
            &mut state.action_statuses,
            read_status,
            ignored,
        ),
        "calendrier" => read_list(
            name,
            raw_or_empty,
            &mut state.calendars,
            read_calendar,
            ignored,
        ),
        "histoire" => read_flag(
            name,
            raw,
            &mut state.story,
            why(
                "valeur attendue : 1 (avec une belle histoire) ou 0",
                "expected value: 1 (with a success story) or 0",
            ),
            ignored,
        ),
        "page" => match read_page(raw_or_empty) {
            Ok(page) => state.page = page,
            Err(reason) => ignored.push(Ignored::new(name, raw_or_empty, reason)),
        },
        "embed" => read_flag(
            name,
            raw,
            &mut embed.embed,
            why(
                "valeur attendue : 1 (vue à intégrer) ou 0",
                "expected value: 1 (view to embed) or 0",
            ),
            ignored,
        ),
        "chart" => match CHART_IDS.iter().find(|id| **id == raw_or_empty) {
            Some(id) => embed.chart = Some(id),
            None => ignored.push(Ignored::new(
                name,
                raw_or_empty,
                why(
                    format!(
                        "graphique inconnu ; graphiques possibles : {}",
                        CHART_IDS.join(", ")
                    ),
                    format!("unknown chart; possible charts: {}", CHART_IDS.join(", ")),
                ),
            )),
        },
        "theme" => match Theme::parse(raw_or_empty) {
            Some(t) => embed.theme = t,
            None => ignored.push(Ignored::new(
                name,
                raw_or_empty,
                why(
                    "valeur attendue : auto, light ou dark",
                    "expected value: auto, light or dark",
                ),
            )),
        },
        "snapshot" => match Pin::read(raw_or_empty) {
            Ok(pin) => embed.pin = Some(pin),
            Err(reason) => ignored.push(Ignored::new(name, raw_or_empty, reason)),
        },
        _ => ignored.push(Ignored::new(
            name,
            raw_or_empty,
            why("paramètre inconnu", "unknown parameter"),
        )),
    }
}

/// Reads a comma-separated list into `set`, item by item.
fn read_list<T: Ord>(
    param: &str,
    raw: &str,
    set: &mut BTreeSet<T>,
    read: fn(&str) -> Result<T, Why>,
    ignored: &mut Vec<Ignored>,
) {
    let mut dropped = 0usize;
    for item in raw.split(',').filter(|i| !i.is_empty()) {
        let value = match decode(item).and_then(|s| read(&s)) {
            Ok(v) => v,
            Err(reason) => {
                ignored.push(Ignored::new(param, item, reason));
                continue;
            }
        };
        if set.contains(&value) {
            continue;
        }
        if set.len() >= MAX_VALUES {
            dropped += 1;
            continue;
        }
        set.insert(value);
    }
    if dropped > 0 {
        ignored.push(Ignored::new(
            param,
            raw,
            why(
                format!("{dropped} valeur(s) ignorée(s) au-delà de {MAX_VALUES}"),
                format!("{dropped} value(s) ignored beyond {MAX_VALUES}"),
            ),
        ));
    }
}

/// An on/off parameter: bare or `1` is on, `0` is off, anything else is
/// reported and leaves `flag` as it was.
fn read_flag(
    name: &str,
    raw: Option<&str>,
    flag: &mut bool,
    reason: Why,
    ignored: &mut Vec<Ignored>,
) {
    match raw {
        None | Some("1") => *flag = true,
        Some("0") => *flag = false,
        Some(other) => ignored.push(Ignored::new(name, other, reason)),
    }
}

/// A page number: digits only, from 1 to [`MAX_PAGE`].
fn read_page(raw: &str) -> Result<usize, Why> {
    let expected = || {
        why(
            "valeur attendue : un numéro de page (1, 2, 3…) ; la première page est affichée",
            "expected value: a page number (1, 2, 3…); the first page is shown",
        )
    };
    if raw.is_empty() || raw.len() > 7 || !raw.bytes().all(|b| b.is_ascii_digit()) {
        return Err(expected());
    }
    match raw.parse::<usize>() {
        Ok(n) if (1..=MAX_PAGE).contains(&n) => Ok(n),
        _ => Err(expected()),
    }
}

fn read_id(s: &str) -> Result<String, Why> {
    match id_problem(s) {
        Some(reason) => Err(reason),
        None => Ok(s.to_owned()),
    }
}

/// Why `s` cannot be an id, if it cannot.
fn id_problem(s: &str) -> Option<Why> {
    if s.is_empty() {
        Some(why("identifiant vide", "empty identifier"))
    } else if s.chars().nth(MAX_ID_CHARS).is_some() {
        Some(why(
            format!("identifiant de plus de {MAX_ID_CHARS} caractères"),
            format!("identifier longer than {MAX_ID_CHARS} characters"),
        ))
    } else {
        None
    }
}

fn read_status(s: &str) -> Result<StatusCode, Why> {
    StatusCode::parse(s).ok_or_else(|| {
        let codes = join_codes(StatusCode::ALL.map(StatusCode::as_str));
        why(
            format!(
                "statut « {} » inconnu ; statuts possibles : {codes}",
                shorten(s, 40),
            ),
            format!(
                "unknown status “{}”; possible statuses: {codes}",
                shorten(s, 40),
            ),
        )
    })
}

fn read_calendar(s: &str) -> Result<CalendarCode, Why> {
    CalendarCode::parse(s).ok_or_else(|| {
        let codes = join_codes(CalendarCode::ALL.map(CalendarCode::as_str));
        why(
            format!(
                "calendrier « {} » inconnu ; codes possibles : {codes}",
                shorten(s, 40),
            ),
            format!(
                "unknown timeline code “{}”; possible codes: {codes}",
                shorten(s, 40),
            ),
        )
    })
}

fn join_codes<const N: usize>(codes: [&str; N]) -> String {
    codes.join(", ")
}

/// Writes the canonical query string of `state`, without the leading `?`; empty
/// for the default view.
pub fn to_query(state: &ViewState) -> String {
    let mut out = String::new();
    let mut param = |name: &str, value: &str| {
        if !out.is_empty() {
            out.push('&');
        }
        out.push_str(name);
        out.push('=');
        out.push_str(value);
    };
    if !state.q.is_empty() {
        param("q", &percent_encode(&state.q));
    }
    let list = |items: &mut dyn Iterator<Item = &str>| {
        items.map(percent_encode).collect::<Vec<_>>().join(",")
    };
    let lists: [(Facet, String); 6] = [
        (
            Facet::Axis,
            list(&mut state.axes.iter().map(String::as_str)),
        ),
        (
            Facet::Objective,
            list(&mut state.objectives.iter().map(String::as_str)),
        ),
        (
            Facet::Status,
            list(&mut state.statuses.iter().map(|c| c.as_str())),
        ),
        (
            Facet::Calendar,
            list(&mut state.calendars.iter().map(|c| c.as_str())),
        ),
        (
            Facet::Institution,
            list(&mut state.institutions.iter().map(String::as_str)),
        ),
        (
            Facet::ActionStatus,
            list(&mut state.action_statuses.iter().map(|c| c.as_str())),
        ),
    ];
    for (facet, value) in &lists {
        if !value.is_empty() {
            param(facet.param(), value);
        }
    }
    if state.story {
        param(Facet::Story.param(), STORY_ON);
    }
    if state.page > 1 {
        param("page", &state.page.to_string());
    }
    out
}

/// Writes the query string of `state` shown as `embed` says: the view's
/// parameters, then the embed flags that differ from the default.
pub fn to_query_with_embed(state: &ViewState, embed: &EmbedOptions) -> String {
    let mut out = to_query(state);
    let mut param = |name: &str, value: &str| {
        if !out.is_empty() {
            out.push('&');
        }
        out.push_str(name);
        out.push('=');
        out.push_str(value);
    };
    if embed.embed {
        param("embed", "1");
    }
    if let Some(chart) = embed.chart_alone() {
        param("chart", chart);
    }
    if embed.theme != Theme::Auto {
        param("theme", embed.theme.as_str());
    }
    if let Some(pin) = &embed.pin {
        param("snapshot", pin.as_str());
    }
    out
}

/// Decodes `%XX` escapes and `+` (a space, as in HTML forms); `Err` holds the
/// French reason.
pub fn percent_decode(s: &str) -> Result<String, String> {
    decode(s).map_err(|w| w.fr)
}

/// [`percent_decode`] with the reason in both languages.
fn decode(s: &str) -> Result<String, Why> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes.get(i + 1..i + 3).and_then(|h| {
                    let h = std::str::from_utf8(h).ok()?;
                    u8::from_str_radix(h, 16)
                        .ok()
                        .filter(|_| h.bytes().all(|b| b.is_ascii_hexdigit()))
                });
                match hex {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => {
                        let at = shorten(&s[i..], 6);
                        return Err(why(
                            format!(
                                "encodage invalide : « % » doit être suivi de deux chiffres hexadécimaux (« {at} »)"
                            ),
                            format!(
                                "invalid encoding: “%” must be followed by two hexadecimal digits (“{at}”)"
                            ),
                        ));
                    }
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).map_err(|_| {
        why(
            "encodage invalide : les octets décodés ne forment pas du texte UTF-8",
            "invalid encoding: the decoded bytes are not UTF-8 text",
        )
    })
}

/// Encodes everything but unreserved characters (`A-Z a-z 0-9 - _ . ~`); a space
/// becomes `+`.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => {
                let _ = write!(out, "%{b:02X}");
            }
        }
    }
    out
}

fn shorten(s: &str, max_chars: usize) -> String {
    match s.char_indices().nth(max_chars) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_owned(),
    }
}

#[cfg(test)]
mod tests;
