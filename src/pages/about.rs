//! What the plan is, where the data comes from, and how to reuse it.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::app::use_plan;

#[component]
pub fn AboutPage() -> impl IntoView {
    let plan = use_plan();
    let src = &plan.snapshot.source;
    view! {
        <Title text="À propos" />
        <h1 tabindex="-1">"À propos"</h1>
        <p>{format!("Source : {} ({}), données au {}, licence {}.", src.title, src.publisher, src.as_of, src.license)}</p>
    }
}
