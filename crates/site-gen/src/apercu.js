// Plan ouvert before its WebAssembly arrives (crates/site-gen inlines this
// into the <head> of every page; see ARCHITECTURE.md, "First paint").
//
// 1. At once, before the first paint: reads the URL's embed flags and marks
//    <html> as the app will (data-embed, data-theme), and hides the static
//    preview's list while a filtered view is not yet applied, so no first
//    paint ever shows the full list under a filtered URL.
// 2. On the overview, once the page's search data has arrived (start()):
//    applies the URL's view to the preview and makes its search box, filters
//    and the charts' data switches work, writing the view back to the URL
//    with history.replaceState. The app reads that URL when it starts and
//    takes over with handover().
// 3. Shows the "reload" message if the app traps (a Rust panic is a wasm
//    trap in the release build: panic=immediate-abort).
//
// No language here: every page carries this script's texts in its language
// (#apercu-textes, site_gen::apercu::texts_json, from plan_core::i18n).
//
// One definition of matching: site-gen writes each commitment's distinct
// words (plan_core::search::SearchIndex::distinct_words), its facet option
// positions (plan_core::filter::FacetTable) and the count lines
// (plan_core::i18n::results_label). This script only folds and parses
// the query and the URL, as plan_core::fold, search::Query::parse and
// url_state do; tests/early/ checks it against plan-core over generated URLs.
// Words answer a term without a space as the text would; a query with a
// quoted phrase (a term with a space) shows the waiting line until the app.
(function () {
  'use strict';

  // ---- Folding (plan_core::fold::fold_char) ----
  var TABLE = {};
  function map(chars, to) { for (var i = 0; i < chars.length; i++) TABLE[chars[i]] = to; }
  map('àáâãäåÀÁÂÃÄÅ', 'a'); map('æÆ', 'ae'); map('çÇ', 'c'); map('èéêëÈÉÊË', 'e');
  map('ìíîïÌÍÎÏ', 'i'); map('ñÑ', 'n'); map('òóôõöøÒÓÔÕÖØ', 'o'); map('œŒ', 'oe');
  map('ùúûüÙÚÛÜ', 'u'); map('ýÿÝŸ', 'y'); map('ß', 'ss');
  map('\u2019\u2018\u02bc\u00b4\u2032\u201b', "'"); map('«»“”„″', '"');
  map('\u2010\u2011\u2012\u2013\u2014\u2212', '-'); map('…', '...');
  map('\u00ad\u200b\u200c\u200d\u2060\ufeff', '');
  // Rust's char::is_whitespace beyond ASCII (JS's \s differs: it has no U+0085).
  map('\u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000', ' ');

  function fold(s) {
    var out = '';
    for (var ch of s) {
      var c = ch.codePointAt(0);
      if (c < 128) {
        out += c >= 9 && c <= 13 ? ' ' : ch.toLowerCase();
      } else if (c >= 0x300 && c <= 0x36f) {
        // combining accents (decomposed text) are dropped
      } else if (TABLE[ch] !== undefined) {
        out += TABLE[ch];
      } else {
        // The first character of its lowercase, as Rust keeps for 'İ'.
        out += String.fromCodePoint(ch.toLowerCase().codePointAt(0));
      }
    }
    return out;
  }

  // ---- The query (plan_core::search::Query::parse) ----
  var CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
  var EDGES = /^[ ,;:!?()[\]{}]+|[ ,;:!?()[\]{}]+$/g;
  function terms(q) {
    var out = [];
    fold(q).split('"').forEach(function (piece, i) {
      (i % 2 ? [piece] : piece.split(' ')).forEach(function (t) {
        t = t.replace(CONTROL, '').replace(EDGES, '').replace(/\.+$/, '');
        if (t && out.indexOf(t) < 0) out.push(t);
      });
    });
    return out;
  }

  // ---- The URL (plan_core::url_state::parse_query_with_embed) ----
  var MAX_QUERY_CHARS = 200, MAX_VALUES = 50, MAX_ID_CHARS = 200, MAX_PAGE = 1000000;
  var STATUSES = ['not_started', 'partial', 'substantial', 'complete', 'unknown'];
  var CALENDARS = ['on_track', 'delayed'];
  var CHARTS = ['statuts', 'calendrier', 'axes'];
  // Facets in plan_core::url_state::Facet::ALL order (URL order too).
  var FACETS = ['axe', 'objectif', 'statut', 'calendrier', 'institution', 'action', 'histoire'];
  var utf8 = typeof TextDecoder === 'function' ? new TextDecoder('utf-8', { fatal: true }) : null;

  // %XX and '+' decoded; null where Rust's percent_decode fails.
  function decode(s) {
    var bytes = [];
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      if (c === 43) bytes.push(32);
      else if (c === 37) {
        var h = s.slice(i + 1, i + 3);
        if (!/^[0-9a-fA-F]{2}$/.test(h)) return null;
        bytes.push(parseInt(h, 16)); i += 2;
      } else if (c < 128) bytes.push(c);
      else {
        var e = unescape(encodeURIComponent(s.slice(i, i + (c >= 0xd800 && c <= 0xdbff ? 2 : 1))));
        for (var k = 0; k < e.length; k++) bytes.push(e.charCodeAt(k));
        if (c >= 0xd800 && c <= 0xdbff) i++;
      }
    }
    try { return utf8.decode(new Uint8Array(bytes)); } catch (err) { return null; }
  }
  function chars(s) { return Array.from(s).length; }
  function readList(raw, list, read) {
    raw.split(',').forEach(function (item) {
      if (!item) return;
      var v = decode(item);
      if (v === null || !read(v)) return;
      if (list.indexOf(v) < 0 && list.length < MAX_VALUES) list.push(v);
    });
  }
  function isId(v) { return v !== '' && chars(v) <= MAX_ID_CHARS; }
  function isStatus(v) { return STATUSES.indexOf(v) >= 0; }
  function isCalendar(v) { return CALENDARS.indexOf(v) >= 0; }
  function flag(raw, old) { return raw === null || raw === '1' ? true : raw === '0' ? false : old; }
  function isPin(v) {
    return /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(v) || /^[0-9a-fA-F]{8,64}$/.test(v);
  }

  function parseUrl(search) {
    var view = { q: '', axe: [], objectif: [], statut: [], calendrier: [], institution: [], action: [], histoire: false, page: 1 };
    var embed = { embed: false, chart: null, theme: 'auto', pin: null };
    var seen = {};
    (search.charAt(0) === '?' ? search.slice(1) : search).split('&').forEach(function (pair) {
      if (!pair) return;
      var at = pair.indexOf('=');
      var name = decode(at < 0 ? pair : pair.slice(0, at));
      var raw = at < 0 ? null : pair.slice(at + 1), value = raw === null ? '' : raw;
      if (name === null) return;
      if (name === 'q' || name === 'page') {
        if (seen[name]) return;
        seen[name] = true;
      }
      switch (name) {
        case 'q': {
          var text = decode(value);
          if (text !== null) view.q = chars(text) > MAX_QUERY_CHARS ? Array.from(text).slice(0, MAX_QUERY_CHARS).join('') : text;
          break;
        }
        case 'axe': case 'objectif': case 'institution': readList(value, view[name], isId); break;
        case 'statut': case 'action': readList(value, view[name], isStatus); break;
        case 'calendrier': readList(value, view[name], isCalendar); break;
        case 'histoire': view.histoire = flag(raw, view.histoire); break;
        case 'page':
          if (/^[0-9]{1,7}$/.test(value) && +value >= 1 && +value <= MAX_PAGE) view.page = +value;
          break;
        case 'embed': embed.embed = flag(raw, embed.embed); break;
        case 'chart': if (CHARTS.indexOf(value) >= 0) embed.chart = value; break;
        case 'theme': if (['auto', 'light', 'dark'].indexOf(value) >= 0) embed.theme = value; break;
        case 'snapshot':
          if (isPin(value)) embed.pin = /-/.test(value) ? value : value.toLowerCase();
          break;
      }
    });
    if (!embed.embed) embed.chart = null;
    return { view: view, embed: embed };
  }

  // plan_core::url_state::percent_encode, on UTF-8 bytes.
  function encode(s) {
    var e = unescape(encodeURIComponent(s)), out = '';
    for (var i = 0; i < e.length; i++) {
      var ch = e.charAt(i), b = e.charCodeAt(i);
      if (/[A-Za-z0-9\-_.~]/.test(ch)) out += ch;
      else if (b === 32) out += '+';
      else out += '%' + (b < 16 ? '0' : '') + b.toString(16).toUpperCase();
    }
    return out;
  }
  // Rust sorts ids as bytes (UTF-8), codes in vocabulary order.
  function byteOrder(a, b) { var x = unescape(encodeURIComponent(a)), y = unescape(encodeURIComponent(b)); return x < y ? -1 : x > y ? 1 : 0; }
  function inOrder(order) { return function (a, b) { return order.indexOf(a) - order.indexOf(b); }; }

  // plan_core::url_state::to_query_with_embed.
  function toQuery(view, embed) {
    var out = [];
    if (view.q) out.push('q=' + encode(view.q));
    FACETS.slice(0, 6).forEach(function (f) {
      var order = f === 'statut' || f === 'action' ? inOrder(STATUSES) : f === 'calendrier' ? inOrder(CALENDARS) : byteOrder;
      if (view[f].length) out.push(f + '=' + view[f].slice().sort(order).map(encode).join(','));
    });
    if (view.histoire) out.push('histoire=1');
    if (view.page > 1) out.push('page=' + view.page);
    if (embed.embed) out.push('embed=1');
    if (embed.embed && embed.chart) out.push('chart=' + embed.chart);
    if (embed.theme !== 'auto') out.push('theme=' + embed.theme);
    if (embed.pin) out.push('snapshot=' + embed.pin);
    return out.join('&');
  }

  // The view alone, without the embed flags (what the full app's URL holds).
  function viewQuery(view) { return toQuery(view, { embed: false, chart: null, theme: 'auto', pin: null }); }

  // ---- Texts (plan_core::i18n::fill) ----
  function fill(template, values) {
    return template.replace(/\{([a-z_]+)\}/g, function (all, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : all;
    });
  }
  // Rust's str::trim (JS's trim differs: U+0085 and U+FEFF).
  var WS = '[\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+';
  var TRIM = new RegExp('^' + WS + '|' + WS + '$', 'g');
  function trim(s) { return s.replace(TRIM, ''); }

  // ---- Filtering, counts, paging (plan_core::filter, paging) ----
  // `data` is what site-gen writes (site_gen::apercu::word_lists): { words:
  // 'w0 w1 …', wordsOf: [commitment] -> its word numbers as steps from 0,
  // options: [commitment][facet] -> [option positions], values: [facet] ->
  // [option value], labels: [shown count] -> line, pageLine: the page part's
  // template, total, pageSize }.
  function sanitize(view, data) {
    ['axe', 'objectif', 'institution'].forEach(function (f) {
      var known = data.values[FACETS.indexOf(f)];
      view[f] = view[f].filter(function (id) { return known.indexOf(id) >= 0; });
    });
    return view;
  }
  function selected(view, data) {
    return FACETS.map(function (f, fi) {
      var on = f === 'histoire' ? (view.histoire ? ['1'] : []) : view[f];
      if (!on.length) return null;
      return data.values[fi].map(function (v) { return on.indexOf(v) >= 0; });
    });
  }
  function passes(options, sel) {
    if (!sel) return true;
    for (var k = 0; k < options.length; k++) if (sel[options[k]]) return true;
    return false;
  }
  // [commitment] -> its word numbers.
  function wordNumbers(data) {
    return data.wordsOf.map(function (ds) {
      var k = 0;
      return ds.map(function (d) { k += d; return k; });
    });
  }
  // The word list and word numbers of `data`, decoded once, not at every keystroke.
  var decoded = new WeakMap();
  function wordIndex(data) {
    var d = decoded.get(data);
    if (!d) decoded.set(data, d = { words: data.words.split(' '), numbers: wordNumbers(data) });
    return d;
  }
  // { shown: [commitment index], counts: [facet][option], page, pages, label },
  // or null if a term has a space: words cannot answer it.
  function compute(view, data) {
    var ts = terms(view.q);
    if (ts.some(function (t) { return t.indexOf(' ') >= 0; })) return null;
    var sel = selected(view, data), shown = [];
    var counts = data.values.map(function (vs) { return vs.map(function () { return 0; }); });
    // For each term, the words holding it (as search::TextMatches::next).
    var index = wordIndex(data);
    var holds = ts.map(function (t) { return index.words.map(function (w) { return w.indexOf(t) >= 0; }); });
    index.numbers.forEach(function (ks, i) {
      for (var t = 0; t < ts.length; t++) {
        if (!ks.some(function (k) { return holds[t][k]; })) return;
      }
      var failed = [];
      for (var f = 0; f < FACETS.length && failed.length < 2; f++) {
        if (!passes(data.options[i][f], sel[f])) failed.push(f);
      }
      if (failed.length > 1) return;
      if (!failed.length) shown.push(i);
      (failed.length ? failed : FACETS.map(function (_, f) { return f; })).forEach(function (f) {
        data.options[i][f].forEach(function (j) { counts[f][j]++; });
      });
    });
    var pages = Math.max(1, Math.ceil(shown.length / data.pageSize));
    var page = Math.min(Math.max(view.page, 1), pages);
    var label = data.labels[shown.length] + (pages > 1 ? fill(data.pageLine, { page: page, pages: pages }) : '');
    return { shown: shown, counts: counts, page: page, pages: pages, label: label,
      onPage: shown.slice((page - 1) * data.pageSize, page * data.pageSize) };
  }

  // The active filters' chips as src/components/active_filters.rs writes
  // them: [facet, value, text, accessible name]. `names(f, j)` gives facet
  // f's heading and option j's label (read from the page's facets).
  function chips(view, data, t, names) {
    var out = [], q = trim(view.q), sel = selected(view, data);
    if (q) out.push(['q', '', fill(t.chip_search, { q: q }), fill(t.chip_search_remove, { q: q })]);
    FACETS.forEach(function (f, fi) {
      if (!sel[fi]) return;
      sel[fi].forEach(function (on, j) {
        if (!on) return;
        var n = names(fi, j);
        if (!n) return;
        var text = fill(t.chip_filter, { facet: n[0], value: n[1] });
        out.push([f, data.values[fi][j], text, fill(t.chip_filter_remove, { filter: text })]);
      });
    });
    return out;
  }

  // The active filters (plan_core::url_state::ViewState::active_filter_count).
  function activeCount(view) {
    return FACETS.reduce(function (n, f) { return n + (f === 'histoire' ? +view.histoire : view[f].length); }, 0);
  }
  // A text counting n (plan_core::i18n::filters_button, see_results): one
  // of three (none, one, more with `{n}`), the number grouped as
  // i18n::format_number groups it (t.thousands).
  function counted(n, forms, t) {
    var digits = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, t.thousands || '');
    return fill(forms[Math.min(n, 2)] || '', { n: digits });
  }
  // Whether the view filters on what a chart shows (plan_core::charts::
  // filters_any): `facets` is the chart's, as its link carries them.
  function filtersOn(view, facets) {
    return facets.split(' ').some(function (f) {
      return f === 'histoire' ? view.histoire : !!(view[f] && view[f].length);
    });
  }

  var core = { fold: fold, terms: terms, parseUrl: parseUrl, toQuery: toQuery, sanitize: sanitize, wordNumbers: wordNumbers, compute: compute, fill: fill, chips: chips, activeCount: activeCount, counted: counted, filtersOn: filtersOn };
  var api = { core: core };
  if (typeof window !== 'undefined') window.planOuvertApercu = api;
  if (typeof document === 'undefined') return; // tests/early loads the core alone

  // ---- 1. Before the first paint ----
  var html = document.documentElement;
  var url = parseUrl(location.search);
  html.setAttribute('data-theme', url.embed.theme);
  if (url.embed.embed) html.setAttribute('data-embed', '');
  if (url.embed.chart) html.setAttribute('data-apercu-graphique', url.embed.chart);
  // Any view parameter: the preview's list waits for start() (or the app).
  var filtered = viewQuery(url.view) !== '';
  if (filtered) html.setAttribute('data-apercu-attente', '');

  // In an iframe (an embed), the preview already tells the host page how
  // tall it is (the height message of docs/embedding.md, as src/embed.rs's
  // report_height sends it), so the iframe takes its height at the first
  // paint rather than when the app starts; the app's own messages follow.
  var stopHeights = function () {};
  (function () {
    var framed;
    try { framed = window.parent !== window; } catch (err) { framed = true; }
    if (!framed || typeof ResizeObserver === 'undefined') return;
    var last = 0, id = Array.from(String(window.name || '')).slice(0, 64).join('');
    function send() {
      var height = Math.max(0, Math.ceil(html.getBoundingClientRect().height));
      if (height === last) return;
      last = height;
      var m = { type: 'plan-ouvert:height', version: 1, height: height };
      if (id) m.id = id;
      window.parent.postMessage(m, '*'); // only a height: any host may read it
    }
    function onMessage(e) {
      if (e.data && e.data.type === 'plan-ouvert:height-request') { last = 0; send(); }
    }
    var watch = new ResizeObserver(send);
    watch.observe(html);
    window.addEventListener('message', onMessage);
    stopHeights = function () { watch.disconnect(); window.removeEventListener('message', onMessage); };
  })();

  // This page's texts (in its <head>, before this script).
  var T = {};
  try { T = JSON.parse(document.getElementById('apercu-textes').textContent); } catch (err) { /* none */ }
  function text(key) { return T[key] || ''; }

  // ---- 3. A trap of the app ----
  function trapped(error) {
    if (typeof WebAssembly === 'undefined' || !(error instanceof WebAssembly.RuntimeError)) return;
    if (document.getElementById('panic') || !document.body) return;
    var root = document.createElement('div');
    root.id = 'panic'; root.className = 'panic'; root.setAttribute('role', 'alert');
    var h = document.createElement('h1');
    h.textContent = text('panic_title');
    var p = document.createElement('p');
    p.textContent = text('panic_text');
    var a = document.createElement('a');
    a.className = 'button'; a.href = location.href; a.textContent = text('panic_reload');
    var pre = document.createElement('pre');
    // Firefox and WebKit leave the error's name out of its stack.
    var stack = String(error && error.stack || ''), name = String(error);
    pre.textContent = stack.indexOf(name) === 0 ? stack : name + '\n' + stack;
    [h, p, a, pre].forEach(function (n) { root.appendChild(n); });
    document.body.textContent = '';
    document.body.appendChild(root);
  }
  window.addEventListener('error', function (e) { trapped(e.error); });
  window.addEventListener('unhandledrejection', function (e) { trapped(e.reason); });
  // The hreflang alternates are written relative (the site may live under
  // any path); search engines want them absolute, and the page knows where
  // it is: make them so before anything reads them.
  // So are the icons and the manifest: the app changes the address without
  // a page load, and a relative link would then point under the new path
  // (engagements/3/icon.svg, a 404).
  Array.prototype.forEach.call(document.querySelectorAll('link[rel="alternate"][hreflang], link[rel~="icon"], link[rel="apple-touch-icon"], link[rel="manifest"]'), function (l) {
    l.setAttribute('href', l.href);
  });
  // A contribution link drawn at build time names the page by a placeholder
  // (src/components/contribute_link.rs): the page knows its address.
  document.addEventListener('DOMContentLoaded', function () {
    var here = encodeURIComponent(location.origin + location.pathname);
    Array.prototype.forEach.call(document.querySelectorAll('#apercu a[href^="mailto:"]'), function (a) {
      a.setAttribute('href', a.getAttribute('href').replace('%7Badresse%7D', here));
    });
  });
  // The preview's language switch keeps the view this script wrote to the
  // address, and the section in it, as the app's switch does.
  document.addEventListener('click', function (e) {
    var a = e.target && e.target.closest && e.target.closest('#apercu a.language-switch');
    if (a) a.href = a.href.split(/[?#]/)[0] + location.search + location.hash;
  }, true);

  // In an embed, a link out of the embedded view (to an address without the
  // embed flag) opens the full app in a new tab, as the attribution link
  // does: the reader stays in the host's article (docs/embedding.md). The
  // target is set as the link is clicked, before the app's router sees the
  // click (it leaves links with a target to the browser); this listener
  // stays for the app's own links after it takes over.
  if (url.embed.embed) document.addEventListener('click', function (e) {
    var a = e.target && e.target.closest && e.target.closest('a[href]');
    if (!a || a.target || a.hasAttribute('download')) return;
    var to;
    try { to = new URL(a.href, location.href); } catch (err) { return; }
    if (to.protocol !== 'http:' && to.protocol !== 'https:') return;
    var same = to.origin === location.origin;
    if (same && to.pathname === location.pathname && to.search === location.search) return; // a section here
    if (same && parseUrl(to.search).embed.embed) return; // another embedded view
    a.target = '_blank';
    a.rel = 'noopener';
  }, true);

  // ---- 4. Back and Forward give the reader their place back ----
  // The app's pages are entries of one document's history (leptos_router
  // pushes them, and on Back or Forward only changes its URL signal). The
  // browser restores an entry's scroll during the traversal ("auto": kept,
  // for reloads and other documents), before the app has drawn the page it
  // returns to, so a long page stops short; and the app would focus its h1.
  // So, as a browser does for documents: each entry gets an id in
  // history.state (the router never reads it) and its place, [scroll,
  // focus] with the focus as [tag, rank among its tag, href], is kept in
  // sessionStorage under that id when the reader leaves it: when the app
  // pushes an entry (with the scroll and link of the click that led there,
  // taken before the router draws the next page and scrolls to the top), or
  // at Back and Forward (the last scroll and focus seen; this listener, in
  // <head> and in the capture phase, runs before the router's). Once the app
  // has drawn the page of a navigation, src/components/route_focus.rs calls
  // giveBack(path). Here, not in the wasm: about 0.7 KB of HTML against 4 KB.
  (function () {
    var KEY = 'plan-ouvert:place:', lastId = 0, y = scrollY, focused = null, clicked = null, arrival = null;
    var push = history.pushState, replace = history.replaceState, current = history.state;
    function newId() { return (lastId = Math.max(Date.now(), lastId + 1)); }
    if (typeof current !== 'number') replace.call(history, (current = newId()), '');
    function store() { try { return sessionStorage; } catch (err) { return null; } }
    function place(top) {
      var el = focused, f = null;
      if (el && el.isConnected) {
        f = [el.localName, Array.prototype.indexOf.call(document.getElementsByTagName(el.localName), el), el.getAttribute('href') || ''];
      }
      return [Math.round(top), f];
    }
    function keep(id, p) {
      try { store().setItem(KEY + id, JSON.stringify(p)); } catch (err) { /* not given back */ }
    }
    function find(f) {
      var all = document.getElementsByTagName(f[0]);
      function same(el) { return (el.getAttribute('href') || '') === f[2]; }
      if (all[f[1]] && same(all[f[1]])) return all[f[1]];
      return Array.prototype.find.call(all, same) || null;
    }
    history.pushState = function (state, title, to) {
      keep(current, clicked && clicked[0] === current ? clicked[1] : place(y));
      clicked = arrival = null;
      push.call(history, (current = newId()), title, to);
    };
    // The router replaces with no state (typing): the entry keeps its id.
    history.replaceState = function (state, title, to) {
      replace.call(history, state == null ? current : state, title, to);
    };
    addEventListener('scroll', function () { y = scrollY; }, { passive: true });
    addEventListener('focusin', function (e) { focused = e.target; }, true);
    // A link to another page or view: WebKit does not focus a clicked link.
    addEventListener('click', function (e) {
      var a = e.target.closest && e.target.closest('a[href]'), to;
      if (!a || e.button || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || a.hasAttribute('download')) return;
      if (a.target && a.target !== '_self') return; // a new tab (an embed's links)
      try { to = new URL(a.getAttribute('href'), location.href); } catch (err) { return; }
      if (to.origin !== location.origin || to.pathname + to.search === location.pathname + location.search) return;
      focused = a;
      clicked = [current, place(scrollY)];
    }, true);
    addEventListener('popstate', function () {
      keep(current, place(y));
      var id = history.state, p = null;
      if (typeof id !== 'number') replace.call(history, (id = newId()), '');
      try { p = JSON.parse(store().getItem(KEY + id)); } catch (err) { /* none */ }
      current = id;
      clicked = null;
      arrival = { path: location.pathname, place: Array.isArray(p) ? p : null };
    }, true);
    // After Back or Forward to `path`: gives the place back once the page is
    // drawn (its h1, the height for the scroll, the element to focus),
    // looking again at each frame for about ten seconds, then as much of it
    // as the page allows, and says so (true); else false, and the app
    // focuses the new page's h1. Stops if the reader moves the focus.
    api.giveBack = function (path) {
      var a = arrival, frames = 600, from = document.activeElement;
      arrival = null;
      if (!a || a.path !== path) return false;
      var p = a.place, top = p ? p[0] : 0;
      requestAnimationFrame(function look() {
        var now = document.activeElement;
        if (now && now !== document.body && now !== from) return;
        var h1 = document.querySelector('main h1'), el = p && p[1] ? find(p[1]) : null;
        var drawn = h1 && html.scrollHeight - innerHeight + 1 >= top && (el || !(p && p[1]));
        if (!drawn && frames-- > 0) return requestAnimationFrame(look);
        if (p) scrollTo(0, top);
        if (el || h1) (el || h1).focus({ preventScroll: true });
      });
      return true;
    };
  })();

  // ---- 2. The overview's preview, once its data is in the page ----
  var state = null, live = true, data = null;
  function $(sel) { return document.querySelector('#apercu ' + sel); }
  function $$(sel) { return Array.prototype.slice.call(document.querySelectorAll('#apercu ' + sel)); }
  // The app's own search box, as the build drew it (the app draws a
  // second one, hidden, with the same id, until the handover).
  function searchBox() { return $('#recherche'); }

  // No answer (a phrase): the waiting line hides the rows and counts.
  function draw() {
    var r = compute(state.view, data), on = {};
    if (r) {
      r.onPage.forEach(function (i) { on[i] = true; });
      // The build draws every row, in the snapshot's order: a row's
      // position is its index (site-gen's test of the overview's rows).
      $$('li.commitment-item').forEach(function (li, i) { li.hidden = !on[i]; });
      var count = $('.result-count');
      if (count) count.textContent = r.label;
    }
    var empty = $('.apercu-vide');
    if (empty) empty.hidden = !r || r.shown.length > 0;
    FACETS.forEach(function (f, fi) {
      $$('fieldset[data-facet="' + f + '"] li.facet-option').forEach(function (li, j) {
        var box = li.querySelector('input'), value = data.values[fi][j];
        box.checked = f === 'histoire' ? state.view.histoire : state.view[f].indexOf(value) >= 0;
        if (!r) return li.classList.remove('facet-zero');
        var n = r.counts[fi][j] || 0;
        li.classList.toggle('facet-zero', n === 0 && !box.checked);
        var c = li.querySelector('.facet-count');
        if (c) c.firstChild.nodeValue = String(n);
        var unit = li.querySelector('.facet-count .visually-hidden');
        if (unit && T.units) unit.textContent = T.units[Math.min(n, 2)];
      });
    });
    drawChips();
    var toggle = $('.filters-toggle');
    if (toggle && T.filters_button) toggle.lastChild.nodeValue = counted(activeCount(state.view), T.filters_button, T);
    // The links to the results: at the end of the filter panel, and at each
    // chart whose facets the view filters on (src/charts/bar_chart.rs).
    var see = r && T.see_results ? counted(r.shown.length, T.see_results, T) : null;
    $$('.chart-results').forEach(function (p) {
      p.classList.toggle('chart-results-on', filtersOn(state.view, p.getAttribute('data-facettes') || ''));
      var a = p.querySelector('a');
      if (a && see) a.textContent = see;
    });
    var done = $('.filters-done a');
    if (done && see) done.textContent = see;
    if (r) html.removeAttribute('data-apercu-attente');
    else html.setAttribute('data-apercu-attente', '');
  }

  // The active filters as removable chips, as the app draws them
  // (src/components/active_filters.rs): the same block, so nothing moves.
  function drawChips() {
    var old = $('.active-filters'), count = $('.result-count');
    if (old) old.parentNode.removeChild(old);
    if (!count) return;
    var sets = FACETS.map(function (f) { return $('fieldset[data-facet="' + f + '"]'); });
    var chips = core.chips(state.view, data, T, function (fi, j) {
      var set = sets[fi], li = set && set.querySelectorAll('li.facet-option')[j];
      return li ? [set.querySelector('legend').textContent, li.querySelector('.facet-label').textContent] : null;
    });
    if (!chips.length) return;
    function el(tag, cls, text) {
      var e = document.createElement(tag);
      if (cls) e.className = cls;
      if (text) e.textContent = text;
      return e;
    }
    var box = el('div', 'active-filters'), list = el('ul', 'chips');
    box.appendChild(el('h2', 'visually-hidden', text('active_filters')));
    list.setAttribute('role', 'list');
    chips.forEach(function (c) {
      var li = el('li'), b = el('button', 'chip'), x = el('span', 'chip-x', '×');
      b.type = 'button';
      b.setAttribute('aria-label', c[3]);
      b.setAttribute('data-facette', c[0]);
      b.setAttribute('data-valeur', c[1]);
      b.appendChild(el('span', '', c[2]));
      x.setAttribute('aria-hidden', 'true');
      b.appendChild(x);
      li.appendChild(b);
      list.appendChild(li);
    });
    box.appendChild(list);
    var all = el('button', 'button-link clear-all', text('clear_all'));
    all.type = 'button';
    box.appendChild(all);
    count.parentNode.insertBefore(box, count);
  }

  function write() {
    var q = toQuery(state.view, state.embed);
    history.replaceState(history.state, '', location.pathname + (q ? '?' + q : '') + location.hash);
    attribute(state.view);
  }
  // An embed's attribution opens the same view in the full app, as the
  // app's does (src/components/share_links.rs: full_url): no embed flags.
  function attribute(view) {
    var a = document.querySelector('#apercu .embed-attribution a');
    var q = viewQuery(view);
    if (a) a.href = location.pathname + (q ? '?' + q : '');
  }

  function onInput(e) {
    if (!live || !data || e.target !== searchBox()) return;
    state.view.q = e.target.value;
    state.view.page = 1;
    draw(); write();
  }
  function onChange(e) {
    var box = e.target;
    if (!live || !data || !box.closest || !box.closest('#apercu fieldset[data-facet]')) return;
    var f = box.closest('fieldset').getAttribute('data-facet');
    if (f === 'histoire') state.view.histoire = box.checked;
    else {
      var list = state.view[f], at = list.indexOf(box.value);
      if (box.checked && at < 0) list.push(box.value);
      if (!box.checked && at >= 0) list.splice(at, 1);
    }
    state.view.page = 1;
    draw(); write();
  }
  // The filter panel, folded on a phone until its button opens it: the
  // state is this script's, handed to the app as it is (handover()).
  var filtersOpen = false;
  function openFilters(open) {
    var toggle = $('.filters-toggle'), panel = $('.filters-panel');
    filtersOpen = open;
    if (toggle) toggle.setAttribute('aria-expanded', String(open));
    if (panel) panel.classList.toggle('open', open);
  }
  // The count line takes the focus (the browser scrolls it into view).
  function toResults() {
    var count = $('.result-count');
    if (count) { count.setAttribute('tabindex', '-1'); count.focus(); }
  }
  function onClick(e) {
    if (!live) return;
    // A link to the results (a chart's, the filter panel's): on a phone the
    // panel folds, so the count follows the filter button
    // (src/components/result_list.rs, results_link).
    var link = e.target.closest ? e.target.closest('#apercu .chart-results a, #apercu .filters-done a') : null;
    if (link) {
      e.preventDefault();
      openFilters(false);
      toResults();
      return;
    }
    var t = e.target.closest ? e.target.closest('#apercu button') : null;
    if (!t) return;
    if (t.classList.contains('filters-toggle')) {
      openFilters(!filtersOpen);
    } else if (data && (t.classList.contains('chip') || t.classList.contains('clear-all'))) {
      var f = t.getAttribute('data-facette'), v = t.getAttribute('data-valeur');
      var box = searchBox();
      if (t.classList.contains('clear-all')) {
        state.view = parseUrl('').view;
        if (box) box.value = '';
      } else if (f === 'q') {
        state.view.q = '';
        if (box) box.value = '';
      } else if (f === 'histoire') {
        state.view.histoire = false;
      } else {
        state.view[f] = state.view[f].filter(function (x) { return x !== v; });
      }
      state.view.page = 1;
      draw(); write();
      toResults();
    } else if (t.classList.contains('chart-switch')) {
      var on = t.getAttribute('aria-pressed') !== 'true', fig = t.closest('figure');
      t.setAttribute('aria-pressed', String(on));
      fig.querySelector('.chart-rows').hidden = on;
      fig.querySelector('.table-scroll').hidden = !on;
    }
  }
  document.addEventListener('DOMContentLoaded', function () { attribute(state ? state.view : url.view); });
  document.addEventListener('input', onInput);
  document.addEventListener('change', onChange);
  document.addEventListener('click', onClick);

  // Called by the inline script after the page's data (overview only).
  api.start = function () {
    var el = document.getElementById('apercu-index');
    try { data = JSON.parse(el.textContent); } catch (err) { return; }
    state = { view: sanitize(url.view, data), embed: url.embed };
    var box = searchBox();
    // Typed before the data arrived: the box wins over the URL.
    if (box && box.value !== state.view.q && box.value !== '') { state.view.q = box.value; state.view.page = 1; write(); }
    else if (box) box.value = state.view.q;
    $$('fieldset[data-facet] input').forEach(function (input) { input.disabled = false; });
    draw();
  };

  // Called by the app when it takes over: stops listening and says what the
  // reader was doing, so the app keeps it (src/handover.rs).
  api.handover = function () {
    live = false;
    stopHeights();
    var focus = document.activeElement, box = searchBox();
    var out = {
      search: box ? box.value : null,
      focus: null, start: 0, end: 0,
      filtersOpen: filtersOpen,
      anchor: null, top: 0
    };
    if (focus && focus === box) { out.focus = 'recherche'; out.start = box.selectionStart || 0; out.end = box.selectionEnd || 0; }
    else if (focus && focus.closest && focus.closest('#apercu fieldset[data-facet]')) {
      out.focus = 'filtre:' + focus.closest('fieldset').getAttribute('data-facet') + ':' + focus.value;
    }
    // The first block whose top the reader sees (else the last one begun
    // above the screen), to keep it where it is on the screen: a block the
    // page marks (data-ancre, its selector), a commitment's row (by its
    // number), else any element with an id in the main region (a section,
    // a heading, an action's row).
    var blocks = $$('[data-ancre], li.commitment-item, main [id]'), seen = null;
    for (var k = 0; k < blocks.length; k++) {
      var rect = blocks[k].getBoundingClientRect();
      if (rect.height === 0) continue;
      if (rect.top >= 0 && rect.top < innerHeight) { seen = [blocks[k], rect.top]; break; }
      if (rect.top < 0 && rect.bottom > 0) seen = [blocks[k], rect.top];
    }
    if (seen) {
      var el = seen[0], id = el.getAttribute('id'), n = el.getAttribute('data-number');
      out.anchor = el.getAttribute('data-ancre') ||
        (n ? 'li.commitment-item[data-number="' + n + '"]' : '[id="' + id.replace(/["\\]/g, '\\$&') + '"]');
      out.top = seen[1];
    }
    return out;
  };
})();
