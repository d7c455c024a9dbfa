// Benchmark (issue 7), not a test: prints sizes, load times on a slow phone
// (slow 4G + CPU ÷4) for the app and for a static page with the same list,
// Lighthouse's four scores, and the app's behaviour with a 5,000-commitment
// synthetic snapshot. Usage: node scripts/bench/run.mjs <dist> [--runs N]
//   [--skip load,lighthouse,scale] ; env SCALE_SNAPSHOT=<file> (plan-synth output).
import { readFileSync, existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { measure, BUDGET } from './sizes.mjs';
import { serve } from './serve.mjs';
import { staticListPage } from './static-list.mjs';

const args = process.argv.slice(2);
const dist = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) || 'dist';
const opt = (name, dflt) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : dflt; };
const RUNS = Number(opt('runs', 7));
const SKIP = new Set(String(opt('skip', '')).split(',').filter(Boolean));
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
// Slow 4G as Lighthouse defines it: 1.6 Mbps down, 750 Kbps up, 150 ms RTT; CPU 4× slower.
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
const CPU_SLOWDOWN = 4;

const kb = (n) => (n / 1000).toFixed(1).padStart(8) + ' KB';
const ms = (n) => `${Math.round(n)} ms`;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };
const spread = (xs) => `median ${ms(median(xs))}, min ${ms(Math.min(...xs))}, max ${ms(Math.max(...xs))} (${xs.length} runs)`;
const title = (t) => console.log(`\n== ${t}`);

// ---- 1. sizes ----
title(`First-load transfer sizes (${dist})`);
const m = measure(dist);
console.log(`${'file'.padEnd(44)} ${'raw'.padStart(11)} ${'gzip'.padStart(11)} ${'brotli'.padStart(11)}`);
for (const f of [...m.files, { path: 'total (html+css+js+wasm)', ...m.total }, m.snapshot]) {
  console.log(`${f.path.padEnd(44)} ${kb(f.raw)} ${kb(f.gzip)} ${kb(f.brotli)}`);
}
console.log(`budget: first load ${kb(m.total.gzip)} / ${kb(BUDGET.firstLoadGzip)} gzip (headroom ${kb(BUDGET.firstLoadGzip - m.total.gzip)}); ` +
  `snapshot ${kb(m.snapshot.gzip)} / ${kb(BUDGET.snapshotGzip)} gzip (headroom ${kb(BUDGET.snapshotGzip - m.snapshot.gzip)})`);

const snapshot = JSON.parse(readFileSync(`${dist}/data/plan.json`, 'utf8'));
const cssHrefs = m.files.filter((f) => f.kind === 'css').map((f) => f.path);
const server = await serve(dist, Number(process.env.BENCH_PORT || 8791), {
  '/bench-static-list.html': Buffer.from(staticListPage(snapshot, cssHrefs)),
});
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_ARGS });

// Records, in the page, when the first and the N-th commitment rows exist and
// every long task (≥ 50 ms), so "visible" and "interactive" need no polling.
// Rows drawn by the app itself (the static preview, #apercu, has rows too).
const APP_ROWS = '.explorer-results li.commitment-item';
const PROBE = ([expected, selector = 'li.commitment-item']) => {
  window.__bench = { visible: null, longTasks: [] };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__bench.longTasks.push([e.startTime, e.startTime + e.duration]); })
    .observe({ type: 'longtask', buffered: true });
  const check = () => {
    if (window.__bench.visible === null && document.querySelectorAll(selector).length >= expected) {
      window.__bench.visible = performance.now();
      requestAnimationFrame(() => { window.__bench.painted = performance.now(); });
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', check);
};

/** One cold load (new context: empty cache, no service worker) of `path`. */
async function coldLoad(path, { throttle, expected, quietMs = 2000, timeout = 60_000 }) {
  const context = await browser.newContext({ locale: 'fr-FR', serviceWorkers: 'block', viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (throttle) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  }
  await page.addInitScript(PROBE, [expected]);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url + path, { waitUntil: 'commit' });
  let visible;
  try {
    await page.waitForFunction(() => window.__bench && window.__bench.painted, null, { timeout });
    // Interactive: the list is painted and the main thread has had no long task
    // for `quietMs` (Lighthouse's TTI uses a 5 s window; 2 s keeps runs short).
    for (;;) {
      const b = await page.evaluate(() => ({ now: performance.now(), ...window.__bench }));
      const lastEnd = Math.max(b.painted, ...b.longTasks.map((t) => t[1]));
      if (b.now - lastEnd >= quietMs) { visible = { visible: b.painted, interactive: lastEnd, longTasks: b.longTasks.length }; break; }
      await page.waitForTimeout(250);
    }
  } catch (e) {
    const text = await page.evaluate(() => document.body.innerText.slice(0, 400)).catch(() => '');
    visible = { error: `${e.message.split('\n')[0]} — page says: ${text.replace(/\s+/g, ' ')} ${errors.join(' ')}` };
  }
  await context.close();
  return visible;
}

async function loadSeries(label, path, expected) {
  const vis = [], tti = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await coldLoad(path, { throttle: true, expected });
    if (r.error) { console.log(`${label}: ERROR ${r.error}`); return null; }
    vis.push(r.visible); tti.push(r.interactive);
  }
  console.log(`${label.padEnd(18)} list visible: ${spread(vis)}`);
  console.log(`${''.padEnd(18)} interactive:  ${spread(tti)}`);
  return { vis: median(vis), tti: median(tti) };
}

