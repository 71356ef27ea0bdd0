// The service worker: a person who opened the finder once can open it again without a network.
//
// - The app shell (the page, its hashed scripts, wasm, styles, leaflet.js, config.json): network
//   first, so a new release is picked up at once; each good answer is kept, and served when the
//   network cannot be reached. Every client route (/fi/, /en/services/x, ...) is the same
//   index.html, kept under one key.
// - Datasets (any other same-origin .json): network only while there is one; a copy is kept
//   only when the app has parsed and validated it and sends it (the "atlas-dataset-validated"
//   event of src/browser.rs, forwarded by public/boot.js), so a broken or truncated download
//   never replaces a good copy. Offline, the kept copy is answered with the header
//   x-atlas-from-cache, which the app shows as "you are offline: data from DATE".
// - An HTTP error (404, 500) is passed through unchanged: the app shows it and retries. Only an
//   unreachable network falls back to the cache.
// - Other origins (map tiles, an allowed foreign dataset) are not touched.
//
// Nothing personal is stored: the cache holds the app and the public dataset only.

const SHELL = 'atlas-shell-v1';
const DATA = 'atlas-data-v1';
const INDEX_KEY = '/index.html';

// On install, keep the shell at once: index.html and every file it names (the hashed glue and
// wasm that Trunk wrote into it, styles, leaflet.js, boot.js), so the first visit is enough.
self.addEventListener('install', (event) => {
  event.waitUntil(precacheShell().then(() => self.skipWaiting()));
});

async function precacheShell() {
  const cache = await caches.open(SHELL);
  let html;
  try {
    const response = await fetch('/index.html', { cache: 'no-cache' });
    if (!response.ok) return;
    html = await response.clone().text();
    await cache.put(INDEX_KEY, response);
  } catch {
    return; // offline while installing: the network-first handler fills the cache later
  }
  const files = new Set(['/config.json']);
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
  const keep = new Set([SHELL, DATA]);
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => !keep.has(n)).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

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
  if (request.mode === 'navigate') {
    // A client route (no file extension) is index.html; any other page is only passed through.
    const last = url.pathname.split('/').pop();
    if (last === '' || last === 'index.html' || !last.includes('.')) {
      event.respondWith(networkFirst(request, SHELL, INDEX_KEY));
    }
  } else if (isDataset(url)) {
    event.respondWith(dataset(request));
  } else {
    event.respondWith(networkFirst(request, SHELL, request));
  }
});

async function networkFirst(request, cacheName, key) {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const cache = await caches.open(cacheName);
      await cache.put(key, response.clone());
    }
    return response;
  } catch (err) {
    const cached = await caches.match(key, { cacheName });
    if (cached) return cached;
    throw err;
  }
}

async function dataset(request) {
  try {
    return await fetch(request);
  } catch (err) {
    const cached = await caches.match(request.url, { cacheName: DATA });
    if (!cached) throw err;
    const headers = new Headers(cached.headers);
    headers.set('x-atlas-from-cache', '1');
    return new Response(cached.body, { status: 200, headers });
  }
}

// The app parsed and validated the dataset at `url` (its own copy of the text, sent by
// public/boot.js): it replaces the kept one.
self.addEventListener('message', (event) => {
  const message = event.data;
  if (!message || message.type !== 'dataset-validated') return;
  if (typeof message.url !== 'string' || typeof message.text !== 'string') return;
  let url;
  try {
    url = new URL(message.url);
  } catch {
    return;
  }
  if (url.origin !== self.location.origin) return;
  const response = new Response(message.text, {
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'x-atlas-saved': new Date().toISOString() },
  });
  event.waitUntil(caches.open(DATA).then((cache) => cache.put(url.href, response)));
});
