// Smoke tests: the built app starts, and the harness itself works.
// Needs dist/ (scripts/test.sh runs `trunk build --release --offline` first).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openApp, getServer } from './helpers.mjs';

test('the English finder renders a heading and sets the page language', async (t) => {
  const { page } = await openApp(t, '/en/');
  const h1 = page.locator('h1').first();
  await h1.waitFor({ state: 'visible' });
  assert.notEqual((await h1.textContent()).trim(), '', '<h1> must not be empty');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
});

test('the server hands out a 256×256 PNG tile and counts it', async () => {
  const server = await getServer();
  const before = server.tileRequests;
  const res = await fetch(`${server.url}/tiles/5/17/8.png`);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'image/png');
  assert.equal(res.headers.get('cache-control'), 'no-store');
  const png = Buffer.from(await res.arrayBuffer());
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  assert.equal(png.toString('ascii', 12, 16), 'IHDR');
  assert.equal(png.readUInt32BE(16), 256, 'width');
  assert.equal(png.readUInt32BE(20), 256, 'height');
  assert.equal(server.tileRequests, before + 1);
});

test('a client route gets index.html (SPA fallback), a missing file gets 404', async () => {
  const server = await getServer();
  const index = fs.readFileSync(path.join(server.root, 'index.html'), 'utf8');
  const res = await fetch(`${server.url}/fi/services/x`);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /^text\/html/);
  assert.equal(await res.text(), index);
  assert.equal((await fetch(`${server.url}/no-such-file.js`)).status, 404);
});

test('the server serves the test config and .wasm as application/wasm', async () => {
  const server = await getServer();
  const config = await (await fetch(`${server.url}/config.json`)).json();
  assert.equal(config.tile_url, `${server.url}/tiles/{z}/{x}/{y}.png`);
  assert.equal(config.tile_attribution, 'test tiles');
  const wasm = fs.readdirSync(server.root).find((f) => f.endsWith('.wasm'));
  if (wasm) {
    const res = await fetch(`${server.url}/${wasm}`);
    assert.equal(res.headers.get('content-type'), 'application/wasm');
  }
});

test('harness: a request that leaves the test server goes nowhere and is recorded', async (t) => {
  // The CSP (connect-src) would stop this request before the harness sees it: bypass it here.
  const { page, externalRequests, errors } = await openApp(t, '/fixtures/blank.html', { bypassCSP: true });
  const outcome = await page.evaluate(() =>
    fetch('https://example.org/').then(
      () => 'loaded',
      (e) => `blocked: ${e.name}`,
    ),
  );
  assert.match(outcome, /^blocked/);
  assert.deepEqual(externalRequests, ['https://example.org/']);
  // Provoked on purpose: empty the records so the end-of-test check passes.
  externalRequests.length = 0;
  errors.splice(0, errors.length, ...errors.filter((e) => !/ERR_NAME_NOT_RESOLVED/.test(e)));
});
