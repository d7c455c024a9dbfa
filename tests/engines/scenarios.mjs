// The pre-wasm scenarios (issue 12), the same for every engine. Each engine's
// test file calls engineSuite(name, driver URL, capabilities). The site is
// served WITHOUT its .wasm files (scripts/engines.sh), so what is checked is
// only what runs before the app: crates/site-gen/src/apercu.js inlined in the
// page, the static preview and the CSS.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Session, poll } from './webdriver.mjs';
import { plan, total, numbers, rowsFor, rowsForEn, countLine, withStatus, calendarCodes } from './expected.mjs';

const BASE = process.env.ENGINES_BASE_URL;
const ROWS = '#apercu li.commitment-item[data-number]';
const PANIC_TITLE = 'Une erreur inattendue a interrompu l’application';

const fmt = (list) => `[${list.join(', ')}]`;

/** The numbers of the displayed rows (WebDriver's own "is displayed"), in page order. */
async function displayedRows(s) {
  const rows = await s.findAll(ROWS);
  const out = [];
  for (const row of rows) {
    if (await row.displayed()) out.push(await row.attribute('data-number'));
  }
  return { all: rows.length, shown: out };
}

async function expectRows(s, expected, what) {
  const got = await poll(() => displayedRows(s), (r) => r.shown.join() === expected.join());
  assert.equal(got.all, total, `${what}: the preview should have ${total} rows (${ROWS}), it has ${got.all}`);
  assert.deepEqual(got.shown, expected,
    `${what}: displayed rows should be ${fmt(expected)} (${expected.length}), are ${fmt(got.shown)} (${got.shown.length})`);
}

async function search(s) {
  return s.execute('return location.search');
}

async function expectUrl(s, expected, what) {
  const got = await poll(() => search(s), (v) => v === expected);
  assert.equal(got, expected, `${what}: location.search should be ${JSON.stringify(expected)}, is ${JSON.stringify(got)}`);
}

async function countText(s) {
  return (await s.find('#apercu .result-count')).property('textContent');
}

async function open(s, path) {
  await s.navigate(BASE + path);
  // The page's own inline script calls start() while parsing; "load" has
  // passed when navigate returns. Nothing to wait for, unless it failed.
}

