//! A commitment page's tools: "Intégrer cet engagement", its actions (CSV),
//! its data (JSON), "Citer cet engagement".

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use plan_core::embed as core_embed;
use plan_core::export::Download;
use plan_core::i18n::fill;

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
    let t = crate::lang::texts();
    // Drawn at build time: these need the app, and wait for it.
    let waiting = crate::site::current().prerender();
    let n = c.number;
    let subject = fill(
        t.commitment_ref,
        &[("n", &n.to_string()), ("title", &c.title)],
    );
    let csv_actions = {
        let plan = plan.clone();
        move |_| {
            download_actions_csv(
                &plan,
                &[index],
                Download::CommitmentActions(n),
                &Default::default(),
            )
        }
    };
    let json = {
        let plan = plan.clone();
        move |_| {
            download_subset_json(
                &plan,
                &[index],
                Download::Commitment(n),
                &Default::default(),
            )
        }
    };
    let citation = {
        let plan = plan.clone();
        Signal::derive(move || {
            let url = page_url(&location.pathname.get());
            plan.snapshot
                .commitments
                .get(index)
                .map(|c| {
                    core_embed::commitment_citation_in(
                        &plan.snapshot,
                        c,
                        &url,
                        crate::lang::current(),
                    )
                })
                .unwrap_or_default()
        })
    };
    view! {
        <section class="view-tools" aria-labelledby="partager-titre">
            <h2 id="partager-titre">{t.commitment_tools_title}</h2>
            <div class="tool-row">
                <EmbedButton key="engagement" chart=None label=t.embed_commitment subject=subject />
                <button type="button" class="button button-small" on:click=csv_actions disabled=waiting>
                    {t.download_actions}
                </button>
                <button type="button" class="button button-small" on:click=json disabled=waiting>
                    {t.download_data}
                </button>
            </div>
            <p class="tool-help">
                {if waiting { t.tools_waiting } else { t.commitment_tools_help }}
            </p>
            <CopyField id="citer" label=t.cite_commitment text=citation rows=3 />
            {crate::components::view_tools::print_citation(citation)}
        </section>
    }
    .into_any()
}
