//! The English of every text generator (issue 14), on the fixture. The
//! modules' own tests pin the French; here each `*_in(…, Lang::Fr)` is also
//! checked against the French-only function it backs.

use serde_json::Value;

use crate::charts::{self, ChartSegment};
use crate::embed::{self, Pin};
use crate::export::{self, Download};
use crate::filter;
use crate::fixture;
use crate::i18n::Lang;
use crate::load::{load_snapshot, LoadError};
use crate::lookup;
use crate::model::{CalendarCode, Snapshot, StatusCode};
use crate::paging;
use crate::report::{self, load_report, ReportLoadError};
use crate::search::{Field, SearchIndex};
use crate::stats::Stats;
use crate::url_state::{parse_query, parse_query_with_embed, Facet, ViewState};

/// The no-break spaces as plain ones, so expected strings stay readable.
fn plain(s: &str) -> String {
    s.replace(['\u{202F}', '\u{A0}'], " ")
}

fn whole() -> (Snapshot, Stats) {
    let s = fixture::snapshot();
    let st = Stats::compute(&s, &s.commitments);
    (s, st)
}

/// Words that only French sentences of this crate use.
const FRENCH_MARKS: [&str; 10] = [
    "valeur",
    "attendue",
    " ou ",
    "paramètre",
    " est ",
    "inconnu",
    "données",
    " du ",
    "Le ",
    "Sur ",
];

fn assert_not_french(text: &str) {
    for w in FRENCH_MARKS {
        assert!(!text.contains(w), "{w:?} in English text {text:?}");
    }
    assert!(
        !text.contains('«') && !text.contains(" :") && !text.contains('\u{202F}'),
        "French typography in {text:?}"
    );
}

#[test]
fn url_notices_speak_both_languages() {
    let query = "q=a&q=b&statut=nope&calendrier=late&histoire=2&page=x&embed=2\
                 &chart=pie&theme=blue&snapshot=zz&foo=1&objectif=%zz&institution=%FF";
    let (_, _, ignored) = parse_query_with_embed(query);
    assert!(ignored.len() >= 12, "{ignored:?}");
    for i in &ignored {
        assert_eq!(i.reason(Lang::Fr), i.reason_fr);
        let en = i.reason(Lang::En);
        assert!(!en.is_empty(), "{i:?}");
        assert_not_french(en);
    }
    let en: Vec<(&str, &str)> = ignored
        .iter()
        .map(|i| (i.param.as_str(), i.reason(Lang::En)))
        .collect();
    assert!(en.contains(&("q", "repeated parameter: only the first search is kept")));
    assert!(en.contains(&(
        "statut",
        "unknown status “nope”; possible statuses: not_started, partial, substantial, complete, unknown"
    )));
    assert!(en.contains(&("foo", "unknown parameter")));
    assert!(en.contains(&("theme", "expected value: auto, light or dark")));
    assert!(en.contains(&(
        "objectif",
        "invalid encoding: “%” must be followed by two hexadecimal digits (“%zz”)"
    )));
    assert!(en.contains(&(
        "institution",
        "invalid encoding: the decoded bytes are not UTF-8 text"
    )));

    // A chart without embed, and ids the snapshot does not know.
    let (_, _, ignored) = parse_query_with_embed("chart=axes");
    assert_eq!(
        ignored[0].reason(Lang::En),
        "a chart alone is only shown with embed=1"
    );
    let s = fixture::snapshot();
    let (mut view, _) = parse_query("axe=axe-9");
    let dropped = view.sanitize(&s);
    assert_eq!(
        dropped[0].reason(Lang::En),
        "“axe-9” does not exist in the data"
    );
}

