//! Tests of the query-string format: a table of URLs, then round-trip properties.

use proptest::prelude::*;

use super::*;
use crate::fixture;

fn state(edit: impl FnOnce(&mut ViewState)) -> ViewState {
    let mut s = ViewState::default();
    edit(&mut s);
    s
}

fn set<T: Ord + Clone>(items: &[T]) -> BTreeSet<T> {
    items.iter().cloned().collect()
}

fn ids(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

/// Parses `query` and checks the state and the (param, reason fragment) of each
/// ignored part, in order.
fn check(query: &str, expected: ViewState, expected_ignored: &[(&str, &str)]) {
    let (got, ignored) = parse_query(query);
    assert_eq!(got, expected, "state of {query:?}");
    let got_ignored: Vec<(&str, &str)> = ignored
        .iter()
        .map(|i| (i.param.as_str(), i.reason_fr.as_str()))
        .collect();
    assert_eq!(
        got_ignored.len(),
        expected_ignored.len(),
        "ignored of {query:?}: {ignored:?}"
    );
    for ((param, reason), (want_param, want_fragment)) in got_ignored.iter().zip(expected_ignored) {
        assert_eq!(param, want_param, "{ignored:?}");
        assert!(
            reason.contains(want_fragment),
            "{reason:?} lacks {want_fragment:?}"
        );
    }
}

#[test]
fn parses_each_parameter() {
    check("", ViewState::default(), &[]);
    check("?", ViewState::default(), &[]);
    check("q=open+data", state(|s| s.q = "open data".into()), &[]);
    check(
        "?q=donn%C3%A9es%20publiques",
        state(|s| s.q = "données publiques".into()),
        &[],
    );
    check("q=", ViewState::default(), &[]);
    check(
        "axe=axe-1,axe-3",
        state(|s| s.axes = ids(&["axe-1", "axe-3"])),
        &[],
    );
    check(
        "objectif=axe-1-objectif-2",
        state(|s| s.objectives = ids(&["axe-1-objectif-2"])),
        &[],
    );
    check(
        "statut=partial,complete",
        state(|s| s.statuses = set(&[StatusCode::Partial, StatusCode::Complete])),
        &[],
    );
    check(
        "calendrier=delayed",
        state(|s| s.calendars = set(&[CalendarCode::Delayed])),
        &[],
    );
    check(
        "institution=dgcl",
        state(|s| s.institutions = ids(&["dgcl"])),
        &[],
    );
    check(
        "action=not_started",
        state(|s| s.action_statuses = set(&[StatusCode::NotStarted])),
        &[],
    );
    check("histoire=1", state(|s| s.story = true), &[]);
    check("histoire", state(|s| s.story = true), &[]);
    check("histoire=0", ViewState::default(), &[]);
}

#[test]
fn combines_merges_and_dedupes() {
    check(
        "statut=complete,partial,complete&statut=partial,unknown&q=a&histoire=1",
        state(|s| {
            s.q = "a".into();
            s.statuses = set(&[
                StatusCode::Partial,
                StatusCode::Complete,
                StatusCode::Unknown,
            ]);
            s.story = true;
        }),
        &[],
    );
    // Empty items and pairs are skipped silently.
    check("&&axe=,axe-2,,&", state(|s| s.axes = ids(&["axe-2"])), &[]);
    // An encoded comma belongs to the id.
    check(
        "institution=a%2Cb,c",
        state(|s| s.institutions = ids(&["a,b", "c"])),
        &[],
    );
}

#[test]
fn reports_what_it_ignores() {
    check(
        "utm_source=x&q=a",
        state(|s| s.q = "a".into()),
        &[("utm_source", "paramètre inconnu")],
    );
    check(
        "statut=partial,fini&calendrier=late",
        state(|s| s.statuses = set(&[StatusCode::Partial])),
        &[
            ("statut", "« fini » inconnu"),
            ("calendrier", "« late » inconnu"),
        ],
    );
    check(
        "histoire=oui",
        ViewState::default(),
        &[("histoire", "valeur attendue")],
    );
    check(
        "q=a&q=b",
        state(|s| s.q = "a".into()),
        &[("q", "paramètre répété")],
    );
    check(
        "q=100%",
        ViewState::default(),
        &[("q", "encodage invalide")],
    );
    check("q=%zz", ViewState::default(), &[("q", "deux chiffres")]);
    check("q=%+1", ViewState::default(), &[("q", "deux chiffres")]);
    check("q=%C3%28", ViewState::default(), &[("q", "UTF-8")]);
    check(
        "axe=axe-1,%FF",
        state(|s| s.axes = ids(&["axe-1"])),
        &[("axe", "UTF-8")],
    );
    check("%E9=1", ViewState::default(), &[("%E9", "UTF-8")]);
    check(
        &format!("institution={}", "x".repeat(MAX_ID_CHARS + 1)),
        ViewState::default(),
        &[("institution", "plus de 200 caractères")],
    );
}

#[test]
fn caps_sizes() {
    let long = "é".repeat(MAX_QUERY_CHARS + 5);
    check(
        &format!("q={}", percent_encode(&long)),
        state(|s| s.q = "é".repeat(MAX_QUERY_CHARS)),
        &[("q", "tronquée à 200")],
    );
    let many: Vec<String> = (0..60).map(|i| format!("id-{i:02}")).collect();
    let (s, ignored) = parse_query(&format!("axe={}", many.join(",")));
    assert_eq!(s.axes.len(), MAX_VALUES);
    assert!(s.axes.contains("id-49") && !s.axes.contains("id-50"));
    assert_eq!(ignored.len(), 1);
    assert!(ignored[0]
        .reason_fr
        .contains("10 valeur(s) ignorée(s) au-delà de 50"));
    assert!(ignored[0].raw.chars().count() <= 81);
}

#[test]
fn writes_canonical_queries() {
    let check_write = |s: ViewState, expected: &str| assert_eq!(to_query(&s), expected);
    check_write(ViewState::default(), "");
    check_write(
        state(|s| s.q = "l’open data & co".into()),
        "q=l%E2%80%99open+data+%26+co",
    );
    check_write(
        state(|s| {
            s.story = true;
            s.action_statuses = set(&[StatusCode::Unknown, StatusCode::NotStarted]);
            s.institutions = ids(&["dila", "a,b"]);
            s.calendars = set(&[CalendarCode::Delayed]);
            s.statuses = set(&[StatusCode::Complete]);
            s.objectives = ids(&["axe-1-objectif-1"]);
            s.axes = ids(&["axe-2", "axe-1"]);
            s.q = "x".into();
        }),
        "q=x&axe=axe-1,axe-2&objectif=axe-1-objectif-1&statut=complete&calendrier=delayed\
         &institution=a%2Cb,dila&action=not_started,unknown&histoire=1",
    );
}

#[test]
fn toggle_and_selection() {
    let mut s = ViewState::default();
    assert!(s.toggle(Facet::Status, "partial"));
    assert!(s.toggle(Facet::Axis, "axe-1"));
    assert!(s.toggle(Facet::Story, STORY_ON));
    assert!(s.is_selected(Facet::Status, "partial"));
    assert!(!s.is_selected(Facet::ActionStatus, "partial"));
    assert!(s.is_selected(Facet::Story, STORY_ON));
    assert_eq!(s.active_filter_count(), 3);
    assert_eq!(to_query(&s), "axe=axe-1&statut=partial&histoire=1");
    assert!(s.toggle(Facet::Status, "partial"));
    assert!(!s.toggle(Facet::Calendar, "late"));
    assert!(!s.toggle(Facet::Institution, ""));
    s.clear(Facet::Axis);
    s.clear(Facet::Story);
    assert!(s.is_default());
}

#[test]
fn sanitize_drops_unknown_ids() {
    let snap = fixture::snapshot();
    let (mut s, ignored) = parse_query(
        "axe=axe-1,axe-9&objectif=axe-1-objectif-2,nope&institution=dgcl,elysee&statut=partial",
    );
    assert!(ignored.is_empty());
    let dropped = s.sanitize(&snap);
    let dropped: Vec<(&str, &str)> = dropped
        .iter()
        .map(|i| (i.param.as_str(), i.raw.as_str()))
        .collect();
    assert_eq!(
        dropped,
        [
            ("axe", "axe-9"),
            ("objectif", "nope"),
            ("institution", "elysee")
        ]
    );
    assert_eq!(
        to_query(&s),
        "axe=axe-1&objectif=axe-1-objectif-2&statut=partial&institution=dgcl"
    );
}

#[test]
fn every_facet_has_a_distinct_parameter() {
    let params: BTreeSet<&str> = Facet::ALL.iter().map(|f| f.param()).collect();
    assert_eq!(params.len(), Facet::ALL.len());
    assert!(!params.contains("q"));
}

fn arb_text(max: usize, min: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), min..=max).prop_map(String::from_iter)
}

