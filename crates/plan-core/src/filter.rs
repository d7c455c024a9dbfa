//! Which commitments a [`ViewState`] shows, and the count beside each facet option.
//!
//! Semantics: OR within a facet (statut=partial,complete shows both), AND across
//! facets and with the search text. An empty facet does not filter.
//!
//! Counts are the usual faceted-search ones: beside each option, the number of
//! commitments that pass the search text and every *other* facet and have that
//! option. For an unselected option that is how many commitments selecting it alone
//! (in its facet) would show; selected options show their own share.
//!
//! Cost: the text search is the expensive part (a scan of every commitment's
//! folded text); [`FacetTable::filter`] and [`FacetTable::counts`] take its
//! result, so the app scans once per keystroke for both. The table holds every
//! commitment's options as small integers, built once per snapshot; counts are
//! then one pass over the matching commitments, whatever the number of options.
//! [`passes`] is the definition the table follows (and the tests check).

use crate::fx_hash::FxHashMap;
use crate::lookup::{
    calendar_label, calendars_by_rank, has_story, involves, status_label, statuses_by_rank,
};
use crate::model::{Commitment, Snapshot};
use crate::search::{Query, SearchIndex};
use crate::url_state::{Facet, ViewState, STORY_ON};

/// Indices (into `s.commitments`) of the commitments the view shows, in snapshot
/// order (number order for a loaded snapshot). `index` must be built from `s`.
pub fn filter(s: &Snapshot, index: &SearchIndex, state: &ViewState) -> Vec<usize> {
    FacetTable::new(s).filter(s, &index.matching(&Query::parse(&state.q)), state)
}

/// Whether `c` passes `facet` of `state` (always, when nothing is selected in it).
pub fn passes(c: &Commitment, facet: Facet, state: &ViewState) -> bool {
    match facet {
        Facet::Axis => state.axes.is_empty() || state.axes.contains(&c.axis),
        Facet::Objective => {
            state.objectives.is_empty()
                || c.objective
                    .as_ref()
                    .is_some_and(|o| state.objectives.contains(o))
        }
        Facet::Status => state.statuses.is_empty() || state.statuses.contains(&c.status),
        Facet::Calendar => state.calendars.is_empty() || state.calendars.contains(&c.calendar),
        Facet::Institution => {
            state.institutions.is_empty() || state.institutions.iter().any(|id| involves(c, id))
        }
        Facet::ActionStatus => {
            state.action_statuses.is_empty()
                || c.actions
                    .iter()
                    .any(|a| state.action_statuses.contains(&a.status))
        }
        Facet::Story => !state.story || has_story(c),
    }
}

/// One option of a facet, ready to render as a checkbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetOption {
    /// The id or code, as in the URL and for [`ViewState::toggle`].
    pub value: String,
    /// French label (title, name or vocabulary label).
    pub label: String,
    /// Commitments passing the text and the other facets that have this option.
    pub count: usize,
    pub selected: bool,
}

/// The options of one facet, in display order (snapshot or vocabulary order).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetCounts {
    pub facet: Facet,
    pub options: Vec<FacetOption>,
}

/// Every facet with its options and counts, in [`Facet::ALL`] order. Options with a
/// zero count are kept (the UI may show them disabled).
pub fn facet_counts(s: &Snapshot, index: &SearchIndex, state: &ViewState) -> Vec<FacetCounts> {
    FacetTable::new(s).counts(s, &index.matching(&Query::parse(&state.q)), state)
}

/// Option values of one facet, mapped to their positions in its option list
/// (a list, in case two options share a value). Used once, to build a
/// [`FacetTable`].
struct Positions<'a>(FxHashMap<&'a str, Vec<u32>>);

impl<'a> Positions<'a> {
    fn new(values: impl Iterator<Item = &'a str>) -> Positions<'a> {
        let mut map: FxHashMap<&'a str, Vec<u32>> = FxHashMap::default();
        for (i, v) in values.enumerate() {
            map.entry(v).or_default().push(i as u32);
        }
        Positions(map)
    }

    fn of(&self, value: &str) -> &[u32] {
        self.0.get(value).map_or(&[], Vec::as_slice)
    }
}

/// Positions of `code` in `codes`.
fn code_positions<T: PartialEq + Copy>(codes: &[T], code: T) -> impl Iterator<Item = u32> + '_ {
    codes
        .iter()
        .enumerate()
        .filter(move |(_, c)| **c == code)
        .map(|(j, _)| j as u32)
}

