//! A commitment page's tools: "Intégrer cet engagement", its actions (CSV),
//! its data (JSON), "Citer cet engagement".

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use plan_core::embed as core_embed;

use crate::components::copy_field::CopyField;
use crate::components::downloads::{download_actions_csv, download_subset_json};
use crate::components::embed_dialog::EmbedButton;
use crate::components::share_links::page_url;
use crate::data::use_plan;

/// Tools of a commitment page: "Intégrer", its actions (CSV) and its data
/// (JSON), "Citer". Not shown in an embed. `index` is in `snapshot.commitments`.
#[component]
pub fn CommitmentTools(index: usize) -> impl IntoView {
    let plan = use_plan();
    let location = use_location();
    let Some(c) = plan.snapshot.commitments.get(index) else {
        return ().into_any();
    };
    let n = c.number;
    let subject = format!("Engagement {n} : {}", c.title);
    let csv_actions = {
        let plan = plan.clone();
        move |_| download_actions_csv(&plan, &[index], &format!("engagement-{n}-actions"))
    };
    let json = {
        let plan = plan.clone();
        move |_| download_subset_json(&plan, &[index], &format!("engagement-{n}"))
    };
    let citation = {
        let plan = plan.clone();
        Signal::derive(move || {
            let url = page_url(&location.pathname.get());
            plan.snapshot
                .commitments
                .get(index)
                .map(|c| core_embed::commitment_citation(&plan.snapshot, c, &url))
                .unwrap_or_default()
        })
    };
    view! {
        <section class="view-tools" aria-labelledby="partager-titre">
            <h2 id="partager-titre">"Partager, télécharger, citer cet engagement"</h2>
            <div class="tool-row">
                <EmbedButton key="engagement" chart=None label="Intégrer cet engagement" subject=subject />
                <button type="button" class="button button-small" on:click=csv_actions>
                    "Actions (CSV)"
                </button>
                <button type="button" class="button button-small" on:click=json>
                    "Données (JSON)"
                </button>
            </div>
            <p class="tool-help">
                "CSV : UTF-8, séparateur point-virgule, s’ouvre tel quel dans Excel en français. JSON : même format que le fichier complet des données, avec cet engagement seul."
            </p>
            <CopyField id="citer" label="Citer cet engagement" text=citation rows=3 />
        </section>
    }
    .into_any()
}
