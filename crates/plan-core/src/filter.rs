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
use crate::i18n::Lang;
use crate::lookup::{
    calendar_label_in, calendars_by_rank, has_story, involves, status_label_in, statuses_by_rank,
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
    /// Label: the report's title or name (French in both languages), or the
    /// vocabulary's label in the interface's language.
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
/// Labels are French; [`option_label`] gives them in another language.
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
        let options = facet_option_list(s);
        let sizes = options.each_ref().map(Vec::len);
        let pos = options
            .each_ref()
            .map(|list| Positions::new(list.iter().map(|&(value, _)| value)));

        let mut positions = Vec::with_capacity(s.commitments.len() * 12);
        let mut starts = Vec::with_capacity(s.commitments.len());
        for c in &s.commitments {
            let mut start = [0u32; FACETS + 1];
            for (fi, facet) in Facet::ALL.iter().enumerate() {
                start[fi] = positions.len() as u32;
                // The option values `c` has in this facet; an institution
                // named twice (lead and actor) or a status shared by two
                // actions is listed once.
                let values: Vec<&str> = match facet {
                    Facet::Axis => vec![c.axis.as_str()],
                    Facet::Objective => c.objective.iter().map(String::as_str).collect(),
                    Facet::Status => vec![c.status.as_str()],
                    Facet::Calendar => vec![c.calendar.as_str()],
                    Facet::Institution => {
                        let actors = c.actions.iter().filter_map(|a| a.actor.as_deref());
                        c.institutions
                            .iter()
                            .map(String::as_str)
                            .chain(actors)
                            .collect()
                    }
                    Facet::ActionStatus => c.actions.iter().map(|a| a.status.as_str()).collect(),
                    Facet::Story => {
                        if has_story(c) {
                            vec![STORY_ON]
                        } else {
                            Vec::new()
                        }
                    }
                };
                let from = positions.len();
                for value in values {
                    for &j in pos[fi].of(value) {
                        if !positions[from..].contains(&j) {
                            positions.push(j);
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

    /// Option positions of commitment `i` in facet number `f` (in
    /// [`Facet::ALL`] order), into that facet's options as
    /// [`FacetTable::counts`] lists them.
    pub fn options_of(&self, i: usize, f: usize) -> &[u32] {
        match self.starts.get(i) {
            Some(start) => &self.positions[start[f] as usize..start[f + 1] as usize],
            None => &[],
        }
    }

    /// Which options the view selects, per facet (`None`: nothing selected, the
    /// facet does not filter). `options` is [`facet_option_list`].
    fn selected(
        options: &[Vec<(&str, &str)>; FACETS],
        state: &ViewState,
    ) -> [Option<Vec<bool>>; FACETS] {
        let mut lists = options.iter();
        Facet::ALL.map(|facet| {
            let list = lists.next().map_or(&[][..], Vec::as_slice);
            (!selection_is_empty(state, facet)).then(|| {
                list.iter()
                    .map(|(v, _)| state.is_selected(facet, v))
                    .collect()
            })
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
        let selected = FacetTable::selected(&facet_option_list(s), state);
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
        let options = facet_option_list(s);
        let selected = FacetTable::selected(&options, state);
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
        facet_options(&options, state, counts)
    }
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

/// Every facet's options as (value, label), in display order: the order of the
/// table's positions and of [`FacetCounts::options`].
/// Labels in `lang` (values, hence positions, are the same in every language).
fn facet_option_list(s: &Snapshot) -> [Vec<(&str, &str)>; FACETS] {
    let statuses: Vec<(&str, &str)> = statuses_by_rank(s)
        .into_iter()
        .map(|code| (code.as_str(), status_label_in(s, code, Lang::Fr)))
        .collect();
    let story = Lang::Fr.texts().story_on;
    Facet::ALL.map(|facet| match facet {
        Facet::Axis => s
            .axes
            .iter()
            .map(|a| (a.id.as_str(), a.title.as_str()))
            .collect(),
        Facet::Objective => s
            .axes
            .iter()
            .flat_map(|a| a.objectives.iter())
            .map(|o| (o.id.as_str(), o.title.as_str()))
            .collect(),
        Facet::Status | Facet::ActionStatus => statuses.clone(),
        Facet::Calendar => calendars_by_rank(s)
            .into_iter()
            .map(|code| (code.as_str(), calendar_label_in(s, code, Lang::Fr)))
            .collect(),
        Facet::Institution => s
            .institutions
            .iter()
            .map(|i| (i.id.as_str(), i.name.as_str()))
            .collect(),
        Facet::Story => vec![(STORY_ON, story)],
    })
}

/// Every facet's options with their labels, counts (`counts[f][option]`) and
/// selected flags, in [`Facet::ALL`] order.
fn facet_options(
    options: &[Vec<(&str, &str)>; FACETS],
    state: &ViewState,
    counts: Vec<Vec<usize>>,
) -> Vec<FacetCounts> {
    Facet::ALL
        .iter()
        .zip(options)
        .zip(counts)
        .map(|((&facet, list), n)| FacetCounts {
            facet,
            options: list
                .iter()
                .enumerate()
                .map(|(j, &(value, label))| FacetOption {
                    value: value.to_owned(),
                    label: label.to_owned(),
                    count: n.get(j).copied().unwrap_or(0),
                    selected: state.is_selected(facet, value),
                })
                .collect(),
        })
        .collect()
}

/// A facet option's label in `lang`, from its French `label` (as
/// [`facet_counts`] and the active filters give it): statuses and calendars
/// are named by the snapshot's `label_en` on English pages, the story
/// option is an interface text, and the rest (axes, objectives,
/// institutions) is the snapshot's own text, the same in both languages.
pub fn option_label(s: &Snapshot, facet: Facet, value: &str, label: &str, lang: Lang) -> String {
    if lang == Lang::Fr {
        return label.to_owned();
    }
    let found = match facet {
        Facet::Status | Facet::ActionStatus => s
            .statuses
            .iter()
            .find(|d| d.code.as_str() == value)
            .map(|d| d.label_en.clone()),
        Facet::Calendar => s
            .calendars
            .iter()
            .find(|d| d.code.as_str() == value)
            .map(|d| d.label_en.clone()),
        Facet::Story => Some(lang.texts().story_on.to_owned()),
        Facet::Axis | Facet::Objective | Facet::Institution => None,
    };
    found.unwrap_or_else(|| label.to_owned())
}

#[cfg(test)]
mod tests;
