// Foundation: the built app loads the snapshot and lists every commitment;
// a broken or missing snapshot gives its own French message and a working retry.
import { test, expect } from './fixtures.mjs';
import { snapshot, watchConsole } from './helpers.mjs';

test('lists every commitment of the snapshot with no console error', async ({ page }) => {
  const console = watchConsole(page);
  await page.goto('./');
  const items = page.locator('.commitment-item');
  await expect(items).toHaveCount(snapshot.commitments.length);
  for (const c of snapshot.commitments) {
    const item = page.locator(`.commitment-item[data-number="${c.number}"]`);
    await expect(item).toContainText(c.title);
    await expect(item.locator('[data-status]')).toHaveAttribute('data-status', c.status);
  }
  console.assertClean();
});

test('invalid JSON shows the French message, and retry recovers once fixed', async ({ page }) => {
  let broken = true;
  await page.route('**/data/plan.json', (route) =>
    broken ? route.fulfill({ status: 200, contentType: 'application/json', body: '{"schema_version": 1, "plan": ' }) : route.continue());
  await page.goto('./');
  const alert = page.locator('.load-error');
  await expect(alert).toHaveAttribute('data-kind', 'invalid');
  await expect(alert.locator('h1')).toHaveText('Le fichier de données est invalide');
  broken = false;
  await alert.getByRole('button', { name: 'Réessayer' }).click();
  await expect(page.locator('.commitment-item')).toHaveCount(snapshot.commitments.length);
  await expect(page.locator('.load-error')).toHaveCount(0);
});

test('a 404 shows the HTTP message with its code, and retry recovers', async ({ page }) => {
  let broken = true;
  await page.route('**/data/plan.json', (route) =>
    broken ? route.fulfill({ status: 404, body: 'not found' }) : route.continue());
  await page.goto('./');
  const alert = page.locator('.load-error');
  await expect(alert).toHaveAttribute('data-kind', 'http');
  await expect(alert.locator('h1')).toHaveText('Le serveur a répondu par une erreur HTTP 404');
  await expect(alert).toContainText('data/plan.json est introuvable');
  broken = false;
  await alert.getByRole('button', { name: 'Réessayer' }).click();
  await expect(page.locator('.commitment-item')).toHaveCount(snapshot.commitments.length);
});

test('no network shows the connection message', async ({ page }) => {
  await page.route('**/data/plan.json', (route) => route.abort('internetdisconnected'));
  await page.goto('./');
  await expect(page.locator('.load-error')).toHaveAttribute('data-kind', 'network');
  await expect(page.locator('.load-error h1')).toHaveText('Impossible de joindre le serveur');
  await expect(page.getByRole('button', { name: 'Réessayer' })).toBeVisible();
});

// The page as the build drew it (the app's components, crates/site-gen/src/body.rs):
// what a reader sees while the app downloads, and what stays if it never starts.
test('each page shows its static rendering until the app starts, usable without it', async ({ page }) => {
  await page.route('**/*.wasm', (route) => route.abort());
  await page.gotoPreview('./');
  const items = page.locator('#apercu .commitment-item');
  await expect(items).toHaveCount(snapshot.commitments.length);
  for (const c of snapshot.commitments) {
    const item = page.locator(`#apercu .commitment-item[data-number="${c.number}"]`);
    await expect(item.locator('.commitment-title')).toHaveText(c.title);
    await expect(item.locator('.badge').first()).toHaveText(c.status_label);
  }
  // What needs the app waits for it, and says so.
  await expect(page.locator('#apercu .view-tools button').first()).toBeDisabled();
  await expect(page.locator('#apercu .view-tools .tool-help')).toContainText('fini de se charger');
  // Its links are plain links to the generated pages, each whole.
  const c = snapshot.commitments[4];
  await page.locator(`#apercu .commitment-item[data-number="${c.number}"] a`).click();
  await expect(page).toHaveURL(new RegExp(`/engagements/${c.number}/$`));
  await expect(page.locator('#apercu h1')).toHaveText(c.title);
  await expect(page.locator('#apercu .badge').first()).toHaveText(c.status_label);
});

test('the app replaces the preview, under the same headings', async ({ page }) => {
  const c = snapshot.commitments[2];
  for (const [path, appHeading] of [['./', 'main h1'], [`./engagements/${c.number}/`, 'main h1']]) {
    const html = await (await page.request.get(path)).text();
    const previewH1 = html.match(/<div id="apercu">[\s\S]*?<h1[^>]*>(.*?)<\/h1>/)[1]
      .replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    await page.gotoPreview(path);
    await expect(page.locator('#apercu')).toHaveCount(0);
    await expect(page.locator(appHeading)).toHaveText(previewH1);
  }
  await expect(page.locator('main h1')).toHaveText(c.title);
  await page.goto('./');
  await expect(page.locator('.commitment-item')).toHaveCount(snapshot.commitments.length);
});
