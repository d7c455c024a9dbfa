//! One institution and the commitments it carries.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::{components::A, hooks::use_params_map};

use crate::app::use_plan;
use crate::components::status_badge::StatusBadge;
use crate::pages::not_found::NotFoundPage;

#[component]
pub fn InstitutionPage() -> impl IntoView {
    let plan = use_plan();
    let params = use_params_map();
    move || {
        let id = params.with(|p| p.get("id")).unwrap_or_default();
        let s = &plan.snapshot;
        let Some(inst) = s.institutions.iter().find(|i| i.id == id) else {
            return view! { <NotFoundPage /> }.into_any();
        };
        let items = s
            .commitments
            .iter()
            .filter(|c| c.institutions.iter().any(|i| *i == inst.id))
            .map(|c| {
                let label = format!("Engagement {} : {}", c.number, c.title);
                view! {
                    <li>
                        <A href=format!("/engagements/{}", c.number)>
                            {label}
                        </A>
                        " "
                        <StatusBadge code=c.status label=c.status_label.clone() />
                    </li>
                }
            })
            .collect_view();
        view! {
            <Title text=inst.name.clone() />
            <h1 tabindex="-1">{inst.name.clone()}</h1>
            <ul>{items}</ul>
        }
        .into_any()
    }
}
