//! `early-oracle SEED COUNT [plan.json]`: prints, as JSON, the overview's
//! search data (`site_gen::apercu::overview_data_in`) and the script's texts
//! in each language, each commitment's distinct words
//! (`SearchIndex::distinct_words`), and COUNT generated query strings with
//! what plan-core shows for each: the commitments, the page, the count line
//! and the active filters' chips (in each language), the facet counts, the
//! embed flags, the canonical URL, and whether the query has a term with a
//! space (a quoted phrase, which the words cannot answer).
//! `tests/early/early.test.mjs` runs the preview's script (`apercu.js`) on
//! the same data and URLs and fails on any difference. Not part of the site.

use plan_core::filter::{facet_counts, FacetCounts};
use plan_core::i18n::{self, fill, Lang};
use plan_core::paging;
use plan_core::paging::results_label;
use plan_core::search::{Query, SearchIndex};
use plan_core::url_state::{parse_query_with_embed, percent_encode, to_query_with_embed};
use plan_core::Snapshot;
use serde_json::json;

/// xorshift64*: deterministic, good enough to pick test inputs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

/// Words of the report's texts, as printed (accents, capitals, punctuation).
fn words(s: &Snapshot) -> Vec<String> {
    let index = SearchIndex::new(s);
    let mut out: Vec<String> = Vec::new();
    for c in &s.commitments {
        for text in [&c.title, &c.status_label]
            .into_iter()
            .chain(c.actions.iter().map(|a| &a.text))
            .chain(c.actions.iter().map(|a| &a.results))
        {
            out.extend(text.split_whitespace().map(str::to_owned));
        }
    }
    // A few folded ones too, as a reader without accents would type them.
    let folded: Vec<String> = (0..s.commitments.len())
        .filter_map(|i| index.folded_text(i))
        .flat_map(|t| t.split([' ', '\u{1}']).take(40).map(str::to_owned))
        .collect();
    out.extend(folded);
    out.retain(|w| !w.is_empty());
    out
}

/// Characters a query may hold that the report does not, or writes otherwise.
const ODD: &[&str] = &[
    "É", "œ", "Œ", "ß", "’", "'", "«", "»", "\"", "–", "—", "…", "\u{a0}", "\u{202f}", "\u{301}",
    "e\u{301}", "\u{ad}", "\u{200b}", "\u{85}", "\u{1}", "\t", "İ", "Σ", "ς", "Ж", "日本", "😀",
    "Ǆ", "ﬁ", "ẞ", "Ω", "K", "Å", ",", ";", ":", "!", "?", "(", ")", "[", "]", "{", "}", ".", "..",
    "-", "_", "~", "+", "%", "&", "=", "#", "/",
];

fn query_text(r: &mut Rng, words: &[String]) -> String {
    let mut parts: Vec<String> = Vec::new();
    for _ in 0..=r.below(3) {
        let mut w = r.pick(words).clone();
        match r.below(10) {
            0 => w = w.to_uppercase(),
            1 => {
                // A prefix, as typed letter by letter.
                let n = w.chars().count();
                w = w.chars().take(1 + r.below(n.max(1))).collect();
            }
            2 => w = format!("\"{w} {}\"", r.pick(words)),
            3 if r.chance(50) => w = format!("« {w} »"),
            // A phrase of two words: one term with a space.
            3 => w = format!("«\u{a0}{w} {}\u{a0}»", r.pick(words)),
            4 => w.push_str(r.pick(ODD)),
            5 => w = format!("{}{w}", r.pick(ODD)),
            6 => w = r.pick(ODD).to_string(),
            _ => {}
        }
        parts.push(w);
    }
    let mut q = parts.join(if r.chance(10) { "  " } else { " " });
    if r.chance(3) {
        q = q.repeat(60); // over 200 characters
    }
    q
}

/// One value of a list parameter: a known id or code, or something else.
fn list_value(r: &mut Rng, known: &[String]) -> String {
    match r.below(12) {
        0 => String::new(),
        1 => "inconnu".into(),
        2 => "%zz".into(),
        3 => "%C3".into(),
        4 => "x".repeat(201),
        5 => percent_encode(r.pick(known)),
        _ => r.pick(known).clone(),
    }
}

