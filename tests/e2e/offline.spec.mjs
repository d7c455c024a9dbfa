// Hosting and offline: the same dist/ under a sub-path on a plain static
// server, deep links opened directly, reading with the server gone, the update
// banner after a new snapshot is published, and link previews without JS.
import { test, expect } from './fixtures.mjs';
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { snapshot } from './helpers.mjs';

const report = JSON.parse(readFileSync(new URL('../../public/data/report.json', import.meta.url), 'utf8'));

const DIST = resolve(process.env.E2E_DIST || 'dist');
let nextPort = 8600 + Math.floor(Math.random() * 200) * 2;

/** Copies dist/ to a fresh folder as `<root>/pgo/` and serves `<root>` on its own port. */
async function serveUnderSubPath() {
  const root = mkdtempSync(join(tmpdir(), 'plan-ouvert-'));
  const site = join(root, 'pgo');
  cpSync(DIST, site, { recursive: true });
  const port = nextPort++;
  const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', root], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}/pgo/`;
  for (let i = 0; i < 50; i++) {
    try { if ((await fetch(base)).ok) break; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { site, base, stop: () => server.kill() };
}

/** Resolves once a service worker controls the page and has precached everything. */
async function waitForServiceWorker(page) {
  await page.waitForFunction(async () => {
    const reg = await navigator.serviceWorker.ready;
    return !!reg.active && !!navigator.serviceWorker.controller;
  }, null, { timeout: 20_000 });
}

test('deep links open directly under a sub-path, and navigation stays under it', async ({ page }) => {
  const server = await serveUnderSubPath();
  try {
    const c = snapshot.commitments[2];
    await page.goto(`${server.base}engagements/${c.number}/`);
    await expect(page.locator('main h1')).toHaveText(c.title);
    await expect(page.locator('.action-row')).toHaveCount(c.actions.length);
    await page.getByRole('link', { name: `Engagement ${c.number + 1} →` }).click();
    await expect(page.locator('main h1')).toHaveText(snapshot.commitments[3].title);
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`^/pgo/engagements/${c.number + 1}/?$`));
    // Reload what the address bar now says: the static server must answer it.
    await page.reload();
    await expect(page.locator('main h1')).toHaveText(snapshot.commitments[3].title);
    for (const path of ['institutions/', `institutions/${snapshot.institutions[0].id}/`, 'a-propos/']) {
      const response = await page.goto(server.base + path);
      expect(response.status(), path).toBe(200);
      await expect(page.locator('main h1')).toBeVisible();
    }
  } finally {
    server.stop();
  }
});

test('after one visit, deep links, filters and search work with the server stopped', async ({ page }) => {
  const server = await serveUnderSubPath();
  await page.goto(server.base);
  await expect(page.locator('.commitment-item')).toHaveCount(snapshot.commitments.length);
  await waitForServiceWorker(page);
  server.stop();
  await new Promise((r) => setTimeout(r, 300));

  const c = snapshot.commitments[4];
  await page.goto(`${server.base}engagements/${c.number}/`);
  await expect(page.locator('main h1')).toHaveText(c.title);
  await expect(page.locator('.action-row')).toHaveCount(c.actions.length);

  // A filtered view from the URL, then a search typed in.
  const delayed = snapshot.commitments.filter((x) => x.calendar === 'delayed');
  await page.goto(`${server.base}?calendrier=delayed`);
  await expect(page.locator('.commitment-item')).toHaveCount(delayed.length);
  await page.goto(server.base);
  await page.locator('#recherche').fill(snapshot.commitments[0].title);
  await expect(page.locator('.commitment-item[data-number="1"]')).toBeVisible();

  // A chapter of the report, never opened online: precached with the rest,
  // its text (data/report.json) included.
  const chapter = report.chapters.find((ch) => ch.blocks.length > 0 && ch.sections.length > 0);
  await page.goto(`${server.base}rapport/${chapter.id}/`);
  await expect(page.locator('main h1')).toContainText(chapter.title);
  await expect(page.locator(`main [id="${chapter.sections[0].id}"]`)).toBeVisible();
});

test('the interface says when it is offline, with the date of the data', async ({ page, context }) => {
  const server = await serveUnderSubPath();
  try {
    await page.goto(server.base);
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await expect(page.locator('.connection-notice')).toContainText('Hors ligne');
    await expect(page.locator('.connection-notice')).toContainText('juin 2016');
    await context.setOffline(false);
    await expect(page.locator('.connection-notice')).toHaveCount(0);
  } finally {
    server.stop();
  }
});

