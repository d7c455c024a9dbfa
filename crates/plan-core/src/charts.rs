//! Chart state: what every chart of the app shows, computed without drawing.
//!
//! Every chart is a [`Chart`]: rows of stacked segments. A plain bar chart is
//! the special case of one segment per row. The app has one renderer for this
//! shape (`src/charts/`), so knowing one chart means knowing them all; this
//! module only builds the data:
//!
//! - the rows and their segments, with positions and widths in percent of the
//!   drawing width (0..=100), so the renderer needs no arithmetic;
//! - the filter each segment applies when chosen ([`ChartFilter`]);
//! - a sentence summing the chart up for screen readers;
//! - the same numbers as a table, for the "Voir les données" switch.
//!
//! Builders: [`status_chart_in`], [`axis_chart_in`], [`calendar_chart_in`], all from
//! [`Stats`] so the same chart can show the whole plan or any subset (an
//! institution's commitments). Each has a form in any interface language
//! ([`status_chart_in`], …): titles, sentences and headings in that
//! language, status and calendar names from the snapshot's `label_fr` or
//! `label_en`, numbers and percentages as the language writes them. Axis
//! titles are the report's, French in both.

use crate::format::count_label;
use crate::i18n::{format_number, Lang};
use crate::lookup::{calendar_label_in, status_label_in};
use crate::model::{CalendarCode, Snapshot, StatusCode};
use crate::stats::{stacked_bar, whole_percents, BarPart, Scale, Stats};
use crate::url_state::{Facet, ViewState};

/// The facet values a chart segment stands for; choosing the segment selects
/// them all (AND across facets), or unselects them if they all are.
pub type ChartFilter = Vec<(Facet, String)>;

/// Segments narrower than this (in percent of the width) get no value label
/// inside; their value is in the legend, the table and the segment's name.
pub const MIN_LABEL_WIDTH: f64 = 7.0;

/// Each series' texture, drawn in the background colour over the series
/// colour (an 8×8 SVG pattern): with the printed values, what tells the
/// series apart without colour. (series key, SVG path; empty: plain fill.)
/// Drawn by the app (`src/charts/bar_chart.rs`) and by the static preview
/// (`crates/site-gen/src/preview_charts.rs`).
pub const TEXTURES: [(&str, &str); 7] = [
    ("st-not_started", "M0 4h8"),
    ("st-partial", "M-2 2l4-4M0 8l8-8M6 10l4-4"),
    (
        "st-substantial",
        "M-2 2l4-4M0 8l8-8M6 10l4-4M-2 6l4 4M0 0l8 8M6 -2l4 4",
    ),
    ("st-complete", ""),
    ("st-unknown", "M2 2h1v1h-1zM6 6h1v1h-1z"),
    ("cal-on_track", ""),
    ("cal-delayed", "M0 2h8M0 6h8"),
];

/// A noun and its plural in one language, for "12 engagements".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unit {
    pub singular: &'static str,
    pub plural: &'static str,
    /// The language of the nouns: its plural rule and number format.
    pub lang: Lang,
}

pub const COMMITMENTS: Unit = Unit {
    singular: "engagement",
    plural: "engagements",
    lang: Lang::Fr,
};
pub const ACTIONS: Unit = Unit {
    singular: "action",
    plural: "actions",
    lang: Lang::Fr,
};
pub const COMMITMENTS_EN: Unit = Unit {
    singular: "commitment",
    plural: "commitments",
    lang: Lang::En,
};
pub const ACTIONS_EN: Unit = Unit {
    singular: "action",
    plural: "actions",
    lang: Lang::En,
};

/// [`COMMITMENTS`] in `lang`.
pub fn commitments_unit(lang: Lang) -> Unit {
    match lang {
        Lang::Fr => COMMITMENTS,
        Lang::En => COMMITMENTS_EN,
    }
}

/// [`ACTIONS`] in `lang`.
pub fn actions_unit(lang: Lang) -> Unit {
    match lang {
        Lang::Fr => ACTIONS,
        Lang::En => ACTIONS_EN,
    }
}