/// Every commitment's options in every facet, as positions in the facet's
/// option list, worked out once per snapshot. Counting and filtering then
/// compare small integers instead of looking up ids (strings) for every
/// commitment at every keystroke: at 5,000 commitments that lookup was most
/// of a keystroke's counting time.
///
/// Built from a loaded snapshot, where every id a commitment names is an option
/// (the loader checks it), so "has an option selected in this facet" is exactly
/// [`passes`].
#[derive(Debug, Clone)]
pub struct FacetTable {
    /// The option positions of every commitment, facet after facet:
    /// commitment `i`, facet `f` is `positions[starts[i][f]..starts[i][f + 1]]`.
    /// Each list has no repeats (an institution named twice in a commitment,
    /// lead and actor, counts once).
    positions: Vec<u32>,
    starts: Vec<[u32; FACETS + 1]>,
    /// Number of options of each facet, in [`Facet::ALL`] order.
    sizes: [usize; FACETS],
}

const FACETS: usize = Facet::ALL.len();

impl FacetTable {
    pub fn new(s: &Snapshot) -> FacetTable {
        let objectives: Vec<_> = s.axes.iter().flat_map(|a| a.objectives.iter()).collect();
        let statuses = statuses_by_rank(s);
        let calendars = calendars_by_rank(s);
        let axis_pos = Positions::new(s.axes.iter().map(|a| a.id.as_str()));
        let objective_pos = Positions::new(objectives.iter().map(|o| o.id.as_str()));
        let institution_pos = Positions::new(s.institutions.iter().map(|i| i.id.as_str()));
        let sizes = [
            s.axes.len(),
            objectives.len(),
            statuses.len(),
            calendars.len(),
            s.institutions.len(),
            statuses.len(),
            1,
        ];

        let mut positions = Vec::with_capacity(s.commitments.len() * 12);
        let mut starts = Vec::with_capacity(s.commitments.len());
        for c in &s.commitments {
            let mut start = [0u32; FACETS + 1];
            for (fi, facet) in Facet::ALL.iter().enumerate() {
                start[fi] = positions.len() as u32;
                match facet {
                    Facet::Axis => positions.extend_from_slice(axis_pos.of(&c.axis)),
                    Facet::Objective => {
                        if let Some(o) = &c.objective {
                            positions.extend_from_slice(objective_pos.of(o));
                        }
                    }
                    Facet::Status => positions.extend(code_positions(&statuses, c.status)),
                    Facet::Calendar => positions.extend(code_positions(&calendars, c.calendar)),
                    Facet::Institution => {
                        let actors = c.actions.iter().filter_map(|a| a.actor.as_deref());
                        let from = positions.len();
                        for id in c.institutions.iter().map(String::as_str).chain(actors) {
                            for &j in institution_pos.of(id) {
                                if !positions[from..].contains(&j) {
                                    positions.push(j);
                                }
                            }
                        }
                    }
                    Facet::ActionStatus => {
                        positions.extend((0..statuses.len() as u32).filter(|&j| {
                            c.actions.iter().any(|a| a.status == statuses[j as usize])
                        }))
                    }
                    Facet::Story => {
                        if has_story(c) {
                            positions.push(0);
                        }
                    }
                }
            }
            start[FACETS] = positions.len() as u32;
            starts.push(start);
        }
        FacetTable {
            positions,
            starts,
            sizes,
        }
    }

    /// Option positions of commitment `i` in facet number `f`.
    fn options_of(&self, i: usize, f: usize) -> &[u32] {
        match self.starts.get(i) {
            Some(start) => &self.positions[start[f] as usize..start[f + 1] as usize],
            None => &[],
        }
    }

    /// Which options the view selects, per facet (`None`: nothing selected, the
    /// facet does not filter).
    fn selected(&self, s: &Snapshot, state: &ViewState) -> [Option<Vec<bool>>; FACETS] {
        let options = option_values(s);
        Facet::ALL.map(|facet| {
            let fi = facet_number(facet);
            let values = &options[fi];
            let marks: Vec<bool> = values.iter().map(|v| state.is_selected(facet, v)).collect();
            let filters = match facet {
                Facet::Story => state.story,
                _ => !selection_is_empty(state, facet),
            };
            filters.then_some(marks)
        })
    }

    /// Whether commitment `i` passes facet number `f` of the selection.
    fn passes(&self, i: usize, f: usize, selected: &Option<Vec<bool>>) -> bool {
        match selected {
            None => true,
            Some(marks) => self
                .options_of(i, f)
                .iter()
                .any(|&j| marks.get(j as usize).copied().unwrap_or(false)),
        }
    }

    /// [`filter`] when the commitments matching the search text are already
    /// known: `text_matches` (indices into `s.commitments`, in snapshot order,
    /// as [`SearchIndex::matching`] gives them) are kept if they pass every
    /// facet. The table must be built from `s`.
    pub fn filter(&self, s: &Snapshot, text_matches: &[usize], state: &ViewState) -> Vec<usize> {
        let selected = self.selected(s, state);
        text_matches
            .iter()
            .copied()
            .filter(|&i| {
                i < self.starts.len() && (0..FACETS).all(|f| self.passes(i, f, &selected[f]))
            })
            .collect()
    }