#[test]
fn page_notices_and_labels() {
    let i = paging::out_of_range(5, 120).unwrap();
    assert_eq!(
        i.reason(Lang::En),
        "there are only 3 pages of results: the last is shown"
    );
    let i = paging::out_of_range(2, 3).unwrap();
    assert_eq!(
        i.reason(Lang::En),
        "there is only one page of results: the first is shown"
    );
    let items: Vec<u32> = (0..120).collect();
    let p = paging::page(&items, 2);
    assert_eq!(p.label(Lang::En), "Page 2 of 3");
    assert_eq!(p.label(Lang::Fr), p.label_fr());
    assert_eq!(
        paging::results_count(0, 26, Lang::En),
        "No commitment matches"
    );
    assert_eq!(
        paging::results_count(26, 26, Lang::En),
        "All 26 commitments"
    );
    assert_eq!(
        plain(&paging::results_count(1, 1234, Lang::En)),
        "1 commitment of 1,234"
    );
    for (shown, total) in [(0, 26), (26, 26), (10, 26)] {
        assert_eq!(
            paging::results_count(shown, total, Lang::Fr),
            paging::results_count_fr(shown, total)
        );
    }
}

#[test]
fn facet_headings_and_options() {
    let en: Vec<&str> = Facet::ALL.iter().map(|f| f.label(Lang::En)).collect();
    assert_eq!(
        en,
        [
            "Axis",
            "Objective",
            "Commitment status",
            "Timeline",
            "Institution",
            "Action status",
            "Success story"
        ]
    );
    for f in Facet::ALL {
        assert_eq!(f.label(Lang::Fr), f.label_fr());
    }
    let s = fixture::snapshot();
    let index = SearchIndex::new(&s);
    let view = ViewState::default();
    let fr = filter::facet_counts(&s, &index, &view);
    // The counts' French labels, in English through `option_label`.
    let label_in = |lang: Lang, f: Facet| -> Vec<String> {
        fr.iter()
            .find(|c| c.facet == f)
            .unwrap()
            .options
            .iter()
            .map(|o| filter::option_label(&s, f, &o.value, &o.label, lang))
            .collect()
    };
    let labels = |f: Facet| label_in(Lang::En, f);
    for f in Facet::ALL {
        let french: Vec<String> = fr
            .iter()
            .find(|c| c.facet == f)
            .unwrap()
            .options
            .iter()
            .map(|o| o.label.clone())
            .collect();
        assert_eq!(label_in(Lang::Fr, f), french);
    }
    assert_eq!(labels(Facet::Calendar), ["on track", "delayed"]);
    assert_eq!(labels(Facet::Story), ["With a success story"]);
    assert_eq!(labels(Facet::Status)[0], "not started");
    // Snapshot text stays French.
    assert_eq!(labels(Facet::Axis), {
        let a: Vec<String> = s.axes.iter().map(|a| a.title.clone()).collect();
        a
    });
}

#[test]
fn vocabulary_labels_follow_the_language() {
    let s = fixture::snapshot();
    assert_eq!(
        lookup::status_label_in(&s, StatusCode::NotStarted, Lang::En),
        "not started"
    );
    assert_eq!(
        lookup::status_label_in(&s, StatusCode::NotStarted, Lang::Fr),
        lookup::status_label(&s, StatusCode::NotStarted)
    );
    assert_eq!(
        lookup::calendar_label_in(&s, CalendarCode::OnTrack, Lang::En),
        "on track"
    );
    assert_eq!(
        lookup::calendar_badge(&s, CalendarCode::Delayed, Lang::En),
        "Timeline: delayed"
    );
    for c in CalendarCode::ALL {
        assert_eq!(
            lookup::calendar_badge(&s, c, Lang::Fr),
            lookup::calendar_badge_fr(c)
        );
    }
}

