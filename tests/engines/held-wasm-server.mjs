// A static server for the takeover scenario (scripts/engines.sh): serves the
// whole site, wasm included, but answers a .wasm request only when the test
// says so (GET /__engines/release), so the test can read the page as it is
// before the app and then let the app take over.
//   node tests/engines/held-wasm-server.mjs <site-dir> <port>
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { join, extname, normalize } from 'node:path';

const [dir, port] = process.argv.slice(2);
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
  '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.webmanifest': 'application/manifest+json',
};
let waiting = [];

createServer((req, res) => {
  let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (path === '/__engines/release') {
    const n = waiting.length;
    waiting.forEach((go) => go());
    waiting = [];
    res.writeHead(200, { 'content-type': 'text/plain' });
    return res.end(`released ${n}`);
  }
  if (path === '/__engines/hold') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    return res.end(`holding ${waiting.length}`);
  }
  let file = normalize(join(dir, path));
  if (!file.startsWith(normalize(dir))) { res.writeHead(403); return res.end(); }
  let body;
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    body = readFileSync(file);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' });
    return res.end('not found');
  }
  const send = () => {
    res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(body);
  };
  if (extname(file) === '.wasm') waiting.push(send);
  else send();
}).listen(Number(port), '127.0.0.1');
