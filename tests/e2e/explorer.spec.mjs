// Explorer: facets, search, the view in the URL, charts, keyboard use,
// accessibility (axe-core) and screenshots. Every expected set of commitments
// is computed here from public/data/plan.json, never typed in.
import { mkdirSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';
import {
  snapshot, watchConsole, involves, expectedSearch, shownNumbers, axeViolations, fold,
} from './helpers.mjs';

const all = snapshot.commitments.map((c) => c.number);
const numbers = (pred) => snapshot.commitments.filter(pred).map((c) => c.number);
const objectives = snapshot.axes.flatMap((a) => a.objectives);
const statusCodes = snapshot.statuses.map((s) => s.code);
const calendarCodes = snapshot.calendars.map((s) => s.code);

/** Per facet: its URL parameter, its values, and which commitments each value keeps. */
const facets = [
  { param: 'axe', values: snapshot.axes.map((a) => a.id), keeps: (c, v) => c.axis === v },
  { param: 'objectif', values: objectives.map((o) => o.id), keeps: (c, v) => c.objective === v },
  { param: 'statut', values: statusCodes, keeps: (c, v) => c.status === v },
  { param: 'calendrier', values: calendarCodes, keeps: (c, v) => c.calendar === v },
  { param: 'institution', values: snapshot.institutions.map((i) => i.id), keeps: (c, v) => involves(c, v) },
  { param: 'action', values: statusCodes, keeps: (c, v) => c.actions.some((a) => a.status === v) },
  { param: 'histoire', values: ['1'], keeps: (c) => c.stories.length > 0 },
];

async function openExplorer(page, query = '') {
  await page.goto('./' + query);
  await expect(page.locator('.explorer-results .commitment-item').first()).toBeVisible();
}

const checkbox = (page, param, value) => page.locator(`[data-facet="${param}"] input[value="${value}"]`);

for (const f of facets) {
  test(`facet "${f.param}": each option's count and list are the snapshot's`, async ({ page }) => {
    await openExplorer(page);
    // Counts beside every option, with nothing selected.
    for (const v of f.values) {
      const expected = numbers((c) => f.keeps(c, v));
      const option = checkbox(page, f.param, v).locator('xpath=..');
      await expect(option.locator('.facet-count'), `${f.param}=${v}`).toHaveText(new RegExp(`^${expected.length}\\b`));
    }
    // Selecting an option narrows the list to exactly its commitments (every
    // option with commitments, at most 8 per facet to bound the run time).
    const tried = f.values.filter((v) => numbers((c) => f.keeps(c, v)).length > 0).slice(0, 8);
    expect(tried.length).toBeGreaterThan(0);
    for (const v of tried) {
      const expected = numbers((c) => f.keeps(c, v));
      await checkbox(page, f.param, v).check();
      await expect.poll(() => shownNumbers(page), `${f.param}=${v}`).toEqual(expected);
      await expect(page).toHaveURL(new RegExp(`[?&]${f.param}=${encodeURIComponent(v)}(&|$)`));
      await expect(page.locator('.result-count')).toContainText(String(expected.length));
      await checkbox(page, f.param, v).uncheck();
      await expect.poll(() => shownNumbers(page)).toEqual(all);
    }
  });
}

test('two facets combine: OR within a facet, AND across facets', async ({ page }) => {
  await openExplorer(page, '?statut=partial,complete&calendrier=on_track');
  const expected = numbers((c) => ['partial', 'complete'].includes(c.status) && c.calendar === 'on_track');
  expect(expected.length).toBeGreaterThan(0);
  await expect.poll(() => shownNumbers(page)).toEqual(expected);
  await expect(checkbox(page, 'statut', 'partial')).toBeChecked();
  await expect(checkbox(page, 'statut', 'complete')).toBeChecked();
  await expect(page.locator('.chip')).toHaveCount(3);
});

test('search ignores accents and case, marks matches and names the fields', async ({ page }) => {
  const console = watchConsole(page);
  await openExplorer(page);
  const expected = expectedSearch('egalite');
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(all.length);
  const box = page.getByLabel('Rechercher dans tous les textes');
  for (const q of ['egalite', 'Égalité', 'ÉGALITÉ', 'égalite']) {
    await box.fill(q);
    await expect.poll(() => shownNumbers(page), q).toEqual(expected);
  }
  // Each result marks the term and says where it was found.
  const items = page.locator('.explorer-results .commitment-item');
  for (let i = 0; i < expected.length; i++) {
    const item = items.nth(i);
    const marks = await item.locator('mark').allTextContents();
    expect(marks.length, `marks in result ${expected[i]}`).toBeGreaterThan(0);
    for (const m of marks) expect(fold(m)).toContain('egalite');
    await expect(item.locator('.found-in')).toContainText('Trouvé dans');
  }
  // Two words: both must be found (AND), accents or not.
  const two = expectedSearch('societe civile donnees');
  await box.fill('Société civile données');
  await expect.poll(() => shownNumbers(page)).toEqual(two);
  await box.fill('societe CIVILE donnees');
  await expect.poll(() => shownNumbers(page)).toEqual(two);
  console.assertClean();
});

test('typing follows each keystroke and replaces the history entry', async ({ page }) => {
  await openExplorer(page);
  const before = await page.evaluate(() => history.length);
  const box = page.getByLabel('Rechercher dans tous les textes');
  await box.click();
  let typed = '';
  for (const ch of 'deonto') {
    typed += ch;
    await page.keyboard.type(ch);
    await expect.poll(() => shownNumbers(page), typed).toEqual(expectedSearch(typed));
  }
  await expect(page).toHaveURL(/[?&]q=deonto(&|$)/);
  expect(await page.evaluate(() => history.length)).toBe(before);
  // A filter, by contrast, pushes an entry.
  await checkbox(page, 'statut', 'substantial').check();
  await expect.poll(() => page.evaluate(() => history.length)).toBe(before + 1);
});

test('an empty result says so and offers to widen', async ({ page }) => {
  await openExplorer(page);
  await page.getByLabel('Rechercher dans tous les textes').fill('zzzxq');
  await expect(page.locator('.empty-result')).toContainText('Pour élargir');
  await expect(page.locator('.result-count')).toHaveText(/Aucun engagement/);
  await page.getByRole('button', { name: 'Effacer la recherche « zzzxq »' }).click();
  await expect.poll(() => shownNumbers(page)).toEqual(all);
  await expect(page.getByLabel('Rechercher dans tous les textes')).toHaveValue('');
});

test('URL round trip: reload shows the same view, back and forward restore views', async ({ page }) => {
  await openExplorer(page);
  await checkbox(page, 'statut', 'partial').check();
  const partial = numbers((c) => c.status === 'partial');
  await expect.poll(() => shownNumbers(page)).toEqual(partial);
  await checkbox(page, 'axe', 'axe-1').check();
  const partialAxe1 = numbers((c) => c.status === 'partial' && c.axis === 'axe-1');
  await expect.poll(() => shownNumbers(page)).toEqual(partialAxe1);
  await page.getByLabel('Rechercher dans tous les textes').fill('donnees');
  const searched = partialAxe1.filter((n) => expectedSearch('donnees').includes(n));
  await expect.poll(() => shownNumbers(page)).toEqual(searched);
  await expect(page).toHaveURL(/\?q=donnees&axe=axe-1&statut=partial$/);

  await page.reload();
  await expect.poll(() => shownNumbers(page)).toEqual(searched);
  await expect(page.getByLabel('Rechercher dans tous les textes')).toHaveValue('donnees');
  await expect(checkbox(page, 'statut', 'partial')).toBeChecked();
  await expect(checkbox(page, 'axe', 'axe-1')).toBeChecked();

  // Typing replaced the entry of the axis filter, so back goes to status only.
  await page.goBack();
  await expect.poll(() => shownNumbers(page)).toEqual(partial);
  await expect(checkbox(page, 'axe', 'axe-1')).not.toBeChecked();
  await expect(page.getByLabel('Rechercher dans tous les textes')).toHaveValue('');
  await page.goBack();
  await expect.poll(() => shownNumbers(page)).toEqual(all);
  await page.goForward();
  await expect.poll(() => shownNumbers(page)).toEqual(partial);
  await expect(checkbox(page, 'statut', 'partial')).toBeChecked();
});

test('chips remove one filter each; "Tout effacer" clears everything', async ({ page }) => {
  await openExplorer(page, '?q=donnees&statut=partial&histoire=1');
  await expect(page.locator('.chip')).toHaveCount(3);
  await page.getByRole('button', { name: /Retirer le filtre Belle histoire/ }).click();
  const expected = expectedSearch('donnees').filter((n) => numbers((c) => c.status === 'partial').includes(n));
  await expect.poll(() => shownNumbers(page)).toEqual(expected);
  await expect(page.locator('.chip')).toHaveCount(2);
  await page.getByRole('button', { name: 'Tout effacer' }).click();
  await expect.poll(() => shownNumbers(page)).toEqual(all);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('.chip')).toHaveCount(0);
});