fn case(r: &mut Rng, s: &Snapshot, words: &[String], facets: &[FacetCounts]) -> String {
    let mut pairs: Vec<String> = Vec::new();
    for _ in 0..r.below(5) {
        let pair = match r.below(14) {
            0..=3 => {
                let q = query_text(r, words);
                let value = if r.chance(80) {
                    percent_encode(&q)
                } else {
                    q.replace(['&', '#', '='], " ")
                };
                format!("q={value}")
            }
            4..=8 => {
                let g = r.pick(facets);
                let known: Vec<String> = g.options.iter().map(|o| o.value.clone()).collect();
                let values: Vec<String> = (0..=r.below(3)).map(|_| list_value(r, &known)).collect();
                let sep = if r.chance(10) { "%2C" } else { "," };
                let value = values.join(sep);
                match g.facet.param() {
                    "histoire" => {
                        format!("histoire{}", r.pick(&["", "=1", "=0", "=2", "=oui"]))
                    }
                    p => format!("{p}={value}"),
                }
            }
            9 => format!(
                "page={}",
                r.pick(&["1", "2", "0", "-1", "3", "99", "1000001", "12345678", "a", ""])
            ),
            10 => format!("embed{}", r.pick(&["", "=1", "=0", "=yes"])),
            11 => format!(
                "chart={}",
                r.pick(&["statuts", "calendrier", "axes", "pie", ""])
            ),
            12 => format!(
                "{}={}",
                r.pick(&["theme", "snapshot"]),
                r.pick(&[
                    "dark",
                    "light",
                    "auto",
                    "Dark",
                    "2016-06-03",
                    "ABCDEF12",
                    "abc",
                ])
            ),
            _ => r
                .pick(&["utm_source=x", "%71=a", "q", "&", "=", "%zz=1", "a=%"])
                .to_string(),
        };
        pairs.push(pair);
    }
    let _ = s;
    let q = pairs.join("&");
    if r.chance(50) {
        format!("?{q}")
    } else {
        q
    }
}

