// Accessibility beyond the axe matrix (a11y-fi.test.mjs and a11y-ar.test.mjs: every route in
// Finnish and Arabic at 1280 and 360 px, every language in the slow tier; the other languages load
// every route in languages.test.mjs): axe on the map without tiles, and reflow: every route fits
// 320 CSS pixels.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, getServer, sharedApp, axeViolations, formatViolations } from './helpers.mjs';
import { ROUTES, LANGUAGES, AXE_LANGUAGES, AXE_LANGUAGE_GROUPS } from './routes.mjs';

test('every UI language is tested', () => {
  assert.deepEqual(LANGUAGES, ['ar', 'en', 'fi', 'ru', 'sv', 'uk']);
  assert.deepEqual(AXE_LANGUAGE_GROUPS.flat().sort(), AXE_LANGUAGES, 'the two halves of the matrix are the axe languages');
  assert.ok(AXE_LANGUAGES.includes('fi') && AXE_LANGUAGES.includes('ar'), 'axe checks Finnish and Arabic');
  if (process.env.SLOW === '1') assert.deepEqual(AXE_LANGUAGES, LANGUAGES, 'the slow tier checks every language');
});

test('axe: the map without tiles (a tile server that fails): its controls and attribution still pass', async (t) => {
  // Over the plain map background, axe can judge the attribution's links, which it cannot over
  // tiles: whether the matrix saw tiles depends on timing.
  const server = await getServer();
  const { page } = await openApp(t, '/fi/embed', { config: { tile_url: `${server.origin}/fault/tiles/{z}/{x}/{y}.png` } });
  await page.locator('#page-title').waitFor();
  await page.locator('.leaflet-control-attribution a').first().waitFor();
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, formatViolations(violations));
});

const narrow = sharedApp({ viewport: { width: 320, height: 640 } });

for (const route of ROUTES) {
  test(`reflow: /en${route} fits 320 CSS pixels without horizontal scrolling`, async (t) => {
    const { page } = await narrow.visit(t, `/en${route}`);
    await page.locator('#page-title').waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 320, `/en${route} is ${width} px wide`);
  });
}
