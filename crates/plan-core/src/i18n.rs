//! The interface's languages (issue 14): French, the default, and English.
//!
//! Only the interface is translated. The report's text (every string of the
//! snapshot) stays French and is marked `lang="fr"` by the app.
//!
//! The dictionary is a struct, [`Texts`], with one field per interface text
//! and one constant per language ([`FR`], [`EN`]): a text missing in either
//! language does not compile. A text with values to fill in is a template
//! with named placeholders (`{n}`, `{total}`), filled by [`fill`]; the tests
//! check that both languages use the same placeholders, and that no text is
//! empty. A typed dictionary instead of a crate: leptos_i18n costs ~24.5 KB
//! gzip of wasm, and this project has two languages.
//!
//! Numbers, percentages and dates follow each language's typography
//! ([`format_number`], [`format_percent`], [`format_date`]).
//!
//! **Boundary:** [`Lang::prefix`] is the URL format of the English pages
//! (`en/…`); the view-state parameters (`url_state`) are the same in both
//! languages, so a shared link opens the same view in the other.

use crate::format::{self, NNBSP};

/// A language of the interface.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// The default: the site root.
    #[default]
    Fr,
    /// Pages under `en/`.
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    /// The BCP 47 code, for `<html lang>` and `hreflang`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// The OpenGraph locale.
    pub fn og_locale(self) -> &'static str {
        match self {
            Lang::Fr => "fr_FR",
            Lang::En => "en_GB",
        }
    }

    /// The folder of this language's pages under the site root: `""` or
    /// `"en/"`.
    pub fn prefix(self) -> &'static str {
        match self {
            Lang::Fr => "",
            Lang::En => "en/",
        }
    }

    /// The language of a page from its path under the app's root (`/en/…`
    /// or `en/…` is English, anything else French), and the path without
    /// the language's folder, always starting with `/`.
    pub fn of_path(path: &str) -> (Lang, String) {
        let trimmed = path.trim_start_matches('/');
        match trimmed.strip_prefix("en") {
            Some(rest) if rest.is_empty() || rest.starts_with('/') => {
                let rest = if rest.is_empty() { "/" } else { rest };
                (Lang::En, rest.to_owned())
            }
            _ => (Lang::Fr, format!("/{trimmed}")),
        }
    }

    /// The other language (the header's switch).
    pub fn other(self) -> Lang {
        match self {
            Lang::Fr => Lang::En,
            Lang::En => Lang::Fr,
        }
    }

    /// This language's texts.
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::Fr => &FR,
            Lang::En => &EN,
        }
    }
}

/// An integer with thousands groups: "1 234" (narrow no-break space) in
/// French, "1,234" in English.
pub fn format_number(n: i64, lang: Lang) -> String {
    let fr = format::format_number(n);
    match lang {
        Lang::Fr => fr,
        Lang::En => fr.replace(NNBSP, ","),
    }
}

/// A share (0.62) as a whole percentage: "62 %" in French (narrow no-break
/// space), "62%" in English.
pub fn format_percent(share: f64, lang: Lang) -> String {
    let fr = format::format_percent(share);
    match lang {
        Lang::Fr => fr,
        Lang::En => fr.replace(NNBSP, ""),
    }
}

/// English month names, January first.
pub const ENGLISH_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// An ISO date (`2016-06-03`, or `2016-06`) as the language writes it:
/// "3 juin 2016" or "3 June 2016"; anything else is returned as it is.
pub fn format_date(iso: &str, lang: Lang) -> String {
    match lang {
        Lang::Fr => format::french_date(iso),
        Lang::En => match format::iso_date(iso) {
            Some((y, m, Some(d))) => format!("{d} {} {y}", ENGLISH_MONTHS[m]),
            Some((y, m, None)) => format!("{} {y}", ENGLISH_MONTHS[m]),
            None => iso.to_owned(),
        },
    }
}

/// Fills the placeholders of `template` (`{name}`) with `values`. A
/// placeholder without a value is left as it is (the tests make sure every
/// template's placeholders are known).
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_owned();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// The placeholders of a template, in order of appearance, without repeats.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start + 1..].find('}') else {
            break;
        };
        let name = &rest[start + 1..start + 1 + len];
        if !name.is_empty()
            && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
            && !out.contains(&name)
        {
            out.push(name);
        }
        rest = &rest[start + 1 + len..];
    }
    out
}

