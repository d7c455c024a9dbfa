//! The active filters as removable chips, with one control clearing them all.

use leptos::prelude::*;
use plan_core::filter::FacetCounts;
use plan_core::i18n::fill;
use plan_core::url_state::{Facet, ViewState};

use crate::components::view_state::{expect_view_state, History};

/// One active filter: its facet, value and labels.
#[derive(Clone, PartialEq)]
pub struct Active {
    pub facet: Facet,
    pub value: String,
    pub label: String,
}

/// The selected options of `counts`, in facet and option order.
pub fn active_filters(counts: &[FacetCounts]) -> Vec<Active> {
    counts
        .iter()
        .flat_map(|g| {
            g.options.iter().filter(|o| o.selected).map(|o| Active {
                facet: g.facet,
                value: o.value.clone(),
                label: o.label.clone(),
            })
        })
        .collect()
}

#[component]
pub fn ActiveFilters(counts: Memo<Vec<FacetCounts>>) -> impl IntoView {
    let view = expect_view_state();
    let t = crate::lang::texts();
    let plan = crate::data::use_plan();
    move || {
        let active = counts.with(|c| active_filters(c));
        let q = view.state.with(|v| v.q.clone());
        if active.is_empty() && q.trim().is_empty() {
            return ().into_any();
        }
        let search_chip = (!q.trim().is_empty()).then(|| {
            let text = fill(t.chip_search, &[("q", q.trim())]);
            let name = fill(t.chip_search_remove, &[("q", q.trim())]);
            view! {
                <li>
                    <button type="button" class="chip" aria-label=name
                        on:click=move |_| view.update(|v| v.q.clear(), History::Push)>
                        <span>{text}</span><span class="chip-x" aria-hidden="true">"×"</span>
                    </button>
                </li>
            }
        });
        let chips = active
            .into_iter()
            .map(|a| {
                let label =
                    crate::lang::option_label(&plan.snapshot, a.facet, &a.value, &a.label);
                let text = fill(
                    t.chip_filter,
                    &[("facet", crate::lang::facet_name(a.facet)), ("value", &label)],
                );
                let name = fill(t.chip_filter_remove, &[("filter", &text)]);
                let (facet, value) = (a.facet, a.value);
                view! {
                    <li>
                        <button type="button" class="chip" aria-label=name
                            on:click=move |_| view.update(|v| { v.toggle(facet, &value); }, History::Push)>
                            <span>{text}</span><span class="chip-x" aria-hidden="true">"×"</span>
                        </button>
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="active-filters">
                <h2 class="visually-hidden">{t.active_filters}</h2>
                <ul class="chips" role="list">{search_chip}{chips}</ul>
                <button type="button" class="button-link clear-all"
                    on:click=move |_| view.set(ViewState::default(), History::Push)>
                    {t.clear_all}
                </button>
            </div>
        }
        .into_any()
    }
}
