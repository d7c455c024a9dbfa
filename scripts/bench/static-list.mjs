// The anchor page for the load benchmark (issue 12): the physical limit of
// "a usable list on a slow phone". Plain HTML holding the same commitment list
// as the home page (number, axis, title link, statuses), with the app's
// stylesheets, a search box and a ~1 KB vanilla-JS filter over the same text
// the app searches. Each row carries its searchable text already folded
// (lowercase, no accents) in `data-t`; the script folds only the query and
// shows the rows holding every typed word. Generated from the snapshot.
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** Lowercase, no accents, œ/æ expanded, typographic apostrophes and dashes unified, spaces collapsed. */
export function fold(s) {
  return String(s).toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/ß/g, 'ss')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘ʼ´′‛]/g, "'").replace(/[‐‑‒–—−]/g, '-').replace(/\s+/g, ' ');
}

/** Every string under a `text` key of rich text (paragraphs, lists, emphasis…), in order. */
function richText(node, out = []) {
  if (Array.isArray(node)) for (const n of node) richText(n, out);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'text' && typeof v === 'string') out.push(v);
      else if (typeof v === 'object') richText(v, out);
    }
  }
  return out;
}

/**
 * A commitment's searchable text, as the app's search covers it (plan-core's
 * `search::Field`): title, stakes, description, each action's text, results,
 * next steps and status label, results notes, stories, press, institutions.
 */
export function searchText(snapshot, c) {
  const inst = new Map(snapshot.institutions.map((i) => [i.id, i]));
  const parts = [c.title, ...richText(c.stakes), ...richText(c.description)];
  for (const a of c.actions ?? []) parts.push(a.text, a.results, a.next_steps, a.status_label);
  parts.push(...richText(c.results_notes ?? []), ...richText(c.stories ?? []));
  for (const p of c.press ?? []) parts.push(`${p.outlet} : ${p.title} (${p.date})`);
  const ids = new Set([...(c.institutions ?? []), ...(c.actions ?? []).map((a) => a.actor).filter(Boolean)]);
  for (const id of ids) { const i = inst.get(id); if (i) parts.push(i.name, ...(i.aliases ?? [])); }
  return fold(parts.filter((p) => typeof p === 'string' && p).join(' \u0001 '));
}

/** The commitments (by number) whose folded text holds every word of `query`. */
export function matching(snapshot, query, texts = snapshot.commitments.map((c) => searchText(snapshot, c))) {
  const words = fold(query).split(' ').filter(Boolean);
  return snapshot.commitments.filter((c, i) => words.every((w) => texts[i].includes(w))).map((c) => c.number);
}

/**
 * A query for the "search usable" measure: a title word of 6 to 10 letters
 * that 2 to 5 commitments hold in their whole text and whose first 3 letters
 * already narrow the list (so the time measured is when the page filters,
 * not how long the word is); the fewest matches, then the shortest.
 */
export function pickQuery(snapshot) {
  const texts = snapshot.commitments.map((c) => searchText(snapshot, c));
  const n = snapshot.commitments.length;
  const seen = new Set(), found = [];
  for (const c of snapshot.commitments) {
    for (const w of fold(c.title).split(/[^a-z0-9]+/)) {
      if (w.length < 6 || w.length > 10 || seen.has(w)) continue;
      seen.add(w);
      const k = matching(snapshot, w, texts).length;
      if (k >= 2 && k <= 5) found.push({ w, k, early: matching(snapshot, w.slice(0, 3), texts).length < n });
    }
  }
  found.sort((a, b) => b.early - a.early || a.k - b.k || a.w.length - b.w.length || a.w.localeCompare(b.w));
  return found[0]?.w ?? fold(snapshot.commitments[0].title).split(' ').sort((a, b) => b.length - a.length)[0];
}

// The filter, kept small (~1 KB once the page is gzipped it is even less):
// fold the query like `fold` above, hide rows lacking a word, update the count.
const FILTER = `(function(){var q=document.getElementById('q'),n=document.getElementById('n'),
r=[].slice.call(document.querySelectorAll('li.commitment-item'));
function f(s){return s.toLowerCase().replace(/\\u0153/g,'oe').replace(/\\u00e6/g,'ae').replace(/\\u00df/g,'ss')
.normalize('NFD').replace(/[\\u0300-\\u036f]/g,'').replace(/[\\u2019\\u2018\\u02bc\\u00b4\\u2032\\u201b]/g,"'")
.replace(/[\\u2010-\\u2012\\u2013\\u2014\\u2212]/g,'-').replace(/\\s+/g,' ')}
q.addEventListener('input',function(){var w=f(q.value).split(' ').filter(Boolean),k=0;
r.forEach(function(e){var t=e.getAttribute('data-t'),ok=w.every(function(x){return t.indexOf(x)>=0});
e.hidden=!ok;if(ok)k++});n.textContent=k+(k>1?' engagements':' engagement')})})();`;

export const FILTER_BYTES = Buffer.byteLength(FILTER);

export function staticListPage(snapshot, cssHrefs) {
  const axes = new Map(snapshot.axes.map((a) => [a.id, a]));
  const cal = new Map(snapshot.calendars.map((c) => [c.code, c.label_fr]));
  const n = snapshot.commitments.length;
  const items = snapshot.commitments.map((c) => {
    const a = axes.get(c.axis);
    return `<li class="commitment-item" data-number="${c.number}" data-t="${esc(searchText(snapshot, c))}">` +
      `<span class="commitment-number">Engagement ${c.number}` +
      `<span class="commitment-axis">${a ? esc(`Axe ${a.number} · ${a.title}`) : ''}</span></span>` +
      `<a href="./engagements/${c.number}/" class="commitment-title">${esc(c.title)}</a>` +
      `<span class="commitment-statuses"><span class="badge status-${c.status}" data-status="${c.status}">${esc(c.status_label)}</span>` +
      `<span class="badge calendar-${c.calendar}" data-calendar="${c.calendar}">${esc(cal.get(c.calendar) || c.calendar)}</span></span></li>`;
  }).join('\n');
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Plan ouvert (page d’ancrage)</title>
${cssHrefs.map((h) => `<link rel="stylesheet" href="./${h}">`).join('\n')}
<style>[hidden]{display:none!important}</style></head>
<body><main><h1>Où en sont les engagements de la France pour un gouvernement ouvert ?</h1>
<h2>Les ${n} engagements</h2>
<label for="q">Rechercher dans tous les textes</label> <input type="search" id="q" autocomplete="off">
<p class="result-count" id="n" aria-live="polite">${n} engagements</p>
<ol class="commitment-list" role="list">
${items}
</ol></main><script>${FILTER}</script></body></html>`;
}
