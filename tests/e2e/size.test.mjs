// The size budget (issues 7 and 13): the app's own wasm + JS + CSS + HTML (and the largest UI
// language's messages), gzipped and brotli, may not grow more than 5 % over the sizes recorded in
// bench/size-record.json. The release build is scripts/build.sh (a plain `trunk build` makes a
// larger wasm and fails here). When a change makes it smaller by more than
// that, the record must be lowered too (`node bench/sizes.mjs --record`), so the budget follows every
// gain. Sizes only: times are measured by the benchmark (bench/run.mjs), never asserted here.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { measureSizes as measureSizesNow, readRecord, sizeTable, TOLERANCE } from '../../bench/sizes.mjs';

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

// Measured once for the three tests (gzipping every file takes seconds).
let measured;
const measureSizes = () => (measured ??= measureSizesNow());

/** Fails when the app's files, compressed as `kind` ("gzip" or "brotli"), grew over 5 % past the record. */
function withinRecord(kind, recorded, label) {
  const sizes = measureSizes();
  const record = readRecord()[recorded];
  const limit = Math.floor(record * (1 + TOLERANCE));
  assert.ok(
    sizes.app[kind] <= limit,
    `the app is ${kb(sizes.app[kind])} ${label}, more than 5 % over the record of ${kb(record)} ` +
      `(limit ${kb(limit)}). Find what grew with twiggy (see BENCHMARKS.md) before raising the record.\n` +
      sizeTable(sizes),
  );
}

test('the app stays within 5 % of its recorded gzipped size', () => withinRecord('gzip', 'app_gzip_bytes', 'gzipped'));

test('the app stays within 5 % of its recorded brotli size', () => withinRecord('brotli', 'app_brotli_bytes', 'brotli'));

test('the record is lowered when the app shrinks', () => {
  const sizes = measureSizes();
  const record = readRecord();
  const floor = Math.ceil(record.app_gzip_bytes * (1 - TOLERANCE));
  assert.ok(
    sizes.app.gzip >= floor,
    `the app shrank to ${kb(sizes.app.gzip)} gzipped, more than 5 % under the record of ` +
      `${kb(record.app_gzip_bytes)}: lower the record with \`node bench/sizes.mjs --record\` so the budget keeps the gain`,
  );
});

test('Leaflet is counted apart from the app and the wasm is the largest app file', () => {
  const sizes = measureSizes();
  const leaflet = sizes.files.filter((f) => f.part === 'leaflet').map((f) => f.kind).sort();
  assert.deepEqual(leaflet, ['css', 'js']);
  const app = sizes.files.filter((f) => f.part === 'app');
  assert.ok(app.some((f) => f.kind === 'wasm'), 'the app has a wasm file');
  assert.equal(app[0].kind, 'wasm', 'files are sorted by gzip size and the wasm leads');
});
