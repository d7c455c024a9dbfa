// Shared by the benchmark's parts: the slow-phone conditions, a cold throttled
// page, statistics and number formatting. Nothing here asserts anything.
import { spawn } from 'node:child_process';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
// Slow 4G as Lighthouse defines it: 1.6 Mbps down, 750 Kbps up, 150 ms RTT; CPU 4× slower.
export const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
export const CPU_SLOWDOWN = 4;
export const CONDITIONS = `slow 4G (1.6 Mbps down / 750 Kbps up / 150 ms RTT), CPU ÷${CPU_SLOWDOWN}, cold cache`;

/** A new context (empty cache, no service worker) and page, throttled like a slow phone unless `throttle` is false. */
export async function coldPage(browser, { width = 412, height = 823, throttle = true } = {}) {
  const context = await browser.newContext({ locale: 'fr-FR', serviceWorkers: 'block', viewport: { width, height } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (throttle) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  }
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e).split('\n')[0]));
  return { context, page, cdp, errors };
}

export const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
export const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]; };
export const ms = (n) => (n === null || n === undefined || Number.isNaN(n) ? 'n/a' : `${Math.round(n)} ms`);
export const secs = (n) => `${(n / 1000).toFixed(2)} s`;
export const kb = (n) => (n / 1000).toFixed(1).padStart(8) + ' KB';
export const kbShort = (n) => `${(n / 1000).toFixed(1)} KB`;
export const title = (t) => console.log(`\n== ${t}`);

/** "median 1234 ms (min–max 1200–1300 ms, 5 runs)", or "n/a (…)" when some run has no value. */
export function spread(xs, fmt = ms) {
  const ok = xs.filter((x) => typeof x === 'number' && !Number.isNaN(x));
  if (!ok.length) return `n/a (${xs.length} runs)`;
  const missing = xs.length - ok.length ? `, n/a in ${xs.length - ok.length}` : '';
  const unit = fmt === ms ? ' ms' : '';
  const bare = (x) => (fmt === ms ? String(Math.round(x)) : fmt(x));
  return `median ${fmt(median(ok))} (min–max ${bare(Math.min(...ok))}–${bare(Math.max(...ok))}${unit}, ${ok.length} runs${missing})`;
}

/** Runs a command, collecting its output; never throws. */
export function run(cmd, argv, options = {}) {
  return new Promise((resolve) => {
    const p = spawn(cmd, argv, options);
    let stdout = '', stderr = '';
    p.stdout?.on('data', (d) => { stdout += d; });
    p.stderr?.on('data', (d) => { stderr += d; });
    p.on('error', (e) => resolve({ status: -1, stdout, stderr: stderr + String(e) }));
    p.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/**
 * Polls `expression` in the page through CDP until it is truthy; resolves to its
 * value, or null after `timeout` ms. Cheaper in the page than Playwright's
 * waitForFunction, whose injected script takes hundreds of milliseconds to
 * compile on a CPU slowed 4× and would be counted against the page measured.
 */
export async function poll(cdp, expression, { timeout = 30_000, every = 16 } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const r = await cdp.send('Runtime.evaluate', { expression, returnByValue: true }).catch(() => null);
    const v = r?.result?.value;
    if (v) return v;
    if (Date.now() > end) return null;
    await new Promise((res) => setTimeout(res, every));
  }
}
