// The first view (issue 13): what the page asks for before the first list, and the second visit
// from the service worker's cache. Times are measured by the benchmark (bench/run.mjs), never here:
// these tests check what is asked for, how often and from where.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openApp, getServer, startServer, waitUntil } from './helpers.mjs';
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
  // Each was preloaded before the app started (config.json by index.html's head, whose answer
  // public/preload.js's fetch takes and hands the app; the others by preload.js), and the app
  // took those answers rather than asking again.
  const initiators = await page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('resource')
        .filter((r) => /\/(config|atlas)\.json$|\.ftl$/.test(r.name))
        .map((r) => [new URL(r.name).pathname, r.initiatorType]),
    ),
  );
  assert.deepEqual(initiators, { '/config.json': 'link', '/data/atlas.json': 'link', '/locales/en/main.ftl': 'link' });
  // The worker that makes the browser's international data ready off the main thread, once.
  assert.deepEqual(requestsFor(server, before, (p) => p === '/warm-intl.js'), ['/warm-intl.js']);
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

test('Leaflet is fetched ahead only where the map shows beside the list: a phone asks for it after its first list', async (t) => {
  for (const [viewport, ahead] of [[{ width: 360, height: 740 }, false], [{ width: 1280, height: 800 }, true]]) {
    const { page, context } = await openApp(t, '/fixtures/blank.html', { viewport });
    await page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector('#results > li')) return;
        window.__firstListAt = performance.now();
        observer.disconnect();
      });
      observer.observe(document, { subtree: true, childList: true });
    });
    await page.goto(new URL('/en/', page.url()).href);
    await waitForResults(page);
    // Leaflet is there all the same once the first list has painted (the filters come after it).
    await page.waitForFunction(() => 'L' in window);
    const { asked, listAt } = await page.evaluate(() => ({
      asked: performance.getEntriesByType('resource').filter((r) => r.name.endsWith('/leaflet.js')).map((r) => [r.initiatorType, r.startTime]),
      listAt: window.__firstListAt,
    }));
    assert.equal(asked.length, 1, `${viewport.width} px: one request for leaflet.js`);
    const [initiator, at] = asked[0];
    if (ahead) assert.ok(initiator === 'link' && at < listAt, `${viewport.width} px: preloaded (${initiator} at ${at} ms, list at ${listAt} ms)`);
    else assert.ok(initiator === 'script' && at > listAt, `${viewport.width} px: asked for after the first list (${initiator} at ${at} ms, list at ${listAt} ms)`);
    await context.close();
  }
});

test('on a desktop the map\'s points are drawn before the filters are built', async (t) => {
  const { page } = await openApp(t, '/fixtures/blank.html');
  // Whether the filters were there when the first points were painted (the canvas's
  // `data-points` is set as it paints).
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('canvas.atlas-points[data-points]:not([data-points="0"])')) return;
      window.__filtersAtFirstPoints = document.querySelector('#finder-place') !== null;
      observer.disconnect();
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-points'] });
  });
  await page.goto(new URL('/en/', page.url()).href);
  await waitForPoints(page);
  await page.locator('#finder-place').waitFor();
  assert.equal(await page.evaluate(() => window.__filtersAtFirstPoints), false);
});

