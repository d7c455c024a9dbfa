//! A small, valid report built in code, for tests (here and in the app). It
//! matches [`crate::fixture::snapshot`]: same source digest, commitment
//! numbers 1 to 4, the institution `cour-des-comptes`.
//!
//! It covers every shape `report.json` has: an unnumbered opening part,
//! numbered chapters and sub-sections, a part whose content is the plan's,
//! bold text, nested lists, a table, commitment references and an institution.

use super::*;

/// Plain text inlines.
pub fn text(s: &str) -> Vec<Inline> {
    vec![Inline::Text { text: s.to_owned() }]
}

/// A paragraph without references.
pub fn para(s: &str) -> Block {
    Block::Paragraph {
        content: text(s),
        commitments: vec![],
    }
}

fn section(id: &str, number: &str, title: &str, blocks: Vec<Block>) -> Section {
    Section {
        id: id.into(),
        number: number.into(),
        title: title.into(),
        plan_part: None,
        blocks,
        sections: vec![],
    }
}

fn item(s: &str) -> ListItem {
    ListItem {
        content: text(s),
        items: vec![],
        commitments: vec![],
        institution: None,
    }
}

pub fn report() -> Report {
    let mut intro = section(
        "introduction-et-contexte",
        "1",
        "Introduction et contexte",
        vec![
            Block::Paragraph {
                content: vec![
                    Inline::Text {
                        text: "La décision publique s’ouvre à ".into(),
                    },
                    Inline::Strong {
                        content: text("la participation citoyenne"),
                    },
                    Inline::Text {
                        text: " (engagements 2 et 4).".into(),
                    },
                ],
                commitments: vec![2, 4],
            },
            Block::List {
                items: vec![ListItem {
                    items: vec![item("Un atelier à Brest")],
                    commitments: vec![1],
                    ..item("Une consultation en ligne (engagement 1) :")
                }],
            },
        ],
    );
    intro.sections.push(section(
        "evenements-contributifs",
        "",
        "Evénements contributifs",
        vec![Block::Table {
            header: vec![text("Événement"), text("Date et lieu")],
            rows: vec![Row {
                cells: vec![text("Open World Forum"), text("31/10/2014 à Paris")],
                commitments: vec![],
            }],
        }],
    ));
    let mut chapter4 = section(
        "mise-en-oeuvre-des-engagements",
        "4",
        "Mise en oeuvre des engagements du Plan d’action national",
        vec![para("Cette partie présente l’avancement des engagements.")],
    );
    chapter4.sections.push(Section {
        plan_part: Some(PlanPart::Summary),
        ..section(
            "tableau-recapitulatif",
            "4.1",
            "Tableau récapitulatif",
            vec![para("Date de mise à jour : 03/06/2016")],
        )
    });
    let annexes = Section {
        sections: vec![section(
            "institutions-porteuses-d-engagements",
            "",
            "Institutions porteuses d’engagements",
            vec![Block::List {
                items: vec![
                    ListItem {
                        institution: Some("cour-des-comptes".into()),
                        ..item("Cour des comptes")
                    },
                    item("Agence nationale de la sécurité des systèmes d’information"),
                ],
            }],
        )],
        ..section("annexes", "", "Annexes", vec![])
    };
    Report {
        schema_version: REPORT_SCHEMA_VERSION,
        source: ReportSource {
            sha256: "0".repeat(64),
        },
        contact: Contact {
            email: "gouvernement-ouvert@etalab.gouv.fr".into(),
        },
        chapters: vec![
            section(
                "rapport-d-autoevaluation",
                "",
                "Rapport d’autoévaluation à mi-parcours",
                vec![para("Ce livre est une version numérique du rapport.")],
            ),
            intro,
            chapter4,
            annexes,
        ],
    }
}

/// The fixture report as JSON bytes.
pub fn report_json() -> Vec<u8> {
    serde_json::to_vec_pretty(&report()).expect("the fixture serialises")
}
