//! Under the explorer's results: the sections of the report's other chapters
//! where the search's terms are (`plan_core::report::ReportIndex::search`,
//! the commitments' folding and terms), each with its heading, its chapter,
//! an excerpt with the terms marked, and a link to the section's anchor.
//! `data/report.json` is fetched only once a query is typed.

use leptos::prelude::*;
use plan_core::report::ReportHit;
use plan_core::search::Query;

use crate::base::href;
use crate::components::highlighted::highlighted;
use crate::report_data::{use_report, ReportState};

#[component]
pub fn ReportHits(query: Memo<Query>) -> impl IntoView {
    let store = use_report();
    let t = crate::lang::texts();
    Effect::new(move |_| {
        if !query.with(Query::is_empty) {
            store.request();
        }
    });
    let hits = Memo::new(move |_| {
        let data = store.ready()?;
        query.with(|q| (!q.is_empty()).then(|| data.index().search(q)))
    });
    move || {
        if query.with(Query::is_empty) {
            return None;
        }
        let body = match store.state() {
            ReportState::Ready(_) => {
                let list = hits.get().unwrap_or_default();
                if list.is_empty() {
                    return None;
                }
                let sections = crate::lang::count(list.len(), t.section_one, t.section_other);
                let note = plan_core::i18n::fill(t.report_hits_note, &[("sections", &sections)]);
                let items = list.into_iter().map(hit).collect_view();
                view! {
                    <p class="section-note">{note}</p>
                    <ol class="report-hit-list" role="list" lang="fr">{items}</ol>
                }
                .into_any()
            }
            ReportState::Failed(error) => view! {
                <p class="report-hits-error" role="alert">
                    {format!("{}. {} ", error.title(), error.detail())}
                    <button type="button" class="button button-secondary" on:click=move |_| store.retry()>
                        {t.retry}
                    </button>
                </p>
            }
            .into_any(),
            ReportState::Idle | ReportState::Loading => view! {
                <p class="section-note">{t.report_hits_searching}</p>
            }
            .into_any(),
        };
        Some(view! {
            <section class="report-hits" aria-labelledby="rapport-resultats">
                <h3 id="rapport-resultats">{t.report_hits_title}</h3>
                {body}
            </section>
        })
    }
}

fn hit(h: ReportHit) -> impl IntoView {
    let chapter = (h.section != h.chapter)
        .then(|| view! { <span class="report-hit-chapter">{h.chapter_heading.clone()}</span> });
    let excerpt = (!h.excerpt.is_empty())
        .then(|| view! { <p class="snippet">{highlighted(h.excerpt.clone())}</p> });
    view! {
        <li class="report-hit" data-section=h.section.clone()>
            {chapter}
            <a class="report-hit-title" href=href(&h.path)>{highlighted(h.heading.clone())}</a>
            {excerpt}
        </li>
    }
}
