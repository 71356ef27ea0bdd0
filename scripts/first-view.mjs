// The published first view (issue 13): the finder's first screen as the release build draws it,
// made once at build time for each UI language and written into a copy of index.html at that
// language's address (dist/fi/index.html, dist/en/index.html, ...), where public/kept-view.js
// shows it on the loading screen of a first visit, before the app has run: a phone sees the
// list about a second sooner (BENCHMARKS.md, session 22).
//
// It is the same tree of tags, a closed set of attributes and texts (never HTML) that a visit
// keeps for the next one (public/kept-view.js): this script opens the built app at /xx/ in
// Debian's Chromium, waits until the finder has asked for its first screen to be kept, and takes
// that copy. The copy names the release (the wasm's hashed name) and what config.json named
// (the dataset and its pack); kept-view.js shows it only where all of these still hold, so a
// deployment that names another dataset, or a newer release, never sees another one's list.
// A static host answers /xx/ with xx/index.html; every other address (client routes, /) still
// gets the plain index.html, whose loading screen is unchanged.
//
//   node scripts/first-view.mjs [dist]      (scripts/build.sh runs it after minify.mjs)

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, waitUntil } from '../tests/e2e/browser.mjs';
import { startServer } from '../tests/e2e/server.mjs';

// The UI languages (tests/e2e/locales.test.mjs checks that this names every file in locales/).
const UI_LANGUAGES = ['fi', 'sv', 'en', 'uk', 'ru', 'ar'];
// A desktop's first screen: the list beside the map. A phone shows the same tree with its own
// styles (the list first, the map and filters folded); whatever falls below its screen is not seen.
const VIEWPORT = { width: 1280, height: 800 };
// Where index.html gets the view: right before the loading screen's scripts, which read it.
const ANCHOR = '<script src="/splash.js"></script>';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// The list's entries in a kept tree ([tag, {attributes}, ...children], a text as a string).
function countEntries(nodes) {
  let n = 0;
  for (const node of nodes) {
    if (!Array.isArray(node)) continue;
    const [tag, attributes, ...children] = node;
    if (tag === 'li' && (attributes?.class ?? '').split(' ').includes('result')) n += 1;
    n += countEntries(children);
  }
  return n;
}

/**
 * Draws the languages' first views of the app that `serverUrl` serves from `dist` (whose config.json
 * names `data`: its `dataset_url` and `pack_url`, as written) and writes them into `dist`'s
 * languages' pages. Also used by the benchmark for the deployments it makes (bench/run.mjs).
 */
export async function drawFirstViews({ dist, serverUrl, data, log = console.log }) {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  if (!html.includes(ANCHOR)) throw new Error(`first-view: ${dist}/index.html has no ${ANCHOR}`);
  const browser = await launch();
  const started = Date.now();
  try {
    for (const lang of UI_LANGUAGES) {
      // Finland's clock, as the visitors': a date the view shows is the day they would see.
      const context = await browser.newContext({ viewport: VIEWPORT, timezoneId: 'Europe/Helsinki', serviceWorkers: 'block' });
      try {
        const page = await context.newPage();
        const address = `/${lang}/`;
        await page.goto(serverUrl + address);
        const view = await waitUntil(
          page,
          (a) => {
            const kept = JSON.parse(localStorage.getItem('atlas-kept-view') ?? 'null');
            return kept?.address === a ? kept : null;
          },
          address,
          { timeout: 120_000, what: `the finder at ${address} keeping its first screen` },
        );
        const entries = countEntries(view.tree);
        if (entries === 0) throw new Error(`first-view: ${address}: the kept screen has no list entry`);
        // A JSON data block: never run, so the strict CSP holds; `<` escaped so that no text in it
        // can close the element.
        const json = JSON.stringify({ ...view, data }).replace(/</g, '\\u003c');
        const block = `<script type="application/json" id="atlas-first-view">${json}</script>\n  `;
        fs.mkdirSync(path.join(dist, lang), { recursive: true });
        fs.writeFileSync(path.join(dist, lang, 'index.html'), html.replace(ANCHOR, block + ANCHOR));
        log(`first-view: ${address} ${(json.length / 1024).toFixed(1)} KB`);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  log(`first-view: ${UI_LANGUAGES.length} languages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function main() {
  const dist = path.resolve(root, process.argv[2] ?? 'dist');
  // What config.json names that decides the list, as written (public/kept-view.js compares the
  // served config.json's the same way).
  const config = JSON.parse(fs.readFileSync(path.join(dist, 'config.json'), 'utf8'));
  const data = { dataset_url: config.dataset_url ?? null, pack_url: config.pack_url ?? null };
  // The build's own config.json, with map tiles from the local server (nothing leaves the machine).
  const { tile_url: _url, tile_attribution: _attribution, ...deployed } = config;
  const server = await startServer({ root: dist, config: deployed });
  try {
    await drawFirstViews({ dist, serverUrl: server.url, data });
  } finally {
    await server.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error.message ?? error);
    process.exit(1);
  });
}
