//! Index of the institutions that carry commitments, with what each carries.

use crate::components::page_title::PageTitle;
use leptos::prelude::*;
use leptos_router::components::A;
use plan_core::institutions;

use crate::data::use_plan;

#[component]
pub fn InstitutionsPage() -> impl IntoView {
    let plan = use_plan();
    let t = crate::lang::texts();
    let s = &plan.snapshot;
    let all = institutions::index(s);
    let n = all.len();
    let items = all
        .iter()
        .map(|x| {
            let name = x.institution.name.clone();
            let count = plan_core::i18n::count_commitments(x.commitments.len(), crate::lang::current());
            // "Substantiel 2 · Partiel 1": the statuses as words and numbers.
            let breakdown = x
                .stats
                .by_status
                .entries
                .iter()
                .filter(|(_, v)| *v > 0)
                .map(|&(code, v)| format!("{} {v}", crate::lang::status_vocabulary_name(s, code)))
                .collect::<Vec<_>>()
                .join(" · ");
            // An SVG, not styled spans: the page's HTML carries no `style`
            // attribute (its policy allows no inline style).
            let total = x.stats.commitments.max(1) as f64;
            let mut at = 0.0;
            let bar = x
                .stats
                .by_status
                .entries
                .iter()
                .filter(|(_, v)| *v > 0)
                .map(|&(code, v)| {
                    let width = 100.0 * v as f64 / total;
                    let x = plan_core::format::dec(at, 3);
                    at += width;
                    view! {
                        <rect class=format!("mini-seg mini-st-{}", code.as_str())
                            x=format!("{x}%") y="0" width=format!("{}%", plan_core::format::dec(width, 3)) height="100%" />
                    }
                })
                .collect_view();
            view! {
                <li class="institution-item" data-institution=x.institution.id.clone()>
                    <A href=crate::base::href(&format!("/institutions/{}", x.institution.id)) attr:class="institution-name" attr:lang="fr">{name}</A>
                    <span class="institution-count">{count}</span>
                    <svg class="mini-bar" aria-hidden="true" width="100%" height="8">{bar}</svg>
                    <span class="institution-breakdown">{breakdown}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <PageTitle text=t.nav_institutions />
        <h1 tabindex="-1">{t.institutions_title}</h1>
        <p class="lede">
            {plan_core::i18n::fill(t.institutions_lede, &[("n", &n.to_string())])}
        </p>
        <ul class="institution-list" role="list">{items}</ul>
    }
}
