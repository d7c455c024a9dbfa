//! What the plan is, where the data comes from, and how to reuse it.

use crate::components::page_title::PageTitle;
use leptos::prelude::*;

use crate::base;
use crate::components::status_badge::StatusBadge;
use crate::data::use_plan;
use plan_core::i18n::fill;

use crate::lang::{date, marked};

#[component]
pub fn AboutPage() -> impl IntoView {
    let plan = use_plan();
    let t = crate::lang::texts();
    let s = &plan.snapshot;
    let src = &s.source;
    let root = base::app_root();
    // Links to the report's chapters that tell its context, once its text is
    // loaded (asked for after the page is drawn).
    let report = crate::report_data::use_report();
    report.hold_first_view();
    Effect::new(move |_| report.request());
    let chapters = move || {
        report.ready().map(|data| {
            let items = data
                .report
                .chapters
                .iter()
                .filter(|c| !c.number.is_empty())
                .map(|c| {
                    view! { <li><a href=base::href(&format!("/rapport/{}", c.id))>{c.heading()}</a></li> }
                })
                .collect_view();
            view! { <ul class="about-chapters" lang="fr">{items}</ul> }
        })
    };
    let statuses = s
        .statuses
        .iter()
        .map(|d| {
            view! {
                <div>
                    <dt><StatusBadge code=d.code label=crate::lang::status_name(s, d.code, &d.label_fr) /></dt>
                    <dd>
                        <span lang="fr">{d.definition.clone()}</span>
                        <span class="irm">{marked(t.about_irm, &[("irm", &d.irm_equivalent)])}</span>
                    </dd>
                </div>
            }
        })
        .collect_view();
    let calendars = s
        .calendars
        .iter()
        .map(|d| {
            view! {
                <div>
                    <dt><strong>{if crate::lang::current() == plan_core::i18n::Lang::En { d.label_en.clone() } else { d.label_fr.clone() }}</strong></dt>
                    <dd lang="fr">{d.definition.clone()}</dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <PageTitle text=t.about_title />
        <article class="about">
            <h1 tabindex="-1">{t.about_title}</h1>
            <h2>{t.about_plan_title}</h2>
            <p>{marked(
                &fill(t.about_plan, &[("n", &s.commitments.len().to_string()), ("axes", &s.axes.len().to_string())]),
                &[("title", &s.plan.title)],
            )}</p>
            <p>{t.about_ogp}</p>
            {chapters}
            <p><a href=base::href("/rapport")>{t.about_read_report}</a></p>
            <h2>{t.about_statuses_title}</h2>
            <p>{t.about_statuses}</p>
            <dl class="definitions">{statuses}</dl>
            <p>{t.about_calendars}</p>
            <dl class="definitions">{calendars}</dl>
            <h2>{t.about_source_title}</h2>
            <p>{marked(
                &fill(t.about_source, &[("published", &date(&src.published)), ("as_of", &date(&src.as_of))]),
                &[("title", &src.title), ("publisher", &src.publisher), ("license", &src.license)],
            )}</p>
            <p class="mono">{fill(t.about_sha, &[("sha", &src.sha256)])}</p>
            <h2>{t.about_method_title}</h2>
            <p>{t.about_method}</p>
            <h2>{t.about_reuse_title}</h2>
            <p>
                <a class="button" href=base::asset(&root, "data/plan.json") download="plan-pgo-france-2015-2017.json">
                    {t.about_download}
                </a>
            </p>
            <p>
                {t.about_schema}
                <a href=base::asset(&root, "data/plan.schema.json")>"plan.schema.json"</a>"."
            </p>
            <p>
                {t.about_report_data}
                <a href=base::asset(&root, "data/report.json")>"report.json"</a>
                {t.about_report_schema}<a href=base::asset(&root, "data/report.schema.json")>"report.schema.json"</a>")."
            </p>
        </article>
    }
}
