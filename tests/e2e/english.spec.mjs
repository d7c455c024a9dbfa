// The English interface (issue 14): a reader who knows no French can use
// every feature, with the report's own words in French and marked so.
//
// The French dictionary is read from plan-core itself (the `texts_json`
// example), so the check "no French interface text is left" follows the
// dictionary instead of a list typed here.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { snapshot, watchConsole, axeViolations } from './helpers.mjs';

const TEXTS = JSON.parse(execFileSync('cargo', ['run', '-q', '--offline', '-p', 'plan-core', '--example', 'texts_json'], { encoding: 'utf8' }));

/** The fixed parts of the French entries that English does not share:
 * whole entries, and the pieces of templates between placeholders. */
const FRENCH = (() => {
  const out = new Set();
  for (const [key, fr] of Object.entries(TEXTS.fr)) {
    const en = TEXTS.en[key];
    if (fr === en) continue;
    for (const part of fr.split(/\{[a-z_]+\}/)) {
      const p = part.trim();
      // Short pieces ("sur", "·") would match English words or symbols.
      if (p.length >= 8 && !en.includes(p)) out.add(p);
    }
  }
  return [...out];
})();

// Letters and words that only French interface text has. Outside
// `[lang=fr]` there is no snapshot text, so none of them may appear.
const FRENCH_MARKS = /[àâçéèêëîïôûùüÿœ«»]|\b(les|des|une|du|aux|avec|dans|est|sont|engagements?|données|rechercher|voir)\b/i;

/** Every interface text of the page outside `[lang=fr]` (text nodes, and the
 * attributes a screen reader reads) that is French. */
async function frenchLeft(page, { ignoreRoot = false } = {}) {
  return page.evaluate(({ french, marks, ignoreRoot }) => {
    const re = new RegExp(marks.source, marks.flags);
    // `ignoreRoot`: on a French page, look at what the interface would be
    // without `<html lang="fr">` (the check's own test).
    const inFrench = (el) => {
      const l = el && el.closest('[lang]');
      if (!l || (ignoreRoot && l === document.documentElement)) return false;
      return l.getAttribute('lang').toLowerCase().startsWith('fr');
    };
    const hit = (t) => re.test(t) || french.some((f) => t.includes(f));
    const bad = [];
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('script,style,noscript,template') || inFrench(el)) continue;
      const t = n.nodeValue.replace(/\s+/g, ' ').trim();
      if (t && hit(t)) bad.push(`${el.tagName.toLowerCase()}.${el.className}: ${t}`);
    }
    for (const el of document.body.querySelectorAll('[aria-label],[title],[placeholder],[alt],[aria-description]')) {
      if (inFrench(el)) continue;
      for (const a of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
        const t = el.getAttribute(a);
        if (t && hit(t)) bad.push(`${el.tagName.toLowerCase()}[${a}]: ${t}`);
      }
    }
    if (french.some((f) => document.title.includes(f))) bad.push(`title: ${document.title}`);
    return bad;
  }, { french: FRENCH, marks: { source: FRENCH_MARKS.source, flags: FRENCH_MARKS.flags }, ignoreRoot });
}

/** Waits for the app (not only the static preview) to be in charge. */
async function appReady(page) {
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready', { timeout: 20_000 });
}

const c = snapshot.commitments[2];
const inst = snapshot.institutions[0];
const partial = snapshot.commitments.filter((x) => x.status === 'partial');

test('the dictionary check finds French interface text on a French page', async ({ page }) => {
  // The check itself must be able to fail: the French overview is full of it.
  await page.goto('/');
  await appReady(page);
  expect((await frenchLeft(page, { ignoreRoot: true })).length).toBeGreaterThan(20);
});

