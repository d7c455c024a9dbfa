// A tiny static server for the benchmark: serves a dist/ like a static host
// (brotli or gzip according to the request's Accept-Encoding, .wasm as
// application/wasm), plus extra files or overrides held in memory (the anchor
// page, a synthetic snapshot). Every response is logged (path, the
// Accept-Encoding the client sent, the Content-Encoding and bytes sent back),
// so the benchmark can say what went over the wire.
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { join, extname, normalize } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json',
};
const COMPRESS = new Set(['.html', '.js', '.css', '.wasm', '.json', '.svg', '.webmanifest']);
const CODERS = {
  gzip: (b) => gzipSync(b, { level: 9, memLevel: 9 }),
  br: (b) => brotliCompressSync(b, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: b.length },
  }),
};

/** The first of `offered` (server preference order) that the Accept-Encoding header allows. */
export function pickEncoding(acceptEncoding, offered) {
  const accepted = new Map();
  for (const part of String(acceptEncoding || '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  return offered.find((e) => (accepted.get(e) ?? accepted.get('*') ?? 0) > 0) ?? null;
}

/**
 * Serves `dist` on 127.0.0.1:`port`; `extra` maps URL paths to Buffers.
 * `encodings`: what the server may send, in order of preference (default
 * ['br', 'gzip'], as hosts that do brotli prefer it; ['gzip'] for "gzip on the
 * wire"). Resolves to { url, close, log }.
 */
export function serve(dist, port, extra = {}, { encodings = ['br', 'gzip'] } = {}) {
  const cache = new Map();
  const encoded = (key, coding, body) => {
    const k = `${coding}:${key}:${body.length}`;
    if (!cache.has(k)) cache.set(k, CODERS[coding](body));
    return cache.get(k);
  };
  // Extras are compressed now, not on their first request: a host serves
  // precompressed or cached files, and compressing a 41 MB snapshot takes
  // seconds that would be counted as the app's load time.
  for (const [path, body] of Object.entries(extra)) {
    if (COMPRESS.has(extname(path))) for (const c of encodings) encoded(path, c, body);
  }
  const log = [];
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let body = extra[path];
    if (!body) {
      let file = normalize(join(dist, path));
      if (!file.startsWith(normalize(dist))) { res.writeHead(403); return res.end(); }
      try { if (statSync(file).isDirectory()) { file = join(file, 'index.html'); path = join(path, 'index.html'); } body = readFileSync(file); }
      catch { res.writeHead(404, { 'content-type': 'text/plain' }); return res.end('not found'); }
    }
    const ext = extname(path);
    const headers = { 'content-type': TYPES[ext] || 'application/octet-stream', 'cache-control': 'no-cache', vary: 'accept-encoding' };
    const coding = COMPRESS.has(ext) ? pickEncoding(req.headers['accept-encoding'], encodings) : null;
    if (coding) {
      body = encoded(path, coding, body);
      headers['content-encoding'] = coding;
    }
    headers['content-length'] = body.length;
    log.push({ path, acceptEncoding: req.headers['accept-encoding'] ?? null, contentEncoding: coding, bytes: body.length });
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () =>
    resolve({ url: `http://127.0.0.1:${port}`, log, close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(r); }) })));
}
