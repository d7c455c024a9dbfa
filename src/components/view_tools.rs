//! The overview's sharing tools: "Intégrer cette vue", the downloads of
//! exactly what the view shows, and "Citer cette vue".

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use plan_core::embed as core_embed;
use plan_core::export::{self, Download};

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
    let t = crate::lang::texts();
    let view = expect_view_state();
    // Drawn at build time: these need the app, and wait for it.
    let waiting = crate::site::current().prerender();
    let location = use_location();
    let root_url = {
        let root = crate::base::app_root();
        move || page_url(&root)
    };
    let csv_commitments = {
        let plan = plan.clone();
        move |_| {
            let lang = crate::lang::current();
            let text = shown.with_untracked(|i| {
                export::commitments_csv_in(&plan.snapshot, i, &root_url(), lang)
            });
            let name = view.state.with_untracked(|v| {
                export::view_file_name_in(&plan.snapshot, Download::Commitments, v, "csv", lang)
            });
            download_text(&name, CSV, &text);
        }
    };
    let csv_actions = {
        let plan = plan.clone();
        move |_| {
            view.state.with_untracked(|v| {
                shown.with_untracked(|i| download_actions_csv(&plan, i, Download::Actions, v))
            })
        }
    };
    let json = {
        let plan = plan.clone();
        move |_| {
            view.state.with_untracked(|v| {
                shown.with_untracked(|i| download_subset_json(&plan, i, Download::Data, v))
            })
        }
    };
    let empty = move || shown.with(Vec::is_empty);
    let citation = Signal::derive({
        let plan = plan.clone();
        move || {
            let url = view.state.with(|v| full_url(&location.pathname.get(), v));
            view.state.with(|v| {
                let shown = shown.with(Vec::len);
                core_embed::citation_in(&plan.snapshot, v, shown, &url, crate::lang::current())
            })
        }
    });
    view! {
        <section class="view-tools" aria-labelledby="partager-titre">
            <h2 id="partager-titre">{t.view_tools_title}</h2>
            <p class="section-note">
                {t.view_tools_note}
            </p>
            <div class="tool-row">
                <EmbedButton key="vue" chart=None label=t.embed_view />
                <button type="button" class="button button-small" on:click=csv_commitments disabled=waiting>
                    {t.download_commitments}
                </button>
                <button type="button" class="button button-small" on:click=csv_actions disabled=waiting>
                    {t.download_actions}
                </button>
                <button type="button" class="button button-small" on:click=json disabled=move || waiting || empty()>
                    {t.download_data}
                </button>
            </div>
            <p class="tool-help">
                {if waiting { t.tools_waiting } else { t.view_tools_help }}
            </p>
            <CopyField
                id="citer"
                label=t.cite_view
                text=citation
                rows=3
            />
            {print_citation(citation)}
        </section>
    }
}

/// The citation as a printed page shows it, in place of the tools: what the
/// view shows (its filters named), the source, the data's date and the
/// address. Printed by the stylesheet from the attribute (print only, and a
/// text the English page check need not read: the plan's title in it is French).
/// Left empty at build time, where the page's address is not known (the
/// app draws it before anyone prints).
pub(crate) fn print_citation(citation: Signal<String>) -> impl IntoView {
    let at_build = crate::site::current().prerender();
    view! { <p class="print-citation" data-citation=move || (!at_build).then(|| citation.get())></p> }
}
