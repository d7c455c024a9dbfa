// A tiny static server that does what hosts do with `404.html`: it serves
// the files of `dir` under the path `prefix` (`/` or `/pgo/`), a folder's
// `index.html`, and answers any unknown path with `404.html` and status 404.
// Python's http.server cannot be told to, hence this (tests/e2e/findable.spec.mjs).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Starts the server on 127.0.0.1:`port`; resolves to it (call `.close()`). */
export function serve(dir, port, prefix = '/') {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = null;
    if (path.startsWith(prefix)) {
      const rel = normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, '');
      for (const candidate of [join(dir, rel), join(dir, rel, 'index.html')]) {
        const s = await stat(candidate).catch(() => null);
        if (s && s.isFile()) { file = candidate; break; }
      }
    }
    const status = file ? 200 : 404;
    file = file || join(dir, '404.html');
    const body = await readFile(file).catch(() => Buffer.from('not found'));
    res.writeHead(status, { 'content-type': TYPES[extname(file)] || 'application/octet-stream' });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
