// Broken networks: dataset errors get a clear message, an automatic retry with back-off and a
// manual retry; the finder opens offline after one visit (public/sw.js); failing tiles leave a
// usable map and no request loop.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, getServer, startServer, waitUntil } from './helpers.mjs';
import { resultCount, waitForResults, waitForPoints, mapView, waitForPaint } from './finder-page.mjs';

/** A server of the test's own, so the test can take it away: a real loss of the network. */
async function ownServer(t) {
  const server = await startServer();
  let closed = false;
  t.after(() => (closed ? undefined : server.close()));
  return { server, goOffline: async () => { closed = true; await server.close(); } };
}

test('404: a clear message and a manual retry; no automatic retry (it would not help)', async (t) => {
  const { page } = await openApp(t, `/en/?data=${encodeURIComponent('/fault/status/404')}`);
  const alert = page.locator('[data-testid=load-error]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /404/);
  assert.ok(await page.getByRole('button', { name: 'Try again' }).isVisible());
  assert.equal(await page.locator('[data-testid=auto-retry]').count(), 0);
});

test('500, then the server recovers: the automatic retry loads the data without a click', async (t) => {
  const { page, context } = await openApp(t, '/fixtures/blank.html', { ignoreErrors: [/status of 500/] });
  // The page's clock is Playwright's: it runs as usual, and the test jumps the retry's delay.
  await page.clock.install();
  let failures = 1;
  await context.route('**/data/atlas.json', (route) => (failures-- > 0 ? route.fulfill({ status: 500, body: 'down' }) : route.continue()));
  await page.goto(new URL('/en/', page.url()).href);
  const alert = page.locator('[data-testid=load-error]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /500/);
  assert.match(await page.locator('[data-testid=auto-retry]').textContent(), /automatically in \u2068?5\u2069? seconds/);
  assert.equal(failures, 0, 'one request so far: the retry waits');
  // The five seconds pass at once: the retry fires then, without a click.
  await page.clock.fastForward(5_000);
  await waitForResults(page);
  assert.ok((await resultCount(page)) >= 40);
  assert.equal(failures, -1, 'exactly one more request: the automatic retry');
});

test('a truncated body: "damaged" with a retry', async (t) => {
  const { page } = await openApp(t, `/en/?data=${encodeURIComponent('/fault/truncated')}`);
  const alert = page.locator('[data-testid=load-error]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /damaged/);
  await page.locator('[data-testid=auto-retry]').waitFor();
  assert.ok(await page.getByRole('button', { name: 'Try again' }).isVisible());
});

test('a server that never answers: after the timeout, a network message and a retry', async (t) => {
  const { page } = await openApp(t, '/fixtures/blank.html', { ignoreErrors: [/fault\/hang/] });
  // The page's clock is Playwright's: the test jumps the app's 20 s wait for an answer.
  await page.clock.install();
  const asked = page.waitForRequest((r) => r.url().endsWith('/fault/hang'));
  await page.goto(new URL(`/en/?data=${encodeURIComponent('/fault/hang')}`, page.url()).href);
  await page.locator('[data-testid=loading]').waitFor();
  // The request for the dataset is out (the app starts its timer just before sending it)...
  await asked;
  const alert = page.locator('[data-testid=load-error]');
  assert.equal(await alert.count(), 0, 'no error while the wait lasts');
  // ...and twenty seconds pass without an answer.
  await page.clock.fastForward(20_000);
  await alert.waitFor();
  assert.ok(await page.getByRole('button', { name: 'Try again' }).isVisible());
  await page.locator('[data-testid=auto-retry]').waitFor();
});

test('tiles that fail leave a usable map, list and markers, and are not asked for again and again', async (t) => {
  const server = await getServer();
  const { page } = await openApp(t, '/fixtures/blank.html', {
    config: { tile_url: `${server.origin}/fault/tiles/{z}/{x}/{y}.png` },
  });
  const before = server.requests.length;
  await page.goto(new URL('/en/', page.url()).href);
  await waitForResults(page);
  await waitForPoints(page);
  await page.waitForLoadState('networkidle');
  const tiles = server.requests.slice(before).filter((r) => r.path.startsWith('/fault/tiles/')).map((r) => r.path);
  assert.ok(tiles.length > 0, 'tiles were asked for');
  assert.equal(new Set(tiles).size, tiles.length, `each failing tile asked for once: ${tiles.length} requests`);
  // The map still works: zoom in with the keyboard-free control, markers are still there.
  const shown = await mapView(page);
  await page.locator('.leaflet-control-zoom-in').click();
  const after = await waitForPaint(page, shown.draw, shown.zoom);
  assert.ok(after.points > 0, 'points painted at the new zoom');
  assert.ok((await resultCount(page)) >= 40);
});

test('offline after one visit: the finder opens with the kept data and says when it is from', async (t) => {
  const { server, goOffline } = await ownServer(t);
  const { page } = await openApp(t, `${server.url}/en/`, {
    serviceWorkers: 'allow',
    allowOrigins: [server.origin],
    // Offline, the tile stub cannot be reached: the browser notes each failed tile, and its own
    // request for a favicon.
    ignoreErrors: [/\/tiles\//, /favicon\.ico/],
  });
  await waitForResults(page);
  const online = await resultCount(page);
  assert.match(await page.locator('[data-testid=data-date]').textContent(), /Data from \u2068?[A-Z][a-z]{2} \d{1,2}, \d{4}/);
  assert.equal(await page.locator('[data-testid=data-date] strong').count(), 0, 'online: no offline note');
  // The worker controls the page and keeps the validated dataset.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await waitUntil(
    page,
    async () => (await (await caches.open('atlas-data-v1')).keys()).some((r) => r.url.endsWith('/data/atlas.json')),
    null,
    { what: 'the worker keeping the dataset' },
  );

  await goOffline();
  await page.reload();
  await waitForResults(page);
  assert.equal(await resultCount(page), online, 'the same services as online');
  // The kept copy is shown at once; the note follows when the check with the network fails.
  await page.locator('[data-testid=data-date] strong').waitFor();
  const date = await page.locator('[data-testid=data-date]').textContent();
  assert.match(date, /You are offline/);
  assert.match(date, /Data from \u2068?[A-Z][a-z]{2} \d{1,2}, \d{4}/);
  // A client route that was never opened online is the same app.
  await page.goto(`${server.url}/en/data`);
  await page.locator('main h1').waitFor();
});

test('a damaged download never replaces the kept dataset', async (t) => {
  const { server, goOffline } = await ownServer(t);
  const { page, context } = await openApp(t, `${server.url}/en/`, {
    serviceWorkers: 'allow',
    allowOrigins: [server.origin],
    ignoreErrors: [/\/tiles\//, /favicon\.ico/],
  });
  await waitForResults(page);
  const online = await resultCount(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await waitUntil(page, async () => (await (await caches.open('atlas-data-v1')).keys()).length > 0, null, {
    what: 'the worker keeping the dataset',
  });
  // Next visit: the network's dataset arrives truncated. The kept copy is shown at once, and the
  // check in the background refuses the damaged download...
  let damaged = 0;
  await context.route('**/data/atlas.json', async (route) => {
    damaged++;
    const response = await route.fetch();
    const body = await response.text();
    return route.fulfill({ response, body: body.slice(0, body.length / 2) });
  });
  await page.reload();
  await waitForResults(page);
  assert.equal(await resultCount(page), online, 'the kept copy is shown');
  await page.waitForFunction(() => performance.getEntriesByName('atlas:revalidated-refused').length > 0);
  assert.ok(damaged > 0, 'the damaged download was asked for');
  assert.equal(await page.locator('[data-testid=load-error]').count(), 0, 'the kept copy stays on the screen');
  assert.equal(await resultCount(page), online);
  await context.unroute('**/data/atlas.json');
  // ...and offline, the kept copy is the good one.
  await goOffline();
  await page.reload();
  await waitForResults(page);
  assert.equal(await resultCount(page), online);
});
