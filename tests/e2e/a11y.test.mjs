// axe-core (WCAG 2.1 A and AA rules) on every route, in every UI language, at a
// desktop and a 360-pixel phone viewport.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { openApp, axeViolations, formatViolations } from './helpers.mjs';

const dataset = JSON.parse(fs.readFileSync(new URL('../../public/data/atlas.json', import.meta.url)));
const ROUTES = [
  '/',
  `/services/${dataset.services[0].id}`,
  '/actors',
  `/actors/${dataset.services[0].provider}`,
  '/programmes',
  ...(dataset.programmes.length ? [`/programmes/${dataset.programmes[0].id}`] : []),
  '/legislation',
  '/network',
  '/embed',
  '/embed-code',
  '/data',
  '/accessibility',
  '/no-such-page',
];
const LANGUAGES = fs.readdirSync(new URL('../../locales/', import.meta.url)).sort();
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
];

test('every UI language is tested', () => {
  assert.deepEqual(LANGUAGES, ['ar', 'en', 'fi', 'ru', 'sv', 'uk']);
});

for (const lang of LANGUAGES) {
  for (const route of ROUTES) {
    test(`axe: /${lang}${route} at 1280 and 360 px`, async (t) => {
      for (const viewport of VIEWPORTS) {
        const { page, context } = await openApp(t, `/${lang}${route}`, { viewport });
        await page.locator('#page-title').waitFor();
        await page.waitForFunction((l) => document.documentElement.lang === l, lang);
        const violations = await axeViolations(page);
        assert.equal(violations.length, 0, `/${lang}${route} at ${viewport.width} px:\n${formatViolations(violations)}`);
        await context.close();
      }
    });
  }
}

for (const route of ROUTES) {
  test(`reflow: /en${route} fits 320 CSS pixels without horizontal scrolling`, async (t) => {
    const { page } = await openApp(t, `/en${route}`, { viewport: { width: 320, height: 640 } });
    await page.locator('#page-title').waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 320, `/en${route} is ${width} px wide`);
  });
}
