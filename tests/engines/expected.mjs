// Expected values, computed (never typed in) from public/data/plan.json and
// from the built page itself: the pre-wasm script inlined in DIST/index.html
// (the copy these engines run) is loaded in node, and its pure core
// (planOuvertApercu.core: URL parsing, folding, filtering) gives what Chromium's
// engine, V8, computes for the same page data. The engines under test must
// show the same rows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

const ROOT = new URL('../../', import.meta.url).pathname;
const DIST = process.env.ENGINES_DIST || join(ROOT, 'dist');
const PLAN_JSON = process.env.ENGINES_PLAN_JSON || join(ROOT, 'public/data/plan.json');

export const plan = JSON.parse(readFileSync(PLAN_JSON, 'utf8'));
/** Commitment numbers in plan.json order (the order of the page's data). */
export const numbers = plan.commitments.map((c) => String(c.number));
export const total = plan.commitments.length;

const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
const apercuSrc = scripts.find(([, attrs, body]) => !/type=/.test(attrs) && body.includes('planOuvertApercu'))?.[2];
if (!apercuSrc) throw new Error(`${DIST}/index.html has no inline pre-wasm script (planOuvertApercu)`);
const indexJson = scripts.find(([, attrs]) => /id="apercu-index"/.test(attrs))?.[2];
if (!indexJson) throw new Error(`${DIST}/index.html has no <script id="apercu-index"> data`);
/** The overview's page data, as start() parses it. */
export const data = JSON.parse(indexJson);
if (data.wordsOf.length !== total) {
  throw new Error(`the page's data has ${data.wordsOf.length} commitments, plan.json ${total}: is ${DIST} built from this plan.json?`);
}

const sandbox = { window: {}, TextDecoder };
vm.runInNewContext(apercuSrc, sandbox);
export const core = sandbox.window.planOuvertApercu?.core;
if (!core) throw new Error('the inline pre-wasm script did not define window.planOuvertApercu.core');

/** The commitment numbers the preview shows for a query string such as '?q=x'. */
export function rowsFor(search) {
  const view = core.sanitize(core.parseUrl(search).view, data);
  const r = core.compute(view, data);
  // Array.from: arrays of this realm, not the sandbox's (deepStrictEqual
  // compares prototypes).
  return { numbers: Array.from(r.onPage, (i) => numbers[i]), label: String(r.label) };
}

/** Plain "N engagement(s) sur TOTAL" as the overview writes it (U+00A0 after N). */
export function countLine(n) {
  return `${n}\u00a0${n > 1 ? 'engagements' : 'engagement'} sur ${total}`;
}

/** Numbers of the commitments with this status, straight from plan.json. */
export function withStatus(status) {
  return plan.commitments.filter((c) => c.status === status).map((c) => String(c.number));
}

/** Calendar codes, from plan.json. */
export const calendarCodes = plan.calendars.map((c) => c.code);

/** The English overview's data (DIST/en/index.html): its count lines are English. */
const enHtml = readFileSync(join(DIST, 'en/index.html'), 'utf8');
const enJson = [...enHtml.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
  .find(([, attrs]) => /id="apercu-index"/.test(attrs))?.[2];
if (!enJson) throw new Error(`${DIST}/en/index.html has no <script id="apercu-index"> data`);
const enData = JSON.parse(enJson);

/** rowsFor, on the English overview. */
export function rowsForEn(search) {
  const view = core.sanitize(core.parseUrl(search).view, enData);
  const r = core.compute(view, enData);
  return { numbers: Array.from(r.onPage, (i) => numbers[i]), label: String(r.label) };
}
