// A tiny W3C WebDriver client over node's fetch: just what tests/engines/
// needs, the same for geckodriver and WebKitWebDriver.
// https://www.w3.org/TR/webdriver2/

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export class WebDriverError extends Error {
  constructor(what, status, value) {
    super(`${what}: HTTP ${status} ${value?.error ?? ''}: ${value?.message ?? JSON.stringify(value)}`);
    this.name = 'WebDriverError';
    this.error = value?.error;
  }
}

async function call(base, method, path, body, what) {
  let res;
  try {
    res = await fetch(base + path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new Error(`${what}: cannot reach the driver at ${base} (${e.cause?.code ?? e.message})`);
  }
  const text = await res.text();
  let json;
  try { json = JSON.parse(text); } catch { throw new Error(`${what}: HTTP ${res.status}, not JSON: ${text.slice(0, 200)}`); }
  if (!res.ok || (json.value && json.value.error)) throw new WebDriverError(what, res.status, json.value);
  return json.value;
}

export class Element {
  constructor(session, id, selector) { this.s = session; this.id = id; this.selector = selector; }
  #get(what) { return this.s.cmd('GET', `/element/${this.id}/${what}`, undefined, `${what} of ${this.selector}`); }
  text() { return this.#get('text'); }
  attribute(name) { return this.#get(`attribute/${encodeURIComponent(name)}`); }
  property(name) { return this.#get(`property/${encodeURIComponent(name)}`); }
  displayed() { return this.#get('displayed'); }
  selected() { return this.#get('selected'); }
  click() { return this.s.cmd('POST', `/element/${this.id}/click`, {}, `click on ${this.selector}`); }
  sendKeys(text) { return this.s.cmd('POST', `/element/${this.id}/value`, { text }, `send keys to ${this.selector}`); }
  toJSON() { return { [ELEMENT]: this.id }; }
}

export class Session {
  constructor(base, id, capabilities) { this.base = base; this.id = id; this.capabilities = capabilities; }

  static async start(base, capabilities) {
    const v = await call(base, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } }, 'new session');
    return new Session(base, v.sessionId, v.capabilities);
  }

  cmd(method, path, body, what) { return call(this.base, method, `/session/${this.id}${path}`, body, what); }

  navigate(url) { return this.cmd('POST', '/url', { url }, `navigate to ${url}`); }
  setWindowRect(rect) { return this.cmd('POST', '/window/rect', rect, 'set window rect'); }
  async find(selector) {
    const v = await this.cmd('POST', '/element', { using: 'css selector', value: selector }, `find ${selector}`);
    return new Element(this, v[ELEMENT], selector);
  }
  async findAll(selector) {
    const v = await this.cmd('POST', '/elements', { using: 'css selector', value: selector }, `find all ${selector}`);
    return v.map((e, i) => new Element(this, e[ELEMENT], `${selector} #${i}`));
  }
  /** Presses and releases each key in turn (WebDriver key values: '\uE007' Enter, '\uE004' Tab). */
  async keys(...keys) {
    const actions = keys.flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]);
    await this.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] }, `press ${JSON.stringify(keys)}`);
  }
  back() { return this.cmd('POST', '/back', {}, 'back'); }
  forward() { return this.cmd('POST', '/forward', {}, 'forward'); }
  /** Runs `script` (a function body) in the page; elements in args are passed as elements. */
  execute(script, ...args) { return this.cmd('POST', '/execute/sync', { script, args }, 'execute script'); }
  async end() {
    try { await call(this.base, 'DELETE', `/session/${this.id}`, undefined, 'delete session'); } catch { /* already gone */ }
  }
}

/** Polls `fn` until `ok(value)` or the timeout; returns the last value either way. */
export async function poll(fn, ok, { timeout = 5000, every = 100 } = {}) {
  const end = Date.now() + timeout;
  let value = await fn();
  while (!ok(value) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, every));
    value = await fn();
  }
  return value;
}
