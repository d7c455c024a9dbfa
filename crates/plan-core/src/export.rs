//! Downloads of exactly the current view: CSV of the commitments, CSV of their
//! actions, and JSON of the subset in the snapshot's own schema.
//!
//! CSV choices, for Excel in French first (the most common tool of the
//! journalists this is for), then any RFC 4180 reader:
//! - UTF-8 with a byte-order mark, which is how Excel knows the file is UTF-8
//!   (without it, accents come out as `Ã©`);
//! - `;` as separator: French Excel splits on its list separator, `;`, when it
//!   opens a `.csv` by double-click (a `sep=;` first line would make it ignore
//!   the byte-order mark, so there is none);
//! - CRLF line ends and RFC 4180 quoting: a field with `;`, `,`, `"`, CR or LF
//!   is quoted and its quotes doubled;
//! - a field that would start a spreadsheet formula (`=`, `+`, `-`, `@`, tab,
//!   CR) gets a leading `'`, so a modified snapshot cannot run formulas in the
//!   reader's spreadsheet (the real snapshot has no such field).
//!
//! The JSON subset keeps the vocabulary, the axes and the institutions the
//! chosen commitments refer to, so it loads with [`crate::load::load_snapshot`]
//! like the full snapshot. An empty view has no JSON: the format needs at least
//! one commitment.

use std::collections::BTreeSet;

use crate::lookup::{axis_of, calendar_label, institution_by_id, objective_of, status_label};
use crate::model::Snapshot;

/// Field separator of the CSV files.
pub const SEPARATOR: char = ';';
/// UTF-8 byte-order mark that starts the CSV files.
pub const BOM: &str = "\u{FEFF}";

/// Column headers of [`commitments_csv`].
pub const COMMITMENT_HEADERS: [&str; 13] = [
    "Numéro",
    "Identifiant",
    "Titre",
    "Axe",
    "Objectif",
    "État d’avancement",
    "État tel qu’imprimé",
    "Calendrier",
    "Institutions",
    "Nombre d’actions",
    "Belles histoires",
    "Contributions",
    "Lien",
];

/// Column headers of [`actions_csv`].
pub const ACTION_HEADERS: [&str; 9] = [
    "Engagement",
    "Titre de l’engagement",
    "Action",
    "Texte",
    "Résultats",
    "Prochaines étapes",
    "État d’avancement",
    "État tel qu’imprimé",
    "Acteur",
];

/// One CSV field, quoted if needed.
pub fn csv_field(value: &str) -> String {
    let guarded;
    let value = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        guarded = format!("'{value}");
        guarded.as_str()
    } else {
        value
    };
    if value.contains([SEPARATOR, ',', '"', '\r', '\n']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_owned()
    }
}

fn push_row<S: AsRef<str>>(out: &mut String, fields: impl IntoIterator<Item = S>) {
    let mut first = true;
    for f in fields {
        if !first {
            out.push(SEPARATOR);
        }
        first = false;
        out.push_str(&csv_field(f.as_ref()));
    }
    out.push_str("\r\n");
}

/// The commitments at `shown` (indices into `s.commitments`, in that order),
/// one row each. `app_url` is the app's absolute root URL without trailing
/// slash; the last column links each commitment's page.
pub fn commitments_csv(s: &Snapshot, shown: &[usize], app_url: &str) -> String {
    let mut out = String::from(BOM);
    push_row(&mut out, COMMITMENT_HEADERS);
    for c in shown.iter().filter_map(|&i| s.commitments.get(i)) {
        let axis = axis_of(s, c).map_or_else(
            || c.axis.clone(),
            |a| format!("Axe {} · {}", a.number, a.title),
        );
        let objective = objective_of(s, c).map_or_else(String::new, |o| o.title.clone());
        let institutions: Vec<&str> = c
            .institutions
            .iter()
            .map(|id| institution_by_id(s, id).map_or(id.as_str(), |i| i.name.as_str()))
            .collect();
        push_row(
            &mut out,
            [
                c.number.to_string(),
                c.id.clone(),
                c.title.clone(),
                axis,
                objective,
                status_label(s, c.status).to_owned(),
                c.status_label.clone(),
                calendar_label(s, c.calendar).to_owned(),
                institutions.join(" | "),
                c.actions.len().to_string(),
                c.stories.len().to_string(),
                c.contributions.to_string(),
                format!("{app_url}/engagements/{}/", c.number),
            ],
        );
    }
    out
}

/// The actions of the commitments at `shown`, one row each, in report order.
pub fn actions_csv(s: &Snapshot, shown: &[usize]) -> String {
    let mut out = String::from(BOM);
    push_row(&mut out, ACTION_HEADERS);
    for c in shown.iter().filter_map(|&i| s.commitments.get(i)) {
        for a in &c.actions {
            let actor = a.actor.as_deref().map_or("", |id| {
                institution_by_id(s, id).map_or(id, |i| i.name.as_str())
            });
            push_row(
                &mut out,
                [
                    c.number.to_string().as_str(),
                    c.title.as_str(),
                    a.id.as_str(),
                    a.text.as_str(),
                    a.results.as_str(),
                    a.next_steps.as_str(),
                    status_label(s, a.status),
                    a.status_label.as_str(),
                    actor,
                ],
            );
        }
    }
    out
}

/// The snapshot reduced to the commitments at `shown`, in snapshot order, with
/// only the institutions they refer to. `None` when `shown` selects nothing.
pub fn subset(s: &Snapshot, shown: &[usize]) -> Option<Snapshot> {
    let keep: BTreeSet<usize> = shown
        .iter()
        .copied()
        .filter(|&i| i < s.commitments.len())
        .collect();
    if keep.is_empty() {
        return None;
    }
    let commitments: Vec<_> = keep.iter().map(|&i| s.commitments[i].clone()).collect();
    let used: BTreeSet<&str> = commitments
        .iter()
        .flat_map(|c| {
            c.institutions
                .iter()
                .map(String::as_str)
                .chain(c.actions.iter().filter_map(|a| a.actor.as_deref()))
        })
        .collect();
    let institutions = s
        .institutions
        .iter()
        .filter(|i| used.contains(i.id.as_str()))
        .cloned()
        .collect();
    Some(Snapshot {
        institutions,
        commitments,
        ..s.clone()
    })
}

/// [`subset`] as pretty-printed JSON (the snapshot's format).
pub fn subset_json(s: &Snapshot, shown: &[usize]) -> Option<String> {
    let sub = subset(s, shown)?;
    serde_json::to_string_pretty(&sub).ok()
}

/// File name of a download: `plan-ouvert-<what>-<as_of>.<ext>`, where `what`
/// is a plain slug (`engagements`, `actions`, `graphique-statuts`).
pub fn file_name(s: &Snapshot, what: &str, ext: &str) -> String {
    let date: String = s
        .source
        .as_of
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .take(10)
        .collect();
    format!("plan-ouvert-{what}-{date}.{ext}")
}

#[cfg(test)]
mod tests;
