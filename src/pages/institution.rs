//! One institution: the commitments it carries, their statuses and a chart.

use crate::components::page_title::PageTitle;
use leptos::prelude::*;
use leptos_router::{
    components::A,
    hooks::{use_navigate, use_params_map},
};
use plan_core::charts::{self, ChartFilter};
use plan_core::i18n::fill;
use plan_core::institutions;
use plan_core::lookup;
use plan_core::url_state::{to_query, Facet, ViewState};

use crate::charts::bar_chart::BarChart;
use crate::components::status_badge::{CalendarBadge, StatusBadge, StatusNote};
use crate::data::use_plan;
use crate::pages::not_found::NotFoundPage;

#[component]
pub fn InstitutionPage() -> impl IntoView {
    let plan = use_plan();
    let params = use_params_map();
    let navigate = use_navigate();
    move || {
        let id = params.with(|p| p.get("id")).unwrap_or_default();
        let s = &plan.snapshot;
        let Some(x) = institutions::summary(s, &id) else {
            return view! { <NotFoundPage /> }.into_any();
        };
        let t = crate::lang::texts();
        let inst = x.institution;
        let mut base = ViewState::default();
        base.toggle(Facet::Institution, &inst.id);
        let explorer = format!("/?{}", to_query(&base));
        // Choosing a bar opens the explorer on this institution's commitments
        // with that status.
        let choose = {
            let navigate = navigate.clone();
            let base = base.clone();
            Callback::new(move |f: ChartFilter| {
                let next = charts::apply(&base, &f);
                navigate(&format!("/?{}", to_query(&next)), Default::default());
            })
        };
        let chart = charts::status_chart_in(s, &x.stats, crate::lang::current());
        let aliases: Vec<String> = inst
            .aliases
            .iter()
            .filter(|a| **a != inst.name)
            .cloned()
            .collect();
        let aliases = (!aliases.is_empty()).then(|| {
            view! { <p class="aliases">{t.aliases}<span lang="fr">{aliases.join(" ; ")}</span></p> }
        });
        let items = x
            .commitments
            .iter()
            .map(|c| {
                let role = if c.institutions.contains(&inst.id) {
                    t.role_carrier
                } else {
                    t.role_actor
                };
                let axis = lookup::axis_of(s, c)
                    .map(|a| crate::components::result_list::axis_line(a.number, &a.title));
                let (number, title, status, status_label, calendar) = (
                    c.number,
                    c.title.clone(),
                    c.status,
                    crate::lang::status_name(s, c.status, &c.status_label),
                    c.calendar,
                );
                view! {
                    <li class="commitment-item" data-number=number>
                        <span class="commitment-number">
                            {fill(t.commitment_n, &[("n", &number.to_string())])}
                            <span class="commitment-axis">{axis}</span>
                        </span>
                        <A href=crate::base::href(&format!("/engagements/{number}")) attr:class="commitment-title" attr:lang="fr">{title}</A>
                        <span class="commitment-statuses">
                            <StatusBadge code=status label=status_label />
                            <CalendarBadge code=calendar />
                            <span class="role">{role}</span>
                        </span>
                        <StatusNote code=status printed=c.status_label.clone() />
                    </li>
                }
            })
            .collect_view();
        let count = plan_core::i18n::count_commitments(x.commitments.len(), crate::lang::current());
        view! {
            <PageTitle text=inst.name.clone() />
            <article class="institution" data-institution=inst.id.clone()>
                <nav class="breadcrumbs" aria-label=t.breadcrumbs>
                    <ol>
                        <li><A href=crate::base::href("/institutions")>{t.nav_institutions}</A></li>
                    </ol>
                </nav>
                <h1 tabindex="-1" lang="fr">{inst.name.clone()}</h1>
                {aliases}
                <p class="lede">
                    {fill(t.institution_lede, &[("count", &count), ("n", &x.stats.substantial_or_complete.to_string())])}
                </p>
                <div class="institution-layout">
                    <div class="institution-chart">
                        <BarChart chart selected=Signal::derive(ViewState::default) on_choose=choose heading_level=2 />
                    </div>
                    <section class="institution-commitments" aria-labelledby="engagements-titre">
                        <h2 id="engagements-titre">{t.its_commitments}</h2>
                        <ol class="commitment-list" role="list">{items}</ol>
                        <p><A href=crate::base::href(&explorer)>{t.explore_these}</A></p>
                    </section>
                </div>
            </article>
        }
        .into_any()
    }
}