test('an English walk: overview, a filter, a commitment, an institution, about, the report', async ({ page }) => {
  const con = watchConsole(page);
  await page.goto('/en/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // Before the wasm, the static first paint is English too.
  expect(await frenchLeft(page)).toEqual([]);
  await appReady(page);
  expect(await frenchLeft(page)).toEqual([]);
  await expect(page.getByText(TEXTS.en.report_in_french)).toBeVisible();

  // A filter, from the facet: the count line and the list follow, in English.
  await page.goto('/en/?statut=partial');
  await appReady(page);
  await expect(page.locator('.result-count')).toContainText(`${partial.length}\u00a0commitments of ${snapshot.commitments.length}`);
  expect(await frenchLeft(page)).toEqual([]);

  const report = JSON.parse(readFileSync(new URL('../../public/data/report.json', import.meta.url), 'utf8'));
  for (const path of [`/en/engagements/${c.number}/`, `/en/institutions/${inst.id}/`, '/en/institutions/', '/en/a-propos/', '/en/rapport/', `/en/rapport/${report.chapters[1].id}/`]) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await appReady(page);
    await expect(page.locator('h1')).toBeVisible();
    expect(await frenchLeft(page), path).toEqual([]);
  }
  // An embed, and a chart alone: no site chrome, their attribution in English.
  for (const path of ['/en/?statut=partial&embed=1', '/en/?embed=1&chart=axes']) {
    await page.goto(path);
    await appReady(page);
    await expect(page.locator('.embed-attribution')).toBeVisible();
    expect(await frenchLeft(page), path).toEqual([]);
  }
  con.assertClean();
});

test('the report’s words stay French and are marked lang="fr" in the English interface', async ({ page }) => {
  await page.goto(`/en/engagements/${c.number}/`);
  await appReady(page);
  const title = page.locator('h1 [lang=fr], h1[lang=fr]').first();
  await expect(title).toHaveText(c.title);
  // The English page shows the same French text as the French page.
  const enText = await page.locator('main [lang=fr]').allTextContents();
  await page.goto(`/engagements/${c.number}/`);
  await appReady(page);
  const frText = await page.locator('main [lang=fr]').allTextContents();
  expect(enText.join('\n')).toBe(frText.join('\n'));
});

test('English pages carry English titles, OpenGraph and hreflang both ways', async ({ request }) => {
  const en = await (await request.get(`/en/engagements/${c.number}/`)).text();
  const fr = await (await request.get(`/engagements/${c.number}/`)).text();
  expect(en).toMatch(/<html lang="en"/);
  expect(fr).toMatch(/<html lang="fr"/);
  expect(en).toContain('<meta property="og:locale" content="en_GB"');
  for (const html of [en, fr]) {
    expect(html).toMatch(/<link rel="alternate" hreflang="fr" href="[^"]+"/);
    expect(html).toMatch(/<link rel="alternate" hreflang="en" href="[^"]+"/);
  }
  const title = en.match(/<title>([^<]*)<\/title>/)[1];
  for (const f of FRENCH) expect(title).not.toContain(f);
});

test('the switch keeps the view (filters, search, page) and the block on screen', async ({ page }) => {
  await page.goto('/?statut=partial&q=donnees');
  await appReady(page);
  const shown = await page.locator('.explorer-results .commitment-item').count();
  await page.getByRole('link', { name: TEXTS.fr.switch_to === TEXTS.en.switch_to ? /English/ : TEXTS.en.switch_to }).click();
  await expect(page).toHaveURL(/\/en\/\?statut=partial&q=donnees/);
  await appReady(page);
  await expect(page.locator('.explorer-results .commitment-item')).toHaveCount(shown);
  await expect(page.getByRole('searchbox')).toHaveValue('donnees');

  // Back to French, from a section's deep link in a chapter: same section.
  const report = JSON.parse(readFileSync(new URL('../../public/data/report.json', import.meta.url), 'utf8'));
  const ch = report.chapters[1];
  const id = ch.sections[1].id;
  await page.goto(`/en/rapport/${ch.id}/#${id}`);
  await appReady(page);
  await page.getByRole('link', { name: TEXTS.fr.switch_to }).click();
  await expect(page).toHaveURL(new RegExp(`/rapport/${ch.id}/#${id}$`));
  await appReady(page);
  const top = await page.evaluate((i) => document.getElementById(i).getBoundingClientRect().top, id);
  expect(Math.abs(top)).toBeLessThan(200);
});

