//! One institution: the commitments it carries, their statuses and a chart.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::{
    components::A,
    hooks::{use_navigate, use_params_map},
};
use plan_core::charts::{self, ChartFilter};
use plan_core::format::count_label;
use plan_core::institutions;
use plan_core::lookup;
use plan_core::url_state::{to_query, Facet, ViewState};

use crate::charts::bar_chart::BarChart;
use crate::components::status_badge::{CalendarBadge, StatusBadge};
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
        let chart = charts::status_chart(s, &x.stats);
        let aliases: Vec<String> = inst
            .aliases
            .iter()
            .filter(|a| **a != inst.name)
            .cloned()
            .collect();
        let aliases = (!aliases.is_empty()).then(|| {
            view! { <p class="aliases">"Aussi écrit dans le rapport : "{aliases.join(" ; ")}</p> }
        });
        let items = x
            .commitments
            .iter()
            .map(|c| {
                let role = if c.institutions.contains(&inst.id) {
                    "Porteur de l’engagement"
                } else {
                    "Acteur d’une action"
                };
                let axis = lookup::axis_of(s, c)
                    .map(|a| format!("Axe {} · {}", a.number, a.title))
                    .unwrap_or_default();
                let (number, title, status, status_label, calendar) = (
                    c.number,
                    c.title.clone(),
                    c.status,
                    c.status_label.clone(),
                    c.calendar,
                );
                view! {
                    <li class="commitment-item" data-number=number>
                        <span class="commitment-number">
                            {format!("Engagement {number}")}
                            <span class="commitment-axis">{axis}</span>
                        </span>
                        <A href=crate::base::href(&format!("/engagements/{number}")) attr:class="commitment-title">{title}</A>
                        <span class="commitment-statuses">
                            <StatusBadge code=status label=status_label />
                            <CalendarBadge code=calendar />
                            <span class="role">{role}</span>
                        </span>
                    </li>
                }
            })
            .collect_view();
        let count = count_label(x.commitments.len(), "engagement", "engagements");
        view! {
            <Title text=inst.name.clone() />
            <article class="institution" data-institution=inst.id.clone()>
                <nav class="breadcrumbs" aria-label="Fil d’Ariane">
                    <ol>
                        <li><A href=crate::base::href("/institutions")>"Institutions"</A></li>
                    </ol>
                </nav>
                <h1 tabindex="-1">{inst.name.clone()}</h1>
                {aliases}
                <p class="lede">
                    {format!("{count} dans le plan d’action, dont {} à un stade substantiel ou complet.",
                        x.stats.substantial_or_complete)}
                </p>
                <div class="institution-layout">
                    <div class="institution-chart">
                        <BarChart chart selected=Signal::derive(ViewState::default) on_choose=choose heading_level=2 />
                    </div>
                    <section class="institution-commitments" aria-labelledby="engagements-titre">
                        <h2 id="engagements-titre">"Ses engagements"</h2>
                        <ol class="commitment-list" role="list">{items}</ol>
                        <p><A href=crate::base::href(&explorer)>"Explorer ces engagements avec les filtres et la recherche"</A></p>
                    </section>
                </div>
            </article>
        }
        .into_any()
    }
}
