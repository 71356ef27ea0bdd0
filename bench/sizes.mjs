// Transfer sizes of the release build in dist/: what a person downloads to open the app.
//
//   import { measureSizes } from './sizes.mjs';
//   const sizes = measureSizes('dist');   // → { app: {...}, leaflet: {...}, files: [...] }
//
//   node bench/sizes.mjs            print the table
//   node bench/sizes.mjs --record   write the app's gzip total to bench/size-record.json
//
// "The app" is everything at the top of dist/ that is code or style (.wasm, .js, .css, .html) and
// is not Leaflet: the wasm, the wasm-bindgen glue, our stylesheet, index.html (the largest
// language's page with its first view), and any other script
// we add (a service worker, say). Leaflet's script and stylesheet are counted on their own: they are
// a library we chose, not bytes we wrote. The dataset and config.json are data, not app.
// The UI messages (dist/locales/*/main.ftl) are fetched one language at a time, the person's
// language at start: the largest of them is counted with the app (kind "ftl"), the bytes a first
// view in that language downloads.
// gzip uses level 9 and brotli quality 11, what a static host's precompression would serve.

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const RECORD_FILE = path.join(REPO_ROOT, 'bench', 'size-record.json');
/** The size test fails when the app grows more than this share over the record. */
export const TOLERANCE = 0.05;
/** Issue 7's target for the app (wasm + JS + CSS, gzipped), the aim beyond issue 13. */
export const TARGET_GZIP_BYTES = 250 * 1024;
/** Issue 13's targets: the app's own files gzipped and brotli. */
export const ISSUE13_GZIP_BYTES = 350 * 1024;
export const ISSUE13_BROTLI_BYTES = 280 * 1024;

const CODE = new Set(['.wasm', '.js', '.css', '.html']);

function compressed(buf) {
  return {
    raw: buf.length,
    gzip: zlib.gzipSync(buf, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(buf, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
      },
    }).length,
  };
}

function sum(files) {
  return files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });
}

/** Sizes of every code file at the top of `dist`, split into the app's and Leaflet's. */
export function measureSizes(dist = path.join(REPO_ROOT, 'dist')) {
  const dir = path.resolve(REPO_ROOT, dist);
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`no release build in ${dir}: run \`trunk build --release --offline\` first`);
  }
  const files = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && CODE.has(path.extname(e.name)))
    .map((e) => ({
      name: e.name,
      part: e.name.startsWith('leaflet') ? 'leaflet' : 'app',
      kind: path.extname(e.name).slice(1),
      ...compressed(fs.readFileSync(path.join(dir, e.name))),
    }));
  // A language's address has its own index.html with the build's first view in it
  // (scripts/first-view.mjs), which a first visit there downloads in place of the plain one: the
  // largest is counted in its place.
  const pages = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(dir, e.name, 'index.html')))
    .map((e) => ({ name: `${e.name}/index.html`, part: 'app', kind: 'html', ...compressed(fs.readFileSync(path.join(dir, e.name, 'index.html'))) }))
    .sort((a, b) => b.gzip - a.gzip);
  if (pages.length > 0) files.splice(files.findIndex((f) => f.name === 'index.html'), 1, pages[0]);
  const locales = path.join(dir, 'locales');
  if (fs.existsSync(locales)) {
    const messages = fs
      .readdirSync(locales)
      .map((lang) => path.join(locales, lang, 'main.ftl'))
      .filter((f) => fs.existsSync(f))
      .map((f) => ({ name: path.relative(dir, f), part: 'app', kind: 'ftl', ...compressed(fs.readFileSync(f)) }))
      .sort((a, b) => b.gzip - a.gzip);
    if (messages.length > 0) files.push(messages[0]);
  }
  files.sort((a, b) => a.part.localeCompare(b.part) || b.gzip - a.gzip);
  return {
    files,
    app: sum(files.filter((f) => f.part === 'app')),
    leaflet: sum(files.filter((f) => f.part === 'leaflet')),
  };
}

export function readRecord() {
  return JSON.parse(fs.readFileSync(RECORD_FILE, 'utf8'));
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

export function sizeTable(sizes) {
  const rows = [
    '| file | part | raw | gzip | brotli |',
    '| --- | --- | ---: | ---: | ---: |',
    ...sizes.files.map((f) => `| ${f.name.replace(/-[0-9a-f]{16}(?=[._])/, '-…')} | ${f.part} | ${kb(f.raw)} | ${kb(f.gzip)} | ${kb(f.brotli)} |`),
    `| **app total** | | ${kb(sizes.app.raw)} | **${kb(sizes.app.gzip)}** | ${kb(sizes.app.brotli)} |`,
    `| Leaflet total | | ${kb(sizes.leaflet.raw)} | ${kb(sizes.leaflet.gzip)} | ${kb(sizes.leaflet.brotli)} |`,
  ];
  return rows.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const sizes = measureSizes();
  console.log(sizeTable(sizes));
  console.log(`\ntarget: app ≤ ${kb(TARGET_GZIP_BYTES)} gzipped; now ${kb(sizes.app.gzip)} (${((sizes.app.gzip / TARGET_GZIP_BYTES) * 100).toFixed(0)} % of it)`);
  if (process.argv.includes('--record')) {
    const record = { app_gzip_bytes: sizes.app.gzip, app_brotli_bytes: sizes.app.brotli, app_raw_bytes: sizes.app.raw };
    fs.writeFileSync(RECORD_FILE, JSON.stringify(record, null, 2) + '\n');
    console.log(`recorded in ${path.relative(REPO_ROOT, RECORD_FILE)}`);
  }
}
