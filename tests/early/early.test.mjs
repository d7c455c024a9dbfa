// The preview's script (crates/site-gen/src/apercu.js) against plan-core:
// for hundreds of generated query strings (search words with accents,
// capitals, quotes and odd characters, known and unknown filter values,
// bad encodings, pages, embed flags), the commitments it shows, its page,
// count line, facet counts, embed flags and rewritten URL must equal what
// plan-core computes (crates/site-gen/src/bin/early-oracle.rs), in French
// and in English: the count line and the active filters' chips differ by
// language, the rest must not.
//
// The page carries each commitment's distinct words, not its text: a query
// whose terms have no space must be answered exactly as plan-core answers
// it from the whole text; a query with a term that has a space (a quoted
// phrase) must be left unanswered (compute gives null: the waiting line),
// its URL and chips still written as plan-core writes them.
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
  test(`preview script = plan-core on ${PER_SEED} generated URLs (seed ${seed}), in both languages`, (t) => {
    const { data, langs, cases } = oracle(seed, PER_SEED);
    assert.equal(cases.length, PER_SEED);
    assert.deepEqual(Object.keys(langs).sort(), ['en', 'fr']);
    // The French page's data is the one site-gen writes today.
    assert.deepEqual(langs.fr.data, data);
    let nonTrivial = 0, withChips = 0, phrases = 0, searched = 0;
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
        if (c.phrase) {
          assert.equal(r, null, `${at}: a term with a space, which the words cannot answer`);
        } else {
          assert.notEqual(r, null, `${at}: no term with a space, the words answer`);
          assert.deepEqual(r.shown, c.shown, `${at}: commitments shown`);
          assert.deepEqual(r.onPage, c.onPage, `${at}: commitments on the page`);
          assert.equal(r.page, c.page, `${at}: page`);
          assert.equal(r.label, c.label[code], `${at}: count line`);
          assert.deepEqual(r.counts, c.counts, `${at}: facet counts`);
          assert.equal(core.counted(r.shown.length, texts.see_results, texts), c.see[code], `${at}: the link to the results`);
        }
        assert.deepEqual({ embed: url.embed.embed, chart: url.embed.chart, theme: url.embed.theme }, c.embed, `${at}: embed flags`);
        assert.equal(core.toQuery(view, url.embed), c.query, `${at}: rewritten URL`);
        assert.equal(core.counted(core.activeCount(view), texts.filters_button, texts), c.filters[code], `${at}: the filter button`);
        const chips = plain(core.chips(view, d, texts, (f, j) => names[f][j]));
        assert.deepEqual(chips, c.chips[code], `${at}: chips`);
      }
      if (c.chips.fr.length) withChips++;
      if (c.phrase) phrases++;
      else if (c.shown.length > 0 && c.shown.length < data.total) nonTrivial++;
      if (!c.phrase && core.terms(core.parseUrl(c.url).view.q).length) searched++;
    }
    assert.ok(withChips > PER_SEED / 10, `only ${withChips} cases have active filters`);
    // Phrases occur (a quoted pair of words, or a stray quote before a
    // space), and the large majority of cases is answered before the app.
    t.diagnostic(`${phrases} of ${PER_SEED} cases have a term with a space; ${searched} others search the words`);
    assert.ok(searched > PER_SEED / 5, `only ${searched} answered cases search`);
    assert.ok(phrases > 0, 'no generated query has a term with a space');
    assert.ok(phrases < PER_SEED / 4, `${phrases} of ${PER_SEED} cases left to the app`);
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
  // The oracle's words are folded by plan-core; folding them again changes nothing.
  for (const word of data.words.split(' ')) assert.equal(core.fold(word), word);
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

test('the page\'s words are plan-core\'s distinct words of each commitment, cut as its index cuts them', () => {
  const { data, distinctWords } = oracle(1, 1);
  const words = data.words.split(' ');
  assert.equal(new Set(words).size, words.length, 'every word once');
  for (const w of words) {
    // No space nor control character (U+0000–U+001F, U+007F–U+009F) inside a word.
    assert.ok(w !== '' && !/[\u0000-\u0020\u007f-\u009f]/.test(w), `word ${JSON.stringify(w)}`);
  }
  const numbers = core.wordNumbers(data);
  assert.equal(numbers.length, data.total);
  assert.equal(distinctWords.length, data.total);
  numbers.forEach((ks, i) => {
    for (let j = 1; j < ks.length; j++) assert.ok(ks[j] > ks[j - 1], `commitment ${i}: ascending numbers`);
    const got = ks.map((k) => words[k]);
    assert.deepEqual([...got].sort(), [...distinctWords[i]].sort(), `commitment ${i}: its words`);
  });
  assert.ok(words.length > 1000, `only ${words.length} words`);
});

test('the counted texts (the filter button, the link to the results) group thousands as plan-core does', () => {
  const { langs, counted } = oracle(1, 1);
  assert.ok(counted.some((c) => c.n >= 1000));
  for (const c of counted) {
    for (const [code, { texts }] of Object.entries(langs)) {
      assert.equal(core.counted(c.n, texts.see_results, texts), c.see[code], `${c.n} (${code}): the link to the results`);
      assert.equal(core.counted(c.n, texts.filters_button, texts), c.filters[code], `${c.n} (${code}): the filter button`);
    }
  }
});
