//! The static preview written into each page: what a reader sees while the
//! app (about 340 KB of WebAssembly) downloads and starts, on a slow phone
//! several seconds; and what stays if it never starts.
//!
//! It is plain HTML with the app's own classes, links to the generated
//! pages, and no script: the site header, the page's heading and, on the
//! overview and the institution pages, the list of commitments with their
//! printed status and calendar. The app removes it (`#apercu`) as soon as
//! its first view is drawn; until then `style/main.css` hides the app's own
//! nodes, so the two never show together. Texts shared with the app
//! (header, headings) are checked against it by `tests/e2e/foundation.spec.mjs`.
//!
//! Links are written from the site root as `./…`; [`crate::render`] makes
//! them relative to each page's depth, like the asset URLs.

use plan_core::format::french_date;
use plan_core::model::Commitment;
use plan_core::{lookup, Snapshot};

use crate::escape;

/// `<div id="apercu">` holding the header and `main`, ready to insert after `<body>`.
pub fn wrap(main: &str) -> String {
    format!(
        concat!(
            "<div id=\"apercu\">",
            "<header class=\"site-header\"><a href=\"./\" class=\"brand\">",
            "<span class=\"brand-name\">Plan ouvert</span>",
            "<span class=\"brand-sub\">Plan d’action national de la France 2015-2017 · PGO</span></a>",
            "<nav aria-label=\"Navigation principale\"><ul>",
            "<li><a href=\"./\">Engagements</a></li>",
            "<li><a href=\"./institutions/\">Institutions</a></li>",
            "<li><a href=\"./a-propos/\">À propos</a></li>",
            "</ul></nav></header>",
            "<main class=\"apercu-main\">{main}",
            "<p class=\"apercu-note\">Chargement de la version complète de la page (graphiques, filtres, recherche, actions)…</p>",
            "</main></div>"
        ),
        main = main
    )
}

/// The overview: its heading, then every commitment.
pub fn overview(s: &Snapshot) -> String {
    let all: Vec<&Commitment> = s.commitments.iter().collect();
    format!(
        concat!(
            "<header class=\"overview-head\">",
            "<p class=\"kicker\">Autoévaluation à mi-parcours · état au {as_of}</p>",
            "<h1>Où en sont les engagements de la France pour un gouvernement ouvert ?</h1>",
            "<p class=\"lede\">{title}</p></header>",
            "<h2>Les {n} engagements</h2>{list}"
        ),
        as_of = escape(&french_date(&s.source.as_of)),
        title = escape(&s.plan.title),
        n = s.commitments.len(),
        list = commitment_list(s, &all),
    )
}

/// A commitment page: number, axis, title and statuses.
pub fn commitment(s: &Snapshot, c: &Commitment) -> String {
    format!(
        "<p class=\"kicker\">Engagement {n}{axis}</p><h1>{title}</h1><p class=\"commitment-statuses\">{badges}</p>",
        n = c.number,
        axis = axis_line(s, c),
        title = escape(&c.title),
        badges = badges(c),
    )
}

/// The index of institutions, each a link to its page.
pub fn institutions(s: &Snapshot) -> String {
    let items: String = s
        .institutions
        .iter()
        .map(|i| {
            format!(
                "<li><a href=\"./institutions/{}/\">{}</a></li>",
                escape(&i.id),
                escape(&i.name)
            )
        })
        .collect();
    format!("<h1>Institutions</h1><ul role=\"list\">{items}</ul>")
}

/// An institution page: its name and its commitments.
pub fn institution(s: &Snapshot, id: &str, name: &str) -> String {
    let list = lookup::commitments_of_institution(s, id);
    format!(
        "<h1>{}</h1><h2>Ses engagements</h2>{}",
        escape(name),
        commitment_list(s, &list)
    )
}

/// The about page's heading.
pub fn about() -> String {
    "<h1>À propos</h1>".to_owned()
}

/// The list with the app's classes (`src/components/result_list.rs`).
fn commitment_list(s: &Snapshot, list: &[&Commitment]) -> String {
    let items: String = list
        .iter()
        .map(|c| {
            format!(
                concat!(
                    "<li class=\"commitment-item\" data-number=\"{n}\">",
                    "<span class=\"commitment-number\">Engagement {n}",
                    "<span class=\"commitment-axis\">{axis}</span></span>",
                    "<a href=\"./engagements/{n}/\" class=\"commitment-title\">{title}</a>",
                    "<span class=\"commitment-statuses\">{badges}</span></li>"
                ),
                n = c.number,
                axis = lookup::axis_of(s, c)
                    .map(|a| escape(&format!("Axe {} · {}", a.number, a.title)))
                    .unwrap_or_default(),
                title = escape(&c.title),
                badges = badges(c),
            )
        })
        .collect();
    format!("<ol class=\"commitment-list\" role=\"list\">{items}</ol>")
}

fn axis_line(s: &Snapshot, c: &Commitment) -> String {
    lookup::axis_of(s, c)
        .map(|a| escape(&format!(" · Axe {} · {}", a.number, a.title)))
        .unwrap_or_default()
}

/// Status and calendar as the app's badges (`status_badge.rs`): the printed
/// label and a shape, never colour alone.
fn badges(c: &Commitment) -> String {
    let calendar = lookup::calendar_badge_fr(c.calendar);
    format!(
        concat!(
            "<span class=\"badge status-{s}\" data-status=\"{s}\"><span class=\"badge-icon\" aria-hidden=\"true\"></span>{label}</span>",
            "<span class=\"badge calendar-{k}\" data-calendar=\"{k}\"><span class=\"badge-icon\" aria-hidden=\"true\"></span>{calendar}</span>"
        ),
        s = c.status.as_str(),
        label = escape(&c.status_label),
        k = c.calendar.as_str(),
        calendar = calendar,
    )
}
