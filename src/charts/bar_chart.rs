//! The one chart renderer: rows of stacked segments drawn as SVG.
//!
//! Every chart has a title, a text summary for screen readers, a legend with
//! the same patterns as the bars, a "Voir les données" switch showing the
//! numbers as a table, and segments that are buttons: choosing one (click, tap,
//! Enter or Space) applies the filter it stands for. Colour is never the only
//! cue: each series also has its own pattern, and values are printed.

use leptos::prelude::*;
use plan_core::charts::{is_active, Chart, ChartFilter, ChartRow, ChartSegment, DataTable};
use plan_core::url_state::ViewState;

use crate::components::chart_tools::ChartTools;

/// Height of one bar, in CSS pixels.
const BAR_HEIGHT: u32 = 30;

/// Draws `chart`. `selected` says which filters are on (segments show as
/// pressed); `on_choose` receives the filter of a chosen segment.
#[component]
pub fn BarChart(
    chart: Chart,
    /// The current view, to show which segments are pressed.
    #[prop(into)]
    selected: Signal<ViewState>,
    on_choose: Callback<ChartFilter>,
    /// Heading level of the title (3 by default).
    #[prop(default = 3)]
    heading_level: u8,
    /// Shows the chart's "Intégrer", SVG and PNG buttons under it.
    #[prop(optional)]
    share: bool,
    /// On the overview, how many commitments the view shows: once the view
    /// filters on what the chart shows, a link under the bars says so and
    /// leads to them (issue 21, finding 5: on a phone the list is far
    /// below, and the page must not scroll by itself).
    #[prop(optional)]
    results: Option<Memo<Vec<usize>>>,
) -> impl IntoView {
    let t = crate::lang::texts();
    let see_results = results.map(|shown| see_results(&chart, selected, shown));
    let show_table = RwSignal::new(false);
    // Drawn at build time: the bars and, hidden, the table. The browser's
    // build leaves this branch out of the wasm.
    #[cfg(feature = "ssr")]
    let prerender = crate::site::current().prerender();
    let tools = share.then(|| {
        let chart = chart.clone();
        view! { <ChartTools chart /> }
    });
    let id = chart.id;
    let title_id = format!("graphique-{id}-titre");
    let summary_id = format!("graphique-{id}-resume");
    let title = chart.title.clone();
    let heading = match heading_level {
        2 => view! { <h2 class="chart-title" id=title_id.clone()>{title}</h2> }.into_any(),
        _ => view! { <h3 class="chart-title" id=title_id.clone()>{title}</h3> }.into_any(),
    };
    let stacked = chart.rows.iter().any(|r| r.segments.len() > 1);
    let legend = stacked.then(|| legend(id, &chart));
    let rows = chart.rows.clone();
    let table = chart.table.clone();
    let caption = chart.title.clone();
    let summary_id2 = summary_id.clone();
    view! {
        <figure class="chart" data-chart=id aria-labelledby=title_id.clone() aria-describedby=summary_id.clone()>
            <div class="chart-head">
                {heading}
                <button
                    type="button"
                    class="chart-switch"
                    aria-pressed=move || if show_table.get() { "true" } else { "false" }
                    on:click=move |_| show_table.update(|v| *v = !*v)
                >
                    <span class="chart-switch-box" aria-hidden="true"></span>
                    {t.see_data}
                </button>
            </div>
            <p class="visually-hidden" id=summary_id2>{summary_runs(&chart)}</p>
            <Patterns id=id />
            {legend}
            {move || {
                // Both, the table hidden: the pre-wasm script's switch
                // shows one or the other (`apercu.js`).
                #[cfg(feature = "ssr")]
                if prerender {
                    return view! {
                        {bars(id, rows.clone(), selected, on_choose)}
                        {data_table(&table, &rows, &caption, true, selected, on_choose)}
                    }
                    .into_any();
                }
                if show_table.get() {
                    data_table(&table, &rows, &caption, false, selected, on_choose).into_any()
                } else {
                    bars(id, rows.clone(), selected, on_choose).into_any()
                }
            }}
            {see_results}
            {tools}
        </figure>
    }
}

/// The link to the results under a chart of the overview, shown once the
/// view filters on the chart's facets (`style/explorer.css`). Always drawn:
/// the build draws it folded, and the pre-wasm script shows it from the
/// facets it carries.
fn see_results(
    chart: &Chart,
    selected: Signal<ViewState>,
    shown: Memo<Vec<usize>>,
) -> impl IntoView {
    let facets = chart.facets();
    let names = facets
        .iter()
        .map(|f| f.param())
        .collect::<Vec<_>>()
        .join(" ");
    view! {
        <p class="chart-results" data-facettes=names
            class:chart-results-on=move || selected.with(|v| plan_core::charts::filters_any(v, &facets))>
            {crate::components::result_list::results_link(shown)}
        </p>
    }
}

