// What a newcomer tripped over (issue 21): one test per finding fixed, named
// after its number. Layout findings are measured as boxes at 320, 375, 1280
// and 1920 px (never pixel by pixel); expected values come from the snapshot.
import { test, expect } from './fixtures.mjs';
import { snapshot, watchConsole } from './helpers.mjs';

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
    r.selectNodeContents(el);
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
