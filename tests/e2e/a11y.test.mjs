// axe-core (WCAG 2.1 A and AA rules) on every route, in Finnish and Arabic (right to left), at a
// desktop and a 360-pixel phone viewport; the slow tier (SLOW=1 scripts/test.sh) checks every UI
// language. The other languages load every route in languages.test.mjs. And reflow: every route
// fits 320 CSS pixels.
//
// A page load per check, in one browser context per width (sharedApp: the app keeps nothing
// between loads, so a fresh context per page would test nothing more).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, getServer, sharedApp, axeViolations, formatViolations } from './helpers.mjs';
import { ROUTES, LANGUAGES, AXE_LANGUAGES, VIEWPORTS, assertSpeaks } from './routes.mjs';

test('every UI language is tested', () => {
  assert.deepEqual(LANGUAGES, ['ar', 'en', 'fi', 'ru', 'sv', 'uk']);
  assert.ok(AXE_LANGUAGES.includes('fi') && AXE_LANGUAGES.includes('ar'), 'axe checks Finnish and Arabic');
});

const atWidth = VIEWPORTS.map((viewport) => ({ viewport, app: sharedApp({ viewport }) }));

for (const lang of AXE_LANGUAGES) {
  for (const route of ROUTES) {
    test(`axe: /${lang}${route} at 1280 and 360 px`, async (t) => {
      for (const { viewport, app } of atWidth) {
        const where = `/${lang}${route} at ${viewport.width} px`;
        const { page } = await app.visit(t, `/${lang}${route}`);
        await assertSpeaks(page, lang, where);
        const violations = await axeViolations(page);
        assert.equal(violations.length, 0, `${where}:\n${formatViolations(violations)}`);
      }
    });
  }
}

test('axe: the map without tiles (a tile server that fails): its controls and attribution still pass', async (t) => {
  // Over the plain map background, axe can judge the attribution's links, which it cannot over
  // tiles: whether the matrix above saw tiles depended on timing.
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
