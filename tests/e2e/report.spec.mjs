// The report's own text (issue 13): the table of contents, one page per
// chapter drawn from data/report.json, links to commitments and
// institutions, the contribution link, the search in the chapters, and the
// static preview that is the chapter itself. Expected values come from
// public/data/report.json and plan.json, never typed in.
import { test, expect } from './fixtures.mjs';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { snapshot, axeViolations, watchConsole, fold } from './helpers.mjs';

const report = JSON.parse(readFileSync(new URL('../../public/data/report.json', import.meta.url), 'utf8'));
const heading = (s) => (s.number ? `${s.number}. ${s.title}` : s.title);
const inl = (xs) => xs.map((i) => (i.type === 'text' ? i.text : inl(i.content))).join('');
const walk = (list, f, depth = 0, chapter = null) => list.forEach((s) => { f(s, depth, chapter || s); walk(s.sections, f, depth + 1, chapter || s); });
const sections = [];
walk(report.chapters, (s, depth, chapter) => sections.push({ s, depth, chapter }));
/** Every block of the report with its section and chapter. */
const blocks = sections.flatMap(({ s, chapter }) => s.blocks.map((b) => ({ b, s, chapter })));
const tables = blocks.filter(({ b }) => b.type === 'table');
const path = (chapter) => `./rapport/${chapter.id}/`;

test('the table of contents lists every chapter and each page opens from its own URL', async ({ page }) => {
  const console = watchConsole(page);
  await page.goto('./rapport/');
  const entries = page.locator('.report-toc > li > a');
  await expect(entries).toHaveText(report.chapters.map(heading));
  // Chapter 4's parts that are the plan lead to the overview.
  const c4 = report.chapters.find((c) => c.sections.some((s) => s.plan_part));
  for (const s of c4.sections.filter((x) => x.plan_part)) {
    const href = await page.locator('.report-toc a', { hasText: heading(s) }).getAttribute('href');
    expect(new URL(href, page.url()).pathname).toBe('/');
  }
  for (const c of report.chapters) {
    const response = await page.goto(path(c));
    expect(response.status()).toBe(200);
    await expect(page.locator('main h1')).toHaveText(heading(c));
    await expect(page).toHaveTitle(`${heading(c)} · Plan ouvert`);
    // Every sub-section, with its printed number and title at its level.
    const subs = sections.filter((x) => x.chapter === c && x.s !== c);
    for (const { s, depth } of subs) {
      const h = page.locator(`.report-text h${Math.min(depth + 1, 6)}[id="${s.id}"]`);
      await expect(h).toHaveText(heading(s));
      const link = page.locator(`.report-heading:has([id="${s.id}"]) a.section-link`);
      await expect(link).toHaveAttribute('href', `#${s.id}`);
      await expect(link).toHaveAccessibleName(`Lien vers cette section : ${heading(s)}`);
    }
    await expect(page.locator('.report-text')).toHaveAttribute('lang', 'fr');
  }
  console.assertClean();
});

test('the "Evénements contributifs" table shows every row of report.json', async ({ page }) => {
  const { b, chapter, s } = tables.find((t) => t.s.title === 'Evénements contributifs');
  await page.goto(path(chapter));
  const region = page.getByRole('region', { name: `Tableau : ${heading(s)}` });
  await expect(region).toHaveAttribute('tabindex', '0');
  const table = region.locator('table');
  await expect(table.locator('thead th[scope="col"]')).toHaveText(b.header.map(inl));
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(b.rows.length);
  for (const [i, r] of b.rows.entries()) {
    await expect(rows.nth(i).locator('td')).toHaveText(r.cells.map(inl));
  }
});