test('when Leaflet cannot be had, the filters are built all the same and the search works', async (t) => {
  const { page } = await openApp(t, '/fixtures/blank.html', { ignoreErrors: [/leaflet\.js|Failed to load resource/] });
  await page.route('**/leaflet.js', (route) => route.abort());
  await page.goto(new URL('/en/', page.url()).href);
  await waitForResults(page);
  const all = await resultCount(page);
  await page.locator('#finder-q').fill('zzzz-no-such-service');
  await page.waitForFunction((n) => document.querySelector('#result-count')?.textContent.match(/\d+/)?.[0] !== String(n), all);
  assert.equal(await page.evaluate(() => 'L' in window), false);
  assert.equal(await page.locator('.leaflet-container').count(), 0);
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
  await waitUntil(
    app.page,
    async () => (await (await caches.open('atlas-data-v1')).keys()).some((r) => r.url.endsWith('/data/atlas.json')),
    null,
    { what: 'the worker keeping the dataset' },
  );
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
  // The page and the shell's files by the worker's static routes, from its cache without running
  // its script; config.json through its fetch handler, which looks for a new release.
  const sources = await page.evaluate(() =>
    Object.fromEntries(
      [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((e) => [
        new URL(e.name).pathname.replace(/-[0-9a-f]{16}/, ''),
        e.workerFinalSourceType,
      ]),
    ),
  );
  assert.deepEqual(
    ['/en/', '/kept-view.js', '/main.css', '/integration-atlas_bg.wasm', '/locales/en/main.ftl', '/config.json', '/data/atlas.json'].map((p) => [p, sources[p]]),
    [['/en/', 'cache'], ['/kept-view.js', 'cache'], ['/main.css', 'cache'], ['/integration-atlas_bg.wasm', 'cache'], ['/locales/en/main.ftl', 'cache'], ['/config.json', ''], ['/data/atlas.json', '']],
  );
  await page.waitForFunction(() => performance.getEntriesByName('atlas:revalidated-unchanged').length > 0);
  assert.ok(dataset.length >= 1);
  assert.ok(dataset[0].sw && 'x-atlas-cached' in dataset[0].headers, 'the first answer is the kept copy');
  assert.equal(await page.locator('[data-testid=data-date] strong').count(), 0, 'online: no offline note');
});

test('second visit to a language\'s address: the worker refreshes the plain shell, not that address\'s page with its first view', async (t) => {
  const { server } = await ownServer(t);
  const { page } = await firstVisit(t, server);
  const before = server.requests.length;
  const navigation = await page.reload();
  assert.ok(navigation.fromServiceWorker(), 'the page comes from the worker');
  await waitForResults(page);
  // The worker's background refresh of the page it answered with.
  const asked = () => requestsFor(server, before, (p) => p === '/index.html' || p === '/en/' || p.endsWith('_bg.wasm'));
  for (const end = Date.now() + 10_000; asked().length === 0; ) {
    assert.ok(Date.now() < end, 'the worker refreshed the page it answered with within 10 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  // Kept under one key for every address, the shell would differ from /en/'s page on every
  // visit, and the worker would download the whole app again each time.
  assert.deepEqual(asked(), ['/index.html']);
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
  // The kept view (public/kept-view.js) of the older list is forgotten and the newer one kept.
  await page.waitForFunction((n) => {
    const count = (node) =>
      Array.isArray(node)
        ? (node[1]?.class ?? '').split(' ').includes('result-count')
          ? Number(/\d+/.exec(node.slice(2).join(''))?.[0])
          : node.slice(2).map(count).find((c) => c !== undefined)
        : undefined;
    const view = JSON.parse(localStorage.getItem('atlas-kept-view') ?? 'null');
    return view && view.tree.map(count).find((c) => c !== undefined) === n;
  }, newer);
  await context.unroute('**/data/atlas.json');
  // It is the kept copy now: offline, the newer dataset opens.
  await waitUntil(page, async () => (await (await caches.open('atlas-pending-v1')).keys()).length === 0, null, {
    what: 'the pending copy taken in',
  });
  await goOffline();
  await page.reload();
  await waitForResults(page);
  assert.equal(await resultCount(page), newer);
});

// The kept view (public/kept-view.js): the last unfiltered list, shown on the next visit to its
// address before the app has run, over the app until its own list is drawn.

/** The kept view in the page's local storage, or null. */
const keptView = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('atlas-kept-view') ?? 'null'));

/** Records, in the page, what the kept view showed when it appeared (before the app's list). */
async function watchKeptView(page) {
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      const kept = document.querySelector('#boot.is-kept .kept-view');
      if (!kept || window.__kept) return;
      window.__kept = {
        wasmRan: performance.getEntriesByName('atlas:wasm-ready').length > 0,
        mounted: performance.getEntriesByName('atlas:mounted').length > 0,
        // The site's page links (folded under "Menu" on a phone, by class: a view has no ids).
        pagesShown: (() => {
          const nav = kept.querySelector('nav.site-pages');
          return nav ? getComputedStyle(nav).display !== 'none' : null;
        })(),
        appList: document.querySelectorAll('#results > li').length,
        names: [...kept.querySelectorAll('.result-name')].map((n) => n.textContent),
        count: kept.querySelector('.result-count')?.textContent ?? null,
        inert: kept.inert && kept.getAttribute('aria-hidden') === 'true',
        ids: kept.querySelectorAll('[id], [data-testid]').length,
        badges: kept.querySelectorAll('.badge').length,
        // The map's points, painted in the view (pixels painted; none where there is no map).
        points: (() => {
          const c = kept.querySelector('.map canvas.kept-points');
          return c ? c.getContext('2d').getImageData(0, 0, c.width, c.height).data.filter((a, i) => i % 4 === 3 && a > 128).length : 0;
        })(),
        status: document.querySelector('#boot.is-kept .boot-text')?.textContent ?? null,
      };
    });
    observer.observe(document, { subtree: true, childList: true });
  });
}

