// A shared link to one commitment on a slow phone (issue 19): how soon is it
// readable, against the same page as plain HTML, loaded in the same run?
// A measurement: prints, asserts nothing.
//
// - readable: from navigation until the page has painted and every action's
//   text and results of the commitment (from data/plan.json, never typed in)
//   are in the page's rendered text (`innerText`: what CSS shows, not what the
//   DOM merely holds). The probe re-reads the text only after the DOM changed.
// - anchor: the generated page itself with every <script> and preload
//   removed, served beside it (same CSS, same depth): the commitment as plain
//   HTML, the fastest this page could be readable.
// - screenshots at 1, 2 and 3 s of one more cold load of the app's page.
import { writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { coldPage, poll, median, ms, spread, CONDITIONS, title } from './common.mjs';
import { richTextLines } from '../../tests/rich-text.mjs';

/** Every action's text and results of commitment `number`, whitespace-normalised. */
export function actionTexts(snapshot, number) {
  const c = snapshot.commitments.find((x) => x.number === number);
  return c.actions.flatMap((a) => [...richTextLines(a.text), ...richTextLines(a.results)])
    .map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** The page without anything that runs: no script, no preload of the app. */
export function plainHtml(html) {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*rel="(?:modulepreload|preload)"[^>]*>/gi, '');
}

// Installed before the page's scripts: `window.__read` is the time the last
// expected text became visible, once they all are (null until then).
const PROBE = ({ want }) => {
  const R = window.__read = { fcp: null, at: null };
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint' && R.fcp === null) R.fcp = e.startTime; })
      .observe({ type: 'paint', buffered: true });
  } catch {}
  let dirty = true;
  new MutationObserver(() => { dirty = true; }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
  const tick = () => {
    if (R.at !== null || R.fcp === null || !dirty || !document.body) return;
    dirty = false;
    const text = document.body.innerText.replace(/\s+/g, ' ');
    if (want.every((w) => text.includes(w))) R.at = performance.now();
  };
  setInterval(tick, 16);
};

async function oneRun(browser, url, want) {
  const { context, page, cdp, errors } = await coldPage(browser);
  await page.addInitScript(PROBE, { want });
  let r;
  try {
    await page.goto(url, { waitUntil: 'commit' });
    const ok = await poll(cdp, 'window.__read && window.__read.at !== null', { timeout: 30_000, every: 20 });
    r = await page.evaluate(() => window.__read);
    if (!ok) r.error = `not readable within 30 s ${errors.join(' ')}`;
  } catch (e) {
    r = { error: e.message.split('\n')[0] };
  }
  await context.close();
  return r;
}

/** Screenshots of a cold load of `url` at about 1, 2 and 3 s after navigation. */
async function filmstrip(browser, url, outDir, name) {
  mkdirSync(outDir, { recursive: true });
  const { context, page } = await coldPage(browser);
  const shots = [];
  const t0 = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  for (const s of [1, 2, 3]) {
    const wait = s * 1000 - (Date.now() - t0);
    if (wait > 0) await page.waitForTimeout(wait);
    const at = Date.now() - t0;
    const file = join(outDir, `${name}-${s}s.png`);
    writeFileSync(file, await page.screenshot());
    const said = await page.evaluate(() => ({
      h1: document.querySelector('h1')?.textContent.trim().slice(0, 60) ?? null,
      actions: document.querySelectorAll('tr.action-row').length,
      app: document.documentElement.dataset.app ?? 'not started',
    })).catch(() => ({}));
    shots.push(`${s} s (taken at ${at} ms): ${file}; h1 « ${said.h1} », ${said.actions} action rows, app ${said.app}`);
  }
  await context.close();
  return shots;
}

export async function commitmentSection({ browser, server, dist, snapshot, runs, outDir, number = 1 }) {
  const want = actionTexts(snapshot, number);
  const pages = [
    { key: 'fr', label: `app /engagements/${number}/`, path: `/engagements/${number}/` },
    { key: 'frPlain', label: 'anchor, plain HTML', path: `/engagements/${number}/plain.html` },
    { key: 'en', label: `app /en/engagements/${number}/`, path: `/en/engagements/${number}/` },
    { key: 'enPlain', label: 'anchor, plain HTML', path: `/en/engagements/${number}/plain.html` },
  ];
  title(`A shared commitment link, ${CONDITIONS}, gzip on the wire, 412 px; readable = painted and all ${want.length} action texts and results shown; ${runs} runs each, alternating`);
  const results = Object.fromEntries(pages.map((p) => [p.key, []]));
  for (let i = 0; i < runs; i++) {
    for (const p of pages) {
      const r = await oneRun(browser, server.url + p.path, want);
      results[p.key].push(r);
      console.log(`  ${p.label.padEnd(26)} run ${i + 1}: ${r.error ? `ERROR ${r.error}` : `paint ${ms(r.fcp)} · readable ${ms(r.at)}`}`);
    }
  }
  const med = {};
  for (const p of pages) {
    const rs = results[p.key].filter((r) => !r.error);
    console.log(`${p.label}: first paint ${spread(rs.map((r) => r.fcp))}; readable ${spread(rs.map((r) => r.at))}`);
    med[p.key] = rs.length === runs ? median(rs.map((r) => r.at)) : null;
  }
  const ratio = (a, b) => (med[a] && med[b] ? `×${(med[a] / med[b]).toFixed(2)}` : 'n/a');
  console.log(`ratio readable app / plain HTML (medians): French ${ratio('fr', 'frPlain')}, English ${ratio('en', 'enPlain')} (target ≤ ×1.2)`);
  for (const line of await filmstrip(browser, server.url + pages[0].path, outDir, `commitment-${number}`)) console.log(`  screenshot ${line}`);
}

/** The anchor pages, to serve beside the generated ones: { urlPath: Buffer }. */
export function plainPages(dist, number = 1) {
  const out = {};
  for (const lang of ['', 'en/']) {
    const html = readFileSync(join(dist, `${lang}engagements/${number}/index.html`), 'utf8');
    out[`/${lang}engagements/${number}/plain.html`] = Buffer.from(plainHtml(html));
  }
  return out;
}
