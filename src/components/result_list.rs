//! The commitments the view shows, one page of [`paging::PAGE_SIZE`] at a time:
//! title (search terms marked), axis, statuses, and, when searching, an excerpt
//! and the fields where the terms were found. More than one page adds a page
//! navigation under the list. An empty result says so and offers ways to widen
//! the search.

use leptos::ev::MouseEvent;
use leptos::prelude::*;
use plan_core::lookup;
use plan_core::paging;
use plan_core::search::{highlight_query, Query};
use plan_core::url_state::ViewState;
use wasm_bindgen::JsCast;

use crate::components::active_filters::active_filters;
use crate::components::highlighted::highlighted;
use crate::components::status_badge::{CalendarBadge, StatusBadge};
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
                    each=move || page.with(|p| p.2.clone())
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
    let axis = lookup::axis_of(&plan.snapshot, c)
        .map(|a| format!("Axe {} · {}", a.number, a.title))
        .unwrap_or_default();
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
        <li class="commitment-item" data-number=c.number>
            <span class="commitment-number">
                {format!("Engagement {}", c.number)}
                <span class="commitment-axis">{axis}</span>
            </span>
            // A plain link: the router handles its clicks all the same, without
            // the reactive bookkeeping of `<A>` (aria-current) in every row.
            <a href=crate::base::href(&format!("/engagements/{}", c.number)) class="commitment-title">{title}</a>
            <span class="commitment-statuses">
                <StatusBadge code=c.status label=c.status_label.clone() />
                <CalendarBadge code=c.calendar />
            </span>
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
    let s = &plan.snapshot;
    let c = s.commitments.get(i)?;
    let hit = plan.index().hit(s, i, query)?;
    let mut labels: Vec<String> = Vec::new();
    for f in &hit.fields {
        let l = f.label_fr(c);
        if !labels.contains(&l) {
            labels.push(l);
        }
    }
    let more = labels.len().saturating_sub(MAX_FIELDS);
    labels.truncate(MAX_FIELDS);
    let mut found = labels.join(", ");
    if more > 0 {
        found.push_str(&format!(
            " et {more} autre{}",
            if more > 1 { "s" } else { "" }
        ));
    }
    let field = hit.snippet.field.label_fr(c);
    let excerpt = (hit.snippet.field != plan_core::search::Field::Title).then(|| {
        view! {
            <p class="snippet">
                <span class="snippet-field">{field}" : "</span>
                {highlighted(hit.snippet.segments())}
            </p>
        }
    });
    Some(view! {
        {excerpt}
        <p class="found-in"><span class="found-in-label">"Trouvé dans : "</span>{found}</p>
    })
}

/// Previous / "Page 2 sur 100" / next, under the list when it has more than one
/// page. Real links (the page's URL: they open in a new tab, and work without
/// this handler); a plain click changes the page in place, then moves focus to
/// the result count so keyboard and screen-reader users start at the new page.
fn pagination(view: UseViewStateReturn, number: usize, count: usize) -> impl IntoView {
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
                        aria-label=format!("{text}, page {target} sur {count}")
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
        <nav class="pagination" aria-label="Pages des résultats">
            <ul role="list">
                <li class="page-prev">{link(prev, "Précédente", "prev", true)}</li>
                <li class="page-current">{format!("Page {number} sur {count}")}</li>
                <li class="page-next">{link(next, "Suivante", "next", false)}</li>
            </ul>
        </nav>
    }
}

/// Once the new page is drawn, focus the result count (it says which page this is).
fn focus_result_count() {
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
    let q = view.state.with(|v| v.q.trim().to_owned());
    let active = counts.with(|c| active_filters(c));
    let clear_search = (!q.is_empty()).then(|| {
        view! {
            <li>
                <button type="button" class="button-secondary"
                    on:click=move |_| view.update(|v| v.q.clear(), History::Push)>
                    {format!("Effacer la recherche « {q} »")}
                </button>
            </li>
        }
    });
    let drop_one = active
        .into_iter()
        .rev()
        .map(|a| {
            let (facet, value) = (a.facet, a.value);
            view! {
                <li>
                    <button type="button" class="button-secondary"
                        on:click=move |_| view.update(|v| { v.toggle(facet, &value); }, History::Push)>
                        {format!("Retirer « {} : {} »", a.facet.label_fr(), a.label)}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="empty-result">
            <p class="empty-title">"Aucun engagement ne correspond à cette recherche."</p>
            <p>"Pour élargir :"</p>
            <ul class="widen" role="list">
                {clear_search}
                {drop_one}
                <li>
                    <button type="button" class="button-secondary"
                        on:click=move |_| view.set(ViewState::default(), History::Push)>
                        {format!("Tout effacer et voir les {total} engagements")}
                    </button>
                </li>
            </ul>
        </div>
    }
}