fn arb_ids() -> impl Strategy<Value = BTreeSet<String>> {
    prop::collection::btree_set(
        prop_oneof![arb_text(MAX_ID_CHARS, 1), "[a-z0-9-]{1,20}"],
        0..=8,
    )
}

fn arb_codes<T: Ord + Copy + std::fmt::Debug + 'static, const N: usize>(
    all: [T; N],
) -> impl Strategy<Value = BTreeSet<T>> {
    prop::collection::btree_set(prop::sample::select(all.to_vec()), 0..=N)
}

fn arb_state() -> impl Strategy<Value = ViewState> {
    (
        prop_oneof![arb_text(MAX_QUERY_CHARS, 0), "[a-zé ]{0,20}"],
        arb_ids(),
        arb_ids(),
        arb_codes(StatusCode::ALL),
        arb_codes(CalendarCode::ALL),
        arb_ids(),
        arb_codes(StatusCode::ALL),
        any::<bool>(),
        prop_oneof![Just(1usize), 1..=MAX_PAGE],
    )
        .prop_map(
            |(
                q,
                axes,
                objectives,
                statuses,
                calendars,
                institutions,
                action_statuses,
                story,
                page,
            )| {
                ViewState {
                    q,
                    axes,
                    objectives,
                    statuses,
                    calendars,
                    institutions,
                    action_statuses,
                    story,
                    page,
                }
            },
        )
}

