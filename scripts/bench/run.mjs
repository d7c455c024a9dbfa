// Benchmark (issues 7 and 12), not a test: prints numbers, asserts nothing.
//   sizes      first-load files raw/gzip/brotli, the budget, and what servers
//              really send for Accept-Encoding: br (this bench server, python's)
//   load       cold loads on a slow phone, app and anchor page side by side:
//              first paint, app ready, search usable, long tasks, bytes
//   embed      the filtered embed's first paint in words, at 0.8 s and 1.6 s
//   lighthouse Lighthouse 12 mobile, 3 runs, medians
//   crates     the wasm's size by crate (a build with names, twiggy)
//   scale      the app with a 5,000-commitment synthetic snapshot
// Usage: node scripts/bench/run.mjs <dist> [--runs N] [--skip sizes,load,…]
//   env SCALE_SNAPSHOT=<file> (plan-synth output), BENCH_PORT (8791),
//   BENCH_OUT (target/bench: screenshots), BENCH_QUERY (the word typed).
import { readFileSync, existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { measure, served, BUDGET } from './sizes.mjs';
import { serve } from './serve.mjs';
import { staticListPage, pickQuery, matching, FILTER_BYTES } from './static-list.mjs';
import { CHROMIUM, CHROME_ARGS, kb, kbShort, title } from './common.mjs';
import { loadSection } from './load.mjs';
import { embedSection } from './embed.mjs';
import { lighthouseSection } from './lighthouse.mjs';
import { cratesSection } from './crates.mjs';
import { scaleSection } from './scale.mjs';
import { commitmentSection, plainPages } from './commitment.mjs';
import { firstVisitSection } from './first-visit.mjs';
import { pageSizesSection } from './page-sizes.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : dflt; };
const dist = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) || 'dist';
const RUNS = Math.max(1, Number(opt('runs', process.env.RUNS || 5)));
const SKIP = new Set(String(opt('skip', process.env.SKIP || '')).split(',').map((s) => s.trim()).filter(Boolean));
const PORT = Number(process.env.BENCH_PORT || 8791);
const OUT = resolve(ROOT, process.env.BENCH_OUT || 'target/bench');
const want = (part) => !SKIP.has(part);

console.log(`Plan ouvert benchmark: ${resolve(dist)}; runs ${RUNS}; skipped: ${[...SKIP].join(', ') || 'none'}`);
const m = measure(dist);
const snapshot = JSON.parse(readFileSync(join(dist, 'data/plan.json'), 'utf8'));
const total = snapshot.commitments.length;
const cssHrefs = m.files.filter((f) => f.kind === 'css').map((f) => f.path);
const anchorHtml = Buffer.from(staticListPage(snapshot, cssHrefs));
const extra = { '/bench-static-list.html': anchorHtml, ...plainPages(dist) };
// "gzip on the wire" for every timed part, whatever the browser offers.
const server = await serve(dist, PORT, extra, { encodings: ['gzip'] });
const needsBrowser = ['sizes', 'load', 'commitment', 'visit', 'embed', 'scale'].some(want);
const browser = needsBrowser ? await chromium.launch({ executablePath: CHROMIUM, args: CHROME_ARGS }) : null;

// ---- sizes ----
if (want('sizes')) {
  title(`First-load sizes (${dist}): what the home page loads before it can show anything`);
  console.log(`${'file'.padEnd(44)} ${'raw'.padStart(11)} ${'gzip'.padStart(11)} ${'brotli'.padStart(11)}`);
  for (const f of [...m.files, { path: 'total (html+css+js+wasm)', ...m.total }, m.snapshot]) {
    console.log(`${f.path.padEnd(44)} ${kb(f.raw)} ${kb(f.gzip)} ${kb(f.brotli)}`);
  }
  console.log(`budget: first load ${kb(m.total.gzip).trim()} of ${kb(BUDGET.firstLoadGzip).trim()} gzip (headroom ${kb(BUDGET.firstLoadGzip - m.total.gzip).trim()}); ` +
    `snapshot ${kb(m.snapshot.gzip).trim()} of ${kb(BUDGET.snapshotGzip).trim()} gzip (headroom ${kb(BUDGET.snapshotGzip - m.snapshot.gzip).trim()})`);
  const ga = m.files.find((f) => f.kind === 'wasm');
  if (ga) console.log(`brotli saves ${kb(m.total.gzip - m.total.brotli).trim()} on the first load (${(100 * (1 - m.total.brotli / m.total.gzip)).toFixed(1)}%), ${kb(ga.gzip - ga.brotli).trim()} of it on the wasm`);
  const aSizes = { raw: anchorHtml.length };
  console.log(`anchor page (the same list, its searchable text and a ${FILTER_BYTES}-byte filter script): ${kbShort(aSizes.raw)} raw + the same CSS`);
  await encodings();
}

