//! Tests of the search: query parsing, matching, fields, snippets, highlights.

use proptest::prelude::*;

use super::*;
use crate::fixture;

fn numbers(s: &Snapshot, idx: &SearchIndex, q: &str) -> Vec<u32> {
    idx.matching(&Query::parse(q))
        .iter()
        .map(|&i| s.commitments[i].number)
        .collect()
}

#[test]
fn parses_queries() {
    let check = |q: &str, expected: &[&str]| assert_eq!(Query::parse(q).terms(), expected, "{q:?}");
    check("", &[]);
    check("   ", &[]);
    check("Données  PUBLIQUES", &["donnees", "publiques"]);
    check("l’État, cœur.", &["l'etat", "coeur"]);
    check("data data DATA", &["data"]);
    check("\"open data\" cour", &["open data", "cour"]);
    check("« open data »", &["open data"]);
    check("\"non fermé", &["non ferme"]);
    check("data.gouv.fr (dgcl)", &["data.gouv.fr", "dgcl"]);
    check("a\u{1}b", &["ab"]);
}

#[test]
fn matches_every_term_in_any_field() {
    let s = fixture::snapshot();
    let idx = SearchIndex::new(&s);
    let check = |q: &str, expected: &[u32]| assert_eq!(numbers(&s, &idx, q), expected, "{q:?}");
    check("", &[1, 2, 3, 4]);
    check("transparence", &[2]); // title of 2 only; objectives are not searched
    check("COUR des Comptes", &[1, 3]); // institution of 1, title of 3
    check("oeuvre", &[1, 4]); // "mise en œuvre" (description), "Œuvrer" (action 4.1)
    check("mise en oeuvre", &[1]);
    check("\"mise en oeuvre\"", &[1]);
    check("l'argent", &[1]); // typed ', printed ’
    check("3 500", &[1]); // narrow no-break space in the text
    check("dgcl boamp", &[]); // AND: no commitment has both
    check("donnees", &[1, 2]);
    check("donn", &[1, 2]);
    check("prochaines", &[]); // labels are not text
    check("gazette", &[1]);
    check("6 mai 2016", &[1]);
    check("classe préparatoire", &[4]); // story
    check("provisoires", &[4]); // results notes
    check("information non disponible", &[4]); // action status label
    check("legale", &[2, 4]); // institution name
    check("ouverture publique", &[2]); // terms in two different fields
                                       // A term cannot span two fields.
    check("collectivites enjeux", &[]);
}

#[test]
fn reports_matched_fields_with_labels() {
    let s = fixture::snapshot();
    let idx = SearchIndex::new(&s);
    let check = |q: &str, i: usize, expected: &[&str]| {
        let fields = idx.matched_fields(i, &Query::parse(q));
        let labels: Vec<String> = fields
            .iter()
            .map(|f| f.label_fr(&s.commitments[i]))
            .collect();
        assert_eq!(labels, expected, "{q:?}");
    };
    check("donnees", 0, &["Titre", "Prochaines étapes 1.1"]);
    check(
        "data",
        0,
        &[
            "Description",
            "Action 1.1",
            "Résultats 1.1",
            "Belle histoire",
            "Presse",
        ],
    );
    check(
        "dgcl cour",
        0,
        &["Action 1.1", "Belle histoire", "Institution", "Institution"],
    );
    check("argent", 0, &["Enjeux"]);
    check("substantiel", 0, &["Statut 1.1"]);
    check("provisoires", 3, &["Note sur les résultats"]);
    check("nothing", 0, &[]);
    assert!(idx.matched_fields(99, &Query::parse("data")).is_empty());
    assert!(!idx.matches(99, &Query::default()));
}