proptest! {
    #[test]
    fn round_trip(s in arb_state()) {
        let query = to_query(&s);
        let (back, ignored) = parse_query(&query);
        prop_assert!(ignored.is_empty(), "{ignored:?}");
        prop_assert_eq!(&back, &s);
        // Canonical: writing again gives the same text.
        prop_assert_eq!(to_query(&back), query);
    }

    #[test]
    fn arbitrary_text_never_panics(q in prop_oneof![
        arb_text(300, 0),
        "[a-z=&%,+0-9A-F?]{0,60}",
        "((q|axe|statut|histoire|action|x)=[a-z_%0-9,+]{0,12}&){0,6}",
    ]) {
        let (s, _) = parse_query(&q);
        prop_assert!(s.q.chars().count() <= MAX_QUERY_CHARS);
        // Whatever was read is written back canonically and reads back the same.
        let (again, ignored) = parse_query(&to_query(&s));
        prop_assert!(ignored.is_empty());
        prop_assert_eq!(again, s);
    }

    #[test]
    fn decode_inverts_encode(text in arb_text(40, 0)) {
        prop_assert_eq!(percent_decode(&percent_encode(&text)), Ok(text));
    }
}

/// Guards against a limit below real ids: institution slugs of the real snapshot
/// reach 105 characters, and a limit of 100 dropped one of them from shared links.
#[test]
fn long_real_ids_are_accepted() {
    let id = "secretariat-d-etat-charge-du-commerce-exterieur-de-la-promotion-du-tourisme-et-des-francais-de-l-etranger";
    assert!(id.len() >= 105);
    check(
        &format!("institution={id}"),
        state(|s| s.institutions = ids(&[id])),
        &[],
    );
}

