// The first paint (issue 12): before the wasm arrives, each page shows only
// what its URL asks for, its search and filters work, and the app takes over
// what the reader typed or ticked without moving the focus or the screen.
// The wasm is held back (or refused) with page.route, as a slow network would.
import { test, expect } from './fixtures.mjs';
import { snapshot, watchConsole } from './helpers.mjs';

const partial = snapshot.commitments.filter((c) => c.status === 'partial');
const visibleRows = (page) => page.locator('#apercu li.commitment-item:visible');

/** Holds every .wasm request until `release()` is called. */
async function holdWasm(page) {
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route('**/*.wasm', async (route) => { await gate; await route.continue(); });
  return release;
}

test('a filtered embed first paints only its commitments and no site chrome', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 700 });
  await page.route('**/*.wasm', (route) => route.abort());
  await page.gotoPreview('./?statut=partial&embed=1');
  await expect(page.locator('html')).toHaveAttribute('data-embed', '');
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('nav')).toBeHidden();
  await expect(visibleRows(page)).toHaveCount(partial.length);
  for (const c of partial) {
    await expect(page.locator(`#apercu li.commitment-item[data-number="${c.number}"]`)).toBeVisible();
  }
  await expect(page.locator('#apercu .result-count')).toHaveText(`${partial.length}\u00a0engagements sur ${snapshot.commitments.length}`);
  await expect(page.locator('#apercu fieldset[data-facet="statut"] input[value="partial"]')).toBeChecked();
  // Its chip removes the filter, as the app's does.
  await expect(page.locator('#apercu .active-filters .chip')).toHaveCount(1);
  await page.locator('#apercu .active-filters .chip').click();
  await expect(visibleRows(page)).toHaveCount(snapshot.commitments.length);
  await expect(page).toHaveURL(/\?embed=1$/);
});

test('a filtered embed keeps its height when the app takes over: the preview ends with the same attribution line', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 700 });
  const release = await holdWasm(page);
  await page.gotoPreview('./?statut=partial&embed=1');
  const line = page.locator('#apercu .embed-attribution');
  await expect(line).toBeVisible();
  await expect(line).toContainText('données au 3 juin 2016');
  // It opens the same view in the full app: the filter, not the embed flag.
  await expect(line.locator('a')).toHaveAttribute('href', /\/\?statut=partial$/);
  const before = await page.evaluate(() => document.documentElement.scrollHeight);
  release();
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready', { timeout: 20_000 });
  await expect(page.locator('.embed-attribution')).toBeVisible();
  const after = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(after, `page height ${before} px before the app, ${after} px after`).toBe(before);
});

test('before its search data arrives, a filtered page shows no list, only a neutral line', async ({ page }) => {
  await page.route('**/*.wasm', (route) => route.abort());
  // The page as a slow network delivers it: everything up to the search data.
  await page.route(/\/(\?.*)?$/, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    const cut = html.indexOf('<script type="application/json" id="apercu-index">');
    expect(cut).toBeGreaterThan(0);
    await route.fulfill({ response, body: html.slice(0, cut) });
  });
  await page.gotoPreview('./?q=donn%C3%A9es&embed=1&theme=dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('#apercu .apercu-attente')).toBeVisible();
  await expect(visibleRows(page)).toHaveCount(0);
  await expect(page.locator('.site-header')).toBeHidden();
});

test('a chart alone first paints that chart and nothing else', async ({ page }) => {
  await page.route('**/*.wasm', (route) => route.abort());
  await page.gotoPreview('./?embed=1&chart=calendrier');
  await expect(page.locator('#apercu figure.chart:visible')).toHaveCount(1);
  await expect(page.locator('#apercu figure.chart[data-chart="calendrier"]')).toBeVisible();
  await expect(page.locator('#apercu .explorer')).toBeHidden();
  await expect(page.locator('#apercu h1')).toBeHidden();
});