#[test]
fn hits_have_snippets() {
    let s = fixture::snapshot();
    let idx = SearchIndex::new(&s);
    let hits = idx.search(&s, &Query::parse("argent public"));
    assert_eq!(hits.len(), 1);
    let h = &hits[0];
    assert_eq!(h.commitment, 0);
    assert_eq!(h.fields, [Field::Stakes]);
    assert_eq!(h.snippet.field, Field::Stakes);
    let marked: Vec<&str> = h
        .snippet
        .highlights
        .iter()
        .map(|r| &h.snippet.text[r.clone()])
        .collect();
    assert_eq!(marked, ["argent", "public"]);
    assert!(idx.search(&s, &Query::parse("")).is_empty());
    assert!(idx.hit(&s, 1, &Query::parse("argent")).is_none());
}

/// Checks the snippet of `text` for `q`: its text and the marked parts.
fn check_snippet(text: &str, q: &str, expected: &str, expected_marks: &[&str]) {
    let sn = snippet(Field::Description, text, &Query::parse(q));
    assert_eq!(sn.text, expected, "{q:?}");
    let marks: Vec<&str> = sn.highlights.iter().map(|r| &sn.text[r.clone()]).collect();
    assert_eq!(marks, expected_marks, "{q:?}");
}

#[test]
fn snippets_cut_around_the_first_match() {
    check_snippet(
        "Court texte\navec Données.",
        "donnees",
        "Court texte avec Données.",
        &["Données"],
    );
    let long = format!(
        "{} le mot Élu est ici {}",
        "avant ".repeat(30),
        "après ".repeat(40)
    );
    let sn = snippet(Field::Description, &long, &Query::parse("elu"));
    assert!(sn.text.starts_with("…avant "), "{:?}", sn.text);
    assert!(sn.text.ends_with("après…"), "{:?}", sn.text);
    assert!(sn.text.chars().count() <= SNIPPET_BEFORE + SNIPPET_AFTER + 2);
    assert_eq!(&sn.text[sn.highlights[0].clone()], "Élu");
    // Matches after the window are not marked; the first one is.
    let text = format!("œuvre {} œuvre", "x ".repeat(200));
    let sn = snippet(Field::Description, &text, &Query::parse("oeuvre"));
    assert_eq!(sn.highlights.len(), 1);
    assert_eq!(&sn.text[sn.highlights[0].clone()], "œuvre");
}

#[test]
fn highlights_any_text() {
    let check = |text: &str, q: &str, expected: &[(&str, bool)]| {
        let got: Vec<(String, bool)> = highlight(text, q)
            .into_iter()
            .map(|s| (s.text, s.is_match))
            .collect();
        let expected: Vec<(String, bool)> = expected
            .iter()
            .map(|(t, m)| ((*t).to_owned(), *m))
            .collect();
        assert_eq!(got, expected, "{text:?} / {q:?}");
    };
    check("", "x", &[]);
    check("Rien", "", &[("Rien", false)]);
    check(
        "L’État et l’état",
        "l'etat",
        &[("L’État", true), (" et ", false), ("l’état", true)],
    );
    check("cœur", "oe", &[("c", false), ("œ", true), ("ur", false)]);
    // Overlapping terms merge into one mark.
    check("transparence", "trans parence", &[("transparence", true)]);
    check(
        "données ouvertes",
        "ouv donn",
        &[
            ("donn", true),
            ("ées ", false),
            ("ouv", true),
            ("ertes", false),
        ],
    );
}

