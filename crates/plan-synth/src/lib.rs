//! Synthetic snapshots in the real schema, for scale measurements and benchmarks.
//!
//! [`synthesize`] takes a real snapshot as its model and writes `n` commitments
//! with 4 actions each. Every commitment copies the shape of a real one chosen at
//! random (axis, objective, institutions, statuses, rich-text structure, press and
//! stories), and every text is replaced by words drawn from the real report's
//! vocabulary (same word frequencies, accents included) with about the same length
//! (±25 %). So searches hit and miss like they do on the real data, and sizes scale
//! like the real file. The output is deterministic for a given seed and passes
//! [`plan_core::load::load_snapshot`].

use plan_core::model::*;

/// A small deterministic PRNG (SplitMix64): no dependency, same output everywhere.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

/// Words of the model snapshot, with repetitions, so draws follow real frequencies.
struct Vocabulary(Vec<String>);

impl Vocabulary {
    fn of(s: &Snapshot) -> Self {
        let mut words = Vec::new();
        let mut add = |t: &str| words.extend(t.split_whitespace().map(str::to_owned));
        for c in &s.commitments {
            add(&c.title);
            add(&rich_plain_text(&c.stakes));
            add(&rich_plain_text(&c.description));
            for a in &c.actions {
                add(&a.text);
                add(&a.results);
                add(&a.next_steps);
            }
        }
        if words.is_empty() {
            words.push("engagement".to_owned());
        }
        Vocabulary(words)
    }

    /// A text of about `len` characters (±25 %), or empty when `len` is 0.
    fn text(&self, rng: &mut Rng, len: usize) -> String {
        if len == 0 {
            return String::new();
        }
        let target = len * 3 / 4 + rng.below(len / 2 + 1);
        let mut out = String::with_capacity(target + 16);
        while out.chars().count() < target.max(1) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&self.0[rng.below(self.0.len())]);
        }
        out
    }
}

fn len(s: &str) -> usize {
    s.chars().count()
}

fn inlines(v: &Vocabulary, rng: &mut Rng, xs: &[Inline]) -> Vec<Inline> {
    xs.iter()
        .map(|i| match i {
            Inline::Text { text } => Inline::Text {
                text: v.text(rng, len(text)),
            },
            Inline::Strong { content } => Inline::Strong {
                content: inlines(v, rng, content),
            },
            Inline::Link { content } => Inline::Link {
                content: inlines(v, rng, content),
            },
        })
        .collect()
}

fn items(v: &Vocabulary, rng: &mut Rng, xs: &[ListItem]) -> Vec<ListItem> {
    xs.iter()
        .map(|it| ListItem {
            content: inlines(v, rng, &it.content),
            items: items(v, rng, &it.items),
        })
        .collect()
}

fn rich(v: &Vocabulary, rng: &mut Rng, blocks: &[Block]) -> RichText {
    blocks
        .iter()
        .map(|b| match b {
            Block::Paragraph { content } => Block::Paragraph {
                content: inlines(v, rng, content),
            },
            Block::List { items: xs } => Block::List {
                items: items(v, rng, xs),
            },
        })
        .collect()
}

/// Actions per synthetic commitment.
pub const ACTIONS_PER_COMMITMENT: usize = 4;

