use super::*;
use crate::paging::{results_label, results_label_fr};

#[test]
fn both_dictionaries_have_every_text_non_empty_with_the_same_placeholders() {
    let (fr, en) = (FR.entries(), EN.entries());
    assert_eq!(fr.len(), en.len());
    for ((key, f), (key_en, e)) in fr.iter().zip(&en) {
        assert_eq!(key, key_en);
        assert!(!f.trim().is_empty(), "{key}: empty in French");
        assert!(!e.trim().is_empty(), "{key}: empty in English");
        let mut pf = placeholders(f);
        let mut pe = placeholders(e);
        pf.sort_unstable();
        pe.sort_unstable();
        assert_eq!(pf, pe, "{key}: placeholders differ ({f:?} / {e:?})");
    }
}

#[test]
fn english_texts_are_not_left_in_french() {
    // Texts that are the same word in both languages are listed here, with why.
    let same = [
        "nav_institutions",
        "action_one",
        "action_other",
        // Words English shares with French.
        "facet_institution",
        "field_description",
        "field_action",
        "section_one",
        "section_other",
        "download_actions",
        "fact_actions",
        "action_n",
        "actor_note",
        "col_action",
    ];
    for ((key, f), (_, e)) in FR.entries().iter().zip(EN.entries().iter()) {
        if !same.contains(key) {
            assert_ne!(f, e, "{key}: the English text is the French one");
        }
    }
}

#[test]
fn placeholders_are_found_and_filled() {
    assert_eq!(placeholders("{n} sur {total}, {n}"), vec!["n", "total"]);
    assert_eq!(placeholders("no {} {Upper} { x}"), Vec::<&str>::new());
    assert_eq!(
        fill("{n} of {total}", &[("n", "3"), ("total", "26")]),
        "3 of 26"
    );
}

#[test]
fn numbers_percentages_and_dates_in_each_language() {
    assert_eq!(format_number(1234, Lang::En), "1,234");
    assert_eq!(format_number(1234, Lang::Fr), "1\u{202F}234");
    assert_eq!(format_number(-1234567, Lang::En), "-1,234,567");
    assert_eq!(format_percent(0.62, Lang::En), "62%");
    assert_eq!(format_percent(0.62, Lang::Fr), "62\u{202F}%");
    assert_eq!(format_date("2016-06-03", Lang::En), "3 June 2016");
    assert_eq!(format_date("2016-06-03", Lang::Fr), "3 juin 2016");
    assert_eq!(format_date("2016-07", Lang::En), "July 2016");
    assert_eq!(format_date("2016-13-01", Lang::En), "2016-13-01");
    assert_eq!(format_date("soon", Lang::En), "soon");
}

#[test]
fn the_count_line_in_french_is_the_one_the_app_shows() {
    for total in [0, 1, 26, 300, 5000] {
        for shown in [0, 1, 2, total / 2, total] {
            for page in [1, 2, 7] {
                assert_eq!(
                    results_label(shown, total, page, Lang::Fr),
                    results_label_fr(shown, total, page),
                    "{shown} of {total}, page {page}"
                );
            }
        }
    }
    assert_eq!(results_label(26, 26, 1, Lang::En), "All 26 commitments");
    assert_eq!(results_label(1, 26, 1, Lang::En), "1\u{A0}commitment of 26");
    assert_eq!(results_label(0, 26, 1, Lang::En), "No commitment matches");
    assert_eq!(
        results_label(120, 300, 2, Lang::En),
        "120\u{A0}commitments of 300 · page 2 of 3"
    );
}

#[test]
fn the_language_of_a_path() {
    assert_eq!(Lang::of_path("/"), (Lang::Fr, "/".to_owned()));
    assert_eq!(
        Lang::of_path("/engagements/3/"),
        (Lang::Fr, "/engagements/3/".to_owned())
    );
    assert_eq!(Lang::of_path("/en/"), (Lang::En, "/".to_owned()));
    assert_eq!(Lang::of_path("en"), (Lang::En, "/".to_owned()));
    assert_eq!(
        Lang::of_path("/en/engagements/3/"),
        (Lang::En, "/engagements/3/".to_owned())
    );
    // Only the folder `en`, not a path that starts with the letters.
    assert_eq!(
        Lang::of_path("/engagements/"),
        (Lang::Fr, "/engagements/".to_owned())
    );
    assert_eq!(Lang::Fr.prefix(), "");
    assert_eq!(Lang::En.prefix(), "en/");
    assert_eq!(Lang::En.other(), Lang::Fr);
}