test('search and filters work before the app; the app takes over the text, the focus and the caret', async ({ page }) => {
  const console = watchConsole(page);
  const release = await holdWasm(page);
  await page.gotoPreview('./');
  const box = page.locator('#apercu #recherche');
  await box.click();
  await box.pressSequentially('transparence');
  // Narrowed by the preview's script; the URL follows.
  const n = await visibleRows(page).count();
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThan(snapshot.commitments.length);
  await expect(page).toHaveURL(/\?q=transparence$/);
  await page.locator('#apercu fieldset[data-facet="calendrier"] input[value="on_track"]').check({ force: true });
  await expect(page).toHaveURL(/\?q=transparence&calendrier=on_track$/);
  const shown = await page.locator('#apercu li.commitment-item:visible').evaluateAll((els) => els.map((e) => e.dataset.number));
  // The active filters as chips, as the app draws them (nothing moves at the swap).
  const chipTexts = (sel) => page.locator(sel).evaluateAll((els) => els.map((e) => e.textContent));
  const previewChips = await chipTexts('#apercu .active-filters .chip');
  expect(previewChips).toHaveLength(2);
  expect(previewChips[0]).toContain('Recherche : « transparence »');
  await box.focus();
  await box.press('End');
  await box.press('ArrowLeft');
  release();
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  await expect(page.locator('#apercu')).toHaveCount(0);
  const app = page.locator('#recherche');
  await expect(app).toHaveValue('transparence');
  await expect(app).toBeFocused();
  expect(await app.evaluate((el) => [el.selectionStart, el.selectionEnd])).toEqual(['transparence'.length - 1, 'transparence'.length - 1]);
  const appShown = await page.locator('.explorer-results li.commitment-item').evaluateAll((els) => els.map((e) => e.dataset.number));
  expect(appShown).toEqual(shown);
  expect(await chipTexts('.active-filters .chip')).toEqual(previewChips);
  await expect(page).toHaveURL(/\?q=transparence&calendrier=on_track$/);
  // The app responds from here on, at the caret the reader left.
  await app.press('Backspace');
  await expect(page).toHaveURL(/\?q=transparene&calendrier=on_track$/);
  console.assertClean();
});

// The page carries each commitment's distinct words, not its text: a term
// with a space (a quoted phrase) cannot be answered from them, so the
// preview shows its neutral waiting line instead of a list, and the app
// answers when it takes over.
test('a quoted phrase typed before the app: the preview waits, claiming nothing, and the app answers', async ({ page }) => {
  const console = watchConsole(page);
  const release = await holdWasm(page);
  await page.gotoPreview('./');
  const box = page.locator('#apercu #recherche');
  await box.click();
  // The quote still open on one word: a term without a space, answered.
  await box.pressSequentially('"données');
  await expect(page).toHaveURL(/\?q=%22donn%C3%A9es$/);
  const n = await visibleRows(page).count();
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThan(snapshot.commitments.length);
  await expect(page.locator('#apercu .apercu-attente')).toBeHidden();
  await box.pressSequentially(' publiques"');
  await expect(page).toHaveURL(/\?q=%22donn%C3%A9es\+publiques%22$/);
  await expect(page.locator('html')).toHaveAttribute('data-apercu-attente', '');
  await expect(page.locator('#apercu .apercu-attente')).toBeVisible();
  await expect(visibleRows(page)).toHaveCount(0);
  await expect(page.locator('#apercu .result-count')).toBeHidden();
  await expect(page.locator('#apercu .apercu-vide')).toBeHidden();
  // The chip still says what is searched.
  await expect(page.locator('#apercu .active-filters .chip')).toHaveCount(1);
  release();
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  await expect(page.locator('#apercu')).toHaveCount(0);
  await expect(page.locator('#recherche')).toHaveValue('"données publiques"');
  const rows = page.locator('.explorer-results li.commitment-item');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeLessThan(snapshot.commitments.length);
  await expect(page).toHaveURL(/\?q=%22donn%C3%A9es\+publiques%22$/);
  console.assertClean();
});

