//! The commitments the view shows, one page of [`paging::PAGE_SIZE`] at a time:
//! title (search terms marked), axis, statuses, and, when searching, an excerpt
//! and the fields where the terms were found. More than one page adds a page
//! navigation under the list. An empty result says so and offers ways to widen
//! the search.

use leptos::ev::MouseEvent;
use leptos::prelude::*;
use plan_core::i18n::fill;
use plan_core::lookup;
use plan_core::paging;
use plan_core::search::{highlight_query, Query};
use plan_core::url_state::ViewState;
use wasm_bindgen::JsCast;

use crate::components::active_filters::active_filters;
use crate::components::highlighted::highlighted;
use crate::components::status_badge::{CalendarBadge, StatusBadge, StatusNote};
use crate::components::view_state::{expect_view_state, History, UseViewStateReturn};
use crate::data::use_plan;
use crate::data::Plan;
use plan_core::filter::FacetCounts;

/// At most this many field names are listed under a result.
const MAX_FIELDS: usize = 6;

/// `index_ready`: whether the search index is built (excerpts wait for it).
#[component]
pub fn ResultList(
    shown: Memo<Vec<usize>>,
    counts: Memo<Vec<FacetCounts>>,
    index_ready: ReadSignal<bool>,
) -> impl IntoView {
    let plan = use_plan();
    let view = expect_view_state();
    let total = plan.snapshot.commitments.len();
    let query = Memo::new(move |_| view.state.with(|v| Query::parse(&v.q)));
    // The current page: its number, the page count, and its commitments. Only
    // these rows are drawn, and only they get an excerpt.
    let page = Memo::new(move |_| {
        let requested = view.state.with(|v| v.page);
        shown.with(|all| {
            let p = paging::page(all, requested);
            (p.number, p.count, p.items.to_vec())
        })
    });
    let is_empty = Memo::new(move |_| shown.with(Vec::is_empty));
    // Drawn at build time, the list holds every row, in the snapshot's
    // order: the pre-wasm script (`apercu.js`) shows those of the reader's
    // view and page, by position.
    let every_row = crate::site::current().prerender();
    move || {
        if is_empty.get() {
            return (move || empty_state(view, counts, total)).into_any();
        }
        let plan = plan.clone();
        view! {
            // Keyed by commitment: a row still on the page after a keystroke or
            // a filter keeps its elements; only its title marks and excerpt
            // follow the query.
            <ol class="commitment-list" role="list">
                <For
                    each=move || if every_row { shown.get() } else { page.with(|p| p.2.clone()) }
                    key=|i| *i
                    children=move |i| row(plan.clone(), i, query, index_ready)
                />
            </ol>
            {move || {
                let (number, count) = page.with(|p| (p.0, p.1));
                (count > 1).then(|| pagination(view, number, count))
            }}
        }
        .into_any()
    }
}

/// One result: number, axis, title (terms marked), statuses, and when searching
/// an excerpt and where the terms were found. Drawn once per commitment shown;
/// the marks and the excerpt follow `query`.
fn row(plan: Plan, i: usize, query: Memo<Query>, index_ready: ReadSignal<bool>) -> impl IntoView {
    let Some(c) = plan.snapshot.commitments.get(i) else {
        return ().into_any();
    };
    let t = crate::lang::texts();
    let axis = lookup::axis_of(&plan.snapshot, c).map(|a| axis_line(a.number, &a.title));
    let title = {
        let plan = plan.clone();
        move || {
            let c = &plan.snapshot.commitments[i];
            query.with(|q| highlighted(highlight_query(&c.title, q)))
        }
    };
    let details = {
        let plan = plan.clone();
        move || {
            index_ready
                .get()
                .then(|| query.with(|q| details(&plan, i, q)))
                .flatten()
        }
    };
    view! {
        // `data-number`: how the handover finds the row again.
        <li class="commitment-item" data-number=c.number>
            <span class="commitment-number">
                {fill(t.commitment_n, &[("n", &c.number.to_string())])}
                <span class="commitment-axis">{axis}</span>
            </span>
            // A plain link: the router handles its clicks all the same, without
            // the reactive bookkeeping of `<A>` (aria-current) in every row.
            <a href=crate::base::href(&format!("/engagements/{}", c.number)) class="commitment-title" lang="fr">{title}</a>
            <span class="commitment-statuses">
                <StatusBadge code=c.status label=crate::lang::status_name(&plan.snapshot, c.status, &c.status_label) />
                <CalendarBadge code=c.calendar />
            </span>
            <StatusNote code=c.status printed=c.status_label.clone() />
            {details}
        </li>
    }
    .into_any()
}

/// When searching: an excerpt (unless the match is in the title) and the
/// fields where the terms were found.
fn details(plan: &Plan, i: usize, query: &Query) -> Option<impl IntoView> {
    if query.is_empty() {
        return None;
    }
    let t = crate::lang::texts();
    let s = &plan.snapshot;
    let c = s.commitments.get(i)?;
    let hit = plan.index().hit(s, i, query)?;
    let mut labels: Vec<String> = Vec::new();
    for f in &hit.fields {
        let l = crate::lang::field_label(f, c);
        if !labels.contains(&l) {
            labels.push(l);
        }
    }
    let more = labels.len().saturating_sub(MAX_FIELDS);
    labels.truncate(MAX_FIELDS);
    let mut found = labels.join(", ");
    if more > 0 {
        let template = if more > 1 {
            t.found_more_other
        } else {
            t.found_more_one
        };
        found.push_str(&fill(template, &[("n", &more.to_string())]));
    }
    let field = crate::lang::field_label(&hit.snippet.field, c);
    let excerpt = (hit.snippet.field != plan_core::search::Field::Title).then(|| {
        view! {
            <p class="snippet">
                <span class="snippet-field">{field}{t.snippet_sep}</span>
                <span lang="fr">{highlighted(hit.snippet.segments())}</span>
            </p>
        }
    });
    Some(view! {
        {excerpt}
        <p class="found-in"><span class="found-in-label">{t.found_in}</span>{found}</p>
    })
}