test('unknown or malformed parameters are ignored with a notice, never an error page', async ({ page }) => {
  const console = watchConsole(page);
  await openExplorer(page, '?statut=partial,bogus&foo=1&axe=axe-99&histoire=peut-etre');
  const notice = page.locator('[role="status"] .url-notice');
  await expect(notice).toContainText('paramètre inconnu');
  await expect(notice).toContainText('bogus');
  await expect(notice).toContainText('axe-99');
  await expect(notice).toContainText('histoire');
  await expect.poll(() => shownNumbers(page)).toEqual(numbers((c) => c.status === 'partial'));
  await expect(page.locator('h1')).toHaveCount(1);
  console.assertClean();
});

test('links from the list open the commitment page', async ({ page }) => {
  await openExplorer(page, '?statut=complete');
  const first = numbers((c) => c.status === 'complete')[0];
  await page.locator(`.commitment-item[data-number="${first}"] a.commitment-title`).click();
  await expect(page).toHaveURL(new RegExp(`/engagements/${first}/?$`));
  await expect(page.locator('h1')).toHaveText(snapshot.commitments.find((c) => c.number === first).title);
  await page.goBack();
  await expect.poll(() => shownNumbers(page)).toEqual(numbers((c) => c.status === 'complete'));
});

test('charts: a segment applies its filter, the switch shows the numbers as a table', async ({ page }) => {
  await openExplorer(page);
  const status = page.locator('[data-chart="statuts"]');
  const partial = status.locator('.seg[data-key="st-partial"]');
  await expect(partial).toHaveAttribute('aria-pressed', 'false');
  await partial.click();
  await expect.poll(() => shownNumbers(page)).toEqual(numbers((c) => c.status === 'partial'));
  await expect(partial).toHaveAttribute('aria-pressed', 'true');
  await partial.click();
  await expect.poll(() => shownNumbers(page)).toEqual(all);

  // Stacked bars: axis 1, complete actions.
  const axes = page.locator('[data-chart="axes"]');
  await axes.locator('.chart-row').first().locator('.seg[data-key="st-complete"]').click();
  await expect.poll(() => shownNumbers(page))
    .toEqual(numbers((c) => c.axis === 'axe-1' && c.actions.some((a) => a.status === 'complete')));

  // Every chart has a summary for screen readers and a data table.
  for (const chart of await page.locator('figure.chart').all()) {
    const described = await chart.getAttribute('aria-describedby');
    await expect(page.locator(`#${described}`)).not.toBeEmpty();
  }
  await status.getByRole('button', { name: 'Voir les données' }).click();
  await expect(status.getByRole('button', { name: 'Voir les données' })).toHaveAttribute('aria-pressed', 'true');
  for (const s of snapshot.statuses) {
    const row = status.locator('table tbody tr', { has: page.locator(`th:text-is("${s.label_fr}")`) });
    await expect(row.locator('td').first()).toHaveText(String(numbers((c) => c.status === s.code).length));
  }
  const axesTotal = axes.getByRole('button', { name: 'Voir les données' });
  await axesTotal.click();
  const actionCount = snapshot.commitments.filter((c) => c.axis === 'axe-1').reduce((n, c) => n + c.actions.length, 0);
  await expect(axes.locator('table tbody tr').first().locator('td').last()).toHaveText(String(actionCount));
});

