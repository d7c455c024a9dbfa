// What a newcomer tripped over (issue 21): one test per finding fixed, named
// after its number. Layout findings are measured as boxes at 320, 375, 1280
// and 1920 px (never pixel by pixel); expected values come from the snapshot.
import { test, expect } from './fixtures.mjs';
import { snapshot, watchConsole, shownNumbers } from './helpers.mjs';

const WIDTHS = [320, 375, 1280, 1920];

/** Words (cut at spaces and hyphens) of the text under `selector` that the
 * browser broke across two lines: a word drawn whole has one client rect. */
async function brokenWords(page, selector) {
  return page.locator(selector).evaluateAll((els) => {
    const out = [];
    for (const el of els) {
      if (!el.getClientRects().length) continue; // not rendered
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.data;
        const re = /[^\s\u00a0\u202f-]+/g;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          const r = document.createRange();
          r.setStart(node, m.index);
          r.setEnd(node, m.index + m[0].length);
          const lines = new Set([...r.getClientRects()].filter((b) => b.width > 0).map((b) => Math.round(b.top)));
          if (lines.size > 1) out.push(m[0]);
        }
      }
    }
    return out;
  });
}

/** Texts under `selector` (numbers with their unit, cell by cell) drawn on more than one line. */
async function wrappedCells(page, selector) {
  return page.locator(selector).evaluateAll((els) => els.filter((el) => el.getClientRects().length).flatMap((el) => {
    const r = document.createRange();
    // A count that is a button (finding 10): its text, not the button's box.
    r.selectNodeContents(el.querySelector('button') || el);
    const lines = new Set([...r.getClientRects()].filter((b) => b.width > 0).map((b) => Math.round(b.top)));
    return lines.size > 1 ? [el.textContent] : [];
  }));
}

/** The page's own horizontal overflow (a table may scroll inside its box, the page must not). */
const pageOverflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test.describe('finding 1: the action table', () => {
  for (const width of WIDTHS) {
    test(`finding 1: the status column is never crushed at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('./engagements/2/');
      const badges = page.locator('tr.action-row td:last-child .badge');
      await expect(badges.first()).toBeVisible();
      // One line each: « Partiel » is about 22 px high, not 127.
      const heights = await badges.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
      for (const h of heights) expect(h, 'a status badge on one line').toBeLessThan(34);
      expect(await brokenWords(page, 'table.actions td:last-child')).toEqual([]);
      if (width >= 1280) {
        // The header is shown as a row of column names on a wide screen only.
        expect(await brokenWords(page, 'table.actions thead th')).toEqual([]);
        const col = await page.locator('table.actions thead th').last().boundingBox();
        expect(col.width, 'the status column').toBeGreaterThanOrEqual(140);
      }
      expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    });
  }

  test('finding 1: printed, each action follows the last (no row a page of its own)', async ({ page }) => {
    await page.goto('./engagements/3/');
    const c = snapshot.commitments.find((x) => x.number === 3);
    await page.emulateMedia({ media: 'print' });
    // A4 at Chromium's default margins is about 718 CSS px wide.
    await page.setViewportSize({ width: 718, height: 1000 });
    const rows = page.locator('tr.action-row');
    await expect(rows).toHaveCount(c.actions.length);
    const table = await page.locator('table.actions').boundingBox();
    for (const box of await rows.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()))) {
      // A card as wide as the table, not a row of four narrow columns.
      expect(box.width).toBeGreaterThan(table.width * 0.9);
    }
    const heights = await page.locator('tr.action-row .badge').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    for (const h of heights) expect(h).toBeLessThan(34);
    await page.emulateMedia({ media: null }); // page.pdf prints with print media
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    // The landed build printed it on 5 pages, 2 of them half empty.
    expect(pages).toBeLessThanOrEqual(4);
  });
});

test.describe('finding 2: the data tables on a phone', () => {
  for (const width of WIDTHS) {
    test(`finding 2: numbers never wrap, words never break, the table scrolls in its box at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('./');
      for (const id of ['statuts', 'calendrier', 'axes']) {
        await page.locator(`.chart[data-chart="${id}"] .chart-switch`).click();
        await expect(page.locator(`.chart[data-chart="${id}"] table.chart-table`)).toBeVisible();
      }
      expect(await wrappedCells(page, '.chart-table td'), 'numbers on one line').toEqual([]);
      expect(await brokenWords(page, '.chart-table th'), 'words whole').toEqual([]);
      expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
      // A table wider than its box scrolls inside it, and the box can be reached by keyboard.
      for (const box of await page.locator('.table-scroll').all()) {
        await expect(box).toHaveAttribute('tabindex', '0');
        const { scrollW, clientW, overflowX } = await box.evaluate((e) => ({
          scrollW: e.scrollWidth, clientW: e.clientWidth, overflowX: getComputedStyle(e).overflowX,
        }));
        if (scrollW > clientW) expect(overflowX).toBe('auto');
      }
    });
  }
});

