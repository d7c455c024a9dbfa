//! One commitment: what it promises, who carries it and how far each action went.

use crate::components::page_title::PageTitle;
use leptos::prelude::*;
use leptos_router::{components::A, hooks::use_params_map};
use plan_core::i18n::fill;
use plan_core::{lookup, Commitment, Snapshot};

use crate::components::commitment_tools::CommitmentTools;
use crate::components::contribute_link::ContributeLink;
use crate::components::rich_text::RichText;
use crate::components::status_badge::{CalendarBadge, StatusBadge, StatusNote};
use crate::components::view_state::{provide_view_state, use_view_state};
use crate::data::{use_plan, Plan};
use crate::pages::not_found::NotFoundPage;
use crate::startup::from_stage;
use std::sync::Arc;

// The first view's stages (`startup.rs`): one task each, so that drawing a
// long commitment never holds a slow phone's main thread for long. The head
// first (title, facts, institutions), then the stakes and description, the
// actions table in `ROW_STAGES` parts, the stories and press, the sharing
// tools. The build draws every stage at once.
const TEXTS_STAGE: u8 = 2;
const FIRST_ROWS_STAGE: u8 = 3;
const ROW_STAGES: u8 = 4;
const STORIES_STAGE: u8 = FIRST_ROWS_STAGE + ROW_STAGES;
const TOOLS_STAGE: u8 = STORIES_STAGE + 1;

#[component]
pub fn CommitmentPage() -> impl IntoView {
    let plan = use_plan();
    let params = use_params_map();
    // The "Intégrer" dialog keeps an embed's flags through the view state.
    provide_view_state(use_view_state());
    // An embed shows the commitment, not the tools to share it.
    let share = !crate::embed::use_embed().embed;
    move || {
        let s = &plan.snapshot;
        let found = params
            .with(|p| p.get("numero"))
            .and_then(|n| n.parse::<u32>().ok())
            .and_then(|n| lookup::commitment_index(s, n));
        match found {
            Some(i) => {
                let c = &s.commitments[i];
                let (number, title) = (c.number, c.title.clone());
                view! {
                    {commitment_view(&plan, i)}
                    {share.then(|| from_stage(TOOLS_STAGE, Arc::new(move || view! { <CommitmentTools index=i /> }.into_any())))}
                    {share.then(|| contribute(number, title))}
                }
                .into_any()
            }
            None => view! { <NotFoundPage /> }.into_any(),
        }
    }
}

fn commitment_view(plan: &Plan, i: usize) -> impl IntoView {
    let t = crate::lang::texts();
    let s = &plan.snapshot;
    let c = &s.commitments[i];
    let n = c.number.to_string();
    let axis = lookup::axis_of(s, c)
        .map(|a| crate::components::result_list::axis_line(a.number, &a.title));
    let objective = lookup::objective_of(s, c).map(|o| o.title.clone());
    let (prev, next) = lookup::prev_next(s, c.number);
    let has_notes = !c.results_notes.is_empty();
    view! {
        <PageTitle text=fill(t.commitment_ref, &[("n", &n), ("title", &c.title)]) />
        <article class="commitment" data-number=c.number>
            <nav class="breadcrumbs" aria-label=t.breadcrumbs>
                <ol>
                    <li><A href=crate::base::href("/")>{t.nav_commitments}</A></li>
                    {axis.map(|a| view! { <li>{a}</li> })}
                    {objective.map(|o| view! { <li lang="fr">{o}</li> })}
                </ol>
            </nav>
            <p class="kicker">{fill(t.commitment_n, &[("n", &n)])}</p>
            <h1 tabindex="-1" lang="fr">{c.title.clone()}</h1>
            {facts(s, c)}
            {texts(plan.clone(), i)}
            <section aria-labelledby="resultats">
                <h2 id="resultats">{t.results}</h2>
                {has_notes.then(|| view! { <div class="results-notes" lang="fr"><RichText blocks=c.results_notes.clone() /></div> })}
                <ActionsTable plan=plan.clone() index=i />
            </section>
            {stories_and_press(plan.clone(), i)}
            <p class="source-note">
                {crate::lang::marked(
                    &fill(t.source_note, &[("date", &crate::lang::date(&s.source.as_of))]),
                    &[("title", &s.source.title), ("publisher", &s.source.publisher)],
                )}
            </p>
            <nav class="prev-next" aria-label=t.neighbours>
                {prev.map(|n| view! { <A href=crate::base::href(&format!("/engagements/{n}")) attr:rel="prev">{fill(t.prev_commitment, &[("n", &n.to_string())])}</A> })}
                {next.map(|n| view! { <A href=crate::base::href(&format!("/engagements/{n}")) attr:rel="next">{fill(t.next_commitment, &[("n", &n.to_string())])}</A> })}
            </nav>
        </article>
    }
}