test('a URL with a quoted phrase first paints the waiting line; filters and words still work', async ({ page }) => {
  await page.route('**/*.wasm', (route) => route.abort());
  await page.gotoPreview('./?q=%C2%AB+donn%C3%A9es+ouvertes+%C2%BB');
  const box = page.locator('#apercu #recherche');
  await expect(box).toHaveValue('« données ouvertes »');
  await expect(page.locator('#apercu fieldset[data-facet="calendrier"] input[value="on_track"]')).toBeEnabled();
  await expect(page.locator('#apercu .apercu-attente')).toBeVisible();
  await expect(visibleRows(page)).toHaveCount(0);
  // A filter ticked meanwhile goes into the URL; the list still waits.
  await page.locator('#apercu fieldset[data-facet="calendrier"] input[value="on_track"]').check({ force: true });
  await expect(page).toHaveURL(/\?q=%C2%AB\+donn%C3%A9es\+ouvertes\+%C2%BB&calendrier=on_track$/);
  await expect(page.locator('#apercu .apercu-attente')).toBeVisible();
  await expect(visibleRows(page)).toHaveCount(0);
  // Back to words: the preview answers again.
  await box.fill('données');
  await expect(page.locator('#apercu .apercu-attente')).toBeHidden();
  await expect(page.locator('#apercu .result-count')).toBeVisible();
  expect(await visibleRows(page).count()).toBeGreaterThan(0);
  await expect(page).toHaveURL(/\?q=donn%C3%A9es&calendrier=on_track$/);
});

test('the block the reader is looking at stays in place when the app takes over', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 700 });
  const release = await holdWasm(page);
  await page.gotoPreview('./');
  await page.locator('#apercu .explorer-search').scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -40));
  const before = await page.locator('#apercu .explorer-search').evaluate((el) => el.getBoundingClientRect().top);
  release();
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  const after = await page.locator('.explorer-search').evaluate((el) => el.getBoundingClientRect().top);
  expect(Math.abs(after - before)).toBeLessThan(2);
});

test('a wasm trap (how a panic ends in the release build) shows the French reload message', async ({ page }) => {
  await page.goto('./');
  // Under panic=immediate-abort a Rust panic is the `unreachable` instruction:
  // an uncaught WebAssembly.RuntimeError. A real one, from a one-function module.
  await page.evaluate(() => {
    const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0,
      7, 5, 1, 1, 116, 0, 0, 10, 5, 1, 3, 0, 0, 11]);
    const trap = new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports.t;
    setTimeout(trap, 0);
  });
  await expect(page.locator('#panic h1')).toHaveText('Une erreur inattendue a interrompu l’application');
  await expect(page.locator('#panic a')).toHaveText('Recharger la page');
  await expect(page.locator('#panic pre')).toContainText('unreachable');
});

// Issue 19: the page is whole in its HTML, so nothing competes with its own
// styles on a slow line. The wasm and the snapshot are asked for once the
// browser reports the page's first contentful paint (index.html's
// `planOuvertShown`), not before: asked for earlier, they share the line with
// the styles, and Lighthouse's simulated LCP counts their download.
test('the wasm and the snapshot are asked for once the page is shown', async ({ page }) => {
  for (const path of ['./engagements/1/', './']) {
    await page.goto(path);
    await expect(page.locator('html[data-app="ready"]')).toHaveCount(1, { timeout: 20_000 });
    const t = await page.evaluate(() => {
      const start = (test) => performance.getEntriesByType('resource').find((r) => test(r.name))?.startTime;
      return {
        shown: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        wasm: start((u) => u.endsWith('.wasm')),
        plan: start((u) => u.includes('/data/plan.json')),
      };
    });
    expect(t.shown, path).toBeGreaterThan(0);
    expect(t.wasm, `${path}: wasm asked for at ${t.wasm} ms, page shown at ${t.shown} ms`).toBeGreaterThanOrEqual(t.shown);
    expect(t.plan, `${path}: snapshot asked for at ${t.plan} ms, page shown at ${t.shown} ms`).toBeGreaterThanOrEqual(t.shown);
  }
});