test.describe('finding 9: axis chart labels', () => {
  for (const width of WIDTHS) {
    test(`finding 9: the axis chart's row labels break between words only at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('./');
      const labels = page.locator('.chart[data-chart="axes"] .chart-row-label');
      await expect(labels).toHaveCount(snapshot.axes.length);
      expect(await brokenWords(page, '.chart-row-label')).toEqual([]);
      // The « · » after an axis number never stands alone on a line.
      const alone = await labels.evaluateAll((els) => els.filter((el) => {
        const t = el.firstChild && el.querySelector('span[lang="fr"]');
        if (!t) return false;
        const r = document.createRange();
        r.setStartBefore(el.firstChild);
        r.setEndBefore(t);
        const lead = [...r.getClientRects()].filter((b) => b.width > 0).map((b) => Math.round(b.top));
        return new Set(lead).size > 1;
      }).map((el) => el.textContent));
      expect(alone).toEqual([]);
    });
  }
});

test.describe('finding 10: a segment too small to tap has a cell that does what it does', () => {
  // The bars stay proportional (a one-action segment is a sliver on a phone);
  // each segment's count in the data table is a button of at least 24 × 24 px
  // with the segment's name, choosing the same filter (WCAG 2.5.8's
  // « equivalent » control).
  for (const width of [320, 375, 1280]) {
    test(`finding 10: every axis-chart segment has a table button of 24 × 24 px or more at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('./');
      await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
      const chart = page.locator('.chart[data-chart="axes"]');
      const segs = await chart.locator('g.seg').evaluateAll((gs) => gs.map((g) => {
        const r = g.getBoundingClientRect();
        return { name: g.getAttribute('aria-label'), w: r.width, h: r.height };
      }));
      // As many segments as non-zero (axis, action status) pairs in the snapshot.
      const pairs = new Set(snapshot.commitments.flatMap((c) => c.actions.map((a) => `${c.axis}|${a.status}`)));
      expect(segs.length).toBe(pairs.size);
      if (width <= 375) expect(segs.some((s) => s.w < 24), 'some segment is a sliver on a phone').toBe(true);
      await chart.locator('.chart-switch').click();
      const cells = chart.locator('.table-scroll button.cell-choice');
      await expect(cells).toHaveCount(segs.length);
      const boxes = await cells.evaluateAll((bs) => bs.map((b) => {
        const r = b.getBoundingClientRect();
        return { name: b.getAttribute('aria-label'), w: r.width, h: r.height };
      }));
      expect(boxes.map((b) => b.name).sort()).toEqual(segs.map((s) => s.name).sort());
      for (const b of boxes) {
        expect(b.w, b.name).toBeGreaterThanOrEqual(24);
        expect(b.h, b.name).toBeGreaterThanOrEqual(24);
      }
      // The smallest segment's cell chooses its filter: the axis and the action status.
      const smallest = [...segs].sort((a, b) => a.w - b.w)[0];
      const cell = chart.locator('button.cell-choice', { hasText: /\d/ }).and(page.locator(`[aria-label="${smallest.name}"]`));
      await cell.click();
      await expect(cell).toHaveAttribute('aria-pressed', 'true');
      const url = new URL(page.url());
      expect(url.searchParams.get('axe'), 'an axis is chosen').toBeTruthy();
      expect(url.searchParams.get('action'), 'an action status is chosen').toBeTruthy();
    });
  }
});

