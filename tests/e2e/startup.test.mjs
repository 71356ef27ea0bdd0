// The first view (issue 13): what the page asks for before the first list, and the second visit
// from the service worker's cache. Times are measured by the benchmark (bench/run.mjs), never here:
// these tests check what is asked for, how often and from where.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openApp, getServer, startServer } from './helpers.mjs';
import { resultCount, waitForResults, waitForPoints } from './finder-page.mjs';

/** A server of the test's own, so the test can take it away: a real loss of the network. */
async function ownServer(t) {
  const server = await startServer();
  let closed = false;
  t.after(() => (closed ? undefined : server.close()));
  return { server, goOffline: async () => { closed = true; await server.close(); } };
}



// The paths (without the query) asked for since `from` that pass `predicate`.
const requestsFor = (server, from, predicate) =>
  server.requests.slice(from).map((r) => r.path.split('?')[0]).filter(predicate);

test('the first view asks once for config.json, the dataset and its own language\'s messages, all preloaded', async (t) => {
  const server = await getServer();
  const before = server.requests.length;
  const { page } = await openApp(t, '/en/');
  await waitForResults(page);
  assert.deepEqual(requestsFor(server, before, (p) => p === '/config.json'), ['/config.json']);
  assert.deepEqual(requestsFor(server, before, (p) => p === '/data/atlas.json'), ['/data/atlas.json']);
  // Only the UI language's messages: the others are not in the wasm and not fetched.
  assert.deepEqual(requestsFor(server, before, (p) => p.startsWith('/locales/')), ['/locales/en/main.ftl']);
  // Each came from public/preload.js (the page's first script asks before the app has started:
  // config.json by fetch, whose answer it hands the app, the others as preloads), and the app
  // took those answers rather than asking again.
  const initiators = await page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('resource')
        .filter((r) => /\/(config|atlas)\.json$|\.ftl$/.test(r.name))
        .map((r) => [new URL(r.name).pathname, r.initiatorType]),
    ),
  );
  assert.deepEqual(initiators, { '/config.json': 'fetch', '/data/atlas.json': 'link', '/locales/en/main.ftl': 'link' });
  // The startup marks the benchmark reads, in their order.
  const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name));
  const order = ['atlas:script-start', 'atlas:boot', 'atlas:wasm-ready', 'atlas:translations-ready', 'atlas:mounted', 'atlas:dataset-received', 'atlas:dataset-ready'];
  assert.deepEqual(marks.filter((m) => order.includes(m)), order);
});

test('the first list is drawn before Leaflet runs and before the filters are built; then both come', async (t) => {
  const { page } = await openApp(t, '/fixtures/blank.html');
  // What the page held when the first entry of the list appeared: seen by a MutationObserver,
  // which runs before the browser draws that change.
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('#results > li')) return;
      window.__atFirstList = {
        leaflet: 'L' in window,
        leafletScript: document.querySelector('script[src$="/leaflet.js"]') !== null,
        filters: document.querySelector('#filters-panel')?.children.length ?? -1,
      };
      observer.disconnect();
    });
    observer.observe(document, { subtree: true, childList: true });
  });
  await page.goto(new URL('/en/', page.url()).href);
  await waitForResults(page);
  assert.deepEqual(await page.evaluate(() => window.__atFirstList), { leaflet: false, leafletScript: false, filters: 0 });
  // Then the filters and the map come, with Leaflet from the page's preload (one request).
  await page.locator('#finder-q').waitFor();
  await waitForPoints(page);
  const leaflet = await page.evaluate(() =>
    performance.getEntriesByType('resource').filter((r) => r.name.endsWith('/leaflet.js')).map((r) => r.initiatorType),
  );
  assert.deepEqual(leaflet, ['link']);
});

test('a ?data= dataset on this origin is preloaded in place of the default one', async (t) => {
  const server = await getServer();
  const before = server.requests.length;
  const { page } = await openApp(t, `/en/?data=${encodeURIComponent('/fixtures/mixed.json')}`);
  await waitForResults(page);
  assert.deepEqual(requestsFor(server, before, (p) => p.endsWith('.json') && p !== '/config.json'), ['/fixtures/mixed.json']);
});

test('switching the language fetches that language\'s messages, then shows it', async (t) => {
  const server = await getServer();
  const before = server.requests.length;
  const { page } = await openApp(t, '/en/');
  await waitForResults(page);
  await page.locator('.language-menu a[hreflang=sv]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'sv');
  await page.locator('#page-title').waitFor();
  assert.notEqual(await page.locator('#page-title').textContent(), '');
  assert.deepEqual(requestsFor(server, before, (p) => p.startsWith('/locales/')), ['/locales/en/main.ftl', '/locales/sv/main.ftl']);
});

/** One visit that leaves the service worker in control with the dataset kept. */
async function firstVisit(t, server, extra = {}) {
  const app = await openApp(t, `${server.url}/en/`, {
    serviceWorkers: 'allow',
    allowOrigins: [server.origin],
    ignoreErrors: [/\/tiles\//, /favicon\.ico/],
    ...extra,
  });
  await waitForResults(app.page);
  await app.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await app.page.waitForFunction(async () => {
    const cache = await caches.open('atlas-data-v1');
    return (await cache.keys()).some((r) => r.url.endsWith('/data/atlas.json'));
  });
  return app;
}

test('second visit: the shell and the dataset come from the service worker at once; the network is asked after', async (t) => {
  const { server } = await ownServer(t);
  const { page } = await firstVisit(t, server);
  const online = await resultCount(page);
  const dataset = [];
  page.on('response', (r) => {
    if (new URL(r.url()).pathname === '/data/atlas.json') dataset.push({ sw: r.fromServiceWorker(), headers: r.headers() });
  });
  const navigation = await page.reload();
  assert.ok(navigation.fromServiceWorker(), 'the page comes from the worker');
  await waitForResults(page);
  assert.equal(await resultCount(page), online);
  await page.waitForFunction(() => performance.getEntriesByName('atlas:revalidated-unchanged').length > 0);
  assert.ok(dataset.length >= 1);
  assert.ok(dataset[0].sw && 'x-atlas-cached' in dataset[0].headers, 'the first answer is the kept copy');
  assert.equal(await page.locator('[data-testid=data-date] strong').count(), 0, 'online: no offline note');
});

test('a newer dataset replaces the shown one only once it has loaded and validated', async (t) => {
  const { server, goOffline } = await ownServer(t);
  const { page, context } = await firstVisit(t, server);
  const online = await resultCount(page);
  // The next visit's network has a newer dataset: the same with fewer services.
  const data = JSON.parse(fs.readFileSync(path.join(server.root, 'data', 'atlas.json'), 'utf8'));
  data.services = data.services.slice(0, Math.floor(data.services.length / 2));
  await context.route('**/data/atlas.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(data) }),
  );
  await page.reload();
  await waitForResults(page);
  await page.waitForFunction(() => performance.getEntriesByName('atlas:revalidated-newer').length > 0);
  await page.waitForFunction((n) => {
    const m = /\d+/.exec(document.querySelector('[data-testid=result-count]')?.textContent ?? '');
    return m && Number(m[0]) < n;
  }, online);
  const newer = await resultCount(page);
  assert.ok(newer < online, `${newer} < ${online}`);
  await context.unroute('**/data/atlas.json');
  // It is the kept copy now: offline, the newer dataset opens.
  await page.waitForFunction(async () => (await (await caches.open('atlas-pending-v1')).keys()).length === 0);
  await goOffline();
  await page.reload();
  await waitForResults(page);
  assert.equal(await resultCount(page), newer);
});
