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

    /// What a page in the other language says to invite its reader here
    /// (compiled in for both languages: a French page's switch is English).
    pub fn invitation(self) -> &'static Invitation {
        match self {
            Lang::Fr => &INVITATION_FR,
            Lang::En => &INVITATION_EN,
        }
    }

    /// This language's texts.
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::Fr => &FR,
            Lang::En => english(),
        }
    }
}

/// The English texts. Natively (site-gen, tests) the [`EN`] const; in the
/// wasm, what [`install_english`] was given: the English dictionary is not
/// compiled into the app, so a French reader does not download it. site-gen
/// writes it into every English page ([`Texts::values`], as JSON).
#[cfg(not(target_arch = "wasm32"))]
fn english() -> &'static Texts {
    &EN
}

#[cfg(target_arch = "wasm32")]
static ENGLISH: std::sync::OnceLock<Texts> = std::sync::OnceLock::new();

/// Until the page's dictionary is installed (or if it is missing), English
/// falls back to French, never to empty texts.
#[cfg(target_arch = "wasm32")]
fn english() -> &'static Texts {
    ENGLISH.get().unwrap_or(&FR)
}

/// Installs the English dictionary the page carries ([`Texts::values`] of
/// `EN`, in field order). False if it does not have one text per field.
/// (Natively `EN` is compiled in; this only checks the values.)
#[cfg(not(target_arch = "wasm32"))]
pub fn install_english(values: Vec<String>) -> bool {
    let values: Vec<&str> = values.iter().map(String::as_str).collect();
    values == EN.values()
}

