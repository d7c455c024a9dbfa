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
//! folded text); [`filter_among`] and [`facet_counts_among`] take its result, so
//! the app scans once per keystroke for both. Facet counts are one pass over the
//! matching commitments, whatever the number of options.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::lookup::{
    calendar_label, calendars_by_rank, has_story, involves, status_label, statuses_by_rank,
};
use crate::model::{Commitment, Snapshot};
use crate::search::{Query, SearchIndex};
use crate::url_state::{Facet, ViewState, STORY_ON};

/// Indices (into `s.commitments`) of the commitments the view shows, in snapshot
/// order (number order for a loaded snapshot). `index` must be built from `s`.
pub fn filter(s: &Snapshot, index: &SearchIndex, state: &ViewState) -> Vec<usize> {
    filter_among(s, &index.matching(&Query::parse(&state.q)), state)
}

/// [`filter`] when the commitments matching the search text are already known:
/// `text_matches` (indices into `s.commitments`, in snapshot order, as
/// [`SearchIndex::matching`] gives them) are kept if they pass every facet.
pub fn filter_among(s: &Snapshot, text_matches: &[usize], state: &ViewState) -> Vec<usize> {
    text_matches
        .iter()
        .copied()
        .filter(|&i| {
            s.commitments
                .get(i)
                .is_some_and(|c| Facet::ALL.iter().all(|&f| passes(c, f, state)))
        })
        .collect()
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
    facet_counts_among(s, &index.matching(&Query::parse(&state.q)), state)
}

/// Option values of one facet, mapped to their positions in its option list
/// (a list, in case two options share a value).
struct Positions<'a>(HashMap<&'a str, Vec<usize>, BuildHasherDefault<FxHasher>>);

/// A fast non-cryptographic hash (rustc's "Fx" hash), 8 bytes per step: the
/// counts look up long ids (institution slugs of up to ~100 characters) for
/// every commitment, where the default SipHash would dominate.
#[derive(Default)]
struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let word = u64::from_le_bytes(c.try_into().unwrap_or([0; 8]));
            self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

impl<'a> Positions<'a> {
    fn new(values: impl Iterator<Item = &'a str>) -> Positions<'a> {
        let mut map: HashMap<&'a str, Vec<usize>, BuildHasherDefault<FxHasher>> =
            HashMap::default();
        for (i, v) in values.enumerate() {
            map.entry(v).or_default().push(i);
        }
        Positions(map)
    }

    fn of(&self, value: &str) -> &[usize] {
        self.0.get(value).map_or(&[], Vec::as_slice)
    }
}

/// Positions of `code` in `codes`.
fn code_positions<T: PartialEq + Copy>(codes: &[T], code: T) -> impl Iterator<Item = usize> + '_ {
    codes
        .iter()
        .enumerate()
        .filter(move |(_, c)| **c == code)
        .map(|(j, _)| j)
}

/// [`facet_counts`] when the commitments matching the search text are already
/// known (see [`filter_among`]). One pass over them: a commitment passing every
/// facet but `F` (or all of them) counts for each of its options in `F`.
pub fn facet_counts_among(
    s: &Snapshot,
    text_matches: &[usize],
    state: &ViewState,
) -> Vec<FacetCounts> {
    let objectives: Vec<_> = s.axes.iter().flat_map(|a| a.objectives.iter()).collect();
    let statuses = statuses_by_rank(s);
    let calendars = calendars_by_rank(s);
    let axis_pos = Positions::new(s.axes.iter().map(|a| a.id.as_str()));
    let objective_pos = Positions::new(objectives.iter().map(|o| o.id.as_str()));
    let institution_pos = Positions::new(s.institutions.iter().map(|i| i.id.as_str()));

    // counts[f][option], in the order of each facet's options below.
    let sizes = [
        s.axes.len(),
        objectives.len(),
        statuses.len(),
        calendars.len(),
        s.institutions.len(),
        statuses.len(),
        1,
    ];
    let mut counts: Vec<Vec<usize>> = sizes.iter().map(|&n| vec![0; n]).collect();
    // The last commitment counted for each institution option: an institution
    // named twice in one commitment (lead and actor of an action) counts once.
    let mut institution_seen: Vec<usize> = vec![usize::MAX; s.institutions.len()];

    for &i in text_matches {
        let Some(c) = s.commitments.get(i) else {
            continue;
        };
        let pass = Facet::ALL.map(|f| passes(c, f, state));
        let failed = pass.iter().filter(|ok| !**ok).count();
        if failed > 1 {
            continue;
        }
        for (fi, &facet) in Facet::ALL.iter().enumerate() {
            // With one facet failed, only that facet's counts include `c`.
            if failed == 1 && pass[fi] {
                continue;
            }
            let n = &mut counts[fi];
            match facet {
                Facet::Axis => axis_pos.of(&c.axis).iter().for_each(|&j| n[j] += 1),
                Facet::Objective => {
                    if let Some(o) = &c.objective {
                        objective_pos.of(o).iter().for_each(|&j| n[j] += 1);
                    }
                }
                Facet::Status => code_positions(&statuses, c.status).for_each(|j| n[j] += 1),
                Facet::Calendar => code_positions(&calendars, c.calendar).for_each(|j| n[j] += 1),
                Facet::Institution => {
                    let actors = c.actions.iter().filter_map(|a| a.actor.as_deref());
                    for id in c.institutions.iter().map(String::as_str).chain(actors) {
                        for &j in institution_pos.of(id) {
                            if institution_seen[j] != i {
                                institution_seen[j] = i;
                                n[j] += 1;
                            }
                        }
                    }
                }
                Facet::ActionStatus => {
                    for (j, code) in statuses.iter().enumerate() {
                        if c.actions.iter().any(|a| a.status == *code) {
                            n[j] += 1;
                        }
                    }
                }
                Facet::Story => {
                    if has_story(c) {
                        n[0] += 1;
                    }
                }
            }
        }
    }

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
                Facet::Objective => objectives
                    .iter()
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
