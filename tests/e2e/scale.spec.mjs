// Scale (issue 7, part 3): with a plan of 300 commitments the results list is
// drawn one page of 50 at a time, with a page navigation that works with the
// keyboard; the page is in the URL (reload, back and forward), and a new search
// or filter goes back to page 1. The real plan (26) has no page navigation.
//
// The snapshot is built here from public/data/plan.json (its commitments cloned
// under new numbers, ids and slugs) and served in place of data/plan.json.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';
import { snapshot } from './helpers.mjs';

// Request interception does not see requests a service worker makes.
test.use({ serviceWorkers: 'block' });

const N = 300;
const PAGE_SIZE = 50;
const PAGES = Math.ceil(N / PAGE_SIZE);

function bigSnapshot() {
  const s = structuredClone(snapshot);
  const base = snapshot.commitments;
  s.commitments = Array.from({ length: N }, (_, k) => {
    const c = structuredClone(base[k % base.length]);
    const n = k + 1;
    c.number = n;
    c.id = `engagement-${n}`;
    c.slug = `${c.slug}-${n}`;
    c.actions.forEach((a, j) => { a.id = `${n}.${j + 1}`; });
    return c;
  });
  return JSON.stringify(s);
}
const BODY = bigSnapshot();

test.beforeEach(async ({ page }) => {
  await page.route('**/data/plan.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: BODY }));
});

const rows = (page) => page.locator('.explorer-results .commitment-item');
const numbers = (page) => rows(page).evaluateAll((els) => els.map((e) => Number(e.dataset.number)));
const range = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const nav = (page) => page.getByRole('navigation', { name: 'Pages des résultats' });

test('only one page of rows is in the DOM, with the total in the count', async ({ page }) => {
  await page.goto('./');
  await expect(rows(page)).toHaveCount(PAGE_SIZE);
  expect(await numbers(page)).toEqual(range(1, PAGE_SIZE));
  await expect(page.locator('.result-count')).toHaveText(`Les ${N} engagements · page 1 sur ${PAGES}`);
  await expect(nav(page)).toContainText(`Page 1 sur ${PAGES}`);
  expect(await page.locator('li.commitment-item').count()).toBe(PAGE_SIZE);

  // On page 2, the JSON download still holds every commitment of the view.
  await page.goto('./?page=2');
  expect(await numbers(page)).toEqual(range(51, 100));
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Données (JSON)' }).click(),
  ]);
  const subset = JSON.parse(readFileSync(await dl.path(), 'utf8'));
  expect(subset.commitments.map((c) => c.number)).toEqual(range(1, N));
});

test('the page navigation works with the keyboard, moves focus, and is in the URL', async ({ page }) => {
  await page.goto('./');
  await expect(rows(page)).toHaveCount(PAGE_SIZE);
  const next = nav(page).getByRole('link', { name: /^Suivante/ });
  await expect(nav(page).getByRole('link', { name: /^Précédente/ })).toHaveCount(0);
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]page=2(&|$)/);
  expect(await numbers(page)).toEqual(range(51, 100));
  // Focus goes to the result count, which says which page this is.
  await expect(page.locator('#resultats-nombre')).toBeFocused();
  await expect(page.locator('#resultats-nombre')).toContainText(`page 2 sur ${PAGES}`);
  // Tab from there reaches the list; the links are real links to the page URL.
  await expect(nav(page).getByRole('link', { name: /^Suivante/ })).toHaveAttribute('href', /\?page=3$/);
  await expect(nav(page).getByRole('link', { name: /^Précédente/ })).toHaveAttribute('href', /\/$/);
  await nav(page).getByRole('link', { name: /^Suivante/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]page=3(&|$)/);
  expect(await numbers(page)).toEqual(range(101, 150));

  // Reload keeps the page; back and forward walk the pages.
  await page.reload();
  await expect(rows(page)).toHaveCount(PAGE_SIZE);
  expect(await numbers(page)).toEqual(range(101, 150));
  await page.goBack();
  await expect(page).toHaveURL(/[?&]page=2(&|$)/);
  await expect.poll(() => numbers(page)).toEqual(range(51, 100));
  await page.goBack();
  await expect.poll(() => numbers(page)).toEqual(range(1, 50));
  await page.goForward();
  await expect.poll(() => numbers(page)).toEqual(range(51, 100));

  // The last page has no "Suivante" link and holds the rest.
  await page.goto(`./?page=${PAGES}`);
  await expect(rows(page)).toHaveCount(N - (PAGES - 1) * PAGE_SIZE);
  await expect(nav(page).getByRole('link', { name: /^Suivante/ })).toHaveCount(0);
});

test('a new search or filter goes back to page 1', async ({ page }) => {
  await page.goto('./?page=4');
  expect(await numbers(page)).toEqual(range(151, 200));
  // Every clone of commitment 1 matches its title's first word.
  const word = snapshot.commitments[0].title.split(' ')[0];
  await page.locator('#recherche').fill(word);
  await expect(page).not.toHaveURL(/page=/);
  await expect.poll(async () => (await numbers(page))[0]).toBe(1);

  await page.goto('./?page=3');
  expect(await numbers(page)).toEqual(range(101, 150));
  await page.locator('.facet input[type=checkbox]').first().check();
  await expect(page).not.toHaveURL(/page=/);
  await expect(page.locator('.result-count')).toContainText('page 1 sur');
});

test('a page beyond the last shows the last page and says so; a malformed one is ignored', async ({ page }) => {
  await page.goto('./?page=999');
  await expect(rows(page)).toHaveCount(N - (PAGES - 1) * PAGE_SIZE);
  await expect(page.locator('.url-notice')).toContainText(`il n’y a que ${PAGES} pages`);
  await page.goto('./?page=abc');
  expect(await numbers(page)).toEqual(range(1, PAGE_SIZE));
  await expect(page.locator('.url-notice')).toContainText('numéro de page');
});