test('finding 12: the snippet\'s starting height is the view\'s height, measured at an article column\'s width', async ({ page, browser }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./?statut=partial');
  await page.getByRole('button', { name: 'Intégrer cette vue' }).click();
  const dialog = page.getByRole('dialog', { name: 'Intégrer cette vue' });
  await expect(dialog.locator('.embed-height')).toHaveAttribute('data-measured', 'true', { timeout: 20_000 });
  // The embed being measured reports again as it is drawn: once its app is
  // ready, the snippet and the sentence under it give its last height.
  await expect(page.frameLocator('iframe.embed-measure').locator('html')).toHaveAttribute('data-app', 'ready', { timeout: 20_000 });
  let snippet = '';
  let height = 0;
  await expect.poll(async () => {
    snippet = await dialog.getByLabel('Code d’intégration').inputValue();
    height = Number(/height="(\d+)"/.exec(snippet)[1]);
    return (await dialog.locator('.embed-height').textContent()).includes(`${height} px`);
  }).toBe(true);
  expect(height, 'not the old fixed 900 px').not.toBe(900);
  // The snippet pasted as is, without the resize script, in a 640 px column:
  // the whole view shows, and no more than it.
  const host = await browser.newPage({ viewport: { width: 800, height: 1200 } });
  await host.setContent(`<!doctype html><body style="margin:0"><div style="width:640px">${snippet}</div></body>`);
  const frame = host.frameLocator('iframe');
  await expect(frame.locator('html')).toHaveAttribute('data-app', 'ready', { timeout: 20_000 });
  const inner = await host.frames()[1].evaluate(() => ({
    content: Math.ceil(document.documentElement.getBoundingClientRect().height),
    scroll: document.scrollingElement.scrollHeight,
    view: innerHeight,
  }));
  expect(inner.view).toBe(height);
  expect(inner.scroll, 'no scrolling inside the iframe').toBeLessThanOrEqual(height + 1);
  expect(Math.abs(inner.content - height), 'no blank space below the view').toBeLessThanOrEqual(2);
  await host.close();
});

test('finding 13: the favicon and manifest still load after in-app navigation', async ({ page }) => {
  const missing = [];
  page.on('response', (r) => { if (r.status() >= 400) missing.push(`${r.status()} ${r.url()}`); });
  const console = watchConsole(page);
  await page.goto('./');
  await page.locator('.explorer-results .commitment-item a').nth(2).click();
  await expect(page).toHaveURL(/engagements\/3\/$/);
  await expect(page.locator('main h1')).toBeVisible();
  await page.goto('./engagements/3/');
  await page.locator('.site-header a[href$="rapport/"]').click();
  await expect(page).toHaveURL(/rapport\/$/);
  await page.waitForTimeout(500);
  expect(missing).toEqual([]);
  console.assertClean();
  // The links are absolute once the page knows its address: any sub-path works.
  for (const rel of ['icon', 'apple-touch-icon', 'manifest']) {
    const href = await page.locator(`link[rel="${rel}"]`).getAttribute('href');
    expect(href, rel).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/(icon\.svg|icon-192\.png|manifest\.webmanifest)$/);
  }
});

