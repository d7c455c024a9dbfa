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
use plan_core::i18n::{self, fill, Lang};
use plan_core::model::Commitment;
use plan_core::stats::Stats;
use plan_core::url_state::{Facet, ViewState};
use plan_core::{lookup, Snapshot};

use crate::{escape, preview_charts};

/// An embed's attribution line as the app writes it
/// (`src/components/embed_attribution.rs`), shown only in an embed
/// (`style/embed.css`), for the data of `date` (already written in `lang`).
/// `apercu.js` points its link at the page's view without the embed flags.
pub fn embed_attribution(date: &str, lang: Lang) -> String {
    let t = lang.texts();
    format!(
        concat!(
            "<p class=\"apercu-attribution\">{source}",
            "<a href=\"./\" target=\"_blank\" rel=\"noopener\">Plan ouvert",
            "<span class=\"visually-hidden\">{open}</span></a>{date}</p>"
        ),
        source = escape(t.attribution_source),
        open = escape(t.attribution_open),
        date = escape(&fill(t.attribution_date, &[("date", date)])),
    )
}

/// `<div id="apercu">` holding the header and `main`, ready to insert after
/// `<body>`. `dir` is the page's directory: the header marks the link to the
/// page itself as the app's `<A>` does (`aria-current` on the page and the
/// pages under it, the home link on the home page only). `dir` is without
/// the language's folder: [`crate::render`] adds it to every link.
pub fn wrap(main: &str, dir: &str, lang: Lang) -> String {
    let t = lang.texts();
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
            "<span class=\"brand-sub\">{subtitle}</span></a>",
            "<nav aria-label=\"{nav_label}\"><ul>",
            "<li>{engagements}</li><li>{institutions}</li><li>{report}</li><li>{about}</li>",
            "</ul></nav></header>",
            "<main class=\"apercu-main\">{note}{main}",
            "<p class=\"apercu-note\">{loading}</p>",
            "</main></div>"
        ),
        brand = if dir.is_empty() {
            "<a href=\"./\" class=\"brand\" aria-current=\"page\">"
        } else {
            "<a href=\"./\" class=\"brand\">"
        },
        subtitle = t.site_subtitle,
        nav_label = t.nav_label,
        engagements = link("./", t.nav_commitments),
        institutions = link("./institutions/", t.nav_institutions),
        report = link("./rapport/", t.nav_report),
        about = link("./a-propos/", t.nav_about),
        // As the app (`src/app.rs`): on every English page, once.
        note = match lang {
            Lang::Fr => String::new(),
            Lang::En => format!(
                "<p class=\"report-language-note\">{}</p>",
                t.report_in_french
            ),
        },
        main = main,
        loading = t.loading_full_page,
    )
}

