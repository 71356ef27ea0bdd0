// The service worker: a person who opened the finder once opens it again at once, also without a
// network.
//
// - The app shell: answered from the cache at once when it is there, and whatever is not kept
//   yet comes from the network and is kept. Every client route (/fi/, /en/services/x, ...) is
//   the same index.html. Only config.json is fetched again in the background on each visit
//   (stale-while-revalidate), and index.html with it: when the page has changed (a new release
//   names new hashed files), the whole shell is fetched and kept again, so a new release is
//   picked up on the next visit. The other files are not asked for again on every visit: their
//   work would compete with the app's start.
// - Datasets (any other same-origin .json): the kept copy, when there is one, is answered at once
//   with the header x-atlas-cached; the app shows it and then asks again with the header
//   x-atlas-revalidate, which this worker answers from the network: 204 when the network has the
//   same bytes, the newer file (header x-atlas-pending) when it differs, 204 with the header
//   x-atlas-from-cache when the network cannot be reached (the app then says "you are offline:
//   data from DATE"). A network
//   answer is kept aside ("pending") and replaces the kept copy only when the app says it parsed
//   and validated it ("dataset-validated", forwarded by public/boot.js), so a broken or
//   truncated download never replaces a good copy; "dataset-refused" drops it. On a first visit
//   (no worker in the way yet) the app sends the validated bytes once, after its first paint.
// - An HTTP error (404, 500) is passed through unchanged: the app shows it and retries.
// - Other origins (map tiles, an allowed foreign dataset) are not touched.
//
// Nothing personal is stored: the cache holds the app and the public dataset only.

const SHELL = 'atlas-shell-v2';
const DATA = 'atlas-data-v1';
const PENDING = 'atlas-pending-v1';
const INDEX_KEY = '/index.html';
// The UI languages' messages (locales/*/main.ftl, fetched by the app one language at a time): all
// kept on install, so the language can be switched offline. tests/e2e/locales.test.mjs checks
// that this list names every file in locales/.
const LOCALES = ['fi', 'sv', 'en', 'uk', 'ru', 'ar'];

// The addresses a visit most often opens, with no query: the root and the languages' (/fi/, ...).
// The shell is kept under each of them too, for the static routes below.
const FRONT_DOORS = ['/', ...LOCALES.map((l) => `/${l}/`)];

// Answered by the browser from the kept shell without this worker's script (the static routing
// API, where the browser has it; elsewhere the fetch handler below answers the same): the front
// doors and the shell's own files. Starting the worker and running its handler for each of them
// held up a slow phone's second visit: its first paint came at 648 ms, with these routes at
// 568 ms (CPU ÷4; BENCHMARKS.md, session 23). What is not kept goes to the network as it would.
// Every other request (config.json, datasets, other addresses) runs the fetch handler.
const STATIC_ROUTES = [
  ...FRONT_DOORS.map((path) => ({ condition: { requestMode: 'navigate', urlPattern: { pathname: path, search: '' } }, source: { cacheName: SHELL } })),
  ...['/*.js', '/*.css', '/*.wasm', '/locales/*'].map((pathname) => ({
    condition: { requestMethod: 'GET', urlPattern: { pathname, search: '' } },
    source: { cacheName: SHELL },
  })),
];

// On install, keep the shell at once: index.html and every file it names (the hashed glue and
// wasm that Trunk wrote into it, styles, leaflet.js, boot.js), config.json and every language's
// messages, so the first visit is enough.
self.addEventListener('install', (event) => {
  const routes = 'addRoutes' in event ? event.addRoutes(STATIC_ROUTES).catch(() => {}) : null;
  event.waitUntil(Promise.all([routes, precacheShell()]).then(() => self.skipWaiting()));
});

async function precacheShell() {
  const cache = await caches.open(SHELL);
  let html;
  try {
    const response = await fetch('/index.html', { cache: 'no-cache' });
    if (!response.ok) return;
    html = await response.clone().text();
    await Promise.all([INDEX_KEY, ...FRONT_DOORS].map((key) => cache.put(key, new Response(html, response))));
  } catch {
    return; // offline while installing: the fetch handler fills the cache later
  }
  // warm-intl.js is started by preload.js as a worker, so index.html does not name it.
  const files = new Set(['/config.json', '/warm-intl.js', ...LOCALES.map((l) => `/locales/${l}/main.ftl`)]);
  for (const m of html.matchAll(/\s(?:src|href|data-atlas-js|data-atlas-wasm)="([^"]+)"/g)) {
    const url = new URL(m[1], self.location.origin);
    if (url.origin === self.location.origin) files.add(url.pathname);
  }
  await Promise.all(
    [...files].map(async (file) => {
      try {
        const response = await fetch(file, { cache: 'no-cache' });
        if (response.ok) await cache.put(file, response);
      } catch {
        // one file missing: the app still works online; it is fetched (and kept) when used
      }
    }),
  );
}

