// Shared helpers for the browser tests.
import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import { richTextLines } from '../rich-text.mjs';

/** The committed snapshot, read from disk: expected values come from it, never typed in. */
export const snapshot = JSON.parse(readFileSync(new URL('../../public/data/plan.json', import.meta.url), 'utf8'));

/** Collects console errors and uncaught page errors; call `assertClean()` at the end. */
export function watchConsole(page) {
  const errors = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (err) => errors.push(String(err)));
  return {
    errors,
    assertClean: () => expect(errors, 'console errors').toEqual([]),
  };
}

// ---- Explorer helpers ----

/** Accent- and case-insensitive folding, as the app's search does it (French text). */
export function fold(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/[’‘ʼ]/g, "'")
    .replace(/[\u00a0\u202f\u2009]/g, ' ');
}

/** Plain text of the snapshot's rich text, one line per block or item. */
export function richText(blocks) {
  return richTextLines(blocks || []).join('\n');
}

/** Whether commitment `c` involves institution `id` (carrier or action actor). */
export function involves(c, id) {
  return c.institutions.includes(id) || c.actions.some((a) => a.actor === id);
}

/** Every searchable text of a commitment, folded, one string per field. */
export function searchableFields(c) {
  const inst = (id) => {
    const i = snapshot.institutions.find((x) => x.id === id);
    return i ? [i.name, ...i.aliases].join(' · ') : id;
  };
  const ids = [...new Set([...c.institutions, ...c.actions.map((a) => a.actor).filter(Boolean)])];
  return [
    c.title, richText(c.stakes), richText(c.description),
    ...c.actions.flatMap((a) => [a.text, a.results, a.next_steps, a.status_label]),
    richText(c.results_notes), ...c.stories.map(richText),
    ...c.press.map((p) => `${p.outlet} : ${p.title} (${p.date})`),
    ...ids.map(inst),
  ].map(fold);
}

/** Numbers of the commitments a search for `q` must show: every word in some field. */
export function expectedSearch(q) {
  const terms = fold(q).split(' ').filter(Boolean);
  return snapshot.commitments
    .filter((c) => { const f = searchableFields(c); return terms.every((t) => f.some((x) => x.includes(t))); })
    .map((c) => c.number);
}

/** Numbers of the commitments listed in the explorer's results, in order. */
export async function shownNumbers(page) {
  return page.locator('.explorer-results .commitment-item')
    .evaluateAll((els) => els.map((e) => Number(e.dataset.number)));
}

/** Runs axe-core (injected from node_modules) on the page; returns its violations. */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.addScriptTag({ path: new URL('../../node_modules/axe-core/axe.min.js', import.meta.url).pathname });
  }
  const result = await page.evaluate(() => window.axe.run(document));
  return result.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ') + ' — ' + n.failureSummary),
  }));
}
