// The strict Content-Security-Policy and shared links. Every e2e test runs under the policy
// (server.mjs sends it; helpers.mjs fails a test on a violation); these tests check that the
// policy is really in force, that a violation really is caught, and that the build needs nothing
// the policy forbids.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openApp, getServer } from './helpers.mjs';
import { REPO_ROOT } from './server.mjs';
import { resultCount, waitForResults, waitForPoints } from './finder-page.mjs';

/** Wait (bounded) until the server holds more than `n` CSP reports. */
async function waitForReports(server, n, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (server.cspReports.length <= n) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}

test('the built index.html has no inline script, no inline style and no style attribute', () => {
  const html = fs.readFileSync(path.join(REPO_ROOT, 'dist', 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  assert.ok(scripts.length >= 2, 'preload.js, boot.js and splash.js are loaded');
  for (const [, attrs, body] of scripts) {
    assert.match(attrs, /\bsrc=/, `every script is a file: <script${attrs}>`);
    assert.equal(body.trim(), '', 'no inline code');
  }
  assert.doesNotMatch(html, /<style\b/i, 'no <style> element');
  assert.doesNotMatch(html, /\sstyle=/i, 'no style attribute');
  assert.match(html, /data-atlas-js="\/integration-atlas-[0-9a-f]+\.js"/, 'boot.js is told the hashed glue');
});

test('the finder, the map, a service and the data page run under the strict policy', async (t) => {
  const { page } = await openApp(t, '/en/');
  const response = await page.goto(page.url());
  const csp = response.headers()['content-security-policy'];
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval';/);
  assert.match(csp, /style-src 'self';/);
  await waitForResults(page);
  await waitForPoints(page);
  await page.locator('.leaflet-tile-loaded').first().waitFor();
  await page.locator('#results > li a').first().click();
  await page.waitForURL(/\/en\/services\//);
  await page.locator('h1').waitFor();
  await page.goto(new URL('/en/data', page.url()).href);
  await page.locator('main h1').waitFor();
  // helpers.mjs: no console error (a violation logs one), no report at /csp-report.
});

test('a violation is caught: an injected inline script is blocked and reported', async (t) => {
  const server = await getServer();
  const { page, errors } = await openApp(t, '/en/');
  await waitForResults(page);
  const before = server.cspReports.length;
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.body.append(s);
  });
  assert.equal(await page.evaluate(() => window.__inlineRan ?? false), false, 'the inline script did not run');
  assert.ok(await waitForReports(server, before), 'the browser reported the violation to /csp-report');
  const report = server.cspReports[before]['csp-report'];
  assert.match(report['violated-directive'] ?? report['effective-directive'], /script-src/);
  // Provoked on purpose: clear what the after-hook would otherwise fail on.
  server.cspReports.splice(before);
  assert.ok(errors.some((e) => /Content Security Policy/.test(e)), 'the violation also shows in the console');
  errors.length = 0;
});

test('?data= at an allowed other origin loads that dataset; no refusal', async (t) => {
  const server = await getServer();
  const other = `http://localhost:${server.port}`;
  server.setConfig({ allowed_dataset_origins: [other] });
  t.after(() => server.setConfig(null));
  const { page } = await openApp(t, `/en/?data=${encodeURIComponent(`${other}/fixtures/mixed.json`)}`, {
    allowOrigins: [other],
  });
  await waitForResults(page);
  // Two good services, and one shown without its bad website (a bad optional field costs only itself).
  assert.equal(await resultCount(page), 3, 'the fixture\'s three services that can be shown');
  assert.equal(await page.locator('[data-testid=refused-notice]').count(), 0);
});

test('?data= with a script or data URL is refused, shown as text, and the official data loads', async (t) => {
  for (const bad of [
    'javascript:alert(document.domain)',
    'data:application/json,{"format":"integration-atlas/1"}',
    '"><img src=x onerror=alert(1)>',
  ]) {
    const { page } = await openApp(t, `/en/?data=${encodeURIComponent(bad)}`);
    const notice = page.locator('[data-testid=refused-notice]');
    if (bad.startsWith('"')) {
      // A relative path on this origin: allowed, but not a dataset: a clear error, as text.
      await page.locator('[data-testid=load-error]').waitFor();
    } else {
      await notice.waitFor();
      assert.equal(await notice.locator('code').textContent(), bad, 'the refused address is shown as text');
      await waitForResults(page);
      assert.ok((await resultCount(page)) >= 40, 'the official dataset is shown');
    }
    assert.equal(await page.locator('img[src="x"]').count(), 0);
  }
});

test('no query parameter injects markup or a link', async (t) => {
  const payload = '"><img src=x onerror=alert(1)><a href="javascript:alert(2)">x</a>';
  const keys = ['q', 'municipality', 'language', 'topic', 'group', 'channel', 'sort', 'view', 'near', 'open', 'page'];
  const query = keys.map((k) => `${k}=${encodeURIComponent(payload)}`).join('&');
  const { page } = await openApp(t, `/en/?${query}`);
  await page.locator('[data-testid=result-count]').waitFor();
  assert.equal(await page.locator('img[src="x"]').count(), 0);
  const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(hrefs.filter((h) => /javascript:/i.test(h)), []);
  // The search text is kept as text in the search box.
  assert.equal(await page.locator('input[type=search]').first().inputValue(), payload);
});

test('no cookie, no storage of the person: nothing is written but the offline cache and the unfiltered list', async (t) => {
  const { page, context } = await openApp(t, '/en/', { geolocation: { latitude: 61.4981, longitude: 23.7608 } });
  await waitForResults(page);
  // The unfiltered list is kept when the browser is next idle after it is drawn; on a busy
  // machine that can come after the click below, and then nothing is kept (a list with a
  // position is not), so wait for it first.
  await page.waitForFunction(() => localStorage.getItem('atlas-kept-view') !== null);
  await page.getByRole('button', { name: 'Services near me' }).click();
  await page.locator('[data-testid=near-origin]').waitFor();
  await page.locator('#finder-q').fill('advice');
  await page.waitForFunction(() => location.search.includes('q=advice'));
  assert.deepEqual(await context.cookies(), []);
  const stored = await page.evaluate(() => ({ local: Object.keys(localStorage), session: sessionStorage.length, cookie: document.cookie }));
  assert.deepEqual(stored, { local: ['atlas-kept-view'], session: 0, cookie: '' });
  // The one thing kept (public/kept-view.js) is the first list of the unfiltered address, drawn
  // before the person searched or gave a position: neither is in it.
  const kept = await page.evaluate(() => localStorage.getItem('atlas-kept-view'));
  assert.equal(JSON.parse(kept).address, '/en/');
  assert.doesNotMatch(kept, /61\.49|23\.76|advice/i);
  assert.ok(!page.url().includes('61.49'), 'the position is not in the URL');
});
