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

use plan_core::charts;
use plan_core::filter::FacetTable;
use plan_core::format::french_date;
use plan_core::model::Commitment;
use plan_core::paging;
use plan_core::stats::Stats;
use plan_core::url_state::{Facet, ViewState};
use plan_core::{lookup, Snapshot};

use crate::{escape, preview_charts};

/// `<div id="apercu">` holding the header and `main`, ready to insert after
/// `<body>`. `dir` is the page's directory: the header marks the link to the
/// page itself as the app's `<A>` does (`aria-current` on the page and the
/// pages under it, the home link on the home page only).
pub fn wrap(main: &str, dir: &str) -> String {
    let link = |href: &str, text: &str| {
        let target = href.trim_start_matches("./");
        let here = if target.is_empty() {
            dir.is_empty()
        } else {
            dir.starts_with(target)
        };
        let current = if here { " aria-current=\"page\"" } else { "" };
        format!("<a href=\"{href}\"{current}>{text}</a>")
    };
    format!(
        concat!(
            "<div id=\"apercu\">",
            "<header class=\"site-header\">{brand}",
            "<span class=\"brand-name\">Plan ouvert</span>",
            "<span class=\"brand-sub\">Plan d’action national de la France 2015-2017 · PGO</span></a>",
            "<nav aria-label=\"Navigation principale\"><ul>",
            "<li>{engagements}</li><li>{institutions}</li><li>{report}</li><li>{about}</li>",
            "</ul></nav></header>",
            "<main class=\"apercu-main\">{main}",
            "<p class=\"apercu-note\">Chargement de la version complète de la page (graphiques, filtres, recherche, actions)…</p>",
            "</main></div>"
        ),
        brand = if dir.is_empty() {
            "<a href=\"./\" class=\"brand\" aria-current=\"page\">"
        } else {
            "<a href=\"./\" class=\"brand\">"
        },
        engagements = link("./", "Engagements"),
        institutions = link("./institutions/", "Institutions"),
        report = link("./rapport/", "Le rapport"),
        about = link("./a-propos/", "À propos"),
        main = main
    )
}

/// The overview, as the app draws it (`src/pages/overview.rs`): heading,
/// headline figures, charts, then the explorer (search box, facets, count,
/// every commitment). The script in `apercu.js` applies the URL's view to it
/// and makes the search and the facets work; the blocks marked `data-ancre`
/// are those the app keeps in place on the screen when it takes over.
pub fn overview(s: &Snapshot) -> String {
    let all: Vec<&Commitment> = s.commitments.iter().collect();
    let total = s.commitments.len();
    let stats = Stats::compute(s, &s.commitments);
    let figures: String = charts::headline_figures(&stats)
        .into_iter()
        .map(|f| {
            format!(
                "<li class=\"figure\" data-figure=\"{}\"><span class=\"figure-value\">{}</span><span class=\"figure-label\">{}</span></li>",
                f.id,
                escape(&f.value),
                escape(&f.label)
            )
        })
        .collect();
    let chart_grid = format!(
        "<div class=\"chart-grid\">{}{}<div class=\"chart-wide\">{}</div></div>",
        preview_charts::chart(&charts::status_chart(s, &stats)),
        preview_charts::chart(&charts::calendar_chart(s, &stats)),
        preview_charts::chart(&charts::axis_chart(s, &stats)),
    );
    format!(
        concat!(
            "<div class=\"overview\">",
            "<header class=\"overview-head\" data-ancre=\".overview-head\">",
            "<p class=\"kicker\">Autoévaluation à mi-parcours · état au {as_of}</p>",
            "<h1 tabindex=\"-1\">Où en sont les engagements de la France pour un gouvernement ouvert ?</h1>",
            "<p class=\"lede\">{title}</p></header>",
            "<section class=\"figures\" aria-labelledby=\"apercu-chiffres\" data-ancre=\".figures\">",
            "<h2 id=\"apercu-chiffres\" class=\"visually-hidden\">Chiffres clés</h2>",
            "<ul class=\"figure-list\" role=\"list\">{figures}</ul></section>",
            "<p class=\"jump-link\"><a href=\"#apercu-explorer\">Aller directement à la recherche dans les {total} engagements</a></p>",
            "<section class=\"charts\" aria-labelledby=\"apercu-graphiques\" data-ancre=\".charts\">",
            "<h2 id=\"apercu-graphiques\">L’avancement en graphiques</h2>",
            "<p class=\"section-note\">Choisissez une barre pour filtrer la liste des engagements ci-dessous.</p>",
            "{charts}</section>",
            "<section class=\"explorer\" id=\"apercu-explorer\" aria-labelledby=\"apercu-explorer-titre\" data-ancre=\".explorer\">",
            "<h2 id=\"apercu-explorer-titre\">Explorer les engagements</h2>",
            "<div class=\"explorer-layout\">",
            "<div class=\"explorer-search\" data-ancre=\".explorer-search\">",
            "<label for=\"apercu-recherche\" class=\"search-label\">Rechercher dans tous les textes</label>",
            "<input id=\"apercu-recherche\" class=\"search-input\" type=\"search\" autocomplete=\"off\" spellcheck=\"false\" ",
            "placeholder=\"ex. : données, égalité, climat\" aria-describedby=\"apercu-recherche-aide\" />",
            "<p id=\"apercu-recherche-aide\" class=\"search-help\">Sans tenir compte des accents ni des majuscules ; plusieurs mots : tous doivent figurer.</p>",
            "</div>",
            "<div class=\"explorer-filters\">{facets}</div>",
            "<div class=\"explorer-results\" data-ancre=\".explorer-results\">",
            "<p class=\"result-count\" tabindex=\"-1\" aria-live=\"polite\" aria-atomic=\"true\">{count}</p>",
            "<p class=\"apercu-attente\">Chargement de la vue demandée…</p>",
            "<p class=\"apercu-vide\" hidden>Aucun engagement ne correspond à cette recherche et à ces filtres.</p>",
            "{list}</div></div></section></div>"
        ),
        as_of = escape(&french_date(&s.source.as_of)),
        title = escape(&s.plan.title),
        figures = figures,
        total = total,
        charts = chart_grid,
        facets = facet_panel(s),
        count = escape(&paging::results_label_fr(total, total, 1)),
        list = commitment_list(s, &all),
    )
}

