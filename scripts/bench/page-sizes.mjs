// The HTML of each kind of page (issue 19): raw and gzip bytes of one page
// per kind, in both languages. Run it on two builds to compare them. Prints
// only.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sizesOf } from './sizes.mjs';
import { kb, title } from './common.mjs';

/** One page of each kind: [kind, file]; an institution and a chapter, the first by name. */
function kinds(dist) {
  const first = (dir) => readdirSync(join(dist, dir), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()[0];
  return [
    ['overview', 'index.html'],
    ['commitment 1', 'engagements/1/index.html'],
    ['institutions', 'institutions/index.html'],
    ['an institution', `institutions/${first('institutions')}/index.html`],
    ['report contents', 'rapport/index.html'],
    ['a chapter', `rapport/${first('rapport')}/index.html`],
    ['about', 'a-propos/index.html'],
  ];
}

export function pageSizesSection(dist) {
  title(`Page HTML by kind (${dist}): raw and gzip -9`);
  console.log(`${'page'.padEnd(64)} ${'raw'.padStart(11)} ${'gzip'.padStart(11)}`);
  for (const lang of ['', 'en/']) {
    for (const [kind, file] of kinds(dist)) {
      const path = join(dist, lang, file);
      if (!existsSync(path)) { console.log(`${`${lang}${file}`.padEnd(64)} missing (${kind})`); continue; }
      const s = sizesOf(readFileSync(path));
      console.log(`${`${lang}${file}`.padEnd(64)} ${kb(s.raw)} ${kb(s.gzip)}`);
    }
  }
}
