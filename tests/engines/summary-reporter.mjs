// A node:test reporter that prints, per engine (each test file's top-level
// describe), each scenario's result and a verdict. scripts/engines.sh prints
// it after the spec reporter's output. Files run one at a time
// (--test-concurrency=1), so a suite's tests come between its start and end.
export default async function* summary(source) {
  const engines = new Map(); // engine -> [{ name, ok, message }]
  const other = [];
  const skipped = new Map(); // engine -> reason
  let current = null;
  const add = (engine, entry) => { if (!engines.has(engine)) engines.set(engine, []); engines.get(engine).push(entry); };
  for await (const { type, data } of source) {
    if (type === 'test:start' && data.nesting === 0) { current = data.name; if (!engines.has(current)) engines.set(current, []); continue; }
    if (type !== 'test:pass' && type !== 'test:fail') continue;
    const ok = type === 'test:pass';
    if (data.nesting === 0 && data.skip !== undefined) { skipped.set(data.name, data.skip); continue; }
    if (data.nesting === 0) {
      const error = data.details?.error;
      // A suite fails on its own when its hooks fail; "N subtests failed" is already listed.
      if (!ok && error?.failureType !== 'subtestsFailed') {
        if (data.details?.type === 'suite') {
          if (!engines.has(data.name)) engines.set(data.name, []);
          engines.get(data.name).unshift({ name: '(suite set-up)', ok, message: firstLine(error) });
        }
        else other.push(`${data.name}: FAIL ${firstLine(error)}`);
      }
      continue;
    }
    if (data.nesting === 1 && current) add(current, { name: data.name, ok, message: ok ? '' : firstLine(data.details?.error) });
  }
  yield '\n';
  for (const [engine, list] of engines) {
    if (skipped.has(engine)) { yield `${engine}: skipped (${skipped.get(engine)})\n`; continue; }
    const failed = list.filter((t) => !t.ok).length;
    const verdict = !list.length ? 'FAIL (no test ran)' : failed ? `FAIL (${list.length - failed}/${list.length} passed)` : `PASS (${list.length}/${list.length})`;
    yield `${engine}: ${verdict}\n`;
    for (const t of list) yield `  ${t.ok ? 'pass' : 'FAIL'}  ${t.name}${t.ok ? '' : `\n          ${t.message}`}\n`;
  }
  for (const line of other) yield `${line}\n`;
  if (!engines.size) yield 'no engine ran\n';
}

function firstLine(error) {
  if (!error) return '';
  const e = error.cause ?? error;
  return String(e.message ?? e).split('\n').filter(Boolean).slice(0, 4).join(' | ');
}
