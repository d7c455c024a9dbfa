// WebKit (WebKitGTK's MiniBrowser, the engine of Safari) through
// WebKitWebDriver under xvfb-run. Run by scripts/engines.sh.
import { engineSuite } from './scenarios.mjs';

engineSuite('webkit', process.env.ENGINES_WEBKITDRIVER, {
  browserName: 'MiniBrowser',
  'webkitgtk:browserOptions': {
    binary: process.env.ENGINES_MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    args: ['--automation'],
  },
});
