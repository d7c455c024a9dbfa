//! One test per spot of the report that needed care, each naming the line it
//! guards. They run the extractor on the committed report.

use std::sync::OnceLock;

use plan_core::{Block, Commitment, Inline, Snapshot, StatusCode};

mod common;

fn snapshot() -> &'static Snapshot {
    static S: OnceLock<Snapshot> = OnceLock::new();
    S.get_or_init(|| plan_extract::extract(&common::report()).unwrap())
}

fn commitment(n: u32) -> &'static Commitment {
    &snapshot().commitments[n as usize - 1]
}

fn action(n: u32, k: usize) -> &'static plan_core::Action {
    &commitment(n).actions[k - 1]
}

fn plain(blocks: &[Block]) -> String {
    plan_core::rich_plain_text(blocks)
}

fn text(s: &str) -> Inline {
    Inline::Text { text: s.into() }
}

/// Lines 256-258: commitment 24's title is cut by a page break in the summary table.
#[test]
fn summary_title_cut_by_page_break() {
    assert_eq!(
        commitment(24).title,
        "Associer la société civile à la Conférence COP21 et favoriser la transparence sur l'agenda et les négociations"
    );
    assert_eq!(commitment(24).status, StatusCode::Complete);
}

/// Lines 259-260: the misspelled, qualified label is kept, the status read as substantial.
#[test]
fn qualified_status_label() {
    assert_eq!(commitment(25).status_label, "Susbtantiel voire complet");
    assert_eq!(commitment(26).status_label, "Susbtantiel voire Complet");
    assert_eq!(commitment(25).status, StatusCode::Substantial);
    assert_eq!(commitment(26).status, StatusCode::Substantial);
}

/// Lines 376-378: row 1.2 is cut by a page break; every cell is joined back.
#[test]
fn row_1_2_joined_cell_by_cell() {
    let a = action(1, 2);
    assert_eq!(a.text, "Publier en open data sur data.gouv.fr l'intégralité des balances comptables, à compter de l'exercice 2013, des collectivités locales et des groupements à fiscalité propre.");
    assert_eq!(
        a.results,
        "Les balances comptables sont disponibles à partir de 2013 sur data.gouv.fr."
    );
    assert_eq!(
        a.next_steps,
        "Obtenir un historique des balances comptables. Mettre à jour les données tous les ans."
    );
    assert_eq!(a.status_label, "Complet");
}

/// Lines 382-384: row 1.6's action is cut; its results are only after the break.
#[test]
fn row_1_6_joined() {
    let a = action(1, 6);
    assert!(
        a.text.contains("en plus d'une version papier, le recueil"),
        "{}",
        a.text
    );
    assert!(a.results.starts_with("La loi NOTRe (titre IV)"));
    assert_eq!(a.next_steps, "");
    assert_eq!(a.status, StatusCode::Substantial);
}

/// Lines 419-421: the words "données des marchés publics sur" are printed on
/// both sides of the page break in the third cell; they are kept once.
#[test]
fn row_2_1_overlap_removed() {
    let a = action(2, 1);
    assert_eq!(
        a.text,
        "Standardiser le format des données de publicité des appels d'offre."
    );
    assert!(a.results.starts_with("En s'inspirant de l'avancement de la Bretagne en la matière et suite à une réunion du SGMAP"));
    assert!(a.next_steps.starts_with(
        "Développer une API de validation du format de données pour rapatrier les données des marchés publics sur data.gouv.fr, (capitaliser sur l'API Entreprise)."
    ));
    assert_eq!(
        a.next_steps
            .matches("données des marchés publics sur")
            .count(),
        1
    );
}

/// Lines 423-425: the join reads "La liste des est disponible": a word seems
/// missing in the report, and the snapshot does not invent it.
#[test]
fn row_2_3_joined_verbatim() {
    let a = action(2, 3);
    assert!(a
        .results
        .contains("la liste des attributaires. La liste des est disponible sur data.gouv.fr."));
    assert!(a
        .text
        .contains("développer les mesures d'accompagnement incitant"));
}