#[test]
fn counted_nouns_follow_each_language() {
    for n in [0, 1, 2, 1234] {
        assert_eq!(
            count_noun(n, "section", "sections", Lang::Fr),
            crate::format::count_label(n, "section", "sections")
        );
    }
    assert_eq!(
        count_noun(0, "section", "sections", Lang::En),
        "0\u{A0}sections"
    );
    assert_eq!(
        count_noun(1, "section", "sections", Lang::En),
        "1\u{A0}section"
    );
    assert_eq!(count_noun(1234, "a", "b", Lang::En), "1,234\u{A0}b");
}

#[test]
fn the_calendar_badge_template_gives_the_french_badge() {
    use crate::lookup::calendar_badge_fr;
    use crate::CalendarCode;
    for (code, label) in [
        (CalendarCode::OnTrack, "conforme"),
        (CalendarCode::Delayed, "retardé"),
    ] {
        assert_eq!(
            fill(FR.calendar_badge, &[("label", label)]),
            calendar_badge_fr(code)
        );
    }
}

#[test]
fn the_facet_names_are_url_states_in_both_languages() {
    use crate::url_state::Facet;
    for lang in Lang::ALL {
        let t = lang.texts();
        let names = [
            (Facet::Axis, t.facet_axis),
            (Facet::Objective, t.facet_objective),
            (Facet::Status, t.facet_status),
            (Facet::Calendar, t.facet_calendar),
            (Facet::Institution, t.facet_institution),
            (Facet::ActionStatus, t.facet_action_status),
            (Facet::Story, t.facet_story),
        ];
        for (facet, text) in names {
            assert_eq!(facet.label(lang), text, "{facet:?} in {lang:?}");
        }
    }
}

#[test]
fn the_suggestion_follows_the_first_of_the_two_languages_in_the_browser() {
    assert!(prefers(&["en-GB", "fr"], Lang::En));
    assert!(prefers(&["de", "EN", "fr"], Lang::En));
    assert!(!prefers(&["fr-FR", "en"], Lang::En));
    assert!(!prefers(&["de"], Lang::En));
    assert!(!prefers::<&str>(&[], Lang::En));
    assert!(prefers(&["fr-CA", "en"], Lang::Fr));
    assert!(!prefers(&["english"], Lang::En));
}

#[test]
fn the_english_dictionary_travels_as_its_values_and_comes_back_whole() {
    let values = EN.values();
    assert_eq!(values.len(), EN.entries().len());
    assert_eq!(Texts::from_values(&values), Some(EN));
    // One text short, or one too many: refused.
    assert_eq!(Texts::from_values(&values[1..]), None);
    let mut more = values.clone();
    more.push("extra");
    assert_eq!(Texts::from_values(&more), None);
}

#[test]
fn the_invitations_are_whole_and_each_in_its_own_language() {
    let (fr, en) = (Lang::Fr.invitation(), Lang::En.invitation());
    for ((key, f), (_, e)) in fr.entries().into_iter().zip(en.entries()) {
        assert!(!f.trim().is_empty() && !e.trim().is_empty(), "{key}");
        assert_ne!(f, e, "{key}");
    }
}

#[test]
fn the_filter_button_and_the_link_to_the_results_count_in_each_language() {
    assert_eq!(filters_button(0, Lang::Fr), "Filtres");
    assert_eq!(filters_button(1, Lang::Fr), "Filtres (1\u{A0}actif)");
    assert_eq!(filters_button(3, Lang::Fr), "Filtres (3\u{A0}actifs)");
    assert_eq!(filters_button(3, Lang::En), "Filters (3\u{A0}active)");
    assert_eq!(
        see_results(0, Lang::Fr),
        "Voir le résultat : aucun engagement"
    );
    assert_eq!(see_results(1, Lang::Fr), "Voir l’engagement");
    assert_eq!(see_results(3, Lang::Fr), "Voir les 3\u{A0}engagements");
    assert_eq!(
        see_results(1234, Lang::Fr),
        "Voir les 1\u{202F}234\u{A0}engagements"
    );
    assert_eq!(see_results(0, Lang::En), "See the result: no commitment");
    assert_eq!(see_results(1, Lang::En), "See the commitment");
    assert_eq!(
        see_results(1234, Lang::En),
        "See the 1,234\u{A0}commitments"
    );
}