test.describe('finding 3: skip links move the focus', () => {
  for (const width of [375, 1280]) {
    test(`finding 3: « Aller au contenu » and the jump to the search move the focus at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('./');
      await page.keyboard.press('Tab');
      await expect(page.locator('a.skip-link')).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.locator('main#contenu')).toBeFocused();
      // The next Tab goes on inside the content, not back to the logo.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement.closest('main'))).toBe(true);
      // The jump to the search is reached by Tab at every width, and lands in the search box.
      const jump = page.locator('.jump-link a');
      let steps = 0;
      while (!(await jump.evaluate((a) => a === document.activeElement)) && steps++ < 15) await page.keyboard.press('Tab');
      await expect(jump).toBeFocused();
      const box = await jump.boundingBox();
      expect(box.width, 'visible when focused').toBeGreaterThan(40);
      await page.keyboard.press('Enter');
      await expect(page.locator('#recherche')).toBeFocused();
      await page.keyboard.press('Tab');
      const next = await page.evaluate(() => document.activeElement.closest('.charts, .overview-head, .figures'));
      expect(next, 'the next Tab does not go back up to the charts').toBeNull();
    });
  }
});

test.describe('finding 4: Back and Forward give the reader their place back', () => {
  const scrollY = (page) => page.evaluate(() => Math.round(window.scrollY));
  /** Polls until the scroll is within 3 px of `y`; says where it is otherwise. */
  const expectScroll = (page, y, what) => expect.poll(() => scrollY(page), { message: what })
    .toBeGreaterThanOrEqual(y - 3).then(() => expect.poll(() => scrollY(page), { message: what }).toBeLessThanOrEqual(y + 3));
  for (const width of [375, 1280]) {
    test(`finding 4: Back and Forward restore the scroll and focus the followed link at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      const delayed = snapshot.commitments.filter((c) => c.calendar === 'delayed').map((c) => c.number);
      const n = delayed[0];
      await page.goto('./?calendrier=delayed');
      await expect.poll(() => shownNumbers(page)).toEqual(delayed);
      // The filter panel folds on a phone: the reader opened it.
      const toggle = page.locator('.filters-toggle');
      if (await toggle.isVisible()) await toggle.click();
      await expect(page.locator('#filtres')).toBeVisible();
      // Down to the commitment's link in the list, then open it.
      const link = page.locator(`.explorer-results .commitment-item[data-number="${n}"] a`).first();
      await link.scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, 40));
      const overviewY = await scrollY(page);
      expect(overviewY, 'the list is below the charts').toBeGreaterThan(width < 600 ? 1000 : 100);
      await link.click();
      await expect(page).toHaveURL(new RegExp(`engagements/${n}/$`));
      // A new page: at the top, focus on its h1 (finding 7).
      await expect(page.locator('main h1')).toBeFocused();
      await expectScroll(page, 0, 'a new page starts at the top');
      // Down to the next commitment's link, and follow it.
      const next = page.locator('.prev-next a[rel="next"]');
      await next.scrollIntoViewIfNeeded();
      const commitmentY = await scrollY(page);
      expect(commitmentY).toBeGreaterThan(100);
      await next.click();
      await expect(page).toHaveURL(new RegExp(`engagements/${n + 1}/$`));
      await expect(page.locator('main h1')).toBeFocused();

      // Back: the commitment page where it was left, focus on the followed link.
      await page.goBack();
      await expect(page).toHaveURL(new RegExp(`engagements/${n}/$`));
      await expect(next).toBeFocused();
      await expectScroll(page, commitmentY, 'Back to the commitment');
      // Back again: the filtered overview, its panel open, where it was left.
      await page.goBack();
      await expect(page).toHaveURL(/\?calendrier=delayed$/);
      await expect.poll(() => shownNumbers(page)).toEqual(delayed);
      await expect(link).toBeFocused();
      await expectScroll(page, overviewY, 'Back to the overview');
      await expect(page.locator('#filtres')).toBeVisible();
      if (await toggle.isVisible()) await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      // Forward: the commitment page again, as it was left.
      await page.goForward();
      await expect(page).toHaveURL(new RegExp(`engagements/${n}/$`));
      await expect(next).toBeFocused();
      await expectScroll(page, commitmentY, 'Forward to the commitment');
      // Forward again: the next one, at its top, its h1 focused as it was.
      await page.goForward();
      await expect(page).toHaveURL(new RegExp(`engagements/${n + 1}/$`));
      await expect(page.locator('main h1')).toBeFocused();
      await expectScroll(page, 0, 'Forward to the next commitment');
      // And a link followed after all this is a new page again (finding 7).
      await page.locator('.prev-next a[rel="prev"]').click();
      await expect(page).toHaveURL(new RegExp(`engagements/${n}/$`));
      await expect(page.locator('main h1')).toBeFocused();
      await expectScroll(page, 0, 'a link is a new page');
    });
  }
});

test('finding 7: every in-app navigation moves the focus to the new page\'s h1', async ({ page }) => {
  await page.goto('./');
  for (const [name, url] of [['Le rapport', /\/rapport\/$/], ['Institutions', /\/institutions\/$/], ['À propos', /\/a-propos\/$/], ['Engagements', /127\.0\.0\.1:\d+\/$/]]) {
    const link = page.locator('.site-header nav a', { hasText: name });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(url);
    await expect(page.locator('main h1'), name).toBeFocused();
  }
  // A commitment link from the list, and the previous/next links.
  await page.locator('.explorer-results .commitment-item a').first().click();
  await expect(page.locator('main h1')).toBeFocused();
  await page.locator('.prev-next a[rel="next"]').click();
  await expect(page).toHaveURL(/engagements\/2\/$/);
  await expect(page.locator('main h1')).toBeFocused();
});