export function engineSuite(engine, driverUrl, capabilities) {
  // ENGINES=firefox,webkit (scripts/engines.sh) says which engines run.
  const list = (process.env.ENGINES || 'firefox,webkit').split(',');
  const wanted = list.includes(engine);
  describe(engine, { skip: wanted ? false : `${engine} is not in ENGINES=${process.env.ENGINES}` }, () => {
    /** @type {Session} */
    let s;
    before(async () => {
      assert.ok(BASE, 'ENGINES_BASE_URL is not set: run the tests through scripts/engines.sh');
      assert.ok(driverUrl && /^https?:/.test(driverUrl),
        `${engine}: no WebDriver (${driverUrl || 'its URL variable is not set'}): run through scripts/engines.sh`);
      s = await Session.start(driverUrl, capabilities);
      const c = s.capabilities;
      console.log(`# ${engine}: ${c.browserName} ${c.browserVersion} (${c.platformName})`);
      // Wide enough that the facets are shown beside the list (>= 60rem).
      try { await s.setWindowRect({ width: 1280, height: 1000 }); } catch (e) { console.log(`# ${engine}: set window rect: ${e.message}`); }
    });
    after(async () => { if (s) await s.end(); });

    // The app's own tests (7–10) run against the whole site (ENGINES_FULL_URL),
    // in a session whose navigation does not wait for "load" (the wasm is held).
    let appMode = false;
    async function appSession() {
      if (!appMode) {
        // The drivers hold one session at a time: this one replaces the
        // suite's, and the suite's after() ends it.
        await s.end();
        s = await Session.start(driverUrl, { ...capabilities, pageLoadStrategy: 'none' });
        appMode = true;
      }
      return s;
    }
    /** Opens `path` with the app: releases the wasm until the app is ready. */
    async function openApp(path, width = 1280, height = 1000) {
      const FULL = process.env.ENGINES_FULL_URL;
      assert.ok(FULL, 'ENGINES_FULL_URL is not set: run the tests through scripts/engines.sh');
      const t = await appSession();
      try { await t.setWindowRect({ width, height }); } catch { /* the size stays */ }
      // The page left is marked: until the new one replaces it (navigation
      // returns at once in this session), scripts still run in the old one.
      await t.execute("document.documentElement.dataset.enginesLeft = '1'").catch(() => {});
      await t.navigate(FULL + path);
      const app = await poll(async () => {
        await fetch(`${FULL}/__engines/release`);
        return t.execute("var h = document.documentElement; return h.dataset.enginesLeft ? 'old page' : (h.dataset.app || '') + (document.getElementById('apercu') ? ' apercu' : '')").catch(() => '');
      }, (v) => v === 'ready', { timeout: 20_000, every: 200 });
      assert.equal(app, 'ready', `${path}: the app should have replaced the built page`);
      return t;
    }
    /** What has the focus: a short description for messages and comparisons. */
    const ACTIVE = `var a = document.activeElement; if (!a || a === document.body) return 'body';
      return a.localName + (a.id ? '#' + a.id : '') + (a.getAttribute('href') ? '[href=' + a.getAttribute('href') + ']' : '')
        + (a.closest('main') ? ' in main' : '');`;
    const active = (t) => t.execute(ACTIVE);

    test('1. /?statut=partial&embed=1: embed mark, no site header, only partial rows, count, box ticked', async () => {
      await open(s, '/?statut=partial&embed=1');
      const html = await s.find('html');
      assert.notEqual(await html.attribute('data-embed'), null, '<html> should have data-embed before the wasm');
      assert.equal(await html.attribute('data-theme'), 'auto', '<html> data-theme (no theme= in the URL)');
      assert.equal(await html.attribute('data-apercu-attente'), null,
        '<html> should have lost data-apercu-attente once start() applied the view');
      const headers = await s.findAll('.site-header');
      assert.ok(headers.length > 0, 'the page should hold a .site-header (hidden in an embed)');
      for (const h of headers) assert.equal(await h.displayed(), false, '.site-header should not be displayed in an embed');
      const partial = withStatus('partial');
      assert.ok(partial.length > 0 && partial.length < total, `plan.json should have some partial commitments (${partial.length})`);
      await expectRows(s, partial, 'statut=partial');
      assert.equal(await countText(s), countLine(partial.length), '#apercu .result-count text (U+00A0 after the number)');
      const boxes = await s.findAll('#apercu fieldset[data-facet="statut"] input');
      assert.ok(boxes.length > 1, 'the statut facet should have checkboxes');
      for (const box of boxes) {
        const value = await box.attribute('value');
        assert.equal(await box.selected(), value === 'partial', `statut checkbox ${value} should be ${value === 'partial' ? '' : 'un'}checked`);
        assert.equal(await box.property('disabled'), false, `statut checkbox ${value} should be enabled by start()`);
      }
    });

    test('2. /: all rows, typing "transparence" filters and rewrites the URL, then a calendar box', async () => {
      await open(s, '/');
      await expectRows(s, numbers, 'no filter');
      const box = await s.find('#apercu #recherche');
      await box.sendKeys('transparence');
      const q = rowsFor('?q=transparence');
      assert.ok(q.numbers.length > 0 && q.numbers.length < total, `"transparence" should match some but not all commitments (${q.numbers.length})`);
      await expectRows(s, q.numbers, 'after typing "transparence"');
      await expectUrl(s, '?q=transparence', 'after typing');
      assert.equal(await countText(s), q.label, '#apercu .result-count after typing');

      // The calendar value whose box changes the rows (else the first).
      const code = calendarCodes.find((c) => {
        const r = rowsFor(`?q=transparence&calendrier=${c}`).numbers;
        return r.length > 0 && r.join() !== q.numbers.join();
      }) ?? calendarCodes[0];
      const input = await s.find(`#apercu fieldset[data-facet="calendrier"] input[value="${code}"]`);
      const id = await input.attribute('id');
      const panel = await s.find('#apercu .filters-panel');
      if (!(await panel.displayed())) await (await s.find('#apercu .filters-toggle')).click();
      await (await s.find(`#apercu label[for="${id}"]`)).click();
      assert.equal(await input.selected(), true, `calendar checkbox ${code} should be checked after a click on its label`);
      const both = rowsFor(`?q=transparence&calendrier=${code}`);
      await expectRows(s, both.numbers, `"transparence" and calendrier=${code}`);
      await expectUrl(s, `?q=transparence&calendrier=${code}`, 'after the calendar box');
      assert.equal(await countText(s), both.label, '#apercu .result-count after the calendar box');
    });

    test('3. /?embed=1&chart=calendrier: only the calendar chart, no explorer', async () => {
      await open(s, '/?embed=1&chart=calendrier');
      const figures = await s.findAll('#apercu figure.chart');
      assert.ok(figures.length > 1, `the preview should have several charts (${figures.length})`);
      const shown = [];
      for (const f of figures) if (await f.displayed()) shown.push(await f.attribute('data-chart'));
      const want = ['calendrier'];
      assert.deepEqual(shown, want, `displayed charts should be ${fmt(want)}, are ${fmt(shown)}`);
      const explorers = await s.findAll('#apercu .explorer');
      assert.ok(explorers.length > 0, 'the preview should hold an .explorer section');
      for (const e of explorers) assert.equal(await e.displayed(), false, '.explorer should not be displayed with chart=');
    });

    test('4. /?q=%C3%A9galit%C3%A9: rows filtered by "égalité", the box shows it', async () => {
      const path = '/?q=%C3%A9galit%C3%A9';
      await open(s, path);
      const q = rowsFor(path.slice(1));
      assert.ok(q.numbers.length > 0 && q.numbers.length < total, `"égalité" should match some but not all commitments (${q.numbers.length})`);
      await expectRows(s, q.numbers, 'q=égalité');
      assert.equal(await (await s.find('#apercu #recherche')).property('value'), 'égalité', 'the search box value');
      assert.equal(await countText(s), q.label, '#apercu .result-count');
    });

    test('5. a WebAssembly trap shows the French message (#panic)', async () => {
      await open(s, '/');
      // A same-origin script (tests/engines/trap.js, copied into the served
      // site by scripts/engines.sh) traps in the page's own realm.
      await s.execute(`
        var el = document.createElement('script');
        el.src = new URL('__engines/trap.js', location.href).href;
        document.head.appendChild(el);`);
      const state = await poll(() => s.execute("return document.documentElement.getAttribute('data-engines-trap')"),
        (v) => v !== null, { timeout: 5000 });
      assert.ok(state !== null, 'tests/engines/trap.js did not run (is it served at /__engines/trap.js? run through scripts/engines.sh)');
      assert.equal(state, 'scheduled', 'compiling a wasm module in the page (its CSP has wasm-unsafe-eval)');
      const title = await poll(async () => {
        try { return await (await s.find('#panic h1')).text(); } catch { return null; }
      }, (t) => t !== null, { timeout: 5000 });
      assert.equal(title, PANIC_TITLE, '#panic h1 text after an uncaught WebAssembly.RuntimeError');
      assert.equal(await (await s.find('#panic')).displayed(), true, '#panic should be displayed');
      const detail = await (await s.find('#panic pre')).property('textContent');
      console.log(`# ${engine}: trap detail shown (#panic pre): ${JSON.stringify(detail)}`);
      // Not a failure (the brief asks for the message), but worth knowing:
      // the detail a reader is asked to send should name the error.
      if (!/RuntimeError/.test(detail)) {
        console.log(`# ${engine}: NOTE the detail does not name the error (error.stack has no "RuntimeError: message" line in this engine)`);
      }
    });

    test('6. /en/?statut=partial: English page, only partial rows, English count line, switch to French', async () => {
      await open(s, '/en/?statut=partial');
      assert.equal(await (await s.find('html')).attribute('lang'), 'en', '<html lang> of an English page');
      const want = rowsForEn('?statut=partial');
      assert.deepEqual(want.numbers, withStatus('partial'), 'the English page filters as the French one');
      await expectRows(s, want.numbers, 'en, statut=partial');
      assert.equal(await countText(s), want.label, '#apercu .result-count in English');
      assert.match(want.label, /commitments? of/, 'the count line is English');
      const sw = await s.find('#apercu a.language-switch');
      assert.equal(await sw.attribute('lang'), 'fr', 'the switch to French is marked French');
      await sw.click();
      await expectUrl(s, '?statut=partial', 'the switch keeps the view');
      assert.equal(await s.execute('return location.pathname'), '/', 'the switch leads to the French page');
    });

    test('6b. in an embed, a commitment link opens the full app in a new tab; the embed stays', async () => {
      await open(s, '/?statut=partial&embed=1');
      const here = await s.execute('return location.href');
      const handles = await s.cmd('GET', '/window/handles', undefined, 'window handles');
      const n = withStatus('partial')[0];
      await (await s.find(`#apercu li.commitment-item[data-number="${n}"] a`)).click();
      const after = await poll(() => s.cmd('GET', '/window/handles', undefined, 'window handles'), (h) => h.length > handles.length, { timeout: 5000 });
      assert.equal(after.length, handles.length + 1, 'a new tab (window handle) should open');
      assert.equal(await s.execute('return location.href'), here, 'the embed keeps its address');
      const tab = after.find((h) => !handles.includes(h));
      await s.cmd('POST', '/window', { handle: tab }, 'switch to the new tab');
      const opened = await poll(() => s.execute('return location.pathname + location.search'), (v) => v === `/engagements/${n}/`, { timeout: 5000 });
      assert.equal(opened, `/engagements/${n}/`, 'the new tab shows the commitment in the full app (no embed flag)');
      await s.cmd('DELETE', '/window', undefined, 'close the new tab');
      await s.cmd('POST', '/window', { handle: handles[0] }, 'back to the embed');
    });

    // Issue 19: the app takes over a built page without moving it. The whole
    // site is served with its wasm held (tests/engines/held-wasm-server.mjs):
    // the test scrolls to a block of the page as built, releases the wasm, and
    // the block must stay within 2 px once the app is ready. Its own session,
    // whose navigation does not wait for "load" (the wasm preload holds it).
    // It and the app's tests after it (8–10) use that session.
    test('7. the takeover moves nothing: a commitment page and the overview keep the block on screen', async () => {
      const FULL = process.env.ENGINES_FULL_URL;
      assert.ok(FULL, 'ENGINES_FULL_URL is not set: run the tests through scripts/engines.sh');
      const t = await appSession();
      {
        try { await t.setWindowRect({ width: 400, height: 760 }); } catch { /* the size stays */ }
        const c = plan.commitments[2];
        const pages = [[`/engagements/${c.number}/`, `[id="action-${c.actions[1].id}"]`], ['/', '#explorer']];
        for (const [path, block] of pages) {
          await t.navigate(FULL + path);
          const top = `var el = document.querySelector('${block}'); return el ? el.getBoundingClientRect().top : null;`;
          // The page as built: its block exists, before the app (no data-app yet).
          const ready = await poll(() => t.execute(`return document.readyState !== 'loading' && !!document.querySelector('#apercu ${block}') && !document.documentElement.dataset.app`).catch(() => false), (v) => v === true, { timeout: 15_000 });
          assert.equal(ready, true, `${path}: the built page with ${block} inside #apercu, before the app`);
          await t.execute(`var el = document.querySelector('#apercu ${block}'); window.scrollTo(0, window.scrollY + el.getBoundingClientRect().top - 100);`);
          await new Promise((r) => setTimeout(r, 300));
          const before = await t.execute(top);
          const released = await (await fetch(`${FULL}/__engines/release`)).text();
          const app = await poll(() => t.execute("return document.documentElement.dataset.app || ''").catch(() => ''), (v) => v === 'ready', { timeout: 20_000 });
          assert.equal(app, 'ready', `${path}: the app should be ready once the wasm is released (${released})`);
          const gone = await poll(() => t.execute("return !document.getElementById('apercu')"), (v) => v === true, { timeout: 5000 });
          assert.equal(gone, true, `${path}: the app should have replaced #apercu`);
          await new Promise((r) => setTimeout(r, 300));
          const after = await t.execute(top);
          console.log(`# ${engine}: ${path} ${block} at ${before} px before the app, ${after} px after`);
          assert.ok(Math.abs(after - before) <= 2, `${path}: ${block} moved from ${before} px to ${after} px at the takeover`);
        }
      }
    });

    // Issue 21, finding 3: the skip links move the focus to their target.
    test('8. the skip links move the focus (app)', async () => {
      const t = await openApp('/');
      await t.execute("document.querySelector('a.skip-link').focus()");
      await t.keys('\uE007');
      const main = await poll(() => active(t), (v) => v === 'main#contenu in main');
      assert.equal(main, 'main#contenu in main', '« Aller au contenu » + Enter: focus on main#contenu');
      await t.keys('\uE004');
      const next = await poll(() => active(t), (v) => v !== main);
      assert.match(next, / in main$/, `the next Tab goes on inside main, not back to the header (${next})`);
      await t.execute("document.querySelector('.jump-link a').focus()");
      await t.keys('\uE007');
      const box = await poll(() => active(t), (v) => v.startsWith('input#recherche'));
      assert.match(box, /^input#recherche/, 'the jump to the search + Enter: focus in the search box');
    });

    // Issue 21, finding 7: every in-app navigation focuses the new page's h1.
    test('9. an in-app navigation focuses the new page\'s h1 (app)', async () => {
      const t = await openApp('/');
      await t.execute("document.querySelector('.site-header nav a[href$=\"/rapport/\"]').focus()");
      await t.keys('\uE007');
      const path = await poll(() => t.execute('return location.pathname'), (v) => v === '/rapport/');
      assert.equal(path, '/rapport/', 'Enter on « Le rapport » opens the report');
      const onH1 = await poll(() => active(t), (v) => v === 'h1 in main', { timeout: 10_000 });
      assert.equal(onH1, 'h1 in main', 'after « Le rapport », the focus is on the new h1');
      await (await t.find('.site-header nav a[href="/"]')).click();
      await poll(() => t.execute('return location.pathname'), (v) => v === '/');
      await poll(() => t.execute("return !!document.querySelector('.explorer-results .commitment-item a')"), (v) => v === true);
      await (await t.find('.explorer-results .commitment-item a')).click();
      await poll(() => t.execute('return location.pathname'), (v) => /^\/engagements\/\d+\/$/.test(v));
      const onH1Again = await poll(() => active(t), (v) => v === 'h1 in main');
      assert.equal(onH1Again, 'h1 in main', 'after a commitment link, the focus is on the new h1');
      assert.equal(await t.execute('return Math.round(scrollY)'), 0, 'a new page starts at the top');
    });

    // Issue 21, finding 4: Back and Forward give the reader their place back.
    test('10. Back and Forward restore the scroll and focus the followed link (app)', async () => {
      const delayed = plan.commitments.filter((c) => c.calendar === 'delayed').map((c) => c.number);
      const n = delayed[0];
      const t = await openApp('/?calendrier=delayed', 400, 760);
      const y = () => t.execute('return Math.round(scrollY)');
      const at = (path) => poll(() => t.execute('return location.pathname + location.search'), (v) => v === path, { timeout: 10_000 });
      const near = async (want, what) => {
        const got = await poll(y, (v) => Math.abs(v - want) <= 3, { timeout: 5000 });
        assert.ok(Math.abs(got - want) <= 3, `${what}: scroll ${got} px, left at ${want} px`);
        return got;
      };
      const listLink = `.explorer-results .commitment-item[data-number="${n}"] a`;
      await poll(() => t.execute(`return !!document.querySelector('${listLink}')`), (v) => v === true);
      await t.execute(`document.querySelector('${listLink}').scrollIntoView({ block: 'center' })`);
      await new Promise((r) => setTimeout(r, 300));
      const overviewY = await y();
      assert.ok(overviewY > 500, `the list is below the charts (${overviewY} px)`);
      const link = await t.execute(`return document.querySelector('${listLink}').getAttribute('href')`);
      await (await t.find(listLink)).click();
      assert.equal(await at(`/engagements/${n}/`), `/engagements/${n}/`, 'the commitment opens');
      assert.equal(await poll(() => active(t), (v) => v === 'h1 in main'), 'h1 in main', 'a new page: focus on its h1');
      await near(0, 'a new page starts at the top');
      await t.execute("document.querySelector('.prev-next a[rel=\"next\"]').scrollIntoView({ block: 'center' })");
      await new Promise((r) => setTimeout(r, 300));
      const commitmentY = await y();
      const nextHref = await t.execute("return document.querySelector('.prev-next a[rel=\"next\"]').getAttribute('href')");
      await (await t.find('.prev-next a[rel="next"]')).click();
      await at(`/engagements/${n + 1}/`);
      await poll(() => active(t), (v) => v === 'h1 in main');

      await t.back();
      await at(`/engagements/${n}/`);
      const f1 = await poll(() => active(t), (v) => v === `a[href=${nextHref}] in main`);
      assert.equal(f1, `a[href=${nextHref}] in main`, 'Back: focus on the followed link');
      const b1 = await near(commitmentY, 'Back to the commitment');
      await t.back();
      assert.equal(await at('/?calendrier=delayed'), '/?calendrier=delayed', 'Back: the filtered overview');
      const f2 = await poll(() => active(t), (v) => v === `a[href=${link}] in main`);
      assert.equal(f2, `a[href=${link}] in main`, 'Back again: focus on the followed link');
      const b2 = await near(overviewY, 'Back to the overview');
      await t.forward();
      await at(`/engagements/${n}/`);
      const f3 = await poll(() => active(t), (v) => v === `a[href=${nextHref}] in main`);
      assert.equal(f3, `a[href=${nextHref}] in main`, 'Forward: focus on the link followed there');
      const b3 = await near(commitmentY, 'Forward to the commitment');
      console.log(`# ${engine}: overview left at ${overviewY} px, back at ${b2}; commitment left at ${commitmentY} px, back at ${b1}, forward at ${b3}`);
    });
  });
}