test('commitments named in the text link to their pages, institutions to theirs', async ({ page }) => {
  // Every commitment reference in report.json (in this report chapter 1's
  // four principles; the conclusion, chapter 6, names none by number).
  const named = [];
  const items = (list, s, chapter) => list.forEach((it) => {
    if (it.commitments) named.push({ n: it.commitments, chapter });
    items(it.items || [], s, chapter);
  });
  for (const { b, s, chapter } of blocks) {
    if (b.commitments) named.push({ n: b.commitments, chapter });
    if (b.type === 'list') items(b.items, s, chapter);
  }
  expect(named.length).toBeGreaterThan(0);
  const conclusion = report.chapters.find((c) => c.number === '6');
  expect(named.some((x) => x.chapter === conclusion)).toBe(false);
  for (const chapter of new Set(named.map((x) => x.chapter))) {
    await page.goto(path(chapter));
    const numbers = named.filter((x) => x.chapter === chapter).flatMap((x) => x.n);
    await expect(page.locator('.report-text a.report-ref[href*="/engagements/"]')).toHaveCount(numbers.length);
    for (const n of new Set(numbers)) {
      const c = snapshot.commitments.find((x) => x.number === n);
      await expect(page.getByRole('link', { name: `Engagement ${n} : ${c.title}`, exact: true }).first()).toBeVisible();
    }
  }
  // Follow one: the commitment page opens.
  const first = named[0];
  const c = snapshot.commitments.find((x) => x.number === first.n[0]);
  await page.goto(path(first.chapter));
  await page.getByRole('link', { name: `Engagement ${c.number} : ${c.title}`, exact: true }).first().click();
  await expect(page.locator('main h1')).toHaveText(c.title);

  // Institutions: the list item whose whole text is the institution's name.
  const withInstitution = [];
  const findInst = (list, chapter) => list.forEach((it) => { if (it.institution) withInstitution.push({ it, chapter }); findInst(it.items || [], chapter); });
  for (const { b, chapter } of blocks) if (b.type === 'list') findInst(b.items, chapter);
  const { it, chapter } = withInstitution[0];
  const inst = snapshot.institutions.find((i) => i.id === it.institution);
  await page.goto(path(chapter));
  await expect(page.locator(`.report-text a.report-ref[href*="/institutions/"]`)).toHaveCount(withInstitution.filter((x) => x.chapter === chapter).length);
  await page.getByRole('link', { name: `Voir l’institution : ${inst.name}` }).click();
  await expect(page.locator('main h1')).toHaveText(inst.name);
});

test('a word found only in chapter 5 shows in the chapters group and leads to its section', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => { if (r.url().includes('report.json')) requests.push(r.url()); });
  const plan = fold(readFileSync(new URL('../../public/data/plan.json', import.meta.url), 'utf8'));
  const c5 = report.chapters.find((c) => c.number === '5');
  const textOf = (s) => fold([heading(s), ...s.blocks.map((b) => JSON.stringify(b))].join(' '));
  const others = fold(JSON.stringify(report.chapters.filter((c) => c !== c5)));
  const mine = sections.filter((x) => x.chapter === c5);
  const words = [...new Set(mine.flatMap(({ s }) => textOf(s).match(/[a-z]{8,}/g) || []))];
  const word = words.find((w) => !plan.includes(w) && !others.includes(w));
  expect(word, 'a word of chapter 5 found nowhere else').toBeTruthy();
  const where = mine.filter(({ s }) => textOf(s).includes(word)).map(({ s }) => s.id);

  await page.goto('./');
  expect(requests, 'the overview does not fetch the report before a search').toEqual([]);
  await page.locator('#recherche').fill(word);
  const group = page.locator('.report-hits');
  await expect(group.getByRole('heading', { name: 'Dans les autres chapitres du rapport' })).toBeVisible();
  await expect(group).toContainText('Les filtres ne s’appliquent qu’aux engagements');
  await expect(group.locator('.report-hit')).toHaveCount(where.length);
  const hit = group.locator(`.report-hit[data-section="${where[0]}"]`);
  await expect(hit.locator('mark').first()).toBeVisible();
  expect(fold(await hit.locator('mark').first().innerText())).toBe(word);
  await expect(page.locator('.explorer-results .commitment-item')).toHaveCount(0);
  expect(requests.length).toBe(1);
  await hit.locator('a.report-hit-title').click();
  await expect(page).toHaveURL(new RegExp(`/rapport/${c5.id}/(#${where[0]})?$`));
  await expect(page.locator('main h1')).toHaveText(heading(c5));
  if (where[0] !== c5.id) await expect(page.locator(`[id="${where[0]}"]`)).toBeInViewport();
});

test.describe('accessibility', () => {
  test.use({ bypassCSP: true }); // axe-core is injected as a script
test('no accessibility violation on a chapter page and the contents, light and dark', async ({ page }) => {
  const withTable = tables[0].chapter;
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const p of [path(withTable), './rapport/']) {
      await page.goto(p);
      expect(await axeViolations(page), `${p} (${scheme})`).toEqual([]);
    }
  }
});
});

test('at 320 px the widest table scrolls in its own region, never the page', async ({ page }) => {
  const width = (t) => t.b.header.length * 1000 + JSON.stringify(t.b).length;
  const widest = tables.reduce((a, t) => (width(t) > width(a) ? t : a));
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(path(widest.chapter));
  const region = page.getByRole('region', { name: `Tableau : ${heading(widest.s)}` });
  await region.scrollIntoViewIfNeeded();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // The region itself scrolls, and the keyboard reaches it.
  const [scroll, client] = await region.evaluate((el) => [el.scrollWidth, el.clientWidth]);
  expect(scroll).toBeGreaterThan(client);
  await region.focus();
  await expect(region).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
});

