//! What the plan is, where the data comes from, and how to reuse it.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::base;
use crate::components::status_badge::StatusBadge;
use crate::data::use_plan;
use plan_core::format::french_date;

#[component]
pub fn AboutPage() -> impl IntoView {
    let plan = use_plan();
    let s = &plan.snapshot;
    let src = &s.source;
    let root = base::app_root();
    // Links to the report's chapters that tell its context, once its text is
    // loaded (asked for after the page is drawn).
    let report = crate::report_data::use_report();
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
                    <dt><StatusBadge code=d.code label=d.label_fr.clone() /></dt>
                    <dd>
                        {d.definition.clone()}
                        <span class="irm">{format!(" Équivalent IRM : « {} ».", d.irm_equivalent)}</span>
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
                    <dt><strong>{d.label_fr.clone()}</strong></dt>
                    <dd>{d.definition.clone()}</dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <Title text="À propos" />
        <article class="about">
            <h1 tabindex="-1">"À propos"</h1>
            <h2>"Le plan d’action et son rapport"</h2>
            <p>{format!(
                "« {} » compte {} engagements répartis en {} axes. Plan ouvert présente leur état d’avancement tel que le gouvernement l’a lui-même déclaré dans son rapport d’autoévaluation à mi-parcours.",
                s.plan.title, s.commitments.len(), s.axes.len()
            )}</p>
            <p>
                "Le Partenariat pour un gouvernement ouvert, la place du plan dans ce partenariat, la façon dont il a été "
                "élaboré et ce qui a été appris en chemin : c’est le rapport lui-même qui l’explique, dans ses propres mots."
            </p>
            {chapters}
            <p><a href=base::href("/rapport")>"Lire le rapport, chapitre par chapitre"</a></p>
            <h2>"Les statuts"</h2>
            <p>"Chaque engagement et chaque action reçoit un statut ; les définitions ci-dessous accompagnent le fichier de données."</p>
            <dl class="definitions">{statuses}</dl>
            <p>"Le calendrier indique si l’engagement suit le rythme prévu :"</p>
            <dl class="definitions">{calendars}</dl>
            <h2>"La source"</h2>
            <p>{format!(
                "{}, publié par {} ({}). Les statuts sont ceux du tableau récapitulatif mis à jour le {}. Licence : {}.",
                src.title, src.publisher, french_date(&src.published), french_date(&src.as_of), src.license
            )}</p>
            <p class="mono">{format!("Empreinte SHA-256 du rapport : {}", src.sha256)}</p>
            <h2>"Comment les données sont produites"</h2>
            <p>
                "Un programme lit le texte du rapport et en extrait chaque engagement, chaque action, "
                "ses résultats, ses prochaines étapes et son statut. Le texte est reproduit tel qu’imprimé : "
                "seuls les restes de la mise en page (balises, coupures de page, mots répétés à une coupure, "
                "paragraphes imprimés deux fois, espaces) sont corrigés. Des tests vérifient que chaque texte "
                "se retrouve mot pour mot dans le rapport."
            </p>
            <h2>"Réutiliser les données"</h2>
            <p>
                <a class="button" href=base::asset(&root, "data/plan.json") download="plan-pgo-france-2015-2017.json">
                    "Télécharger le plan complet (JSON)"
                </a>
            </p>
            <p>
                "Le format est décrit par un schéma JSON : "
                <a href=base::asset(&root, "data/plan.schema.json")>"plan.schema.json"</a>"."
            </p>
            <p>
                "Le texte des autres parties du rapport, chapitre par chapitre : "
                <a href=base::asset(&root, "data/report.json")>"report.json"</a>
                " (schéma : "<a href=base::asset(&root, "data/report.schema.json")>"report.schema.json"</a>")."
            </p>
        </article>
    }
}
