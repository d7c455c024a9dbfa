//! One commitment: what it promises and how far each action went.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::app::use_plan;
use crate::components::status_badge::{CalendarBadge, StatusBadge};
use crate::pages::not_found::NotFoundPage;

#[component]
pub fn CommitmentPage() -> impl IntoView {
    let plan = use_plan();
    let params = use_params_map();
    move || {
        let number = params.with(|p| p.get("numero")).and_then(|n| n.parse::<u32>().ok());
        let Some(c) = number.and_then(|n| plan.snapshot.commitments.iter().find(|c| c.number == n))
        else {
            return view! { <NotFoundPage /> }.into_any();
        };
        let actions = c
            .actions
            .iter()
            .map(|a| {
                view! {
                    <tr id=format!("action-{}", a.id)>
                        <th scope="row">{a.id.clone()}</th>
                        <td>{a.text.clone()}</td>
                        <td>{a.results.clone()}</td>
                        <td>{a.next_steps.clone()}</td>
                        <td><StatusBadge code=a.status label=a.status_label.clone() /></td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <Title text=format!("Engagement {}", c.number) />
            <article class="commitment">
                <p class="kicker">{format!("Engagement {}", c.number)}</p>
                <h1 tabindex="-1">{c.title.clone()}</h1>
                <p class="statuses">
                    <StatusBadge code=c.status label=c.status_label.clone() />
                    <CalendarBadge code=c.calendar />
                </p>
                <h2>"Actions"</h2>
                <table class="actions">
                    <thead>
                        <tr>
                            <th scope="col">"N°"</th>
                            <th scope="col">"Action"</th>
                            <th scope="col">"Résultats"</th>
                            <th scope="col">"Prochaines étapes"</th>
                            <th scope="col">"Statut"</th>
                        </tr>
                    </thead>
                    <tbody>{actions}</tbody>
                </table>
            </article>
        }
        .into_any()
    }
}