/// Lines 437 and 439: the paragraph printed twice in commitment 2's story is kept once.
#[test]
fn duplicated_paragraph_kept_once() {
    let story = plain(&commitment(2).stories[0]);
    assert_eq!(
        story
            .matches("Les différents groupes de travail sont arrivés")
            .count(),
        1
    );
    assert!(
        story.contains("Sommet anti-corruption"),
        "the paragraph after the duplicate stays"
    );
}

/// Line 441: an inline "En savoir plus" link inside a paragraph is report text and stays.
/// Line 370 (and the other commitments): the standalone navigation line is dropped.
#[test]
fn en_savoir_plus() {
    let Some(Block::Paragraph { content }) = commitment(2).stories[0].last() else {
        panic!()
    };
    assert_eq!(
        content.last(),
        Some(&Inline::Link {
            content: vec![text("En savoir plus")]
        })
    );
    for c in &snapshot().commitments {
        assert!(
            !plain(&c.description).ends_with("En savoir plus"),
            "commitment {}",
            c.number
        );
    }
}

/// Line 474: a link with a real URL keeps its text only.
#[test]
fn link_url_dropped() {
    let d = serde_json::to_string(&commitment(3).description).unwrap();
    assert!(d.contains("portail data.gouv.fr"));
    assert!(!d.contains("https://"));
}

/// Line 486: the note printed before commitment 3's table.
#[test]
fn note_before_table() {
    assert_eq!(
        plain(&commitment(3).results_notes),
        "NB : L'aide publique au développement est partagée entre le MAEDI, la Direction générale du trésor et l'AFD."
    );
}

/// Lines 489-491: commitment 3's table has one row per institution.
#[test]
fn actors_of_commitment_3() {
    let actors: Vec<_> = commitment(3)
        .actions
        .iter()
        .map(|a| a.actor.as_deref())
        .collect();
    assert_eq!(
        actors,
        [
            Some("ministere-des-affaires-etrangeres-et-du-developpement-international"),
            Some("agence-francaise-du-developpement"),
            Some("ministere-des-finances-et-des-comptes-publics"),
        ]
    );
    assert_eq!(action(3, 1).text, "MAEDI");
    // No other table is organised by institution.
    let others = snapshot().commitments.iter().filter(|c| c.number != 3);
    assert!(others.flat_map(|c| &c.actions).all(|a| a.actor.is_none()));
}

/// Line 497: a single institution printed without a list marker.
#[test]
fn bare_institution_line() {
    assert_eq!(
        commitment(4).institutions,
        ["secretariat-d-etat-charge-de-la-reforme-de-l-etat-et-de-la-simplification"]
    );
}

/// Lines 525 and 559 ("Institution porteuse :") and 729 (no colon).
#[test]
fn institution_heading_variants() {
    assert_eq!(commitment(5).institutions, ["cour-des-comptes"]);
    assert_eq!(
        commitment(6).institutions,
        ["haute-autorite-pour-la-transparence-de-la-vie-publique"]
    );
    assert_eq!(commitment(11).institutions.len(), 2);
}

/// Line 393: "Premier ministre (Direction de l'information légale et
/// administrative)" is the Prime Minister, the printed form kept as an alias.
#[test]
fn qualified_institution_name() {
    assert_eq!(commitment(2).institutions[0], "premier-ministre");
    let pm = snapshot()
        .institutions
        .iter()
        .find(|i| i.id == "premier-ministre")
        .unwrap();
    assert_eq!(pm.name, "Premier ministre");
    assert!(pm.aliases.contains(
        &"Premier ministre (Direction de l'information légale et administrative)".to_string()
    ));
}

/// Lines 1096-1097: trailing " ;" removed; "… auprès du Premier ministre" is
/// the same secretariat (corrections.toml).
#[test]
fn institution_semicolons_and_qualifier() {
    let ids = &commitment(21).institutions;
    assert_eq!(
        ids,
        &[
            "ministere-de-la-fonction-publique",
            "secretariat-d-etat-charge-de-la-reforme-de-l-etat-et-de-la-simplification",
            "ecole-nationale-d-administration",
        ]
    );
}

