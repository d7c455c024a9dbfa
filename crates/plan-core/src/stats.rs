//! Headline figures and chart data for a set of commitments, and the geometry of
//! stacked horizontal bars, so the UI only draws rectangles.
//!
//! Everything here is plain data: counts in vocabulary order, shares as `f64` in
//! 0..=1, positions and widths in the caller's SVG units.

use crate::i18n::Lang;
use crate::lookup::{calendar_label_in, calendars_by_rank, status_label_in, statuses_by_rank};
use crate::model::{CalendarCode, Commitment, Snapshot, StatusCode};

/// Counts per key, in a fixed display order (every key present, zeros included).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counts<K> {
    pub entries: Vec<(K, usize)>,
}

impl<K: PartialEq + Copy> Counts<K> {
    fn zero(keys: Vec<K>) -> Counts<K> {
        Counts {
            entries: keys.into_iter().map(|k| (k, 0)).collect(),
        }
    }

    fn add(&mut self, key: K) {
        if let Some(e) = self.entries.iter_mut().find(|(k, _)| *k == key) {
            e.1 += 1;
        }
    }

    pub fn get(&self, key: K) -> usize {
        self.entries
            .iter()
            .find(|(k, _)| *k == key)
            .map_or(0, |e| e.1)
    }

    pub fn total(&self) -> usize {
        self.entries.iter().map(|e| e.1).sum()
    }
}

impl Counts<StatusCode> {
    /// Bar parts keyed by status code, labelled from the vocabulary in `lang`.
    pub fn bar_parts_in(&self, s: &Snapshot, lang: Lang) -> Vec<BarPart> {
        self.entries
            .iter()
            .map(|&(code, value)| BarPart {
                key: code.as_str().to_owned(),
                label: status_label_in(s, code, lang).to_owned(),
                value,
            })
            .collect()
    }
}

impl Counts<CalendarCode> {
    /// Bar parts keyed by calendar code, labelled from the vocabulary in `lang`.
    pub fn bar_parts_in(&self, s: &Snapshot, lang: Lang) -> Vec<BarPart> {
        self.entries
            .iter()
            .map(|&(code, value)| BarPart {
                key: code.as_str().to_owned(),
                label: calendar_label_in(s, code, lang).to_owned(),
                value,
            })
            .collect()
    }
}

/// Actions by status within one axis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AxisStats {
    pub axis: String,
    pub number: u32,
    pub title: String,
    /// Commitments of this axis in the set.
    pub commitments: usize,
    pub actions: Counts<StatusCode>,
}

/// Everything the overview shows about a set of commitments.
#[derive(Debug, Clone, PartialEq)]
pub struct Stats {
    pub commitments: usize,
    pub actions: usize,
    /// Commitments whose overall status is substantial or complete.
    pub substantial_or_complete: usize,
    /// `substantial_or_complete / commitments` (0 for an empty set).
    pub share_substantial_or_complete: f64,
    /// Commitments behind their calendar.
    pub delayed: usize,
    /// Commitments by overall status, in vocabulary order.
    pub by_status: Counts<StatusCode>,
    /// Actions by status, in vocabulary order.
    pub actions_by_status: Counts<StatusCode>,
    /// Actions by status for every axis of the snapshot, in axis order (axes with
    /// no commitment in the set included, with zeros), for stacked bars.
    pub by_axis: Vec<AxisStats>,
    /// Commitments by calendar code, in vocabulary order.
    pub by_calendar: Counts<CalendarCode>,
}

impl Stats {
    /// Figures for `commitments` (e.g. the filtered ones:
    /// `indices.iter().map(|&i| &s.commitments[i])`, or `&s.commitments`).
    pub fn compute<'a>(
        s: &Snapshot,
        commitments: impl IntoIterator<Item = &'a Commitment>,
    ) -> Stats {
        let statuses = statuses_by_rank(s);
        let mut by_status = Counts::zero(statuses.clone());
        let mut actions_by_status = Counts::zero(statuses.clone());
        let mut by_calendar = Counts::zero(calendars_by_rank(s));
        let mut by_axis: Vec<AxisStats> = s
            .axes
            .iter()
            .map(|a| AxisStats {
                axis: a.id.clone(),
                number: a.number,
                title: a.title.clone(),
                commitments: 0,
                actions: Counts::zero(statuses.clone()),
            })
            .collect();
        let mut n = 0;
        for c in commitments {
            n += 1;
            by_status.add(c.status);
            by_calendar.add(c.calendar);
            let mut axis = by_axis.iter_mut().find(|a| a.axis == c.axis);
            if let Some(a) = axis.as_deref_mut() {
                a.commitments += 1;
            }
            for action in &c.actions {
                actions_by_status.add(action.status);
                if let Some(a) = axis.as_deref_mut() {
                    a.actions.add(action.status);
                }
            }
        }
        let substantial_or_complete =
            by_status.get(StatusCode::Substantial) + by_status.get(StatusCode::Complete);
        Stats {
            commitments: n,
            actions: actions_by_status.total(),
            substantial_or_complete,
            share_substantial_or_complete: if n == 0 {
                0.0
            } else {
                substantial_or_complete as f64 / n as f64
            },
            delayed: by_calendar.get(CalendarCode::Delayed),
            by_status,
            actions_by_status,
            by_axis,
            by_calendar,
        }
    }
}

