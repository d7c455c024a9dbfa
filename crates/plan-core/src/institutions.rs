//! The institution pages' data: every institution with what it carries.

use crate::fold::fold;
use crate::lookup::{commitments_of_institution, institution_by_id};
use crate::model::{Commitment, Institution, Snapshot};
use crate::stats::Stats;

/// One institution and the commitments involving it (as carrier or as the
/// actor of an action).
#[derive(Debug, Clone, PartialEq)]
pub struct InstitutionSummary<'a> {
    pub institution: &'a Institution,
    /// In snapshot (number) order.
    pub commitments: Vec<&'a Commitment>,
    pub stats: Stats,
}

/// The summary of institution `id`, if the snapshot knows it.
pub fn summary<'a>(s: &'a Snapshot, id: &str) -> Option<InstitutionSummary<'a>> {
    let institution = institution_by_id(s, id)?;
    let commitments = commitments_of_institution(s, id);
    let stats = Stats::compute(s, commitments.iter().copied());
    Some(InstitutionSummary {
        institution,
        commitments,
        stats,
    })
}

/// Every institution, in French alphabetical order (accents and case ignored,
/// as in a printed index).
pub fn index(s: &Snapshot) -> Vec<InstitutionSummary<'_>> {
    let mut all: Vec<InstitutionSummary> = s
        .institutions
        .iter()
        .filter_map(|i| summary(s, &i.id))
        .collect();
    all.sort_by_cached_key(|x| fold(&x.institution.name));
    all
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;

    #[test]
    fn index_is_alphabetical_with_counts() {
        let s = fixture::snapshot();
        let rows: Vec<(&str, Vec<u32>)> = index(&s)
            .iter()
            .map(|x| {
                (
                    x.institution.id.as_str(),
                    x.commitments.iter().map(|c| c.number).collect(),
                )
            })
            .collect();
        let mut names: Vec<String> = s.institutions.iter().map(|i| fold(&i.name)).collect();
        names.sort();
        let got: Vec<String> = index(&s)
            .iter()
            .map(|x| fold(&x.institution.name))
            .collect();
        assert_eq!(got, names);
        assert!(rows.contains(&("dila", vec![2, 4])), "{rows:?}");
        assert!(rows.contains(&("cour-des-comptes", vec![1, 3])), "{rows:?}");
    }

    #[test]
    fn summary_counts_statuses_of_its_commitments() {
        let s = fixture::snapshot();
        let x = summary(&s, "dila").unwrap();
        assert_eq!(x.stats.commitments, 2);
        assert_eq!(x.stats.delayed, 2);
        assert!(summary(&s, "nope").is_none());
    }
}
