// Lighthouse 12 (mobile: simulated slow 4G, CPU ÷4), several runs, medians:
// the four category scores, FCP, LCP (and the LCP element), TBT, CLS, and the
// main thread's time by kind from the median run.
import { CHROMIUM, CHROME_ARGS, median, run, title } from './common.mjs';

async function once(url) {
  // Asynchronous: this process also serves the pages Lighthouse loads.
  const r = await run('lighthouse', [url, '--quiet', '--output=json', '--form-factor=mobile',
    '--only-categories=performance,accessibility,best-practices,seo',
    `--chrome-flags=--headless=new ${CHROME_ARGS.join(' ')}`], { env: { ...process.env, CHROME_PATH: CHROMIUM } });
  if (r.status !== 0) return { error: `lighthouse failed (${r.status}): ${(r.stderr || '').slice(-600)}` };
  let lhr;
  try { lhr = JSON.parse(r.stdout); } catch (e) { return { error: `unreadable Lighthouse output: ${e.message}` }; }
  if (lhr.runtimeError) return { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` };
  const a = lhr.audits;
  const lcpNode = (a['largest-contentful-paint-element']?.details?.items ?? []).flatMap((i) => i.items ?? [i]).find((i) => i.node)?.node;
  return {
    scores: Object.fromEntries(Object.entries(lhr.categories).map(([k, c]) => [k, { title: c.title, score: c.score === null ? null : Math.round(c.score * 100) }])),
    fcp: a['first-contentful-paint'].numericValue,
    lcp: a['largest-contentful-paint'].numericValue,
    tbt: a['total-blocking-time'].numericValue,
    cls: a['cumulative-layout-shift'].numericValue,
    si: a['speed-index'].numericValue,
    lcpNode,
    work: (a['mainthread-work-breakdown']?.details?.items ?? []).map((i) => `${i.groupLabel ?? i.group} ${Math.round(i.duration)} ms`).join(', '),
    below: Object.entries(lhr.categories).filter(([k]) => k !== 'performance').flatMap(([, c]) => c.auditRefs
      .filter((ref) => ref.weight > 0 && a[ref.id].score !== null && a[ref.id].score < 1).map((ref) => `${c.title}: ${ref.id} (${a[ref.id].score})`)),
  };
}

export async function lighthouseSection({ url, runs = 3 }) {
  title(`Lighthouse 12 on ${new URL(url).pathname} (mobile: simulated slow 4G, CPU ÷4; served gzip), ${runs} runs, medians`);
  const rs = [];
  for (let i = 0; i < runs; i++) {
    const r = await once(url);
    if (r.error) { console.log(`  run ${i + 1}: ${r.error}`); continue; }
    rs.push(r);
    console.log(`  run ${i + 1}: ${Object.values(r.scores).map((s) => `${s.title} ${s.score}`).join(', ')}; LCP ${Math.round(r.lcp)} ms, TBT ${Math.round(r.tbt)} ms, CLS ${r.cls.toFixed(3)}`);
  }
  if (!rs.length) return;
  for (const k of Object.keys(rs[0].scores)) {
    const xs = rs.map((r) => r.scores[k].score).filter((x) => x !== null);
    console.log(`${rs[0].scores[k].title.padEnd(16)} ${xs.length ? median(xs) : 'n/a'}   (runs: ${xs.join(', ')})`);
  }
  const m = (k) => median(rs.map((r) => r[k]));
  console.log(`FCP ${Math.round(m('fcp'))} ms, LCP ${Math.round(m('lcp'))} ms, TBT ${Math.round(m('tbt'))} ms, CLS ${m('cls').toFixed(3)}, SI ${Math.round(m('si'))} ms (medians)`);
  // The run whose LCP is the median one: its LCP element and main-thread breakdown.
  const mid = [...rs].sort((a, b) => a.lcp - b.lcp)[(rs.length - 1) >> 1];
  if (mid.lcpNode) console.log(`LCP element (median run): ${mid.lcpNode.selector ?? '?'} — ${String(mid.lcpNode.snippet ?? '').slice(0, 100)} « ${String(mid.lcpNode.nodeLabel ?? '').slice(0, 80)} »`);
  // Lighthouse names the element at the end of the load; none when it has left the DOM.
  else console.log('LCP element (median run): not reported (Lighthouse names it at the end of the load; it was probably removed, e.g. the static preview\'s h1)');
  const others = [...new Set(rs.map((r) => r.lcpNode?.selector).filter((s) => s && s !== mid.lcpNode?.selector))];
  if (others.length) console.log(`  other runs' LCP elements: ${others.join(', ')}`);
  if (mid.work) console.log(`main thread (median run): ${mid.work}`);
  const below = [...new Set(rs.flatMap((r) => r.below))];
  if (below.length) console.log(`audits below 1 (accessibility, best practices, SEO): ${below.join(', ')}`);
}
