//! A small, valid snapshot built in code, for tests (here and in the app).
//!
//! It is deliberately tiny but covers every shape the real data has: an axis
//! without objectives, a commitment without objective, actions with and without
//! an actor, stories, press mentions, nested lists, accented and typographic
//! text (’, œ, narrow no-break spaces). Tests must never depend on
//! `public/data/plan.json`; they build on this instead.
//!
//! Compiled for this crate's tests, and for other crates with the `fixture`
//! feature.

use crate::model::*;

/// A text paragraph.
pub fn para(text: &str) -> Block {
    Block::Paragraph {
        content: vec![Inline::Text {
            text: text.to_owned(),
        }],
    }
}

/// An action row.
pub fn action(id: &str, text: &str, status: StatusCode, actor: Option<&str>) -> Action {
    Action {
        id: id.to_owned(),
        text: text.to_owned(),
        results: String::new(),
        next_steps: String::new(),
        status,
        status_label: status_label_fr(status).to_owned(),
        actor: actor.map(str::to_owned),
    }
}

fn status_label_fr(code: StatusCode) -> &'static str {
    match code {
        StatusCode::NotStarted => "Non démarré",
        StatusCode::Partial => "Partiel",
        StatusCode::Substantial => "Substantiel",
        StatusCode::Complete => "Complet",
        StatusCode::Unknown => "Information non disponible",
    }
}

/// The vocabulary as the real snapshot has it (definitions shortened).
pub fn statuses() -> Vec<StatusDef> {
    StatusCode::ALL
        .into_iter()
        .enumerate()
        .map(|(rank, code)| StatusDef {
            code,
            rank: rank as u8,
            label_fr: status_label_fr(code).to_owned(),
            label_en: code.as_str().replace('_', " "),
            definition: format!("Définition de « {} ».", status_label_fr(code)),
            irm_equivalent: code.as_str().to_owned(),
        })
        .collect()
}

pub fn calendars() -> Vec<CalendarDef> {
    [
        (CalendarCode::OnTrack, "Conforme"),
        (CalendarCode::Delayed, "Retardé"),
    ]
    .into_iter()
    .enumerate()
    .map(|(rank, (code, label))| CalendarDef {
        code,
        rank: rank as u8,
        label_fr: label.to_owned(),
        label_en: code.as_str().replace('_', " "),
        definition: format!("Définition de « {label} »."),
        irm_equivalent: code.as_str().to_owned(),
    })
    .collect()
}

/// A commitment with the given identity and a few actions; text fields are filled
/// with recognisable content derived from `title`.
#[allow(clippy::too_many_arguments)]
pub fn commitment(
    number: u32,
    title: &str,
    axis: &str,
    objective: Option<&str>,
    status: StatusCode,
    calendar: CalendarCode,
    institutions: &[&str],
    actions: Vec<Action>,
) -> Commitment {
    Commitment {
        number,
        id: format!("engagement-{number}"),
        slug: format!("slug-{number}"),
        title: title.to_owned(),
        axis: axis.to_owned(),
        objective: objective.map(str::to_owned),
        status,
        status_label: status_label_fr(status).to_owned(),
        calendar,
        institutions: institutions.iter().map(|s| (*s).to_owned()).collect(),
        stakes: vec![],
        description: vec![],
        actions,
        results_notes: vec![],
        stories: vec![],
        press: vec![],
        contributions: 0,
    }
}

