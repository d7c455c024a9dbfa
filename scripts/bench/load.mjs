// Cold loads on a slow phone (issue 12), for the app and for the anchor page
// (static-list.mjs), run side by side: first paint, app ready, search usable,
// long tasks and bytes transferred. A measurement: prints, asserts nothing.
//
// - first paint: the 'paint' entry first-contentful-paint.
// - app ready: the app sets <html data-app="ready"> (and performance.mark
//   'app:ready') once its own first view is drawn and its handlers are live;
//   the mark's time is used. For the anchor page: DOMContentLoaded (its filter
//   script is attached by then). Without the attribute: n/a.
// - search usable: from navigation until a query, typed (keyboard events) as
//   soon as a visible input[type=search] exists after the first paint (the probe focuses it, as a tap would) (the preview's in #apercu or
//   the app's #recherche), has narrowed the list: the number of visible
//   li.commitment-item rows is first below the total and above 0. If the app
//   replaces the box while the query is typed, the box visible then is the one
//   that counts; if the typed text was lost, the query is typed again (and the
//   run says so), the clock still running from navigation.
import { coldPage, poll, median, ms, spread, kbShort, CONDITIONS, title } from './common.mjs';

// Installed before any of the page's scripts. Polls every 16 ms (about a
// frame; a busy main thread delays it exactly as it delays what the reader sees).
const PROBE = ({ total }) => {
  const B = window.__bench = { fcp: null, ready: null, box: null, boxWhere: null, typed: null,
    narrowed: null, narrowedCount: null, takeover: null, longTasks: [] };
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint' && B.fcp === null) B.fcp = e.startTime; })
      .observe({ type: 'paint', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) B.longTasks.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  const readyNow = () => {
    if (B.ready === null && document.documentElement && document.documentElement.dataset.app === 'ready') {
      const m = performance.getEntriesByName('app:ready', 'mark')[0];
      B.ready = m ? m.startTime : performance.now();
    }
  };
  new MutationObserver(readyNow).observe(document, { attributes: true, attributeFilter: ['data-app'], subtree: true });
  document.addEventListener('keydown', () => { if (B.typed === null) B.typed = performance.now(); }, true);
  const vis = (el) => (el.checkVisibility ? el.checkVisibility() : el.offsetParent !== null);
  let hadPreview = false;
  const tick = () => {
    if (document.getElementById('apercu')) hadPreview = true;
    else if (hadPreview && B.takeover === null) B.takeover = performance.now();
    readyNow();
    // A box counts once something has been painted: nobody types into a blank screen.
    if (B.box === null && B.fcp !== null) {
      const b = [...document.querySelectorAll('input[type=search]')].find(vis);
      if (b) { B.box = performance.now(); B.boxWhere = b.closest('#apercu') ? 'preview' : b.id ? `#${b.id}` : 'page'; }
    }
    // The reader taps the box as soon as it shows (and again if a new box
    // replaced it before anything was typed).
    if (B.box !== null && B.typed === null) {
      const a = document.activeElement;
      if (!(a && a.type === 'search' && vis(a))) { const b = [...document.querySelectorAll('input[type=search]')].find(vis); if (b) b.focus(); }
    }
    if (B.typed !== null && B.narrowed === null) {
      const n = [...document.querySelectorAll('li.commitment-item')].filter(vis).length;
      if (n > 0 && n < total) { B.narrowed = performance.now(); B.narrowedCount = n; }
    }
  };
  setInterval(tick, 16);
  document.addEventListener('DOMContentLoaded', tick);
};

// True once a visible search box exists and has the focus (the probe focuses it).
const FOCUSED = `(() => { const a = document.activeElement;
  return !!(window.__bench && window.__bench.box !== null && a && a.type === 'search' && (a.checkVisibility ? a.checkVisibility() : a.offsetParent !== null)); })()`;
const NARROWED = 'window.__bench.narrowed !== null';

// What the page holds at the end of a run, and the bytes it transferred.
const FINAL = () => {
  const vis = (el) => (el.checkVisibility ? el.checkVisibility() : el.offsetParent !== null);
  const box = [...document.querySelectorAll('input[type=search]')].find(vis);
  const nav = performance.getEntriesByType('navigation')[0];
  const entries = [nav, ...performance.getEntriesByType('resource')].filter(Boolean);
  const B = window.__bench;
  const sum = (until) => entries.filter((e) => until === null || e.responseEnd <= until).reduce((t, e) => t + (e.transferSize || 0), 0);
  return {
    ...B,
    dcl: nav ? nav.domContentLoadedEventStart : null,
    rows: [...document.querySelectorAll('li.commitment-item')].filter(vis).length,
    boxNow: box ? (box.closest('#apercu') ? 'preview box' : box.id ? `#${box.id}` : 'box') : null,
    value: box ? box.value : null,
    focused: document.activeElement === box,
    transferred: sum(null),
    transferredBySearch: B.narrowed === null ? null : sum(B.narrowed),
    requests: entries.length,
  };
};

/** Longest task and total blocking time (Lighthouse's definition, clipped to [from, to]). */
function blocking(longTasks, from, to) {
  const inWindow = longTasks.filter(([s]) => s < to);
  const longest = Math.max(0, ...inWindow.map(([, d]) => d));
  const tbt = longTasks.reduce((t, [s, d]) => {
    const a = Math.max(s, from), b = Math.min(s + d, to);
    return b - a > 50 ? t + (b - a - 50) : t;
  }, 0);
  return { longest, tbt };
}

// How long a run goes on after ready (or after the search narrowed): the
// window for "longest task after ready" and for the final state.
const SETTLE_MS = 1000;

async function oneRun(browser, url, { total, query, isApp, readyTimeout }) {
  const { context, page, cdp, errors } = await coldPage(browser);
  await page.addInitScript(PROBE, { total });
  const r = { retyped: false };
  try {
    await page.goto(url, { waitUntil: 'commit' });
    // As soon as a search box is visible the probe focuses it; then the keys are typed.
    if (!(await poll(cdp, FOCUSED, { timeout: 30_000, every: 5 }))) throw new Error('no visible search box within 30 s');
    await page.keyboard.type(query);
    if (!(await poll(cdp, NARROWED, { timeout: 6_000 }))) {
      // The typed text went nowhere (focus lost when a box was replaced?): type it again.
      r.retyped = true;
      await cdp.send('Runtime.evaluate', { expression: `(() => { const b = [...document.querySelectorAll('input[type=search]')].find((e) => e.checkVisibility()); if (b) { b.focus(); b.select(); } })()` });
      await page.keyboard.type(query);
      if (!(await poll(cdp, NARROWED, { timeout: 24_000 }))) throw new Error('the list never narrowed (typed twice)');
    }
    if (isApp) {
      // data-app="ready", or give up: readyTimeout after navigation, or 3 s after the app removed the preview.
      await poll(cdp, `(() => { const B = window.__bench, now = performance.now();
        return B.ready !== null || now > ${readyTimeout} || (B.takeover !== null && now > B.takeover + 3000); })()`, { timeout: readyTimeout + 10_000, every: 100 });
    }
    await page.waitForTimeout(SETTLE_MS);
    Object.assign(r, await page.evaluate(FINAL));
    if (!isApp) r.ready = r.dcl;
    const until = r.ready ?? r.longTasks.reduce((t, [s, d]) => Math.max(t, s + d), r.narrowed ?? 0);
    Object.assign(r, blocking(r.longTasks, r.fcp ?? 0, until));
    r.longestAfter = Math.max(0, ...r.longTasks.filter(([s]) => s >= until).map(([, d]) => d));
  } catch (e) {
    const text = await page.evaluate(() => document.body?.innerText.slice(0, 300) ?? '').catch(() => '');
    const state = await page.evaluate(() => JSON.stringify({ ...window.__bench, longTasks: undefined })).catch(() => '');
    r.error = `${e.message.split('\n')[0]}; probe ${state}; page says: ${text.replace(/\s+/g, ' ')} ${errors.join(' ')}`;
  }
  await context.close();
  return r;
}

const line = (r) => r.error ? `ERROR ${r.error}` :
  `paint ${ms(r.fcp)} · ready ${ms(r.ready)} · box ${ms(r.box)} (${r.boxWhere}) · typed ${ms(r.typed)} · ` +
  `narrowed ${ms(r.narrowed)} (${r.narrowedCount} rows)${r.retyped ? ' after typing again' : ''} · ` +
  `then ${r.rows} rows, ${r.boxNow ?? 'no box'} holds '${r.value ?? ''}'${r.focused ? ' (focused)' : ''} · ` +
  `longest task ${ms(r.longest)} (then ${ms(r.longestAfter)}), TBT ${ms(r.tbt)} · ${kbShort(r.transferred)} in ${r.requests} requests`;

/**
 * The whole section. `pages`: [{ label, path, isApp }]. Prints per-run lines,
 * then per page the median and spread, then the ratios.
 */
export async function loadSection({ browser, server, runs, total, query, expected, readyTimeout = 20_000 }) {
  const pages = [
    { key: 'app', label: 'app (/)', path: '/', isApp: true },
    { key: 'anchor', label: 'anchor page', path: '/bench-static-list.html', isApp: false },
  ];
  title(`Cold load, ${CONDITIONS}, gzip on the wire, 412 px wide; ${runs} runs each, app and anchor alternating`);
  console.log(`query typed: '${query}' (matches ${expected.length} of ${total} commitments by folded substring over the searchable text: ${expected.join(', ')})`);
  const logStart = server.log.length;
  const results = Object.fromEntries(pages.map((p) => [p.key, []]));
  for (let i = 0; i < runs; i++) {
    for (const p of pages) {
      const r = await oneRun(browser, server.url + p.path, { total, query, isApp: p.isApp, readyTimeout });
      results[p.key].push(r);
      console.log(`  ${p.label.padEnd(12)} run ${i + 1}: ${line(r)}`);
    }
  }
  const sent = [...new Set(server.log.slice(logStart).map((l) => l.acceptEncoding))];
  const got = [...new Set(server.log.slice(logStart).map((l) => l.contentEncoding).filter(Boolean))];
  console.log(`Chromium sent Accept-Encoding: ${sent.map((s) => `'${s}'`).join(', ')} over plain http://127.0.0.1; ` +
    `the bench server answered with ${got.join(', ') || 'no encoding'} (it offers gzip only here)`);

  const med = {};
  for (const p of pages) {
    const rs = results[p.key].filter((r) => !r.error);
    const failed = results[p.key].length - rs.length;
    console.log(`${p.label}${failed ? ` (${failed} of ${results[p.key].length} runs failed, not counted)` : ''}`);
    if (!rs.length) continue;
    const col = (k) => rs.map((r) => r[k]);
    const readyLabel = p.isApp ? 'app ready (data-app="ready")' : 'ready (DOMContentLoaded)';
    console.log(`  ${'first paint (FCP)'.padEnd(30)} ${spread(col('fcp'))}`);
    console.log(`  ${readyLabel.padEnd(30)} ${spread(col('ready'))}`);
    console.log(`  ${'search usable'.padEnd(30)} ${spread(col('narrowed'))}; rows shown when narrowed: ${[...new Set(col('narrowedCount'))].join('/')}, ` +
      `after settling: ${[...new Set(col('rows'))].join('/')} of ${total} (expected ${expected.length})`);
    console.log(`  ${'  search box visible'.padEnd(30)} ${spread(col('box'))}, first in: ${[...new Set(col('boxWhere'))].join('/')}` +
      `${rs.some((r) => r.retyped) ? `; typed again in ${rs.filter((r) => r.retyped).length} runs (text lost)` : ''}`);
    const untilWhat = rs.every((r) => r.ready !== null) ? 'until ready' : 'until the last start-up task (no ready signal)';
    console.log(`  ${'longest task'.padEnd(30)} ${spread(col('longest'))} ${untilWhat}`);
    console.log(`  ${'  longest in the 1 s after'.padEnd(30)} ${spread(col('longestAfter'))}`);
    console.log(`  ${'total blocking time'.padEnd(30)} ${spread(col('tbt'))} from first paint ${untilWhat}`);
    console.log(`  ${'transferred'.padEnd(30)} ${spread(col('transferred'), kbShort)} in all; ${spread(col('transferredBySearch'), kbShort)} by search usable`);
    med[p.key] = Object.fromEntries(['fcp', 'ready', 'narrowed'].map((k) => {
      const ok = col(k).filter((x) => typeof x === 'number');
      return [k, ok.length === rs.length ? median(ok) : null];
    }));
  }
  if (med.app && med.anchor) {
    const x = (k) => (med.app[k] && med.anchor[k] ? `×${(med.app[k] / med.anchor[k]).toFixed(2)}` : 'n/a');
    console.log(`ratio app / anchor (medians): first paint ${x('fcp')}, ready ${x('ready')}, search usable ${x('narrowed')} (target ≤ ×1.5)`);
  }
  return { results, med };
}
