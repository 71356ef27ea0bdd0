// Keyboard only: from the skip link to a Ukrainian-speaking service in Tampere, without a mouse.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './helpers.mjs';

/** Presses Tab until `matches(active element)` holds; fails after `limit` presses. */
async function tabTo(page, predicate, what, limit = 120) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(predicate)) return;
  }
  assert.fail(`Tab never reached ${what}`);
}

test('keyboard journey: a service that speaks Ukrainian in Tampere, opened without a mouse', async (t) => {
  const { page } = await openApp(t, '/en/');
  await page.locator('#results > li').first().waitFor();

  // The first Tab reaches the skip link; Enter moves focus into the main content.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  assert.ok(await page.locator('.skip-link').isVisible(), 'the skip link shows when focused');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');

  await tabTo(page, () => document.activeElement.id === 'finder-q', 'the search box');
  await page.keyboard.type('Tampere');
  await page.waitForURL(/q=Tampere/);

  await tabTo(page, () => document.activeElement.id === 'lang-uk', 'the Ukrainian checkbox');
  await page.keyboard.press('Space');
  await page.waitForURL(/language=uk/);
  await page.waitForFunction(() => [...document.querySelectorAll('#results .result-languages')].every((e) => /Ukrainian/.test(e.textContent)));

  // Focus is visible wherever it goes.
  await tabTo(page, () => document.activeElement.matches('#results a'), 'a result');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'the focused link has a visible outline');
  const name = (await page.evaluate(() => document.activeElement.textContent)).trim();
  await page.keyboard.press('Enter');

  await page.waitForURL(/\/en\/services\//);
  await page.waitForFunction(() => document.activeElement?.id === 'page-title');
  assert.equal((await page.locator('h1').textContent()).trim(), name);
  assert.match(await page.locator('[data-testid=service-languages]').textContent(), /Ukrainian/);
  assert.match(await page.locator('.facts').last().textContent(), /Tampere/);
});

test('map points are not in the tab order nor read out: the list is the keyboard path', async (t) => {
  const { page } = await openApp(t, '/en/');
  await page.locator('canvas.atlas-points[data-points]:not([data-points="0"])').waitFor();
  const points = await page.evaluate(() => {
    const c = document.querySelector('canvas.atlas-points');
    return {
      // The points are painted on one canvas: no element per point to reach.
      elements: document.querySelectorAll('.leaflet-marker-pane > *').length,
      canvasTabIndex: c.tabIndex,
      hidden: c.getAttribute('aria-hidden'),
      tabbableInPanes: [...document.querySelectorAll('.leaflet-pane *')].filter((e) => e.tabIndex >= 0).length,
    };
  });
  assert.deepEqual(points, { elements: 0, canvasTabIndex: -1, hidden: 'true', tabbableInPanes: 0 });
});

test('reduced motion: the map zooms without animation', async (t) => {
  const animated = async (reducedMotion) => {
    const { page, context } = await openApp(t, '/fixtures/blank.html');
    await page.emulateMedia({ reducedMotion });
    await page.goto(new URL('/en/', page.url()).href);
    await page.locator('canvas.atlas-points[data-points]:not([data-points="0"])').waitFor();
    // The points' canvas follows Leaflet's zoom animation only when the map animates.
    const n = await page.locator('canvas.atlas-points.leaflet-zoom-animated').count();
    await context.close();
    return n;
  };
  assert.ok((await animated('no-preference')) > 0, 'animated by default');
  assert.equal(await animated('reduce'), 0);
});

test('print: the result list prints, the map and the filters do not', async (t) => {
  const { page } = await openApp(t, '/en/');
  await page.locator('#results > li').first().waitFor();
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.locator('#results > li').first().isVisible());
  assert.equal(await page.locator('.map').isVisible(), false);
  assert.equal(await page.locator('.filters-panel').isVisible(), false);
});
