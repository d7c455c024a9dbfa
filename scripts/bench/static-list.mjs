// The lower bound for the load benchmark: a plain static HTML page holding the
// same commitment list as the home page (number, axis, title link, statuses),
// with the app's stylesheets and no script. Generated from the snapshot.
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

export function staticListPage(snapshot, cssHrefs) {
  const axes = new Map(snapshot.axes.map((a) => [a.id, a]));
  const cal = new Map(snapshot.calendars.map((c) => [c.code, c.label_fr]));
  const items = snapshot.commitments.map((c) => {
    const a = axes.get(c.axis);
    return `<li class="commitment-item" data-number="${c.number}"><span class="commitment-number">Engagement ${c.number}` +
      `<span class="commitment-axis">${a ? esc(`Axe ${a.number} · ${a.title}`) : ''}</span></span>` +
      `<a href="./engagements/${c.number}/" class="commitment-title">${esc(c.title)}</a>` +
      `<span class="commitment-statuses"><span class="badge st-${c.status}">${esc(c.status_label)}</span>` +
      `<span class="badge cal-${c.calendar}">${esc(cal.get(c.calendar) || c.calendar)}</span></span></li>`;
  }).join('\n');
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Plan ouvert (liste statique)</title>
${cssHrefs.map((h) => `<link rel="stylesheet" href="./${h}">`).join('\n')}</head>
<body><main><h1>Où en sont les engagements de la France pour un gouvernement ouvert ?</h1>
<ul class="commitment-list" role="list">
${items}
</ul></main></body></html>`;
}
