//! One commitment: what it promises, who carries it and how far each action went.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::{components::A, hooks::use_params_map};
use plan_core::{lookup, Commitment, Snapshot};

use crate::components::commitment_tools::CommitmentTools;
use crate::components::contribute_link::ContributeLink;
use crate::components::rich_text::RichText;
use crate::components::status_badge::{CalendarBadge, StatusBadge};
use crate::components::view_state::{provide_view_state, use_view_state};
use crate::data::use_plan;
use crate::pages::not_found::NotFoundPage;

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
                    {commitment_view(s, c)}
                    {share.then(|| view! { <CommitmentTools index=i /> })}
                    {share.then(|| contribute(number, title))}
                }
                .into_any()
            }
            None => view! { <NotFoundPage /> }.into_any(),
        }
    }
}

fn commitment_view(s: &Snapshot, c: &Commitment) -> impl IntoView {
    let axis = lookup::axis_of(s, c).map(|a| format!("Axe {} · {}", a.number, a.title));
    let objective = lookup::objective_of(s, c).map(|o| o.title.clone());
    let institutions = c
        .institutions
        .iter()
        .filter_map(|id| lookup::institution_by_id(s, id))
        .map(|i| {
            let name = i.name.clone();
            view! { <li><A href=crate::base::href(&format!("/institutions/{}", i.id))>{name}</A></li> }
        })
        .collect_view();
    let (prev, next) = lookup::prev_next(s, c.number);
    let has_notes = !c.results_notes.is_empty();
    view! {
        <Title text=format!("Engagement {} : {}", c.number, c.title) />
        <article class="commitment" data-number=c.number>
            <nav class="breadcrumbs" aria-label="Fil d’Ariane">
                <ol>
                    <li><A href=crate::base::href("/")>"Engagements"</A></li>
                    {axis.map(|a| view! { <li>{a}</li> })}
                    {objective.map(|o| view! { <li>{o}</li> })}
                </ol>
            </nav>
            <p class="kicker">{format!("Engagement {}", c.number)}</p>
            <h1 tabindex="-1">{c.title.clone()}</h1>
            <dl class="facts">
                <div>
                    <dt>"État d’avancement"</dt>
                    <dd><StatusBadge code=c.status label=c.status_label.clone() /></dd>
                </div>
                <div>
                    <dt>"Calendrier"</dt>
                    <dd><CalendarBadge code=c.calendar /></dd>
                </div>
                <div>
                    <dt>"Actions"</dt>
                    <dd>{c.actions.len()}</dd>
                </div>
                <div>
                    <dt>"Contributions associées"</dt>
                    <dd>{c.contributions}</dd>
                </div>
            </dl>
            <section aria-labelledby="institutions">
                <h2 id="institutions">"Institutions porteuses"</h2>
                <ul class="inline-list">{institutions}</ul>
            </section>
            <section aria-labelledby="enjeux">
                <h2 id="enjeux">"Enjeux"</h2>
                <RichText blocks=c.stakes.clone() />
            </section>
            <section aria-labelledby="description">
                <h2 id="description">"Description de l’engagement"</h2>
                <RichText blocks=c.description.clone() />
            </section>
            <section aria-labelledby="resultats">
                <h2 id="resultats">"Description des résultats"</h2>
                {has_notes.then(|| view! { <div class="results-notes"><RichText blocks=c.results_notes.clone() /></div> })}
                <ActionsTable commitment=c.clone() />
            </section>
            {(!c.stories.is_empty()).then(|| stories(c))}
            {(!c.press.is_empty()).then(|| press(c))}
            <p class="source-note">
                {format!(
                    "Source : {}, {}. Données au {}.",
                    s.source.title,
                    s.source.publisher,
                    plan_core::format::french_date(&s.source.as_of),
                )}
            </p>
            <nav class="prev-next" aria-label="Engagements voisins">
                {prev.map(|n| view! { <A href=crate::base::href(&format!("/engagements/{n}")) attr:rel="prev">{format!("← Engagement {n}")}</A> })}
                {next.map(|n| view! { <A href=crate::base::href(&format!("/engagements/{n}")) attr:rel="next">{format!("Engagement {n} →")}</A> })}
            </nav>
        </article>
    }
}

/// "Contribuer / signaler une erreur", once the report's text (which holds
/// the contribution address) is loaded; it is asked for after the page is drawn.
fn contribute(number: u32, title: String) -> impl IntoView {
    let store = crate::report_data::use_report();
    Effect::new(move |_| store.request());
    move || {
        store.ready().map(|data| {
            view! {
                <ContributeLink
                    email=data.report.contact.email.clone()
                    subject=plan_core::report::commitment_subject(number, &title)
                    path=format!("/engagements/{number}")
                />
            }
        })
    }
}

/// The results table; on a phone CSS turns each row into a card, using
/// `data-label` for the column names.
#[component]
fn ActionsTable(commitment: Commitment) -> impl IntoView {
    let rows = commitment
        .actions
        .into_iter()
        .map(|a| {
            let anchor = format!("action-{}", a.id);
            let href = format!("#{anchor}");
            let actor_note = a.actor.is_some().then_some(" (institution)");
            view! {
                <tr id=anchor class="action-row" data-status=a.status.as_str()>
                    <th scope="row" data-label="Action">
                        <a class="anchor" href=href aria-label=format!("Lien vers l’action {}", a.id)>
                            {format!("Action {}", a.id)}
                        </a>
                        <span class="action-text">{a.text}{actor_note}</span>
                    </th>
                    <td data-label="Résultats">{cell(a.results)}</td>
                    <td data-label="Prochaines étapes">{cell(a.next_steps)}</td>
                    <td data-label="Statut">
                        <StatusBadge code=a.status label=a.status_label />
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="actions">
            <caption class="visually-hidden">"Actions de l’engagement, résultats, prochaines étapes et statut"</caption>
            <thead>
                <tr>
                    <th scope="col">"Action"</th>
                    <th scope="col">"Résultats"</th>
                    <th scope="col">"Prochaines étapes"</th>
                    <th scope="col">"Statut"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// A table cell's text, or a muted "not given" when the report left it empty.
fn cell(text: String) -> AnyView {
    if text.is_empty() {
        view! { <span class="empty-cell">"Non renseigné"</span> }.into_any()
    } else {
        text.into_any()
    }
}

fn stories(c: &Commitment) -> impl IntoView {
    let items = c
        .stories
        .iter()
        .map(|story| view! { <div class="story"><RichText blocks=story.clone() /></div> })
        .collect_view();
    view! {
        <section aria-labelledby="histoire">
            <h2 id="histoire">"Une belle histoire"</h2>
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
                <li>
                    <span class="outlet">{p.outlet.clone()}</span>
                    ", « "<cite>{p.title.clone()}</cite>" », "
                    <span class="date">{p.date.clone()}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="presse">
            <h2 id="presse">"Ils en parlent"</h2>
            <ul class="press">{items}</ul>
        </section>
    }
}
