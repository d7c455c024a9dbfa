// Embeds and downloads (issue 5): a host page on ANOTHER origin (its own
// python http.server on another port) embeds a filtered view and a chart
// alone; each iframe takes its content's height and follows it; no service
// worker is registered inside; every download matches the view, checked
// against the committed snapshot filtered here.
import { test, expect } from './fixtures.mjs';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { snapshot, watchConsole, axeViolations } from './helpers.mjs';

const APP = `http://127.0.0.1:${Number(process.env.E2E_PORT || 8181)}`;
const SHOTS = process.env.E2E_SHOTS; // folder for screenshots, when set

/** Numbers of the commitments whose overall status is `code`. */
const withStatus = (code) => snapshot.commitments.filter((c) => c.status === code);

/** RFC 4180 reader for the app's CSV: checks the BOM, splits on `;`. */
function parseCsv(text) {
  expect(text.charCodeAt(0), 'UTF-8 byte-order mark').toBe(0xfeff);
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 1; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') { row.push(field); field = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += ch;
  }
  expect(field, 'file ends with CRLF').toBe('');
  return rows;
}

/** Serves `files` ({name: text}) from a temp folder on a port of its own. */
async function serveHost(files) {
  const dir = mkdtempSync(join(tmpdir(), 'plan-ouvert-host-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const port = 8700 + Math.floor(Math.random() * 250);
  const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dir], { stdio: 'ignore' });
  const base = `http://localhost:${port}/`; // another host name AND another port: another origin
  for (let i = 0; i < 50; i++) {
    try { if ((await fetch(base)).ok) break; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { base, stop: () => server.kill() };
}

/** The example host page of docs/embedding.md, pointed at the app under test. */
function hostPage() {
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Article d’exemple</title>
<style>body{font:16px/1.5 Georgia,serif;max-width:46rem;margin:1rem auto;padding:0 1rem}</style></head>
<body>
<h1>Un article qui cite le plan</h1>
<p>Les engagements encore partiels :</p>
<iframe id="vue" name="vue-partiels" src="${APP}/?statut=partial&amp;embed=1" title="Plan ouvert : engagements partiels" width="100%" height="300" loading="lazy" style="border:0;width:100%" allow="clipboard-write; web-share"></iframe>
<p>Et le graphique des états d’avancement :</p>
<iframe id="graphique" src="${APP}/?embed=1&amp;chart=statuts" title="Plan ouvert : engagements par état d’avancement" width="100%" height="200" loading="lazy" style="border:0;width:100%" allow="clipboard-write; web-share"></iframe>
<script src="${APP}/embed.js" async></script>
</body></html>`;
}

/** A host page whose resize script arrives after the embed has settled. */
function lateHostPage() {
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Script tardif</title></head><body>
<iframe id="graphique" src="${APP}/?embed=1&amp;chart=calendrier" title="Plan ouvert : calendrier" width="100%" height="150" style="border:0;width:100%"></iframe>
<script>
  document.getElementById('graphique').addEventListener('load', () => setTimeout(() => {
    const s = document.createElement('script'); s.src = '${APP}/embed.js'; document.body.append(s);
  }, 1500));
</script>
</body></html>`;
}

/** Height of an iframe element and of its document, in the host page. */
async function heights(page, frameSel) {
  const frame = page.frameLocator(frameSel);
  const outer = await page.locator(frameSel).evaluate((f) => f.getBoundingClientRect().height);
  const inner = await frame.locator('html').evaluate((h) => h.getBoundingClientRect().height);
  return { outer, inner };
}

test.describe('embeds on another origin', () => {
  let host;
  test.beforeAll(async () => { host = await serveHost({ 'index.html': hostPage(), 'tardif.html': lateHostPage() }); });
  test.afterAll(() => host?.stop());

  test('a filtered view and a chart alone, each as tall as its content', async ({ page }) => {
    const heightMessages = [];
    const swRequests = [];
    page.on('request', (r) => { if (r.url().endsWith('/sw.js')) swRequests.push(r.url()); });
    await page.exposeFunction('recordMessage', (m) => heightMessages.push(m));
    await page.addInitScript(() => window.addEventListener('message', (e) => window.recordMessage(e.data)));
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(host.base);

    // The filtered view: the URL's filter is honoured, no site chrome.
    const view = page.frameLocator('#vue');
    await expect(view.locator('html')).toHaveAttribute('data-app', 'ready');
    const partial = withStatus('partial');
    await expect(view.locator('.result-count')).toHaveText(new RegExp(`^${partial.length}\\s+engagements sur ${snapshot.commitments.length}$`));
    await expect(view.locator('.site-header')).toHaveCount(0);
    await expect(view.locator('.site-footer')).toHaveCount(0);
    await expect(view.locator('.view-tools')).toHaveCount(0);
    const numbers = await view.locator('.explorer-results .commitment-item')
      .evaluateAll((els) => els.map((e) => Number(e.dataset.number)));
    expect(numbers).toEqual(partial.map((c) => c.number));

    // One attribution line; its link opens the same view in the full app.
    const attribution = view.locator('.embed-attribution');
    await expect(attribution).toHaveText(/Source : Plan ouvert.*rapport d’autoévaluation à mi-parcours, données au 3 juin 2016/);
    const link = attribution.locator('a');
    await expect(link).toHaveAttribute('href', `${APP}/?statut=partial`);
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener');

    // The chart alone.
    const chart = page.frameLocator('#graphique');
    await expect(chart.locator('html')).toHaveAttribute('data-app', 'ready');
    await expect(chart.locator('figure.chart[data-chart="statuts"]')).toBeVisible();
    await expect(chart.locator('.explorer')).toHaveCount(0);
    await expect(chart.locator('.chart-tools')).toHaveCount(0);

    // Each iframe takes its content's height (both started at another height).
    for (const sel of ['#vue', '#graphique']) {
      await expect.poll(async () => { const h = await heights(page, sel); return Math.abs(h.outer - h.inner); },
        { message: `${sel} height follows its content` }).toBeLessThanOrEqual(1);
    }
    const before = (await heights(page, '#graphique')).outer;
    expect(before).toBeGreaterThan(200);

    // ...and follows it when the content changes: the data table is taller.
    await chart.getByRole('button', { name: 'Voir les données' }).click();
    await expect(chart.locator('table.chart-table')).toBeVisible();
    await expect.poll(async () => (await heights(page, '#graphique')).outer).not.toBe(before);
    await expect.poll(async () => { const h = await heights(page, '#graphique'); return Math.abs(h.outer - h.inner); }).toBeLessThanOrEqual(1);

    // The documented message, with the iframe's name as its id.
    const own = heightMessages.filter((m) => m && m.type === 'plan-ouvert:height');
    expect(own.length).toBeGreaterThan(1);
    for (const m of own) {
      expect(m.version).toBe(1);
      expect(Number.isInteger(m.height)).toBe(true);
    }
    expect(own.some((m) => m.id === 'vue-partiels')).toBe(true);

    // No service worker inside an iframe: its script is never even fetched.
    expect(swRequests, 'sw.js requests from the embeds').toEqual([]);

    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: join(SHOTS, 'host-1280.png'), fullPage: true });
      await page.setViewportSize({ width: 375, height: 800 });
      await expect.poll(async () => { const h = await heights(page, '#vue'); return Math.abs(h.outer - h.inner); }).toBeLessThanOrEqual(1);
      await page.screenshot({ path: join(SHOTS, 'host-375.png'), fullPage: true });
    }
  });

  test('before the app starts, the preview already gives its iframe its height', async ({ page }) => {
    // No wasm: what the host page gets from the preview alone.
    await page.route('**/*.wasm', (route) => route.abort());
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(host.base);
    const view = page.frameLocator('#vue');
    await expect(view.locator('#apercu .embed-attribution')).toBeVisible();
    await expect(view.locator('#apercu li.commitment-item:visible')).toHaveCount(withStatus('partial').length);
    // The iframe started at 300 px; it now holds the whole preview.
    await expect.poll(async () => { const h = await heights(page, '#vue'); return Math.abs(h.outer - h.inner); },
      { message: 'the iframe follows the preview' }).toBeLessThanOrEqual(1);
    expect((await heights(page, '#vue')).outer).toBeGreaterThan(1000);
    await expect(view.locator('html')).not.toHaveAttribute('data-app', 'ready');
  });

  // Issue 21, finding 6: a link out of the embedded view opens the full app
  // in a new tab; the iframe keeps its view and its height. Before the app
  // (the wasm held back) and once it is ready.
  for (const when of ['before the app', 'with the app']) {
    test(`a commitment link in an embed opens the full app in a new tab, ${when}`, async ({ page, context }) => {
      if (when === 'before the app') await page.route('**/*.wasm', (route) => route.abort());
      await page.goto(host.base);
      const view = page.frameLocator('#vue');
      const c = withStatus('partial')[0];
      const scope = when === 'before the app' ? '#apercu ' : '';
      if (when === 'with the app') await expect(view.locator('html')).toHaveAttribute('data-app', 'ready');
      await expect.poll(async () => { const h = await heights(page, '#vue'); return Math.abs(h.outer - h.inner); }).toBeLessThanOrEqual(1);
      const before = (await heights(page, '#vue')).outer;
      const link = view.locator(`${scope}li.commitment-item[data-number="${c.number}"] a`).first();
      const [tab] = await Promise.all([context.waitForEvent('page'), link.click()]);
      await tab.waitForLoadState('domcontentloaded');
      const opened = new URL(tab.url());
      expect(opened.pathname, 'the new tab shows the commitment').toBe(`/engagements/${c.number}/`);
      expect(opened.searchParams.get('embed'), 'the new tab is the full app, not an embed').toBeNull();
      const frameUrl = new URL(page.frames().find((f) => f.name() === 'vue-partiels').url());
      expect(frameUrl.pathname + frameUrl.search, 'the iframe keeps its view').toBe('/?statut=partial&embed=1');
      expect(Math.abs((await heights(page, '#vue')).outer - before), 'the iframe keeps its height').toBeLessThanOrEqual(1);
      await tab.close();
    });
  }

  test('a resize script that loads late still gets the height', async ({ page }) => {
    await page.goto(`${host.base}tardif.html`);
    await expect(page.frameLocator('#graphique').locator('html')).toHaveAttribute('data-app', 'ready');
    await expect(page.frameLocator('#graphique').locator('figure.chart')).toBeVisible();
    await expect.poll(async () => { const h = await heights(page, '#graphique'); return Math.abs(h.outer - h.inner); },
      { timeout: 15_000 }).toBeLessThanOrEqual(1);
    expect((await heights(page, '#graphique')).outer).toBeGreaterThan(150);
  });
});