#[test]
fn charts_in_english() {
    let (s, st) = whole();
    let c = charts::status_chart_in(&s, &st, Lang::En);
    assert_eq!((c.id, c.lang), ("statuts", Lang::En));
    assert_eq!(c.title, "Commitments by status");
    assert_eq!(
        plain(&c.summary),
        "Commitments by status. Of 4 commitments: not started 0 (0%), partial 1 (25%), \
         substantial 1 (25%), complete 1 (25%), unknown 1 (25%)."
    );
    assert_eq!(c.table.headers, ["Status", "Commitments", "Share"]);
    assert_eq!(c.table.rows[1].join("|"), "partial|1|25%");
    assert_eq!(
        plain(&c.rows[1].segments[0].name),
        "partial: 1 commitment (25%)"
    );
    assert_eq!(
        c.rows[1].segments[0].value_text_in(true, Lang::En),
        "1 (25%)"
    );
    assert_not_french(&c.summary);

    let cal = charts::calendar_chart_in(&s, &st, Lang::En);
    assert_eq!(cal.table.headers[0], "Timeline");
    assert_eq!(cal.legend[0].label, "on track");
    assert_not_french(&cal.summary);

    let ax = charts::axis_chart_in(&s, &st, Lang::En);
    assert_eq!(ax.title, "Actions by status, for each axis");
    assert_eq!(ax.table.headers.first().unwrap(), "Axis");
    assert_eq!(ax.table.headers.last().unwrap(), "Total");
    assert!(
        ax.rows[0].label.starts_with("Axis 1 · "),
        "{}",
        ax.rows[0].label
    );
    assert!(ax.rows[0].segments[0].name.starts_with("Axis 1, "));
    assert!(ax
        .summary
        .starts_with("Actions by status, for each axis. Axis 1 · "));
    let none = Stats::compute(&s, []);
    assert!(charts::axis_chart_in(&s, &none, Lang::En)
        .summary
        .ends_with(". No actions."));
}

#[test]
fn units_and_value_texts() {
    let en = charts::commitments_unit(Lang::En);
    assert_eq!(plain(&en.count(0)), "0 commitments");
    assert_eq!(plain(&en.count(1)), "1 commitment");
    assert_eq!(plain(&en.count(1234)), "1,234 commitments");
    assert_eq!(plain(&charts::actions_unit(Lang::En).count(2)), "2 actions");
    assert_eq!(charts::commitments_unit(Lang::Fr), charts::COMMITMENTS);
    let seg = ChartSegment {
        key: "st-partial".into(),
        label: "Partial".into(),
        value: 1600,
        percent: 62,
        x: 0.0,
        width: 30.0,
        label_inside: true,
        name: String::new(),
        filter: Vec::new(),
    };
    assert_eq!(seg.value_text_in(true, Lang::En), "1,600 (62%)");
    assert_eq!(seg.value_text_in(false, Lang::En), "1,600");
}

#[test]
fn headline_figures_in_english() {
    let (_, st) = whole();
    let figures: Vec<(&str, String, String)> = charts::headline_figures_in(&st, Lang::En)
        .into_iter()
        .map(|f| (f.id, f.value, f.label))
        .collect();
    assert_eq!(
        figures,
        [
            ("engagements", "4".into(), "commitments".into()),
            (
                "avances",
                "50%".into(),
                "at a substantial or complete stage (2 of 4)".into()
            ),
            (
                "retard",
                "2".into(),
                "commitments behind their timeline".into()
            ),
            (
                "actions",
                "6".into(),
                "actions, including 2 complete".into()
            ),
        ]
    );
}

