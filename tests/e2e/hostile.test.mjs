// Hostile data (tests/e2e/hostile.mjs makes the files): markup shows as text, no script runs, no
// dialog opens, no request leaves the app's origin (helpers.mjs fails the test on any of these and
// on any CSP violation), bad records are left out and listed with reasons, good records show, and a
// record whose only fault is an optional field shows without it (SPEC §1: a bad field costs only itself).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './helpers.mjs';
import { PAYLOADS } from './hostile.mjs';
import { resultCount, waitForResults } from './finder-page.mjs';

/** Nothing a payload would create exists, and none of their scripts ran. */
async function assertNothingInjected(page) {
  const found = await page.evaluate(() => ({
    pwned: window.__pwned ?? null,
    // Inline scripts that would run (a language's page has the build's first view as a JSON
    // data block, which never runs: scripts/first-view.mjs).
    scripts: [...document.querySelectorAll('script')].filter((s) => !s.src && s.type !== 'application/json').length,
    imgX: document.querySelectorAll('img[src="x"], img[onerror]').length,
    svgOnload: document.querySelectorAll('svg[onload]').length,
    iframes: document.querySelectorAll('iframe').length,
    styles: document.querySelectorAll('body style').length,
    badLinks: [...document.querySelectorAll('a[href]')]
      .map((a) => a.getAttribute('href'))
      .filter((h) => /^\s*(javascript|data|vbscript):/i.test(h)),
  }));
  assert.deepEqual(found, { pwned: null, scripts: 0, imgX: 0, svgOnload: 0, iframes: 0, styles: 0, badLinks: [] });
}