test('an English embed dialog, citation and CSV download', async ({ page }) => {
  await page.goto('/en/?statut=partial');
  await appReady(page);
  await page.getByRole('button', { name: TEXTS.en.embed_view }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const snippet = await dialog.getByLabel(TEXTS.en.embed_code).inputValue();
  // The embed keeps the page's language.
  expect(snippet).toMatch(/\/en\/\?statut=partial&amp;embed=1/);
  expect(await frenchLeft(page)).toEqual([]);
  await page.keyboard.press('Escape');

  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: TEXTS.en.download_commitments }).click()]);
  const csv = readFileSync(await dl.path(), 'utf8');
  expect(dl.suggestedFilename()).not.toMatch(/engagements/);
  const header = csv.replace(/^\ufeff/, '').split('\r\n')[0];
  expect(header).not.toMatch(FRENCH_MARKS);
  // The snapshot's text is the report's, untranslated.
  expect(csv).toContain(partial[0].title.includes('"') ? partial[0].title.replace(/"/g, '""') : partial[0].title);
});

test.describe('axe-core in English', () => {
  test.use({ bypassCSP: true });
  test.setTimeout(60_000);
  for (const scheme of ['light', 'dark']) {
    test(`no violation on the English overview, a commitment and a chapter (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of ['/en/?statut=partial', `/en/engagements/${c.number}/`, '/en/rapport/']) {
        await page.goto(path);
        await appReady(page);
        expect(await axeViolations(page), path).toEqual([]);
      }
    });
  }
});

test('an English-preferring browser gets a suggestion, dismissible and remembered, never a redirect', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto('/');
  await appReady(page);
  await expect(page).toHaveURL(/\/$/);
  const banner = page.locator('.language-suggestion');
  await expect(banner.first()).toBeVisible();
  await banner.first().getByRole('button').click();
  await expect(banner.first()).toBeHidden();
  await page.reload();
  await appReady(page);
  await expect(page.locator('.language-suggestion')).toHaveCount(0);
  await context.close();
});

test('a French-preferring browser gets no suggestion on French pages', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  await expect(page.locator('.language-suggestion')).toHaveCount(0);
});


test('errors speak English: a broken snapshot (path and value kept), no network, a wrong URL parameter', async ({ browser }) => {
  // No service worker: it would answer from its cache, past the routes.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  // A wrong type deep in the file: the message names its JSON path and value.
  const broken = JSON.parse(JSON.stringify(snapshot));
  broken.commitments[2].number = 'trois';
  let body = JSON.stringify(broken);
  await page.route('**/data/plan.json', (route) =>
    body ? route.fulfill({ status: 200, contentType: 'application/json', body }) : route.continue());
  await page.goto('/en/');
  const alert = page.locator('.load-error');
  await expect(alert).toHaveAttribute('data-kind', 'invalid');
  await expect(alert).toContainText('commitments[2].number');
  await expect(alert).toContainText('trois');
  expect(await frenchLeft(page)).toEqual([]);
  // The same value in the French message (a wasm built with
  // -Zfmt-debug=none would lose it from serde's error: .cargo/config.toml).
  await page.goto('/');
  await expect(page.locator('.load-error')).toContainText('le texte « trois »');
  await page.goto('/en/');
  // The broken file must be the one this load read: the snapshot's fetch
  // may still be on its way when goto returns.
  await expect(alert).toHaveAttribute('data-kind', 'invalid');
  // Retry, in English, recovers once the file is fixed.
  body = null;
  await alert.getByRole('button', { name: TEXTS.en.retry ?? /Try again|Retry/ }).click();
  await expect(page.locator('.commitment-item')).toHaveCount(snapshot.commitments.length);

  await page.unroute('**/data/plan.json');
  await page.route('**/data/plan.json', (route) => route.abort('internetdisconnected'));
  await page.goto('/en/engagements/3/');
  await expect(page.locator('.load-error')).toBeVisible();
  expect(await frenchLeft(page)).toEqual([]);
  await page.unroute('**/data/plan.json');

  await page.goto('/en/?statut=bogus&page=x');
  await appReady(page);
  const notice = page.locator('.url-notice');
  await expect(notice).toContainText('statut=bogus');
  expect(await frenchLeft(page)).toEqual([]);
  await context.close();
});