#[test]
fn embed_texts_in_english() {
    let s = fixture::snapshot();
    assert_eq!(
        embed::attribution_in(&s.source, Lang::En),
        "Source: Plan ouvert · mid-term self-assessment report, data as of 30 June 2016"
    );
    let old = Pin::parse("2015-01-02").unwrap();
    assert_eq!(
        embed::pin_notice_in(Some(&old), &s.source, Lang::En).unwrap(),
        "This embed expects the data of 2 January 2015; the current data are as of 30 June 2016. \
         The figures below are the current data."
    );
    let hash = Pin::parse("ffffffff").unwrap();
    let notice = embed::pin_notice_in(Some(&hash), &s.source, Lang::En).unwrap();
    assert!(notice.contains("(fingerprint ffffffff)"), "{notice}");
    let same = Pin::parse(&s.source.as_of).unwrap();
    assert_eq!(embed::pin_notice_in(Some(&same), &s.source, Lang::En), None);

    let whole = ViewState::default();
    let cite = embed::citation_in(&s, &whole, 4, "https://x.test/en/", Lang::En);
    assert!(
        cite.starts_with(
            &format!(
            "Plan ouvert, “{}”: the plan’s 4 commitments. Source: {}, {}, published July 2016, \
             data as of 30 June 2016. https://x.test/en/",
            s.plan.title, s.source.publisher, s.source.title
        )
            .replace("4 commitments", "4\u{A0}commitments")
        ),
        "{cite}"
    );
    let (view, _) = parse_query("q=eau&statut=partial,complete&histoire=1");
    let d = embed::describe_view_in(&s, &view, Lang::En);
    assert_eq!(
        d,
        [
            "search: “eau”",
            "status: partial, complete",
            "with a success story"
        ]
    );
    let cite = embed::citation_in(&s, &view, 2, "u", Lang::En);
    assert!(
        plain(&cite).contains(
            ": 2 commitments of 4 (search: “eau”; status: partial, complete; with a success story)."
        ),
        "{cite}"
    );
    let c = &s.commitments[1];
    let one = embed::commitment_citation_in(&s, c, "u", Lang::En);
    assert!(
        one.contains(&format!(
            ": commitment {}, “{}” (status: {}). Source: ",
            c.number,
            c.title,
            lookup::status_label_in(&s, c.status, Lang::En)
        )),
        "{one}"
    );
}

#[test]
fn exports_in_english() {
    let s = fixture::snapshot();
    let all: Vec<usize> = (0..s.commitments.len()).collect();
    let csv = export::commitments_csv_in(&s, &all, "https://x.test", Lang::En);
    let mut lines = csv.split("\r\n");
    assert_eq!(
        lines.next().unwrap(),
        "\u{FEFF}Number;Identifier;Title;Axis;Objective;Status;Status as printed;Timeline;\
         Institutions;Number of actions;Success stories;Contributions;Link"
    );
    let c = &s.commitments[0];
    let row = lines.next().unwrap();
    assert!(row.starts_with(&format!("{};{};", c.number, c.id)), "{row}");
    assert!(row.contains(";Axis 1 · "), "{row}");
    assert!(
        row.ends_with(&format!(";https://x.test/en/engagements/{}/", c.number)),
        "{row}"
    );
    // The status as printed is the report's, verbatim.
    assert!(row.contains(&format!(
        ";{};{};",
        lookup::status_label_in(&s, c.status, Lang::En),
        c.status_label
    )));

    let actions = export::actions_csv_in(&s, &all, Lang::En);
    assert!(actions.starts_with(
        "\u{FEFF}Commitment;Commitment title;Action;Text;Results;Next steps;Status;\
         Status as printed;Actor\r\n"
    ));

    assert_eq!(
        export::file_name_in(&s, Download::Commitments, "csv", Lang::En),
        "plan-ouvert-commitments-2016-06-30.csv"
    );
    let slugs = |lang| {
        [
            Download::Commitments,
            Download::Actions,
            Download::Commitment(3),
            Download::CommitmentActions(3),
            Download::Chart("statuts"),
        ]
        .map(|d| d.slug(lang))
    };
    assert_eq!(
        slugs(Lang::En),
        [
            "commitments",
            "actions",
            "commitment-3",
            "commitment-3-actions",
            "chart-statuts"
        ]
    );
    assert_eq!(
        slugs(Lang::Fr),
        [
            "engagements",
            "actions",
            "engagement-3",
            "engagement-3-actions",
            "graphique-statuts"
        ]
    );
}