test('the filters work with the keyboard alone', async ({ page }) => {
  await openExplorer(page);
  await page.getByLabel('Rechercher dans tous les textes').focus();
  // Search box → first option of the first facet.
  await page.keyboard.press('Tab');
  await expect(checkbox(page, 'axe', snapshot.axes[0].id)).toBeFocused();
  await page.keyboard.press('Space');
  await expect.poll(() => shownNumbers(page)).toEqual(numbers((c) => c.axis === snapshot.axes[0].id));
  // Focus stays on the checkbox while the list updates, so the next one is a Tab away.
  await expect(checkbox(page, 'axe', snapshot.axes[0].id)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(checkbox(page, 'axe', snapshot.axes[1].id)).toBeFocused();
  await page.keyboard.press('Space');
  const two = [snapshot.axes[0].id, snapshot.axes[1].id];
  await expect.poll(() => shownNumbers(page)).toEqual(numbers((c) => two.includes(c.axis)));
  await page.keyboard.press('Space');
  await expect.poll(() => shownNumbers(page)).toEqual(numbers((c) => c.axis === snapshot.axes[0].id));

  // A chart segment: Tab to it, Enter applies its filter.
  const seg = page.locator('[data-chart="calendrier"] .seg[data-key="cal-delayed"]');
  await seg.focus();
  await expect(seg).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => shownNumbers(page))
    .toEqual(numbers((c) => c.axis === snapshot.axes[0].id && c.calendar === 'delayed'));

  // A chip, reached with Tab and removed with Enter.
  const chip = page.getByRole('button', { name: /Retirer le filtre Calendrier/ });
  await chip.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => shownNumbers(page)).toEqual(numbers((c) => c.axis === snapshot.axes[0].id));
});