/// Defines [`Texts`] and [`Texts::entries`] from one list of fields, so the
/// tests can walk every text of both languages.
macro_rules! texts {
    ($($(#[doc = $doc:literal])* $name:ident,)*) => {
        /// Every interface text of one language. See the module doc.
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub struct Texts {
            $($(#[doc = $doc])* pub $name: &'static str,)*
        }

        impl Texts {
            /// Every text with its field name, in declaration order.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($name), self.$name),)*]
            }
        }
    };
}

texts! {
    /// The language's own name, on the switch that leads to it.
    language_name,
    /// The switch's accessible name: go to this page in that language.
    switch_to,
    skip_to_content,
    site_subtitle,
    nav_label,
    nav_commitments,
    nav_institutions,
    nav_report,
    nav_about,
    /// Above the report's content in the English interface.
    report_in_french,
    overview_kicker,
    overview_title,
    key_figures,
    jump_to_search,
    charts_title,
    charts_note,
    explorer_title,
    search_label,
    search_placeholder,
    search_help,
    search_preparing,
    filters_button,
    filters_title,
    facets_only_commitments,
    /// `{n}` commitments, plural.
    count_all,
    count_none,
    /// `{n}` of `{total}`, `{n}` already with its noun.
    count_some,
    /// The count line's page part, after the count.
    count_page,
    commitment_one,
    commitment_other,
    action_one,
    action_other,
    see_data,
    loading_full_page,
    loading_view,
    no_match,
    panic_title,
    panic_text,
    panic_reload,
    // site-gen previews
    /// The shell's `<noscript>`, `{link}` the data file's link.
    site_noscript,
    /// The plan, at the start of a sentence, in the pages' descriptions.
    meta_plan,
    /// [`Texts::meta_plan`] inside a sentence.
    meta_plan_inner,
    meta_overview,
    /// The overview's text without JavaScript.
    meta_count_commitments,
    meta_commitment,
    /// `{commitment}` is [`Texts::commitment_link_label`].
    meta_commitment_noscript,
    meta_institutions,
    /// `{count}`: "3 engagements".
    meta_institution,
    meta_about,
    /// The report, inside a sentence.
    meta_report_book,
    /// `{chapters}`: the chapters' headings (French).
    meta_report,
    /// `{first}`: the chapter's first words (French).
    meta_chapter,
    commitment_number,
    /// A commitment named by its number and title.
    commitment_link_label,
    axis_number,
    /// `{label}`: the calendar's name, in lower case.
    calendar_badge,
    facet_axis,
    facet_objective,
    facet_status,
    facet_calendar,
    facet_institution,
    facet_action_status,
    facet_story,
    facet_story_on,
    chip_search,
    chip_search_remove,
    chip_filter,
    chip_filter_remove,
    active_filters,
    clear_all,
    chart_legend,
    chart_embed,
    chart_data_label,
    institution_commitments,
    report_contents_lede,
    report_toc_label,
    breadcrumbs_label,
    report_contribute,
    report_neighbours,
    section_link_label,
    report_table_label,
    report_summary_link,
    report_institution_link,
    /// The title of a link of the original report.
    report_link_title,
}

/// French, the default.
pub const FR: Texts = Texts {
    language_name: "Français",
    switch_to: "Voir cette page en français",
    skip_to_content: "Aller au contenu",
    site_subtitle: "Plan d’action national de la France 2015-2017 · PGO",
    nav_label: "Navigation principale",
    nav_commitments: "Engagements",
    nav_institutions: "Institutions",
    nav_report: "Le rapport",
    nav_about: "À propos",
    report_in_french: "Le rapport n’existe qu’en français.",
    overview_kicker: "Autoévaluation à mi-parcours · état au {date}",
    overview_title: "Où en sont les engagements de la France pour un gouvernement ouvert ?",
    key_figures: "Chiffres clés",
    jump_to_search: "Aller directement à la recherche dans les {total} engagements",
    charts_title: "L’avancement en graphiques",
    charts_note: "Choisissez une barre pour filtrer la liste des engagements ci-dessous.",
    explorer_title: "Explorer les engagements",
    search_label: "Rechercher dans tous les textes",
    search_placeholder: "ex. : données, égalité, climat",
    search_help: "Sans tenir compte des accents ni des majuscules ; plusieurs mots : tous doivent figurer.",
    search_preparing: "Préparation de la recherche…",
    filters_button: "Filtres ({n})",
    filters_title: "Filtrer les engagements",
    facets_only_commitments: "Les filtres ne s’appliquent qu’aux engagements.",
    count_all: "Les {n} engagements",
    count_none: "Aucun engagement ne correspond",
    count_some: "{n} sur {total}",
    count_page: " · page {page} sur {pages}",
    commitment_one: "engagement",
    commitment_other: "engagements",
    action_one: "action",
    action_other: "actions",
    see_data: "Voir les données",
    loading_full_page: "Chargement de la version complète de la page (graphiques, filtres, recherche, actions)…",
    loading_view: "Chargement de la vue demandée…",
    no_match: "Aucun engagement ne correspond à cette recherche et à ces filtres.",
    panic_title: "Une erreur inattendue a interrompu l’application",
    panic_text: "Rechargez la page pour reprendre. Si l’erreur revient, signalez-la en joignant le détail ci-dessous.",
    panic_reload: "Recharger la page",
    // site-gen previews
    site_noscript: "Plan ouvert a besoin de JavaScript pour afficher le plan d’action. Le fichier de données reste lisible : {link}.",
    meta_plan: "Plan d’action national de la France 2015-2017 pour le Partenariat pour un gouvernement ouvert, données au {date}",
    meta_plan_inner: "plan d’action national de la France 2015-2017 pour le Partenariat pour un gouvernement ouvert, données au {date}",
    meta_overview: "Les {n} engagements du {plan} : état d’avancement, calendrier et actions, tels que déclarés dans le rapport d’autoévaluation à mi-parcours.",
    meta_count_commitments: "{n} engagements.",
    meta_commitment: "État d’avancement : {status}. Calendrier : {calendar}. {actions} actions. {plan}.",
    meta_commitment_noscript: "{commitment}. État d’avancement : {status}. Calendrier : {calendar}.",
    meta_institutions: "Les {n} institutions qui portent les engagements du {plan}.",
    meta_institution: "{name} : {count} du {plan}.",
    meta_about: "D’où viennent les données de {site}, ce que signifient les statuts, et comment les réutiliser. {plan}.",
    meta_report_book: "rapport d’autoévaluation à mi-parcours du plan d’action national de la France 2015-2017 pour le Partenariat pour un gouvernement ouvert",
    meta_report: "Le texte intégral du {book}, chapitre par chapitre : {chapters}.",
    meta_chapter: "{heading} — texte intégral, extrait du {book}. {first}",
    commitment_number: "Engagement {n}",
    commitment_link_label: "Engagement {n} : {title}",
    axis_number: "Axe {n}",
    calendar_badge: "Calendrier {label}",
    facet_axis: "Axe",
    facet_objective: "Objectif",
    facet_status: "Statut de l’engagement",
    facet_calendar: "Calendrier",
    facet_institution: "Institution",
    facet_action_status: "Statut des actions",
    facet_story: "Belle histoire",
    facet_story_on: "Avec une belle histoire",
    chip_search: "Recherche : « {q} »",
    chip_search_remove: "Retirer la recherche « {q} »",
    chip_filter: "{facet} : {value}",
    chip_filter_remove: "Retirer le filtre {filter}",
    active_filters: "Filtres actifs",
    clear_all: "Tout effacer",
    chart_legend: "Légende",
    chart_embed: "Intégrer",
    chart_data_label: "Données : {title}",
    institution_commitments: "Ses engagements",
    report_contents_lede: "Le texte intégral du rapport d’autoévaluation à mi-parcours, chapitre par chapitre, tel qu’il a été publié. Au chapitre 4, le tableau récapitulatif et le détail des engagements sont les pages des engagements de Plan ouvert.",
    report_toc_label: "Sommaire du rapport",
    breadcrumbs_label: "Fil d’Ariane",
    report_contribute: "Contribuer / signaler une erreur",
    report_neighbours: "Chapitres voisins",
    section_link_label: "Lien vers cette section : {heading}",
    report_table_label: "Tableau : {name}",
    report_summary_link: "Voir le tableau récapitulatif : l’état d’avancement et le calendrier de chaque engagement",
    report_institution_link: "Voir l’institution",
    report_link_title: "Lien du rapport original (adresse non conservée)",
};

/// English.
pub const EN: Texts = Texts {
    language_name: "English",
    switch_to: "See this page in English",
    skip_to_content: "Skip to content",
    site_subtitle: "France’s National Action Plan 2015-2017 · OGP",
    nav_label: "Main navigation",
    nav_commitments: "Commitments",
    nav_institutions: "Institutions",
    nav_report: "The report",
    nav_about: "About",
    report_in_french: "The report exists in French only.",
    overview_kicker: "Mid-term self-assessment · status as of {date}",
    overview_title: "Where do France’s open government commitments stand?",
    key_figures: "Key figures",
    jump_to_search: "Go straight to the search in the {total} commitments",
    charts_title: "Progress in charts",
    charts_note: "Choose a bar to filter the list of commitments below.",
    explorer_title: "Explore the commitments",
    search_label: "Search all texts",
    search_placeholder: "e.g. données, égalité, climat",
    search_help: "Accents and capitals are ignored; with several words, all must appear. The texts are in French.",
    search_preparing: "Preparing the search…",
    filters_button: "Filters ({n})",
    filters_title: "Filter the commitments",
    facets_only_commitments: "The filters apply to commitments only.",
    count_all: "All {n} commitments",
    count_none: "No commitment matches",
    count_some: "{n} of {total}",
    count_page: " · page {page} of {pages}",
    commitment_one: "commitment",
    commitment_other: "commitments",
    action_one: "action",
    action_other: "actions",
    see_data: "Show the data",
    loading_full_page: "Loading the full page (charts, filters, search, actions)…",
    loading_view: "Loading the requested view…",
    no_match: "No commitment matches this search and these filters.",
    panic_title: "An unexpected error stopped the application",
    panic_text: "Reload the page to carry on. If the error comes back, please report it with the details below.",
    panic_reload: "Reload the page",
    // site-gen previews
    site_noscript: "Plan ouvert needs JavaScript to show the action plan. The data file stays readable: {link}.",
    meta_plan: "France’s National Action Plan 2015-2017 for the Open Government Partnership, data as of {date}",
    meta_plan_inner: "France’s National Action Plan 2015-2017 for the Open Government Partnership, data as of {date}",
    meta_overview: "The {n} commitments of {plan}: progress, timeline and actions, as declared in the mid-term self-assessment report.",
    meta_count_commitments: "{n} commitments.",
    meta_commitment: "Progress: {status}. Timeline: {calendar}. {actions} actions. {plan}.",
    meta_commitment_noscript: "{commitment}. Progress: {status}. Timeline: {calendar}.",
    meta_institutions: "The {n} institutions that carry the commitments of {plan}.",
    meta_institution: "{name}: {count} of {plan}.",
    meta_about: "Where the data of {site} comes from, what the statuses mean, and how to reuse them. {plan}.",
    meta_report_book: "mid-term self-assessment report on France’s National Action Plan 2015-2017 for the Open Government Partnership",
    meta_report: "The full text of the {book}, chapter by chapter, in French: {chapters}.",
    meta_chapter: "{heading} — full text in French, from the {book}. {first}",
    commitment_number: "Commitment {n}",
    commitment_link_label: "Commitment {n}: {title}",
    axis_number: "Axis {n}",
    calendar_badge: "Timeline: {label}",
    facet_axis: "Axis",
    facet_objective: "Objective",
    facet_status: "Commitment status",
    facet_calendar: "Timeline",
    facet_institution: "Institution involved",
    facet_action_status: "Action status",
    facet_story: "Success story",
    facet_story_on: "With a success story",
    chip_search: "Search: “{q}”",
    chip_search_remove: "Remove the search “{q}”",
    chip_filter: "{facet}: {value}",
    chip_filter_remove: "Remove the filter {filter}",
    active_filters: "Active filters",
    clear_all: "Clear all",
    chart_legend: "Legend",
    chart_embed: "Embed",
    chart_data_label: "Data: {title}",
    institution_commitments: "Its commitments",
    report_contents_lede: "The full text of the mid-term self-assessment report, chapter by chapter, as it was published. In chapter 4, the summary table and the detail of the commitments are Plan ouvert’s commitment pages.",
    report_toc_label: "Contents of the report",
    breadcrumbs_label: "Breadcrumbs",
    report_contribute: "Contribute / report an error",
    report_neighbours: "Neighbouring chapters",
    section_link_label: "Link to this section: {heading}",
    report_table_label: "Table: {name}",
    report_summary_link: "See the summary table: the progress and timeline of each commitment",
    report_institution_link: "See the institution",
    report_link_title: "Link of the original report (address not kept)",
};

/// "1 engagement", "3 engagements"; "1 commitment", "1,234 commitments".
/// French takes the singular for 0 and 1, English for 1 only.
pub fn count_commitments(n: usize, lang: Lang) -> String {
    let t = lang.texts();
    let singular = match lang {
        Lang::Fr => n <= 1,
        Lang::En => n == 1,
    };
    let noun = if singular {
        t.commitment_one
    } else {
        t.commitment_other
    };
    format!("{}\u{A0}{noun}", format_number(n as i64, lang))
}

/// The line above the results, in `lang`: [`crate::paging::results_label_fr`]
/// for any language.
pub fn results_label(shown: usize, total: usize, page: usize, lang: Lang) -> String {
    let t = lang.texts();
    let total_s = total.to_string();
    let what = if shown == 0 {
        t.count_none.to_owned()
    } else if shown == total {
        fill(t.count_all, &[("n", &total_s)])
    } else {
        fill(
            t.count_some,
            &[("n", &count_commitments(shown, lang)), ("total", &total_s)],
        )
    };
    let pages = crate::paging::page_count(shown);
    if pages > 1 {
        let page = crate::paging::clamp(page, shown).to_string();
        what + &fill(
            t.count_page,
            &[("page", &page), ("pages", &pages.to_string())],
        )
    } else {
        what
    }
}

#[cfg(test)]
mod tests;