/// The overview, as the app draws it (`src/pages/overview.rs`): heading,
/// headline figures, charts, then the explorer (search box, facets, count,
/// every commitment). The script in `apercu.js` applies the URL's view to it
/// and makes the search and the facets work; the blocks marked `data-ancre`
/// are those the app keeps in place on the screen when it takes over.
pub fn overview(s: &Snapshot, lang: Lang) -> String {
    let t = lang.texts();
    let all: Vec<&Commitment> = s.commitments.iter().collect();
    let total = s.commitments.len();
    let stats = Stats::compute(s, &s.commitments);
    let figures: String = charts::headline_figures_in(&stats, lang)
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
        preview_charts::chart(&charts::status_chart_in(s, &stats, lang), lang),
        preview_charts::chart(&charts::calendar_chart_in(s, &stats, lang), lang),
        preview_charts::chart(&charts::axis_chart_in(s, &stats, lang), lang),
    );
    format!(
        concat!(
            "<div class=\"overview\">",
            "<header class=\"overview-head\" data-ancre=\".overview-head\">",
            "<p class=\"kicker\">{kicker}</p>",
            "<h1 tabindex=\"-1\">{h1}</h1>",
            "<p class=\"lede\" lang=\"fr\">{title}</p></header>",
            "<section class=\"figures\" aria-labelledby=\"apercu-chiffres\" data-ancre=\".figures\">",
            "<h2 id=\"apercu-chiffres\" class=\"visually-hidden\">{key_figures}</h2>",
            "<ul class=\"figure-list\" role=\"list\">{figures}</ul></section>",
            "<p class=\"jump-link\"><a href=\"#apercu-explorer\">{jump}</a></p>",
            "<section class=\"charts\" aria-labelledby=\"apercu-graphiques\" data-ancre=\".charts\">",
            "<h2 id=\"apercu-graphiques\">{charts_title}</h2>",
            "<p class=\"section-note\">{charts_note}</p>",
            "{charts}</section>",
            "<section class=\"explorer\" id=\"apercu-explorer\" aria-labelledby=\"apercu-explorer-titre\" data-ancre=\".explorer\">",
            "<h2 id=\"apercu-explorer-titre\">{explorer_title}</h2>",
            "<div class=\"explorer-layout\">",
            "<div class=\"explorer-search\" data-ancre=\".explorer-search\">",
            "<label for=\"apercu-recherche\" class=\"search-label\">{search_label}</label>",
            "<input id=\"apercu-recherche\" class=\"search-input\" type=\"search\" autocomplete=\"off\" spellcheck=\"false\" ",
            "placeholder=\"{placeholder}\" aria-describedby=\"apercu-recherche-aide\" />",
            "<p id=\"apercu-recherche-aide\" class=\"search-help\">{search_help}</p>",
            "</div>",
            "<div class=\"explorer-filters\">{facets}</div>",
            "<div class=\"explorer-results\" data-ancre=\".explorer-results\">",
            "<p class=\"result-count\" tabindex=\"-1\" aria-live=\"polite\" aria-atomic=\"true\">{count}</p>",
            "<p class=\"apercu-attente\">{loading_view}</p>",
            "<p class=\"apercu-vide\" hidden>{no_match}</p>",
            "{list}</div></div></section></div>"
        ),
        kicker = escape(&fill(
            t.overview_kicker,
            &[("date", &i18n::format_date(&s.source.as_of, lang))]
        )),
        h1 = escape(t.overview_title),
        title = escape(&s.plan.title),
        key_figures = escape(t.key_figures),
        figures = figures,
        jump = escape(&fill(
            t.jump_to_search,
            &[("total", &i18n::format_number(total as i64, lang))]
        )),
        charts_title = escape(t.charts_title),
        charts_note = escape(t.charts_note),
        charts = chart_grid,
        explorer_title = escape(t.explorer_title),
        search_label = escape(t.search_label),
        placeholder = escape(t.search_placeholder),
        search_help = escape(t.search_help),
        facets = facet_panel(s, lang),
        count = escape(&i18n::results_label(total, total, 1, lang)),
        loading_view = escape(t.loading_view),
        no_match = escape(t.no_match),
        list = commitment_list(s, &all, lang),
    )
}

/// The facets as the app draws them (`src/components/facet_panel.rs`), with
/// the unfiltered counts. Disabled until `apercu.js` has the page's data.
fn facet_panel(s: &Snapshot, lang: Lang) -> String {
    let t = lang.texts();
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
                            "<label for=\"apercu-filtre-{p}-{oi}\"><span class=\"facet-label\"{fr}>{l}</span>",
                            "<span class=\"facet-count\">{n}<span class=\"visually-hidden\">{unit}</span></span></label></li>"
                        ),
                        zero = if o.count == 0 { " facet-zero" } else { "" },
                        p = facet.param(),
                        oi = oi,
                        v = escape(&o.value),
                        fr = if facet_label_is_snapshot(facet) { " lang=\"fr\"" } else { "" },
                        l = escape(&plan_core::filter::option_label(s, facet, &o.value, &o.label, lang)),
                        n = o.count,
                        unit = facet_unit(o.count, lang),
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
                escape(facet.label(lang))
            )
        })
        .collect();
    format!(
        concat!(
            "<button type=\"button\" class=\"filters-toggle\" aria-expanded=\"false\" aria-controls=\"apercu-filtres\">",
            "<span class=\"filters-toggle-icon\" aria-hidden=\"true\"></span>{button}</button>",
            "<section id=\"apercu-filtres\" class=\"filters-panel\" aria-labelledby=\"apercu-filtres-titre\">",
            "<h2 id=\"apercu-filtres-titre\" class=\"filters-title\">{title}</h2>{groups}</section>"
        ),
        button = escape(&fill(t.filters_button, &[("n", "0")])),
        title = escape(t.filters_title),
        groups = groups
    )
}

/// Whether a facet's options are the snapshot's own text (axes, objectives,
/// institutions), marked `lang="fr"` in both languages.
pub fn facet_label_is_snapshot(facet: Facet) -> bool {
    matches!(facet, Facet::Axis | Facet::Objective | Facet::Institution)
}

