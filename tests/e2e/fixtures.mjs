// The `test` every spec uses: Playwright's, with one change. Each page built
// by crates/site-gen holds a static preview (`#apercu`: the header, the
// heading, the list of commitments) that the app removes once its first view
// is drawn. So that no assertion can pass on that preview while the app is
// broken, `page.goto` and `page.reload` return only once the app has replaced
// it (at once on pages without one, such as a test's host page). The preview
// itself is tested with `page.gotoPreview`, which does not wait.
import { test as base, expect } from '@playwright/test';

export { expect };

export const test = base.extend({
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    const appStarted = () =>
      page.waitForFunction(() => !document.getElementById('apercu'), null, { timeout: 20_000 });
    page.gotoPreview = goto;
    page.goto = async (...args) => { const r = await goto(...args); await appStarted(); return r; };
    page.reload = async (...args) => { const r = await reload(...args); await appStarted(); return r; };
    await use(page);
  },
});