/** What is sent on the wire when the client offers brotli: this bench server, python's http.server, and what Chromium offers. */
async function encodings() {
  title('Content-Encoding actually served (request: Accept-Encoding: gzip, deflate, br)');
  const paths = [...m.files.map((f) => f.path), 'data/plan.json'];
  const describe = (label, r, note = '') => {
    const byEnc = {};
    for (const f of r.files) byEnc[f.encoding ?? 'none'] = (byEnc[f.encoding ?? 'none'] ?? 0) + 1;
    const first = r.files.slice(0, -1).reduce((t, f) => t + f.bytes, 0);
    const snap = r.files.at(-1);
    const bad = r.files.filter((f) => f.status !== 200).map((f) => `${f.path} ${f.status}`);
    console.log(`${label.padEnd(34)} content-encoding ${Object.entries(byEnc).map(([e, n]) => `${e} ×${n}`).join(', ')}: ` +
      `first load ${kbShort(first)}, snapshot ${kbShort(snap.bytes)}${note}${bad.length ? ` (errors: ${bad.join(', ')})` : ''}`);
  };
  const brServer = await serve(dist, PORT + 2, extra, { encodings: ['br', 'gzip'] });
  describe('bench server (node, br + gzip)', await served(brServer.url, paths, 'gzip, deflate, br'));
  describe('bench server, client without br', await served(brServer.url, paths, 'gzip, deflate'));
  describe('bench server as timed (gzip only)', await served(server.url, paths, 'gzip, deflate, br'));
  // python3 -m http.server, as tests/e2e uses: no compression at all.
  const py = spawn('python3', ['-m', 'http.server', String(PORT + 3), '--bind', '127.0.0.1', '--directory', dist], { stdio: 'ignore' });
  const pyUrl = `http://127.0.0.1:${PORT + 3}`;
  let up = false;
  for (let i = 0; i < 50 && !up; i++) {
    await new Promise((r) => setTimeout(r, 100));
    up = (await served(pyUrl, ['index.html'], 'br')).files[0].status === 200;
  }
  if (up) describe('python3 -m http.server', await served(pyUrl, paths, 'gzip, deflate, br'));
  else console.log('python3 -m http.server did not start');
  py.kill();
  // What Chromium itself offers over plain http (one unthrottled load).
  if (browser) {
    const from = brServer.log.length;
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(brServer.url + '/', { waitUntil: 'load' }).catch(() => {});
    await page.waitForTimeout(1000);
    await context.close();
    const seen = brServer.log.slice(from);
    const offers = [...new Set(seen.map((l) => l.acceptEncoding))];
    const br = seen.filter((l) => l.contentEncoding === 'br').reduce((t, l) => t + l.bytes, 0);
    const all = seen.reduce((t, l) => t + l.bytes, 0);
    console.log(`${browser.version ? `Chromium ${browser.version()}` : 'Chromium'} over plain http://127.0.0.1 offers Accept-Encoding: ${offers.map((o) => `'${o}'`).join(', ')}; ` +
      `from a server that prefers br it got ${kbShort(br)} as br of ${kbShort(all)} in ${seen.length} responses` +
      (offers.some((o) => /\bbr\b/.test(o ?? '')) ? ' (Chromium offers br over https and to localhost, which counts as secure; over plain http to any other host it offers gzip and deflate only)'
        : ' (no br offered over plain http)'));
  }
  await brServer.close();
}

// ---- load, embed ----
const query = process.env.BENCH_QUERY || pickQuery(snapshot);
if (want('load')) {
  await loadSection({ browser, server, runs: RUNS, total, query, expected: matching(snapshot, query) });
}
if (want('commitment')) await commitmentSection({ browser, server, dist, snapshot, runs: RUNS, outDir: OUT });
if (want('visit')) await firstVisitSection({ browser, server });
if (want('pages')) pageSizesSection(dist);
if (want('embed')) await embedSection({ browser, server, outDir: OUT });

// ---- Lighthouse ----
if (want('lighthouse')) {
  for (const path of ['/', '/engagements/1/']) {
    await lighthouseSection({ url: server.url + path, runs: Number(process.env.LIGHTHOUSE_RUNS || 3) });
  }
}

// ---- scale ----
if (want('scale')) {
  const file = process.env.SCALE_SNAPSHOT;
  if (file && existsSync(file)) await scaleSection({ browser, dist, file, port: PORT + 1 });
  else { title('Scale'); console.log(`no synthetic snapshot (SCALE_SNAPSHOT=${file ?? ''}): skipped`); }
}

if (browser) await browser.close();
await server.close();

// ---- crates (last: a long build, nothing timed runs alongside it) ----
if (want('crates')) await cratesSection({ root: ROOT, dist });
