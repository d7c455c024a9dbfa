//! Under each chart of the overview: "Intégrer", SVG and PNG.

use leptos::prelude::*;
use plan_core::charts::Chart;
use plan_core::embed as core_embed;
use plan_core::export::{self, Download};
use plan_core::i18n::fill;

use crate::components::downloads::{download_png, download_text};
use crate::components::embed_dialog::EmbedButton;
use crate::data::use_plan;

/// Tools under one chart of the overview: "Intégrer", SVG, PNG.
#[component]
pub fn ChartTools(chart: Chart) -> impl IntoView {
    let plan = use_plan();
    let t = crate::lang::texts();
    // Drawn at build time: these need the app, and wait for it.
    let waiting = crate::site::current().prerender();
    let id = chart.id;
    // The SVG speaks the chart's language (`Chart::lang`); its source line too.
    let source_line = core_embed::attribution_in(&plan.snapshot.source, crate::lang::current());
    // Built when a download is asked for, not with the page: three charts'
    // SVG text on every overview start-up would be work for nobody.
    let title = chart.title.clone();
    let chart = StoredValue::new(chart);
    let svg = move || chart.with_value(|c| export::chart_svg(c, &source_line));
    let name = |ext: &str| {
        export::file_name_in(
            &use_plan().snapshot,
            Download::Chart(id),
            ext,
            crate::lang::current(),
        )
    };
    let svg_name = name("svg");
    let png_name = name("png");
    view! {
        <div class="tool-row chart-tools">
            <EmbedButton key=id chart=Some(id) chart_title=title.clone() label=t.embed />
            <button
                type="button"
                class="button button-small"
                aria-label=fill(t.chart_download, &[("title", &title), ("format", "SVG")])
                disabled=waiting
                on:click={
                    let svg = svg.clone();
                    move |_| download_text(&svg_name, "image/svg+xml;charset=utf-8", &svg())
                }
            >
                "SVG"
            </button>
            <button
                type="button"
                class="button button-small"
                aria-label=fill(t.chart_download, &[("title", &title), ("format", "PNG")])
                disabled=waiting
                on:click=move |_| download_png(&svg(), &png_name)
            >
                "PNG"
            </button>
        </div>
    }
}