    /// [`facet_counts`] when the commitments matching the search text are
    /// already known (see [`FacetTable::filter`]). One pass over them: a
    /// commitment passing every facet but `F` (or all of them) counts for each
    /// of its options in `F`.
    pub fn counts(
        &self,
        s: &Snapshot,
        text_matches: &[usize],
        state: &ViewState,
    ) -> Vec<FacetCounts> {
        let selected = self.selected(s, state);
        let mut counts: Vec<Vec<usize>> = self.sizes.iter().map(|&n| vec![0; n]).collect();
        for &i in text_matches {
            if i >= self.starts.len() {
                continue;
            }
            // The facets `i` fails; past two, it counts nowhere.
            let mut failed = 0;
            let mut failed_facet = 0;
            for (f, sel) in selected.iter().enumerate() {
                if !self.passes(i, f, sel) {
                    failed += 1;
                    failed_facet = f;
                    if failed > 1 {
                        break;
                    }
                }
            }
            let facets = match failed {
                0 => 0..FACETS,
                // With one facet failed, only that facet's counts include `i`.
                1 => failed_facet..failed_facet + 1,
                _ => continue,
            };
            for f in facets {
                let n = &mut counts[f];
                for &j in self.options_of(i, f) {
                    if let Some(x) = n.get_mut(j as usize) {
                        *x += 1;
                    }
                }
            }
        }
        facet_options(s, state, counts)
    }
}

/// Position of `facet` in [`Facet::ALL`].
fn facet_number(facet: Facet) -> usize {
    Facet::ALL.iter().position(|&f| f == facet).unwrap_or(0)
}

/// Whether the view selects nothing in `facet`.
fn selection_is_empty(state: &ViewState, facet: Facet) -> bool {
    match facet {
        Facet::Axis => state.axes.is_empty(),
        Facet::Objective => state.objectives.is_empty(),
        Facet::Status => state.statuses.is_empty(),
        Facet::Calendar => state.calendars.is_empty(),
        Facet::Institution => state.institutions.is_empty(),
        Facet::ActionStatus => state.action_statuses.is_empty(),
        Facet::Story => !state.story,
    }
}

/// The option values of every facet, in display order (the order of the
/// table's positions and of [`FacetCounts::options`]).
fn option_values(s: &Snapshot) -> [Vec<&str>; FACETS] {
    let statuses: Vec<&str> = statuses_by_rank(s).iter().map(|c| c.as_str()).collect();
    let calendars: Vec<&str> = calendars_by_rank(s).iter().map(|c| c.as_str()).collect();
    Facet::ALL.map(|facet| match facet {
        Facet::Axis => s.axes.iter().map(|a| a.id.as_str()).collect(),
        Facet::Objective => s
            .axes
            .iter()
            .flat_map(|a| a.objectives.iter())
            .map(|o| o.id.as_str())
            .collect(),
        Facet::Status | Facet::ActionStatus => statuses.clone(),
        Facet::Calendar => calendars.clone(),
        Facet::Institution => s.institutions.iter().map(|i| i.id.as_str()).collect(),
        Facet::Story => vec![STORY_ON],
    })
}

/// Every facet's options with their labels, counts (`counts[f][option]`) and
/// selected flags, in [`Facet::ALL`] order.
fn facet_options(s: &Snapshot, state: &ViewState, counts: Vec<Vec<usize>>) -> Vec<FacetCounts> {
    let statuses = statuses_by_rank(s);
    let calendars = calendars_by_rank(s);
    let mut counts = counts.into_iter();
    Facet::ALL
        .iter()
        .map(|&facet| {
            let n = counts.next().unwrap_or_default();
            let option = |j: usize, value: &str, label: &str| FacetOption {
                value: value.to_owned(),
                label: label.to_owned(),
                count: n.get(j).copied().unwrap_or(0),
                selected: state.is_selected(facet, value),
            };
            let options = match facet {
                Facet::Axis => s
                    .axes
                    .iter()
                    .enumerate()
                    .map(|(j, a)| option(j, &a.id, &a.title))
                    .collect(),
                Facet::Objective => s
                    .axes
                    .iter()
                    .flat_map(|a| a.objectives.iter())
                    .enumerate()
                    .map(|(j, o)| option(j, &o.id, &o.title))
                    .collect(),
                Facet::Status | Facet::ActionStatus => statuses
                    .iter()
                    .enumerate()
                    .map(|(j, &code)| option(j, code.as_str(), status_label(s, code)))
                    .collect(),
                Facet::Calendar => calendars
                    .iter()
                    .enumerate()
                    .map(|(j, &code)| option(j, code.as_str(), calendar_label(s, code)))
                    .collect(),
                Facet::Institution => s
                    .institutions
                    .iter()
                    .enumerate()
                    .map(|(j, inst)| option(j, &inst.id, &inst.name))
                    .collect(),
                Facet::Story => vec![option(0, STORY_ON, "Avec une belle histoire")],
            };
            FacetCounts { facet, options }
        })
        .collect()
}

#[cfg(test)]
mod tests;
