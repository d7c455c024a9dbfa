//! Which commitments a [`ViewState`] shows, and the count beside each facet option.
//!
//! Semantics: OR within a facet (statut=partial,complete shows both), AND across
//! facets and with the search text. An empty facet does not filter.
//!
//! Counts are the usual faceted-search ones: beside each option, the number of
//! commitments that pass the search text and every *other* facet and have that
//! option. For an unselected option that is how many commitments selecting it alone
//! (in its facet) would show; selected options show their own share.

use crate::lookup::{
    calendar_label, calendars_by_rank, has_story, involves, status_label, statuses_by_rank,
};
use crate::model::{Commitment, Snapshot};
use crate::search::{Query, SearchIndex};
use crate::url_state::{Facet, ViewState, STORY_ON};

/// Indices (into `s.commitments`) of the commitments the view shows, in snapshot
/// order (number order for a loaded snapshot). `index` must be built from `s`.
pub fn filter(s: &Snapshot, index: &SearchIndex, state: &ViewState) -> Vec<usize> {
    let query = Query::parse(&state.q);
    s.commitments
        .iter()
        .enumerate()
        .filter(|(i, c)| {
            index.matches(*i, &query) && Facet::ALL.iter().all(|&f| passes(c, f, state))
        })
        .map(|(i, _)| i)
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
    let query = Query::parse(&state.q);
    // For each commitment passing the text: which facets it passes.
    let passing: Vec<(&Commitment, [bool; 7])> = s
        .commitments
        .iter()
        .enumerate()
        .filter(|(i, _)| index.matches(*i, &query))
        .map(|(_, c)| (c, Facet::ALL.map(|f| passes(c, f, state))))
        .collect();

    Facet::ALL
        .iter()
        .enumerate()
        .map(|(fi, &facet)| {
            // Commitments passing every facet but this one.
            let pool: Vec<&Commitment> = passing
                .iter()
                .filter(|(_, p)| p.iter().enumerate().all(|(j, ok)| j == fi || *ok))
                .map(|(c, _)| *c)
                .collect();
            let count = |has: &dyn Fn(&Commitment) -> bool| pool.iter().filter(|c| has(c)).count();
            let option = |value: &str, label: &str, count: usize| FacetOption {
                value: value.to_owned(),
                label: label.to_owned(),
                count,
                selected: state.is_selected(facet, value),
            };
            let options = match facet {
                Facet::Axis => s
                    .axes
                    .iter()
                    .map(|a| option(&a.id, &a.title, count(&|c| c.axis == a.id)))
                    .collect(),
                Facet::Objective => s
                    .axes
                    .iter()
                    .flat_map(|a| a.objectives.iter())
                    .map(|o| {
                        let n = count(&|c| c.objective.as_deref() == Some(o.id.as_str()));
                        option(&o.id, &o.title, n)
                    })
                    .collect(),
                Facet::Status => statuses_by_rank(s)
                    .into_iter()
                    .map(|code| {
                        let n = count(&|c| c.status == code);
                        option(code.as_str(), status_label(s, code), n)
                    })
                    .collect(),
                Facet::Calendar => calendars_by_rank(s)
                    .into_iter()
                    .map(|code| {
                        let n = count(&|c| c.calendar == code);
                        option(code.as_str(), calendar_label(s, code), n)
                    })
                    .collect(),
                Facet::Institution => s
                    .institutions
                    .iter()
                    .map(|inst| option(&inst.id, &inst.name, count(&|c| involves(c, &inst.id))))
                    .collect(),
                Facet::ActionStatus => statuses_by_rank(s)
                    .into_iter()
                    .map(|code| {
                        let n = count(&|c| c.actions.iter().any(|a| a.status == code));
                        option(code.as_str(), status_label(s, code), n)
                    })
                    .collect(),
                Facet::Story => vec![option(
                    STORY_ON,
                    "Avec une belle histoire",
                    count(&|c| has_story(c)),
                )],
            };
            FacetCounts { facet, options }
        })
        .collect()
}

#[cfg(test)]
mod tests;