/// Spelling variants merge (É/E in Économie, Énergie, État): 23 institutions,
/// named by their most printed variant.
#[test]
fn institution_variants_merge() {
    let s = snapshot();
    assert_eq!(s.institutions.len(), 23);
    let name = |id: &str| {
        s.institutions
            .iter()
            .find(|i| i.id == id)
            .unwrap()
            .name
            .clone()
    };
    // "Energie" printed 4 times (628, 662, 1228, 1261), "Énergie" 3 times.
    assert_eq!(
        name("ministere-de-l-environnement-de-l-energie-et-de-la-mer"),
        "Ministère de l'Environnement, de l'Energie et de la Mer"
    );
    assert_eq!(
        name("ministere-de-l-economie-de-l-industrie-et-du-numerique"),
        "Ministère de l'Économie, de l'Industrie et du Numérique"
    );
    assert_eq!(
        name("secretariat-d-etat-charge-de-la-reforme-de-l-etat-et-de-la-simplification"),
        "Secrétariat d'État chargé de la Réforme de l'État et de la Simplification"
    );
}

/// Line 608: emphasis markers dropped, words kept.
#[test]
fn emphasis_markers_dropped() {
    let stakes = plain(&commitment(7).stakes);
    assert!(stakes.contains("est « la personne physique qui contrôle"));
    assert!(!stakes.contains('*'));
}

/// Line 632: "Enjeux" without its colon.
#[test]
fn stakes_heading_without_colon() {
    assert!(
        plain(&commitment(8).stakes).starts_with("La transparence sur les industries extractives")
    );
}

/// Line 656: "Contributions associées : 1" is one contribution (corrections.toml).
#[test]
fn contributions_without_hash() {
    assert_eq!(commitment(8).contributions, 1);
    assert_eq!(commitment(1).contributions, 3); // line 387, "#1, #2, #3"
    assert_eq!(commitment(2).contributions, 2); // line 450, "[#1](#), [#2](#)"
    assert_eq!(commitment(9).contributions, 0); // no line
}

/// Line 687: a row with only its action and "Information non disponible".
#[test]
fn unknown_status_row() {
    let a = action(9, 2);
    assert_eq!(a.status, StatusCode::Unknown);
    assert_eq!((a.results.as_str(), a.next_steps.as_str()), ("", ""));
}

/// Line 765: an unpaired "**" is printed text.
#[test]
fn unpaired_strong_marker() {
    let Block::List { items } = &commitment(12).description[0] else {
        panic!()
    };
    assert_eq!(items[2].content.last(), Some(&text("Poursuivre la démarche participative engagée avec la société civile sur le projet de loi numérique en mettant à consultation en ligne l'avant-projet de loi afin que les citoyens puissent le commenter et proposer des amendements**")));
}

/// Lines 774-776: the continuation comes after the break (its status cell is
/// empty) and repeats "ressources", kept once.
#[test]
fn row_12_1_joined_backward() {
    let a = action(12, 1);
    assert_eq!(a.text, "Poursuivre la mise à disposition en open data des ressources juridiques et législatives, déjà existantes.");
    assert!(a
        .results
        .contains("(DILA) a ouvert en septembre 2015 une partie des bases"));
    assert!(a.next_steps.ends_with("Suivre le programme d'innovation collaborative (voir belle histoire) afin d'identifier d'éventuelles insécurités juridiques à lever."));
    assert_eq!(commitment(12).actions.len(), 3);
}

/// Line 780: the DILA programme section is commitment 12's story (corrections.toml).
#[test]
fn dila_programme_is_the_story() {
    let stories = &commitment(12).stories;
    assert_eq!(stories.len(), 1);
    assert!(plain(&stories[0])
        .starts_with("Programme d'innovation juridique DILA :\nDans la continuité du programme 1"));
    assert!(commitment(12).results_notes.is_empty());
}

