// Size budget (issues 7 and 12): what a first visit downloads, read from the
// built dist/. Sizes are deterministic, so this needs no browser and no
// timing: it fails when HTML + CSS + JS + wasm exceed 300 KB gzip in all, or
// the snapshot 60 KB gzip.
import { test, expect } from './fixtures.mjs';
import { BUDGET, measure } from '../../scripts/bench/sizes.mjs';

const dist = process.env.E2E_DIST || 'dist';
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

test.describe('size budget', () => {
  const m = measure(dist);
  const table = m.files.map((f) => `${f.path}: ${kb(f.gzip)} gzip`).join('\n');

  test('first load finds the html, css, js and wasm', () => {
    const kinds = new Set(m.files.map((f) => f.kind));
    for (const k of ['html', 'css', 'js', 'wasm']) expect(kinds, `no ${k} in ${dist}/index.html`).toContain(k);
  });

  test('HTML + CSS + JS + wasm ≤ 300 KB gzip', () => {
    // KNOWN FAILURE, issue 12 blocked on code splitting: the first load is
    // about 433 KB gzip, the wasm ~375 KB of it alone (after build-std and
    // immediate-abort), so no page can fit until the wasm can be split
    // (trunk cannot: trunk-rs/trunk#1022). The overview's HTML is ~36 KB (its
    // static preview, with the search data that makes it usable before the
    // wasm: ~20 KB, each commitment's distinct words; the whole folded texts
    // were ~35 KB). Marked as expected to fail
    // so the suite stays green while the budget stays the issue's; once the
    // build fits, Playwright reports "expected to fail, but passed" and this
    // line must go.
    test.fail(true, 'first load over the 300 KB gzip budget (issue 12)');
    expect(m.total.gzip, `first load ${kb(m.total.gzip)} gzip:\n${table}`).toBeLessThanOrEqual(BUDGET.firstLoadGzip);
  });

  test('snapshot ≤ 60 KB gzip', () => {
    expect(m.snapshot.gzip, `data/plan.json ${kb(m.snapshot.gzip)} gzip`).toBeLessThanOrEqual(BUDGET.snapshotGzip);
  });
});
