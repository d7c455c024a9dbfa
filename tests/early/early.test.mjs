// The preview's script (crates/site-gen/src/apercu.js) against plan-core:
// for hundreds of generated query strings (search words with accents,
// capitals, quotes and odd characters, known and unknown filter values,
// bad encodings, pages, embed flags), the commitments it shows, its page,
// count line, facet counts, embed flags and rewritten URL must equal what
// plan-core computes (crates/site-gen/src/bin/early-oracle.rs), in French
// and in English: the count line and the active filters' chips differ by
// language, the rest must not.
//
//   node --test tests/early/      (cargo builds the oracle first)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';

const root = new URL('../../', import.meta.url).pathname;

function oracle(seed, count) {
  // A native tool: the wasm build's build-std setting must not reach it.
  const env = { ...process.env };
  delete env.CARGO_UNSTABLE_BUILD_STD;
  const out = execFileSync('cargo', ['run', '--quiet', '--offline', '-p', 'site-gen', '--bin', 'early-oracle', '--', String(seed), String(count)], {
    cwd: root, maxBuffer: 256 << 20, env,
  });
  return JSON.parse(out);
}

function loadCore() {
  const window = {};
  vm.runInNewContext(readFileSync(`${root}crates/site-gen/src/apercu.js`, 'utf8'), { window, TextDecoder });
  return window.planOuvertApercu.core;
}

const core = loadCore();
const SEEDS = [1, 2, 3];
const PER_SEED = 300;

for (const seed of SEEDS) {
  test(`preview script = plan-core on ${PER_SEED} generated URLs (seed ${seed}), in both languages`, () => {
    const { data, langs, cases } = oracle(seed, PER_SEED);
    assert.equal(cases.length, PER_SEED);
    assert.deepEqual(Object.keys(langs).sort(), ['en', 'fr']);
    // The French page's data is the one site-gen writes today.
    assert.deepEqual(langs.fr.data, data);
    let nonTrivial = 0, withChips = 0;
    // Plain copies: objects from the script's own context have other prototypes.
    const plain = (x) => JSON.parse(JSON.stringify(x));
    for (const c of cases) {
      const where = `URL ${JSON.stringify(c.url)}`;
      assert.equal(c.label.fr, c.labelFr, `${where}: i18n::results_label = paging::results_label_fr`);
      for (const [code, { data: d, texts, names }] of Object.entries(langs)) {
        const at = `${where} (${code})`;
        const url = plain(core.parseUrl(c.url));
        const view = core.sanitize(url.view, d);
        const r = plain(core.compute(view, d));
        assert.deepEqual(r.shown, c.shown, `${at}: commitments shown`);
        assert.deepEqual(r.onPage, c.onPage, `${at}: commitments on the page`);
        assert.equal(r.page, c.page, `${at}: page`);
        assert.equal(r.label, c.label[code], `${at}: count line`);
        assert.deepEqual(r.counts, c.counts, `${at}: facet counts`);
        assert.deepEqual({ embed: url.embed.embed, chart: url.embed.chart, theme: url.embed.theme }, c.embed, `${at}: embed flags`);
        assert.equal(core.toQuery(view, url.embed), c.query, `${at}: rewritten URL`);
        const chips = plain(core.chips(view, d, texts, (f, j) => names[f][j]));
        assert.deepEqual(chips, c.chips[code], `${at}: chips`);
      }
      if (c.chips.fr.length) withChips++;
      if (c.shown.length > 0 && c.shown.length < data.total) nonTrivial++;
    }
    assert.ok(withChips > PER_SEED / 10, `only ${withChips} cases have active filters`);
    // The generator must exercise filtering, not only empty or full lists.
    assert.ok(nonTrivial > PER_SEED / 10, `only ${nonTrivial} cases narrow the list`);
  });
}

test('folding matches plan-core, character by character and on the report', () => {
  const { data, folds } = oracle(1, 1);
  assert.ok(folds.length > 1500);
  for (const [input, folded] of folds) {
    assert.equal(core.fold(input), folded, `fold of U+${input.codePointAt(0).toString(16)} ${JSON.stringify(input)}`);
  }
  // The oracle's texts are folded by plan-core; folding them again changes nothing.
  for (const text of data.texts) {
    for (const field of text.split('\u0001')) assert.equal(core.fold(field), field);
  }
  assert.equal(core.fold('L’Œuvre Élémentaire'), "l'oeuvre elementaire");
});

test('the script holds no language: its texts are the page\'s', () => {
  const src = readFileSync(`${root}crates/site-gen/src/apercu.js`, 'utf8');
  for (const word of ['Recherche', 'Retirer', 'Filtres', 'Tout effacer', 'engagement', 'Recharger', 'sur ']) {
    const code = src.split('\n').filter((l) => !l.trim().startsWith('//')).join('\n');
    assert.ok(!code.includes(word), `apercu.js still says ${JSON.stringify(word)}`);
  }
  assert.equal(core.fill(' · page {page} of {pages}', { page: 2, pages: 3 }), ' · page 2 of 3');
  assert.equal(core.fill('{n} {x}', { n: 1 }), '1 {x}');
});
