// Served by scripts/engines.sh at /__engines/trap.js in the test copy of the
// site only. Injected by a test as a same-origin <script> (the page's CSP
// allows 'self' and 'wasm-unsafe-eval'), it makes a WebAssembly trap in the
// page's own realm, as the app's would be: a function whose body is
// `unreachable`, called from a timer. (A trap caused from WebDriver's
// "execute script" does not reach the page's error listeners in Firefox:
// geckodriver runs that script in a sandbox.)
(function () {
  var html = document.documentElement;
  var bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 7, 5, 1, 1, 116, 0, 0, 10, 5, 1, 3, 0, 0, 11]);
  var inst;
  try {
    inst = new WebAssembly.Instance(new WebAssembly.Module(bytes));
  } catch (e) {
    html.setAttribute('data-engines-trap', 'compile failed: ' + e.name + ': ' + e.message);
    return;
  }
  setTimeout(inst.exports.t, 0);
  html.setAttribute('data-engines-trap', 'scheduled');
})();