/// See the native `install_english`.
#[cfg(target_arch = "wasm32")]
pub fn install_english(values: Vec<String>) -> bool {
    let values: Vec<&'static str> = values
        .into_iter()
        .map(|v| &*Box::leak(v.into_boxed_str()))
        .collect();
    match Texts::from_values(&values) {
        Some(texts) => ENGLISH.set(texts).is_ok(),
        None => false,
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

/// Whether a browser's languages (`navigator.languages`, in order of
/// preference) name `wanted` before the other of the two: the language
/// suggestion's rule. A tag counts by its primary subtag (`en-GB` is `en`).
pub fn prefers<S: AsRef<str>>(tags: &[S], wanted: Lang) -> bool {
    for tag in tags {
        let primary = tag.as_ref().split(['-', '_']).next().unwrap_or("");
        if primary.eq_ignore_ascii_case(wanted.code()) {
            return true;
        }
        if primary.eq_ignore_ascii_case(wanted.other().code()) {
            return false;
        }
    }
    false
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
        ///
        /// `repr(C)` with fields of one type: laid out as an array of them,
        /// which [`Texts::from_values`] relies on.
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[repr(C)]
        pub struct Texts {
            $($(#[doc = $doc])* pub $name: &'static str,)*
        }

        impl Texts {
            /// Every text with its field name, in declaration order.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($name), self.$name),)*]
            }

            /// Every text, in declaration order: what an English page
            /// carries for the app (see `install_english`).
            pub fn values(&self) -> Vec<&'static str> {
                vec![$(self.$name,)*]
            }

            /// The dictionary from [`Texts::values`]; `None` unless there
            /// is exactly one text per field.
            pub fn from_values(values: &[&'static str]) -> Option<Texts> {
                const N: usize = [$(stringify!($name),)*].len();
                const _: () = assert!(
                    std::mem::size_of::<Texts>() == std::mem::size_of::<[&str; N]>()
                        && std::mem::align_of::<Texts>() == std::mem::align_of::<[&str; N]>()
                );
                let values: [&'static str; N] = values.try_into().ok()?;
                // SAFETY: `Texts` is `repr(C)` with N fields of type
                // `&'static str` and nothing else (checked above), so it has
                // the layout of `[&'static str; N]`, fields in declaration
                // order. Built field by field instead, the wasm would hold
                // one copy per text (~5 KB gzip, measured).
                Some(unsafe { std::mem::transmute::<[&'static str; N], Texts>(values) })
            }
        }
    };
}

texts! {
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
    /// The phone's filter button: no filter, one, `{n}` (more than one).
    filters_button,
    filters_button_one,
    filters_button_other,
    filters_title,
    /// The link to the results, at a chart and at the end of the filter
    /// panel: nothing matches, one commitment, `{n}` commitments.
    see_results_none,
    see_results_one,
    see_results_other,
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
    tools_waiting,
    loading_view,
    no_match,
    panic_title,
    panic_text,
    panic_reload,
    // App frame, loading, header, footer, banners
    loading_plan,
    footer_source,
    update_available,
    update_reload,
    offline_title,
    offline_text,
    // Load errors (data.rs, report_data.rs, load_error.rs, report_gate.rs)
    retry,
    retrying,
    saved_available,
    show_saved,
    saved_banner,
    saved_retry,
    err_network_title,
    err_timeout_title,
    err_http_title,
    err_too_large_title,
    err_invalid_title,
    err_network_detail,
    err_timeout_detail,
    err_404_detail,
    err_5xx_detail,
    err_http_detail,
    err_too_large_size,
    err_too_large_unknown,
    err_too_large_detail,
    err_invalid_detail,
    report_err_fetch,
    report_err_http,
    report_err_too_large_title,
    report_err_invalid_title,
    report_err_404_detail,
    report_err_too_large_detail,
    report_loading,
    // Explorer: active filters, facets, results, pagination, URL notice
    chip_search,
    chip_search_remove,
    chip_filter,
    chip_filter_remove,
    active_filters,
    clear_all,
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
    /// A commitment named by its number and title.
    commitment_link_label,
    /// `{label}`: the calendar's name, in lower case.
    calendar_badge,
    facet_axis,
    facet_objective,
    facet_status,
    facet_calendar,
    facet_institution,
    facet_action_status,
    facet_story,
    story_on,
    axis_line,
    commitment_n,
    commitment_ref,
    field_title,
    field_stakes,
    field_description,
    field_action,
    field_results,
    field_next_steps,
    field_status,
    field_results_notes,
    field_press,
    found_in,
    found_more_one,
    found_more_other,
    snippet_sep,
    page_prev,
    page_next,
    page_of,
    page_link_label,
    pages_label,
    empty_widen,
    empty_clear_search,
    empty_remove,
    empty_clear_all,
    url_notice,
    url_notice_more,
    url_notice_sep,
    report_hits_note,
    section_one,
    section_other,
    report_hits_searching,
    report_hits_title,
    // Charts
    chart_legend,
    chart_filter,
    chart_data_label,
    chart_alone_title,
    // Sharing: embed dialog, copy field, tools
    embed,
    embed_chart,
    embed_intro_commitment,
    embed_intro_view,
    embed_frame_all,
    embed_frame_view,
    embed_frame_title,
    close,
    embed_pin,
    embed_theme,
    embed_theme_light,
    embed_theme_dark,
    embed_theme_auto,
    embed_code,
    embed_height,
    embed_script,
    embed_link,
    embed_preview,
    new_tab,
    copy,
    copied,
    copy_selected,
    attribution_source,
    attribution_open,
    attribution_date,
    chart_download,
    view_tools_title,
    view_tools_note,
    embed_view,
    download_commitments,
    download_actions,
    download_data,
    view_tools_help,
    cite_view,
    commitment_tools_title,
    embed_commitment,
    commitment_tools_help,
    cite_commitment,
    contribute,
    /// The contribution mail's body: the page's address, then what to write.
    contribution_body,
    // Commitment page
    breadcrumbs,
    fact_status,
    /// Under a status printed otherwise than its name (`lookup::printed_label_note`).
    status_printed_note,
    fact_calendar,
    fact_actions,
    fact_contributions,
    carriers,
    stakes,
    description,
    results,
    source_note,
    neighbours,
    prev_commitment,
    next_commitment,
    action_link,
    action_n,
    actor_note,
    col_action,
    col_results,
    col_next_steps,
    col_status,
    actions_caption,
    not_given,
    story,
    press,
    // Institutions
    institutions_title,
    institutions_lede,
    aliases,
    role_carrier,
    role_actor,
    institution_lede,
    its_commitments,
    explore_these,
    // Report pages
    report_title,
    report_lede,
    report_toc,
    chapters_nav,
    institution_link,
    institution_link_label,
    summary_link,
    section_link,
    table_label,
    link_text_title,
    // Not found
    not_found_title,
    not_found_text,
    not_found_link,
    // About
    about_title,
    about_plan_title,
    about_plan,
    about_ogp,
    about_read_report,
    about_statuses_title,
    about_statuses,
    about_irm,
    about_calendars,
    about_source_title,
    about_source,
    about_sha,
    about_method_title,
    about_method,
    about_reuse_title,
    about_download,
    about_schema,
    about_report_data,
    about_report_schema,
}

/// The few texts a page shows in the *other* language: the header's switch
/// and the suggestion to read the page there. Unlike [`EN`], both languages'
/// are in the wasm (a few hundred bytes), since every French page shows
/// English ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Invitation {
    /// The language's own name, on the switch that leads to it.
    pub language_name: &'static str,
    /// The switch's accessible name: go to this page in that language.
    pub switch_to: &'static str,
    pub suggest_text: &'static str,
    pub suggest_link: &'static str,
    pub suggest_dismiss: &'static str,
}

impl Invitation {
    /// Every text with its field name.
    pub fn entries(&self) -> [(&'static str, &'static str); 5] {
        [
            ("language_name", self.language_name),
            ("switch_to", self.switch_to),
            ("suggest_text", self.suggest_text),
            ("suggest_link", self.suggest_link),
            ("suggest_dismiss", self.suggest_dismiss),
        ]
    }
}

pub const INVITATION_FR: Invitation = Invitation {
    language_name: "Français",
    switch_to: "Voir cette page en français",
    suggest_text: "Ce site existe aussi en français.",
    suggest_link: "Lire cette page en français",
    suggest_dismiss: "Fermer la suggestion",
};

pub const INVITATION_EN: Invitation = Invitation {
    language_name: "English",
    switch_to: "See this page in English",
    suggest_text: "This site is also available in English.",
    suggest_link: "Read this page in English",
    suggest_dismiss: "Dismiss the suggestion",
};

/// French, the default.
pub const FR: Texts = Texts {
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
    filters_button: "Filtres",
    filters_button_one: "Filtres (1\u{A0}actif)",
    filters_button_other: "Filtres ({n}\u{A0}actifs)",
    filters_title: "Filtrer les engagements",
    see_results_none: "Voir le résultat : aucun engagement",
    see_results_one: "Voir l’engagement",
    see_results_other: "Voir les {n}\u{A0}engagements",
    count_all: "Les {n} engagements",
    count_none: "Aucun engagement ne correspond",
    count_some: "{n} sur {total}",
    count_page: " · page {page} sur {pages}",
    commitment_one: "engagement",
    commitment_other: "engagements",
    action_one: "action",
    action_other: "actions",
    see_data: "Voir les données",
    tools_waiting: "Ces outils (intégrer, télécharger, citer) fonctionnent dès que la page a fini de se charger…",
    loading_view: "Chargement de la vue demandée…",
    no_match: "Aucun engagement ne correspond à cette recherche et à ces filtres.",
    panic_title: "Une erreur inattendue a interrompu l’application",
    panic_text: "Rechargez la page pour reprendre. Si l’erreur revient, signalez-la en joignant le détail ci-dessous.",
    panic_reload: "Recharger la page",
    // App frame, loading, header, footer, banners
    loading_plan: "Chargement du plan d’action…",
    footer_source: "Source : Rapport d’autoévaluation à mi-parcours, juillet 2016 (Etalab, SGMAP), sous Licence Ouverte / Open Licence. Texte reproduit sans modification.",
    update_available: "Une nouvelle version de Plan ouvert est disponible.",
    update_reload: "Recharger",
    offline_title: "Hors ligne.",
    offline_text: " Vous consultez la copie enregistrée sur cet appareil (données au {date}).",
    // Load errors (data.rs, report_data.rs, load_error.rs, report_gate.rs)
    retry: "Réessayer",
    retrying: "Nouvel essai…",
    saved_available: "Une version du plan enregistrée lors d’une visite précédente est disponible sur cet appareil.",
    show_saved: "Afficher la version enregistrée du {date}",
    saved_banner: "Le fichier de données n’a pas pu être chargé : vous consultez la copie enregistrée sur cet appareil, datée du {date}. ",
    saved_retry: "Réessayer de charger la version en ligne",
    err_network_title: "Impossible de joindre le serveur",
    err_timeout_title: "Le serveur ne répond pas",
    err_http_title: "Le serveur a répondu par une erreur HTTP {code}",
    err_too_large_title: "Le fichier de données est trop volumineux",
    err_invalid_title: "Le fichier de données est invalide",
    err_network_detail: "Vérifiez votre connexion à Internet, puis réessayez.",
    err_timeout_detail: "Aucune réponse après {seconds} secondes. Le serveur est peut-être surchargé : réessayez dans un instant.",
    err_404_detail: "Le fichier data/plan.json est introuvable à cette adresse. Si vous hébergez l’application, vérifiez qu’il a bien été publié avec elle.",
    err_5xx_detail: "Le serveur rencontre un problème. Réessayez dans un instant.",
    err_http_detail: "Le fichier de données n’a pas pu être obtenu.",
    err_too_large_size: "Il pèse {size} Mo, au-delà de la limite de {max} Mo",
    err_too_large_unknown: "Il dépasse la limite de {max} Mo (sa lecture a été arrêtée là)",
    err_too_large_detail: "{what} : ce n’est pas un instantané du plan. Si vous hébergez l’application, republiez le fichier data/plan.json d’origine.",
    err_invalid_detail: "{message} Si vous hébergez l’application, régénérez le fichier avec l’extracteur du projet.",
    report_err_fetch: "Le texte du rapport n’a pas pu être chargé : {reason}",
    report_err_http: "Le texte du rapport n’a pas pu être chargé (erreur HTTP {code})",
    report_err_too_large_title: "Le fichier du rapport est trop volumineux",
    report_err_invalid_title: "Le fichier du rapport est invalide",
    report_err_404_detail: "Le fichier data/report.json est introuvable à cette adresse. Si vous hébergez l’application, vérifiez qu’il a bien été publié avec elle.",
    report_err_too_large_detail: "Il dépasse la limite de {max} Mo : ce n’est pas le texte du rapport. Si vous hébergez l’application, republiez le fichier data/report.json d’origine.",
    report_loading: "Chargement du texte du rapport…",
    // Explorer: active filters, facets, results, pagination, URL notice
    chip_search: "Recherche : « {q} »",
    chip_search_remove: "Retirer la recherche « {q} »",
    chip_filter: "{facet} : {value}",
    chip_filter_remove: "Retirer le filtre {filter}",
    active_filters: "Filtres actifs",
    clear_all: "Tout effacer",
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
    commitment_link_label: "Engagement {n} : {title}",
    calendar_badge: "Calendrier {label}",
    facet_axis: "Axe",
    facet_objective: "Objectif",
    facet_status: "Statut de l’engagement",
    facet_calendar: "Calendrier",
    facet_institution: "Institution",
    facet_action_status: "Statut des actions",
    facet_story: "Belle histoire",
    story_on: "Avec une belle histoire",
    axis_line: "Axe {n} · {title}",
    commitment_n: "Engagement {n}",
    commitment_ref: "Engagement {n} : {title}",
    field_title: "Titre",
    field_stakes: "Enjeux",
    field_description: "Description",
    field_action: "Action {id}",
    field_results: "Résultats {id}",
    field_next_steps: "Prochaines étapes {id}",
    field_status: "Statut {id}",
    field_results_notes: "Note sur les résultats",
    field_press: "Presse",
    found_in: "Trouvé dans : ",
    found_more_one: " et {n} autre",
    found_more_other: " et {n} autres",
    snippet_sep: " : ",
    page_prev: "Précédente",
    page_next: "Suivante",
    page_of: "Page {n} sur {count}",
    page_link_label: "{text}, page {n} sur {count}",
    pages_label: "Pages des résultats",
    empty_widen: "Pour élargir :",
    empty_clear_search: "Effacer la recherche « {q} »",
    empty_remove: "Retirer « {filter} »",
    empty_clear_all: "Tout effacer et voir les {total} engagements",
    url_notice: "Une partie de l’adresse n’a pas pu être utilisée et a été ignorée :",
    url_notice_more: "… et {n} autres",
    url_notice_sep: " : ",
    report_hits_note: "{sections} du rapport. Les filtres ne s’appliquent qu’aux engagements.",
    section_one: "section",
    section_other: "sections",
    report_hits_searching: "Recherche dans le texte du rapport…",
    report_hits_title: "Dans les autres chapitres du rapport",
    // Charts
    chart_legend: "Légende",
    chart_filter: "{name}. Filtrer la liste",
    chart_data_label: "Données : {caption}",
    chart_alone_title: "Plan ouvert : {title}",
    // Sharing: embed dialog, copy field, tools
    embed: "Intégrer",
    embed_chart: "Intégrer le graphique « {title} »",
    embed_intro_commitment: "Collez le code ci-dessous dans votre page. Les lecteurs voient cet engagement tel qu’il est ici, avec un lien vers Plan ouvert.",
    embed_intro_view: "Collez le code ci-dessous dans votre page. Les lecteurs voient la vue telle qu’elle est ici, filtres compris, avec un lien vers Plan ouvert.",
    embed_frame_all: "les engagements du plan",
    embed_frame_view: "engagements ({parts})",
    embed_frame_title: "Plan ouvert : {what}",
    close: "Fermer",
    embed_pin: "Épingler les données du {date} : l’intégration signalera toute mise à jour des données",
    embed_height: "Hauteur de départ : {height} px, celle de cette vue dans une colonne de {width} px ; le script ci-dessous l’ajuste à toute largeur.",
    embed_theme: "Couleurs de l’intégration",
    embed_theme_light: "Claires, quel que soit le réglage du lecteur",
    embed_theme_dark: "Sombres, quel que soit le réglage du lecteur",
    embed_theme_auto: "Celles du lecteur (claires ou sombres selon son appareil)",
    embed_code: "Code d’intégration",
    embed_script: "Hauteur automatique (facultatif, une seule fois par page)",
    embed_link: "Lien simple",
    embed_preview: "Aperçu de l’intégration",
    new_tab: " (nouvel onglet)",
    copy: "Copier",
    copied: "Copié",
    copy_selected: "Texte sélectionné : appuyez sur Ctrl+C (ou Cmd+C) pour copier",
    attribution_source: "Source : ",
    attribution_open: " (ouvrir cette vue dans l’application, nouvel onglet)",
    attribution_date: " · rapport d’autoévaluation à mi-parcours, données au {date}",
    chart_download: "Télécharger le graphique « {title} » en {format}",
    view_tools_title: "Partager, télécharger, citer cette vue",
    view_tools_note: "Les fichiers contiennent exactement les engagements affichés ci-dessous, avec les filtres en cours.",
    embed_view: "Intégrer cette vue",
    download_commitments: "Engagements (CSV)",
    download_actions: "Actions (CSV)",
    download_data: "Données (JSON)",
    view_tools_help: "CSV : UTF-8, séparateur point-virgule, s’ouvre tel quel dans Excel en français. JSON : même format que le fichier complet des données.",
    cite_view: "Citer cette vue",
    commitment_tools_title: "Partager, télécharger, citer cet engagement",
    embed_commitment: "Intégrer cet engagement",
    commitment_tools_help: "CSV : UTF-8, séparateur point-virgule, s’ouvre tel quel dans Excel en français. JSON : même format que le fichier complet des données, avec cet engagement seul.",
    cite_commitment: "Citer cet engagement",
    contribute: "Contribuer / signaler une erreur",
    contribution_body: "Page concernée dans Plan ouvert : {url}\n\nCe qui est inexact ou manque :\n\n\nOù (engagement, action, paragraphe) :\n\n\nVotre source (lien ou document) :\n\n",
    // Commitment page
    breadcrumbs: "Fil d’Ariane",
    fact_status: "État d’avancement",
    status_printed_note: "Libellé tel qu’imprimé dans le rapport ; compté comme « {label} » dans les chiffres et les filtres.",
    fact_calendar: "Calendrier",
    fact_actions: "Actions",
    fact_contributions: "Contributions associées",
    carriers: "Institutions porteuses",
    stakes: "Enjeux",
    description: "Description de l’engagement",
    results: "Description des résultats",
    source_note: "Source : {title}, {publisher}. Données au {date}.",
    neighbours: "Engagements voisins",
    prev_commitment: "← Engagement {n}",
    next_commitment: "Engagement {n} →",
    action_link: "Lien vers l’action {id}",
    action_n: "Action {id}",
    actor_note: " (institution)",
    col_action: "Action",
    col_results: "Résultats",
    col_next_steps: "Prochaines étapes",
    col_status: "Statut",
    actions_caption: "Actions de l’engagement, résultats, prochaines étapes et statut",
    not_given: "Non renseigné",
    story: "Une belle histoire",
    press: "Ils en parlent",
    // Institutions
    institutions_title: "Institutions porteuses",
    institutions_lede: "Les {n} institutions qui portent un engagement du plan ou l’une de ses actions, par ordre alphabétique, avec l’état d’avancement de leurs engagements.",
    aliases: "Aussi écrit dans le rapport : ",
    role_carrier: "Porteur de l’engagement",
    role_actor: "Acteur d’une action",
    institution_lede: "{count} dans le plan d’action, dont {n} à un stade substantiel ou complet.",
    its_commitments: "Ses engagements",
    explore_these: "Explorer ces engagements avec les filtres et la recherche",
    // Report pages
    report_title: "Le rapport",
    report_lede: "Le texte intégral du rapport d’autoévaluation à mi-parcours, chapitre par chapitre, tel qu’il a été publié. Au chapitre 4, le tableau récapitulatif et le détail des engagements sont les pages des engagements de Plan ouvert.",
    report_toc: "Sommaire du rapport",
    chapters_nav: "Chapitres voisins",
    institution_link: "Voir l’institution",
    institution_link_label: "Voir l’institution : {name}",
    summary_link: "Voir le tableau récapitulatif : l’état d’avancement et le calendrier de chaque engagement",
    section_link: "Lien vers cette section : {heading}",
    table_label: "Tableau : {heading}",
    link_text_title: "Lien du rapport original (adresse non conservée)",
    // Not found
    not_found_title: "Page introuvable",
    not_found_text: "Cette adresse ne correspond à aucune page du plan d’action.",
    not_found_link: "Voir tous les engagements",
    // About
    about_title: "À propos",
    about_plan_title: "Le plan d’action et son rapport",
    about_plan: "« {title} » compte {n} engagements répartis en {axes} axes. Plan ouvert présente leur état d’avancement tel que le gouvernement l’a lui-même déclaré dans son rapport d’autoévaluation à mi-parcours.",
    about_ogp: "Le Partenariat pour un gouvernement ouvert, la place du plan dans ce partenariat, la façon dont il a été élaboré et ce qui a été appris en chemin : c’est le rapport lui-même qui l’explique, dans ses propres mots.",
    about_read_report: "Lire le rapport, chapitre par chapitre",
    about_statuses_title: "Les statuts",
    about_statuses: "Chaque engagement et chaque action reçoit un statut ; les définitions ci-dessous accompagnent le fichier de données.",
    about_irm: " Équivalent IRM : « {irm} ».",
    about_calendars: "Le calendrier indique si l’engagement suit le rythme prévu :",
    about_source_title: "La source",
    about_source: "{title}, publié par {publisher} ({published}). Les statuts sont ceux du tableau récapitulatif mis à jour le {as_of}. Licence : {license}.",
    about_sha: "Empreinte SHA-256 du rapport : {sha}",
    about_method_title: "Comment les données sont produites",
    about_method: "Un programme lit le texte du rapport et en extrait chaque engagement, chaque action, ses résultats, ses prochaines étapes et son statut. Le texte est reproduit tel qu’imprimé : seuls les restes de la mise en page (balises, coupures de page, mots répétés à une coupure, paragraphes imprimés deux fois, espaces) sont corrigés. Des tests vérifient que chaque texte se retrouve mot pour mot dans le rapport.",
    about_reuse_title: "Réutiliser les données",
    about_download: "Télécharger le plan complet (JSON)",
    about_schema: "Le format est décrit par un schéma JSON : ",
    about_report_data: "Le texte des autres parties du rapport, chapitre par chapitre : ",
    about_report_schema: " (schéma : ",
};

/// English. Not in the wasm: see [`Lang::texts`].
#[cfg(not(target_arch = "wasm32"))]
pub const EN: Texts = Texts {
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
    search_placeholder: "e.g. climat, transparence (the texts are in French)",
    search_help: "Accents and capitals are ignored; with several words, all must appear. The texts are in French.",
    search_preparing: "Preparing the search…",
    filters_button: "Filters",
    filters_button_one: "Filters (1\u{A0}active)",
    filters_button_other: "Filters ({n}\u{A0}active)",
    filters_title: "Filter the commitments",
    see_results_none: "See the result: no commitment",
    see_results_one: "See the commitment",
    see_results_other: "See the {n}\u{A0}commitments",
    count_all: "All {n} commitments",
    count_none: "No commitment matches",
    count_some: "{n} of {total}",
    count_page: " · page {page} of {pages}",
    commitment_one: "commitment",
    commitment_other: "commitments",
    action_one: "action",
    action_other: "actions",
    see_data: "Show the data",
    tools_waiting: "These tools (embed, download, cite) work as soon as the page has finished loading…",
    loading_view: "Loading the requested view…",
    no_match: "No commitment matches this search and these filters.",
    panic_title: "An unexpected error stopped the application",
    panic_text: "Reload the page to carry on. If the error comes back, please report it with the details below.",
    panic_reload: "Reload the page",
    // App frame, loading, header, footer, banners
    loading_plan: "Loading the action plan…",
    footer_source: "Source: the mid-term self-assessment report, July 2016 (Etalab, SGMAP), under the Licence Ouverte / Open Licence. The report’s text is reproduced unchanged, in French.",
    update_available: "A new version of Plan ouvert is available.",
    update_reload: "Reload",
    offline_title: "Offline.",
    offline_text: " You are reading the copy saved on this device (data as of {date}).",
    // Load errors (data.rs, report_data.rs, load_error.rs, report_gate.rs)
    retry: "Try again",
    retrying: "Trying again…",
    saved_available: "A version of the plan saved during an earlier visit is available on this device.",
    show_saved: "Show the version saved on {date}",
    saved_banner: "The data file could not be loaded: you are reading the copy saved on this device, dated {date}. ",
    saved_retry: "Try loading the online version again",
    err_network_title: "The server cannot be reached",
    err_timeout_title: "The server does not answer",
    err_http_title: "The server answered with HTTP error {code}",
    err_too_large_title: "The data file is too large",
    err_invalid_title: "The data file is invalid",
    err_network_detail: "Check your Internet connection, then try again.",
    err_timeout_detail: "No answer after {seconds} seconds. The server may be overloaded: try again in a moment.",
    err_404_detail: "The file data/plan.json is not found at this address. If you host the application, check that it was published with it.",
    err_5xx_detail: "The server has a problem. Try again in a moment.",
    err_http_detail: "The data file could not be obtained.",
    err_too_large_size: "It weighs {size} MB, over the limit of {max} MB",
    err_too_large_unknown: "It exceeds the limit of {max} MB (reading stopped there)",
    err_too_large_detail: "{what}: it is not a snapshot of the plan. If you host the application, publish the original data/plan.json again.",
    err_invalid_detail: "{message} If you host the application, regenerate the file with the project’s extractor.",
    report_err_fetch: "The report’s text could not be loaded: {reason}",
    report_err_http: "The report’s text could not be loaded (HTTP error {code})",
    report_err_too_large_title: "The report file is too large",
    report_err_invalid_title: "The report file is invalid",
    report_err_404_detail: "The file data/report.json is not found at this address. If you host the application, check that it was published with it.",
    report_err_too_large_detail: "It exceeds the limit of {max} MB: it is not the report’s text. If you host the application, publish the original data/report.json again.",
    report_loading: "Loading the report’s text…",
    // Explorer: active filters, facets, results, pagination, URL notice
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
    commitment_link_label: "Commitment {n}: {title}",
    calendar_badge: "Timeline: {label}",
    facet_axis: "Axis",
    facet_objective: "Objective",
    facet_status: "Commitment status",
    facet_calendar: "Timeline",
    facet_institution: "Institution",
    facet_action_status: "Action status",
    facet_story: "Success story",
    chip_search: "Search: “{q}”",
    chip_search_remove: "Remove the search “{q}”",
    chip_filter: "{facet}: {value}",
    chip_filter_remove: "Remove the filter {filter}",
    active_filters: "Active filters",
    clear_all: "Clear all",
    story_on: "With a success story",
    axis_line: "Axis {n} · {title}",
    commitment_n: "Commitment {n}",
    commitment_ref: "Commitment {n}: {title}",
    field_title: "Title",
    field_stakes: "Stakes",
    field_description: "Description",
    field_action: "Action {id}",
    field_results: "Results {id}",
    field_next_steps: "Next steps {id}",
    field_status: "Status {id}",
    field_results_notes: "Note on the results",
    field_press: "Press",
    found_in: "Found in: ",
    found_more_one: " and {n} other",
    found_more_other: " and {n} others",
    snippet_sep: ": ",
    page_prev: "Previous",
    page_next: "Next",
    page_of: "Page {n} of {count}",
    page_link_label: "{text}, page {n} of {count}",
    pages_label: "Result pages",
    empty_widen: "To widen it:",
    empty_clear_search: "Clear the search “{q}”",
    empty_remove: "Remove “{filter}”",
    empty_clear_all: "Clear everything and see all {total} commitments",
    url_notice: "Part of the address could not be used and was ignored:",
    url_notice_more: "… and {n} more",
    url_notice_sep: ": ",
    report_hits_note: "{sections} of the report. The filters apply to commitments only.",
    section_one: "section",
    section_other: "sections",
    report_hits_searching: "Searching the report’s text…",
    report_hits_title: "In the report’s other chapters",
    // Charts
    chart_legend: "Legend",
    chart_filter: "{name}. Filter the list",
    chart_data_label: "Data: {caption}",
    chart_alone_title: "Plan ouvert: {title}",
    // Sharing: embed dialog, copy field, tools
    embed: "Embed",
    embed_chart: "Embed the chart “{title}”",
    embed_intro_commitment: "Paste the code below into your page. Readers see this commitment as it is here, with a link to Plan ouvert.",
    embed_intro_view: "Paste the code below into your page. Readers see the view as it is here, filters included, with a link to Plan ouvert.",
    embed_frame_all: "the plan’s commitments",
    embed_frame_view: "commitments ({parts})",
    embed_frame_title: "Plan ouvert: {what}",
    close: "Close",
    embed_pin: "Pin the data of {date}: the embed will point out any update of the data",
    embed_height: "Starting height: {height} px, this view’s height in a {width} px column; the script below adjusts it to any width.",
    embed_theme: "Colours of the embed",
    embed_theme_light: "Light, whatever the reader’s setting",
    embed_theme_dark: "Dark, whatever the reader’s setting",
    embed_theme_auto: "The reader’s (light or dark as set on their device)",
    embed_code: "Embed code",
    embed_script: "Automatic height (optional, once per page)",
    embed_link: "Plain link",
    embed_preview: "Preview of the embed",
    new_tab: " (new tab)",
    copy: "Copy",
    copied: "Copied",
    copy_selected: "Text selected: press Ctrl+C (or Cmd+C) to copy",
    attribution_source: "Source: ",
    attribution_open: " (open this view in the application, new tab)",
    attribution_date: " · mid-term self-assessment report, data as of {date}",
    chart_download: "Download the chart “{title}” as {format}",
    view_tools_title: "Share, download, cite this view",
    view_tools_note: "The files hold exactly the commitments shown below, with the current filters.",
    embed_view: "Embed this view",
    download_commitments: "Commitments (CSV)",
    download_actions: "Actions (CSV)",
    download_data: "Data (JSON)",
    view_tools_help: "CSV: UTF-8, semicolon separator, opens as is in a French Excel. JSON: the same format as the full data file.",
    cite_view: "Cite this view",
    commitment_tools_title: "Share, download, cite this commitment",
    embed_commitment: "Embed this commitment",
    commitment_tools_help: "CSV: UTF-8, semicolon separator, opens as is in a French Excel. JSON: the same format as the full data file, with this commitment alone.",
    cite_commitment: "Cite this commitment",
    contribute: "Contribute / report an error",
    contribution_body: "Page in question on Plan ouvert: {url}\n\nWhat is wrong or missing:\n\n\nWhere (commitment, action, paragraph):\n\n\nYour source (link or document):\n\n",
    // Commitment page
    breadcrumbs: "Breadcrumbs",
    fact_status: "Progress",
    status_printed_note: "The report’s label, as printed; counted as “{label}” in the figures and filters.",
    fact_calendar: "Timeline",
    fact_actions: "Actions",
    fact_contributions: "Related contributions",
    carriers: "Lead institutions",
    stakes: "Stakes",
    description: "Description of the commitment",
    results: "Description of the results",
    source_note: "Source: {title}, {publisher}. Data as of {date}.",
    neighbours: "Neighbouring commitments",
    prev_commitment: "← Commitment {n}",
    next_commitment: "Commitment {n} →",
    action_link: "Link to action {id}",
    action_n: "Action {id}",
    actor_note: " (institution)",
    col_action: "Action",
    col_results: "Results",
    col_next_steps: "Next steps",
    col_status: "Status",
    actions_caption: "The commitment’s actions, results, next steps and status",
    not_given: "Not given",
    story: "A success story",
    press: "In the press",
    // Institutions
    institutions_title: "Lead institutions",
    institutions_lede: "The {n} institutions that carry a commitment of the plan or one of its actions, in alphabetical order, with the progress of their commitments.",
    aliases: "Also written in the report: ",
    role_carrier: "Carries the commitment",
    role_actor: "Carries an action",
    institution_lede: "{count} in the action plan, {n} of them substantial or complete.",
    its_commitments: "Its commitments",
    explore_these: "Explore these commitments with the filters and the search",
    // Report pages
    report_title: "The report",
    report_lede: "The full text of the mid-term self-assessment report, chapter by chapter, as it was published (in French). In chapter 4, the summary table and the details of the commitments are Plan ouvert’s commitment pages.",
    report_toc: "Contents of the report",
    chapters_nav: "Neighbouring chapters",
    institution_link: "See the institution",
    institution_link_label: "See the institution: {name}",
    summary_link: "See the summary table: the progress and timeline of each commitment",
    section_link: "Link to this section: {heading}",
    table_label: "Table: {heading}",
    link_text_title: "Link of the original report (address not kept)",
    // Not found
    not_found_title: "Page not found",
    not_found_text: "This address matches no page of the action plan.",
    not_found_link: "See all the commitments",
    // About
    about_title: "About",
    about_plan_title: "The action plan and its report",
    about_plan: "“{title}” has {n} commitments in {axes} axes. Plan ouvert shows their progress as the government itself declared it in its mid-term self-assessment report.",
    about_ogp: "The Open Government Partnership, the plan’s place in it, how it was drawn up and what was learnt on the way: the report itself explains it, in its own words (in French).",
    about_read_report: "Read the report, chapter by chapter",
    about_statuses_title: "The statuses",
    about_statuses: "Each commitment and each action has a status; the definitions below come with the data file.",
    about_irm: " IRM equivalent: “{irm}”.",
    about_calendars: "The timeline says whether the commitment keeps to the planned pace:",
    about_source_title: "The source",
    about_source: "{title}, published by {publisher} ({published}). The statuses are those of the summary table updated on {as_of}. Licence: {license}.",
    about_sha: "SHA-256 fingerprint of the report: {sha}",
    about_method_title: "How the data is produced",
    about_method: "A program reads the report’s text and extracts each commitment, each action, its results, its next steps and its status. The text is reproduced as printed, in French: only the leftovers of the layout (tags, page breaks, words repeated at a break, paragraphs printed twice, spaces) are corrected. Tests check that every text is found word for word in the report.",
    about_reuse_title: "Reuse the data",
    about_download: "Download the full plan (JSON)",
    about_schema: "The format is described by a JSON schema: ",
    about_report_data: "The text of the report’s other parts, chapter by chapter: ",
    about_report_schema: " (schema: ",
};

/// "1 engagement", "3 engagements"; "1 commitment", "1,234 commitments".
/// French takes the singular for 0 and 1, English for 1 only.
pub fn count_commitments(n: usize, lang: Lang) -> String {
    let t = lang.texts();
    count_noun(n, t.commitment_one, t.commitment_other, lang)
}

/// Whether `n` takes the singular: French for 0 and 1, English for 1 only.
pub fn is_singular(n: usize, lang: Lang) -> bool {
    match lang {
        Lang::Fr => n <= 1,
        Lang::En => n == 1,
    }
}

/// `n` and its noun, `one` or `other` as the language counts
/// ([`is_singular`]): "2\u{A0}sections". In French, the same text as
/// [`crate::format::count_label`].
pub fn count_noun(n: usize, one: &str, other: &str, lang: Lang) -> String {
    let noun = if is_singular(n, lang) { one } else { other };
    format!("{}\u{A0}{noun}", format_number(n as i64, lang))
}

/// One of three texts for a count: `none` for 0, `one` for 1, else `other`
/// with `{n}` (in both languages: 0 has its own text, so the French rule
/// that 0 takes the singular never comes into play).
fn by_count(n: usize, [none, one, other]: [&str; 3], lang: Lang) -> String {
    match n {
        0 => none.to_owned(),
        1 => one.to_owned(),
        _ => fill(other, &[("n", &format_number(n as i64, lang))]),
    }
}

/// The phone's filter button with `active` filters on: "Filtres",
/// "Filtres (1\u{A0}actif)", "Filtres (3 actifs)".
pub fn filters_button(active: usize, lang: Lang) -> String {
    let t = lang.texts();
    by_count(
        active,
        [
            t.filters_button,
            t.filters_button_one,
            t.filters_button_other,
        ],
        lang,
    )
}

/// The link to `shown` results: "Voir les 3 engagements".
pub fn see_results(shown: usize, lang: Lang) -> String {
    let t = lang.texts();
    by_count(
        shown,
        [t.see_results_none, t.see_results_one, t.see_results_other],
        lang,
    )
}

#[cfg(test)]
mod tests;
