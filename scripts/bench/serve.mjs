// A tiny static server for the benchmark: serves a dist/ like any static host
// (gzip when the browser asks for it, .wasm as application/wasm), plus extra
// files or overrides held in memory (the static list page, a synthetic snapshot).
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { join, extname, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json',
};
const COMPRESS = new Set(['.html', '.js', '.css', '.wasm', '.json', '.svg', '.webmanifest']);

/** Serves `dist` on 127.0.0.1:`port`; `extra` maps URL paths to Buffers. Resolves to { url, close }. */
export function serve(dist, port, extra = {}) {
  const gz = new Map();
  // Extras are compressed now, not on their first request: a host serves
  // precompressed or cached files, and gzipping a 41 MB snapshot at level 9 takes
  // seconds that would be counted as the app's load time.
  for (const [path, body] of Object.entries(extra)) {
    if (COMPRESS.has(extname(path))) gz.set(path + ':' + body.length, gzipSync(body, { level: 9, memLevel: 9 }));
  }
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
    const headers = { 'content-type': TYPES[ext] || 'application/octet-stream', 'cache-control': 'no-cache' };
    if (COMPRESS.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
      const key = path + ':' + body.length;
      if (!gz.has(key)) gz.set(key, gzipSync(body, { level: 9, memLevel: 9 }));
      body = gz.get(key);
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () =>
    resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) })));
}