proptest! {
    #[test]
    fn highlight_preserves_text(text in "\\PC{0,60}", q in "\\PC{0,10}") {
        let segs = highlight(&text, &q);
        let joined: String = segs.iter().map(|s| s.text.as_str()).collect();
        prop_assert_eq!(joined, text);
        prop_assert!(segs.windows(2).all(|w| w[0].is_match != w[1].is_match || !w[0].is_match));
    }

    #[test]
    fn snippet_highlights_are_valid(text in "[a-zé œ’\n]{0,400}", q in "[a-zeo ]{1,6}") {
        let sn = snippet(Field::Title, &text, &Query::parse(&q));
        for r in &sn.highlights {
            prop_assert!(sn.text.is_char_boundary(r.start) && sn.text.is_char_boundary(r.end));
            prop_assert!(r.start < r.end && r.end <= sn.text.len());
            let marked = fold(&sn.text[r.clone()]);
            prop_assert!(Query::parse(&q).terms().iter().any(|t| marked.contains(t.as_str()) || t.contains(marked.as_str())));
        }
    }

    #[test]
    fn matching_agrees_with_a_naive_scan(q in "[a-zé ]{0,8}") {
        let s = fixture::snapshot();
        let idx = SearchIndex::new(&s);
        let query = Query::parse(&q);
        for (i, c) in s.commitments.iter().enumerate() {
            let texts: Vec<String> = fields(&s, c).into_iter().map(|(_, t)| fold(&t)).collect();
            let naive = query.terms().iter().all(|t| texts.iter().any(|x| x.contains(t.as_str())));
            prop_assert_eq!(idx.matches(i, &query), naive, "{:?} in {}", q, c.number);
        }
    }
}

/// A snapshot of `n` commitments of about 7 KB of text each (the real report
/// averages 7.4 KB per commitment), built from a word list.
pub(crate) fn big_snapshot(n: usize) -> Snapshot {
    const WORDS: [&str; 24] = [
        "données",
        "publiques",
        "transparence",
        "collectivités",
        "citoyens",
        "l’État",
        "ouverture",
        "accès",
        "mise",
        "en",
        "œuvre",
        "de",
        "la",
        "des",
        "et",
        "pour",
        "administration",
        "numérique",
        "participation",
        "open",
        "data",
        "décret",
        "loi",
        "rapport",
    ];
    let mut seed: u64 = 42;
    let mut text = |words: usize| {
        let mut out = String::new();
        for _ in 0..words {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            out.push_str(WORDS[(seed >> 33) as usize % WORDS.len()]);
            out.push(' ');
        }
        out
    };
    let mut s = fixture::snapshot();
    let templates = s.commitments.clone();
    s.commitments = (0..n)
        .map(|i| {
            let mut c = templates[i % templates.len()].clone();
            c.number = i as u32 + 1;
            c.description = vec![fixture::para(&text(600))];
            for a in &mut c.actions {
                a.results = text(150);
            }
            c
        })
        .collect();
    s
}

/// Run with `cargo test --release -p plan-core -- --ignored search_speed --nocapture`.
#[test]
#[ignore = "timing; run in release"]
fn search_speed() {
    let s = big_snapshot(5000);
    let t = std::time::Instant::now();
    let idx = SearchIndex::new(&s);
    eprintln!("index of 5000 commitments: {:?}", t.elapsed());
    for q in [
        "transparence données",
        "introuvable",
        "l'etat numerique",
        "d",
    ] {
        let query = Query::parse(q);
        let t = std::time::Instant::now();
        let found = idx.matching(&query);
        let matching = t.elapsed();
        let t = std::time::Instant::now();
        let hits: Vec<_> = found
            .iter()
            .take(50)
            .filter_map(|&i| idx.hit(&s, i, &query))
            .collect();
        eprintln!(
            "{q:?}: {} matches in {matching:?}, 50 snippets in {:?}",
            found.len(),
            t.elapsed()
        );
        assert!(
            matching < std::time::Duration::from_millis(50),
            "{q:?} took {matching:?}"
        );
        assert!(hits.len() <= 50);
    }
}

#[test]
#[ignore = "timing; run in release"]
fn fold_speed() {
    let s = big_snapshot(200);
    let text = crate::model::rich_plain_text(&s.commitments[0].description).repeat(200);
    let t = std::time::Instant::now();
    let f = fold(&text);
    eprintln!("fold {} bytes: {:?}", text.len(), t.elapsed());
    let t = std::time::Instant::now();
    let g = Folded::new(&text);
    eprintln!("Folded::new: {:?}", t.elapsed());
    let t = std::time::Instant::now();
    let _ = fields(&s, &s.commitments[0]);
    eprintln!("fields: {:?}", t.elapsed());
    assert_eq!(f, g.text);
}

