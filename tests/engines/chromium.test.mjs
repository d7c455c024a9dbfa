// Chromium through chromedriver: not one of issue 12's engines (tests/e2e/
// covers it), only the reference the others are compared with. Runs when
// ENGINES names it: ENGINES=firefox,webkit,chromium scripts/engines.sh.
import { engineSuite } from './scenarios.mjs';

engineSuite('chromium', process.env.ENGINES_CHROMEDRIVER, {
  browserName: 'chrome',
  'goog:chromeOptions': {
    binary: '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=fr-FR'],
  },
});