#[test]
fn chart_svg_follows_the_charts_language() {
    let (s, st) = whole();
    let chart = charts::axis_chart_in(&s, &st, Lang::En);
    let line = embed::attribution_in(&s.source, Lang::En);
    let svg = export::chart_svg(&chart, &line);
    assert!(svg.contains("<title>Actions by status, for each axis</title>"));
    assert!(svg.contains("Source: Plan ouvert"));
    assert!(svg.contains("\u{A0}actions</text>"), "{svg}");
    assert!(!svg.contains("engagement"));
}

#[test]
fn contribution_mail_in_english() {
    assert_eq!(
        report::commitment_subject_in(3, "Ouvrir les données", Lang::En),
        "Plan ouvert — commitment 3: Ouvrir les données"
    );
    let r = report::fixture::report();
    let chapter = &r.chapters[0];
    assert_eq!(
        report::chapter_subject_in(chapter, Lang::En),
        format!("Plan ouvert — report, {}", chapter.heading())
    );
    assert_eq!(
        report::contribution_body_in("https://x.test/en/", Lang::En),
        "Page in question on Plan ouvert: https://x.test/en/\n\nWhat is wrong or missing:\n\n\n\
         Where (commitment, action, paragraph):\n\n\nYour source (link or document):\n\n"
    );
}

#[test]
fn search_field_labels_in_english() {
    let s = fixture::snapshot();
    let c = &s.commitments[0];
    let id = &c.actions[0].id;
    assert_eq!(Field::Title.label(c, Lang::En), "Title");
    assert_eq!(
        Field::ActionResults(0).label(c, Lang::En),
        format!("Results {id}")
    );
    assert_eq!(
        Field::ActionNextSteps(0).label(c, Lang::En),
        format!("Next steps {id}")
    );
    assert_eq!(Field::Story(0).label(c, Lang::En), "Success story");
    for f in [
        Field::Title,
        Field::Stakes,
        Field::Description,
        Field::ActionText(0),
        Field::ActionResults(0),
        Field::ActionNextSteps(0),
        Field::ActionStatus(0),
        Field::ResultsNotes,
        Field::Story(0),
        Field::Press(0),
        Field::Institution(0),
    ] {
        assert_eq!(f.label(c, Lang::Fr), f.label_fr(c));
        assert_not_french(&f.label(c, Lang::En));
    }
}

fn fixture_value() -> Value {
    serde_json::to_value(fixture::snapshot()).unwrap()
}

fn load_error(edit: impl FnOnce(&mut Value)) -> LoadError {
    let mut v = fixture_value();
    edit(&mut v);
    load_snapshot(&serde_json::to_vec(&v).unwrap()).unwrap_err()
}