impl Unit {
    /// "1 engagement", "12 engagements"; "1 commitment", "1,234 commitments"
    /// (French takes the singular for 0 and 1, English for 1 only).
    pub fn count(self, n: usize) -> String {
        match self.lang {
            Lang::Fr => count_label(n, self.singular, self.plural),
            Lang::En => {
                let noun = if n == 1 { self.singular } else { self.plural };
                format!("{}\u{A0}{noun}", format_number(n as i64, Lang::En))
            }
        }
    }
}

/// A whole percent as `lang` writes it: "62 %" (narrow no-break space), "62%".
fn percent_text(percent: u32, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("{percent}\u{202F}%"),
        Lang::En => format!("{percent}%"),
    }
}

/// "Partiel : 10 actions (42 %)", "Partial: 10 actions (42%)": a segment's
/// accessible name after its label.
fn name_text(label: &str, count: &str, percent: u32, lang: Lang) -> String {
    let p = percent_text(percent, lang);
    match lang {
        Lang::Fr => format!("{label} : {count} ({p})"),
        Lang::En => format!("{label}: {count} ({p})"),
    }
}

/// One chart, ready to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// Stable id, used in DOM ids and `data-chart` (e.g. `statuts`).
    pub id: &'static str,
    pub title: String,
    /// What is counted.
    pub unit: Unit,
    /// The language of the chart's texts (for [`ChartSegment::value_text_in`]).
    pub lang: Lang,
    /// Series keys in display order, for the legend and the table columns
    /// (one entry for a plain bar chart whose rows are the keys).
    pub legend: Vec<LegendEntry>,
    pub rows: Vec<ChartRow>,
    /// Everything the chart says, as sentences in the chart's language.
    pub summary: String,
    pub table: DataTable,
}

/// A series of the chart (a status, a calendar code).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LegendEntry {
    /// CSS key: `st-<code>` or `cal-<code>`, which the stylesheet maps to a
    /// colour and a pattern.
    pub key: String,
    pub label: String,
    /// Total over every row.
    pub value: usize,
}

/// One bar.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartRow {
    pub label: String,
    /// The end of `label` that is the report's own words (an axis title),
    /// for renderers to mark `lang="fr"` in either interface language.
    pub report_words: Option<String>,
    pub total: usize,
    /// Segments with a value (zero-valued ones are omitted).
    pub segments: Vec<ChartSegment>,
}

impl Chart {
    /// The facets its segments filter on, each once, in the order met
    /// (the axis chart: `axe`, then `action`).
    pub fn facets(&self) -> Vec<Facet> {
        let mut out = Vec::new();
        for (facet, _) in self
            .rows
            .iter()
            .flat_map(|r| &r.segments)
            .flat_map(|s| &s.filter)
        {
            if !out.contains(facet) {
                out.push(*facet);
            }
        }
        out
    }

    /// The summary cut into runs of interface text (`false`) and of the
    /// report's words (`true`: the rows' axis titles), for renderers to mark
    /// the latter `lang="fr"` in an English sentence.
    pub fn summary_runs(&self) -> Vec<(&str, bool)> {
        let words: Vec<&str> = self
            .rows
            .iter()
            .filter_map(|r| r.report_words.as_deref())
            .filter(|w| !w.is_empty())
            .collect();
        let mut runs = Vec::new();
        let mut rest = self.summary.as_str();
        while let Some((at, w)) = words
            .iter()
            .filter_map(|w| rest.find(w).map(|at| (at, *w)))
            .min_by_key(|&(at, w)| (at, usize::MAX - w.len()))
        {
            if at > 0 {
                runs.push((&rest[..at], false));
            }
            runs.push((&rest[at..at + w.len()], true));
            rest = &rest[at + w.len()..];
        }
        if !rest.is_empty() {
            runs.push((rest, false));
        }
        runs
    }
}