/// One `<pattern>` per series, each a different texture over the series
/// colour, referenced by the bars and the legend of this chart.
#[component]
fn Patterns(id: &'static str) -> impl IntoView {
    let patterns = plan_core::charts::TEXTURES
        .iter()
        .map(|(key, path)| {
            view! {
                <pattern id=format!("motif-{id}-{key}") width="8" height="8" patternUnits="userSpaceOnUse">
                    <rect width="8" height="8" class=format!("fill-{key}") />
                    <path d=*path class="texture" />
                </pattern>
            }
        })
        .collect_view();
    view! {
        <svg class="chart-defs" width="0" height="0" aria-hidden="true" focusable="false">
            <defs>{patterns}</defs>
        </svg>
    }
}

fn swatch(id: &'static str, key: &str) -> impl IntoView {
    view! {
        <svg class="swatch" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <rect x="0.5" y="0.5" width="15" height="15" rx="2" fill=format!("url(#motif-{id}-{key})") class="swatch-box" />
        </svg>
    }
}

fn legend(id: &'static str, chart: &Chart) -> impl IntoView {
    let items = chart
        .legend
        .iter()
        .map(|l| {
            let text = format!("{} ({})", l.label, chart.unit.count(l.value));
            view! { <li>{swatch(id, &l.key)}<span>{text}</span></li> }
        })
        .collect_view();
    view! { <ul class="chart-legend" aria-label=crate::lang::texts().chart_legend>{items}</ul> }
}