test('publishing a changed snapshot shows the update banner, and reloading shows the new data', async ({ page }) => {
  // It runs site-gen through cargo, which waits for the build directory's
  // lock while another build holds it: that time is not the app's.
  test.setTimeout(120_000);
  const server = await serveUnderSubPath();
  try {
    await page.goto(server.base);
    await waitForServiceWorker(page);
    await expect(page.locator('.update-banner')).toHaveCount(0);

    // Publish: a new snapshot, then the new service worker a host makes for it.
    const file = join(server.site, 'data', 'plan.json');
    const changed = JSON.parse(readFileSync(file, 'utf8'));
    changed.commitments[0].title = `${changed.commitments[0].title} (mis à jour)`;
    writeFileSync(file, JSON.stringify(changed));
    execFileSync('cargo', ['run', '--quiet', '--offline', '-p', 'site-gen', '--', '--sw-only', server.site], { stdio: 'inherit' });

    await page.reload();
    const banner = page.locator('.update-banner');
    await expect(banner).toBeVisible({ timeout: 20_000 });
    // The page reloads: until the app takes over, its preview's list and the
    // app's (hidden) list are both in the page, and a strict locator fails
    // at once, without retrying.
    await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Recharger' }).click()]);
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready', null, { timeout: 20_000 });
    await expect(page.locator('.commitment-item[data-number="1"]')).toContainText('(mis à jour)');
  } finally {
    server.stop();
  }
});

test('a commitment URL fetched without JavaScript names the commitment and its status', async ({ request }) => {
  for (const c of [snapshot.commitments[0], snapshot.commitments[24]]) {
    const html = await (await request.get(`engagements/${c.number}/`)).text();
    const meta = (attr, name) => html.match(new RegExp(`<meta ${attr}="${name}" content="([^"]*)"`))?.[1];
    const unescape = (s) => s.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
    expect(unescape(html.match(/<title>([^<]*)<\/title>/)[1])).toBe(`Engagement ${c.number} : ${c.title} · Plan ouvert`);
    expect(unescape(meta('property', 'og:title'))).toContain(c.title);
    expect(unescape(meta('name', 'description'))).toContain(`État d’avancement : ${c.status_label}`);
    expect(unescape(meta('property', 'og:description'))).toContain(c.status_label);
  }
  const home = await (await request.get('./')).text();
  expect(home).toContain('<meta property="og:title" content="Plan ouvert"');
  expect(home).toContain(`Les ${snapshot.commitments.length} engagements`);
});

test('English, under a sub-path: a first visit precaches the English shells only, and every English page opens offline', async ({ page }) => {
  const server = await serveUnderSubPath();
  await page.goto(`${server.base}en/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.commitment-item')).toHaveCount(snapshot.commitments.length);
  await waitForServiceWorker(page);
  const cached = await page.evaluate(async () => {
    const out = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const r of await cache.keys()) out.push(new URL(r.url).pathname);
    }
    return out;
  });
  const c = snapshot.commitments[4];
  // Pages are not precached: the English shells are, one per depth, and the
  // shared files. A page never visited opens offline from its shell.
  expect(cached).toContain('/pgo/data/plan.json');
  expect(cached.filter((p) => p.startsWith('/pgo/coquilles/en-')).length).toBeGreaterThan(0);
  expect(cached.filter((p) => p.startsWith('/pgo/coquilles/fr-'))).toEqual([]);
  expect(cached).not.toContain(`/pgo/en/engagements/${c.number}/`);
  expect(cached).not.toContain(`/pgo/engagements/${c.number}/`);
  server.stop();
  await new Promise((r) => setTimeout(r, 300));

  await page.goto(`${server.base}en/engagements/${c.number}/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('main h1')).toHaveText(c.title);
  await expect(page.locator('.action-row')).toHaveCount(c.actions.length);
  // Links stay in English and under the sub-path.
  await page.getByRole('link', { name: `Commitment ${c.number + 1} →` }).click();
  await expect(page.locator('main h1')).toHaveText(snapshot.commitments[5].title);
  expect(new URL(page.url()).pathname).toMatch(new RegExp(`^/pgo/en/engagements/${c.number + 1}/?$`));
});