test('the contribution link names the chapter or the commitment and the page address', async ({ page }) => {
  const decode = (href) => {
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(decodeURIComponent(url.pathname)).toBe(report.contact.email);
    return { subject: url.searchParams.get('subject'), body: url.searchParams.get('body') };
  };
  const c = report.chapters[2];
  await page.goto(path(c));
  const link = page.getByRole('link', { name: 'Contribuer / signaler une erreur' });
  const chapter = decode(await link.getAttribute('href'));
  expect(chapter.subject).toBe(`Plan ouvert — rapport, ${heading(c)}`);
  const site = new URL('/', page.url());
  expect(chapter.body).toContain(new URL(path(c), site).href);

  const x = snapshot.commitments[2];
  await page.goto(`./engagements/${x.number}/`);
  const commitment = decode(await page.getByRole('link', { name: 'Contribuer / signaler une erreur' }).getAttribute('href'));
  expect(commitment.subject).toBe(`Plan ouvert — engagement ${x.number} : ${x.title}`);
  expect(commitment.body).toContain(new URL(`./engagements/${x.number}/`, site).href);
});

test('the first paint is the chapter itself, in the markup the app draws, and nothing moves', async ({ page }) => {
  const c = tables[0].chapter;
  const markup = () => {
    const art = document.querySelector(document.getElementById('apercu') ? '#apercu article' : 'main article');
    const copy = art.cloneNode(true);
    // Comments out; attributes in one order (the build writes them in the
    // order the view names them, the browser's DOM in the order they were set).
    const strip = (n) => {
      const attrs = [...n.attributes].map((a) => [a.name, a.value]).sort(([a], [b]) => (a < b ? -1 : 1));
      for (const [name] of attrs) n.removeAttribute(name);
      for (const [name, value] of attrs) n.setAttribute(name, value);
      for (const k of [...n.childNodes]) {
        if (k.nodeType === 8) k.remove();
        else if (k.nodeType === 1) strip(k);
      }
    };
    strip(copy);
    copy.querySelectorAll('a[href]').forEach((a) => {
      const u = new URL(a.href);
      a.setAttribute('href', u.protocol === 'mailto:' ? 'mailto' : u.pathname + u.hash);
    });
    copy.normalize();
    return copy.outerHTML;
  };
  const last = sections.filter((x) => x.chapter === c).at(-1).s;
  // The wasm is held back until the preview is measured, as on a slow line.
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route('**/*.wasm', async (route) => { await gate; await route.continue(); });
  await page.gotoPreview(path(c));
  await expect(page.locator('#apercu h1')).toHaveText(heading(c));
  const before = await page.evaluate(markup);
  const topBefore = await page.locator(`#apercu [id="${last.id}"]`).evaluate((el) => el.getBoundingClientRect().top);
  release();
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  const after = await page.evaluate(markup);
  expect(after).toBe(before);
  const topAfter = await page.locator(`[id="${last.id}"]`).evaluate((el) => el.getBoundingClientRect().top);
  expect(Math.abs(topAfter - topBefore)).toBeLessThan(1);
});

test('without JavaScript a chapter is readable in full', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const { b, chapter } = tables[0];
  await page.goto(path(chapter));
  await expect(page.locator('#apercu h1')).toHaveText(heading(chapter));
  await expect(page.locator('#apercu .report-table tbody tr')).toHaveCount(b.rows.length);
  await expect(page.locator('#apercu .site-header a[aria-current="page"]')).toHaveText('Le rapport');
  await context.close();
});

test('a section opens from its deep link, also under a sub-path', async ({ page }) => {
  const DIST = resolve(process.env.E2E_DIST || 'dist');
  const root = mkdtempSync(join(tmpdir(), 'plan-ouvert-report-'));
  cpSync(DIST, join(root, 'pgo'), { recursive: true });
  const port = 8900 + Math.floor(Math.random() * 90);
  const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', root], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}/pgo/`;
  try {
    for (let i = 0; i < 50; i++) {
      try { if ((await fetch(base)).ok) break; } catch { /* not up yet */ }
      await new Promise((r) => setTimeout(r, 100));
    }
    const { s, chapter } = sections.filter((x) => x.depth > 0).at(-1);
    await page.goto(`${base}rapport/${chapter.id}/#${s.id}`);
    await expect(page.locator('main h1')).toHaveText(heading(chapter));
    await expect(page.locator(`[id="${s.id}"]`)).toBeInViewport();
    // The contents, then a chapter, by links: the path stays under /pgo/.
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Le rapport' }).click();
    await expect(page.locator('main h1')).toHaveText('Le rapport');
    const other = report.chapters[1];
    await page.locator('.report-toc > li > a', { hasText: heading(other) }).click();
    await expect(page.locator('main h1')).toHaveText(heading(other));
    expect(new URL(page.url()).pathname).toBe(`/pgo/rapport/${other.id}/`);
  } finally {
    server.kill();
  }
});
