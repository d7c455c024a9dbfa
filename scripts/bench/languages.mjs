// What each language costs on a first visit (issue 14): the first-load
// files of the French overview (index.html) and of the English one
// (en/index.html), gzip and brotli, for a built dist/ and, if given, an
// anchor dist/ built from another commit (e.g. before English existed),
// with the difference. Sizes are deterministic for a given build.
//
//   node scripts/bench/languages.mjs dist [ANCHOR_DIST]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { sizesOf } from './sizes.mjs';

/** The files a visit to `page` (a path under `dist`) loads first: the page,
 * its stylesheet, module and wasm (trunk's names, read from the page). */
function firstLoad(dist, page) {
  const html = readFileSync(join(dist, page), 'utf8');
  const here = dirname(page);
  const files = new Map([['html', [page]]]);
  const add = (kind, href) => {
    const path = normalize(join(here, href));
    const list = files.get(kind) ?? [];
    if (!list.includes(path)) files.set(kind, [...list, path]);
  };
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const href = /href="([^"]+)"/.exec(m[0])?.[1];
    if (href && /rel="stylesheet"/.test(m[0]) && !/^[a-z]+:/i.test(href)) add('css', href);
  }
  for (const m of html.matchAll(/["']((?:\.\.?\/)*[\w.-]+\.(wasm|js))["']/g)) {
    if (!/(^|\/)(sw|embed)\.js$/.test(m[1])) add(m[2], m[1]);
  }
  const out = {};
  for (const [kind, paths] of files) {
    out[kind] = { gzip: 0, brotli: 0 };
    for (const p of paths) {
      const s = sizesOf(readFileSync(join(dist, p)));
      out[kind].gzip += s.gzip;
      out[kind].brotli += s.brotli;
    }
  }
  out.total = Object.values(out).reduce((a, s) => ({ gzip: a.gzip + s.gzip, brotli: a.brotli + s.brotli }), { gzip: 0, brotli: 0 });
  return out;
}

const kb = (n) => (n / 1024).toFixed(1);
const [dist, anchor] = process.argv.slice(2);
if (!dist) {
  console.error('usage: node scripts/bench/languages.mjs DIST [ANCHOR_DIST]');
  process.exit(2);
}
const rows = [];
for (const [name, page] of [['French overview', 'index.html'], ['English overview', 'en/index.html']]) {
  if (!existsSync(join(dist, page))) continue;
  const now = firstLoad(dist, page);
  // An anchor without English pages: the English page is compared with its
  // French overview (what a reader of the anchor downloaded).
  const anchorPage = anchor && (existsSync(join(anchor, page)) ? page : 'index.html');
  const base = anchor ? firstLoad(anchor, anchorPage) : null;
  for (const kind of ['html', 'css', 'js', 'wasm', 'total']) {
    if (!now[kind]) continue;
    const row = { page: name, file: kind, 'gzip KB': kb(now[kind].gzip), 'brotli KB': kb(now[kind].brotli) };
    if (anchor) {
      const a = base?.[kind];
      row['anchor page'] = anchorPage;
      row['anchor gzip KB'] = a ? kb(a.gzip) : '—';
      row['Δ gzip KB'] = a ? kb(now[kind].gzip - a.gzip) : '—';
    }
    rows.push(row);
  }
}
console.log(`first load by language: ${dist}${anchor ? ` (anchor: ${anchor})` : ''}`);
console.table(rows);
// The English dictionary the English pages carry for the app.
const en = join(dist, 'en/index.html');
if (existsSync(en)) {
  const m = /<script type="text\/plain" id="textes-en">([\s\S]*?)<\/script>/.exec(readFileSync(en, 'utf8'));
  if (m) {
    const s = sizesOf(Buffer.from(m[1]));
    console.log(`English dictionary in each English page (#textes-en): ${kb(s.raw)} KB raw, ${kb(s.gzip)} KB gzip alone`);
  }
}