test('finding 15: the misprinted status label is kept, with a note of how it is counted', async ({ page }) => {
  const odd = snapshot.commitments.filter((c) => {
    const def = snapshot.statuses.find((d) => d.code === c.status);
    return c.status_label !== def.label_fr;
  });
  expect(odd.length).toBeGreaterThan(0);
  for (const c of odd) {
    const def = snapshot.statuses.find((d) => d.code === c.status);
    await page.goto(`./engagements/${c.number}/`);
    const facts = page.locator('.facts');
    await expect(facts.locator('.badge').first()).toHaveText(c.status_label);
    const note = `Libellé tel qu’imprimé dans le rapport ; compté comme « ${def.label_fr} » dans les chiffres et les filtres.`;
    await expect(facts.locator('.status-note')).toHaveText(note);
    // Wherever the label is shown: the overview's list and the institutions' pages.
    await page.goto('./');
    const row = page.locator(`.explorer-results .commitment-item[data-number="${c.number}"]`);
    await expect(row.locator('.badge').first()).toHaveText(c.status_label);
    await expect(row.locator('.status-note')).toHaveText(note);
    await page.goto(`./institutions/${c.institutions[0]}/`);
    const item = page.locator(`.commitment-item[data-number="${c.number}"]`);
    await expect(item.locator('.status-note')).toHaveText(note);
    // The English interface names the status from the vocabulary: no note.
    await page.goto(`./en/institutions/${c.institutions[0]}/`);
    await expect(page.locator(`.commitment-item[data-number="${c.number}"] .badge`).first()).toHaveText(def.label_en);
    await expect(page.locator('.status-note')).toHaveCount(0);
  }
  // A label as the vocabulary names it needs no note.
  const plain = snapshot.commitments.find((c) => !odd.includes(c));
  await page.goto(`./engagements/${plain.number}/`);
  await expect(page.locator('.facts .badge').first()).toBeVisible();
  await expect(page.locator('.status-note')).toHaveCount(0);
});

test('finding 16: the key figures naming a subset open it', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('./');
  const delayed = snapshot.commitments.filter((c) => c.calendar === 'delayed').map((c) => c.number);
  const link = page.locator('[data-figure="retard"] a.figure-link');
  await expect(link).toContainText(String(delayed.length));
  await link.click();
  await expect(page).toHaveURL(/\?calendrier=delayed$/);
  await expect.poll(() => shownNumbers(page)).toEqual(delayed);
  // The reader is taken to the count of what the figure opened.
  await expect(page.locator('#resultats-nombre')).toBeFocused();
  await expect(page.locator('#resultats-nombre')).toBeInViewport();
  await page.goBack();
  await expect.poll(() => shownNumbers(page)).toEqual(snapshot.commitments.map((c) => c.number));
  // So does the share of substantial or complete commitments, as a plain link too.
  const advanced = snapshot.commitments.filter((c) => ['substantial', 'complete'].includes(c.status)).map((c) => c.number);
  const href = await page.locator('[data-figure="avances"] a.figure-link').getAttribute('href');
  await page.goto(href);
  await expect.poll(() => shownNumbers(page)).toEqual(advanced);
});

test('finding 17: download file names follow the view\'s filters', async ({ page }) => {
  await page.goto('./?calendrier=delayed&statut=partial');
  const date = snapshot.source.as_of.slice(0, 10);
  const tools = page.locator('.view-tools');
  for (const [button, name] of [
    ['Engagements (CSV)', `plan-ouvert-engagements-statut-partial-calendrier-delayed-${date}.csv`],
    ['Actions (CSV)', `plan-ouvert-actions-statut-partial-calendrier-delayed-${date}.csv`],
    ['Données (JSON)', `plan-ouvert-donnees-statut-partial-calendrier-delayed-${date}.json`],
  ]) {
    const [download] = await Promise.all([page.waitForEvent('download'), tools.getByRole('button', { name: button }).click()]);
    expect(download.suggestedFilename()).toBe(name);
  }
  // A search is folded to a safe name; the whole plan keeps the plain name.
  await page.goto('./?q=%C3%89lus%20%2F%20%C2%AB%20locaux%20%C2%BB');
  const [d1] = await Promise.all([page.waitForEvent('download'), tools.getByRole('button', { name: 'Engagements (CSV)' }).click()]);
  expect(d1.suggestedFilename()).toBe(`plan-ouvert-engagements-elus-locaux-${date}.csv`);
  await page.goto('./');
  const [d2] = await Promise.all([page.waitForEvent('download'), tools.getByRole('button', { name: 'Engagements (CSV)' }).click()]);
  expect(d2.suggestedFilename()).toBe(`plan-ouvert-engagements-${date}.csv`);
});

