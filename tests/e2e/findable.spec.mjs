// Findable and shareable (issue 20): canonical URLs, link cards, sitemap,
// robots.txt and JSON-LD with a public address; nothing absolute without
// one; a real Open Graph client unfurling a commitment; 404.html at the root
// and under a sub-path.
//
// The default build (dist/, scripts/build.sh) has no public address. The
// variant with one is made here, cheaply: site-gen runs again on a copy of
// dist/ with --site-url (it keeps trunk's shell in dist/.site-gen/).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ogs from 'open-graph-scraper';
import { test, expect } from './fixtures.mjs';
import { snapshot } from './helpers.mjs';
import { serve } from './static-404.mjs';

test.describe.configure({ mode: 'serial' });

const DIST = process.env.E2E_DIST || 'dist';
const BASE_PORT = Number(process.env.E2E_PORT || 8181);
const SITE_PORT = BASE_PORT + 1; // the copy with a public address, under /pgo/
const PLAIN_PORT = BASE_PORT + 2; // dist/ as built, at the root and under /sous/
const SITE = `http://127.0.0.1:${SITE_PORT}/pgo/`;
const TEXTS = JSON.parse(execFileSync('cargo', ['run', '-q', '--offline', '-p', 'plan-core', '--example', 'texts_json'], { encoding: 'utf8' }));

/** Runs site-gen on a fresh copy of dist/; returns the copy and what it printed. */
function siteGen(args) {
  const dir = mkdtempSync(join(tmpdir(), 'plan-ouvert-findable-'));
  cpSync(DIST, dir, { recursive: true });
  const env = { ...process.env };
  delete env.CARGO_UNSTABLE_BUILD_STD;
  const run = spawnSync('cargo', ['run', '--quiet', '--offline', '-p', 'site-gen', '--', ...args, dir], { encoding: 'utf8', env });
  expect(run.status, run.stderr).toBe(0);
  return { dir, stderr: run.stderr };
}

/** Every page of a built site: the folders holding an index.html (not the offline shells). */
function pagesOf(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (!name.startsWith('.') && !(d === dir && name === 'coquilles')) walk(p);
      } else if (name === 'index.html') {
        const rel = relative(dir, d);
        out.push(rel ? `${rel}/` : '');
      }
    }
  };
  walk(dir);
  return out.sort();
}

const attr = (html, re) => (html.match(re) || [])[1];
const unescape = (s) => s && s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const meta = (html, key, name = 'property') => unescape(attr(html, new RegExp(`<meta ${name}="${key}" content="([^"]*)"`)));
function jsonLd(html) {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
}
function png(file) {
  const b = readFileSync(file);
  return { signature: b.subarray(0, 8).toString('hex'), width: b.readUInt32BE(16), height: b.readUInt32BE(20), bytes: b.length };
}

let site; // { dir, stderr } of the copy with a public address
let plain; // { dir, stderr } of a copy run again without one
const servers = [];

test.beforeAll(async () => {
  site = siteGen(['--site-url', SITE]);
  plain = siteGen([]);
  servers.push(await serve(site.dir, SITE_PORT, '/pgo/'));
});

test.afterAll(async () => {
  for (const s of servers) s.close();
  for (const d of [site, plain]) if (d) rmSync(d.dir, { recursive: true, force: true });
});

