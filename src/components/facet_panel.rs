//! The facets: one group of checkboxes per filter dimension, each option with
//! the number of commitments it would leave. On a phone the panel folds behind
//! a « Filtres (2 actifs) » button so the results come first; open, it is one
//! column without boxes scrolling inside it, and it ends with a « Voir les
//! 3 engagements » link that stays at the bottom of the screen while the
//! panel is on it (`style/explorer.css`): the outcome of a tick is in view,
//! and the link folds the panel and takes the reader, and the focus, to the
//! results (issue 21, finding 8). The pre-wasm script does the same on the
//! build's page (`apercu.js`).
//!
//! The checkboxes are drawn once; only their state and counts follow the view,
//! so keyboard focus stays where it is while the list updates. Where the panel
//! starts folded (narrower than 60rem, `style/explorer.css`), they are drawn
//! the first time it opens or the window widens: about a third of the
//! overview's elements, each with reactive counts, that a slow phone would
//! otherwise build before showing anything.

use leptos::prelude::*;
use plan_core::filter::FacetCounts;
use plan_core::url_state::Facet;
use wasm_bindgen::JsCast;

use crate::components::view_state::{expect_view_state, History};

/// Facets with many options scroll inside their group where the panel is a
/// column beside the results (on a phone the panel is one column, no inner
/// scroll: `style/explorer.css`).
fn is_long(facet: Facet) -> bool {
    matches!(facet, Facet::Institution | Facet::Objective)
}

/// Width from which the panel is always open (the `min-width` of `explorer.css`).
const WIDE: &str = "(min-width: 60rem)";

/// Whether the filter panel is open (on a phone it folds). Provided by
/// `app::Loaded`, so the handover can open the app's panel as the reader
/// left the static page's (`handover.rs`).
#[derive(Clone, Copy, Default)]
pub struct FiltersOpen(pub RwSignal<bool>);

#[component]
pub fn FacetPanel(
    counts: Memo<Vec<FacetCounts>>,
    /// The commitments the view shows (the link to them says how many).
    shown: Memo<Vec<usize>>,
) -> impl IntoView {
    let view = expect_view_state();
    let t = crate::lang::texts();
    let lang = crate::lang::current();
    let open = use_context::<FiltersOpen>().unwrap_or_default().0;
    let active = move || view.state.with(|v| v.active_filter_count());
    // The build draws every option (the static page filters before the
    // wasm); the browser, once the panel is open or wide. The browser asks
    // its window as it draws: the takeover's first frame already has the
    // options a wide screen shows.
    let prerender = crate::site::current().prerender();
    let drawn = RwSignal::new(prerender);
    if !prerender {
        if let Ok(Some(query)) = window().match_media(WIDE) {
            drawn.set(query.matches());
            let widen = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || drawn.set(true));
            let _ =
                query.add_event_listener_with_callback("change", widen.as_ref().unchecked_ref());
            // Lives as long as the page; an overview is drawn a handful of times.
            widen.forget();
        } else {
            drawn.set(true);
        }
    }
    Effect::new(move |_| {
        if open.get() {
            drawn.set(true);
        }
    });
    view! {
        <button
            type="button"
            class="filters-toggle"
            aria-expanded=move || if open.get() { "true" } else { "false" }
            aria-controls="filtres"
            on:click=move |_| open.update(|o| *o = !*o)
        >
            <span class="filters-toggle-icon" aria-hidden="true"></span>
            {move || plan_core::i18n::filters_button(active(), lang)}
        </button>
        <section id="filtres" class="filters-panel" class:open=move || open.get() aria-labelledby="filtres-titre">
            <h2 id="filtres-titre" class="filters-title">{t.filters_title}</h2>
            <Show when=move || drawn.get()>{move || facet_groups(counts)}</Show>
            <p class="filters-done">{crate::components::result_list::results_link(shown)}</p>
        </section>
    }
}

/// One fieldset of checkboxes per facet.
fn facet_groups(counts: Memo<Vec<FacetCounts>>) -> impl IntoView {
    let view = expect_view_state();
    let t = crate::lang::texts();
    let plan = crate::data::use_plan();
    counts
        .get_untracked()
        .into_iter()
        .enumerate()
        .map(|(fi, group)| {
            let facet = group.facet;
            // Axes, objectives and institutions are the report's names.
            let lang = crate::lang::facet_names_are_snapshot(facet).then_some("fr");
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
                    let label =
                        crate::lang::option_label(&plan.snapshot, facet, &option.value, &option.label);
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
                                <span class="facet-label" lang=lang>{label}</span>
                                <span class="facet-count">
                                    {count}
                                    <span class="visually-hidden">
                                        {move || {
                                            let one = plan_core::i18n::is_singular(count(), crate::lang::current());
                                            format!(" {}", if one { t.commitment_one } else { t.commitment_other })
                                        }}
                                    </span>
                                </span>
                            </label>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="facet" class:facet-long=is_long(facet) data-facet=facet.param()>
                    <legend>{crate::lang::facet_name(facet)}</legend>
                    <ul class="facet-options" role="list">{options}</ul>
                </fieldset>
            }
        })
        .collect_view()
}