self.addEventListener('activate', (event) => {
  const keep = new Set([SHELL, DATA, PENDING]);
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => !keep.has(n)).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

function isPackFile(url) {
  return url.pathname.endsWith('.pack') || url.pathname.endsWith('.sha256') || url.pathname.includes('.pack.d/');
}

function isDataset(url) {
  return url.pathname.endsWith('.json') && url.pathname !== '/config.json' && !url.pathname.startsWith('/schema/');
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // Test and fault endpoints of the test server, and the CSP report address, pass untouched.
  if (url.pathname.startsWith('/fault/') || url.pathname === '/csp-report') return;
  // A dataset's pack, its shards and the digest the pack is checked against (src/data.rs) pass
  // untouched: a kept digest would let an old pack pass as the dataset's. The app reads the
  // dataset itself, which this worker keeps, when the pack cannot be had.
  if (isPackFile(url)) return;
  if (request.mode === 'navigate') {
    // A client route (no file extension) is index.html; any other page is only passed through.
    const last = url.pathname.split('/').pop();
    // The shell itself is asked for, not the address: a language's address has its own page with
    // the build's first view (scripts/first-view.mjs), which a visit answered here does not need
    // (it has the kept view) and which must not be kept as the shell of every address.
    if (last === '' || url.pathname === '/index.html' || !last.includes('.')) {
      event.respondWith(fromCache(event, INDEX_KEY, INDEX_KEY, null));
    }
  } else if (isDataset(url)) {
    event.respondWith(dataset(event));
  } else if (url.pathname === '/config.json') {
    // Asked for by every visit (index.html preloads it), whichever way its page came: the
    // moment to look for a new release too.
    event.respondWith(fromCache(event, request, url.pathname, refreshShell));
  } else {
    event.respondWith(fromCache(event, request, url.pathname, null));
  }
});

// A new release (index.html names other hashed files): the whole shell is fetched and kept again.
async function refreshShell() {
  const [kept, fresh] = await Promise.all([caches.open(SHELL).then((c) => c.match(INDEX_KEY)), fetch('/index.html', { cache: 'no-cache' })]);
  if (!fresh.ok) return;
  if (!kept || (await kept.text()) !== (await fresh.text())) await precacheShell();
}

// The kept answer at once (fetched again in the background, with `refresh` run beside, when there
// is one), or the network's, which is kept. Without a kept answer and without a network, the
// request fails as it would.
async function fromCache(event, request, key, refresh) {
  const cache = await caches.open(SHELL);
  const kept = await cache.match(key);
  const update = async () => {
    const response = await fetch(request);
    if (response.ok) await cache.put(key, response.clone());
    return response;
  };
  if (!kept) return update();
  if (refresh) event.waitUntil(Promise.all([update(), refresh()]).catch(() => {}));
  return kept;
}

// A response with the same body and status and one more header.
function tagged(response, name, value) {
  const headers = new Headers(response.headers);
  headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

// Network answers kept aside, per URL, while they are being written.
const pendingWrites = new Map();

async function dataset(event) {
  const request = event.request;
  const key = request.url;
  if (request.headers.has('x-atlas-revalidate')) return revalidate(event, key);
  const kept = await caches.match(key, { cacheName: DATA });
  if (kept) return tagged(kept, 'x-atlas-cached', kept.headers.get('x-atlas-saved') ?? '1');
  const response = await fetch(request);
  if (!response.ok) return response;
  keepPending(event, key, response.clone());
  return tagged(response, 'x-atlas-pending', '1');
}

function keepPending(event, key, response) {
  const write = caches.open(PENDING).then((cache) => cache.put(key, response)).catch(() => {});
  pendingWrites.set(key, write);
  event.waitUntil(write);
}

// The app shows the kept copy and asks whether the network has a newer one.
async function revalidate(event, key) {
  let fresh;
  try {
    fresh = await fetch(key, { cache: 'no-cache', credentials: 'same-origin' });
  } catch {
    // No network: an answer rather than an error (which the console would report).
    return new Response(null, { status: 204, headers: { 'x-atlas-from-cache': '1' } });
  }
  if (!fresh.ok) return fresh;
  const kept = await caches.match(key, { cacheName: DATA });
  const body = await fresh.arrayBuffer();
  if (kept && sameBytes(body, await kept.arrayBuffer())) {
    return new Response(null, { status: 204, headers: { 'x-atlas-unchanged': '1' } });
  }
  const headers = new Headers(fresh.headers);
  keepPending(event, key, new Response(body.slice(0), { status: 200, headers }));
  headers.set('x-atlas-pending', '1');
  return new Response(body, { status: 200, headers });
}

function sameBytes(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  const x = new Uint8Array(a);
  const y = new Uint8Array(b);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

function saved(body, headers) {
  const h = new Headers(headers);
  h.set('Content-Type', 'application/json; charset=utf-8');
  h.set('x-atlas-saved', new Date().toISOString());
  h.delete('x-atlas-pending');
  return new Response(body, { headers: h });
}

// The app parsed and validated the dataset at `url`: it replaces the kept one. Its bytes come
// with the message on a first visit; otherwise they are the answer kept aside.
async function validated(url, body) {
  const data = await caches.open(DATA);
  if (body instanceof ArrayBuffer) {
    await data.put(url, saved(body, {}));
    return;
  }
  await pendingWrites.get(url);
  const pending = await caches.open(PENDING);
  const response = await pending.match(url);
  if (!response) return;
  await data.put(url, saved(response.body, response.headers));
  await pending.delete(url);
  pendingWrites.delete(url);
}

async function refused(url) {
  await pendingWrites.get(url);
  await (await caches.open(PENDING)).delete(url);
  pendingWrites.delete(url);
}

self.addEventListener('message', (event) => {
  const message = event.data;
  if (!message || typeof message.url !== 'string') return;
  let url;
  try {
    url = new URL(message.url);
  } catch {
    return;
  }
  if (url.origin !== self.location.origin) return;
  if (message.type === 'dataset-validated') event.waitUntil(validated(url.href, message.body));
  else if (message.type === 'dataset-refused') event.waitUntil(refused(url.href));
});