test.describe('with a public address', () => {
  test('every page names its own canonical address, its alternates and its card', async () => {
    const pages = pagesOf(site.dir);
    expect(pages.length).toBe(pagesOf(DIST).length);
    expect(pages).toContain('en/engagements/3/');
    for (const dir of pages) {
      const html = readFileSync(join(site.dir, dir, 'index.html'), 'utf8');
      const own = SITE + dir;
      expect(attr(html, /<link rel="canonical" href="([^"]*)"/), dir).toBe(own);
      expect(meta(html, 'og:url'), dir).toBe(own);
      const route = dir.replace(/^en\//, '');
      expect(attr(html, /hreflang="fr" href="([^"]*)"/), dir).toBe(SITE + route);
      expect(attr(html, /hreflang="en" href="([^"]*)"/), dir).toBe(`${SITE}en/${route}`);
      expect(attr(html, /hreflang="x-default" href="([^"]*)"/), dir).toBe(SITE + route);
      expect(meta(html, 'twitter:card', 'name'), dir).toBe('summary_large_image');
      const image = meta(html, 'og:image');
      expect(image, dir).toMatch(new RegExp(`^${SITE}cartes/(fr|en)/[^/]+\\.png$`));
      expect(meta(html, 'og:image:width'), dir).toBe('1200');
      expect(meta(html, 'og:image:height'), dir).toBe('630');
      expect(meta(html, 'og:image:alt')?.length, dir).toBeGreaterThan(20);
      const file = join(site.dir, image.slice(SITE.length));
      expect(existsSync(file), image).toBe(true);
      const p = png(file);
      expect(p.signature, image).toBe('89504e470d0a1a0a');
      expect([p.width, p.height], image).toEqual([1200, 630]);
      expect(p.bytes, image).toBeLessThanOrEqual(80 * 1024);
    }
    // A commitment's card says what it is.
    const c = snapshot.commitments[2];
    const html = readFileSync(join(site.dir, `engagements/${c.number}/index.html`), 'utf8');
    expect(meta(html, 'og:image:alt')).toContain(c.title);
    expect(meta(html, 'og:image:alt')).toContain(c.status_label);
    // Every chart of the overview has its card in both languages.
    for (const lang of ['fr', 'en']) {
      for (const id of ['statuts', 'calendrier', 'axes']) {
        const p = png(join(site.dir, 'cartes', lang, `graphique-${id}.png`));
        expect([p.width, p.height], `${lang} ${id}`).toEqual([1200, 630]);
        expect(p.bytes, `${lang} ${id}`).toBeLessThanOrEqual(80 * 1024);
      }
    }
  });

  test('the cards are not precached by the service worker', async () => {
    const sw = readFileSync(join(site.dir, 'sw.js'), 'utf8');
    expect(sw).not.toContain('cartes/');
    expect(sw).not.toContain('sitemap.xml');
    expect(sw).not.toContain('robots.txt');
    expect(sw).not.toContain('404.html');
  });

  test('sitemap.xml parses and lists every page once with its alternates; robots.txt names it', async ({ page }) => {
    const xml = readFileSync(join(site.dir, 'sitemap.xml'), 'utf8');
    const urls = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      if (doc.querySelector('parsererror')) return null;
      const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
      const XHTML = 'http://www.w3.org/1999/xhtml';
      return [...doc.getElementsByTagNameNS(NS, 'url')].map((u) => ({
        loc: u.getElementsByTagNameNS(NS, 'loc')[0].textContent,
        alternates: Object.fromEntries([...u.getElementsByTagNameNS(XHTML, 'link')].map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')])),
      }));
    }, xml);
    expect(urls, 'sitemap.xml parses').not.toBeNull();
    const locs = urls.map((u) => u.loc).sort();
    expect(locs).toEqual(pagesOf(site.dir).map((d) => SITE + d).sort());
    expect(new Set(locs).size).toBe(locs.length);
    for (const u of urls) {
      const route = u.loc.slice(SITE.length).replace(/^en\//, '');
      expect(u.alternates).toEqual({ fr: SITE + route, en: `${SITE}en/${route}`, 'x-default': SITE + route });
    }
    const robots = readFileSync(join(site.dir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(new RegExp(`^Sitemap: ${SITE}sitemap\\.xml$`, 'm'));
    // And both are served where they are named.
    expect((await page.request.get(`${SITE}sitemap.xml`)).status()).toBe(200);
  });

  test('JSON-LD: the about page is a Dataset of the report, the overview a WebSite', async () => {
    for (const lang of ['', 'en/']) {
      const about = jsonLd(readFileSync(join(site.dir, lang, 'a-propos/index.html'), 'utf8'));
      expect(about).toHaveLength(1);
      const d = about[0];
      expect(d['@context']).toBe('https://schema.org');
      expect(d['@type']).toBe('Dataset');
      expect(d.name).toBe(snapshot.plan.title);
      expect(d.description.length).toBeGreaterThan(20);
      expect(d.license.name).toBe(snapshot.source.license);
      expect(d.license.url).toMatch(/^https:\/\/www\.etalab\.gouv\.fr\//);
      expect(d.creator.name).toBe(snapshot.source.publisher);
      expect(d.publisher.name).toBe(snapshot.source.publisher);
      expect(d.temporalCoverage).toBe(`${snapshot.plan.period.start}/${snapshot.plan.period.end}`);
      expect(d.dateModified).toBe(snapshot.source.as_of);
      expect(d.inLanguage).toBe('fr');
      expect(d.distribution.map((x) => x.contentUrl)).toEqual([`${SITE}data/plan.json`, `${SITE}data/report.json`]);
      for (const x of d.distribution) {
        expect(x['@type']).toBe('DataDownload');
        expect(x.encodingFormat).toBe('application/json');
        for (const url of [x.contentUrl, x.schemaVersion]) {
          expect(url.startsWith(SITE), url).toBe(true);
          expect(existsSync(join(site.dir, url.slice(SITE.length))), url).toBe(true);
        }
      }
      const home = jsonLd(readFileSync(join(site.dir, lang, 'index.html'), 'utf8'));
      expect(home).toHaveLength(1);
      expect(home[0]['@type']).toBe('WebSite');
      expect(home[0].name).toBe('Plan ouvert');
      expect(home[0].inLanguage).toBe(lang ? 'en' : 'fr');
      expect(home[0].url).toBe(SITE + lang);
    }
  });

  test('a real unfurl client reads a commitment page over HTTP: title, description, image and its alt', async ({ request }) => {
    const c = snapshot.commitments[0];
    const url = `${SITE}engagements/${c.number}/`;
    const { result, error } = await ogs({ url, timeout: 10 });
    expect(error).toBe(false);
    expect(result.ogTitle).toContain(c.title);
    expect(result.ogDescription).toContain(c.status_label);
    expect(result.ogUrl).toBe(url);
    expect(result.twitterCard).toBe('summary_large_image');
    const image = result.ogImage[0];
    expect(image.url).toBe(`${SITE}cartes/fr/engagements-${c.number}.png`);
    expect(String(image.width)).toBe('1200');
    expect(String(image.height)).toBe('630');
    expect(image.alt).toContain(c.title);
    const served = await request.get(image.url);
    expect(served.status()).toBe(200);
    expect(served.headers()['content-type']).toBe('image/png');
  });

  test('404.html: served at an unknown path under /pgo/, styled, links written from the address', async ({ page }) => {
    const answer = await page.gotoPreview(`${SITE}engagements/999/nulle-part`);
    expect(answer.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText(TEXTS.fr.not_found_title);
    await expect(page.locator('main a', { hasText: TEXTS.fr.not_found_link })).toHaveAttribute('href', '/pgo/');
    // The site's styles: the header has its accent background.
    await expect(page.locator('.site-header')).toBeVisible();
    expect(await page.evaluate(() => [...document.styleSheets].filter((s) => s.href).length)).toBeGreaterThan(0);
    await page.locator('main a', { hasText: TEXTS.fr.not_found_link }).click();
    await expect(page).toHaveURL(SITE);
    await expect(page.locator('h1').first()).toBeVisible(); // the built page's and the app's during the swap
  });
});

test.describe('without a public address', () => {
  test('nothing absolute is invented, no sitemap, and the build says so', async () => {
    expect(plain.stderr).toContain('no public address given');
    expect(plain.stderr).toContain('--site-url');
    for (const dir of [DIST, plain.dir]) {
      for (const f of ['sitemap.xml', 'robots.txt', 'cartes']) expect(existsSync(join(dir, f)), `${dir}/${f}`).toBe(false);
      for (const p of pagesOf(dir)) {
        const html = readFileSync(join(dir, p, 'index.html'), 'utf8');
        const head = html.slice(0, html.indexOf('</head>'));
        // No URL in the head points anywhere but the site, except the
        // JSON-LD's vocabulary and the licence it names.
        const absolute = [...head.matchAll(/(?:href|content|src)="(https?:\/\/[^"]*)"/g)].map((m) => m[1]);
        expect(absolute, p).toEqual([]);
        for (const ld of jsonLd(html)) {
          const urls = JSON.stringify(ld).match(/https?:\/\/[^"]*/g) || [];
          expect(urls.filter((u) => !u.startsWith('https://schema.org') && !u.startsWith('https://www.etalab.gouv.fr/')), p).toEqual([]);
        }
        expect(head).not.toContain('rel="canonical"');
        expect(head).not.toContain('og:image');
        expect(meta(html, 'twitter:card', 'name'), p).toBe('summary');
      }
    }
  });

  test('404.html at the root and under a sub-path finds the site, in the address\'s language', async ({ page }) => {
    for (const [prefix, port] of [['/', PLAIN_PORT], ['/sous/', PLAIN_PORT + 1]]) {
      const server = await serve(DIST, port, prefix);
      try {
        const root = `http://127.0.0.1:${port}${prefix}`;
        const answer = await page.gotoPreview(`${root}engagements/999/`);
        expect(answer.status()).toBe(404);
        await expect(page.locator('h1')).toHaveText(TEXTS.fr.not_found_title);
        const home = page.locator('main a', { hasText: TEXTS.fr.not_found_link });
        await expect(home).toHaveAttribute('href', prefix);
        await expect.poll(() => page.evaluate(() => [...document.styleSheets].filter((s) => s.href).length)).toBeGreaterThan(0);
        expect(await page.locator('.site-header').evaluate((e) => getComputedStyle(e).display)).not.toBe('inline');
        await home.click();
        await expect(page).toHaveURL(root);
        await expect(page.locator('.commitment-item').first()).toBeVisible();
        // English under en/, with a link to the English overview.
        const en = await page.gotoPreview(`${root}en/nowhere/at/all`);
        expect(en.status()).toBe(404);
        await expect(page.locator('h1')).toHaveText(TEXTS.en.not_found_title);
        await expect(page.locator('html')).toHaveAttribute('lang', 'en');
        await expect(page.locator('main a', { hasText: TEXTS.en.not_found_link })).toHaveAttribute('href', `${prefix}en/`);
      } finally {
        server.close();
      }
    }
  });
});