impl ChartRow {
    /// `label` cut before its report words: (interface text, report words).
    pub fn label_parts(&self) -> (&str, Option<&str>) {
        match &self.report_words {
            Some(w) if self.label.ends_with(w.as_str()) => {
                (&self.label[..self.label.len() - w.len()], Some(w.as_str()))
            }
            _ => (&self.label, None),
        }
    }
}

/// One rectangle of a bar.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartSegment {
    /// CSS key, as in [`LegendEntry::key`].
    pub key: String,
    pub label: String,
    pub value: usize,
    /// Whole percent of the row's total (a row's percents add up to 100).
    pub percent: u32,
    /// Left edge, percent of the drawing width.
    pub x: f64,
    /// Width, percent of the drawing width.
    pub width: f64,
    /// Whether the value fits inside the segment.
    pub label_inside: bool,
    /// Accessible name: "Axe 1, Partiel : 10 actions (42 %)".
    pub name: String,
    /// What choosing this segment filters.
    pub filter: ChartFilter,
}

impl ChartSegment {
    /// The value written on the segment in `lang`, in a bar of one segment
    /// (`single`) or a stacked one: a lone bar wide enough (25 % of the
    /// width) also shows its share, "16 (62 %)", "16 (62%)"; otherwise the
    /// value alone. Drawn by the app and by the static preview alike.
    pub fn value_text_in(&self, single: bool, lang: Lang) -> String {
        let value = match lang {
            // Unchanged French output: the value without thousands groups.
            Lang::Fr => self.value.to_string(),
            Lang::En => format_number(self.value as i64, lang),
        };
        if single && self.width >= 25.0 {
            format!("{value} ({})", percent_text(self.percent, lang))
        } else {
            value
        }
    }
}

/// The chart's numbers as a table: one row per bar, one column per series.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataTable {
    /// Column headers, the first one heading the row labels.
    pub headers: Vec<String>,
    /// Each row: its label (a row header), then one cell per remaining header.
    pub rows: Vec<Vec<String>>,
    /// For each row, for each cell after its label: the index in the chart
    /// row's `segments` of the segment this cell counts, if any. The table's
    /// cell then chooses what the segment chooses: a target as large as a
    /// button, where a one-action segment is 10 px wide on a phone (issue 21,
    /// finding 10; the bars stay proportional).
    pub choices: Vec<Vec<Option<usize>>>,
}

/// Whether `view` selects anything in one of `facets`. With a chart's
/// [`Chart::facets`]: whether the view filters on what the chart shows (a
/// segment chosen, or the same facet ticked in the panel); the overview then
/// offers, at the chart, a link to the results (issue 21, finding 5). The
/// pre-wasm script decides the same from the facets, written in the page.
pub fn filters_any(view: &ViewState, facets: &[Facet]) -> bool {
    facets.iter().any(|f| view.filters_on(*f))
}

/// Whether every value of `filter` is selected in `view`.
pub fn is_active(view: &ViewState, filter: &ChartFilter) -> bool {
    !filter.is_empty() && filter.iter().all(|(f, v)| view.is_selected(*f, v))
}

/// The view after choosing a segment: its values are selected, or, when they
/// all already are, unselected. Other selections are kept.
pub fn apply(view: &ViewState, filter: &ChartFilter) -> ViewState {
    let mut next = view.clone();
    let active = is_active(view, filter);
    for (facet, value) in filter {
        if view.is_selected(*facet, value) == active {
            next.toggle(*facet, value);
        }
    }
    next
}

fn status_key(code: StatusCode) -> String {
    format!("st-{}", code.as_str())
}

fn calendar_key(code: CalendarCode) -> String {
    format!("cal-{}", code.as_str())
}

/// "Partiel 9 (35 %)", the way a summary lists one value.
fn value_phrase(label: &str, value: usize, percent: u32, lang: Lang) -> String {
    format!(
        "{label} {} ({})",
        format_number(value as i64, lang),
        percent_text(percent, lang)
    )
}

