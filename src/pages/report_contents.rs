//! The report's table of contents (`/rapport/`): every chapter with its
//! printed number and title, and their sub-sections; chapter 4's parts that
//! are the plan lead to the overview. Markup: the static preview's
//! (`crates/site-gen/src/preview_report.rs`).

use crate::components::page_title::PageTitle;
use leptos::prelude::*;
use plan_core::report::{section_path, PlanPart, Section};

use crate::base::href;
use crate::components::report_gate::WithReport;

#[component]
pub fn ReportContentsPage() -> impl IntoView {
    let t = crate::lang::texts();
    view! {
        <PageTitle text=t.report_title />
        <WithReport page=move |data| {
            let items = data
                .report
                .chapters
                .iter()
                .map(|c| {
                    let subs = (!c.sections.is_empty()).then(|| {
                        let lis = c
                            .sections
                            .iter()
                            .map(|s| view! { <li><a href=entry_href(c, s)>{s.heading()}</a></li> })
                            .collect_view();
                        view! { <ol role="list">{lis}</ol> }
                    });
                    view! {
                        <li><a href=href(&format!("/rapport/{}", c.id))>{c.heading()}</a>{subs}</li>
                    }
                })
                .collect_view();
            view! {
                <article class="report-contents">
                    <h1 tabindex="-1">{t.report_title}</h1>
                    <p class="lede">{t.report_lede}</p>
                    <nav aria-label=t.report_toc>
                        <ol class="report-toc" role="list" lang="fr">{items}</ol>
                    </nav>
                </article>
            }
            .into_any()
        } />
    }
}

/// Where an entry leads: its anchor, or the plan's own page for 4.1 and 4.2.
fn entry_href(chapter: &Section, s: &Section) -> String {
    match s.plan_part {
        Some(PlanPart::Summary) => href("/"),
        Some(PlanPart::Commitments) => href("/#explorer"),
        None => href(&section_path(&chapter.id, &s.id)),
    }
}