test('on a phone the facets fold behind « Filtres (n actifs) » and results come first', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await openExplorer(page, '?statut=partial');
  // The jump link skips the charts and keeps the view.
  await page.getByRole('link', { name: /Aller directement à la recherche/ }).click();
  await expect(page).toHaveURL(/statut=partial/);
  await expect(page.locator('#explorer-titre')).toBeInViewport();
  await expect.poll(() => shownNumbers(page)).toEqual(numbers((c) => c.status === 'partial'));
  const toggle = page.locator('button.filters-toggle');
  await expect(toggle).toHaveText('Filtres (1\u00a0actif)');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(checkbox(page, 'statut', 'partial')).toBeHidden();
  await expect(page.locator('.explorer-results .commitment-item').first()).toBeVisible();
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(checkbox(page, 'statut', 'partial')).toBeVisible();
  await checkbox(page, 'calendrier', 'delayed').check();
  await expect(toggle).toHaveText('Filtres (2\u00a0actifs)');
  await expect.poll(() => shownNumbers(page))
    .toEqual(numbers((c) => c.status === 'partial' && c.calendar === 'delayed'));
});

test('institution index and pages list the right commitments', async ({ page }) => {
  await page.goto('./institutions');
  await expect(page.locator('.institution-item')).toHaveCount(snapshot.institutions.length);
  for (const inst of snapshot.institutions) {
    const n = numbers((c) => involves(c, inst.id)).length;
    await expect(page.locator(`.institution-item[data-institution="${inst.id}"] .institution-count`))
      .toHaveText(new RegExp(`^${n}\\s`));
  }
  // The institution with the most commitments: its page, chart and links.
  const inst = [...snapshot.institutions]
    .sort((a, b) => numbers((c) => involves(c, b.id)).length - numbers((c) => involves(c, a.id)).length)[0];
  await page.locator(`.institution-item[data-institution="${inst.id}"] a`).click();
  await expect(page.locator('h1')).toHaveText(inst.name);
  const mine = numbers((c) => involves(c, inst.id));
  await expect.poll(() => page.locator('.institution-commitments .commitment-item')
    .evaluateAll((els) => els.map((e) => Number(e.dataset.number)))).toEqual(mine);
  // Its status chart opens the explorer on its commitments with that status.
  const seg = page.locator('[data-chart="statuts"] .seg').first();
  const key = (await seg.getAttribute('data-key')).replace('st-', '');
  await seg.click();
  await expect(page).toHaveURL(new RegExp(`institution=${inst.id}`));
  await expect.poll(() => shownNumbers(page))
    .toEqual(numbers((c) => involves(c, inst.id) && c.status === key));
});

// The pages carry a Content-Security-Policy without 'unsafe-inline'; axe-core is
// injected as an inline script, so this block alone lets the test bypass it.
test.describe('axe-core', () => {
  test.use({ bypassCSP: true });
  test.setTimeout(60_000);
  for (const scheme of ['light', 'dark']) {
  test(`axe-core finds no violation on the overview and an institution page (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openExplorer(page, '?q=donnees&statut=partial');
    expect(await axeViolations(page)).toEqual([]);
    // The charts as tables, too.
    for (const b of await page.getByRole('button', { name: 'Voir les données' }).all()) await b.click();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto('./institutions/' + snapshot.institutions[0].id);
    await expect(page.locator('h1')).toHaveText(snapshot.institutions[0].name);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto('./institutions');
    await expect(page.locator('.institution-item').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
  }
});

test('screenshots at 375 px and 1280 px', async ({ page }) => {
  const dir = new URL('../../test-results/screenshots/', import.meta.url).pathname;
  mkdirSync(dir, { recursive: true });
  const views = [
    ['overview', './'],
    ['overview-filtered', './?q=donnees&statut=partial'],
    ['institution', './institutions/' + snapshot.institutions[0].id],
    ['institutions', './institutions'],
  ];
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const [name, url] of views) {
      await page.goto(url);
      await expect(page.locator('main h1')).toBeVisible();
      await page.screenshot({ path: `${dir}explorer-${name}-${width}.png`, fullPage: true });
    }
  }
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 375, height: 900 });
  await page.goto('./');
  await expect(page.locator('main h1')).toBeVisible();
  await page.screenshot({ path: `${dir}explorer-overview-375-dark.png`, fullPage: true });
});
