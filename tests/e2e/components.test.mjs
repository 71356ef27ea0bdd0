// Components in the release build, on a small fixture (fixtures/components.json): localised text
// from the data (src/components/localised.rs) and opening hours in words (src/components/hours.rs).
// These were wasm-bindgen component tests (tests/components.rs), which needed a debug build of the
// app of their own; here they run on the build every other end-to-end test uses.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './helpers.mjs';

const DATA = 'data=/fixtures/components.json';

test('localised text in the UI language has no lang of its own', async (t) => {
  // The actor's name is { sv: Tammerfors, fi: Tampere }: in Swedish, the Swedish name, plain.
  const { page } = await openApp(t, `/sv/actors/fi-sv-only?${DATA}`);
  const h1 = page.locator('h1#page-title');
  await h1.waitFor();
  await page.waitForFunction(() => document.documentElement.lang === 'sv');
  assert.equal((await h1.textContent()).trim(), 'Tammerfors');
  assert.equal(await h1.locator('[lang]').count(), 0, 'no element with lang inside the heading');
});

test('a localised fallback is marked with its language', async (t) => {
  // No English name: the fallback order en → fi → sv gives Finnish, marked lang="fi".
  const { page } = await openApp(t, `/en/actors/fi-sv-only?${DATA}`);
  const h1 = page.locator('h1#page-title');
  await h1.waitFor();
  const marked = h1.locator('span[lang]');
  assert.equal(await marked.count(), 1, 'one span with lang in the heading');
  assert.equal(await marked.getAttribute('lang'), 'fi');
  assert.equal(await marked.textContent(), 'Tampere');
  assert.equal((await h1.textContent()).trim(), 'Tampere');
});

test('opening hours are grouped into days in words, and "open now" follows the Finnish clock', async (t) => {
  const { page } = await openApp(t, '/fixtures/blank.html');
  // Monday 23 November 2026, 10:00 in Helsinki: within Mo-Fr 09:00-16:00.
  await page.clock.setFixedTime(new Date('2026-11-23T08:00:00Z'));
  // "Mo-Fr 09:00-16:00; We 12:00-18:00; PH off"
  await page.goto(new URL(`/en/services/weekly-hours?${DATA}`, page.url()).href);
  await page.locator('dl.hours dd').first().waitFor();
  const rows = await page.locator('dl.hours').evaluate((dl) => {
    const dts = [...dl.querySelectorAll('dt')].map((e) => e.textContent.trim());
    const dds = [...dl.querySelectorAll('dd')].map((e) => e.textContent.trim());
    return dts.map((d, i) => [d, dds[i]]);
  });
  // Mon–Tue, Wed, Thu–Fri, Sat–Sun, public holidays.
  assert.deepEqual(rows, [
    ['Mon–Tue', '9:00–16:00'],
    ['Wed', '12:00–18:00'],
    ['Thu–Fri', '9:00–16:00'],
    ['Sat–Sun', 'closed'],
    ['Public holidays', 'closed'],
  ]);
  assert.equal(await page.locator('.open-now.is-open').count(), 1, 'open now on a Monday morning');
  assert.equal((await page.locator('[data-testid=open-now]').textContent()).trim(), 'Open now');
});
