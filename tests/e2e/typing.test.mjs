// Typing changes only what changed (issues 12 and 18): entries that stay in the list are the same
// elements, the map repaints its one canvas (no element per point to make or keep), and it still
// stands for exactly the listed services after every keystroke.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './helpers.mjs';
import { resultCount, waitForResults, mapAndCount, waitForPoints, CANVAS } from './finder-page.mjs';

/** Tags every list entry and the map's canvas now on the page, so that a later look can tell kept ones from new ones. */
function tagAll(page) {
  return page.evaluate((canvas) => {
    const entries = [...document.querySelectorAll('#results > li')];
    // An element keeps the id it was tagged with: one reused for another service would show it.
    for (const el of entries) el.__taggedAs = el.dataset.serviceId;
    document.querySelector(canvas).__tagged = true;
    return entries.map((el) => el.dataset.serviceId);
  }, CANVAS);
}

/** Presses `key` in the search box and waits until the URL holds what the box says. */
async function press(page, key) {
  const box = page.locator('#finder-q');
  await box.press(key);
  const typed = await box.inputValue();
  await page.waitForFunction((q) => (new URL(location.href).searchParams.get('q') ?? '') === q, typed);
  return typed;
}

test('typing keeps the list entries that stay, and the map repaints its one canvas', async (t) => {
  const { page } = await openApp(t, '/en/');
  await waitForResults(page);
  await waitForPoints(page);
  const total = await resultCount(page);
  const before = await tagAll(page);
  // Helsinki's services: the list narrows, and those of them already listed stay.
  for (const key of 'hel') await press(page, key);
  const { count: after, onMap } = await mapAndCount(page);
  assert.equal(onMap, after, 'the points stand for exactly the listed services');
  assert.ok(after > 0 && after < total, `"hel" narrows the list (${total} → ${after})`);
  const entries = await page.evaluate(() =>
    [...document.querySelectorAll('#results > li')].map((el) => ({ id: el.dataset.serviceId, taggedAs: el.__taggedAs })),
  );
  const stayed = entries.filter((e) => before.includes(e.id));
  assert.ok(stayed.length > 0, 'some entries stay in the list');
  assert.deepEqual(stayed.filter((e) => e.taggedAs !== e.id).map((e) => e.id), [], 'an entry that stays is the same element');
  const made = entries.filter((e) => !before.includes(e.id));
  assert.deepEqual(made.filter((e) => e.taggedAs !== undefined).map((e) => e.id), [], 'an entry new to the list is a new element');
  // The map: the same canvas, alone in its pane, painted again for the narrower results.
  const map = await page.evaluate((sel) => {
    const c = document.querySelector(sel);
    return { same: c.__tagged === true, alone: c.parentElement.childElementCount, markers: document.querySelector('.leaflet-marker-pane').childElementCount };
  }, CANVAS);
  assert.deepEqual(map, { same: true, alone: 1, markers: 0 });
});

test('after every keystroke and deletion the map stands for exactly the listed services', async (t) => {
  const { page } = await openApp(t, '/en/');
  await waitForResults(page);
  await waitForPoints(page);
  let previous = null;
  for (const key of ['t', 'a', 'm', 'Backspace', 'Backspace', 'e', 'Backspace', 'Backspace']) {
    const typed = await press(page, key);
    const { count, onMap } = await mapAndCount(page);
    assert.equal(onMap, count, `after "${key}" (query "${typed}")`);
    if (key !== 'Backspace' && previous !== null) assert.ok(count <= previous, `a letter more never finds more (${typed})`);
    previous = count;
  }
});

/**
 * Types `text` into the search box and clicks `selector` in the next task: the page has answered
 * the keystroke (its effects ran), but no frame has been drawn between the two unless the browser
 * happened to draw one then.
 */
function typeAndClick(page, text, selector) {
  return page.evaluate(
    async ({ text, selector }) => {
      const box = document.getElementById('finder-q');
      box.value = text;
      box.dispatchEvent(new Event('input', { bubbles: true }));
      const channel = new MessageChannel();
      await new Promise((resolve) => {
        channel.port1.onmessage = resolve;
        channel.port2.postMessage(null);
      });
      document.querySelector(selector).click();
    },
    { text, selector },
  );
}

// The browser's history is told a keystroke's address a frame later (issue 18: it is a call into
// the browser that took milliseconds): a link followed before that frame must still leave the
// typed text in the entry it leaves, so that "back" finds the list as it was typed.
test('a link followed in the frame of a keystroke leaves the typed text in the history', async (t) => {
  const { page } = await openApp(t, '/en/');
  await waitForResults(page);
  await typeAndClick(page, 'tampere', '#results > li a');
  await page.waitForURL(/\/en\/services\//);
  await page.goBack();
  await waitForResults(page);
  assert.equal(new URL(page.url()).searchParams.get('q'), 'tampere');
  assert.equal(await page.locator('#finder-q').inputValue(), 'tampere');
});

test('a choice made in the frame of a keystroke comes after the typed text in the history', async (t) => {
  const { page } = await openApp(t, '/en/');
  await waitForResults(page);
  await page.locator('.language-filter input[value="uk"]').waitFor();
  await typeAndClick(page, 'tampere', '.language-filter input[value="uk"]');
  await page.waitForURL(/q=tampere&language=uk|language=uk&q=tampere/);
  await page.goBack();
  await page.waitForURL((u) => !u.search.includes('language='));
  assert.equal(new URL(page.url()).searchParams.get('q'), 'tampere');
  assert.equal(await page.locator('#finder-q').inputValue(), 'tampere');
});

test('a search typed after a choice is an entry of its own: Back goes to the choice, and once more to before it', async (t) => {
  const { page } = await openApp(t, '/en/');
  await waitForResults(page);
  await page.locator('.language-filter input[value="uk"]').check();
  await page.waitForURL(/language=uk/);
  await page.locator('.language-filter input[value="ru"]').check();
  await page.waitForURL(/language=uk%2Cru|language=uk,ru/);
  const chosen = new URL(page.url()).search;
  await page.locator('#finder-q').pressSequentially('tampere');
  await page.waitForURL(/q=tampere/);
  // The search's keystrokes are one entry: one Back leaves the search, the choices stay.
  await page.goBack();
  await page.waitForURL((u) => u.search === chosen);
  assert.equal(await page.locator('#finder-q').inputValue(), '');
  assert.ok(await page.locator('.language-filter input[value="ru"]').isChecked(), 'the second choice is still there');
  await page.goBack();
  await page.waitForURL((u) => u.search === '?language=uk');
});
