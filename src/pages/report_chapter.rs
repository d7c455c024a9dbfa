//! One chapter of the report (`/rapport/<id>/`), in full: its heading, its
//! text and sub-sections (`components/report_text.rs`), the contribution
//! link and the neighbouring chapters. Markup: the static preview's
//! (`crates/site-gen/src/preview_report.rs`), element for element.

use crate::components::page_title::PageTitle;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use plan_core::report::chapter_subject_in;

use crate::base::href;
use crate::components::contribute_link::ContributeLink;
use crate::components::report_gate::WithReport;
use crate::components::report_text::section_body;
use crate::data::use_plan;
use crate::pages::not_found::NotFoundPage;

#[component]
pub fn ReportChapterPage() -> impl IntoView {
    let plan = use_plan();
    let params = use_params_map();
    let t = crate::lang::texts();
    view! {
        <WithReport page=move |data| {
            let id = params.with(|p| p.get("chapitre")).unwrap_or_default();
            let report = &data.report;
            let Some(c) = report.chapter(&id) else {
                return view! { <NotFoundPage /> }.into_any();
            };
            let (prev, next) = report.neighbours(&c.id);
            let prev = prev.map(|p| view! {
                <a href=href(&format!("/rapport/{}", p.id)) rel="prev" lang="fr">{format!("← {}", p.heading())}</a>
            });
            let next = next.map(|n| view! {
                <a href=href(&format!("/rapport/{}", n.id)) rel="next" lang="fr">{format!("{} →", n.heading())}</a>
            });
            let heading = c.heading();
            view! {
                <PageTitle text=heading.clone() />
                <article class="report-chapter" data-chapter=c.id.clone()>
                    <nav class="breadcrumbs" aria-label=t.breadcrumbs>
                        <ol><li><a href=href("/rapport")>{t.report_title}</a></li></ol>
                    </nav>
                    <div class="report-text" lang="fr">
                        <h1 tabindex="-1">{heading}</h1>
                        {section_body(&plan.snapshot, c, 1)}
                    </div>
                    <ContributeLink
                        email=report.contact.email.clone()
                        subject=chapter_subject_in(c, crate::lang::current())
                        path=format!("/rapport/{}", c.id)
                    />
                    <nav class="prev-next" aria-label=t.chapters_nav>{prev}{next}</nav>
                </article>
            }
            .into_any()
        } />
    }
}