#[test]
fn load_errors_in_english() {
    let check = |e: LoadError, want: &str| {
        assert_eq!(e.message(Lang::Fr), e.to_string());
        let en = e.message(Lang::En);
        assert_eq!(en, want, "{e:?}");
    };
    check(
        load_snapshot(b"\xff").unwrap_err(),
        "The data file is not valid UTF-8 text (byte 1): it is probably corrupted or saved in \
         another encoding.",
    );
    check(
        load_snapshot(b"{\"schema_version\": 1, ").unwrap_err(),
        "The data file is not valid JSON (line 1, column 22): the file stops in the middle of a \
         value (it may be truncated).",
    );
    check(
        load_snapshot(b"[1]").unwrap_err(),
        "The data file is not valid JSON (line 1, column 1): the file should hold a JSON object \
         { … } with a “schema_version” field.",
    );
    check(
        load_snapshot(b"{}").unwrap_err(),
        "The data file does not give its format version (field “schema_version”): this \
         application reads version 1.",
    );
    check(
        load_error(|v| v["commitments"][0]["actions"][0]["status"] = "done".into()),
        "The status “done” (at commitments[0].actions[0].status) is unknown: the possible \
         statuses are not_started, partial, substantial, complete and unknown.",
    );
    check(
        load_error(|v| v["commitments"][0]["number"] = "un".into()),
        "The field commitments[0].number of the data file should be a positive whole number, \
         but it holds the text “un”.",
    );
    check(
        load_error(|v| v["commitments"][0]["title"] = Value::Null),
        "The field commitments[0].title of the data file should be a text in quotes, but it \
         holds null (no value).",
    );
    check(
        load_error(|v| {
            v.as_object_mut().unwrap().remove("plan");
        }),
        "The field “plan” is missing at plan in the data file.",
    );
    check(
        load_error(|v| v["commitments"] = Value::Array(Vec::new())),
        "The data file holds no commitment.",
    );
    check(
        load_error(|v| v["commitments"][1]["number"] = 1.into()),
        "The commitment number 1 appears more than once in the data file.",
    );
    check(
        load_error(|v| v["axes"][1]["id"] = v["axes"][0]["id"].clone()),
        "The axis identifier “axe-1” appears more than once in the data file.",
    );
    check(
        load_error(|v| v["commitments"][0]["axis"] = "axe-9".into()),
        "Commitment 1 belongs to the axis “axe-9”, which is not in the list of axes.",
    );
    // Every message of the French tests' broken files has its English.
    let errors = [
        load_error(|v| v["schema_version"] = 2.into()),
        load_error(|v| v["commitments"][0]["calendar"] = "late".into()),
        load_error(|v| v["commitments"][0]["institutions"][0] = "nope".into()),
        load_error(|v| v["statuses"] = Value::Array(Vec::new())),
        load_error(|v| v["calendars"] = Value::Array(Vec::new())),
        load_error(|v| v["commitments"][0]["objective"] = "nope".into()),
        load_error(|v| v["commitments"][0]["stories"] = 3.into()),
        load_error(|v| v["plan"] = true.into()),
    ];
    for e in errors {
        let en = e.message(Lang::En);
        assert!(en.ends_with('.'), "not a sentence: {en}");
        assert_not_french(&en);
    }
}

#[test]
fn report_errors_in_english() {
    let plan = fixture::snapshot();
    let good = serde_json::to_value(report::fixture::report()).unwrap();
    let load = |edit: &dyn Fn(&mut Value)| {
        let mut v = good.clone();
        edit(&mut v);
        load_report(&serde_json::to_vec(&v).unwrap())
            .and_then(|r| report::check_against_plan(&r, &plan).map(|()| r))
            .unwrap_err()
    };
    let check = |e: ReportLoadError, want: &str| {
        assert_eq!(e.message(Lang::Fr), e.to_string());
        assert_eq!(e.message(Lang::En), want, "{e:?}");
    };
    check(
        load(&|v| v["chapters"] = Value::Array(Vec::new())),
        "The report file holds no chapter.",
    );
    check(
        load(&|v| {
            v.as_object_mut().unwrap().remove("schema_version");
        }),
        "The report file does not give its format version (field “schema_version”): this \
         application reads version 1.",
    );
    check(
        load(&|v| v["contact"]["email"] = "nobody".into()),
        "The contact address “nobody” (field contact.email) is not a valid e-mail address.",
    );
    check(
        load(&|v| v["chapters"][0]["id"] = "Été".into()),
        "The part identifier “Été” (at chapters[0].id) cannot be used in an address: it may \
         only hold lower-case letters without accents, digits and hyphens.",
    );
    check(
        load(&|v| v["chapters"][0]["title"] = 3.into()),
        "The field chapters[0].title of the data file should be a text in quotes, but it holds \
         the number 3.",
    );
    let other = load(&|v| v["source"]["sha256"] = "abc".into());
    assert!(other.message(Lang::En).starts_with(
        "The report’s text and the plan’s data were not extracted from the same report"
    ));
}
