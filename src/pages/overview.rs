//! The home page: every commitment with its status.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use crate::app::use_plan;
use crate::components::status_badge::StatusBadge;

#[component]
pub fn OverviewPage() -> impl IntoView {
    let plan = use_plan();
    let s = &plan.snapshot;
    let items = s
        .commitments
        .iter()
        .map(|c| {
            let href = format!("/engagements/{}", c.number);
            let title = c.title.clone();
            view! {
                <li class="commitment-item" data-number=c.number>
                    <span class="commitment-number">{format!("Engagement {}", c.number)}</span>
                    <A href=href attr:class="commitment-title">{title}</A>
                    <StatusBadge code=c.status label=c.status_label.clone() />
                </li>
            }
        })
        .collect_view();
    view! {
        <Title text="" />
        <h1 tabindex="-1">{s.plan.title.clone()}</h1>
        <p class="lede">
            {format!("{} engagements, état au {}.", s.commitments.len(), s.source.as_of)}
        </p>
        <ol class="commitment-list">{items}</ol>
    }
}
