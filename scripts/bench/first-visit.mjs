// A first visit with the service worker (issue 19): every byte the server
// sends, from navigation until the worker is active and the network has been
// quiet for 2 s, precache included. Unthrottled (bytes, not time), gzip on the
// wire as the bench server sends it. A measurement: prints, asserts nothing.
import { kbShort, title } from './common.mjs';

const QUIET_MS = 2000;

async function visit(browser, server, path) {
  const context = await browser.newContext({ locale: path.startsWith('/en/') ? 'en-GB' : 'fr-FR', viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const from = server.log.length;
  let error = null;
  try {
    await page.goto(server.url + path, { waitUntil: 'load' });
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    // Quiet: no new response for QUIET_MS.
    let seen = -1;
    while (seen !== server.log.length) {
      seen = server.log.length;
      await page.waitForTimeout(QUIET_MS);
    }
  } catch (e) {
    error = e.message.split('\n')[0];
  }
  await context.close();
  const log = server.log.slice(from);
  return { error, bytes: log.reduce((t, l) => t + l.bytes, 0), responses: log.length,
    biggest: [...log].sort((a, b) => b.bytes - a.bytes).slice(0, 4).map((l) => `${l.path} ${kbShort(l.bytes)}`) };
}

export async function firstVisitSection({ browser, server }) {
  title(`First visit with the service worker: bytes sent until the worker is ready and the network quiet ${QUIET_MS / 1000} s (gzip), precache included (target ≤ 1 MB)`);
  for (const path of ['/', '/engagements/1/', '/en/', '/en/engagements/1/']) {
    const r = await visit(browser, server, path);
    console.log(`  ${path.padEnd(20)} ${r.error ? `ERROR ${r.error}; ` : ''}${kbShort(r.bytes)} in ${r.responses} responses; largest: ${r.biggest.join(', ')}`);
  }
}
