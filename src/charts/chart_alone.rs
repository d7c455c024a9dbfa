//! One chart alone, for `?embed=1&chart=<id>`: the same chart as on the
//! overview, drawn by the same renderer, with the view's filters shown as
//! pressed segments.

use crate::components::page_title::PageTitle;
use leptos::prelude::*;
use plan_core::charts::{self, ChartFilter};
use plan_core::stats::Stats;

use crate::charts::bar_chart::BarChart;
use crate::components::view_state::{provide_view_state, use_view_state, History};
use crate::data::use_plan;

#[component]
pub fn ChartAlone(id: &'static str) -> impl IntoView {
    let plan = use_plan();
    let view = use_view_state();
    provide_view_state(view);
    let s = &plan.snapshot;
    let stats = Stats::compute(s, &s.commitments);
    let lang = crate::lang::current();
    let chart = match id {
        "calendrier" => charts::calendar_chart_in(s, &stats, lang),
        "axes" => charts::axis_chart_in(s, &stats, lang),
        _ => charts::status_chart_in(s, &stats, lang),
    };
    let choose = Callback::new(move |f: ChartFilter| {
        view.set(
            charts::apply(&view.state.get_untracked(), &f),
            History::Push,
        )
    });
    let title = chart.title.clone();
    view! {
        <PageTitle text=title.clone() />
        <div class="chart-alone">
            <h1 class="visually-hidden">{plan_core::i18n::fill(crate::lang::texts().chart_alone_title, &[("title", &title)])}</h1>
            <BarChart chart selected=Signal::from(view.state) on_choose=choose heading_level=2 />
        </div>
    }
}