#[test]
fn reads_and_writes_embed_flags() {
    use crate::embed::{Pin, Theme};
    let (view, embed, ignored) =
        parse_query_with_embed("statut=partial&embed=1&chart=axes&theme=dark&snapshot=2016-06-03");
    assert!(ignored.is_empty(), "{ignored:?}");
    assert!(view.statuses.contains(&StatusCode::Partial));
    assert!(embed.embed);
    assert_eq!(embed.chart_alone(), Some("axes"));
    assert_eq!(embed.theme, Theme::Dark);
    assert_eq!(embed.pin, Some(Pin::Date("2016-06-03".into())));
    assert_eq!(
        to_query_with_embed(&view, &embed),
        "statut=partial&embed=1&chart=axes&theme=dark&snapshot=2016-06-03"
    );
    // The view alone, for the link to the full app, drops every embed flag.
    assert_eq!(to_query(&view), "statut=partial");

    // Embed flags are not unknown parameters, and bad values are reported.
    let (_, embed, ignored) =
        parse_query_with_embed("embed=oui&chart=camembert&theme=rose&snapshot=x");
    assert!(embed.is_default());
    let params: Vec<&str> = ignored.iter().map(|i| i.param.as_str()).collect();
    assert_eq!(params, ["embed", "chart", "theme", "snapshot"]);
    // A chart stands alone only in an embed.
    let (_, embed, ignored) = parse_query_with_embed("chart=statuts");
    assert_eq!(embed.chart, None);
    assert_eq!(ignored.len(), 1);
    assert!(ignored[0].reason_fr.contains("embed=1"));
    // `parse_query` accepts embed URLs without reporting their flags.
    let (_, ignored) = parse_query("embed=1&theme=light");
    assert!(ignored.is_empty());
}

fn arb_embed() -> impl Strategy<Value = crate::embed::EmbedOptions> {
    use crate::embed::{EmbedOptions, Pin, Theme, CHART_IDS};
    (
        any::<bool>(),
        prop::option::of(prop::sample::select(CHART_IDS.to_vec())),
        prop::sample::select(Theme::ALL.to_vec()),
        prop::option::of(prop_oneof![
            "[0-9]{4}-[0-9]{2}-[0-9]{2}".prop_map(Pin::Date),
            "[0-9a-f]{8,64}".prop_map(Pin::Sha256Prefix),
        ]),
    )
        .prop_map(|(embed, chart, theme, pin)| EmbedOptions {
            embed,
            // As read: a chart only stands alone in an embed.
            chart: chart.filter(|_| embed),
            theme,
            pin,
        })
}

proptest! {
    #[test]
    fn round_trip_with_embed(s in arb_state(), e in arb_embed()) {
        let query = to_query_with_embed(&s, &e);
        let (back, back_embed, ignored) = parse_query_with_embed(&query);
        prop_assert!(ignored.is_empty(), "{ignored:?}");
        prop_assert_eq!(&back, &s);
        prop_assert_eq!(&back_embed, &e);
        prop_assert_eq!(to_query_with_embed(&back, &back_embed), query);
    }
}

#[test]
fn reads_and_writes_the_page() {
    check("page=3", state(|s| s.page = 3), &[]);
    check(
        "q=eau&page=12&histoire=1",
        state(|s| {
            s.q = "eau".into();
            s.story = true;
            s.page = 12;
        }),
        &[],
    );
    // Page 1 is the default: accepted, never written.
    check("page=1", ViewState::default(), &[]);
    assert_eq!(to_query(&state(|s| s.page = 1)), "");
    // Written last among the view's parameters, before the embed flags.
    assert_eq!(
        to_query(&state(|s| {
            s.page = 2;
            s.story = true;
            s.q = "a".into();
        })),
        "q=a&histoire=1&page=2"
    );
    let embed = crate::embed::EmbedOptions {
        embed: true,
        ..Default::default()
    };
    assert_eq!(
        to_query_with_embed(&state(|s| s.page = 4), &embed),
        "page=4&embed=1"
    );
    // Malformed values are reported and the first page is shown.
    for bad in [
        "0",
        "-1",
        "abc",
        "2.5",
        "",
        "1e3",
        "+2",
        "%32",
        "99999999999999999999",
    ] {
        check(
            &format!("page={bad}"),
            ViewState::default(),
            &[("page", "numéro de page")],
        );
    }
    check("page", ViewState::default(), &[("page", "numéro de page")]);
    check(
        &format!("page={}", MAX_PAGE + 1),
        ViewState::default(),
        &[("page", "numéro de page")],
    );
    check(
        "page=2&page=5",
        state(|s| s.page = 2),
        &[("page", "paramètre répété")],
    );
}

#[test]
fn the_page_is_not_a_filter() {
    let paged = state(|s| s.page = 7);
    assert!(paged.is_default());
    assert!(paged.same_filters(&ViewState::default()));
    assert_eq!(paged.filters(), ViewState::default());
    assert_eq!(paged.active_filter_count(), 0);
    let searched = state(|s| {
        s.q = "x".into();
        s.page = 7;
    });
    assert!(!searched.is_default());
    assert!(!searched.same_filters(&paged));
}