#[test]
fn narrowing_queries() {
    let q = Query::parse;
    assert!(q("donnees").narrows(&q("don")));
    assert!(q("donnees publiques").narrows(&q("donnees")));
    assert!(q("donnees publiques").narrows(&q("pub don")));
    assert!(q("anything").narrows(&q("")));
    assert!(!q("don").narrows(&q("donnees")));
    assert!(!q("").narrows(&q("a")));
    assert!(!q("donnees").narrows(&q("donnees publiques")));
}

proptest! {
    /// Typing letter by letter, with reuse of the previous matches, finds exactly
    /// what a full scan finds.
    #[test]
    fn text_matches_reuse_is_exact(
        steps in prop::collection::vec(
            prop::sample::select(vec![
                "c", "co", "cour", "our", "cour d", "cour des", "ou", "donn", "onne", "donnees",
                "es", "de", "x", "", "a b", "pub", "publique", "e", "e cour", "'", "l'",
            ]),
            1..12,
        )
    ) {
        let s = fixture::snapshot();
        let idx = SearchIndex::new(&s);
        let mut prev: Option<TextMatches> = None;
        for text in steps {
            let query = Query::parse(text);
            let next = TextMatches::next(prev.as_ref(), &idx, query.clone());
            prop_assert_eq!(&next.indices, &idx.matching(&query), "{:?}", text);
            prev = Some(next);
        }
    }
}

proptest! {
    /// Matching through the list of words finds what scanning every text
    /// finds, for any query: letters, accents, apostrophes, hyphens, spaces,
    /// punctuation, quoted phrases, and terms found nowhere.
    #[test]
    fn word_list_matching_is_exact(
        steps in prop::collection::vec("[a-eé'’\\- ,.«»\"xq]{0,7}", 1..8)
    ) {
        let s = fixture::snapshot();
        let idx = SearchIndex::new(&s);
        let mut prev: Option<TextMatches> = None;
        for text in &steps {
            let query = Query::parse(text);
            let fresh = TextMatches::next(None, &idx, query.clone());
            prop_assert_eq!(&fresh.indices, &idx.matching(&query), "{:?}", text);
            let next = TextMatches::next(prev.as_ref(), &idx, query.clone());
            prop_assert_eq!(&next.indices, &fresh.indices, "{:?} after {:?}", text, steps);
            prev = Some(next);
        }
    }
}

/// Words are cut at spaces and field boundaries: a term does not match across
/// two fields, nor a phrase across them.
#[test]
fn words_do_not_span_fields() {
    let s = fixture::snapshot();
    let idx = SearchIndex::new(&s);
    for (i, d) in idx.docs.iter().enumerate() {
        let ends: Vec<(usize, usize)> = d
            .spans
            .windows(2)
            .map(|w| (w[0].1.end, w[1].1.start))
            .collect();
        for (end, start) in ends.into_iter().take(3) {
            // The last 3 bytes of a field and the first 3 of the next, joined.
            let (Some(a), Some(b)) = (
                d.all.get(end.saturating_sub(3)..end),
                d.all.get(start..start + 3),
            ) else {
                continue;
            };
            let across = format!("{a}{b}");
            if across.contains(' ') || d.all.contains(&across) {
                continue;
            }
            let q = Query::parse(&across);
            assert!(
                !TextMatches::next(None, &idx, q).indices.contains(&i),
                "{across:?}"
            );
        }
    }
}

#[test]
fn the_index_built_in_steps_is_the_same() {
    let s = fixture::snapshot();
    let whole = SearchIndex::new(&s);
    for n in [1, 2, 3, 100] {
        let mut b = IndexBuilder::new();
        let mut steps = 0;
        while !b.step(&s, n) {
            steps += 1;
            assert!(steps < 10);
        }
        assert!(b.is_done(&s));
        assert_eq!(b.finish(&s), whole, "steps of {n}");
    }
    // Finishing early folds the rest.
    let mut b = IndexBuilder::new();
    assert!(!b.step(&s, 1));
    assert_eq!(b.finish(&s), whole);
    assert_eq!(
        TextMatches::everything(s.commitments.len()).indices,
        whole.matching(&Query::default())
    );
}