/// The hidden unit after a facet's count (" engagement", " commitments"):
/// French takes the singular for 0 and 1, English for 1 only.
pub fn facet_unit(n: usize, lang: Lang) -> String {
    let t = lang.texts();
    let one = match lang {
        Lang::Fr => n <= 1,
        Lang::En => n == 1,
    };
    format!(
        " {}",
        if one {
            t.commitment_one
        } else {
            t.commitment_other
        }
    )
}

/// A commitment page: number, axis, title and statuses.
pub fn commitment(s: &Snapshot, c: &Commitment, lang: Lang) -> String {
    let t = lang.texts();
    format!(
        "<p class=\"kicker\">{number}{axis}</p><h1 lang=\"fr\">{title}</h1><p class=\"commitment-statuses\">{badges}</p>",
        number = escape(&fill(t.commitment_number, &[("n", &c.number.to_string())])),
        axis = axis_line(s, c, " · ", lang),
        title = escape(&c.title),
        badges = badges(s, c, lang),
    )
}

/// The index of institutions, each a link to its page.
pub fn institutions(s: &Snapshot, lang: Lang) -> String {
    let items: String = s
        .institutions
        .iter()
        .map(|i| {
            format!(
                "<li><a href=\"./institutions/{}/\" lang=\"fr\">{}</a></li>",
                escape(&i.id),
                escape(&i.name)
            )
        })
        .collect();
    format!(
        "<h1>{}</h1><ul role=\"list\">{items}</ul>",
        escape(lang.texts().nav_institutions)
    )
}

/// An institution page: its name and its commitments.
pub fn institution(s: &Snapshot, id: &str, name: &str, lang: Lang) -> String {
    let list = lookup::commitments_of_institution(s, id);
    format!(
        "<h1 lang=\"fr\">{}</h1><h2>{}</h2>{}",
        escape(name),
        escape(lang.texts().institution_commitments),
        commitment_list(s, &list, lang)
    )
}

/// The about page's heading.
pub fn about(lang: Lang) -> String {
    format!("<h1>{}</h1>", escape(lang.texts().nav_about))
}

/// The list with the app's classes (`src/components/result_list.rs`).
fn commitment_list(s: &Snapshot, list: &[&Commitment], lang: Lang) -> String {
    let t = lang.texts();
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
                    "<span class=\"commitment-number\">{number}",
                    "<span class=\"commitment-axis\">{axis}</span></span>",
                    "<a href=\"./engagements/{n}/\" class=\"commitment-title\" lang=\"fr\">{title}</a>",
                    "<span class=\"commitment-statuses\">{badges}</span></li>"
                ),
                n = c.number,
                i = i,
                number = escape(&fill(t.commitment_number, &[("n", &c.number.to_string())])),
                axis = axis_line(s, c, "", lang),
                title = escape(&c.title),
                badges = badges(s, c, lang),
            )
        })
        .collect();
    format!("<ol class=\"commitment-list\" role=\"list\">{items}</ol>")
}

/// "Axe 1 · <span lang="fr">title</span>", after `lead`.
fn axis_line(s: &Snapshot, c: &Commitment, lead: &str, lang: Lang) -> String {
    lookup::axis_of(s, c)
        .map(|a| {
            format!(
                "{lead}{} · <span lang=\"fr\">{}</span>",
                escape(&fill(
                    lang.texts().axis_number,
                    &[("n", &a.number.to_string())]
                )),
                escape(&a.title)
            )
        })
        .unwrap_or_default()
}

/// A commitment's status in `lang`: the label printed in the report on
/// French pages, the snapshot's `label_en` on English ones.
pub fn status_name(s: &Snapshot, c: &Commitment, lang: Lang) -> String {
    match lang {
        Lang::Fr => c.status_label.clone(),
        Lang::En => lookup::status_def(s, c.status)
            .map_or(c.status_label.as_str(), |d| d.label_en.as_str())
            .to_owned(),
    }
}

/// Status and calendar as the app's badges (`status_badge.rs`): the printed
/// label and a shape, never colour alone.
fn badges(s: &Snapshot, c: &Commitment, lang: Lang) -> String {
    format!(
        concat!(
            "<span class=\"badge status-{s}\" data-status=\"{s}\"><span class=\"badge-icon\" aria-hidden=\"true\"></span>{label}</span>",
            "<span class=\"badge calendar-{k}\" data-calendar=\"{k}\"><span class=\"badge-icon\" aria-hidden=\"true\"></span>{calendar}</span>"
        ),
        s = c.status.as_str(),
        label = escape(&status_name(s, c, lang)),
        k = c.calendar.as_str(),
        calendar = escape(&lookup::calendar_badge(s, c.calendar, lang)),
    )
}