test('finding 18: the result count is announced once typing pauses', async ({ page }) => {
  await page.goto('./');
  const box = page.locator('#recherche');
  await expect(box).toBeVisible();
  // Every text a live region takes in the explorer, as a screen reader would hear it.
  await page.evaluate(() => {
    window.__heard = [];
    window.__shown = [];
    const seen = new Map();
    const watch = () => {
      document.querySelectorAll('.explorer [aria-live]').forEach((el) => {
        const text = el.textContent.trim();
        if (text && seen.get(el) !== text) { seen.set(el, text); window.__heard.push(text); }
      });
      const shown = document.getElementById('resultats-nombre').textContent.trim();
      if (window.__shown.at(-1) !== shown) window.__shown.push(shown);
    };
    new MutationObserver(watch).observe(document.querySelector('.explorer'), { subtree: true, childList: true, characterData: true });
  });
  await box.pressSequentially('transparence', { delay: 60 });
  await expect(page.locator('#resultats-nombre')).not.toHaveText(/Les \d+ engagements/);
  const count = await page.locator('#resultats-nombre').textContent();
  await expect.poll(() => page.evaluate(() => window.__heard.at(-1))).toBe(count);
  await page.waitForTimeout(1000);
  // Fewer announcements than the count line's changes (each keystroke's):
  // only the counts a pause let stand (on a loaded machine a keystroke may
  // come late, so not always exactly one).
  const { heard, shown } = await page.evaluate(() => ({ heard: window.__heard, shown: window.__shown }));
  expect(shown.length).toBeGreaterThan(2);
  expect(heard.length).toBeLessThan(shown.length);
  expect(heard.at(-1)).toBe(count);
});

test('finding 19: the empty state says that nothing matches once', async ({ page }) => {
  await page.goto('./?q=zzzxq');
  await expect(page.locator('.empty-result')).toBeVisible();
  const text = await page.locator('.explorer-results').innerText();
  expect(text.match(/Aucun engagement ne correspond/g)).toHaveLength(1);
  await page.goto('./en/?q=zzzxq');
  await expect(page.locator('.empty-result')).toBeVisible();
  expect((await page.locator('.explorer-results').innerText()).match(/No commitment matches/g)).toHaveLength(1);
});

test('finding 20: the contribution mail says what to write, in the page\'s language', async ({ page }) => {
  for (const [path, prompts] of [
    ['./engagements/3/', ['Ce qui est inexact ou manque :', 'Où (engagement, action, paragraphe) :', 'Votre source (lien ou document) :']],
    ['./en/engagements/3/', ['What is wrong or missing:', 'Where (commitment, action, paragraph):', 'Your source (link or document):']],
  ]) {
    await page.goto(path);
    const href = await page.locator('.report-contribute a').getAttribute('href');
    const body = decodeURIComponent(new URL(href).searchParams.get('body') ?? href.split('body=')[1]);
    expect(body).toContain(page.url());
    for (const p of prompts) expect(body).toContain(p);
  }
});

test.describe('finding 14: print', () => {
  const hidden = ['.site-header', '.breadcrumbs', '.prev-next', '.report-contribute', '.skip-link'];
  const citationOf = (page) => page.locator('.print-citation').evaluate((el) => getComputedStyle(el, '::before').content);

  test('finding 14: a printed commitment leaves out the navigation and says its address and data date', async ({ page }) => {
    const c = snapshot.commitments[2];
    await page.goto(`./engagements/${c.number}/`);
    await expect(page.locator('.report-contribute')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    for (const sel of hidden) await expect(page.locator(sel).first(), sel).toBeHidden();
    await expect(page.locator('.view-tools button').first()).toBeHidden();
    await expect(page.locator('.print-citation')).toBeVisible();
    const cite = await citationOf(page);
    expect(cite).toContain(page.url());
    expect(cite).toContain('données au 3 juin 2016');
    expect(cite).toContain(`engagement ${c.number}`);
    // On screen the citation is the tools' own, not printed twice.
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('.print-citation')).toBeHidden();
  });

  test('finding 14: a printed filtered overview names its filters, not an empty search box', async ({ page }) => {
    await page.goto('./?calendrier=delayed');
    const delayed = snapshot.commitments.filter((c) => c.calendar === 'delayed');
    await expect(page.locator('.result-count')).toContainText(String(delayed.length));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#recherche')).toBeHidden();
    await expect(page.locator('.active-filters .chip')).toBeVisible();
    await expect(page.locator('.active-filters .chip')).toContainText('Retardé');
    const cite = await citationOf(page);
    expect(cite).toContain(page.url());
    expect(cite).toContain(`${delayed.length}\u00a0engagements sur ${snapshot.commitments.length}`);
    expect(cite).toContain('Retardé');
    expect(cite).toContain('données au 3 juin 2016');
  });
});