fn bars(
    id: &'static str,
    rows: Vec<ChartRow>,
    selected: Signal<ViewState>,
    on_choose: Callback<ChartFilter>,
) -> impl IntoView {
    let items = rows
        .into_iter()
        .enumerate()
        .map(|(i, row)| {
            // The bar is named by the row's label (an attribute could not
            // mark the axis title as French).
            let label_id = format!("graphique-{id}-ligne-{i}");
            let single = row.segments.len() <= 1;
            let total = (!single).then(|| {
                let t = crate::lang::texts();
                format!(" — {}", crate::lang::count(row.total, t.action_one, t.action_other))
            });
            let label = row_label(&row);
            let first_key = row.segments.first().map(|s| s.key.clone());
            let marker = (single && first_key.is_some()).then(|| swatch(id, first_key.as_deref().unwrap_or("")));
            let segments = row
                .segments
                .into_iter()
                .map(|seg| segment(id, seg, single, selected, on_choose))
                .collect_view();
            let empty = row.total == 0;
            view! {
                <li class="chart-row" class:chart-row-empty=empty>
                    <span class="chart-row-label" id=label_id.clone()>{marker}{label}{total}</span>
                    <svg class="bar" width="100%" height=BAR_HEIGHT role="group" aria-labelledby=label_id>
                        <rect class="bar-track" x="0" y="0" width="100%" height=BAR_HEIGHT />
                        {segments}
                        {empty.then(|| view! { <text class="seg-value seg-value-out" x="0" dx="6" y="20">"0"</text> })}
                    </svg>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="chart-rows" role="list">{items}</ol> }
}

fn segment(
    id: &'static str,
    seg: ChartSegment,
    single: bool,
    selected: Signal<ViewState>,
    on_choose: Callback<ChartFilter>,
) -> impl IntoView {
    let (name, pressed) = choice(&seg, selected);
    let filter = seg.filter.clone();
    let choose = move || on_choose.run(filter.clone());
    let choose_key = choose.clone();
    let pct = |v: f64| format!("{}%", plan_core::format::dec(v, 3));
    let middle = seg.x + seg.width / 2.0;
    // A value that does not fit inside a lone bar is written after it; in a
    // stacked bar it stays in the legend, the table and the button's name.
    let text = seg.value_text_in(single, crate::lang::current());
    let value = if seg.label_inside {
        Some(view! {
            <text class="seg-value" x=pct(middle) y="20" text-anchor="middle" aria-hidden="true">{text}</text>
        }.into_any())
    } else if single {
        Some(view! {
            <text class="seg-value seg-value-out" x=pct(seg.x + seg.width) dx="6" y="20" aria-hidden="true">{seg.value}</text>
        }.into_any())
    } else {
        None
    };
    view! {
        <g
            class="seg"
            role="button"
            tabindex="0"
            aria-label=name
            aria-pressed=pressed
            data-key=seg.key.clone()
            on:click=move |_| choose()
            on:keydown=move |ev: web_sys::KeyboardEvent| {
                if ev.key() == "Enter" || ev.key() == " " {
                    ev.prevent_default();
                    choose_key();
                }
            }
        >
            <rect
                class="seg-fill"
                x=pct(seg.x)
                y="1"
                width=pct(seg.width)
                height=BAR_HEIGHT - 2
                fill=format!("url(#motif-{id}-{})", seg.key)
            />
            {value}
        </g>
    }
}

/// What a segment and its table cell share as buttons: the accessible name
/// and `aria-pressed` (whether the segment's filter is on in `selected`).
fn choice(
    seg: &ChartSegment,
    selected: Signal<ViewState>,
) -> (String, impl Fn() -> &'static str + Send + Sync + 'static) {
    let name = plan_core::i18n::fill(crate::lang::texts().chart_filter, &[("name", &seg.name)]);
    let filter = seg.filter.clone();
    let pressed = move || {
        if selected.with(|v| is_active(v, &filter)) {
            "true"
        } else {
            "false"
        }
    };
    (name, pressed)
}

/// A table cell's number as a button doing what its segment does.
fn cell_button(
    text: String,
    seg: &ChartSegment,
    selected: Signal<ViewState>,
    on_choose: Callback<ChartFilter>,
) -> impl IntoView {
    let (name, pressed) = choice(seg, selected);
    let filter = seg.filter.clone();
    view! {
        <button
            type="button"
            class="cell-choice"
            aria-label=name
            aria-pressed=pressed
            on:click=move |_| on_choose.run(filter.clone())
        >
            {text}
        </button>
    }
}

/// The summary, the report's words in it marked French (as the preview).
fn summary_runs(chart: &Chart) -> impl IntoView {
    chart
        .summary_runs()
        .into_iter()
        .map(|(text, report)| {
            let text = text.to_owned();
            if report {
                view! { <span lang="fr">{text}</span> }.into_any()
            } else {
                text.into_any()
            }
        })
        .collect_view()
}

/// A row's label, its report words (an axis title) marked French, as the
/// static preview writes it (`crates/site-gen/src/preview_charts.rs`).
fn row_label(row: &ChartRow) -> impl IntoView {
    let (lead, words) = row.label_parts();
    let words = words.map(|w| view! { <span lang="fr">{w.to_owned()}</span> });
    view! { {lead.to_owned()}{words} }
}

/// `hidden`: drawn at build time beside the bars, for the switch to show.
/// A cell that counts a segment is a button choosing what the segment
/// chooses, with the segment's name: a target as large as a button on a
/// phone, where a one-action segment is a sliver (`DataTable::choices`).
fn data_table(
    table: &DataTable,
    rows: &[ChartRow],
    caption: &str,
    hidden: bool,
    selected: Signal<ViewState>,
    on_choose: Callback<ChartFilter>,
) -> impl IntoView {
    let head = table
        .headers
        .iter()
        .map(|h| view! { <th scope="col">{h.clone()}</th> })
        .collect_view();
    let body = table
        .rows
        .iter()
        .zip(&table.choices)
        .enumerate()
        .map(|(i, (r, choices))| {
            let mut cells = r.iter();
            let row = rows.get(i);
            let first = match (cells.next(), row) {
                (Some(c), Some(row)) if *c == row.label => row_label(row).into_any(),
                (c, _) => c.cloned().unwrap_or_default().into_any(),
            };
            let rest = cells
                .zip(choices)
                .map(|(c, choice)| {
                    let seg = choice.and_then(|k| row?.segments.get(k));
                    match seg {
                        Some(seg) => {
                            view! { <td>{cell_button(c.clone(), seg, selected, on_choose)}</td> }
                                .into_any()
                        }
                        None => view! { <td>{c.clone()}</td> }.into_any(),
                    }
                })
                .collect_view();
            view! { <tr><th scope="row">{first}</th>{rest}</tr> }
        })
        .collect_view();
    view! {
        <div class="table-scroll" hidden=hidden tabindex="0" role="region" aria-label=plan_core::i18n::fill(crate::lang::texts().chart_data_label, &[("caption", caption)])>
            <table class="chart-table">
                <caption class="visually-hidden">{caption.to_owned()}</caption>
                <thead><tr>{head}</tr></thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}