const listNames = (page) => page.locator('#results > li .result-name').allTextContents();

test('second visit: the last list is on the screen before the app has run, then the app\'s own takes its place', async (t) => {
  const { server } = await ownServer(t);
  const { page } = await firstVisit(t, server);
  // The first visit kept its first list (unfiltered: /en/).
  await page.waitForFunction(() => localStorage.getItem('atlas-kept-view') !== null);
  assert.equal((await keptView(page)).address, '/en/');
  const names = await listNames(page);
  const count = await page.locator('[data-testid=result-count]').textContent();
  // What began below the first screen is not kept: no footer.
  assert.doesNotMatch(JSON.stringify((await keptView(page)).tree), /"footer"/);
  await watchKeptView(page);
  await page.reload();
  await waitForResults(page);
  const seen = await page.evaluate(() => window.__kept);
  assert.ok(seen, 'the kept view was shown');
  // The first screen of it: the entries that began within the window's height.
  assert.ok(seen.names.length >= 1 && seen.names.length < names.length, `${seen.names.length} entries kept of ${names.length}`);
  assert.deepEqual(
    { wasmRan: seen.wasmRan, appList: seen.appList, names: seen.names, count: seen.count },
    { wasmRan: false, appList: 0, names: names.slice(0, seen.names.length), count },
    'the last list, before the wasm ran',
  );
  assert.deepEqual({ inert: seen.inert, ids: seen.ids, badges: seen.badges }, { inert: true, ids: 0, badges: 0 }, 'inert, no ids or test ids, no open-now badges');
  // A desktop's kept view has the map's points the last visit painted.
  assert.ok(seen.points > 500, `${seen.points} pixels of points in the kept view`);
  assert.equal(seen.status, 'Loading the services…');
  // The app's own list takes its place: the screen is gone, the list is the same.
  await page.locator('#boot').waitFor({ state: 'detached' });
  assert.deepEqual(await listNames(page), names);
  assert.equal(await page.locator('.kept-view').count(), 0);
});

