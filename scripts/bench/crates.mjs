// Where the wasm's bytes come from, by crate (issue 12). Builds the app's wasm
// again with its function names kept (same flags as the release, in a target
// dir of its own, name section not stripped, no debug info), runs it through
// wasm-bindgen and `wasm-opt -Oz -g` as trunk does (-g only keeps the names),
// then sums twiggy's shallow sizes by crate: the first path segment of each
// demangled name (`tachys::…` → tachys, `<leptos::X as tachys::Y>::f` → leptos,
// `core::ptr::drop_in_place<…>` → core); data segments are one line. Slow
// (a build of std and every crate on 2 cores: several minutes): SKIP=crates.
import { existsSync, statSync, readFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { run, title, kb } from './common.mjs';
import { sizesOf, firstLoadFiles } from './sizes.mjs';

const NON_CODE = [
  [/^data\[\d+\]|^data segment/, '(data segments: .rodata, statics)'],
  [/^custom section|^"[^"]*" subsection|^\.debug|^producers|^target_features/, '(custom sections)'],
  [/^(__wbindgen_|__wbg_|__externref|__wbg_adapter|intounderlying)|externref shim$|^export "wasm_bindgen_/, 'wasm-bindgen (generated glue)'],
  [/^__original_main$/, 'std'],
  [/^<[^:]*>::/, '(methods of primitive types: core, alloc)'],
  [/^code\[\d+\]/, '(functions without a name)'],
  [/^(table|elem|type|global|memory|import|export|start)\b|^"/, '(wasm structure: types, imports, exports, tables)'],
];

/** The crate (or kind of item) a twiggy item name belongs to. */
export function crateOf(name) {
  for (const [re, label] of NON_CODE) if (re.test(name)) return label;
  // v0 demangling writes `crate[hash]::path`; legacy demangling `crate::path`.
  const m = /([A-Za-z_][A-Za-z0-9_]*)(?:\[[0-9a-f]+\])?::/.exec(name);
  if (m) return m[1];
  if (/^(mem(cpy|move|set|cmp)|__(ashl|ashr|lshr|mul|div|udiv|mod|umod)|__rust_|rust_)/.test(name)) return name.startsWith('__rust_') || name.startsWith('rust_') ? 'std (runtime symbols)' : 'compiler_builtins';
  return '(other named symbols)';
}

/** Sums shallow sizes by crate; custom sections (the names themselves) are left out of the total. */
export function byCrate(items) {
  const sums = new Map();
  let total = 0, custom = 0;
  for (const it of items) {
    const c = crateOf(it.name);
    if (c === '(custom sections)') { custom += it.shallow_size; continue; }
    sums.set(c, (sums.get(c) ?? 0) + it.shallow_size);
    total += it.shallow_size;
  }
  return { rows: [...sums].sort((a, b) => b[1] - a[1]), total, custom };
}

export async function cratesSection({ root, dist, top = 12 }) {
  title('Wasm size by crate (a build with names: cargo → wasm-bindgen → wasm-opt -Oz -g → twiggy)');
  const target = resolve(root, process.env.BENCH_NAMES_TARGET_DIR || 'target/bench-names');
  const env = {
    ...process.env,
    CARGO_TARGET_DIR: target,
    CARGO_UNSTABLE_BUILD_STD: 'std,panic_abort',
    CARGO_PROFILE_RELEASE_STRIP: 'false',
    CARGO_PROFILE_RELEASE_DEBUG: 'false',
  };
  const t0 = Date.now();
  const b = await run('cargo', ['build', '--quiet', '--release', '--offline', '--target', 'wasm32-unknown-unknown', '-p', 'plan-ouvert'], { cwd: root, env });
  if (b.status !== 0) return console.log(`cargo build failed (${b.status}): ${b.stderr.slice(-800)}`);
  const raw = join(target, 'wasm32-unknown-unknown/release/plan-ouvert.wasm');
  const out = join(target, 'bench-names');
  mkdirSync(out, { recursive: true });
  const wb = await run('wasm-bindgen', ['--target=web', `--out-dir=${out}`, '--out-name=plan-ouvert', '--no-typescript', raw], { cwd: root });
  if (wb.status !== 0) return console.log(`wasm-bindgen failed (${wb.status}): ${wb.stderr.slice(-800)}`);
  const bg = join(out, 'plan-ouvert_bg.wasm');
  const opt = join(out, 'plan-ouvert_opt.wasm');
  const wo = await run('wasm-opt', ['-Oz', '-g', `--output=${opt}`, bg], { cwd: root });
  if (wo.status !== 0) return console.log(`wasm-opt failed (${wo.status}): ${wo.stderr.slice(-800)}`);
  const tw = await run('twiggy', ['top', '-n', '1000000', '--format', 'json', opt], { cwd: root });
  if (tw.status !== 0) return console.log(`twiggy failed (${tw.status}): ${tw.stderr.slice(-800)}`);
  const items = JSON.parse(tw.stdout);
  const { rows, total, custom } = byCrate(items);
  const distWasm = existsSync(join(dist, 'index.html')) ? firstLoadFiles(dist).find((f) => f.kind === 'wasm')?.path : null;
  const distBytes = distWasm && existsSync(join(dist, distWasm)) ? statSync(join(dist, distWasm)).size : null;
  console.log(`built from the working tree in ${Math.round((Date.now() - t0) / 1000)} s; ${items.length} items; ${kb(total).trim()} of code and data, ` +
    `plus ${kb(custom).trim()} of names (custom sections, not in the release)` +
    (distBytes ? `; the measured ${distWasm} is ${kb(distBytes).trim()} raw, ${kb(sizesOf(readFileSync(join(dist, distWasm))).gzip).trim()} gzip` +
      (Math.abs(distBytes - total) > 2000 ? ' (the working tree has changed since that build)' : '') : ''));
  console.log(`${'crate'.padEnd(48)} ${'bytes'.padStart(10)} ${'share'.padStart(7)}`);
  for (const [c, n] of rows.slice(0, top)) console.log(`${c.padEnd(48)} ${String(n).padStart(10)} ${(100 * n / total).toFixed(1).padStart(6)}%`);
  const rest = rows.slice(top);
  if (rest.length) {
    const n = rest.reduce((t, [, x]) => t + x, 0);
    console.log(`${`${rest.length} more (${rest.slice(0, 5).map(([c]) => c).join(', ')}…)`.slice(0, 47).padEnd(48)} ${String(n).padStart(10)} ${(100 * n / total).toFixed(1).padStart(6)}%`);
  }
  console.log('(raw bytes of code and data, before gzip; shallow sizes: a function counts for the crate that defines it, generic code for the crate named first in its path)');
}