/// Line 825: the remark after commitment 13's table.
#[test]
fn note_after_table() {
    assert_eq!(
        plain(&commitment(13).results_notes),
        "La boîte à outils des dispositifs participatifs est l'ambition du Sommet mondial du PGO en décembre 2016."
    );
}

/// Lines 862-864: a small table inside commitment 14's story, one paragraph per row.
#[test]
fn table_inside_story() {
    let story = plain(&commitment(14).stories[0]);
    assert!(story.ends_with("Retours en vidéo :\nEn savoir plus Liens\nRetours en vidéo\nCompte-rendu Compte-rendu jeudigital justice"), "{story}");
}

/// Lines 945-948 and 984: press items with the title quoted inside the link,
/// outside it, or not at all; line 984 has no list marker.
#[test]
fn press_forms() {
    let p = &commitment(16).press;
    assert_eq!(p[1].outlet, "Fance Info"); // typo kept
    assert_eq!(p[1].title, "Un hackathon pour mieux comprendre l'impôt");
    assert_eq!(p[0].title, "Reportage vidéo sur le hackathon #CodeImpôt");
    assert_eq!(p[0].date, "4 avril 2016");
    let p = &commitment(17).press;
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].outlet, "IT Espresso");
    assert_eq!(p[0].date, "11 mars 2016");
}

/// Lines 1013-1015: row 18.2 is cut after its first cell.
#[test]
fn row_18_2_joined() {
    let a = action(18, 2);
    assert!(a
        .text
        .contains("afin de mesurer l'intensité de l'intégration entre les sites"));
    assert_eq!(a.results, "");
    assert_eq!(a.status, StatusCode::NotStarted);
}

/// Lines 1043-1046: a page break inside a list item ("les | Francas",
/// corrections.toml) and the line after it, which continues the same item.
#[test]
fn list_item_across_page_break() {
    let d = &commitment(19).description;
    assert_eq!(d.len(), 1, "one list, no stray paragraph");
    let item = plain(d);
    assert!(item.contains("CNOUS, les Francas, réseau français des villes éducatrices"));
    assert!(item.ends_with("palmes académiques). Les réservistes sont aussi appelés, s'ils le souhaitent, à intervenir dans le cadre des activités périscolaires."));
}

/// Line 1082: the caption printed before commitment 20's table is a note,
/// not a row.
#[test]
fn caption_before_table() {
    assert_eq!(
        plain(&commitment(20).results_notes),
        "Développer de nouvelles voies d'accès à la fonction publique, pour mieux l'ouvrir sur la société"
    );
    assert_eq!(commitment(20).actions.len(), 4);
    assert!(action(20, 1)
        .text
        .starts_with("Insérer dans le projet de loi"));
}

/// Section 4.2 (lines 264-330): five axes, axes 3 and 5 without objectives.
#[test]
fn axes_and_objectives() {
    let s = snapshot();
    let counts: Vec<usize> = s.axes.iter().map(|a| a.objectives.len()).collect();
    assert_eq!(counts, [4, 2, 0, 4, 0]);
    assert_eq!(
        s.axes[0].objectives[0].title,
        "Renforcer la transparence de la dépense et des comptes publics"
    );
    assert_eq!(commitment(15).objective, None);
    assert_eq!(
        commitment(23).objective.as_deref(),
        Some("axe-4-objectif-4")
    );
}

/// The numbers the final report quotes.
#[test]
fn totals() {
    let s = snapshot();
    let count = |code| {
        s.commitments
            .iter()
            .flat_map(|c| &c.actions)
            .filter(|a| a.status == code)
            .count()
    };
    assert_eq!(
        [
            count(StatusCode::NotStarted),
            count(StatusCode::Partial),
            count(StatusCode::Substantial),
            count(StatusCode::Complete),
            count(StatusCode::Unknown)
        ],
        [2, 24, 35, 12, 1]
    );
}