test('kept views: only an unfiltered list; another release\'s or another address\'s is not shown, a forged one not as it is', async (t) => {
  const { server } = await ownServer(t);
  const { page } = await firstVisit(t, server);
  await page.waitForFunction(() => localStorage.getItem('atlas-kept-view') !== null);
  const kept = await keptView(page);
  // A search is the person's: it is not kept.
  await page.goto(`${server.url}/en/?q=advice&language=uk`);
  await waitForResults(page);
  assert.deepEqual(await keptView(page), kept);
  // A kept view written by anyone on this origin is read as untrusted: no script, no handler, no
  // javascript: link, no inline style; a text stays a text.
  const forged = {
    release: kept.release,
    address: '/en/',
    tree: [
      ['main', { class: 'forged', onclick: 'alert(1)', style: 'color:red', id: 'main' },
        ['script', {}, 'alert(2)'],
        ['img', { src: 'x', onerror: 'alert(3)' }],
        // The map's points: numbers painted, nothing else taken from it; a box beyond reason is not made.
        ['canvas', { 'data-box': '20 10', 'data-marks': '50 50 30;x y z;<b>', onclick: 'alert(6)', class: 'forged-points' }],
        ['canvas', { 'data-box': '1e9 1e9', 'data-marks': '50 50 30' }],
        ['a', { href: 'javascript:alert(4)', class: 'bad-link' }, 'x'],
        ['a', { href: '//elsewhere.example/x', class: 'far-link' }, 'y'],
        ['a', { href: '/en/services/ok', class: 'good-link' }, 'z'],
        ['p', { class: 'text' }, '<img src=x onerror=alert(5)>'],
        ['iframe', { src: '/' }],
        { not: 'a node' },
      ],
    ],
  };
  const put = (view) => page.evaluate((v) => localStorage.setItem('atlas-kept-view', JSON.stringify(v)), view);
  await put(forged);
  await watchKeptView(page);
  await page.addInitScript(() => {
    new MutationObserver((_, o) => {
      const main = document.querySelector('.kept-view main.forged');
      if (!main) return;
      o.disconnect();
      window.__forged = {
        html: main.outerHTML,
        elements: [...main.querySelectorAll('*')].map((e) => e.localName),
        hrefs: [...main.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      };
    }).observe(document, { subtree: true, childList: true });
  });
  await page.goto(`${server.url}/en/`);
  await waitForResults(page);
  const shown = await page.evaluate(() => window.__forged);
  assert.ok(shown, 'the forged view was built');
  assert.deepEqual(shown.elements, ['canvas', 'a', 'a', 'a', 'p']);
  assert.deepEqual(shown.hrefs, [null, null, '/en/services/ok']);
  assert.match(shown.html, /<canvas class="kept-points" dir="ltr" width="\d+" height="\d+" style="width: 20px; height: 10px;"><\/canvas>/);
  assert.doesNotMatch(shown.html, /onclick|color|id=|onerror=alert\(3|script|forged-points|data-marks/);
  assert.match(shown.html, /&lt;img src=x onerror=alert\(5\)&gt;/);
  // That visit kept its own list in place of the forged one.
  await page.waitForFunction(() => !localStorage.getItem('atlas-kept-view').includes('forged'));
  // Another release's view, another address's, or one too deep to build is not shown (and
  // raises no error: the test's end checks the page's errors).
  const n = 50000;
  const tooDeep = `{"release":${JSON.stringify(kept.release)},"address":"/en/","tree":[${'["span",{},'.repeat(n)}"x"${']'.repeat(n)}]}`;
  for (const view of [{ ...forged, release: '/another-release_bg.wasm' }, { ...forged, address: '/fi/' }, tooDeep]) {
    if (typeof view === 'string') await page.evaluate((v) => localStorage.setItem('atlas-kept-view', v), view);
    else await put(view);
    await page.reload();
    await waitForResults(page);
    assert.equal(await page.evaluate(() => window.__kept), undefined, JSON.stringify(view).slice(0, 80));
    await page.waitForFunction(() => !localStorage.getItem('atlas-kept-view').includes('forged'));
  }
});

test('a kept view does not hide a failure: with neither the network nor a kept dataset, the error shows', async (t) => {
  const { server, goOffline } = await ownServer(t);
  // The dataset's request fails (the browser says so in the console): that is the point.
  const { page } = await firstVisit(t, server, { ignoreErrors: [/\/tiles\//, /favicon\.ico/, /ERR_FAILED \(.*\/data\/atlas\.json\)/] });
  await page.waitForFunction(() => localStorage.getItem('atlas-kept-view') !== null);
  await page.evaluate(async () => {
    const data = await caches.open('atlas-data-v1');
    for (const r of await data.keys()) await data.delete(r);
  });
  await goOffline();
  await watchKeptView(page);
  await page.reload();
  await page.locator('[data-testid=load-error]').waitFor();
  assert.ok(await page.evaluate(() => window.__kept), 'the kept view was shown first');
  assert.equal(await page.locator('#boot').count(), 0);
  assert.equal(await page.getByRole('alert').isVisible(), true);
});

// The published first view (scripts/first-view.mjs): each language's address has its own page
// with the finder's first screen as the release build drew it, shown on a first visit's loading
// screen once config.json names the dataset it was drawn from.

for (const [lang, loading] of [['en', 'Loading the services…'], ['ar', 'جارٍ تحميل الخدمات…']]) {
  test(`first visit on a phone (${lang}): the build's first view of the list is on the screen before the app's own, which then takes its place`, async (t) => {
    const { page } = await openApp(t, `/${lang}/`, { viewport: { width: 360, height: 740 }, beforeGoto: watchKeptView });
    await waitForResults(page);
    const seen = await page.evaluate(() => window.__kept);
    assert.ok(seen, 'the first view was shown');
    const names = await listNames(page);
    const count = await page.locator('[data-testid=result-count]').textContent();
    assert.ok(seen.names.length >= 1 && seen.names.length < names.length, `${seen.names.length} entries of ${names.length}`);
    // Before the app was mounted (it waits for config.json, which may come after the wasm).
    assert.deepEqual(
      { mounted: seen.mounted, appList: seen.appList, names: seen.names, count: seen.count },
      { mounted: false, appList: 0, names: names.slice(0, seen.names.length), count },
      'the list the app draws, before the app was mounted',
    );
    assert.deepEqual({ inert: seen.inert, ids: seen.ids, badges: seen.badges }, { inert: true, ids: 0, badges: 0 }, 'inert, no ids or test ids, no open-now badges');
    // Drawn on a desktop, shown with a phone's styles: the page links folded.
    assert.equal(seen.pagesShown, false);
    assert.equal(seen.status, loading);
    assert.equal(await page.evaluate(() => performance.getEntriesByName('atlas:first-view-shown').length), 1);
    await page.locator('#boot').waitFor({ state: 'detached' });
    assert.equal(await page.locator('.kept-view').count(), 0);
    assert.equal(await page.evaluate(() => document.documentElement.dir), lang === 'ar' ? 'rtl' : 'ltr');
  });
}

test('first visit on a desktop: the build\'s first view has the map\'s points, where the app then paints them', async (t) => {
  // When the view's points appear: whether the app had mounted, where they lie in the view's
  // map, and what they show (each CSS pixel).
  const watchPoints = (page) =>
    page.addInitScript(() => {
      new MutationObserver((_, o) => {
        const points = document.querySelector('.kept-view .map canvas.kept-points');
        if (!points) return;
        o.disconnect();
        const map = points.closest('.map');
        const [box, at] = [map.getBoundingClientRect(), points.getBoundingClientRect()];
        const c = Object.assign(document.createElement('canvas'), { width: Math.round(at.width), height: Math.round(at.height) });
        c.getContext('2d').drawImage(points, 0, 0, c.width, c.height);
        window.__points = {
          mounted: performance.getEntriesByName('atlas:mounted').length > 0,
          // The map's box inside its border, as Leaflet's map measures it.
          box: { size: [map.clientWidth, map.clientHeight], offset: [map.clientLeft, map.clientTop] },
          size: [c.width, c.height],
          offset: [at.left - box.left, at.top - box.top].map(Math.round),
        };
        window.__pointsPixels = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      }).observe(document, { subtree: true, childList: true });
    });
  const { page } = await openApp(t, '/en/', { viewport: { width: 1280, height: 800 }, beforeGoto: watchPoints });
  await waitForPoints(page);
  const seen = await page.evaluate(() => window.__points);
  assert.ok(seen, 'the view had the map\'s points');
  assert.equal(seen.mounted, false, 'before the app was mounted');
  // Drawn at this size: they fill the map's box exactly.
  assert.deepEqual({ size: seen.size, offset: seen.offset }, seen.box);
  // What the app then paints in the same box, from its own canvas (which reaches beyond the box),
  // beside the view's: pixels painted in either, and those that differ (painted in one and not
  // the other, or of another colour).
  const compared = await page.evaluate(() => {
    const map = document.querySelector('#results').closest('.finder').querySelector('.map');
    const points = map.querySelector('canvas.atlas-points');
    const [box, at] = [map.getBoundingClientRect(), points.getBoundingClientRect()];
    const [left, top] = [box.left + map.clientLeft, box.top + map.clientTop];
    const c = Object.assign(document.createElement('canvas'), { width: map.clientWidth, height: map.clientHeight });
    const [sx, sy] = [points.width / at.width, points.height / at.height];
    c.getContext('2d').drawImage(points, (left - at.left) * sx, (top - at.top) * sy, c.width * sx, c.height * sy, 0, 0, c.width, c.height);
    const [app, view] = [c.getContext('2d').getImageData(0, 0, c.width, c.height).data, window.__pointsPixels];
    let [painted, differ] = [0, 0];
    for (let i = 0; i < app.length; i += 4) {
      const [a, b] = [app[i + 3] > 128, view[i + 3] > 128];
      if (a || b) painted += 1;
      if (a !== b || (a && [0, 1, 2].some((k) => Math.abs(app[i + k] - view[i + k]) > 48))) differ += 1;
    }
    return { painted, differ };
  });
  assert.ok(compared.painted > 500, `${compared.painted} pixels of points`);
  // The same points in the same places, in the same look (public/kept-view.js paints them as
  // src/map/points.rs does).
  assert.ok(compared.differ < compared.painted / 50, `${compared.differ} pixels differ of ${compared.painted} painted`);
  await page.locator('#boot').waitFor({ state: 'detached' });
  assert.equal(await page.locator('canvas.kept-points').count(), 0);
});

test('the first view is not shown where config.json names another dataset, nor on a filtered address', async (t) => {
  // A deployment naming its own dataset: the build's list is not its list.
  const other = await openApp(t, '/en/', { config: { dataset_url: '/fixtures/mixed.json' }, beforeGoto: watchKeptView });
  await waitForResults(other.page);
  assert.ok(await other.page.evaluate(() => document.getElementById('atlas-first-view') !== null), "the language's own page, with its first view");
  assert.equal(await other.page.evaluate(() => window.__kept), undefined);
  // A search is not the build's view either (its page is the plain index.html or not, the address differs).
  const filtered = await openApp(t, '/en/?q=helsinki', { beforeGoto: watchKeptView });
  await waitForResults(filtered.page);
  assert.equal(await filtered.page.evaluate(() => window.__kept), undefined);
  // The plain shell (any other address) has none.
  const plain = await openApp(t, '/en/actors', { beforeGoto: watchKeptView });
  await plain.page.locator('main h1').waitFor();
  assert.equal(await plain.page.evaluate(() => document.getElementById('atlas-first-view')), null);
});

test('when the app\'s code cannot be had, the loading screen says so in the path\'s language, with a link that tries again', async (t) => {
  const ftl = (lang) => fs.readFileSync(new URL(`../../locales/${lang}/main.ftl`, import.meta.url), 'utf8');
  const message = (lang, key) => new RegExp(`^${key} = (.*)$`, 'm').exec(ftl(lang))[1];
  const wasm = /integration-atlas-[0-9a-f]+_bg\.wasm$/;
  for (const [lang, viewport] of [['ar', { width: 360, height: 740 }], ['uk', { width: 1280, height: 800 }]]) {
    // The failed download, and the app's own word on it, in the console: that is the point.
    const { page, context } = await openApp(t, `/${lang}/`, {
      viewport,
      ignoreErrors: [/ERR_FAILED|Failed to load resource/, /the app could not start/],
      beforeGoto: (p) => p.context().route(wasm, (route) => route.abort()),
      waitUntil: 'commit',
    });
    const screen = page.locator('#boot[data-failed]');
    await screen.waitFor();
    assert.equal(await screen.locator('.boot-text').textContent(), message(lang, 'error-network'));
    const again = screen.getByRole('link', { name: message(lang, 'retry') });
    assert.equal(await again.getAttribute('href'), page.url());
    // No "Loading…" and no list from before the app: neither is coming.
    assert.deepEqual(
      await page.evaluate(() => ({ spinner: document.querySelectorAll('#boot .spinner').length, views: document.querySelectorAll('.kept-view').length })),
      { spinner: 0, views: 0 },
    );
    // With the network back, the link brings the app.
    await context.unroute(wasm);
    await again.click();
    await waitForResults(page);
    assert.equal(await page.locator('#boot').count(), 0);
  }
});