test('markup and script in every text field show as text; bad records are listed, good ones shown', async (t) => {
  const { page } = await openApp(t, '/en/?data=/generated/hostile.json', { timeout: 30_000 });
  await waitForResults(page);
  // hostile-0..3 and the one with a 1 MB description, and the five whose only fault is an optional
  // field (three script/data websites, a description nested too deep, a malformed e-mail); the
  // other twelve broken records are left out.
  assert.equal(await resultCount(page), 10);
  // Names carry the payloads: they are there, character for character, as text.
  const names = (await page.locator('#results > li a').allTextContents()).join('\n');
  for (const p of PAYLOADS.slice(0, 4)) assert.ok(names.includes(p), `payload shown as text: ${p}`);
  await assertNothingInjected(page);

  // A service page: description, address, phone note, accessibility note, provider, all text.
  await page.goto(new URL('/en/services/hostile-1?data=/generated/hostile.json', page.url()).href);
  await page.locator('h1', { hasText: 'Hostile 1' }).waitFor();
  const body = await page.locator('main').textContent();
  for (const p of PAYLOADS) assert.ok(body.includes(p) || names.includes(p), `payload present as text: ${p}`);
  assert.ok(body.includes(PAYLOADS[2]), 'the provider name with markup shows as text');
  await assertNothingInjected(page);

  // A service whose e-mail is malformed is listed and its page has no e-mail link, nor a link
  // for its bad phone; its good phone is still a tel: link.
  await page.goto(new URL('/en/services/bad-email?data=/generated/hostile.json', page.url()).href);
  await page.locator('h1', { hasText: 'bad-email' }).waitFor();
  assert.equal(await page.locator('main a[href^="mailto:"]').count(), 0, 'no e-mail link');
  // The contact list's numbers (the "Call" button above it dials the first of them).
  const tel = await page.locator('main dl a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.equal(tel.length, 1, `one phone link: ${tel}`);
  assert.deepEqual(await page.locator('[data-testid=contact-buttons] a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href'))), tel);
  assert.match(tel[0], /^tel:\+358/);
  assert.doesNotMatch(await page.locator('main').textContent(), /office\(at\)/, 'the dropped address is not shown');
  await assertNothingInjected(page);
  // A service with a javascript: website is shown, without a website link.
  await page.goto(new URL('/en/services/bad-javascript-url?data=/generated/hostile.json', page.url()).href);
  await page.locator('h1', { hasText: 'bad-javascript-url' }).waitFor();
  // (The directions are links of the app's own making, to OpenStreetMap and Matka.fi.)
  const links = await page.locator('main a[href^="http"]').evaluateAll((as) => as.filter((a) => !a.closest('[data-testid=directions]')).map((a) => a.getAttribute('href')));
  assert.deepEqual(links.filter((h) => !/^https:\/\/(www\.openstreetmap\.org|opas\.matka\.fi)\//.test(h)), []);
  await assertNothingInjected(page);

  // The data page: the publisher and title with markup as text; every bad record with a reason.
  await page.goto(new URL('/en/data?data=/generated/hostile.json', page.url()).href);
  const problems = page.locator('[data-testid=problems]');
  await problems.waitFor();
  const listed = await problems.textContent();
  for (const id of [
    'bad-javascript-url',
    'bad-data-url',
    'bad-vbscript-url',
    'bad-name-type',
    'bad-languages-type',
    'bad-lat-string',
    'bad-lat-range',
    'bad-lon-range',
    'bad-lat-null',
    'bad-no-location',
    'bad-municipality',
    'bad-provider',
    'bad-deep',
    'bad-email',
    'hostile-0',
  ]) {
    assert.ok(listed.includes(id), `${id} is listed`);
  }
  assert.match(listed, /http/i, 'the reason for a javascript: website names the allowed kinds');
  // Both kinds are counted and each row says what happened to which field, in the UI language.
  const effect = (id) =>
    page.locator('[data-testid=problems] tr', { has: page.locator('code', { hasText: new RegExp(`^${id}$`) }) }).evaluateAll((rows) => rows.map((r) => [r.dataset.effect, r.children[2].textContent]));
  assert.deepEqual((await effect('bad-email')).sort(), [['field_dropped', 'email'], ['field_dropped', 'phones[1]']]);
  assert.deepEqual(await effect('bad-javascript-url'), [['field_dropped', 'website']]);
  assert.deepEqual((await effect('bad-municipality')).map((r) => r[0]), ['left_out']);
  const services = page.locator('table.counts tr[data-kind=service] td');
  // Shown, left out, fields dropped (then the sourced and illustrative counts).
  assert.deepEqual((await services.allTextContents()).slice(0, 3), ['10', '12', '6']);
  assert.ok((await page.locator('main').textContent()).includes(PAYLOADS[0]), 'the title with <script> shows as text');
  await assertNothingInjected(page);
  // The reasons in the UI language.
  await page.goto(new URL('/fi/data?data=/generated/hostile.json', page.url()).href);
  await page.locator('[data-testid=problems]').waitFor();
  const fi = (await page.locator('[data-testid=problems] tr', { has: page.locator('code', { hasText: /^bad-email$/ }) }).allTextContents()).join('\n');
  assert.match(fi, /Kenttä jätetty pois/);
  assert.match(fi, /ei ole sähköpostiosoite/);
  await assertNothingInjected(page);
});

test('bytes that are not UTF-8 are shown as replacement characters; the rest loads', async (t) => {
  const { page } = await openApp(t, '/en/?data=/generated/non-utf8.json', { timeout: 30_000 });
  await waitForResults(page);
  assert.equal(await resultCount(page), 10, 'as many as from the same file in UTF-8');
  const names = (await page.locator('#results > li a').allTextContents()).join('\n');
  assert.match(names, /Hostile 1 \uFFFD/, 'the broken bytes became U+FFFD, shown as text');
  await assertNothingInjected(page);
});

test('nesting past any parser limit costs only the record it is in', async (t) => {
  const { page } = await openApp(t, '/en/?data=/generated/deep.json');
  await waitForResults(page);
  const names = await page.locator('#results > li a').allTextContents();
  assert.deepEqual(names.sort(), ['deep-description', 'deep-unknown-field', 'good'], 'every service shows; the one whose description is too deep, without it');
  await page.goto(new URL('/en/data?data=/generated/deep.json', page.url()).href);
  const problems = page.locator('[data-testid=problems]');
  await problems.waitFor();
  const listed = await problems.textContent();
  assert.match(listed, /deep-description/);
  assert.match(listed, /description/, 'the row names the field');
  assert.equal(await problems.locator('tbody tr').getAttribute('data-effect'), 'field_dropped');
  assert.doesNotMatch(listed, /deep-unknown-field|good/);
});

test('a 50 MB dataset shows its download and its check progressing, then all of its services', async (t) => {
  const { page } = await openApp(t, '/fixtures/blank.html', { timeout: 120_000 });
  // Record every text the loading state shows (a MutationObserver sees each change), rather
  // than hoping to look at the right moment. The page changes only when the app gives the
  // browser a turn: several counts of checked records mean the check did not freeze the tab.
  await page.addInitScript(() => {
    window.__loadingTexts = [];
    new MutationObserver(() => {
      const el = document.querySelector('[data-testid=loading]');
      if (el) window.__loadingTexts.push(el.textContent);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto(new URL('/en/?data=/generated/huge.json', page.url()).href);
  await waitForResults(page);
  const count = await resultCount(page);
  assert.ok(count > 20_000, 'tens of thousands of services load');
  const seen = await page.evaluate(() => window.__loadingTexts);
  const distinct = (re) => [...new Set(seen.map((s) => re.exec(s)?.[1]).filter(Boolean))];
  const received = distinct(/([\d.]+)\u2069? of \u2068?50\.\d\u2069? MB received/);
  assert.ok(received.length >= 2, `the amount received went up while loading: ${received.slice(0, 5).join(', ')}`);
  const checked = distinct(/(\d+)\u2069? of \u2068?\d+\u2069? records checked/).map(Number);
  assert.ok(checked.length >= 3, `the count of checked records went up while checking: ${checked.join(', ')}`);
  assert.deepEqual([...checked].sort((a, b) => a - b), checked, 'it only goes up');
  const totals = distinct(/of \u2068?(\d+)\u2069? records checked/).map(Number);
  assert.deepEqual(totals, [count + 3], 'out of every record in the file: the services, one area, one municipality, one actor');
  // The page answers: a filter works on the big dataset (none of its services has hours).
  await page.locator('#finder-open').check();
  await page.waitForFunction(() => !/\d/.test(document.querySelector('[data-testid=result-count]').textContent));
});
