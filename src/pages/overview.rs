//! The home page: headline figures, status charts, and the explorer (search,
//! facets, results), the whole view held in the URL's query string.

use crate::components::page_title::PageTitle;
use leptos::prelude::*;
use plan_core::charts::{self, ChartFilter};
use plan_core::i18n::fill;
use plan_core::paging;
use plan_core::search::{Query, TextMatches};
use plan_core::stats::Stats;
use plan_core::url_state::{to_query, ViewState};

use crate::charts::bar_chart::BarChart;
use crate::components::active_filters::ActiveFilters;
use crate::components::facet_panel::FacetPanel;
use crate::components::report_hits::ReportHits;
use crate::components::result_list::ResultList;
use crate::components::url_notice::UrlNotice;
use crate::components::view_state::{provide_view_state, use_view_state, History};
use crate::components::view_tools::ViewTools;
use crate::data::use_plan;

/// How long the count line must stay the same before it is announced.
const ANNOUNCE_PAUSE_MS: u64 = 700;

#[component]
pub fn OverviewPage() -> impl IntoView {
    let plan = use_plan();
    let t = crate::lang::texts();
    let view = use_view_state();
    provide_view_state(view);

    // What filtering depends on: the view without its page, so that turning a
    // page recomputes nothing below (a memo stops equal values).
    let filters = Memo::new(move |_| view.state.with(ViewState::filters));
    // The text search, the costly part: once per keystroke for both the list and
    // the counts, and only over the previous matches while the query narrows.
    // The search index is built in steps after the first render. A search typed
    // meanwhile keeps the current results until it is ready (the keystroke
    // does not wait for the rest of the build); one in the URL at load builds
    // it at once.
    let index_ready = RwSignal::new(plan.index_is_built());
    let matches = Memo::new({
        let plan = plan.clone();
        move |prev: Option<&TextMatches>| {
            let query = filters.with(|v| Query::parse(&v.q));
            if query.is_empty() {
                return TextMatches::everything(plan.snapshot.commitments.len());
            }
            match prev {
                Some(prev) if !index_ready.get() => prev.clone(),
                _ => TextMatches::next(prev, plan.index(), query),
            }
        }
    });
    // The results are still those of an earlier search (the index is not ready).
    let preparing =
        Memo::new(move |_| matches.with(|m| filters.with(|v| m.query != Query::parse(&v.q))));
    let shown = Memo::new({
        let plan = plan.clone();
        move |_| {
            matches.with(|m| filters.with(|v| plan.facets().filter(&plan.snapshot, &m.indices, v)))
        }
    });
    let counts = Memo::new({
        let plan = plan.clone();
        move |_| {
            matches.with(|m| filters.with(|v| plan.facets().counts(&plan.snapshot, &m.indices, v)))
        }
    });
    // A page beyond the last (an old link) shows the last one, and says so.
    let page_notice = Signal::derive(move || {
        let n = shown.with(Vec::len);
        view.state
            .with(|v| paging::out_of_range(v.page, n))
            .into_iter()
            .collect::<Vec<_>>()
    });
    // Effects run once the page is in the DOM: the end of the start-up.
    // Then the search index is built, in short steps.
    Effect::new({
        let plan = plan.clone();
        move |_| {
            crate::perf::mark("overview:rendered");
            crate::data::build_index_in_background(plan.clone(), move || index_ready.set(true));
        }
    });
    let total = plan.snapshot.commitments.len();
    // An embed shows the view, not the tools to share it.
    let share = !crate::embed::use_embed().embed;

    let s = &plan.snapshot;
    let stats = Stats::compute(s, &s.commitments);
    let lang = crate::lang::current();
    // A figure that names a subset (« 3 engagements en retard ») opens it:
    // a real link to that view, which a click applies in place before
    // moving to the result count.
    let figures = charts::headline_figures_in(&stats, lang)
        .into_iter()
        .map(|f| {
            let inner = view! {
                <span class="figure-value">{f.value}</span>
                <span class="figure-label">{f.label}</span>
            };
            let body = match charts::figure_view(f.id) {
                Some(target) => {
                    let href = crate::base::href(&format!("/?{}", to_query(&target)));
                    view! {
                        <a class="figure-link" href=href on:click=move |ev: leptos::ev::MouseEvent| {
                            if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
                                return;
                            }
                            ev.prevent_default();
                            view.set(target.clone(), History::Push);
                            crate::components::result_list::focus_result_count();
                        }>{inner}</a>
                    }
                    .into_any()
                }
                None => inner.into_any(),
            };
            view! { <li class="figure" data-figure=f.id>{body}</li> }
        })
        .collect_view();
    let choose = Callback::new(move |f: ChartFilter| {
        view.set(
            charts::apply(&view.state.get_untracked(), &f),
            History::Push,
        )
    });
    let selected = Signal::from(view.state);
    let status_chart = charts::status_chart_in(s, &stats, lang);
    let calendar_chart = charts::calendar_chart_in(s, &stats, lang);
    let axis_chart = charts::axis_chart_in(s, &stats, lang);

    let count_text = move || {
        if preparing.get() {
            return t.search_preparing.to_owned();
        }
        let n = shown.with(Vec::len);
        let page = view.state.with(|v| v.page);
        paging::results_label(n, total, page, crate::lang::current())
    };
    // Screen readers hear the count once the reader pauses, not at every
    // keystroke (« 24… », « 7… »): a hidden live region gets the count line
    // when it has not changed for a moment. Empty on load (nothing to
    // announce), as the build draws it.
    let announced = RwSignal::new(String::new());
    // Each change's number: a timer announces only if none came after it.
    let changes = StoredValue::new(0u32);
    Effect::new(move |previous: Option<String>| {
        let text = count_text();
        // Only a change is announced (a first letter matching every
        // commitment leaves « Les 26 engagements » as it was).
        if previous.is_some_and(|p| p != text) {
            let said = text.clone();
            changes.update_value(|n| *n += 1);
            let this = changes.get_value();
            set_timeout(
                // The page may be gone by then (a link followed at once):
                // its values are disposed, and nothing is announced.
                move || {
                    if changes.try_get_value() == Some(this) {
                        announced.try_set(said);
                    }
                },
                std::time::Duration::from_millis(ANNOUNCE_PAUSE_MS),
            );
        }
        text
    });
    let q_value = move || view.state.with(|v| v.q.clone());
    // The search in the report's other chapters (fetched once a query is typed).
    let report_query = Memo::new(move |_| filters.with(|v| Query::parse(&v.q)));

    // The first view in stages, one task each (startup.rs): the heading and
    // figures, then each chart, the search box, the facets, the active
    // filters and the report's hits, the results, the sharing tools.
    let stage = crate::startup::use_stage();
    let at2 = stage.reached(2);
    let at3 = stage.reached(3);
    let at4 = stage.reached(4);
    let at5 = stage.reached(5);
    let at6 = stage.reached(6);
    let at7 = stage.reached(7);
    let at8 = stage.reached(8);
    let at9 = stage.reached(9);
    let charts_section = move || {
        at2.get().then(|| {
            let (calendar_chart, axis_chart) = (calendar_chart.clone(), axis_chart.clone());
            let calendar = move || {
                at3.get().then(|| view! { <BarChart chart=calendar_chart.clone() selected on_choose=choose share=share results=shown /> })
            };
            let axes = move || {
                at4.get().then(|| view! { <BarChart chart=axis_chart.clone() selected on_choose=choose share=share results=shown /> })
            };
            view! {
                    <section class="charts" aria-labelledby="graphiques" data-ancre=".charts">
                        <h2 id="graphiques">{t.charts_title}</h2>
                        <p class="section-note">
                            {t.charts_note}
                        </p>
                        <div class="chart-grid">
                            <BarChart chart=status_chart.clone() selected on_choose=choose share=share results=shown />
                            {calendar}
                            <div class="chart-wide">
                                {axes}
                            </div>
                        </div>
                    </section>
            }
        })
    };
    let explorer_section = move || {
        at5.get().then(|| {
            view! {
                    <section class="explorer" id="explorer" aria-labelledby="explorer-titre" data-ancre=".explorer">
                        <h2 id="explorer-titre">{t.explorer_title}</h2>
                        <UrlNotice extra=page_notice />
                        <div class="explorer-layout">
                            <div class="explorer-search" data-ancre=".explorer-search">
                                <label for="recherche" class="search-label">{t.search_label}</label>
                                <input
                                    id="recherche"
                                    class="search-input"
                                    type="search"
                                    autocomplete="off"
                                    spellcheck="false"
                                    placeholder=t.search_placeholder
                                    aria-describedby="recherche-aide"
                                    prop:value=q_value
                                    on:input=move |ev| {
                                        let text = event_target_value(&ev);
                                        view.update(|v| v.q = text, History::Replace);
                                    }
                                />
                                <p id="recherche-aide" class="search-help">
                                    {t.search_help}
                                </p>
                            </div>
                            <div class="explorer-filters">
                                {move || at6.get().then(|| view! { <FacetPanel counts shown /> })}
                            </div>
                            <div class="explorer-results" data-ancre=".explorer-results">
                                {move || at7.get().then(|| view! { <ActiveFilters counts /> })}
                                <p id="resultats-nombre" class="result-count" tabindex="-1">{count_text}</p>
                                <p class="visually-hidden" aria-live="polite" aria-atomic="true">{move || announced.get()}</p>
                                {waiting_lines(t)}
                                {move || at8.get().then(|| view! { <ResultList shown counts index_ready=index_ready.read_only() /> })}
                                {move || at7.get().then(|| view! { <ReportHits query=report_query /> })}
                            </div>
                        </div>
                    </section>
            }
        })
    };

    view! {
        <PageTitle text="" />
        <div class="overview">
            <header class="overview-head" data-ancre=".overview-head">
                <p class="kicker">{fill(t.overview_kicker, &[("date", &crate::lang::date(&s.source.as_of))])}</p>
                <h1 tabindex="-1">{t.overview_title}</h1>
                <p class="lede" lang="fr">{s.plan.title.clone()}</p>
            </header>

            <section class="figures" aria-labelledby="chiffres-cles" data-ancre=".figures">
                <h2 id="chiffres-cles" class="visually-hidden">{t.key_figures}</h2>
                <ul class="figure-list" role="list">{figures}</ul>
            </section>

            <p class="jump-link">
                // To the search box itself: the next Tab goes on from there.
                <a href="#explorer" on:click=|ev| crate::components::route_focus::skip_to(ev, "recherche")>{fill(t.jump_to_search, &[("total", &total.to_string())])}</a>
            </p>

            {charts_section}

            {explorer_section}

            {move || (share && at9.get()).then(|| view! { <ViewTools shown /> })}
        </div>
    }
}

/// Drawn at build time only: the pre-wasm script's two lines, the view it
/// cannot answer yet (a quoted phrase) and nothing matching. The browser's
/// build leaves the type out of the wasm altogether.
#[cfg(feature = "ssr")]
fn waiting_lines(t: &'static plan_core::i18n::Texts) -> impl IntoView {
    crate::site::current().prerender().then(|| {
        view! {
            <p class="apercu-attente">{t.loading_view}</p>
            <p class="apercu-vide" hidden>{t.no_match}</p>
        }
    })
}

#[cfg(not(feature = "ssr"))]
fn waiting_lines(_: &'static plan_core::i18n::Texts) -> impl IntoView {}