proptest! {
    /// The browser's substring search finds what `str::find` finds.
    #[test]
    fn find_by_rare_byte_is_str_find(
        hay in prop_oneof![arb_folded(300), any::<String>()],
        needle in prop_oneof![arb_folded(6), any::<String>(), Just(String::new())],
    ) {
        prop_assert_eq!(find_by_rare_byte(&hay, &needle), hay.find(needle.as_str()));
        // And a needle cut from the text itself.
        let cut: String = hay.chars().skip(hay.chars().count() / 3).take(needle.chars().count().max(1)).collect();
        prop_assert_eq!(find_by_rare_byte(&hay, &cut), hay.find(cut.as_str()));
    }
}

/// Text like folded French: common letters, spaces, apostrophes, a few others.
fn arb_folded(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(vec![
            'e', 'a', 's', 't', 'n', ' ', '\'', 'p', 'x', 'z', '-', '1', 'é', '\u{1}',
        ]),
        0..=max,
    )
    .prop_map(String::from_iter)
}

proptest! {
    /// The byte-by-byte word cutting of the index is `split(ends_word)`, on any
    /// text (control characters of one and two bytes, spaces, accents).
    #[test]
    fn words_are_cut_as_defined(
        text in prop_oneof![arb_folded(80), any::<String>(), "[a \u{1}\u{85}\u{9f}\u{a0}é\t]{0,40}"]
    ) {
        let mut b = WordsBuilder::default();
        b.add(0, &text);
        let mut want: Vec<&str> = Vec::new();
        for w in text.split(ends_word).filter(|w| !w.is_empty()) {
            if !want.contains(&w) {
                want.push(w);
            }
        }
        let got: Vec<&str> = (0..b.words.starts.len()).map(|k| b.words.word(k)).collect();
        prop_assert_eq!(got, want);
    }
}

proptest! {
    /// [`cut_words`] (the one cut rule) is `split(ends_word)` without the
    /// empty pieces, repeats and order kept, on any text.
    #[test]
    fn cut_words_is_split_at_ends_of_words(
        text in prop_oneof![arb_folded(80), any::<String>(), "[a \u{1}\u{85}\u{9f}\u{a0}é\t]{0,40}"]
    ) {
        let want: Vec<&str> = text.split(ends_word).filter(|w| !w.is_empty()).collect();
        prop_assert_eq!(cut_words(&text).collect::<Vec<_>>(), want);
    }
}

/// A commitment's distinct words are its index words: each once, in the
/// order of the folded text, and exactly the words the index lists it under.
fn check_distinct_words(s: &Snapshot) {
    let idx = SearchIndex::new(s);
    let mut lists = Vec::new();
    for i in 0..idx.len() {
        let words = idx.distinct_words(i).unwrap();
        let all = idx.folded_text(i).unwrap();
        let mut want: Vec<&str> = Vec::new();
        for w in all.split(ends_word).filter(|w| !w.is_empty()) {
            if !want.contains(&w) {
                want.push(w);
            }
        }
        assert_eq!(words, want, "commitment {i}");
        lists.push(words);
    }
    assert_eq!(idx.distinct_words(idx.len()), None);
    for k in 0..idx.words.starts.len() {
        let word = idx.words.word(k);
        let docs: Vec<u32> = (0..idx.len())
            .filter(|&i| lists[i].contains(&word))
            .map(|i| i as u32)
            .collect();
        assert_eq!(idx.words.docs[k], docs, "{word:?}");
    }
    let listed: usize = lists.iter().map(Vec::len).sum();
    let indexed: usize = idx.words.docs.iter().map(Vec::len).sum();
    assert_eq!(listed, indexed);
}

#[test]
fn distinct_words_are_the_index_words() {
    check_distinct_words(&fixture::snapshot());
    check_distinct_words(&big_snapshot(30));
}

