//! The commitments the view shows: title (search terms marked), axis, statuses,
//! and, when searching, an excerpt and the fields where the terms were found.
//! An empty result says so and offers ways to widen the search.

use leptos::prelude::*;
use leptos_router::components::A;
use plan_core::lookup;
use plan_core::search::{highlight_query, Query};
use plan_core::url_state::ViewState;

use crate::app::use_plan;
use crate::components::active_filters::active_filters;
use crate::components::highlighted::highlighted;
use crate::components::status_badge::{CalendarBadge, StatusBadge};
use crate::components::view_state::{expect_view_state, History};
use plan_core::filter::FacetCounts;

/// At most this many field names are listed under a result.
const MAX_FIELDS: usize = 6;

#[component]
pub fn ResultList(shown: Memo<Vec<usize>>, counts: Memo<Vec<FacetCounts>>) -> impl IntoView {
    let plan = use_plan();
    let view = expect_view_state();
    move || {
        let s = &plan.snapshot;
        let q = view.state.with(|v| v.q.clone());
        let query = Query::parse(&q);
        let indices = shown.get();
        if indices.is_empty() {
            return empty_state(counts, s.commitments.len()).into_any();
        }
        let items = indices
            .into_iter()
            .filter_map(|i| s.commitments.get(i).map(|c| (i, c)))
            .map(|(i, c)| {
                let axis = lookup::axis_of(s, c)
                    .map(|a| format!("Axe {} · {}", a.number, a.title))
                    .unwrap_or_default();
                let title = highlighted(highlight_query(&c.title, &query));
                let hit = plan.index.hit(s, i, &query);
                let details = hit.map(|hit| {
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
                        found.push_str(&format!(" et {more} autre{}", if more > 1 { "s" } else { "" }));
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
                    view! {
                        {excerpt}
                        <p class="found-in"><span class="found-in-label">"Trouvé dans : "</span>{found}</p>
                    }
                });
                view! {
                    <li class="commitment-item" data-number=c.number>
                        <span class="commitment-number">
                            {format!("Engagement {}", c.number)}
                            <span class="commitment-axis">{axis}</span>
                        </span>
                        <A href=crate::base::href(&format!("/engagements/{}", c.number)) attr:class="commitment-title">{title}</A>
                        <span class="commitment-statuses">
                            <StatusBadge code=c.status label=c.status_label.clone() />
                            <CalendarBadge code=c.calendar />
                        </span>
                        {details}
                    </li>
                }
            })
            .collect_view();
        view! { <ol class="commitment-list" role="list">{items}</ol> }.into_any()
    }
}

/// Nothing matches: say so, and offer to drop the search or any one filter.
fn empty_state(counts: Memo<Vec<FacetCounts>>, total: usize) -> impl IntoView {
    let view = expect_view_state();
    let q = view.state.with_untracked(|v| v.q.trim().to_owned());
    let active = counts.with_untracked(|c| active_filters(c));
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