/// The fixture snapshot: 2 axes (the second without objectives), 3 institutions,
/// 4 commitments, numbered 1 to 4.
pub fn snapshot() -> Snapshot {
    let mut c1 = commitment(
        1,
        "Permettre à tous de consulter les données financières des collectivités",
        "axe-1",
        Some("axe-1-objectif-1"),
        StatusCode::Substantial,
        CalendarCode::OnTrack,
        &["dgcl", "cour-des-comptes"],
        vec![
            action(
                "1.1",
                "Publier en open data la dotation globale de fonctionnement (DGCL).",
                StatusCode::Substantial,
                Some("dgcl"),
            ),
            action(
                "1.2",
                "Rendre obligatoire la présentation d’un rapport devant l’assemblée délibérante.",
                StatusCode::Complete,
                Some("cour-des-comptes"),
            ),
        ],
    );
    c1.actions[0].results = "Un outil de recherche est disponible sur data.gouv.fr.".into();
    c1.actions[0].next_steps = "Référencer directement les jeux de données.".into();
    c1.stakes = vec![para(
        "Les citoyens doivent pouvoir suivre l’utilisation de l’argent public\u{202F}!",
    )];
    c1.description = vec![
        para("Cet engagement vise la mise en œuvre de l’open data local."),
        Block::List {
            items: vec![ListItem {
                content: vec![Inline::Strong {
                    content: vec![Inline::Text {
                        text: "Communes de plus de 3\u{202F}500 habitants".into(),
                    }],
                }],
                items: vec![ListItem {
                    content: vec![Inline::Link {
                        content: vec![Inline::Text {
                            text: "data.gouv.fr".into(),
                        }],
                    }],
                    items: vec![],
                }],
            }],
        },
    ];
    c1.stories = vec![vec![para("Une #DataSession à la Cour des comptes.")]];
    c1.press = vec![PressMention {
        outlet: "La Gazette des communes".into(),
        title: "L’open data des collectivités avance".into(),
        date: "6 mai 2016".into(),
    }];
    c1.contributions = 3;

    let c2 = commitment(
        2,
        "Accroître la transparence de la commande publique",
        "axe-1",
        Some("axe-1-objectif-2"),
        StatusCode::Partial,
        CalendarCode::Delayed,
        &["dila"],
        vec![
            action(
                "2.1",
                "Mettre à disposition les données du BOAMP.",
                StatusCode::Partial,
                None,
            ),
            action(
                "2.2",
                "Inclure des clauses d’ouverture des données dans les marchés.",
                StatusCode::NotStarted,
                None,
            ),
        ],
    );

    let c3 = commitment(
        3,
        "Impliquer les citoyens dans les travaux de la Cour des comptes",
        "axe-1",
        Some("axe-1-objectif-1"),
        StatusCode::Complete,
        CalendarCode::OnTrack,
        &["cour-des-comptes"],
        vec![action(
            "3.1",
            "Ouvrir une plateforme de signalement citoyen.",
            StatusCode::Complete,
            None,
        )],
    );

    let mut c4 = commitment(
        4,
        "Diversifier le recrutement au sein des institutions publiques",
        "axe-2",
        None,
        StatusCode::Unknown,
        CalendarCode::Delayed,
        &["dila", "dgcl"],
        vec![action(
            "4.1",
            "Œuvrer pour l’égalité des chances dans les écoles du service public.",
            StatusCode::Unknown,
            None,
        )],
    );
    c4.stories = vec![vec![para("Une classe préparatoire intégrée a ouvert.")]];
    c4.results_notes = vec![para("NB : les résultats de 2016 sont provisoires.")];

    Snapshot {
        schema_version: SCHEMA_VERSION,
        plan: Plan {
            id: "fr-pan-2015-2017".into(),
            title: "Plan d’action national pour une action publique transparente et collaborative"
                .into(),
            country: "FR".into(),
            period: Period {
                start: "2015".into(),
                end: "2017".into(),
            },
            language: "fr".into(),
        },
        source: Source {
            title: "Rapport d’autoévaluation à mi-parcours".into(),
            publisher: "Etalab".into(),
            as_of: "2016-06-30".into(),
            published: "2016-07".into(),
            license: "Licence Ouverte 1.0".into(),
            sha256: "0".repeat(64),
        },
        statuses: statuses(),
        calendars: calendars(),
        axes: vec![
            Axis {
                id: "axe-1".into(),
                number: 1,
                title: "Rendre des comptes".into(),
                objectives: vec![
                    Objective {
                        id: "axe-1-objectif-1".into(),
                        title: "Transparence des finances publiques".into(),
                    },
                    Objective {
                        id: "axe-1-objectif-2".into(),
                        title: "Transparence de la commande publique".into(),
                    },
                ],
            },
            Axis {
                id: "axe-2".into(),
                number: 2,
                title: "Une administration ouverte".into(),
                objectives: vec![],
            },
        ],
        institutions: vec![
            Institution {
                id: "cour-des-comptes".into(),
                name: "Cour des comptes".into(),
                aliases: vec!["Cour des comptes".into()],
            },
            Institution {
                id: "dgcl".into(),
                name: "Direction générale des collectivités locales (DGCL)".into(),
                aliases: vec![
                    "Direction générale des collectivités locales (DGCL)".into(),
                    "DGCL".into(),
                ],
            },
            Institution {
                id: "dila".into(),
                name: "Direction de l’information légale et administrative".into(),
                aliases: vec!["Direction de l’information légale et administrative".into()],
            },
        ],
        commitments: vec![c1, c2, c3, c4],
    }
}

/// The fixture snapshot as JSON bytes.
pub fn snapshot_json() -> Vec<u8> {
    serde_json::to_vec_pretty(&snapshot()).expect("the fixture serialises")
}
