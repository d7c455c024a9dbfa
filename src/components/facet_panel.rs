//! The facets: one group of checkboxes per filter dimension, each option with
//! the number of commitments it would leave. On a phone the panel folds behind
//! a "Filtres (n)" button so the results come first.
//!
//! The checkboxes are drawn once; only their state and counts follow the view,
//! so keyboard focus stays where it is while the list updates.

use leptos::prelude::*;
use plan_core::filter::FacetCounts;
use plan_core::url_state::Facet;

use crate::components::view_state::{expect_view_state, History};

/// Facets with many options scroll inside their group.
fn is_long(facet: Facet) -> bool {
    matches!(facet, Facet::Institution | Facet::Objective)
}

#[component]
pub fn FacetPanel(counts: Memo<Vec<FacetCounts>>) -> impl IntoView {
    let view = expect_view_state();
    let open = RwSignal::new(false);
    let active = move || view.state.with(|v| v.active_filter_count());
    let groups = counts
        .get_untracked()
        .into_iter()
        .enumerate()
        .map(|(fi, group)| {
            let facet = group.facet;
            let options = group
                .options
                .into_iter()
                .enumerate()
                .map(|(oi, option)| {
                    let input_id = format!("filtre-{}-{oi}", facet.param());
                    let count = move || {
                        counts.with(|c| c.get(fi).and_then(|g| g.options.get(oi)).map_or(0, |o| o.count))
                    };
                    let checked = move || {
                        counts.with(|c| {
                            c.get(fi)
                                .and_then(|g| g.options.get(oi))
                                .is_some_and(|o| o.selected)
                        })
                    };
                    let value = option.value.clone();
                    view! {
                        <li class="facet-option" class:facet-zero=move || count() == 0 && !checked()>
                            <input
                                type="checkbox"
                                id=input_id.clone()
                                value=option.value.clone()
                                prop:checked=checked
                                on:change=move |_| {
                                    view.update(|v| { v.toggle(facet, &value); }, History::Push)
                                }
                            />
                            <label for=input_id>
                                <span class="facet-label">{option.label}</span>
                                <span class="facet-count">
                                    {count}
                                    <span class="visually-hidden">
                                        {move || if count() <= 1 { " engagement" } else { " engagements" }}
                                    </span>
                                </span>
                            </label>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="facet" class:facet-long=is_long(facet) data-facet=facet.param()>
                    <legend>{facet.label_fr()}</legend>
                    <ul class="facet-options" role="list">{options}</ul>
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <button
            type="button"
            class="filters-toggle"
            aria-expanded=move || if open.get() { "true" } else { "false" }
            aria-controls="filtres"
            on:click=move |_| open.update(|o| *o = !*o)
        >
            <span class="filters-toggle-icon" aria-hidden="true"></span>
            {move || format!("Filtres ({})", active())}
        </button>
        <section id="filtres" class="filters-panel" class:open=move || open.get() aria-labelledby="filtres-titre">
            <h2 id="filtres-titre" class="filters-title">"Filtrer les engagements"</h2>
            {groups}
        </section>
    }
}
