// The embed's first paint, in words (issue 12): a filtered embed
// (`?statut=partial&embed=1`), cold, throttled, 375 px wide, looked at 0.8 s and
// 1.6 s after navigation and once the app is ready: is the site's header or
// navigation visible, which headings and result count show, how many rows and
// how many of them are 'partial'. Screenshots are saved next to the words.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { coldPage, CONDITIONS, title, secs } from './common.mjs';

const DESCRIBE = () => {
  // Seen, not only laid out: the preview's waiting state hides the count line with visibility: hidden.
  const vis = (el) => (el.checkVisibility ? el.checkVisibility({ visibilityProperty: true }) : el.offsetParent !== null);
  const chrome = [...document.querySelectorAll('.site-header, nav[aria-label="Navigation principale"], body > header')].some(vis);
  const texts = [...document.querySelectorAll('h1, h2, .result-count, .apercu-attente')].filter(vis)
    .map((e) => e.textContent.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const rows = [...document.querySelectorAll('li.commitment-item')].filter(vis);
  const statuses = rows.map((r) => r.querySelector('[data-status]')?.getAttribute('data-status') ?? '?');
  return {
    t: performance.now(), chrome, texts, rows: rows.length,
    partial: statuses.filter((s) => s === 'partial').length,
    others: [...new Set(statuses.filter((s) => s !== 'partial'))],
    height: document.documentElement.scrollHeight,
    preview: !!document.getElementById('apercu'),
    ready: document.documentElement.dataset.app === 'ready',
    embedAttr: document.documentElement.hasAttribute('data-embed'),
    loading: document.readyState,
    text: document.body ? document.body.innerText.trim().length : 0,
  };
};

function sentence(label, d) {
  const cut = (s) => (s.length > 70 ? s.slice(0, 69) + '…' : s);
  const heads = d.texts.length ? d.texts.slice(0, 4).map((s) => `« ${cut(s)} »`).join(', ') + (d.texts.length > 4 ? ` and ${d.texts.length - 4} more` : '') : 'no heading';
  const rows = d.rows === 0 ? 'no rows'
    : `${d.rows} row${d.rows > 1 ? 's' : ''}, ${d.partial === d.rows ? "all 'partial'" : `${d.partial} 'partial' (others: ${d.others.join(', ')})`}`;
  const what = d.ready ? 'the app (ready)' : d.preview ? 'the static preview'
    : d.text === 0 ? `nothing yet (document ${d.loading})` : 'the app (not marked ready)';
  return `${label} (looked at ${secs(d.t)}): ${d.chrome ? 'site header/navigation visible' : 'no site header'}; ${heads}; ${rows}; ` +
    `page ${d.height} px tall; showing ${what}${d.embedAttr ? '' : ', <html> not yet marked data-embed'}`;
}

export async function embedSection({ browser, server, outDir, path = '/?statut=partial&embed=1', moments = [800, 1600], readyTimeout = 20_000 }) {
  title(`Embed first paint: ${path}, ${CONDITIONS}, 375 px wide`);
  mkdirSync(outDir, { recursive: true });
  const { context, page, errors } = await coldPage(browser, { width: 375, height: 667 });
  try {
    // An init script, so the page's Content-Security-Policy does not apply to it.
    await page.addInitScript(`window.__describe = ${DESCRIBE.toString()};`);
    const start = Date.now();
    await page.goto(server.url + path, { waitUntil: 'commit' });
    for (const at of moments) {
      // Waits on the page's own clock (performance.now() is 0 at navigation
      // start), then describes at once; a busy main thread makes it late, and
      // the sentence says when it really looked.
      const d = await page.evaluate((at) => new Promise((resolve) => {
        setTimeout(() => resolve(window.__describe()), Math.max(0, at - performance.now()));
      }), at);
      const file = join(outDir, `embed-${at / 1000}s.png`);
      await page.screenshot({ path: file });
      console.log(sentence(`at ${at / 1000} s`, d));
      console.log(`  screenshot: ${file}`);
    }
    try {
      await page.waitForFunction(() => document.documentElement.dataset.app === 'ready', null, { timeout: Math.max(1000, readyTimeout - (Date.now() - start)), polling: 50 });
      const d = await page.evaluate(() => window.__describe());
      const file = join(outDir, 'embed-ready.png');
      await page.screenshot({ path: file });
      console.log(sentence('once the app is ready', d));
      console.log(`  screenshot: ${file}`);
    } catch {
      const d = await page.evaluate(() => window.__describe());
      const file = join(outDir, `embed-${Math.round(d.t / 100) / 10}s.png`);
      await page.screenshot({ path: file });
      console.log(sentence(`no data-app="ready" within ${readyTimeout / 1000} s; at the end`, d));
      console.log(`  screenshot: ${file}`);
    }
  } catch (e) {
    console.log(`embed: ERROR ${e.message.split('\n')[0]} ${errors.join(' ')}`);
  }
  await context.close();
}