/// Previous / "Page 2 sur 100" / next, under the list when it has more than one
/// page. Real links (the page's URL: they open in a new tab, and work without
/// this handler); a plain click changes the page in place, then moves focus to
/// the result count so keyboard and screen-reader users start at the new page.
fn pagination(view: UseViewStateReturn, number: usize, count: usize) -> impl IntoView {
    let t = crate::lang::texts();
    let link = move |target: Option<usize>,
                     text: &'static str,
                     rel: &'static str,
                     arrow_first: bool| {
        let arrow = view! { <span class="page-arrow" aria-hidden="true">{if arrow_first { "‹" } else { "›" }}</span> };
        let (before, after) = if arrow_first {
            (Some(arrow), None)
        } else {
            (None, Some(arrow))
        };
        match target {
            Some(target) => {
                let next = view.state.with_untracked(|v| ViewState {
                    page: target,
                    ..v.clone()
                });
                let href = view.href(next.clone());
                view! {
                    <a class="page-link" href=href rel=rel
                        aria-label=fill(t.page_link_label, &[("text", text), ("n", &target.to_string()), ("count", &count.to_string())])
                        on:click=move |ev: MouseEvent| {
                            if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
                                return;
                            }
                            ev.prevent_default();
                            view.set(next.clone(), History::Push);
                            focus_result_count();
                        }>
                        {before}{text}{after}
                    </a>
                }
                .into_any()
            }
            None => view! {
                <span class="page-link page-link-off" aria-disabled="true">{before}{text}{after}</span>
            }
            .into_any(),
        }
    };
    let prev = (number > 1).then(|| number - 1);
    let next = (number < count).then(|| number + 1);
    view! {
        <nav class="pagination" aria-label=t.pages_label>
            <ul role="list">
                <li class="page-prev">{link(prev, t.page_prev, "prev", true)}</li>
                <li class="page-current">{fill(t.page_of, &[("n", &number.to_string()), ("count", &count.to_string())])}</li>
                <li class="page-next">{link(next, t.page_next, "next", false)}</li>
            </ul>
        </nav>
    }
}

/// The link to the results, « Voir les 3 engagements », drawn at a chart and
/// at the end of the filter panel (issue 21, findings 5 and 8): it folds a
/// phone's filter panel and takes the reader and the focus to the count.
/// Without the app, its address goes there too.
pub(crate) fn results_link(shown: Memo<Vec<usize>>) -> impl IntoView {
    let lang = crate::lang::current();
    let open = use_context::<crate::components::facet_panel::FiltersOpen>();
    view! {
        <a href="#resultats-nombre" on:click=move |ev: MouseEvent| {
            ev.prevent_default();
            if let Some(open) = open {
                open.0.set(false);
            }
            focus_result_count();
        }>{move || plan_core::i18n::see_results(shown.with(Vec::len), lang)}</a>
    }
}

/// Once the new page is drawn, focus the result count (it says which page this is).
pub(crate) fn focus_result_count() {
    request_animation_frame(|| {
        if let Some(el) = document()
            .get_element_by_id("resultats-nombre")
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}

/// Nothing matches: say so, and offer to drop the search or any one filter.
fn empty_state(
    view: UseViewStateReturn,
    counts: Memo<Vec<FacetCounts>>,
    total: usize,
) -> impl IntoView {
    let t = crate::lang::texts();
    let plan = use_plan();
    let q = view.state.with(|v| v.q.trim().to_owned());
    let active = counts.with(|c| active_filters(c));
    let clear_search = (!q.is_empty()).then(|| {
        view! {
            <li>
                <button type="button" class="button-secondary"
                    on:click=move |_| view.update(|v| v.q.clear(), History::Push)>
                    {fill(t.empty_clear_search, &[("q", &q)])}
                </button>
            </li>
        }
    });
    let drop_one = active
        .into_iter()
        .rev()
        .map(|a| {
            let label = crate::lang::option_label(&plan.snapshot, a.facet, &a.value, &a.label);
            let filter = fill(
                t.chip_filter,
                &[("facet", crate::lang::facet_name(a.facet)), ("value", &label)],
            );
            let (facet, value) = (a.facet, a.value);
            view! {
                <li>
                    <button type="button" class="button-secondary"
                        on:click=move |_| view.update(|v| { v.toggle(facet, &value); }, History::Push)>
                        {fill(t.empty_remove, &[("filter", &filter)])}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="empty-result">
            <p>{t.empty_widen}</p>
            <ul class="widen" role="list">
                {clear_search}
                {drop_one}
                <li>
                    <button type="button" class="button-secondary"
                        on:click=move |_| view.set(ViewState::default(), History::Push)>
                        {fill(t.empty_clear_all, &[("total", &total.to_string())])}
                    </button>
                </li>
            </ul>
        </div>
    }
}

/// "Axe 2 · Title" ("Axis 2 · …"), the axis's title (the report's) marked
/// `lang="fr"`.
pub(crate) fn axis_line(number: u32, title: &str) -> AnyView {
    let template = crate::lang::texts().axis_line;
    let (before, after) = template.split_once("{title}").unwrap_or((template, ""));
    let n = number.to_string();
    let before = fill(before, &[("n", &n)]);
    let after = fill(after, &[("n", &n)]);
    let title = title.to_owned();
    view! { {before}<span lang="fr">{title}</span>{after} }.into_any()
}