/// A snapshot like `model` with `n` synthetic commitments (numbered 1..=n).
/// Plan, source, status and calendar definitions, axes and institutions are the
/// model's, so every reference resolves.
///
/// # Panics
/// If `model` has no commitment or a commitment without actions (the real one has both).
pub fn synthesize(model: &Snapshot, n: usize, seed: u64) -> Snapshot {
    assert!(!model.commitments.is_empty(), "the model has no commitment");
    let vocab = Vocabulary::of(model);
    let mut rng = Rng::new(seed);
    let commitments = (1..=n as u32)
        .map(|number| {
            let t = &model.commitments[rng.below(model.commitments.len())];
            assert!(
                !t.actions.is_empty(),
                "commitment {} has no action",
                t.number
            );
            let title = vocab.text(&mut rng, len(&t.title));
            let offset = rng.below(t.actions.len());
            let actions = (0..ACTIONS_PER_COMMITMENT)
                .map(|k| {
                    let a = &t.actions[(offset + k) % t.actions.len()];
                    Action {
                        id: format!("{number}.{}", k + 1),
                        text: vocab.text(&mut rng, len(&a.text)),
                        results: vocab.text(&mut rng, len(&a.results)),
                        next_steps: vocab.text(&mut rng, len(&a.next_steps)),
                        status: a.status,
                        status_label: a.status_label.clone(),
                        actor: a.actor.clone(),
                    }
                })
                .collect();
            Commitment {
                number,
                id: format!("engagement-{number}"),
                slug: format!("engagement-synthetique-{number}"),
                title,
                axis: t.axis.clone(),
                objective: t.objective.clone(),
                status: t.status,
                status_label: t.status_label.clone(),
                calendar: t.calendar,
                institutions: t.institutions.clone(),
                stakes: rich(&vocab, &mut rng, &t.stakes),
                description: rich(&vocab, &mut rng, &t.description),
                actions,
                results_notes: rich(&vocab, &mut rng, &t.results_notes),
                stories: t
                    .stories
                    .iter()
                    .map(|s| rich(&vocab, &mut rng, s))
                    .collect(),
                press: t
                    .press
                    .iter()
                    .map(|p| PressMention {
                        outlet: p.outlet.clone(),
                        title: vocab.text(&mut rng, len(&p.title)),
                        date: p.date.clone(),
                    })
                    .collect(),
                contributions: t.contributions,
            }
        })
        .collect();
    Snapshot {
        commitments,
        ..model.clone()
    }
}

/// [`synthesize`] serialised as the app's `data/plan.json` is (compact JSON).
pub fn synthesize_json(model: &Snapshot, n: usize, seed: u64) -> Vec<u8> {
    serde_json::to_vec(&synthesize(model, n, seed)).expect("a snapshot always serialises")
}

#[cfg(test)]
mod tests {
    use super::*;
    use plan_core::load::load_snapshot;

    fn real() -> Snapshot {
        let bytes = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../public/data/plan.json"
        ))
        .unwrap();
        load_snapshot(&bytes).unwrap()
    }

    #[test]
    fn synthetic_snapshots_load_and_have_the_asked_shape() {
        let model = real();
        for n in [1, 26, 1000] {
            let s = load_snapshot(&synthesize_json(&model, n, 7)).unwrap();
            assert_eq!(s.commitments.len(), n);
            assert!(s
                .commitments
                .iter()
                .all(|c| c.actions.len() == ACTIONS_PER_COMMITMENT));
        }
    }

    #[test]
    fn same_seed_same_bytes_other_seed_other_bytes() {
        let model = real();
        assert_eq!(
            synthesize_json(&model, 50, 1),
            synthesize_json(&model, 50, 1)
        );
        assert_ne!(
            synthesize_json(&model, 50, 1),
            synthesize_json(&model, 50, 2)
        );
    }

    #[test]
    fn text_lengths_are_like_the_model() {
        // Guards "text lengths like the real report's": the average commitment's
        // JSON size stays within 30 % of the real one's, at 4 actions each.
        let model = real();
        let per = |s: &Snapshot| {
            let acts: usize = s.commitments.iter().map(|c| c.actions.len()).sum();
            let bytes: usize = s
                .commitments
                .iter()
                .map(|c| serde_json::to_vec(c).unwrap().len())
                .sum();
            bytes as f64 / acts as f64
        };
        let synth = synthesize(&model, 500, 3);
        let ratio = per(&synth) / per(&model);
        assert!(
            (0.7..1.3).contains(&ratio),
            "bytes per action ratio {ratio}"
        );
    }
}
