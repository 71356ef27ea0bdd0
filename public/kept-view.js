// The kept view: on a repeat visit, the list last seen at this address, shown before the app has
// run (issue 13). A plain script right after index.html's loading screen (after splash.js), so
// that the kept view is in the page's first paint; no inline script, so the strict CSP holds.
//
// When the finder has painted its first list of an unfiltered address (no search text, filter
// or position: nothing of the person), then its map and filters, the app asks, once the browser
// is idle, for it to be kept (the event
// `atlas-keep-view`, src/browser.rs, keep_view): the page's markup is copied as a tree of tags, a
// closed set of attributes and texts (never HTML) into the browser's local storage, one view
// (the last) for the whole site. localStorage rather than the offline cache because it is read
// without waiting: the cache's answer came 90–170 ms after the script ran, at the same time as
// the wasm. The next visit to the same address, answered by the service worker (so the list came
// from the dataset it keeps) and running the same release (the same markup and styles), builds
// that tree on the loading screen, inert, with "Loading…" over it, until the app has drawn its
// own list, from the same kept dataset, and takes the screen away (remove_loading_screen). A
// newer dataset forgets the kept view (`atlas-forget-kept-views`). The copy is read back as
// untrusted: elements outside the set go with their content, and links keep only addresses on
// this site or http(s).
//
// A first visit to a language's address (/fi/, /en/, ...) gets the same kind of tree, drawn by the
// release build itself and written into that address's page (scripts/first-view.mjs): shown the
// same way once config.json names the dataset it was drawn from.
(() => {
  const KEY = 'atlas-kept-view';
  // Elements the finder's first view is made of (the search box an empty `input`, its value not
  // being an attribute); anything else is left out of the copy.
  const TAGS = new Set([
    'a', 'bdi', 'button', 'div', 'em', 'footer', 'h1', 'h2', 'h3', 'header', 'input', 'label', 'li',
    'main', 'nav', 'ol', 'option', 'p', 'section', 'select', 'span', 'strong', 'ul',
  ]);
  // Attributes the styles and the reading direction need. No ids (the app's own page is beneath,
  // with the same ids), no test ids either (a test finds the app's element, not the view's,
  // while both are on the page), no handlers, no inline style.
  const ATTRIBUTES = new Set(['class', 'lang', 'dir', 'href', 'hidden', 'role', 'type', 'aria-pressed', 'aria-expanded', 'aria-current', 'selected']);
  const keptAttribute = (n) => ATTRIBUTES.has(n) || (n.startsWith('data-') && n !== 'data-kept' && n !== 'data-testid');
  const safeHref = (v) => /^\/(?!\/)/.test(v) || /^https?:\/\//i.test(v);
  const release = () => document.querySelector('script[data-atlas-wasm]')?.dataset.atlasWasm ?? '';

  // The map's points, which the app paints on one canvas (src/map/points.rs) and describes on it
  // (`data-box`, the map's box; `data-marks`, each point in the box): kept as that description,
  // a few hundred bytes where a picture of them took 52 KB of a language's page.
  const pointsOf = (map) => {
    const points = map.querySelector('canvas.atlas-points[data-marks]:not([data-marks=""])');
    return points && ['canvas', { class: 'kept-points', 'data-box': points.dataset.box, 'data-marks': points.dataset.marks }];
  };

  // The page as a tree: [tag, {attributes}, ...children], a text as a string. An element marked
  // data-kept="no" is left out (open now or closed changes with the hour), one marked "empty"
  // is kept without its content (the map, but for its points). Whatever begins below the first
  // screen is left out too: only the first screen is seen before the app's own page replaces
  // the view, and each element more is style and layout in the first frame (on a slow phone
  // that frame took 230 ms with the list's twenty entries and the footer).
  const copy = (el, bottom) => {
    const tag = el.localName;
    const kept = el.getAttribute('data-kept');
    if (!TAGS.has(tag) || kept === 'no' || el.getBoundingClientRect().top > bottom) return null;
    const attributes = {};
    for (const a of el.attributes) if (keptAttribute(a.name)) attributes[a.name] = a.value;
    const node = [tag, attributes];
    if (kept === 'empty') {
      const points = pointsOf(el);
      if (points) node.push(points);
      return node;
    }
    for (const child of el.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) node.push(child.data);
      else if (child.nodeType === Node.ELEMENT_NODE) {
        const c = copy(child, bottom);
        if (c) node.push(c);
      }
    }
    return node;
  };
  const build = (node) => {
    if (typeof node === 'string') return document.createTextNode(node);
    if (!Array.isArray(node)) return null;
    if (node[0] === 'canvas') return paintPoints(node[1]);
    if (!TAGS.has(node[0])) return null;
    const [tag, attributes, ...children] = node;
    const el = document.createElement(tag);
    for (const [n, v] of Object.entries(attributes ?? {})) {
      if (!keptAttribute(n) || typeof v !== 'string' || (n === 'href' && !safeHref(v))) continue;
      el.setAttribute(n, v);
    }
    for (const child of children) {
      const c = build(child);
      if (c) el.append(c);
    }
    return el;
  };

  // The map's points painted as the app paints them (src/map/points.rs: its look, written here a
  // second time, and tests/e2e/startup.test.mjs checks that both paint the same pixels), in a
  // canvas of the map's box as it was drawn, centred in the box (style/main.css), where the app's
  // map centres them. Only numbers and short texts are read from the description.
  const paintPoints = (attributes) => {
    const [w, h] = String(attributes?.['data-box'] ?? '').split(' ').map(Number);
    const marks = String(attributes?.['data-marks'] ?? '').split(';').slice(0, 5000);
    if (!(w > 0 && h > 0 && w <= 10000 && h <= 10000)) return null;
    const canvas = document.createElement('canvas');
    canvas.className = 'kept-points';
    // The map is never mirrored, so neither are its counts.
    canvas.setAttribute('dir', 'ltr');
    const dpr = Math.max(1, devicePixelRatio || 1);
    [canvas.width, canvas.height] = [Math.round(w * dpr), Math.round(h * dpr)];
    canvas.style.width = `${w}px`;
    canvas.style.height = `${h}px`;
    const ctx = canvas.getContext('2d');
    ctx.scale(dpr, dpr);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.font = '700 13.6px system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", sans-serif';
    const disc = (x, y, r, colour) => {
      ctx.beginPath();
      ctx.arc(x, y, r, 0, 2 * Math.PI);
      ctx.fillStyle = colour;
      ctx.fill();
    };
    for (const mark of marks) {
      // In tenths of a CSS pixel.
      const [x, y, r] = mark.split(' ', 3).map((n) => Number(n) / 10);
      if (![x, y, r].every(Number.isFinite) || r <= 0 || r > 100) continue;
      const label = mark.split(' ').slice(3).join(' ').slice(0, 20);
      disc(x, y, r + 1, 'rgba(0, 0, 0, 0.5)');
      if (label) {
        const scale = r / 18;
        disc(x, y, r, '#0b4f8a');
        disc(x, y, r - 3 * scale, '#fff');
        ctx.fillStyle = '#083a66';
        ctx.fillText(label, x, y);
      } else {
        const scale = r / 11;
        disc(x, y, r, '#fff');
        disc(x, y, r - 2 * scale, '#0b4f8a');
      }
    }
    return canvas;
  };

  let keptThisVisit = false;
  addEventListener('atlas-keep-view', () => {
    // Shown only on a visit a service worker answers (the list from the dataset it keeps).
    if (keptThisVisit || !('serviceWorker' in navigator)) return;
    keptThisVisit = true;
    const screen = document.getElementById('boot');
    const bottom = innerHeight;
    const tree = [...document.body.children].filter((el) => el !== screen).map((el) => copy(el, bottom)).filter(Boolean);
    try {
      localStorage.setItem(KEY, JSON.stringify({ release: release(), address: location.pathname + location.search, tree }));
    } catch {
      // Storage refused or full: the next visit shows the loading screen, as the first did.
    }
  });
  addEventListener('atlas-forget-kept-views', () => {
    keptThisVisit = false;
    try {
      localStorage.removeItem(KEY);
    } catch {
      // nothing kept
    }
  });

  const screen = document.getElementById('boot');
  if (!screen) return;
  const here = location.pathname + location.search;
  const applies = (view) => view?.release === release() && view.address === here && Array.isArray(view.tree);
  // The view on the loading screen, inert, with "Loading…" over it, until the app has drawn its own.
  const show = (view, mark) => {
    // The app came first, or its code could not be had (public/splash.js).
    if (!screen.isConnected || screen.hasAttribute('data-failed')) return;
    const page = document.createElement('div');
    page.className = 'kept-view';
    page.inert = true;
    page.setAttribute('aria-hidden', 'true');
    try {
      for (const node of view.tree) {
        const el = build(node);
        if (el) page.append(el);
      }
    } catch {
      // A tree too deep to build (not one a page kept): the loading screen as it is.
      return;
    }
    screen.setAttribute('data-kept', '');
    screen.classList.add('is-kept');
    screen.prepend(page);
    performance.mark(mark);
  };

  // A repeat visit answered by the service worker: the list this person last saw here.
  if (navigator.serviceWorker?.controller) {
    let view = null;
    try {
      view = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    } catch {
      // unreadable: as if none were kept
    }
    if (applies(view)) return show(view, 'atlas:kept-view-shown');
  }
  // A first visit to a language's address: the view the release build drew there
  // (scripts/first-view.mjs, a data block in this page), once config.json is seen to name the
  // same dataset and pack it was drawn from (a deployment may name its own). config.json is
  // index.html's preload, asked for here or by public/preload.js (an async script, which may run
  // after this one), whichever runs first; the app takes the same answer.
  const block = document.getElementById('atlas-first-view');
  if (!block) return;
  let published = null;
  try {
    published = JSON.parse(block.textContent);
  } catch {
    return;
  }
  if (!applies(published) || typeof published.data !== 'object' || published.data === null) return;
  const config = (window.atlasConfig ??= fetch('/config.json', { credentials: 'same-origin' })
    .then((r) => (r.ok ? r.text() : null))
    .catch(() => null));
  config.then((text) => {
    let named = null;
    try {
      named = JSON.parse(text);
    } catch {
      return; // the app says what is wrong with config.json
    }
    const same = (field) => (named?.[field] ?? null) === published.data[field];
    if (same('dataset_url') && same('pack_url')) show(published, 'atlas:first-view-shown');
  });
})();