/// The facets as the app draws them (`src/components/facet_panel.rs`), with
/// the unfiltered counts. Disabled until `apercu.js` has the page's data.
fn facet_panel(s: &Snapshot) -> String {
    // The unfiltered counts: no search text, so every commitment counts.
    let all: Vec<usize> = (0..s.commitments.len()).collect();
    let groups: String = FacetTable::new(s)
        .counts(s, &all, &ViewState::default())
        .into_iter()
        .map(|g| {
            let facet = g.facet;
            let options: String = g
                .options
                .iter()
                .enumerate()
                .map(|(oi, o)| {
                    format!(
                        concat!(
                            "<li class=\"facet-option{zero}\"><input type=\"checkbox\" id=\"apercu-filtre-{p}-{oi}\" value=\"{v}\" disabled />",
                            "<label for=\"apercu-filtre-{p}-{oi}\"><span class=\"facet-label\">{l}</span>",
                            "<span class=\"facet-count\">{n}<span class=\"visually-hidden\">{unit}</span></span></label></li>"
                        ),
                        zero = if o.count == 0 { " facet-zero" } else { "" },
                        p = facet.param(),
                        oi = oi,
                        v = escape(&o.value),
                        l = escape(&o.label),
                        n = o.count,
                        unit = if o.count <= 1 { " engagement" } else { " engagements" },
                    )
                })
                .collect();
            let long = if matches!(facet, Facet::Institution | Facet::Objective) {
                " facet-long"
            } else {
                ""
            };
            format!(
                "<fieldset class=\"facet{long}\" data-facet=\"{}\"><legend>{}</legend><ul class=\"facet-options\" role=\"list\">{options}</ul></fieldset>",
                facet.param(),
                escape(facet.label_fr())
            )
        })
        .collect();
    format!(
        concat!(
            "<button type=\"button\" class=\"filters-toggle\" aria-expanded=\"false\" aria-controls=\"apercu-filtres\">",
            "<span class=\"filters-toggle-icon\" aria-hidden=\"true\"></span>Filtres (0)</button>",
            "<section id=\"apercu-filtres\" class=\"filters-panel\" aria-labelledby=\"apercu-filtres-titre\">",
            "<h2 id=\"apercu-filtres-titre\" class=\"filters-title\">Filtrer les engagements</h2>{groups}</section>"
        ),
        groups = groups
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
            // Its index in the snapshot: what `apercu.js` filters by.
            let i = s
                .commitments
                .iter()
                .position(|x| std::ptr::eq(x, *c))
                .unwrap_or(usize::MAX);
            format!(
                concat!(
                    "<li class=\"commitment-item\" data-number=\"{n}\" data-i=\"{i}\" data-ancre=\"li.commitment-item[data-number=&quot;{n}&quot;]\">",
                    "<span class=\"commitment-number\">Engagement {n}",
                    "<span class=\"commitment-axis\">{axis}</span></span>",
                    "<a href=\"./engagements/{n}/\" class=\"commitment-title\">{title}</a>",
                    "<span class=\"commitment-statuses\">{badges}</span></li>"
                ),
                n = c.number,
                i = i,
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
