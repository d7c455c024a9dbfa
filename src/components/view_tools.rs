//! The overview's sharing tools: "Intégrer cette vue", the downloads of
//! exactly what the view shows, and "Citer cette vue".

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use plan_core::embed as core_embed;
use plan_core::export;

use crate::components::copy_field::CopyField;
use crate::components::downloads::{
    download_actions_csv, download_subset_json, download_text, CSV,
};
use crate::components::embed_dialog::EmbedButton;
use crate::components::share_links::{full_url, page_url};
use crate::components::view_state::expect_view_state;
use crate::data::use_plan;

/// Tools of the overview: "Intégrer", downloads, "Citer". Not shown in an embed.
#[component]
pub fn ViewTools(shown: Memo<Vec<usize>>) -> impl IntoView {
    let plan = use_plan();
    let view = expect_view_state();
    let location = use_location();
    let root_url = {
        let root = crate::base::app_root();
        move || page_url(&root)
    };
    let csv_commitments = {
        let plan = plan.clone();
        move |_| {
            let text =
                shown.with_untracked(|i| export::commitments_csv(&plan.snapshot, i, &root_url()));
            let name = export::file_name(&plan.snapshot, "engagements", "csv");
            download_text(&name, CSV, &text);
        }
    };
    let csv_actions = {
        let plan = plan.clone();
        move |_| shown.with_untracked(|i| download_actions_csv(&plan, i, "actions"))
    };
    let json = {
        let plan = plan.clone();
        move |_| shown.with_untracked(|i| download_subset_json(&plan, i, "donnees"))
    };
    let empty = move || shown.with(Vec::is_empty);
    let citation = {
        let plan = plan.clone();
        move || {
            let url = view.state.with(|v| full_url(&location.pathname.get(), v));
            view.state
                .with(|v| core_embed::citation(&plan.snapshot, v, shown.with(Vec::len), &url))
        }
    };
    view! {
        <section class="view-tools" aria-labelledby="partager-titre">
            <h2 id="partager-titre">"Partager, télécharger, citer cette vue"</h2>
            <p class="section-note">
                "Les fichiers contiennent exactement les engagements affichés ci-dessous, avec les filtres en cours."
            </p>
            <div class="tool-row">
                <EmbedButton key="vue" chart=None label="Intégrer cette vue" />
                <button type="button" class="button button-small" on:click=csv_commitments>
                    "Engagements (CSV)"
                </button>
                <button type="button" class="button button-small" on:click=csv_actions>
                    "Actions (CSV)"
                </button>
                <button type="button" class="button button-small" on:click=json disabled=empty>
                    "Données (JSON)"
                </button>
            </div>
            <p class="tool-help">
                "CSV : UTF-8, séparateur point-virgule, s’ouvre tel quel dans Excel en français. JSON : même format que le fichier complet des données."
            </p>
            <CopyField
                id="citer"
                label="Citer cette vue"
                text=Signal::derive(citation)
                rows=3
            />
        </section>
    }
}