/// One value to stack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BarPart {
    /// Stable key (e.g. a status code), for CSS classes and legends.
    pub key: String,
    pub label: String,
    pub value: usize,
}

/// One rectangle of a stacked bar.
#[derive(Debug, Clone, PartialEq)]
pub struct BarSegment {
    pub key: String,
    pub label: String,
    pub value: usize,
    /// Share of the bar's total, 0..=1.
    pub share: f64,
    /// Whole percentage; the percentages of one bar add up to exactly 100.
    pub percent: u32,
    pub x: f64,
    pub width: f64,
}

/// How a bar's length relates to its total.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Scale {
    /// The bar fills the width whatever its total (compare proportions).
    Fill,
    /// `width` stands for this total (compare sizes across bars; use the largest
    /// total of the chart).
    Total(usize),
}

/// Lays out `parts` side by side from x = 0. Parts with a zero value get no
/// segment; an all-zero bar has none.
pub fn stacked_bar(parts: &[BarPart], width: f64, scale: Scale) -> Vec<BarSegment> {
    let total: usize = parts.iter().map(|p| p.value).sum();
    // Also rejects a NaN width.
    if total == 0 || width.is_nan() || width <= 0.0 {
        return Vec::new();
    }
    let full = match scale {
        Scale::Fill => total,
        Scale::Total(t) => t.max(total),
    };
    let percents = whole_percents(&parts.iter().map(|p| p.value).collect::<Vec<_>>());
    // Positions from cumulative counts, not by adding widths, so segments abut
    // without drift and a full bar ends at `width` (times exactly 1.0).
    let at = |cumulative: usize| width * (cumulative as f64 / full as f64);
    let mut cumulative = 0;
    let mut out = Vec::new();
    for (i, p) in parts.iter().enumerate().filter(|(_, p)| p.value > 0) {
        let x = at(cumulative);
        cumulative += p.value;
        out.push(BarSegment {
            key: p.key.clone(),
            label: p.label.clone(),
            value: p.value,
            share: p.value as f64 / total as f64,
            percent: percents[i],
            x,
            width: at(cumulative) - x,
        });
    }
    out
}

/// One bar of a chart of several.
#[derive(Debug, Clone, PartialEq)]
pub struct BarRow {
    pub label: String,
    pub total: usize,
    pub y: f64,
    pub height: f64,
    pub segments: Vec<BarSegment>,
}

/// Several stacked bars, one under the other, `row_height` high with `gap`
/// between them. With `absolute`, bar lengths are proportional to their totals
/// (the largest fills `width`); otherwise every bar fills `width`.
pub fn stacked_bars(
    rows: &[(String, Vec<BarPart>)],
    width: f64,
    row_height: f64,
    gap: f64,
    absolute: bool,
) -> Vec<BarRow> {
    let totals: Vec<usize> = rows
        .iter()
        .map(|(_, parts)| parts.iter().map(|p| p.value).sum())
        .collect();
    let max = totals.iter().copied().max().unwrap_or(0);
    rows.iter()
        .zip(&totals)
        .enumerate()
        .map(|(i, ((label, parts), &total))| BarRow {
            label: label.clone(),
            total,
            y: i as f64 * (row_height + gap),
            height: row_height,
            segments: stacked_bar(
                parts,
                width,
                if absolute {
                    Scale::Total(max)
                } else {
                    Scale::Fill
                },
            ),
        })
        .collect()
}

/// Whole percentages of `values` adding up to exactly 100 (largest remainder
/// method; ties go to the earlier value). All zeros for a zero total.
pub fn whole_percents(values: &[usize]) -> Vec<u32> {
    let total: usize = values.iter().sum();
    if total == 0 {
        return vec![0; values.len()];
    }
    let mut floors: Vec<u32> = values.iter().map(|&v| (v * 100 / total) as u32).collect();
    let given: u32 = floors.iter().sum();
    let mut order: Vec<usize> = (0..values.len()).collect();
    // Remainder of v*100/total, compared as integers to avoid float ties.
    order.sort_by_key(|&i| std::cmp::Reverse(values[i] * 100 % total));
    for &i in order.iter().take((100 - given) as usize) {
        floors[i] += 1;
    }
    floors
}

#[cfg(test)]
mod tests;
