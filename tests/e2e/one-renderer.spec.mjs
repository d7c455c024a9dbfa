// Every page whole in its HTML, drawn by the app's own components (issue 19).
// The build renders the app's pages natively (crates/site-gen/src/body.rs,
// src/prerender.rs); these tests check the outcome from outside:
// - the raw HTML of each page (no script run) holds every text of its content;
// - with JavaScript off, each kind of page reads and its links lead on;
// - the static page's DOM equals the app's for the same URL (one renderer);
// - the takeover moves nothing; no page allows inline styles.
// Expected texts come from public/data/plan.json and report.json.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';
import { snapshot, richText } from './helpers.mjs';

const report = JSON.parse(readFileSync(new URL('../../public/data/report.json', import.meta.url), 'utf8'));

/** The text a reader gets from raw HTML: tags out, entities decoded. Spaces
 * are dropped on both sides: where an inline tag (a link in a sentence) sits
 * is no matter here, every character of the text is. */
function textOf(html) {
  const body = html.slice(html.indexOf('<body'));
  return norm(body
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&'));
}
const norm = (s) => s.replace(/\s+/g, '');

/** Every text leaf of a chapter of report.json: text runs, table cells, headings. */
function chapterTexts(node, out = []) {
  if (Array.isArray(node)) {
    for (const x of node) typeof x === 'string' ? out.push(x) : chapterTexts(x, out);
  } else if (node && typeof node === 'object') {
    if (node.type === 'text' && typeof node.text === 'string') out.push(node.text);
    for (const [k, v] of Object.entries(node)) {
      if (k === 'title' && typeof v === 'string') out.push(v);
      if (typeof v === 'object') chapterTexts(v, out);
    }
  }
  return out;
}

const LANGS = ['', 'en/'];

// The wasm is held back by routes, which a service worker's answers bypass.
test.use({ serviceWorkers: 'block' });

test('each page\'s raw HTML holds every text of its content, in both languages', async ({ request }) => {
  for (const lang of LANGS) {
    for (const c of snapshot.commitments) {
      const path = `./${lang}engagements/${c.number}/`;
      const text = textOf(await (await request.get(path)).text());
      const want = [c.title, richText(c.stakes), richText(c.description), richText(c.results_notes)]
        .flatMap((t) => t.split('\n'))
        .concat(c.actions.flatMap((a) => [a.text, a.results, a.next_steps]))
        .concat((c.stories || []).flatMap((s) => richText(s).split('\n')))
        .concat((c.press || []).map((p) => p.title))
        .map(norm).filter(Boolean);
      for (const w of want) expect(text, `${path}: ${w.slice(0, 60)}`).toContain(w);
    }
    for (const i of snapshot.institutions) {
      const path = `./${lang}institutions/${i.id}/`;
      const text = textOf(await (await request.get(path)).text());
      expect(text).toContain(norm(i.name));
      for (const c of snapshot.commitments.filter((c) => c.institutions.includes(i.id))) {
        expect(text, `${path}: ${c.title}`).toContain(norm(c.title));
      }
    }
    const overview = textOf(await (await request.get(`./${lang}`)).text());
    for (const c of snapshot.commitments) expect(overview).toContain(norm(c.title));
    const contents = textOf(await (await request.get(`./${lang}rapport/`)).text());
    for (const ch of report.chapters) {
      expect(contents).toContain(norm(ch.title));
      const path = `./${lang}rapport/${ch.id}/`;
      const text = textOf(await (await request.get(path)).text());
      for (const w of chapterTexts(ch).map(norm).filter(Boolean)) {
        expect(text, `${path}: ${w.slice(0, 60)}`).toContain(w);
      }
    }
  }
});

test('with JavaScript off, each kind of page reads and its links lead to generated pages', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'fr-FR' });
  const page = await context.newPage();
  const c = snapshot.commitments[2];
  await page.goto('./');
  await expect(page.locator('h1').first()).toBeVisible();
  await expect(page.locator('li.commitment-item')).toHaveCount(snapshot.commitments.length);
  await page.locator(`li.commitment-item[data-number="${c.number}"] a.commitment-title`).click();
  await expect(page).toHaveURL(new RegExp(`/engagements/${c.number}/$`));
  await expect(page.locator('h1')).toHaveText(c.title);
  await expect(page.locator('tr.action-row')).toHaveCount(c.actions.length);
  await expect(page.locator('tr.action-row').first()).toContainText(c.actions[0].text.slice(0, 40));
  // Its carriers, then the report, by the links of the pages themselves.
  await page.locator('section[aria-labelledby="institutions"] a').first().click();
  await expect(page).toHaveURL(/\/institutions\/[^/]+\/$/);
  await expect(page.locator('h1')).toBeVisible();
  await page.locator('.site-header nav a', { hasText: 'Le rapport' }).click();
  await expect(page).toHaveURL(/\/rapport\/$/);
  const ch = report.chapters[1];
  await page.locator(`a[href$="rapport/${ch.id}/"]`).first().click();
  await expect(page.locator('main h1')).toBeVisible();
  // The English switch, and the English page whole too.
  await page.locator('a.language-switch').click();
  await expect(page).toHaveURL(new RegExp(`/en/rapport/${ch.id}/$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await context.close();
});

/** A canonical outline of `main`: tags, the attributes a reader or a test relies on, text. */
function outline(selector) {
  const KEEP = ['id', 'class', 'href', 'lang', 'role', 'aria-label', 'aria-labelledby', 'aria-describedby',
    'data-number', 'data-status', 'data-calendar', 'data-chart', 'data-facet', 'scope', 'for', 'type', 'value'];
  // Only one side has these: the build's waiting lines, its hidden data tables
  // (the app draws a table when asked), the tools that need the app, and the
  // embed line the build draws for every page (hidden outside an embed).
  const SKIP = '.apercu-attente, .apercu-vide, .table-scroll[hidden], .view-tools, .chart-tools, .embed-attribution, dialog, .url-notice-slot';
  const walk = (n) => {
    if (n.nodeType === 3) return n.nodeValue.replace(/\s+/g, ' ');
    if (n.nodeType !== 1 || n.matches(SKIP)) return '';
    // Links compared where they lead: the build writes them relative, the app absolute.
    const value = (a) => (a === 'href' ? new URL(n.getAttribute(a), location.href).href : n.getAttribute(a));
    const attrs = KEEP.filter((a) => n.hasAttribute(a)).map((a) => `${a}="${value(a)}"`).join(' ');
    return `<${n.localName}${attrs ? ' ' + attrs : ''}>${[...n.childNodes].map(walk).join('')}</${n.localName}>`;
  };
  return walk(document.querySelector(selector)).replace(/\s+</g, '<').replace(/>\s+/g, '>');
}

test('one renderer: the static page and the app draw the same DOM, for every kind of page in both languages', async ({ page }) => {
  test.setTimeout(120_000);
  const c = snapshot.commitments[4];
  const i = snapshot.institutions[1];
  const ch = report.chapters[2];
  const routes = ['', `engagements/${c.number}/`, 'institutions/', `institutions/${i.id}/`, 'a-propos/', 'rapport/', `rapport/${ch.id}/`];
  for (const lang of LANGS) {
    for (const route of routes) {
      const path = `./${lang}${route}`;
      await page.route('**/*.wasm', (r) => r.abort());
      await page.gotoPreview(path);
      const built = await page.evaluate(outline, '#apercu main');
      await page.unroute('**/*.wasm');
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
      const app = await page.evaluate(outline, 'main');
      if (built !== app) {
        let at = 0;
        while (built[at] === app[at]) at++;
        const around = (s) => s.slice(Math.max(0, at - 300), at + 200);
        expect(around(built), `${path}: the build's page (first) and the app's differ at ${at}`).toBe(around(app));
      }
    }
  }
});

/** Layout shifts (PerformanceObserver) from now on, and the top of `selector` when asked. */
async function watchShifts(page) {
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

test('the takeover moves nothing: a commitment page and the overview, the block on screen stays', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 700 });
  const c = snapshot.commitments[2];
  for (const [path, block] of [[`./engagements/${c.number}/`, `[id="action-${c.actions[1].id}"]`], ['./', '#explorer']]) {
    await watchShifts(page);
    let release;
    const held = new Promise((r) => { release = r; });
    await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
    await page.gotoPreview(path);
    const target = page.locator(`#apercu ${block}`);
    await target.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -100));
    const before = await target.evaluate((el) => el.getBoundingClientRect().top);
    await page.evaluate(() => { window.__shifts = []; });
    release();
    await expect(page.locator('html')).toHaveAttribute('data-app', 'ready', { timeout: 20_000 });
    await expect(page.locator('#apercu')).toHaveCount(0);
    const after = await page.locator(block).evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(after - before), `${path}: ${block} at ${before} px, then ${after} px`).toBeLessThanOrEqual(2);
    const shifts = await page.evaluate(() => window.__shifts.reduce((a, b) => a + b, 0));
    expect(shifts, `${path}: layout shift at the takeover`).toBeLessThan(0.001);
    await page.unroute('**/*.wasm');
  }
});

test('no page allows inline styles, and none logs a policy violation', async ({ page }) => {
  const violations = [];
  page.on('console', (m) => { if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text()); });
  const c = snapshot.commitments[0];
  for (const path of ['./', `./engagements/${c.number}/`, './institutions/', './a-propos/', './rapport/', `./rapport/${report.chapters[1].id}/`, './en/', `./en/engagements/${c.number}/`]) {
    const html = await (await page.request.get(path)).text();
    const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]*)"/)[1];
    const style = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('style-src'));
    expect(style, path).toBe("style-src 'self'");
    expect(html.slice(html.indexOf('<body')), `${path}: a style attribute`).not.toMatch(/\sstyle="/);
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  }
  expect(violations).toEqual([]);
});