/** The box of `locator` in CSS pixels, rounded, with its place on the screen. */
async function boxOf(locator) {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: Math.round(r.top), bottom: Math.round(r.bottom), left: Math.round(r.left), right: Math.round(r.right), width: Math.round(r.width), height: Math.round(r.height) };
  });
}

/** What the link to the results says for `n` commitments (plan_core::i18n::see_results). */
const seeResults = (n) => (n === 0 ? 'Voir le résultat : aucun engagement' : n === 1 ? 'Voir l’engagement' : `Voir les ${n}\u00a0engagements`);

/**
 * Finding 8, in the app and before it: ticks « Retardé » in the open phone
 * panel and checks the button's count of filters on and the panel's own
 * link to the `n` results, whole on the screen. Returns that link.
 */
async function tickDelayed({ toggle, panel, tick, n }) {
  await tick.scrollIntoViewIfNeeded();
  await tick.check();
  await expect(toggle).toHaveText('Filtres (1\u00a0actif)');
  const done = panel.locator('.filters-done a');
  await expect(done).toHaveText(seeResults(n));
  await expect(done).toBeInViewport({ ratio: 1 });
  return done;
}

test.describe('finding 5: a chart bar shows where its results are', () => {
  for (const width of WIDTHS) {
    test(`finding 5: choosing « Retardé » shows and announces a link to the results at the chart, and nothing scrolls, at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('./');
      const delayed = snapshot.commitments.filter((c) => c.calendar === 'delayed').map((c) => c.number);
      const chart = page.locator('.charts [data-chart="calendrier"]');
      const seg = chart.locator('.seg[data-key="cal-delayed"]');
      await seg.scrollIntoViewIfNeeded();
      await expect(chart.locator('.chart-results')).toBeHidden();
      const before = await seg.evaluate((el) => ({ top: el.getBoundingClientRect().top, y: window.scrollY }));
      await seg.click();
      await expect(page).toHaveURL(/\?calendrier=delayed$/);
      await expect.poll(() => shownNumbers(page)).toEqual(delayed);
      // The outcome, at the chart: a link saying how many, on the screen.
      const link = chart.locator('.chart-results a');
      await expect(link).toHaveText(seeResults(delayed.length));
      await expect(link).toBeInViewport({ ratio: 1 });
      const box = await boxOf(link);
      expect(box.height, 'a target of 24 px at least').toBeGreaterThanOrEqual(24);
      expect(box.right, 'inside the screen').toBeLessThanOrEqual(width);
      expect(await brokenWords(page, '.charts .chart-results')).toEqual([]);
      // The page did not move: the bar is where the reader tapped it.
      const after = await seg.evaluate((el) => ({ top: el.getBoundingClientRect().top, y: window.scrollY }));
      expect(Math.abs(after.top - before.top), 'the bar stays put').toBeLessThanOrEqual(1);
      expect(after.y, 'no scroll on the reader\'s behalf').toBe(before.y);
      // The charts whose facets the view leaves alone offer no link.
      await expect(page.locator('.charts [data-chart="statuts"] .chart-results')).toBeHidden();
      await expect(page.locator('.charts [data-chart="axes"] .chart-results')).toBeHidden();
      // Announced: the live region says the count line once the list is drawn.
      const count = page.locator('#resultats-nombre');
      await expect(page.locator('.explorer-results > [aria-live]')).toHaveText(await count.textContent());
      // Followed, it takes the reader and the focus to the count.
      await link.click();
      await expect(count).toBeFocused();
      await expect(count).toBeInViewport();
      // Choosing the bar again lifts the filter, and the link goes.
      await seg.scrollIntoViewIfNeeded();
      await seg.click();
      await expect.poll(() => shownNumbers(page)).toEqual(snapshot.commitments.map((c) => c.number));
      await expect(chart.locator('.chart-results')).toBeHidden();
    });
  }
});

test.describe('finding 8: the filter panel on a phone', () => {
  for (const width of WIDTHS) {
    test(`finding 8: the panel folds behind « Filtres », scrolls in no box, and keeps a tick's outcome on the screen at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('./');
      const delayed = snapshot.commitments.filter((c) => c.calendar === 'delayed');
      const toggle = page.locator('button.filters-toggle');
      const panel = page.locator('#filtres');
      const count = page.locator('#resultats-nombre');
      const tick = panel.locator('[data-facet="calendrier"] input[value="delayed"]');
      if (width >= 960) {
        // Beside the results: always open, no button, the count in view.
        await expect(toggle).toBeHidden();
        await expect(panel.locator('.filters-done')).toBeHidden();
        // The reader comes to the explorer from above.
        await page.locator('#explorer').evaluate((el) => el.scrollIntoView());
        await tick.check();
        await expect(count).toContainText(String(delayed.length));
        await expect(count).toBeInViewport();
        return;
      }
      // Folded by default, behind a button that says how many filters are on.
      await expect(toggle).toHaveText('Filtres');
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expect(panel).toBeHidden();
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      // Open, no box scrolls inside it.
      const scrolling = await panel.evaluate((p) => [p, ...p.querySelectorAll('*')]
        .filter((el) => /auto|scroll/.test(getComputedStyle(el).overflowY) && el.scrollHeight > el.clientHeight + 1)
        .map((el) => el.className || el.localName));
      expect(scrolling, 'boxes scrolling inside the panel').toEqual([]);
      // A tick's outcome is on the screen: the link at the panel's end stays
      // at the bottom of it while the panel is there.
      const done = await tickDelayed({ toggle, panel, tick, n: delayed.length });
      const box = await boxOf(done);
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.bottom).toBeLessThanOrEqual(800);
      expect(box.right).toBeLessThanOrEqual(width);
      await panel.locator('[data-facet="institution"] input').first().scrollIntoViewIfNeeded();
      await expect(done).toBeInViewport({ ratio: 1 });
      // Followed, it folds the panel and takes the reader and the focus to the results.
      await done.click();
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expect(panel).toBeHidden();
      await expect(count).toBeFocused();
      await expect(count).toBeInViewport();
      await expect(count).toContainText(String(delayed.length));
      await expect(toggle).toBeInViewport();
    });
  }

  test('finding 8: before the app, the build\'s page does the same', async ({ page }) => {
    await page.route('**/*.wasm', (r) => r.abort());
    await page.setViewportSize({ width: 375, height: 800 });
    await page.gotoPreview('./');
    const delayed = snapshot.commitments.filter((c) => c.calendar === 'delayed');
    const toggle = page.locator('#apercu button.filters-toggle');
    const panel = page.locator('#apercu #filtres');
    const tick = panel.locator('[data-facet="calendrier"] input[value="delayed"]');
    await expect(tick).toBeEnabled();
    await expect(toggle).toHaveText('Filtres');
    await toggle.click();
    const done = await tickDelayed({ toggle, panel, tick, n: delayed.length });
    // The chart of that facet offers its link too.
    await expect(page.locator('#apercu [data-chart="calendrier"] .chart-results a')).toHaveText(seeResults(delayed.length));
    await expect(page.locator('#apercu [data-chart="statuts"] .chart-results')).toBeHidden();
    await done.click();
    await expect(panel).toBeHidden();
    const count = page.locator('#apercu #resultats-nombre');
    await expect(count).toBeFocused();
    await expect(count).toBeInViewport();
    await expect(page).toHaveURL(/\?calendrier=delayed$/);
  });
});

