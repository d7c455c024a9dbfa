// Shared helpers for the browser tests.
import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';

/** The committed snapshot, read from disk: expected values come from it, never typed in. */
export const snapshot = JSON.parse(readFileSync(new URL('../../public/data/plan.json', import.meta.url), 'utf8'));

/** Collects console errors and uncaught page errors; call `assertClean()` at the end. */
export function watchConsole(page) {
  const errors = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (err) => errors.push(String(err)));
  return {
    errors,
    assertClean: () => expect(errors, 'console errors').toEqual([]),
  };
}