// ---- 2. load on a slow phone ----
title(`Cold load, slow 4G (1.6 Mbps / 750 Kbps / 150 ms RTT) + CPU ÷${CPU_SLOWDOWN}, gzip on the wire`);
const n = snapshot.commitments.length;
const app = SKIP.has('load') ? null : await loadSeries('app (/)', '/', n);
const stat = SKIP.has('load') ? null : await loadSeries('static list page', '/bench-static-list.html', n);
if (app && stat) {
  console.log(`ratio app / static: list visible ×${(app.vis / stat.vis).toFixed(2)}, interactive ×${(app.tti / stat.tti).toFixed(2)}`);
}

// ---- 3. Lighthouse ----
if (!SKIP.has('lighthouse')) {
  title('Lighthouse 12 (mobile: simulated slow 4G, CPU ÷4), one run');
  // Asynchronous: this process also serves the pages Lighthouse loads.
  const r = await run('lighthouse', [server.url + '/', '--quiet', '--output=json', '--form-factor=mobile',
    '--only-categories=performance,accessibility,best-practices,seo',
    `--chrome-flags=--headless=new ${CHROME_ARGS.join(' ')}`], {
    env: { ...process.env, CHROME_PATH: CHROMIUM },
  });
  if (r.status !== 0) console.log(`lighthouse failed (${r.status}): ${(r.stderr || '').slice(-600)}`);
  else {
    const lhr = JSON.parse(r.stdout);
    for (const [k, c] of Object.entries(lhr.categories)) console.log(`${c.title.padEnd(16)} ${Math.round(c.score * 100)}`);
    const a = lhr.audits;
    console.log(`FCP ${a['first-contentful-paint'].displayValue}, LCP ${a['largest-contentful-paint'].displayValue}, TBT ${a['total-blocking-time'].displayValue}, CLS ${a['cumulative-layout-shift'].displayValue}, SI ${a['speed-index'].displayValue}`);
    // What the two heaviest performance metrics come from.
    const lcpItems = a['largest-contentful-paint-element']?.details?.items ?? [];
    const lcpNode = lcpItems.flatMap((i) => i.items ?? [i]).find((i) => i.node)?.node;
    if (lcpNode) console.log(`LCP element: ${lcpNode.snippet.slice(0, 120)}`);
    const work = (a['mainthread-work-breakdown']?.details?.items ?? [])
      .map((i) => `${i.groupLabel ?? i.group} ${Math.round(i.duration)} ms`).join(', ');
    if (work) console.log(`main thread: ${work}`);
    for (const [k, c] of Object.entries(lhr.categories)) {
      const failed = c.auditRefs.filter((ref) => ref.weight > 0 && a[ref.id].score !== null && a[ref.id].score < 1).map((ref) => `${ref.id} (${a[ref.id].score})`);
      if (failed.length && k !== 'performance') console.log(`  ${c.title} below 1: ${failed.join(', ')}`);
    }
  }
}

