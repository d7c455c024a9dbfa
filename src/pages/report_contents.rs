//! The report's table of contents (`/rapport/`): every chapter with its
//! printed number and title, and their sub-sections; chapter 4's parts that
//! are the plan lead to the overview. Markup: the static preview's
//! (`crates/site-gen/src/preview_report.rs`).

use leptos::prelude::*;
use leptos_meta::Title;
use plan_core::report::{section_path, PlanPart, Section};

use crate::base::href;
use crate::components::report_gate::WithReport;

const TITLE: &str = "Le rapport";
const LEDE: &str = "Le texte intégral du rapport d’autoévaluation à mi-parcours, chapitre par chapitre, tel qu’il a été publié. Au chapitre 4, le tableau récapitulatif et le détail des engagements sont les pages des engagements de Plan ouvert.";

#[component]
pub fn ReportContentsPage() -> impl IntoView {
    view! {
        <Title text=TITLE />
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
                    <h1 tabindex="-1">{TITLE}</h1>
                    <p class="lede">{LEDE}</p>
                    <nav aria-label="Sommaire du rapport">
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
