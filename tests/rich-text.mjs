// The snapshot's rich text as plain lines: one per paragraph and per list
// item (nested items after their parent). Shared by the browser tests
// (tests/e2e/helpers.mjs) and the benchmark (scripts/bench/commitment.mjs),
// which compute expected texts from plan.json. No dependencies.

/** Plain lines of a snapshot text: a string (one line) or rich-text blocks. */
export function richTextLines(text) {
  if (typeof text === 'string') return [text];
  const out = [];
  const inline = (xs) => xs.map((i) => (i.type === 'text' ? i.text : inline(i.content))).join('');
  const items = (list) => list.forEach((it) => { out.push(inline(it.content)); items(it.items || []); });
  for (const b of text || []) (b.type === 'paragraph' ? out.push(inline(b.content)) : items(b.items));
  return out;
}