/// The status, calendar and counts, and the institutions carrying the
/// commitment.
fn facts(s: &Snapshot, c: &Commitment) -> impl IntoView {
    let t = crate::lang::texts();
    let institutions = c
        .institutions
        .iter()
        .filter_map(|id| lookup::institution_by_id(s, id))
        .map(|i| {
            let name = i.name.clone();
            view! { <li><A href=crate::base::href(&format!("/institutions/{}", i.id)) attr:lang="fr">{name}</A></li> }
        })
        .collect_view();
    view! {
        <dl class="facts">
            <div>
                <dt>{t.fact_status}</dt>
                <dd>
                    <StatusBadge code=c.status label=crate::lang::status_name(s, c.status, &c.status_label) />
                    <StatusNote code=c.status printed=c.status_label.clone() />
                </dd>
            </div>
            <div>
                <dt>{t.fact_calendar}</dt>
                <dd><CalendarBadge code=c.calendar /></dd>
            </div>
            <div>
                <dt>{t.fact_actions}</dt>
                <dd>{c.actions.len()}</dd>
            </div>
            <div>
                <dt>{t.fact_contributions}</dt>
                <dd>{c.contributions}</dd>
            </div>
        </dl>
        <section aria-labelledby="institutions">
            <h2 id="institutions">{t.carriers}</h2>
            <ul class="inline-list">{institutions}</ul>
        </section>
    }
}

/// The stakes and the description, from their stage on.
fn texts(plan: Plan, i: usize) -> impl IntoView {
    from_stage(
        TEXTS_STAGE,
        Arc::new(move || {
            let t = crate::lang::texts();
            let c = &plan.snapshot.commitments[i];
            view! {
                <section aria-labelledby="enjeux">
                    <h2 id="enjeux">{t.stakes}</h2>
                    <div lang="fr"><RichText blocks=c.stakes.clone() /></div>
                </section>
                <section aria-labelledby="description">
                    <h2 id="description">{t.description}</h2>
                    <div lang="fr"><RichText blocks=c.description.clone() /></div>
                </section>
            }
            .into_any()
        }),
    )
}

/// The stories and the press, when the report gives any, from their stage on.
fn stories_and_press(plan: Plan, i: usize) -> impl IntoView {
    from_stage(
        STORIES_STAGE,
        Arc::new(move || {
            let c = &plan.snapshot.commitments[i];
            view! {
                {(!c.stories.is_empty()).then(|| stories(c))}
                {(!c.press.is_empty()).then(|| press(c))}
            }
            .into_any()
        }),
    )
}

/// "Contribuer / signaler une erreur", once the report's text (which holds
/// the contribution address) is loaded; it is asked for after the page is drawn.
fn contribute(number: u32, title: String) -> impl IntoView {
    let store = crate::report_data::use_report();
    store.hold_first_view();
    Effect::new(move |_| store.request());
    move || {
        store.ready().map(|data| {
            view! {
                <ContributeLink
                    email=data.report.contact.email.clone()
                    subject=plan_core::report::commitment_subject_in(number, &title, crate::lang::current())
                    path=format!("/engagements/{number}")
                />
            }
        })
    }
}

