// Firefox ESR through geckodriver (headless). Run by scripts/engines.sh.
import { engineSuite } from './scenarios.mjs';

engineSuite('firefox', process.env.ENGINES_GECKODRIVER, {
  browserName: 'firefox',
  'moz:firefoxOptions': {
    ...(process.env.ENGINES_FIREFOX ? { binary: process.env.ENGINES_FIREFOX } : {}),
    args: ['-headless'],
    prefs: { 'intl.accept_languages': 'fr-FR, fr', 'network.dns.disableIPv6': true },
  },
});