/// The chips of the active filters as the app writes them
/// (`src/components/active_filters.rs`), in `lang`.
fn chips(
    s: &Snapshot,
    view: &plan_core::url_state::ViewState,
    counts: &[FacetCounts],
    lang: Lang,
) -> Vec<[String; 4]> {
    let t = lang.texts();
    let mut out = Vec::new();
    let q = view.q.trim();
    if !q.is_empty() {
        out.push([
            "q".to_owned(),
            String::new(),
            fill(t.chip_search, &[("q", q)]),
            fill(t.chip_search_remove, &[("q", q)]),
        ]);
    }
    for g in counts {
        for o in g.options.iter().filter(|o| o.selected) {
            let label = plan_core::filter::option_label(s, g.facet, &o.value, &o.label, lang);
            let text = fill(
                t.chip_filter,
                &[("facet", g.facet.label(lang)), ("value", &label)],
            );
            let name = fill(t.chip_filter_remove, &[("filter", &text)]);
            out.push([g.facet.param().to_owned(), o.value.clone(), text, name]);
        }
    }
    out
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let seed: u64 = args.first().and_then(|a| a.parse().ok()).unwrap_or(1);
    let count: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(500);
    let path = args
        .get(2)
        .cloned()
        .unwrap_or_else(|| "public/data/plan.json".into());
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
    let s = plan_core::load::load_snapshot(&bytes).expect("a valid snapshot");
    let data = site_gen::apercu::overview_data(&s).expect("a plan small enough for the preview");
    let index = SearchIndex::new(&s);
    let facets = facet_counts(&s, &index, &Default::default());
    let words = words(&s);
    let mut r = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let cases: Vec<serde_json::Value> = (0..count)
        .map(|_| {
            let url = case(&mut r, &s, &words, &facets);
            let (mut view, embed, _) = parse_query_with_embed(&url);
            view.sanitize(&s);
            let shown = plan_core::filter::filter(&s, &index, &view);
            let groups = facet_counts(&s, &index, &view);
            let counts: Vec<Vec<usize>> = groups
                .iter()
                .map(|g| g.options.iter().map(|o| o.count).collect())
                .collect();
            let n = s.commitments.len();
            let label = |lang| results_label(shown.len(), n, view.page, lang);
            let chips = |lang| chips(&s, &view, &groups, lang);
            let page = paging::page(&shown, view.page);
            let phrase = Query::parse(&view.q).terms().iter().any(|t| t.contains(' '));
            json!({
                "phrase": phrase,
                "url": url,
                "query": to_query_with_embed(&view, &embed),
                "shown": shown,
                "onPage": page.items,
                "page": page.number,
                "label": { "fr": label(Lang::Fr), "en": label(Lang::En) },
                "labelFr": paging::results_label_fr(shown.len(), n, view.page),
                "see": { "fr": i18n::see_results(shown.len(), Lang::Fr), "en": i18n::see_results(shown.len(), Lang::En) },
                "filters": { "fr": i18n::filters_button(view.active_filter_count(), Lang::Fr), "en": i18n::filters_button(view.active_filter_count(), Lang::En) },
                "chips": { "fr": chips(Lang::Fr), "en": chips(Lang::En) },
                "counts": counts,
                "embed": { "embed": embed.embed, "chart": embed.chart_alone(), "theme": embed.theme.as_str() },
            })
        })
        .collect();
    // Folding, character by character, over the scripts a French reader may
    // type (Latin, Greek, Cyrillic, punctuation, ligatures) and the odd ones.
    let ranges = [
        0x0..=0x52F,
        0x1E00..=0x1EFF,
        0x2000..=0x206F,
        0x2100..=0x214F,
        0x3000..=0x3003,
        0xFB00..=0xFB06,
        0xFEFF..=0xFEFF,
    ];
    let mut folds: Vec<(String, String)> = ranges
        .into_iter()
        .flatten()
        .filter_map(char::from_u32)
        .map(|c| (c.to_string(), plan_core::fold::fold(&c.to_string())))
        .collect();
    folds.extend(
        ODD.iter()
            .map(|t| (t.to_string(), plan_core::fold::fold(t))),
    );
    // Per language: the overview's data, the script's texts, and each
    // facet's heading and option labels as the preview writes them.
    let langs: serde_json::Map<String, serde_json::Value> = Lang::ALL
        .into_iter()
        .map(|lang| {
            let names: Vec<Vec<[String; 2]>> = facets
                .iter()
                .map(|g| {
                    g.options
                        .iter()
                        .map(|o| {
                            [
                                g.facet.label(lang).to_owned(),
                                plan_core::filter::option_label(
                                    &s, g.facet, &o.value, &o.label, lang,
                                ),
                            ]
                        })
                        .collect()
                })
                .collect();
            (
                lang.code().to_owned(),
                json!({
                    "data": site_gen::apercu::overview_data_in(&s, lang).expect("small enough"),
                    "texts": site_gen::apercu::texts_json(lang),
                    "names": names,
                }),
            )
        })
        .collect();
    let distinct: Vec<Vec<&str>> = (0..s.commitments.len())
        .map(|i| index.distinct_words(i).unwrap_or_default())
        .collect();
    // The counted texts (the filter button, the link to the results) for
    // numbers the plan's own cases do not reach.
    let counted: Vec<serde_json::Value> = [0, 1, 2, 26, 999, 1000, 1234, 12_345, 1_234_567]
        .into_iter()
        .map(|n| {
            json!({
                "n": n,
                "see": { "fr": i18n::see_results(n, Lang::Fr), "en": i18n::see_results(n, Lang::En) },
                "filters": { "fr": i18n::filters_button(n, Lang::Fr), "en": i18n::filters_button(n, Lang::En) },
            })
        })
        .collect();
    println!(
        "{}",
        json!({ "data": data, "langs": langs, "cases": cases, "folds": folds, "distinctWords": distinct, "counted": counted })
    );
}