/// The results table; on a phone CSS turns each row into a card, using
/// `data-label` for the column names. Its rows come in [`ROW_STAGES`] parts.
#[component]
fn ActionsTable(plan: Plan, index: usize) -> impl IntoView {
    let t = crate::lang::texts();
    let count = plan.snapshot.commitments[index].actions.len();
    let per_part = count.div_ceil(ROW_STAGES as usize).max(1);
    let parts = (0..ROW_STAGES)
        .map(|k| {
            let plan = plan.clone();
            let rows = (k as usize * per_part).min(count)..((k as usize + 1) * per_part).min(count);
            from_stage(
                FIRST_ROWS_STAGE + k,
                Arc::new(move || action_rows(&plan, index, rows.clone()).into_any()),
            )
        })
        .collect_view();
    view! {
        <table class="actions">
            <caption class="visually-hidden">{t.actions_caption}</caption>
            <thead>
                <tr>
                    <th scope="col">{t.col_action}</th>
                    <th scope="col">{t.col_results}</th>
                    <th scope="col">{t.col_next_steps}</th>
                    <th scope="col">{t.col_status}</th>
                </tr>
            </thead>
            <tbody>{parts}</tbody>
        </table>
    }
}

/// The rows of the commitment's actions in `rows`.
fn action_rows(plan: &Plan, index: usize, rows: std::ops::Range<usize>) -> impl IntoView {
    let t = crate::lang::texts();
    let s = &plan.snapshot;
    s.commitments[index].actions[rows]
        .iter()
        .map(|a| {
            let anchor = format!("action-{}", a.id);
            let href = format!("#{anchor}");
            let actor_note = a.actor.is_some().then_some(t.actor_note);
            let status_label = crate::lang::status_name(s, a.status, &a.status_label);
            view! {
                <tr id=anchor class="action-row" data-status=a.status.as_str()>
                    <th scope="row" data-label=t.col_action>
                        <a class="anchor" href=href aria-label=fill(t.action_link, &[("id", &a.id)])>
                            {fill(t.action_n, &[("id", &a.id)])}
                        </a>
                        <span class="action-text"><span lang="fr">{a.text.clone()}</span>{actor_note}</span>
                    </th>
                    <td data-label=t.col_results>{cell(a.results.clone())}</td>
                    <td data-label=t.col_next_steps>{cell(a.next_steps.clone())}</td>
                    <td data-label=t.col_status>
                        <StatusBadge code=a.status label=status_label />
                    </td>
                </tr>
            }
        })
        .collect_view()
}

/// A table cell's text, or a muted "not given" when the report left it empty.
fn cell(text: String) -> AnyView {
    if text.is_empty() {
        view! { <span class="empty-cell">{crate::lang::texts().not_given}</span> }.into_any()
    } else {
        view! { <span lang="fr">{text}</span> }.into_any()
    }
}

fn stories(c: &Commitment) -> impl IntoView {
    let items = c
        .stories
        .iter()
        .map(|story| view! { <div class="story" lang="fr"><RichText blocks=story.clone() /></div> })
        .collect_view();
    view! {
        <section aria-labelledby="histoire">
            <h2 id="histoire">{crate::lang::texts().story}</h2>
            {items}
        </section>
    }
}

fn press(c: &Commitment) -> impl IntoView {
    let items = c
        .press
        .iter()
        .map(|p| {
            view! {
                <li lang="fr">
                    <span class="outlet">{p.outlet.clone()}</span>
                    ", « "<cite>{p.title.clone()}</cite>" », "
                    <span class="date">{p.date.clone()}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="presse">
            <h2 id="presse">{crate::lang::texts().press}</h2>
            <ul class="press">{items}</ul>
        </section>
    }
}
