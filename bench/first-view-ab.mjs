// Two builds of the app side by side on the first view: the default dataset opened as a visitor
// opens it (`/en/`), loads alternating between the builds in one browser, the median of each.
// A quick way to see what one change to the start pays, before the full `scripts/bench.sh --startup`.
//
//   node bench/first-view-ab.mjs DIST_A DIST_B [--loads 7] [--throttle 4] [--second-visit] [--json FILE]
//                                [--browser-args-b "FLAGS"] [--network mobile|4g] [--viewport 360x740]
//                                [--path "/en/?data=/bench/data/services-300.json"] [--pack 100000]
//                                [--config-b '{"pack_url":"data/atlas.pack"}']
//
// Prints, per build: navigation → first list entry, the app's `atlas:wasm-ready` mark → its
// `atlas:translations-ready` and the first list entry, `atlas:dataset-ready` → first
// list entry, and navigation → first marker or cluster (a MutationObserver installed before any
// page script, as bench/run.mjs does). --second-visit: each load is a second visit (a first
// visit at full CPU until the service worker keeps the dataset, unmeasured visits until one is
// answered by the worker, then the measured one), and the first paint and the kept view's list
// (public/kept-view.js; from the first paint at the earliest) are printed too. So are the first
// list and markers seen, on any visit: the view's where it had them, else the app's own.
// --browser-args-b: B's loads run in a second browser started with these flags as well (space
// separated), e.g. "--js-flags=--no-wasm-lazy-compilation" with the same build as A and B, to
// see what V8's lazy compilation of the wasm costs (BENCHMARKS.md, session 11).
// --network: a network profile of bench/networks.mjs, the files served compressed (as by a static
// host), so that what a change does to the bytes before the first view shows as time.
// --viewport: the window's size (1280x800 unless given); at a phone's width the list comes first
// and the map is hidden, so no marker is waited for there.
// --path: the address opened (`/en/` unless given); bench/.data/ is served at /bench/data/ (the
// benchmark's generated datasets, `node bench/run.mjs` makes them).
// --pack N: a deployment whose config.json names the generated dataset of N services and its
// static pack (bench/.data/services-N.pack, which scripts/bench.sh makes), as bench/run.mjs opens
// one; the dataset's received → ready time (the pack read, checked and indexed) is printed too.
// --config-b: keys merged over B's config.json only (the same build deployed two ways).
import fs from 'node:fs';
import { launch, waitUntil } from '../tests/e2e/browser.mjs';
import { startServer } from '../tests/e2e/server.mjs';
import { NETWORKS } from './networks.mjs';
import { pollPage } from './poll.mjs';
import { answeredByWorker } from './worker.mjs';
import { assertNothingOutside, watchRequests } from './outside.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : fallback;
};
const loads = Number(option('--loads', 7));
const throttle = Number(option('--throttle', 4));
const json = option('--json', null);
const flag = (name) => {
  const i = args.indexOf(name);
  return i >= 0 && args.splice(i, 1).length === 1;
};
const secondVisit = flag('--second-visit');
const browserArgsB = option('--browser-args-b', '').split(' ').filter(Boolean);
const networkName = option('--network', null);
const network = networkName === null ? null : NETWORKS[networkName];
const [width, height] = option('--viewport', '1280x800').split('x').map(Number);
const address = option('--path', '/en/');
const packOf = option('--pack', null);
const configB = JSON.parse(option('--config-b', 'null'));
if (args.length !== 2 || (packOf !== null && !fs.existsSync(`bench/.data/services-${packOf}.pack`)) || !(loads > 0) || !(throttle > 0) || network === undefined || !(width > 0 && height > 0)) {
  console.error(`usage: node bench/first-view-ab.mjs DIST_A DIST_B [--loads 7] [--throttle 4] [--second-visit] [--json FILE] [--browser-args-b "FLAGS"] [--network ${Object.keys(NETWORKS).join('|')}] [--viewport WxH] [--path P] [--pack N (bench/.data/services-N.pack must exist)] [--config-b JSON]`);
  process.exit(2);
}
const builds = Object.fromEntries(await Promise.all(args.map(async (dist, i) => [i ? 'b' : 'a', { dist, server: await startServer({ root: dist, compress: network !== null, mounts: { '/bench/data/': 'bench/.data' } }), loads: [] }])));
const browser = await launch();
const packConfig = packOf === null ? {} : { dataset_url: `/bench/data/services-${packOf}.json`, pack_url: `/bench/data/services-${packOf}.pack` };
builds.a.server.setConfig(packConfig);
builds.b.server.setConfig({ ...packConfig, ...configB });
builds.a.browser = browser;
builds.b.browser = browserArgsB.length ? await launch(browserArgsB) : browser;
try {
  for (let i = 0; i < loads; i++) {
    for (const build of Object.values(builds)) {
      const context = await build.browser.newContext({ viewport: { width, height }, locale: 'en-US', serviceWorkers: secondVisit ? 'allow' : 'block' });
      watchRequests(context);
      if (secondVisit) await visitBefore(context, build.server.url);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      if (network) {
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', network);
      }
      await page.addInitScript(() => {
        const seen = (window.__firstView = {});
        new MutationObserver(() => {
          const now = performance.now();
          if (!seen.list && document.querySelector('#results li.result')) seen.list = now;
          if (!seen.kept && document.querySelector('.kept-view li.result')) seen.kept = now;
          if (!seen.keptMarker && document.querySelector('.kept-view canvas.kept-points')?.checkVisibility()) seen.keptMarker = now;
          // DOM markers (builds before the canvas), or the points' canvas once it painted some.
          const marker = 'canvas.atlas-points[data-points]:not([data-points="0"]), .leaflet-marker-pane .atlas-marker, .leaflet-marker-pane .atlas-cluster';
          if (!seen.marker && document.querySelector(marker)) seen.marker = now;
        }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-points'] });
      });
      await page.goto(`${build.server.url}${address}`);
      // The marker too where the map is shown (not a phone's list view).
      await pollPage(cdp, "!!window.__firstView?.list && (!!window.__firstView.marker || document.querySelector('.map')?.offsetParent === null)", { interval: 50, timeout: 120_000 });
      const load = await page.evaluate(() => {
        const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
        const { kept, keptMarker, ...seen } = window.__firstView;
        return {
          ...seen,
          ready: performance.getEntriesByName('atlas:dataset-ready')[0]?.startTime,
          received: performance.getEntriesByName('atlas:dataset-received')[0]?.startTime,
          wasm: performance.getEntriesByName('atlas:wasm-ready')[0]?.startTime,
          translations: performance.getEntriesByName('atlas:translations-ready')[0]?.startTime,
          paint,
          kept: kept === undefined ? undefined : Math.max(kept, paint),
          keptMarker: keptMarker === undefined ? undefined : Math.max(keptMarker, paint),
        };
      });
      load.answered = await page.evaluate(answeredByWorker);
      build.loads.push(load);
      await context.close();
    }
  }
} finally {
  await builds.a.browser.close();
  if (builds.b.browser !== builds.a.browser) await builds.b.browser.close();
  for (const b of Object.values(builds)) await b.server.close();
}
// One visit at full CPU until the service worker keeps the dataset and the finder its first view
// (public/kept-view.js), then unmeasured visits until one is answered by the worker (right after
// its first install a navigation sometimes goes past it).
async function visitBefore(context, url) {
  const page = await context.newPage();
  await page.goto(`${url}${address}`);
  await waitUntil(
    page,
    async () =>
      navigator.serviceWorker.controller &&
      localStorage.getItem('atlas-kept-view') !== null &&
      (await (await caches.open('atlas-data-v1')).keys()).length > 0,
    null,
    { timeout: 120_000, what: 'the worker keeping the dataset and the kept view' },
  );
  await page.close();
  for (let i = 0; i < 3; i++) {
    const again = await context.newPage();
    await again.goto(`${url}${address}`);
    await again.waitForFunction(() => document.querySelector('#results li.result'), null, { polling: 50, timeout: 120_000 });
    const answered = await again.evaluate(answeredByWorker);
    await again.close();
    if (answered) return;
  }
}

const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((x, y) => x - y);
  return s.length ? s[s.length >> 1] : NaN;
};
const report = { date: new Date().toISOString(), throttle, network: networkName, viewport: { width, height }, path: address, loads, builds: {} };
for (const [name, b] of Object.entries(builds)) {
  const row = {
    dist: b.dist,
    browserArgs: name === 'b' ? browserArgsB : [],
    list: median(b.loads.map((l) => l.list)),
    wasm: median(b.loads.map((l) => l.wasm)),
    wasmToList: median(b.loads.map((l) => l.list - l.wasm)),
    wasmToTranslations: median(b.loads.map((l) => l.translations - l.wasm)),
    receivedToReady: median(b.loads.map((l) => l.ready - l.received)),
    readyToList: median(b.loads.map((l) => l.list - l.ready)),
    marker: median(b.loads.map((l) => l.marker)),
    each: b.loads,
  };
  report.builds[name] = row;
  const flags = row.browserArgs.length ? ` [${row.browserArgs.join(' ')}]` : '';
  let line = `${name} (${b.dist})${flags}: wasm ready ${Math.round(row.wasm)} ms, first list ${Math.round(row.list)} ms (wasm ready → list ${Math.round(row.wasmToList)} ms, of which → translations ready ${Math.round(row.wasmToTranslations)} ms), dataset received → ready ${Math.round(row.receivedToReady)} ms, dataset ready → list ${Math.round(row.readyToList)} ms, first marker ${Math.round(row.marker)} ms`;
  // The first list seen: the view shown before the app (the kept one on a second visit, the
  // build's first view on a first) where it was shown, else the app's own.
  Object.assign(row, { paint: median(b.loads.map((l) => l.paint)), seen: median(b.loads.map((l) => l.kept ?? l.list)), kept: b.loads.filter((l) => l.kept !== undefined).length });
  line += `; first paint ${Math.round(row.paint)} ms, first list seen ${Math.round(row.seen)} ms (a view before the app in ${row.kept} of ${loads})`;
  // The same for the markers: the view's where it had them, else the app's.
  row.markerSeen = median(b.loads.map((l) => l.keptMarker ?? l.marker));
  line += `, first markers seen ${Math.round(row.markerSeen)} ms`;
  if (secondVisit) {
    row.answered = b.loads.filter((l) => l.answered).length;
    line += `; second visits answered by the worker ${row.answered}`;
  }
  console.log(line);
}
assertNothingOutside();
if (json) fs.writeFileSync(json, JSON.stringify(report, null, 2) + '\n');
