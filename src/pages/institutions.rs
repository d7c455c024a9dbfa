//! Index of the institutions that carry commitments.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use crate::app::use_plan;

#[component]
pub fn InstitutionsPage() -> impl IntoView {
    let plan = use_plan();
    let items = plan
        .snapshot
        .institutions
        .iter()
        .map(|i| {
            let name = i.name.clone();
            view! { <li><A href=format!("/institutions/{}", i.id)>{name}</A></li> }
        })
        .collect_view();
    view! {
        <Title text="Institutions" />
        <h1 tabindex="-1">"Institutions porteuses"</h1>
        <ul class="institution-list">{items}</ul>
    }
}