/// Every piece of `text` of 1 to `max` characters holding no space and no
/// control character: every term without a space (a typed query loses its
/// control characters) of that length that occurs in `text`.
fn pieces(text: &str, max: usize) -> std::collections::HashSet<&str> {
    let starts: Vec<usize> = text.char_indices().map(|(at, _)| at).collect();
    let mut out = std::collections::HashSet::new();
    for (k, &at) in starts.iter().enumerate() {
        for n in 1..=max {
            let end = starts.get(k + n).copied().unwrap_or(text.len());
            let piece = &text[at..end];
            if piece.chars().any(ends_word) {
                break;
            }
            out.insert(piece);
            if end == text.len() {
                break;
            }
        }
    }
    out
}

/// A term without a space occurs in a commitment's folded text exactly when
/// it occurs in its distinct words joined by a space: every such term of up
/// to 16 characters at once (the two texts have the same pieces), and every
/// whole word, however long. Returns how many terms that covered.
fn check_joined_words_answer_like_the_text(s: &Snapshot) -> usize {
    let idx = SearchIndex::new(s);
    let mut terms = 0;
    for i in 0..idx.len() {
        let all = idx.folded_text(i).unwrap();
        let words = idx.distinct_words(i).unwrap();
        let joined = words.join(" ");
        let (in_text, in_words) = (pieces(all, 16), pieces(&joined, 16));
        let only: Vec<_> = in_text.symmetric_difference(&in_words).take(5).collect();
        assert!(only.is_empty(), "commitment {i}: {only:?}");
        for w in &words {
            assert!(all.contains(w) && !w.chars().any(ends_word), "{w:?}");
        }
        terms += in_text.len();
    }
    terms
}

#[test]
fn joined_distinct_words_answer_every_term_without_a_space_like_the_text() {
    let n = check_joined_words_answer_like_the_text(&fixture::snapshot());
    assert!(n > 1_000, "{n} terms");
    let n = check_joined_words_answer_like_the_text(&big_snapshot(3));
    assert!(n > 1_000, "{n} terms");
    let raw = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../public/data/plan.json"
    ))
    .unwrap();
    let plan = crate::load::load_snapshot(&raw).unwrap();
    let n = check_joined_words_answer_like_the_text(&plan);
    assert!(n > 100_000, "{n} terms");
}

/// The check sees a wrong cut: words joined across two fields, or cut at a
/// character a term may hold, answer otherwise. (Words cut only at spaces
/// would keep control characters inside them, which no term holds: the same
/// answers, but not the index's words, which `check_distinct_words` sees.)
#[test]
fn the_check_sees_a_wrong_cut() {
    let all = "l'etat open data\u{1}donnees\u{85}ouvertes";
    let same = |words: Vec<&str>| pieces(all, 16) == pieces(&words.join(" "), 16);
    assert!(same(cut_words(all).collect()));
    let across = all.replace(|c: char| c.is_control(), "");
    assert!(!same(across.split(' ').collect()));
    assert!(!same(all.split([' ', '\'', '\u{1}', '\u{85}']).collect()));
    assert!(same(all.split(' ').collect()));
}

proptest! {
    /// And for any query: the commitments whose joined distinct words hold
    /// every term are those plan-core's search finds, when no term holds a
    /// space; a quoted phrase is the one thing the words cannot answer.
    #[test]
    fn joined_distinct_words_match_like_the_index(
        q in "[a-eé'’\\- ,.«»\"xqnotiu\u{a0}\u{1}]{0,9}"
    ) {
        let s = fixture::snapshot();
        let idx = SearchIndex::new(&s);
        let query = Query::parse(&q);
        prop_assume!(query.terms().iter().all(|t| !t.contains(' ')));
        let by_words: Vec<usize> = (0..idx.len())
            .filter(|&i| {
                let words = idx.distinct_words(i).unwrap().join(" ");
                query.terms().iter().all(|t| words.contains(t.as_str()))
            })
            .collect();
        prop_assert_eq!(by_words, idx.matching(&query), "{:?}", q);
    }
}