test.describe('finding 11: no blank space under the search', () => {
  for (const width of WIDTHS) {
    test(`finding 11: the results follow the search help, however short the list, at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      // Short lists: the status with the fewest commitments, and nothing at all.
      const byStatus = snapshot.statuses.map((s) => [s.code, snapshot.commitments.filter((c) => c.status === s.code).length]).filter(([, n]) => n > 0);
      const [fewest] = byStatus.sort((a, b) => a[1] - b[1])[0];
      for (const query of [`?statut=${fewest}`, '?q=zzzxq', '']) {
        await page.goto('./' + query);
        await expect(page.locator('#resultats-nombre')).toBeVisible();
        const m = await page.evaluate(() => {
          const help = document.getElementById('recherche-aide').getBoundingClientRect();
          const layout = document.querySelector('.explorer-layout');
          // The first block drawn below the search help, in the layout's flow.
          const tops = [...layout.querySelectorAll('.explorer-filters > *, .explorer-results > *')]
            .map((el) => el.getBoundingClientRect())
            .filter((r) => r.height > 0 && r.top >= help.bottom - 1)
            .map((r) => r.top);
          return { gap: Math.min(...tops) - help.bottom, rowGap: parseFloat(getComputedStyle(layout).rowGap) };
        });
        // The layout's own gap and the first line's margin, nothing more.
        expect(m.gap, `${query || 'the whole list'}: ${m.gap} px under the search help`).toBeLessThanOrEqual(m.rowGap + 8);
      }
    });
  }
});