/// A bar chart with one row per key: each row is one segment whose length is
/// its value against the largest value.
fn one_row_per_key(
    id: &'static str,
    title: String,
    key_header: &str,
    unit: Unit,
    entries: Vec<(String, String, usize, ChartFilter)>,
) -> Chart {
    let lang = unit.lang;
    let values: Vec<usize> = entries.iter().map(|e| e.2).collect();
    let total: usize = values.iter().sum();
    let max = values.iter().copied().max().unwrap_or(0);
    let percents = whole_percents(&values);
    let mut rows = Vec::new();
    let mut legend = Vec::new();
    let mut table_rows = Vec::new();
    let mut table_choices = Vec::new();
    let mut phrases = Vec::new();
    for ((key, label, value, filter), &percent) in entries.into_iter().zip(&percents) {
        let part = BarPart {
            key: key.clone(),
            label: label.clone(),
            value,
        };
        let segments = stacked_bar(&[part], 100.0, Scale::Total(max))
            .into_iter()
            .map(|seg| ChartSegment {
                label_inside: seg.width >= MIN_LABEL_WIDTH,
                name: name_text(&label, &unit.count(value), percent, lang),
                key: seg.key,
                label: seg.label,
                value,
                percent,
                x: seg.x,
                width: seg.width,
                filter: filter.clone(),
            })
            .collect();
        rows.push(ChartRow {
            label: label.clone(),
            report_words: None,
            total: value,
            segments,
        });
        table_rows.push(vec![
            label.clone(),
            format_number(value as i64, lang),
            percent_text(percent, lang),
        ]);
        table_choices.push(vec![(value > 0).then_some(0), None]);
        phrases.push(value_phrase(&label, value, percent, lang));
        legend.push(LegendEntry { key, label, value });
    }
    let summary = match lang {
        Lang::Fr => format!(
            "{}. Sur {} : {}.",
            title,
            unit.count(total),
            phrases.join(", ")
        ),
        Lang::En => format!(
            "{}. Of {}: {}.",
            title,
            unit.count(total),
            phrases.join(", ")
        ),
    };
    let share = match lang {
        Lang::Fr => "Part",
        Lang::En => "Share",
    };
    Chart {
        id,
        title,
        unit,
        lang,
        legend,
        rows,
        summary,
        table: DataTable {
            headers: vec![
                key_header.to_owned(),
                capitalise(unit.plural),
                share.to_owned(),
            ],
            rows: table_rows,
            choices: table_choices,
        },
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Commitments by overall status, one bar per status (vocabulary order), in
/// `lang`.
pub fn status_chart_in(s: &Snapshot, stats: &Stats, lang: Lang) -> Chart {
    let entries = stats
        .by_status
        .entries
        .iter()
        .map(|&(code, n)| {
            (
                status_key(code),
                status_label_in(s, code, lang).to_owned(),
                n,
                vec![(Facet::Status, code.as_str().to_owned())],
            )
        })
        .collect();
    let (title, header) = match lang {
        Lang::Fr => ("Engagements par état d’avancement", "État d’avancement"),
        Lang::En => ("Commitments by status", "Status"),
    };
    one_row_per_key(
        "statuts",
        title.to_owned(),
        header,
        commitments_unit(lang),
        entries,
    )
}

/// Commitments by calendar, one bar per calendar code, in `lang`.
pub fn calendar_chart_in(s: &Snapshot, stats: &Stats, lang: Lang) -> Chart {
    let entries = stats
        .by_calendar
        .entries
        .iter()
        .map(|&(code, n)| {
            (
                calendar_key(code),
                calendar_label_in(s, code, lang).to_owned(),
                n,
                vec![(Facet::Calendar, code.as_str().to_owned())],
            )
        })
        .collect();
    let (title, header) = match lang {
        Lang::Fr => ("Engagements par respect du calendrier", "Calendrier"),
        Lang::En => ("Commitments by keeping to the timeline", "Timeline"),
    };
    one_row_per_key(
        "calendrier",
        title.to_owned(),
        header,
        commitments_unit(lang),
        entries,
    )
}

/// Actions by status for each axis: one stacked bar per axis, lengths
/// proportional to the axis's number of actions. Axes without actions in the
/// set are left out. In `lang`; row labels hold the axis title, the report's
/// (French) text: "Axis 1 · Transparence…".
pub fn axis_chart_in(s: &Snapshot, stats: &Stats, lang: Lang) -> Chart {
    let actions = actions_unit(lang);
    let (title, axis_word, total_word, no_action) = match lang {
        Lang::Fr => (
            "Actions par état d’avancement, pour chaque axe",
            "Axe",
            "Total",
            "Aucune action.",
        ),
        Lang::En => (
            "Actions by status, for each axis",
            "Axis",
            "Total",
            "No actions.",
        ),
    };
    let title = title.to_owned();
    let codes: Vec<StatusCode> = stats
        .actions_by_status
        .entries
        .iter()
        .map(|e| e.0)
        .collect();
    let axes: Vec<_> = stats
        .by_axis
        .iter()
        .filter(|a| a.actions.total() > 0)
        .collect();
    let max = axes.iter().map(|a| a.actions.total()).max().unwrap_or(0);
    let mut rows = Vec::new();
    let mut table_rows = Vec::new();
    let mut table_choices = Vec::new();
    let mut sentences = Vec::new();
    for a in &axes {
        let label = format!("{axis_word} {} · {}", a.number, a.title);
        let parts = a.actions.bar_parts_in(s, lang);
        let total = a.actions.total();
        let segments: Vec<ChartSegment> = stacked_bar(&parts, 100.0, Scale::Total(max))
            .into_iter()
            .map(|seg| {
                let code = StatusCode::parse(&seg.key).unwrap_or(StatusCode::Unknown);
                ChartSegment {
                    label_inside: seg.width >= MIN_LABEL_WIDTH,
                    name: name_text(
                        &format!("{axis_word} {}, {}", a.number, seg.label),
                        &actions.count(seg.value),
                        seg.percent,
                        lang,
                    ),
                    key: status_key(code),
                    label: seg.label,
                    value: seg.value,
                    percent: seg.percent,
                    x: seg.x,
                    width: seg.width,
                    filter: vec![
                        (Facet::Axis, a.axis.clone()),
                        (Facet::ActionStatus, code.as_str().to_owned()),
                    ],
                }
            })
            .collect();
        let phrases: Vec<String> = segments
            .iter()
            .map(|seg| value_phrase(&seg.label, seg.value, seg.percent, lang))
            .collect();
        sentences.push(match lang {
            Lang::Fr => format!(
                "{label}, {} : {}.",
                actions.count(total),
                phrases.join(", ")
            ),
            Lang::En => format!("{label}, {}: {}.", actions.count(total), phrases.join(", ")),
        });
        let mut cells = vec![label.clone()];
        cells.extend(
            codes
                .iter()
                .map(|&c| format_number(a.actions.get(c) as i64, lang)),
        );
        cells.push(format_number(total as i64, lang));
        table_rows.push(cells);
        let mut choices: Vec<Option<usize>> = codes
            .iter()
            .map(|&c| segments.iter().position(|seg| seg.key == status_key(c)))
            .collect();
        choices.push(None);
        table_choices.push(choices);
        rows.push(ChartRow {
            label,
            report_words: Some(a.title.clone()),
            total,
            segments,
        });
    }
    let legend = codes
        .iter()
        .map(|&c| LegendEntry {
            key: status_key(c),
            label: status_label_in(s, c, lang).to_owned(),
            value: stats.actions_by_status.get(c),
        })
        .collect();
    let mut headers = vec![axis_word.to_owned()];
    headers.extend(
        codes
            .iter()
            .map(|&c| status_label_in(s, c, lang).to_owned()),
    );
    headers.push(total_word.to_owned());
    let summary = if sentences.is_empty() {
        format!("{title}. {no_action}")
    } else {
        format!("{title}. {}", sentences.join(" "))
    };
    Chart {
        id: "axes",
        title,
        unit: actions,
        lang,
        legend,
        rows,
        summary,
        table: DataTable {
            headers,
            rows: table_rows,
            choices: table_choices,
        },
    }
}

/// One headline figure: a big value and what it counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    /// Stable id (`data-figure`).
    pub id: &'static str,
    /// The value as shown ("26", "62 %").
    pub value: String,
    /// What it means, a short phrase in the interface's language.
    pub label: String,
}

/// The view a headline figure names, for those that name a subset of the
/// commitments: `avances` (substantial or complete), `retard` (behind their
/// timeline). The figure opens it; the others (every commitment, the
/// actions) name no view of the list.
pub fn figure_view(id: &str) -> Option<ViewState> {
    let mut view = ViewState::default();
    match id {
        "avances" => {
            view.statuses.insert(StatusCode::Substantial);
            view.statuses.insert(StatusCode::Complete);
        }
        "retard" => {
            view.calendars.insert(CalendarCode::Delayed);
        }
        _ => return None,
    }
    Some(view)
}

/// The overview's headline figures: commitments, share substantial or
/// complete, delayed commitments, actions (with how many are complete), in
/// `lang`.
pub fn headline_figures_in(stats: &Stats, lang: Lang) -> Vec<Figure> {
    match lang {
        Lang::Fr => headline_figures_fr(stats),
        Lang::En => headline_figures_en(stats),
    }
}

fn headline_figures_en(stats: &Stats) -> Vec<Figure> {
    let lang = Lang::En;
    let n = |v: usize| format_number(v as i64, lang);
    let complete_actions = stats.actions_by_status.get(StatusCode::Complete);
    vec![
        Figure {
            id: "engagements",
            value: n(stats.commitments),
            label: if stats.commitments == 1 {
                "commitment".to_owned()
            } else {
                "commitments".to_owned()
            },
        },
        Figure {
            id: "avances",
            value: crate::i18n::format_percent(stats.share_substantial_or_complete, lang),
            label: format!(
                "at a substantial or complete stage ({} of {})",
                n(stats.substantial_or_complete),
                n(stats.commitments)
            ),
        },
        Figure {
            id: "retard",
            value: n(stats.delayed),
            label: if stats.delayed == 1 {
                "commitment behind its timeline".to_owned()
            } else {
                "commitments behind their timeline".to_owned()
            },
        },
        Figure {
            id: "actions",
            value: n(stats.actions),
            label: format!(
                "{}, including {} complete",
                if stats.actions == 1 {
                    "action"
                } else {
                    "actions"
                },
                n(complete_actions)
            ),
        },
    ]
}

fn headline_figures_fr(stats: &Stats) -> Vec<Figure> {
    let format_number = |v: i64| format_number(v, Lang::Fr);
    let complete_actions = stats.actions_by_status.get(StatusCode::Complete);
    vec![
        Figure {
            id: "engagements",
            value: format_number(stats.commitments as i64),
            label: if stats.commitments <= 1 {
                "engagement".to_owned()
            } else {
                "engagements".to_owned()
            },
        },
        Figure {
            id: "avances",
            value: crate::format::format_percent(stats.share_substantial_or_complete),
            label: format!(
                "à un stade substantiel ou complet ({} sur {})",
                format_number(stats.substantial_or_complete as i64),
                format_number(stats.commitments as i64)
            ),
        },
        Figure {
            id: "retard",
            value: format_number(stats.delayed as i64),
            label: if stats.delayed <= 1 {
                "engagement en retard sur son calendrier".to_owned()
            } else {
                "engagements en retard sur leur calendrier".to_owned()
            },
        },
        Figure {
            id: "actions",
            value: format_number(stats.actions as i64),
            label: format!(
                "{}, dont {} complète{}",
                if stats.actions <= 1 {
                    "action"
                } else {
                    "actions"
                },
                format_number(complete_actions as i64),
                if complete_actions <= 1 { "" } else { "s" }
            ),
        },
    ]
}

#[cfg(test)]
mod tests;
