// Takes full-page screenshots of a built site at phone and desktop widths, for
// people to look at: `node scripts/screenshots.mjs [dist-dir] [out-dir] [path...]`.
// Serves the directory with Python's http.server on a free port.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';

const [dist = 'dist', out = 'test-results/screenshots', ...paths] = process.argv.slice(2);
const routes = paths.length ? paths : ['', 'engagements/2/', 'institutions/', 'a-propos/'];
const port = 8300 + Math.floor(Math.random() * 500);
mkdirSync(out, { recursive: true });
const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dist], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (const scheme of ['light', 'dark']) {
    for (const width of [320, 375, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme: scheme, locale: 'fr-FR' });
      for (const route of routes) {
        await page.goto(`http://127.0.0.1:${port}/${route}`);
        await page.locator('main h1, .load-error').first().waitFor();
        const name = `${out}/${(route || 'overview').replace(/[\/?=&]+/g, '_').replace(/_$/, '')}-${width}-${scheme}.png`;
        await page.screenshot({ path: name, fullPage: true });
        // The first screen alone, as a phone shows it without scrolling.
        await page.screenshot({ path: name.replace('.png', '-fold.png') });
        console.log(name);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}