function run(cmd, argv, options) {
  return new Promise((resolve) => {
    const p = spawn(cmd, argv, options);
    let stdout = '', stderr = '';
    p.stdout.on('data', (d) => { stdout += d; });
    p.stderr.on('data', (d) => { stderr += d; });
    p.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

// ---- 4. scale ----
if (!SKIP.has('scale')) {
  const file = process.env.SCALE_SNAPSHOT;
  title(`Scale: ${file || '(SCALE_SNAPSHOT not set)'}, no throttling`);
  if (file && existsSync(file)) await scale(file);
}

async function scale(file) {
  const bytes = readFileSync(file);
  const big = JSON.parse(bytes);
  const N = big.commitments.length;
  const s2 = await serve(dist, Number(process.env.BENCH_PORT || 8791) + 1, { '/data/plan.json': bytes });
  const context = await browser.newContext({ locale: 'fr-FR', serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  // The app's own rows, not the static preview's (#apercu, the real plan's list
  // in index.html): first render means the synthetic plan drawn by the app.
  await page.addInitScript(PROBE, [1, APP_ROWS]);
  console.log(`snapshot: ${N} commitments, ${kb(bytes.length)} raw`);
  const t0 = Date.now();
  await page.goto(s2.url + '/', { waitUntil: 'commit' });
  try {
    await page.waitForFunction(() => window.__bench && window.__bench.painted, null, { timeout: 60_000 });
  } catch {
    const text = await page.evaluate(() => document.body.innerText.slice(0, 500));
    console.log(`load failed after ${Date.now() - t0} ms; the page says: ${text.replace(/\s+/g, ' ')}`);
    await context.close(); await s2.close(); return;
  }
  const first = await page.evaluate((sel) => ({ t: window.__bench.painted, rows: document.querySelectorAll(sel).length, dom: document.getElementsByTagName('*').length }), APP_ROWS);
  console.log(`load + first render: ${ms(first.t)} (target ≤ 1500 ms); rows in the DOM: ${first.rows}; elements: ${first.dom}`);
  // Where the start-up time goes: the app's performance marks (src/data.rs,
  // src/pages/overview.rs), from navigation start.
  const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]));
  if (marks.length) {
    let prev = 0;
    console.log('start-up marks: ' + marks.map(([name, t]) => { const d = t - prev; prev = t; return `${name} ${ms(t)} (+${ms(d)})`; }).join(', '));
  }

  // The search index is built in short steps after the first render (a search
  // typed meanwhile waits for it, showing « Préparation de la recherche… »).
  // Interactions are timed once it is complete, so that each sample is the
  // cost of that interaction, not of the build's steps running alongside.
  await page.waitForFunction(() => performance.getEntriesByName('plan:indexed').length > 0, null, { timeout: 60_000 });
  const indexed = await page.evaluate(() => performance.getEntriesByName('plan:indexed')[0].startTime);
  console.log(`search index complete at ${ms(indexed)} (${ms(indexed - first.t)} after the first render); interactions timed from then on`);

  // Script time of one interaction: CDP's ScriptDuration delta (JS + wasm on the
  // main thread) from the input until the page is idle again; plus input → next frame.
  const metric = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
  const idle = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  async function timed(action) {
    await idle();
    const before = await metric();
    const t = await page.evaluate(() => performance.now());
    await action();
    const frame = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(performance.now()))));
    await idle();
    const after = await metric();
    return { script: (after.ScriptDuration - before.ScriptDuration) * 1000, latency: frame - t };
  }
  const keys = [];
  const input = page.locator('#recherche');
  for (const word of ['transparence donnees', 'acces public']) {
    await input.click();
    for (const ch of word) keys.push(await timed(() => input.press(ch === ' ' ? 'Space' : ch)));
    await input.fill('');
    await idle();
  }
  const report = (label, xs) => console.log(`${label.padEnd(22)} script median ${ms(median(xs.map((x) => x.script)))}, p95 ${ms(pct(xs.map((x) => x.script), 95))} (target ≤ 50 ms); input→frame median ${ms(median(xs.map((x) => x.latency)))}, p95 ${ms(pct(xs.map((x) => x.latency), 95))} (${xs.length} samples)`);
  report('search keystroke', keys);
  const filters = [];
  const boxes = page.locator('.facet input[type=checkbox]');
  const count = Math.min(await boxes.count(), 12);
  for (let i = 0; i < count; i++) {
    filters.push(await timed(() => boxes.nth(i).check({ force: true })));
    filters.push(await timed(() => boxes.nth(i).uncheck({ force: true })));
  }
  if (filters.length) report('filter change', filters);
  // Turning pages of the unfiltered list (paging draws 50 rows at a time).
  const pages = [];
  for (let i = 0; i < 6; i++) {
    const next = page.locator('nav.pagination a[rel=next]');
    if (!(await next.count())) break;
    pages.push(await timed(() => next.click()));
  }
  if (pages.length) report('page change', pages);
  const rows = await page.evaluate((sel) => document.querySelectorAll(sel).length, APP_ROWS);
  console.log(`rows in the DOM after the interactions: ${rows}`);
  await context.close();
  await s2.close();
}

await browser.close();
await server.close();
