// The app with a synthetic snapshot (plan-synth, 5,000 commitments), no
// throttling: load and first render with the start-up's performance marks,
// script time per search keystroke, filter change and page change (CDP
// ScriptDuration, median and p95), rows in the DOM.
import { readFileSync } from 'node:fs';
import { serve } from './serve.mjs';
import { median, pct, ms, kb, title } from './common.mjs';

// The app's own rows, not the static preview's (#apercu holds the real plan's
// list, with the same classes): first render means the synthetic plan drawn by
// the app, outside #apercu.
const APP_ROWS = '.explorer-results li.commitment-item';
const PROBE = (selector) => {
  window.__bench = { painted: null };
  const check = () => {
    if (window.__bench.visible === undefined && [...document.querySelectorAll(selector)].some((e) => !e.closest('#apercu'))) {
      window.__bench.visible = performance.now();
      requestAnimationFrame(() => { window.__bench.painted = performance.now(); });
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
};

export async function scaleSection({ browser, dist, file, port }) {
  title(`Scale: ${file}, no throttling`);
  const bytes = readFileSync(file);
  const N = JSON.parse(bytes).commitments.length;
  const s2 = await serve(dist, port, { '/data/plan.json': bytes }, { encodings: ['gzip'] });
  const context = await browser.newContext({ locale: 'fr-FR', serviceWorkers: 'block' });
  try { await measure(context, s2.url, N, bytes.length); }
  catch (e) { console.log(`scale: ERROR ${e.message.split('\n')[0]}`); }
  await context.close();
  await s2.close();
}

async function measure(context, url, N, size) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.addInitScript(PROBE, APP_ROWS);
  console.log(`snapshot: ${N} commitments, ${kb(size).trim()} raw`);
  const t0 = Date.now();
  await page.goto(url + '/', { waitUntil: 'commit' });
  try {
    await page.waitForFunction(() => window.__bench && window.__bench.painted, null, { timeout: 60_000 });
  } catch {
    const text = await page.evaluate(() => document.body.innerText.slice(0, 500));
    console.log(`load failed after ${Date.now() - t0} ms; the page says: ${text.replace(/\s+/g, ' ')}`);
    return;
  }
  const first = await page.evaluate((sel) => ({ t: window.__bench.painted, rows: [...document.querySelectorAll(sel)].filter((e) => !e.closest('#apercu')).length, dom: document.getElementsByTagName('*').length }), APP_ROWS);
  console.log(`load + first render: ${ms(first.t)} (target ≤ 1500 ms); rows in the DOM: ${first.rows}; elements: ${first.dom}`);
  // Where the start-up time goes: the app's performance marks, from navigation start.
  const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]));
  if (marks.length) {
    let prev = 0;
    console.log('start-up marks: ' + marks.map(([name, t]) => { const d = t - prev; prev = t; return `${name} ${ms(t)} (+${ms(d)})`; }).join(', '));
  }

  // The search index is built in short steps after the first render (a search
  // typed meanwhile waits for it). Interactions are timed once it is complete,
  // so that each sample is the cost of that interaction alone.
  try {
    await page.waitForFunction(() => performance.getEntriesByName('plan:indexed').length > 0, null, { timeout: 60_000 });
    const indexed = await page.evaluate(() => performance.getEntriesByName('plan:indexed')[0].startTime);
    console.log(`search index complete at ${ms(indexed)} (${ms(indexed - first.t)} after the first render); interactions timed from then on`);
  } catch {
    console.log('no plan:indexed mark within 60 s; interactions timed anyway');
  }

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
  const report = (label, xs) => console.log(`${label.padEnd(22)} script median ${ms(median(xs.map((x) => x.script)))}, p95 ${ms(pct(xs.map((x) => x.script), 95))} (target ≤ 50 ms); input→frame median ${ms(median(xs.map((x) => x.latency)))}, p95 ${ms(pct(xs.map((x) => x.latency), 95))} (${xs.length} samples)`);
  const keys = [];
  const input = page.locator('#recherche');
  for (const word of ['transparence donnees', 'acces public']) {
    await input.click();
    for (const ch of word) keys.push(await timed(() => input.press(ch === ' ' ? 'Space' : ch)));
    await input.fill('');
    await idle();
  }
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
}