test('no service worker in an iframe, even on the app’s own origin', async ({ page }) => {
  // A host page on the app's origin, where a worker could be registered.
  await page.route(`${APP}/hote-de-test.html`, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Hôte</title></head><body>
      <iframe id="vue" src="${APP}/?embed=1" title="Plan ouvert" width="100%" height="400"></iframe></body></html>`,
  }));
  await page.goto(`${APP}/hote-de-test.html`);
  const frame = page.frameLocator('#vue');
  // The app, not the build's page (both hold an attribution during the swap).
  await expect(frame.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(frame.locator('.embed-attribution')).toBeVisible();
  await page.waitForTimeout(1000); // registration would start right after mounting
  const count = await frame.locator('html').evaluate(async () =>
    (await navigator.serviceWorker.getRegistrations()).length);
  expect(count).toBe(0);
});

test('theme and pinned snapshot flags', async ({ page }) => {
  const console = watchConsole(page);
  await page.goto('/?embed=1&chart=calendrier&theme=dark&snapshot=2015-01-01');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('figure.chart[data-chart="calendrier"]')).toBeVisible();
  const bg = await page.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor);
  expect(bg).toBe('rgb(22, 22, 22)');
  await expect(page.locator('.pin-notice')).toContainText('Cette intégration attend les données du 1er janvier 2015 ; les données actuelles datent du 3 juin 2016');
  await expect(page.locator('.embed-attribution')).toContainText('données au 3 juin 2016');

  // The snapshot it was made with: no notice; light theme forced.
  await page.goto(`/?embed=1&theme=light&snapshot=${snapshot.source.sha256.slice(0, 12)}`);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.locator('.embed-attribution')).toBeVisible();
  await expect(page.locator('.pin-notice')).toHaveCount(0);
  const bg2 = await page.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor);
  expect(bg2).toBe('rgb(255, 255, 255)');

  // Clicking a chart segment inside an embed keeps the embed flags.
  await page.goto('/?embed=1&chart=statuts');
  await page.locator('figure.chart .seg').first().click();
  await expect(page).toHaveURL(/statut=[a-z_]+&embed=1&chart=statuts$/);
  await expect(page.locator('.site-header')).toHaveCount(0);
  console.assertClean();
});

// Issue 21, finding 12: the colours are chosen in the dialog (light by
// default, for a light news page); the preview link shows them.
test('the "Intégrer" dialog fixes the colours of the embed', async ({ page, context }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/?calendrier=delayed');
  await page.getByRole('button', { name: 'Intégrer cette vue' }).click();
  const dialog = page.getByRole('dialog', { name: 'Intégrer cette vue' });
  const code = dialog.getByLabel('Code d’intégration');
  await expect(dialog.getByRole('group', { name: 'Couleurs de l’intégration' })).toBeVisible();
  await expect(dialog.getByRole('radio', { name: /^Claires/ })).toBeChecked();
  await expect(code).toHaveValue(/embed=1&amp;theme=light&amp;/);
  const previewIn = async (theme, background) => {
    const [tab] = await Promise.all([context.waitForEvent('page'), dialog.getByRole('link', { name: /Aperçu de l’intégration/ }).click()]);
    await tab.emulateMedia({ colorScheme: 'dark' });
    await expect(tab.locator('html')).toHaveAttribute('data-theme', theme);
    await expect.poll(() => tab.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor)).toBe(background);
    await tab.close();
  };
  await previewIn('light', 'rgb(255, 255, 255)');

  await dialog.getByRole('radio', { name: /^Sombres/ }).check();
  await expect(code).toHaveValue(/embed=1&amp;theme=dark&amp;/);
  await previewIn('dark', 'rgb(22, 22, 22)');

  await dialog.getByRole('radio', { name: /^Celles du lecteur/ }).check();
  await expect(code).not.toHaveValue(/theme=/);
  await previewIn('auto', 'rgb(22, 22, 22)');
});

test('the "Intégrer" dialog gives a snippet, a script and a link, and copies them', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/?statut=partial');
  const opener = page.getByRole('button', { name: 'Intégrer cette vue' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Intégrer cette vue' });
  await expect(dialog).toBeVisible();
  const pin = snapshot.source.sha256.slice(0, 12);
  // The starting height is the view's, measured (newcomer.spec, finding 12).
  await expect(dialog.locator('.embed-height')).toHaveAttribute('data-measured', 'true', { timeout: 20_000 });
  const snippet = await dialog.getByLabel('Code d’intégration').inputValue();
  expect(snippet).toMatch(new RegExp(`^<iframe src="${APP}/\\?statut=partial&amp;embed=1&amp;theme=light&amp;snapshot=${pin}" title="Plan ouvert : engagements \\(état d’avancement : Partiel\\)" width="100%" height="\\d+" loading="lazy" style="border:0;width:100%" allow="clipboard-write; web-share"></iframe>$`));
  expect(await dialog.getByLabel(/Hauteur automatique/).inputValue()).toBe(`<script src="${APP}/embed.js" async></script>`);
  expect(await dialog.getByLabel('Lien simple').inputValue()).toBe(`${APP}/?statut=partial`);
  await dialog.getByRole('checkbox').uncheck();
  await expect(dialog.getByLabel('Code d’intégration')).toHaveValue(/src="[^"]*\?statut=partial&amp;embed=1&amp;theme=light"/);

  await dialog.getByRole('button', { name: 'Copier' }).first().click();
  await expect(dialog.locator('.copy-status').first()).toHaveText('Copié');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('embed=1');
  if (SHOTS) {
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'dialog-1280.png') });
    await page.setViewportSize({ width: 375, height: 800 });
    await page.screenshot({ path: join(SHOTS, 'dialog-375.png') });
  }

  // Escape closes it and focus returns to the button that opened it.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  // Each chart has its own dialog, for the chart alone.
  await page.getByRole('button', { name: 'Intégrer le graphique « Engagements par état d’avancement »' }).click();
  const chartDialog = page.getByRole('dialog', { name: /Intégrer le graphique/ });
  await expect(chartDialog.getByLabel('Code d’intégration')).toHaveValue(/embed=1&amp;chart=statuts/);
  await page.keyboard.press('Escape');

  // "Citer": one sentence with the view, the source and its date.
  const cite = await page.getByRole('textbox', { name: 'Citer cette vue' }).inputValue();
  expect(cite).toContain(`${withStatus('partial').length}\u00a0engagements sur ${snapshot.commitments.length}`);
  expect(cite).toContain('données au 3 juin 2016');
  expect(cite).toContain(`${APP}/?statut=partial`);
});

test('downloads hold exactly the current view', async ({ page }) => {
  await page.goto('/?statut=partial&calendrier=delayed');
  const want = snapshot.commitments.filter((c) => c.status === 'partial' && c.calendar === 'delayed');
  expect(want.length).toBeGreaterThan(0);
  await expect(page.locator('.result-count')).toContainText(`${want.length}`);

  async function download(name) {
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
    return { name: dl.suggestedFilename(), bytes: readFileSync(await dl.path()) };
  }

  const commitments = await download('Engagements (CSV)');
  // Named after the view (issue 21, finding 17).
  expect(commitments.name).toBe(`plan-ouvert-engagements-statut-partial-calendrier-delayed-${snapshot.source.as_of}.csv`);
  const crows = parseCsv(commitments.bytes.toString('utf8'));
  expect(crows[0][0]).toBe('Numéro');
  expect(crows.slice(1).map((r) => Number(r[0]))).toEqual(want.map((c) => c.number));
  expect(crows.slice(1).map((r) => r[2])).toEqual(want.map((c) => c.title));

  const actions = await download('Actions (CSV)');
  const arows = parseCsv(actions.bytes.toString('utf8'));
  const wantActions = want.flatMap((c) => c.actions);
  expect(arows.slice(1).map((r) => r[2])).toEqual(wantActions.map((a) => a.id));
  expect(arows.slice(1).map((r) => r[3])).toEqual(wantActions.map((a) => a.text));
  expect(arows.slice(1).map((r) => r[4])).toEqual(wantActions.map((a) => a.results));

  const json = await download('Données (JSON)');
  const subset = JSON.parse(json.bytes.toString('utf8'));
  expect(subset.schema_version).toBe(snapshot.schema_version);
  expect(subset.source).toEqual(snapshot.source);
  expect(subset.commitments).toEqual(want);

  const svg = await download(/graphique « Engagements par état d’avancement » en SVG/);
  const svgText = svg.bytes.toString('utf8');
  expect(svgText.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  expect(svgText).toContain('Engagements par état d’avancement');
  expect(svgText).toContain('données au 3 juin 2016');

  const png = await download(/graphique « Engagements par état d’avancement » en PNG/);
  expect(png.name).toBe(`plan-ouvert-graphique-statuts-${snapshot.source.as_of}.png`);
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.bytes.length).toBeGreaterThan(5000);
});

test('a commitment page can be embedded, downloaded and cited on its own', async ({ page }) => {
  const c = snapshot.commitments[2];
  await page.goto(`/engagements/${c.number}/`);
  const tools = page.getByRole('region', { name: 'Partager, télécharger, citer cet engagement' });
  await expect(tools).toBeVisible();

  await tools.getByRole('button', { name: 'Intégrer cet engagement' }).click();
  const dialog = page.getByRole('dialog', { name: 'Intégrer cet engagement' });
  await expect(dialog).toBeVisible();
  const pin = snapshot.source.sha256.slice(0, 12);
  const title = `Plan ouvert : Engagement ${c.number} : ${c.title}`.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  // The starting height is the commitment page's own, once measured (newcomer.spec, finding 12).
  await expect(dialog.locator('.embed-height')).toHaveAttribute('data-measured', 'true', { timeout: 20_000 });
  const expected = `<iframe src="${APP}/engagements/${c.number}/?embed=1&amp;theme=light&amp;snapshot=${pin}" title="${title}" width="100%" height="HEIGHT" loading="lazy" style="border:0;width:100%" allow="clipboard-write; web-share"></iframe>`;
  await expect(dialog.getByLabel('Code d’intégration')).toHaveValue(
    new RegExp(`^${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('HEIGHT', '\\d+')}$`));
  await expect(dialog.getByLabel('Lien simple')).toHaveValue(`${APP}/engagements/${c.number}/`);
  await page.keyboard.press('Escape');

  const cite = await tools.getByRole('textbox', { name: 'Citer cet engagement' }).inputValue();
  expect(cite).toContain(`engagement ${c.number}, « ${c.title} » (état d’avancement : ${c.status_label})`);
  expect(cite).toContain('données au 3 juin 2016');
  expect(cite.endsWith(`${APP}/engagements/${c.number}/`)).toBe(true);

  async function download(name) {
    const [dl] = await Promise.all([page.waitForEvent('download'), tools.getByRole('button', { name }).click()]);
    return { name: dl.suggestedFilename(), bytes: readFileSync(await dl.path()) };
  }
  const actions = await download('Actions (CSV)');
  expect(actions.name).toBe(`plan-ouvert-engagement-${c.number}-actions-${snapshot.source.as_of}.csv`);
  const rows = parseCsv(actions.bytes.toString('utf8'));
  expect(rows.slice(1).map((r) => r[2])).toEqual(c.actions.map((a) => a.id));
  expect(rows.slice(1).map((r) => r[3])).toEqual(c.actions.map((a) => a.text));
  const json = await download('Données (JSON)');
  expect(json.name).toBe(`plan-ouvert-engagement-${c.number}-${snapshot.source.as_of}.json`);
  const subset = JSON.parse(json.bytes.toString('utf8'));
  expect(subset.commitments).toEqual([c]);
  expect(subset.source).toEqual(snapshot.source);

  // The embed itself: the commitment, without the site's chrome or the tools.
  await page.goto(`/engagements/${c.number}/?embed=1&snapshot=${pin}`);
  await expect(page.locator('h1')).toHaveText(c.title);
  await expect(page.locator('.site-header')).toHaveCount(0);
  await expect(page.locator('section.view-tools')).toHaveCount(0);
  await expect(page.locator('.embed-attribution')).toBeVisible();
});

test.describe('accessibility', () => {
  test.use({ bypassCSP: true }); // axe-core is injected as a script
test('embeds and the dialog pass axe in both themes', async ({ page }) => {
  // Several pages and a dialog, each checked twice: about 12 s on a quiet
  // machine, over 30 s while another build runs.
  test.setTimeout(90_000);
  for (const url of ['/?statut=partial&embed=1&theme=light', '/?embed=1&chart=axes&theme=dark', '/?embed=1&chart=statuts&theme=light']) {
    await page.goto(url);
    await expect(page.locator('.embed-attribution')).toBeVisible();
    expect(await axeViolations(page), url).toEqual([]);
  }
  await page.goto('/?statut=partial&theme=dark');
  await page.getByRole('button', { name: 'Intégrer cette vue' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await axeViolations(page), 'dialog').toEqual([]);
  await page.goto('/engagements/3/?theme=light');
  await page.getByRole('button', { name: 'Intégrer cet engagement' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await axeViolations(page), 'commitment dialog').toEqual([]);
  await page.goto('/engagements/3/?embed=1&theme=dark');
  await expect(page.locator('.embed-attribution')).toBeVisible();
  expect(await axeViolations(page), 'commitment embed').toEqual([]);
});
});
