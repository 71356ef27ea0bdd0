// The finder's main journey on a phone (360 px) and a desktop (1280 px): results first, the
// filters folded and shown as chips, a map that works when toggled, a forgiving search,
// numbers that stay numbers in Arabic, a title per page, the way back to the list as it was,
// and a service page a person can act on.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { openApp, axeViolations, formatViolations } from './helpers.mjs';
import {
  resultCount, waitForResults, servicesOnMap, sightAtNextClick, sameSight, waitForPoints, datasetServices, zoomToSingles, CANVAS,
  waitForView, onPage, inMap, mapView,
} from './finder-page.mjs';

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };
const dataset = JSON.parse(fs.readFileSync(new URL('../../public/data/atlas.json', import.meta.url)));
// A Helsinki service with a phone number, an e-mail address and weekday hours.
const SERVICE = dataset.services.find((s) => s.municipality === '091' && s.phones?.length && s.email && /^Mo-Fr 09:00/.test(s.opening_hours ?? ''));

/** Text without Fluent's isolation marks around arguments. */
const plain = (s) => s.replace(/[\u2068\u2069]/g, '');

/** A message of a UI language's Fluent file, as written there (a plain one-line message). */
const message = (lang, key) => {
  const ftl = fs.readFileSync(new URL(`../../locales/${lang}/main.ftl`, import.meta.url), 'utf8');
  return new RegExp(`^${key} = (.*)$`, 'm').exec(ftl)[1];
};

/** The element's box relative to the viewport. */
const box = (locator) => locator.evaluate((e) => e.getBoundingClientRect().toJSON());

test('phone: the search box and the count come first; the filters fold into one control', async (t) => {
  const { page } = await openApp(t, '/uk/', { viewport: PHONE });
  await waitForResults(page);
  assert.equal(await page.locator('#filters-panel').isVisible(), false, 'the panel is folded');
  // The search box is in sight without a tap (it was in the folded panel), then the count.
  assert.ok(await page.locator('#finder-q').isVisible(), 'the search box is shown');
  const search = await box(page.locator('#finder-q'));
  const count = await box(page.getByTestId('result-count'));
  assert.ok(search.bottom <= count.top && count.bottom <= PHONE.height, `the search box (${search.top} px) and the count (${count.top} px) in the first screen`);
  const toggle = page.locator('[data-testid=filters-toggle]');
  assert.match(plain(await toggle.textContent()), /\(0\)/);
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  // Typed text is not one of the panel's filters: the count stays.
  await page.locator('#finder-q').fill('helsinki');
  await page.waitForURL(/q=helsinki/);
  assert.match(plain(await toggle.textContent()), /\(0\)/);
  await page.locator('#finder-q').fill('');
  await page.waitForURL((u) => !u.search.includes('q='));

  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  await page.locator('#filters-panel').waitFor();
  // The keyboard goes to the panel's first control.
  await page.waitForFunction(() => document.activeElement?.closest('#filters-panel') && document.activeElement.matches('input, select'), null, { timeout: 5000 });
  await page.locator('#lang-ar').check();
  await page.waitForURL(/language=ar/);
  assert.match(plain(await toggle.textContent()), /\(1\)/);
  // "Show N services" closes the panel onto the results.
  await page.locator('.filters-done').click();
  await page.locator('#filters-panel').waitFor({ state: 'hidden' });
  await page.waitForFunction(() => document.activeElement?.id === 'result-count');
  await page.waitForFunction(() => {
    const r = document.querySelector('#results > li')?.getBoundingClientRect();
    return r && r.top >= 0 && r.top < innerHeight;
  });
  // The chosen filter is a chip above the list; removing it widens the list again.
  const chip = page.locator('[data-testid=filter-chips] .chip');
  assert.equal(await chip.count(), 1);
  const narrowed = await resultCount(page);
  await chip.click();
  await page.waitForURL((u) => !u.search.includes('language='));
  await page.waitForFunction((n) => Number(/\d+/.exec(document.querySelector('[data-testid=result-count]').textContent)?.[0]) > n, narrowed);
  assert.equal(await page.locator('[data-testid=filter-chips]').count(), 0);
});

for (const lang of ['fi', 'uk', 'ar']) test(`phone (${lang}): the pages' links fold under one button, so that the first result's name is in the first screen`, async (t) => {
  const { page } = await openApp(t, `/${lang}/`, { viewport: PHONE });
  await waitForResults(page);
  const toggle = page.locator('#pages-toggle');
  const pages = page.locator('#site-pages');
  assert.equal(await pages.isVisible(), false, 'folded');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.ok((await box(toggle)).height >= 44, 'a thumb-sized button');
  // The language menu stays in sight, and under it the notice, the search box, the count and
  // the first result's whole name.
  assert.ok(await page.locator('.language-menu a[hreflang=uk]').isVisible());
  assert.ok(await page.getByTestId('sample-notice').isVisible());
  const name = await box(page.locator('#results > li a').first());
  assert.ok(name.bottom <= PHONE.height, `the first result's name at ${name.top}–${name.bottom} px`);

  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  const links = pages.locator('a');
  assert.equal(await links.count(), 5);
  for (const l of await links.all()) assert.ok((await box(l)).height >= 44, `${await l.textContent()}: 44 px tall`);
  // Escape folds them and gives the keyboard back to the button.
  await links.first().focus();
  await page.keyboard.press('Escape');
  await pages.waitFor({ state: 'hidden' });
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'pages-toggle');
  // A page chosen opens and folds them again.
  await toggle.click();
  await pages.locator(`a[href="/${lang}/actors"]`).click();
  await page.waitForURL(new RegExp(`/${lang}/actors$`));
  await pages.waitFor({ state: 'hidden' });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
});

test('desktop: the pages\' links are in the header, with no button to unfold them', async (t) => {
  const { page } = await openApp(t, '/fi/', { viewport: DESKTOP });
  await waitForResults(page);
  assert.ok(await page.locator('#site-pages a[href="/fi/actors"]').isVisible());
  assert.equal(await page.locator('#pages-toggle').isVisible(), false);
});

test('the header says which page is open, and only that one: the finder only on the finder', async (t) => {
  const { page } = await openApp(t, '/uk/', { viewport: DESKTOP });
  await waitForResults(page);
  const current = () => page.locator('#site-pages a[aria-current=page]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(await current(), ['/uk/']);
  await page.locator('#site-pages a[href="/uk/actors"]').click();
  await page.waitForURL(/\/uk\/actors$/);
  await page.waitForFunction(() => document.querySelector('#site-pages a[href="/uk/actors"]')?.getAttribute('aria-current') === 'page');
  assert.deepEqual(await current(), ['/uk/actors']);
  // Shown, not only said: the open page's link is bold.
  assert.equal(await page.locator('#site-pages a[href="/uk/actors"]').evaluate((a) => getComputedStyle(a).fontWeight), '700');
});

test('phone (uk): the filter panel opened and closed with nothing changed gives back the place in the list, by its button or Escape', async (t) => {
  const { page } = await openApp(t, '/uk/', { viewport: PHONE });
  await waitForResults(page);
  const toggle = page.locator('[data-testid=filters-toggle]');
  const entry = page.locator('#results > li').nth(12);
  for (const close of ['button', 'Escape']) {
    await entry.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -100));
    const before = await page.evaluate(() => window.scrollY);
    assert.ok(before > 1000, `scrolled down the list (${before} px)`);
    await toggle.click();
    await page.locator('#filters-panel').waitFor();
    // The keyboard in the panel, which opens above the list: the page goes up to it.
    await page.waitForFunction(() => document.activeElement?.closest('#filters-panel'));
    await page.waitForFunction((y) => window.scrollY < y - 500, before);
    if (close === 'button') await toggle.click();
    else await page.keyboard.press('Escape');
    await page.locator('#filters-panel').waitFor({ state: 'hidden' });
    await page.waitForFunction((y) => Math.abs(window.scrollY - y) <= 2, before);
    const r = await box(entry);
    assert.ok(r.top >= 0 && r.bottom <= PHONE.height, `${close}: the 13th entry is in sight again (${r.top} px)`);
  }
});

test('desktop: filters, list and map side by side, with no fold', async (t) => {
  const { page } = await openApp(t, '/fi/?language=ar', { viewport: DESKTOP });
  await waitForResults(page);
  // The panel once the whole finder is up: a first view's list can come a moment before it.
  await page.locator('#filters-panel').waitFor({ state: 'visible', timeout: 10_000 });
  assert.equal(await page.locator('[data-testid=filters-toggle]').isVisible(), false);
  // The search box over the filters, in one column.
  const [panel, list, map] = await Promise.all(['.finder-side', '.results', '.map'].map((s) => box(page.locator(s))));
  const search = await box(page.locator('#finder-q'));
  assert.ok(search.left >= panel.left && search.right <= panel.right, 'the search box is in the filters\' column');
  assert.ok(panel.right <= list.left && list.right <= map.left, 'three columns, left to right');
  assert.equal(await page.locator('[data-testid=filter-chips] .chip').count(), 1);
});

test('phone: the map toggle shows a sized map with its markers, and each view keeps its state', async (t) => {
  const { page } = await openApp(t, '/en/', { viewport: PHONE });
  await waitForResults(page);
  const total = await resultCount(page);
  await page.evaluate(() => window.scrollTo(0, 600));
  await page.waitForFunction(() => window.scrollY >= 500);
  await page.getByRole('button', { name: 'Map', exact: true }).click();
  await page.waitForURL(/view=map/);
  const map = await box(page.locator('.map'));
  assert.ok(map.width > 300 && map.height > 300, `the map is laid out (${map.width}×${map.height})`);
  await waitForPoints(page);
  assert.equal(await servicesOnMap(page), total, 'the points stand for every result');
  // Tiles cover the map's area: Leaflet measured the container.
  await page.waitForFunction(() => document.querySelectorAll('img.leaflet-tile').length > 1);
  // The zoom the map shows, read from its tiles' addresses (…/{z}/{x}/{y}.png).
  const zoom = () => page.evaluate(() => Math.max(...[...document.querySelectorAll('img.leaflet-tile')].map((i) => Number(/\/(\d+)\/\d+\/\d+\.png/.exec(i.src)?.[1] ?? -1))));
  const before = await zoom();
  await page.locator('.leaflet-control-zoom-in').click();
  await page.waitForFunction((z) => {
    const zs = [...document.querySelectorAll('img.leaflet-tile')].map((i) => Number(/\/(\d+)\/\d+\/\d+\.png/.exec(i.src)?.[1] ?? -1));
    return Math.max(...zs) === z + 1;
  }, before);

  await page.getByRole('button', { name: 'List', exact: true }).click();
  await page.waitForURL(/view=list/);
  await page.waitForFunction(() => Math.abs(window.scrollY - 600) < 5, null, { timeout: 5000 });
  await page.getByRole('button', { name: 'Map', exact: true }).click();
  await page.waitForURL(/view=map/);
  assert.equal(await zoom(), before + 1, 'the map kept its zoom');
});

test('near me brings the results into view, and the sort control says "nearest first"', async (t) => {
  for (const viewport of [PHONE, DESKTOP]) {
    const { page, context } = await openApp(t, '/en/', { viewport, geolocation: { latitude: 61.4981, longitude: 23.7608 } });
    await waitForResults(page);
    assert.equal(await page.locator('#finder-sort').inputValue(), 'name');
    const byName = await page.locator('#results .result-name').allTextContents();
    if (viewport === PHONE) await page.locator('[data-testid=filters-toggle]').click();
    await page.getByRole('button', { name: 'Services near me' }).click();
    await page.locator('#results .distance').first().waitFor();
    assert.equal(await page.locator('#finder-sort').inputValue(), 'distance', `at ${viewport.width} px`);
    assert.match(await page.locator('#finder-sort option:checked').textContent(), /Nearest first/);
    if (viewport === PHONE) {
      await page.locator('#filters-panel').waitFor({ state: 'hidden' });
      await page.waitForFunction(() => {
        const r = document.querySelector('#results > li')?.getBoundingClientRect();
        return r && r.top >= 0 && r.top < innerHeight;
      });
    }
    // Ordered by name again on request (as before "near me"), and the control says so.
    await page.locator('#finder-sort').selectOption('name');
    await page.waitForURL(/sort=name/);
    await page.waitForFunction((names) => {
      const now = [...document.querySelectorAll('#results .result-name')].map((e) => e.textContent);
      return now.length === names.length && now.every((n, i) => n === names[i]);
    }, byName);
    assert.equal(await page.locator('#finder-sort').inputValue(), 'name');
    await context.close();
  }
});

for (const lang of ['uk', 'ar']) test(`phone (${lang}): after "near me" the map opens around the position and the services nearest it, the position marked, not at the country's view`, async (t) => {
  const here = { latitude: 61.4978, longitude: 23.7610 };
  const { page } = await openApp(t, `/${lang}/`, { viewport: PHONE, geolocation: here });
  await waitForResults(page);
  await page.locator('[data-testid=filters-toggle]').click();
  await page.locator('.near-me > button').click();
  await page.locator('#results .distance').first().waitFor();
  await page.locator('#filters-panel').waitFor({ state: 'hidden' });
  const nearest = await page.locator('#results > li .result-name a').first().getAttribute('href');
  await page.locator('.view-toggle button').nth(1).click();
  await page.waitForURL(/view=map/);
  await page.locator('.map').evaluate((m) => m.scrollIntoView({ block: 'end' }));
  await page.waitForFunction((sel) => document.querySelector(sel)?.dataset.origin, CANVAS);
  const view = await mapView(page);
  assert.ok(view.zoom >= 9, `around the position (zoom ${view.zoom}), not the whole country (5)`);
  // The position is marked where it is, and the nearest service is in sight beside it.
  const [ox, oy] = (await page.locator(CANVAS).getAttribute('data-origin')).split(' ').map(Number);
  const box = await page.locator(CANVAS).boundingBox();
  const mark = { x: box.x + ox, y: box.y + oy };
  const at = onPage(view, here.latitude, here.longitude);
  assert.ok(Math.abs(mark.x - at.x) <= 1 && Math.abs(mark.y - at.y) <= 1, `the mark at the position: ${JSON.stringify({ mark, at })}`);
  assert.ok(inMap(view, mark, 0), `the mark in sight: ${JSON.stringify({ mark, view })}`);
  const service = (await datasetServices(page)).find((s) => nearest.endsWith(`/services/${s.id}`));
  assert.ok(inMap(view, onPage(view, service.lat, service.lon), 0), `the nearest service (${service.id}) in sight`);
  // Measuring stopped: the mark goes.
  await page.locator('[data-testid=filter-chips] .chip-list li').first().locator('button').click();
  await page.waitForFunction((sel) => !document.querySelector(sel).dataset.origin, CANVAS);
});

test('phone: after "show nearest", a chip says where distances are measured from, and a tap on it stops measuring', async (t) => {
  for (const lang of ['uk', 'ar']) {
    const { page } = await openApp(t, `/${lang}/`, { viewport: PHONE });
    await waitForResults(page);
    const chips = page.locator('[data-testid=filter-chips]');
    assert.equal(await chips.count(), 0, 'nothing chosen: no chips');
    await page.locator('[data-testid=filters-toggle]').click();
    await page.locator('#near-municipality').fill('Tampere');
    await page.locator('.near-municipality button[type=submit]').click();
    // The panel that said it closes as the list comes; the chip says it, in the page's language.
    await page.locator('#filters-panel').waitFor({ state: 'hidden' });
    await page.locator('#results .distance').first().waitFor();
    const chip = chips.locator('.chip');
    await chip.first().waitFor();
    assert.equal(await chip.count(), 1);
    // Tampere as the list names it (its name in the page's language where the dataset has one).
    const tampere = await page.locator('#results .result-meta > span').first().textContent();
    if (lang === 'ar') assert.equal(tampere, dataset.municipalities.find((m) => m.code === '837').name.ar);
    const words = message(lang, 'chip-near-place').replace('{ $place }', tampere);
    assert.equal(plain(await chip.textContent()).replace('×', '').trim(), words);
    assert.ok(await chip.isVisible(), 'the chip is on the screen');
    assert.equal(await chip.getAttribute('aria-label'), message(lang, 'near-stop'));
    // Not a filter: nothing to clear but it.
    assert.equal(await chips.locator('.button-link').count(), 0, 'no "clear filters" for a place to measure from');
    const violations = await axeViolations(page);
    assert.equal(violations.length, 0, formatViolations(violations));
    await chip.click();
    await page.waitForURL((u) => !u.search.includes('near='));
    await chips.waitFor({ state: 'detached' });
    assert.equal(await page.locator('#results .distance').count(), 0, 'no distances once measuring stops');
    assert.equal(await page.locator('#finder-sort').inputValue(), 'name');
    await page.close();
  }
});

test('phone: "near me" shows its chip beside the filters chosen, and clearing the filters keeps it', async (t) => {
  const { page } = await openApp(t, '/en/?language=uk', { viewport: PHONE, geolocation: { latitude: 61.4981, longitude: 23.7608 } });
  await waitForResults(page);
  await page.locator('[data-testid=filters-toggle]').click();
  await page.getByRole('button', { name: 'Services near me' }).click();
  await page.locator('#results .distance').first().waitFor();
  const chips = page.locator('[data-testid=filter-chips] .chip');
  await chips.nth(1).waitFor();
  assert.deepEqual((await chips.allTextContents()).map((c) => plain(c).replace('×', '').trim()), ['Nearest to you', 'Ukrainian']);
  await page.locator('[data-testid=filter-chips] .button-link').click();
  await page.waitForURL((u) => !u.search.includes('language='));
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=filter-chips] .chip').length === 1);
  assert.equal(plain(await chips.first().textContent()).replace('×', '').trim(), 'Nearest to you');
  assert.ok((await page.locator('#results .distance').count()) > 0, 'still measured from the position');
  await chips.first().click();
  await page.locator('[data-testid=filter-chips]').waitFor({ state: 'detached' });
  assert.equal(await page.locator('#results .distance').count(), 0);
});

test('language names read as each language writes them: lower case inside a list in Finnish and Ukrainian, capitalised as a label', async (t) => {
  for (const lang of ['fi', 'uk']) {
    const { page } = await openApp(t, `/${lang}/`, { viewport: PHONE });
    await waitForResults(page);
    const entry = page.locator('#results > li').first();
    const id = await entry.getAttribute('data-service-id');
    const languages = dataset.services.find((s) => s.id === id).languages;
    // The browser's own names (Intl.DisplayNames, CLDR): "suomi", "фінська".
    const names = await page.evaluate(([ui, cs]) => cs.map((c) => new Intl.DisplayNames([ui], { type: 'language' }).of(c)), [lang, languages]);
    assert.ok(names.every((n) => n === n.toLowerCase()), `${lang}: CLDR writes them in lower case: ${names}`);
    const line = plain(await entry.locator('.result-languages').textContent());
    assert.deepEqual(line.slice(line.indexOf(':') + 1).trim().split(/,\s*/), names, `${lang}: ${line}`);
    // A label standing alone begins with a capital: the filter's checkbox.
    await page.locator('[data-testid=filters-toggle]').click();
    const label = await page.locator(`.language-filter input[value="${languages[0]}"]`).locator('xpath=..').textContent();
    assert.ok(label.trim().startsWith(names[0][0].toUpperCase() + names[0].slice(1)), `${lang}: ${label}`);
    await page.close();
  }
});

test('phone: Escape closes the open filter panel and gives the keyboard back to its button; in the search box it clears the text and leaves the panel', async (t) => {
  const { page } = await openApp(t, '/ar/', { viewport: PHONE });
  await waitForResults(page);
  const toggle = page.locator('[data-testid=filters-toggle]');
  const open = () => page.locator('.finder').getAttribute('data-filters-open');
  await toggle.click();
  await page.locator('#filters-panel').waitFor();
  await page.locator('#finder-q').fill('abc');
  await page.locator('#finder-q').press('Escape');
  await page.waitForFunction(() => document.querySelector('#finder-q').value === '');
  assert.equal(await open(), 'true', 'the first Escape clears the text, the panel stays');
  await page.locator('.language-filter input[type=checkbox]').first().focus();
  await page.keyboard.press('Escape');
  await page.locator('#filters-panel').waitFor({ state: 'hidden' });
  assert.equal(await open(), 'false');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'filters-toggle');
});

test('desktop: "show nearest" at the end of the filter column brings the results back into sight', async (t) => {
  const { page } = await openApp(t, '/uk/?language=uk', { viewport: DESKTOP });
  await waitForResults(page);
  await page.locator('#near-municipality').fill('Tampere');
  await page.locator('.near-municipality button[type=submit]').click();
  await page.locator('#results .distance').first().waitFor();
  await page.waitForFunction(() => {
    const r = document.getElementById('results-header').getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  }, null, { timeout: 5000 });
  const first = await box(page.locator('#results > li').first());
  assert.ok(first.top < 800, `the first result is in sight (${first.top})`);
});

test('at 320 px the sort control\'s label keeps its words whole, in Ukrainian and Arabic', async (t) => {
  for (const lang of ['uk', 'ar']) {
    const { page, context } = await openApp(t, `/${lang}/`, { viewport: { width: 320, height: 640 } });
    await waitForResults(page);
    const label = page.locator('.sort-control label');
    // One line box per word at most: a word broken in the middle takes a line box of its own.
    const lines = await label.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    const words = (await label.textContent()).trim().split(/\s+/).length;
    assert.ok(lines <= words, `${lang}: "${await label.textContent()}" on ${lines} lines`);
    const [l, select] = await Promise.all([box(label), box(page.locator('#finder-sort'))]);
    assert.ok(select.right <= 320 && select.left >= 0, `${lang}: the select within the page (${select.left}–${select.right})`);
    assert.ok(l.right <= 320 && l.left >= 0);
    await context.close();
  }
});

test('search forgives: Cyrillic spellings, Finnish cases and typos find Helsinki, with suggestions when nothing matches', async (t) => {
  for (const [lang, q, viewport] of [['uk', 'Гельсінкі', PHONE], ['ru', 'Хельсинки', DESKTOP], ['en', 'Helsinky', PHONE], ['ar', 'هلسنكي', DESKTOP], ['fi', 'Helsingissä', PHONE]]) {
    const { page, context } = await openApp(t, `/${lang}/?q=${encodeURIComponent(q)}`, { viewport });
    await waitForResults(page);
    const places = await page.locator('#results .result-meta').allTextContents();
    assert.ok(places.length > 0, `${q} finds something`);
    for (const p of places) assert.match(p, /Helsinki|Гельсінкі|Хельсинки|هلسنكي/, `${q}: ${p}`);
    await context.close();
  }
  const { page } = await openApp(t, '/en/?q=Hlsnki&language=fi', { viewport: PHONE });
  await page.locator('[data-testid=no-results]').waitFor();
  const suggestion = page.locator('[data-testid=suggestions]').getByRole('button', { name: 'Helsinki', exact: true });
  await suggestion.click();
  await page.waitForURL(/q=Helsinki/);
  await waitForResults(page);
  // And a way out of an empty list in one tap.
  await page.goto(new URL('/en/?q=zzzzzz&language=fi', page.url()).href);
  await page.locator('[data-testid=clear-filters]').click();
  await page.waitForURL((u) => u.search === '');
  await waitForResults(page);
});

for (const viewport of [PHONE, DESKTOP]) test(`Arabic at ${viewport.width} px: a phone number reads left to right, "+" first; times too`, async (t) => {
  const { page } = await openApp(t, `/ar/services/${SERVICE.id}`, { viewport });
  await page.locator('#page-title').waitFor();
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  const order = await page.locator('dl a[href^="tel:"]').first().evaluate((a) => {
    const text = a.textContent;
    const node = a.querySelector('bdi').firstChild;
    const at = (i) => {
      const r = document.createRange();
      r.setStart(node, i);
      r.setEnd(node, i + 1);
      return r.getBoundingClientRect().left;
    };
    return { text, plus: at(0), last: at(text.length - 1) };
  });
  assert.equal(order.text, SERVICE.phones[0].number);
  assert.ok(order.plus < order.last, `"+" renders left of the last digit: ${JSON.stringify(order)}`);
  // Opening hours "9:00–16:00" keep their order too.
  const hours = await page.locator('dl.hours dd bdi').first().evaluate((b) => {
    const node = b.firstChild;
    const r = document.createRange();
    r.setStart(node, 0);
    r.setEnd(node, 1);
    const first = r.getBoundingClientRect().left;
    r.setStart(node, node.length - 1);
    r.setEnd(node, node.length);
    return { text: node.textContent, first, last: r.getBoundingClientRect().left };
  });
  assert.ok(hours.first < hours.last, `hours read left to right: ${JSON.stringify(hours)}`);
});

test('a list of names is written with the UI language\'s comma: "، " in Arabic, ", " in Ukrainian', async (t) => {
  assert.ok(SERVICE.languages.length >= 2, 'the test service has two languages or more');
  for (const [lang, separator, other] of [['ar', '، ', ', '], ['uk', ', ', '، ']]) {
    const { page } = await openApp(t, `/${lang}/services/${SERVICE.id}`);
    const text = await page.locator('[data-testid=service-languages]').textContent();
    assert.equal(text.split(separator).length, SERVICE.languages.length, `${lang}: ${text}`);
    assert.ok(!text.includes(other), `${lang}: ${text}`);
    // The finder's list too.
    await page.goto(new URL(`/${lang}/`, page.url()).href);
    await waitForResults(page);
    const entries = await page.locator('#results .result-languages').allTextContents();
    assert.ok(entries.some((e) => e.includes(separator)) && entries.every((e) => !e.includes(other)), `${lang}: ${entries}`);
  }
});

for (const viewport of [PHONE, DESKTOP]) test(`every page has its own title in the UI language, announced after a navigation (${viewport.width} px)`, async (t) => {
  const { page } = await openApp(t, '/en/', { viewport });
  await waitForResults(page);
  await page.waitForFunction(() => document.title === 'Guidance and counselling services – Integration Atlas');
  await page.goto(new URL('/en/?language=ar&municipality=837', page.url()).href);
  await page.waitForFunction(() => document.title === 'Services in Arabic near Tampere – Integration Atlas');
  await page.goto(new URL('/fi/', page.url()).href);
  await page.waitForFunction(() => document.title === 'Ohjaus- ja neuvontapalvelut – Integration Atlas');
  await waitForResults(page);
  const link = page.locator('#results .result-name a').first();
  const name = (await link.textContent()).trim();
  await link.click();
  await page.waitForURL(/\/fi\/services\//);
  await page.waitForFunction((n) => document.title === `${n} – Integration Atlas`, name);
  await page.waitForFunction(() => document.querySelector('[data-testid=route-announcer]').textContent === document.title);
  // On a phone the pages' links are folded under their button.
  if (viewport === PHONE) await page.locator('#pages-toggle').click();
  await page.locator('.site-header nav a[href="/fi/actors"]').click();
  await page.waitForURL(/\/fi\/actors$/);
  const actorsTitle = `${(await page.locator('#page-title').textContent()).trim()} – Integration Atlas`;
  await page.waitForFunction((t) => document.title === t, actorsTitle);
  await page.waitForFunction(() => document.querySelector('[data-testid=route-announcer]').textContent === document.title);
});

test('a language switch announces the page\'s title in the new language, not the old one', async (t) => {
  const { page } = await openApp(t, '/uk/actors', { viewport: DESKTOP });
  const ukTitle = `${message('uk', 'actors-title')} – Integration Atlas`;
  const arTitle = `${message('ar', 'actors-title')} – Integration Atlas`;
  await page.waitForFunction((t) => document.title === t, ukTitle);
  // The Arabic messages are not in memory yet: the path changes before the words do.
  await page.locator('.language-menu a[hreflang=ar]').click();
  await page.waitForURL(/\/ar\/actors$/);
  await page.waitForFunction((t) => document.title === t, arTitle);
  await page.waitForFunction((t) => document.querySelector('[data-testid=route-announcer]').textContent === t, arTitle);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'page-title');
  // And back: Ukrainian's messages are in memory now, so the switch is at once.
  await page.locator('.language-menu a[hreflang=uk]').click();
  await page.waitForURL(/\/uk\/actors$/);
  await page.waitForFunction((t) => document.querySelector('[data-testid=route-announcer]').textContent === t, ukTitle);
});

test('language names in the filters are in the UI language and marked as such (no lang of the language named)', async (t) => {
  const { page } = await openApp(t, '/ar/', { viewport: DESKTOP });
  await waitForResults(page);
  const label = page.locator('label[for="lang-en"]');
  await label.waitFor();
  const { text, lang } = await label.evaluate((l) => ({ text: l.textContent, lang: [...l.querySelectorAll('*')].map((e) => e.closest('[lang]').lang).concat(l.closest('[lang]').lang) }));
  assert.match(text, /الإنجليزية/);
  assert.deepEqual([...new Set(lang)], ['ar'], `every part of "${text}" is marked Arabic`);
});

test('coming back from a service restores the list: filters, length and scroll', async (t) => {
  const { page } = await openApp(t, '/en/?language=fi', { viewport: PHONE });
  await waitForResults(page);
  // Show more than the first page, then scroll down to an entry beyond it.
  if (await page.getByRole('button', { name: 'Show more services' }).isVisible()) {
    await page.getByRole('button', { name: 'Show more services' }).click();
  }
  const entries = page.locator('#results > li');
  const n = await entries.count();
  const target = entries.nth(Math.min(n - 1, 12));
  await target.scrollIntoViewIfNeeded();
  assert.ok(await page.evaluate(() => window.scrollY) > 300, 'scrolled down the list');
  const name = (await target.locator('.result-name a').textContent()).trim();
  let sight = await sightAtNextClick(page);
  await target.locator('.result-name a').click();
  await page.waitForURL(/\/en\/services\//);
  const left = await sight.left();

  // The page's own link back, then the browser's back button.
  const back = page.locator('[data-testid=back-to-results]');
  assert.match(await back.getAttribute('href'), /^\/en\/\?language=fi$/);
  assert.equal(await back.getAttribute('aria-current'), null, 'a way back is not the page the person is on');
  await back.click();
  await page.waitForURL(/\/en\/\?language=fi$/);
  await sameSight(page, left);
  assert.equal(await entries.count(), n, 'as many entries as before');
  // The keyboard goes on from the entry that was opened, not from the top of the page.
  await page.waitForFunction((n) => document.activeElement?.matches('.result-name a') && document.activeElement.textContent.trim() === n, name);
  await sameSight(page, left);
  sight = await sightAtNextClick(page);
  await page.locator('#results .result-name a', { hasText: name }).click();
  await page.waitForURL(/\/en\/services\//);
  const leftAgain = await sight.left();
  await page.goBack();
  await page.waitForURL(/\/en\/\?language=fi$/);
  assert.ok(await page.locator('#lang-fi').isChecked());
  await sameSight(page, leftAgain);
  await page.waitForFunction((n) => document.activeElement?.textContent.trim() === n, name);
});

test('desktop: coming back from a service restores the list\'s own scroll, the entries in sight where they were', async (t) => {
  const { page } = await openApp(t, '/en/', { viewport: DESKTOP });
  await waitForResults(page);
  // A jump down the list (as a marker's click makes): the entries passed over were never
  // laid out (content-visibility), so the offsets alone would not find the place again.
  const target = page.locator('#results > li').nth(15);
  await target.scrollIntoViewIfNeeded();
  assert.ok(await page.locator('.results').evaluate((e) => e.scrollTop) > 200, 'the list scrolled inside itself');
  // What the person saw when they left: taken as the link is clicked.
  const sight = await sightAtNextClick(page);
  await target.locator('.result-name a').click();
  await page.waitForURL(/\/en\/services\//);
  const left = await sight.left();
  assert.ok(left.list > 200, `the list was scrolled when the person left (${left.list})`);
  await page.locator('[data-testid=back-to-results]').click();
  await page.waitForURL(/\/en\/$/);
  await sameSight(page, left, { samePageScroll: true });
});

test('desktop: a service opened from a map popup also finds the list as it was on the way back', async (t) => {
  const { page } = await openApp(t, '/en/', { viewport: DESKTOP });
  await waitForResults(page);
  await waitForPoints(page);
  const services = await datasetServices(page);
  assert.equal(await resultCount(page), services.length, 'every service is a result');
  // Zoom in (cluster by cluster) until some services stand alone.
  const { singles } = await zoomToSingles(page, services);
  // The point whose entry is furthest down the list (one not yet listed is further still):
  // choosing it scrolls the list to it.
  const names = (await page.locator('#results .result-name a').allTextContents()).map((n) => n.trim());
  const place = (p) => (names.includes(p.members[0].name) ? names.indexOf(p.members[0].name) : Infinity);
  const furthest = singles.reduce((a, b) => (place(b) > place(a) ? b : a));
  await page.mouse.click(furthest.x, furthest.y);
  const link = page.locator('.leaflet-popup-content .popup-link');
  await link.waitFor();
  await page.locator('#results > li.is-highlighted').waitFor();
  const entriesBefore = await page.locator('#results > li').count();
  const sight = await sightAtNextClick(page);
  await link.click();
  await page.waitForURL(/\/en\/services\//);
  const left = await sight.left();
  assert.ok(left.list > 100, `the list scrolled to the marker's entry (${left.list})`);
  await page.goBack();
  await page.waitForURL(/\/en\/$/);
  await waitForResults(page);
  await sameSight(page, left, { samePageScroll: true });
  assert.equal(await page.locator('#results > li').count(), entriesBefore, 'as many entries as before');
});

for (const lang of ['uk', 'ar']) test(`phone (${lang}): a service opened from the map finds the map where it was on the way back, not at the country's view`, async (t) => {
  const { page } = await openApp(t, `/${lang}/?view=map`, { viewport: PHONE });
  await waitForPoints(page);
  const services = await datasetServices(page);
  // The map below the page's title and toolbar, in sight.
  await page.locator('.map').evaluate((m) => m.scrollIntoView({ block: 'end' }));
  const home = await mapView(page);
  const { singles } = await zoomToSingles(page, services);
  await page.mouse.click(singles[0].x, singles[0].y);
  const link = page.locator('.leaflet-popup-content .popup-link');
  await link.waitFor();
  // The popup brings itself into the map with an animated pan, whose end (and the points' next
  // paint) can come more than 300 ms later on a loaded machine: first the popup inside the map.
  await page.waitForFunction(() => {
    const p = document.querySelector('.leaflet-popup')?.getBoundingClientRect();
    const m = document.querySelector('.map')?.getBoundingClientRect();
    return p && m && p.left >= m.left && p.right <= m.right && p.top >= m.top;
  }, null, { polling: 50, timeout: 10_000 });
  // Until the popup has brought itself into the map (a pan) and the points are painted again.
  const settled = () => page.waitForFunction(() => {
    const v = document.querySelector('canvas.atlas-points')?.dataset.view;
    const now = performance.now();
    if (!v || window.__lastView !== v) {
      window.__lastView = v;
      window.__since = now;
      return false;
    }
    return now - window.__since > 300;
  }, null, { polling: 50, timeout: 10_000 });
  await settled();
  const left = await mapView(page);
  const drawn = await servicesOnMap(page);
  assert.ok(left.zoom > home.zoom, `zoomed in (${home.zoom} → ${left.zoom})`);
  await link.click();
  await page.waitForURL(/\/services\//);
  await page.goBack();
  await page.waitForURL(/view=map/);
  await waitForPoints(page);
  await settled();
  const back = await mapView(page);
  assert.equal(back.zoom, left.zoom, 'the same zoom');
  assert.ok(Math.abs(back.x - left.x) <= 1 && Math.abs(back.y - left.y) <= 1, `the same place (${left.x},${left.y} → ${back.x},${back.y})`);
  assert.equal(await servicesOnMap(page), drawn, 'the same services in sight');
});

for (const viewport of [PHONE, DESKTOP]) test(`service page at ${viewport.width} px: map, hours with "opens next", thumb-sized actions, directions, share by copying, print`, async (t) => {
  const { page, context } = await openApp(t, '/fixtures/blank.html', { viewport });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // Monday 23 November 2026, 08:00 in Helsinki: before opening time.
  await page.clock.setFixedTime(new Date('2026-11-23T06:00:00Z'));
  await page.goto(new URL(`/en/services/${SERVICE.id}`, page.url()).href);
  await page.locator('#page-title').waitFor();
  await page.locator('.places-map .leaflet-marker-icon').waitFor();
  assert.match(await page.locator('[data-testid=opens-next]').textContent(), /Opens today at\s*\u2068?9:00/);
  for (const a of await page.locator('[data-testid=contact-buttons] a').all()) {
    const b = await box(a);
    assert.ok(b.height >= 44 && b.width >= 44, `a thumb-sized button (${b.width}×${b.height})`);
  }
  assert.equal(await page.locator('[data-testid=contact-buttons] a[href^="tel:"]').count(), 1);
  const transit = await page.locator('[data-testid=directions-transit]').getAttribute('href');
  assert.match(transit, /^https:\/\/opas\.matka\.fi\/reitti\/POS\/[^/]+::6\d\.\d{5},2\d\.\d{5}$/);
  const osm = await page.locator('[data-testid=directions] a').evaluateAll((as) => as.map((a) => a.href));
  assert.ok(osm.some((h) => /engine=fossgis_osrm_foot&route=%3B6\d\.\d+%2C2\d\.\d+/.test(h)), osm.join(' '));
  assert.ok(osm.some((h) => /engine=fossgis_osrm_car/.test(h)));

  // Chromium on Linux has no Web Share API, so sharing copies the link, and says so.
  assert.equal(await page.evaluate(() => typeof navigator.share), 'undefined');
  await page.locator('[data-testid=share]').click();
  await page.locator('[data-testid=share-status]', { hasText: 'The link was copied' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
  // The printed card leaves out the page's frame and controls.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.site-header').isVisible(), false);
  assert.equal(await page.locator('[data-testid=share]').isVisible(), false);
  assert.ok(await page.locator('#page-title').isVisible());
  // Directions are links whose labels say nothing on paper: the address is printed, they are not.
  assert.equal(await page.locator('[data-testid=directions]').isVisible(), false);
  assert.equal(await page.locator('dt', { hasText: 'Directions' }).isVisible(), false);
  assert.ok(await page.locator('dt', { hasText: 'Address' }).isVisible());
  // The default dataset names no contact, so there is no report link.
  assert.equal(await page.locator('[data-testid=report-problem]').count(), 0);
});

for (const viewport of [PHONE, DESKTOP]) test(`"Report wrong information" e-mails the dataset's contact with the service's id and name (${viewport.width} px)`, async (t) => {
  const { page, context } = await openApp(t, '/fixtures/blank.html', { viewport });
  await context.route('**/data/atlas.json', async (route) => {
    const response = await route.fetch();
    const data = await response.json();
    data.meta.contact = { email: 'corrections@example.fi' };
    await route.fulfill({ response, json: data });
  });
  await page.goto(new URL(`/en/services/${SERVICE.id}`, page.url()).href);
  const report = page.locator('[data-testid=report-problem]');
  await report.waitFor();
  const href = await report.getAttribute('href');
  assert.match(href, /^mailto:corrections@example\.fi\?subject=/);
  const body = decodeURIComponent(href.split('&body=')[1]);
  assert.ok(body.includes(`(id ${SERVICE.id})`), body);
  assert.ok(body.includes(SERVICE.name.en ?? SERVICE.name.fi), body);
  assert.ok(!/[\u2068\u2069]/.test(decodeURIComponent(href)), 'no isolation marks in the e-mail');
});

test('the loading screen is there at once, in the language of the path, under the strict CSP', async (t) => {
  const ftl = (lang) => fs.readFileSync(new URL(`../../locales/${lang}/main.ftl`, import.meta.url), 'utf8');
  const message = (lang, key) => new RegExp(`^${key} = (.*)$`, 'm').exec(ftl(lang))[1];
  // A phone and a desktop: the screen is the same page at both widths.
  for (const [lang, viewport] of [['ar', PHONE], ['uk', DESKTOP], ['fi', PHONE], ['ar', DESKTOP]]) {
    const { page, context } = await openApp(t, '/fixtures/blank.html', { viewport });
    // Hold the app's code back: what shows until then is index.html and public/splash.js alone.
    let release;
    const held = new Promise((r) => (release = r));
    await context.route(/integration-atlas-[0-9a-f]+_bg\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(new URL(`/${lang}/`, page.url()).href, { waitUntil: 'domcontentloaded' });
    const screen = page.locator('#boot');
    await screen.waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.equal(await page.evaluate(() => document.documentElement.dir), lang === 'ar' ? 'rtl' : 'ltr');
    assert.equal(await screen.locator('.boot-text').textContent(), message(lang, 'loading'));
    assert.equal(await screen.locator('.boot-name').textContent(), message(lang, 'app-name'));
    assert.ok(await screen.locator('.spinner').isVisible());
    const box = await screen.boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= viewport.width + 1, `the screen fits ${viewport.width} px`);
    release();
    await page.locator('#page-title').waitFor();
    assert.equal(await page.locator('#boot').count(), 0, 'the app replaced the loading screen');
    await context.close();
  }
  const html = fs.readFileSync(new URL('../../dist/index.html', import.meta.url), 'utf8');
  assert.match(html, /<noscript>[\s\S]*JavaScript[\s\S]*https:\/\/www\.infofinland\.fi\/en[\s\S]*<\/noscript>/);
  assert.ok(!/<script(?![^>]*\bsrc=)[^>]*>/.test(html), 'no inline script');
  assert.ok(!/\sstyle=/.test(html), 'no inline style');
});

test('compact embed: controls=search shows the search box alone and a result within 300 px; none shows no controls', async (t) => {
  const { page, context } = await openApp(t, '/fi/embed?controls=search&municipality=837', { viewport: { width: 360, height: 600 } });
  await waitForResults(page);
  assert.ok(await page.locator('#finder-q').isVisible());
  assert.equal(await page.locator('select:visible, input[type=checkbox]:visible').count(), 0, 'no other filters');
  assert.equal(await page.locator('.finder-intro').count(), 0, 'no intro');
  const first = await box(page.locator('#results > li').first());
  assert.ok(first.top < 300, `the first result starts within 300 px (at ${first.top})`);
  await page.locator('#finder-q').fill('zzzz');
  await page.waitForURL(/q=zzzz/);
  assert.match(page.url(), /controls=search/, 'the choice stays in the URL');
  await context.close();

  // `none` on a wide host page: the list and the map, and still no control.
  const none = await openApp(t, '/fi/embed?controls=none&municipality=837', { viewport: DESKTOP });
  await waitForResults(none.page);
  assert.equal(await none.page.locator('input:visible, select:visible, .filters-toggle:visible').count(), 0);
  await waitForPoints(none.page);
});

test('an embed for one municipality shows its services apart, at the zoom that fits the town', async (t) => {
  const { page } = await openApp(t, '/fi/embed?municipality=837', { viewport: { width: 800, height: 700 } });
  await waitForResults(page);
  const total = await resultCount(page);
  assert.ok(total >= 2, 'Tampere has several services');
  // As many points as services: each stands alone, no cluster hides one.
  await page.waitForFunction(
    ([sel, n]) => document.querySelector(sel)?.dataset.points === String(n) && document.querySelector(sel)?.dataset.services === String(n),
    [CANVAS, total],
  );
});

test('the embed-code builder\'s preview shows the embed whole, nothing cut off at the side', async (t) => {
  const { page } = await openApp(t, '/en/embed-code?municipality=837', { viewport: DESKTOP });
  const frame = page.locator('iframe.embed-preview');
  await frame.waitFor();
  await page.frameLocator('iframe.embed-preview').locator('#results > li').first().waitFor();
  await waitForPoints(page.frameLocator('iframe.embed-preview'));
  const fit = await frame.evaluate((f) => {
    const d = f.contentDocument.documentElement;
    return { frame: f.clientWidth, content: d.scrollWidth, map: f.contentDocument.querySelector('.map').getBoundingClientRect().right };
  });
  assert.ok(fit.content <= fit.frame, `the embed is as wide as its frame: ${JSON.stringify(fit)}`);
  assert.ok(fit.map <= fit.frame, `the map ends inside the frame: ${JSON.stringify(fit)}`);
});

/**
 * At 360 px (or `viewport`), the map of Tampere's services (`/{lang}/?municipality=837&view=map`) with the popup
 * of the service whose languages line is longest (the widest popup) tapped open.
 */
async function openTamperePopup(t, lang, viewport = PHONE, { reducedMotion = null, farthest = false, topmost = false } = {}) {
  const { page } = await openApp(t, `/${lang}/?municipality=837&view=map`, { viewport, hasTouch: true });
  if (reducedMotion) await page.emulateMedia({ reducedMotion });
  await waitForPoints(page);
  // The map starts below the fold (the count and the toggles come first): bring it into sight.
  await page.locator('.map').evaluate((e) => e.scrollIntoView({ block: 'start' }));
  const view = await waitForView(page, (v) => v.width > 300 && v.points > 0 && v.top >= 0 && v.top + v.height <= v.vh);
  const tampere = dataset.services.filter((s) => s.municipality === '837');
  // Where each stands (one municipality's services stand apart), clear of the zoom buttons.
  const tappable = tampere
    .map((s) => ({ s, at: onPage(view, s.location.lat, s.location.lon) }))
    .filter(({ at }) => inMap(view, at, 15) && !(at.x < view.left + 60 && at.y < view.top + 90));
  assert.ok(tappable.length > 0, 'a service of Tampere stands on the map');
  // The widest popup, or (`farthest`) the one farthest from the map's middle, which must be panned
  // to, or (`topmost`) the one nearest the map's top, whose popup opens highest.
  const middle = view.left + view.width / 2;
  const { s, at } = farthest
    ? tappable.reduce((a, b) => (Math.abs(b.at.x - middle) > Math.abs(a.at.x - middle) ? b : a))
    : topmost
      ? tappable.reduce((a, b) => (b.at.y < a.at.y ? b : a))
      : tappable.reduce((a, b) => (b.s.languages.length > a.s.languages.length ? b : a));
  // Where the popup is from the tap's click on, frame by frame (`window.__popupPath`, 20 frames):
  // the map's pan brings it into view, in one step or animated.
  await page.evaluate(() => {
    const pane = document.querySelector('.leaflet-map-pane');
    const before = pane.style.transform;
    const path = (window.__popupPath = []);
    addEventListener('click', () => {
      const step = () => {
        const map = document.querySelector('.leaflet-container').getBoundingClientRect();
        const p = document.querySelector('.leaflet-popup')?.getBoundingClientRect();
        path.push(p && {
          left: Math.round(p.left),
          top: Math.round(p.top),
          moved: pane.style.transform !== before,
          within: p.left >= map.left && p.right <= map.right && p.top >= map.top && p.bottom <= map.bottom,
        });
        if (path.length < 20) requestAnimationFrame(step);
      };
      step();
    }, { once: true });
  });
  await page.touchscreen.tap(at.x, at.y);
  await page.locator('.leaflet-popup-content .popup-name').waitFor();
  return { page, service: s };
}

/** The map's inner box and those of the open popup (its bubble and tip) and its close button. */
const popupBoxes = (page) => page.evaluate(() => {
  const map = document.querySelector('.leaflet-container');
  const r = map.getBoundingClientRect();
  const inner = { left: r.left + map.clientLeft, top: r.top + map.clientTop };
  Object.assign(inner, { right: inner.left + map.clientWidth, bottom: inner.top + map.clientHeight });
  const popup = document.querySelector('.leaflet-popup')?.getBoundingClientRect().toJSON();
  const close = document.querySelector('.leaflet-popup-close-button')?.getBoundingClientRect().toJSON();
  return { map: inner, popup, close };
});
const within = (b, m) => b && b.left >= m.left && b.right <= m.right && b.top >= m.top && b.bottom <= m.bottom;

/** Waits (up to 5 s) for Leaflet to have panned the open popup into the map's view; returns the boxes. */
async function popupSettled(page) {
  await page.waitForFunction(() => {
    // The map's inner box (inside its border), as popupBoxes measures it.
    const map = document.querySelector('.leaflet-container');
    const r = map.getBoundingClientRect();
    const [left, top] = [r.left + map.clientLeft, r.top + map.clientTop];
    const [right, bottom] = [left + map.clientWidth, top + map.clientHeight];
    return [...document.querySelectorAll('.leaflet-popup, .leaflet-popup-close-button')].every((e) => {
      const b = e.getBoundingClientRect();
      return b.left >= left && b.right <= right && b.top >= top && b.bottom <= bottom;
    });
  }, null, { timeout: 5000 }).catch(() => {});
  return popupBoxes(page);
}

// The parts of an open popup's address line: [lang, text] of each text from the data.
const addressParts = (page) => page.locator('.leaflet-popup-content .popup-address span').evaluateAll((parts) => parts.map((e) => [e.lang, e.textContent]));

test('phone: a service\'s popup fits inside the map with its close button in reach, and reads in the page\'s direction', async (t) => {
  for (const lang of ['uk', 'ar']) {
    const { page } = await openTamperePopup(t, lang);
    const boxes = await popupSettled(page);
    assert.ok(within(boxes.popup, boxes.map), `${lang}: the popup lies within the map: ${JSON.stringify(boxes)}`);
    assert.ok(within(boxes.close, boxes.map), `${lang}: the close button lies within the map: ${JSON.stringify(boxes)}`);
    // The whole text is shown: none runs past the popup's edge.
    const cut = await page.locator('.leaflet-popup-content').evaluate((c) => c.scrollWidth > c.clientWidth);
    assert.equal(cut, false, `${lang}: no text runs past the popup's edge`);
    const style = await page.locator('.leaflet-popup-content').evaluate((c) => {
      const s = getComputedStyle(c);
      return { direction: s.direction, textAlign: s.textAlign };
    });
    if (lang === 'ar') {
      assert.equal(style.direction, 'rtl', 'the popup reads right to left');
      // A name in another language (the demonstration services have no Arabic names) keeps its
      // own direction and says which language it is.
      const name = await page.locator('.leaflet-popup-content .popup-name').evaluate((e) => ({ lang: e.lang, direction: getComputedStyle(e).direction, text: e.textContent }));
      assert.match(name.text, /^[A-Za-z]/, 'a name in a language other than Arabic');
      assert.deepEqual([name.lang !== '', name.direction], [true, 'ltr'], JSON.stringify(name));
      // The address names the place as the page does: Tampere's post office is the municipality,
      // whose name has an Arabic form (a text of its own in the address's line).
      assert.deepEqual(await addressParts(page), [['', 'تامبيري']]);
      assert.ok(['start', 'right'].includes(style.textAlign), `the text is aligned to its start (${style.textAlign})`);
      // Every line starts on the right, the address (a Finnish one, read left to right) too.
      const ends = await page.locator('.leaflet-popup-content').evaluate((c) => {
        const right = c.getBoundingClientRect().right;
        return [...c.querySelectorAll('p, a')].map((e) => {
          const r = document.createRange();
          r.selectNodeContents(e);
          return right - r.getBoundingClientRect().right;
        });
      });
      assert.ok(ends.every((gap) => Math.abs(gap) < 2), `every line ends at the popup's right edge: ${ends}`);
      // The close button at the end of the first line: the left in Arabic.
      assert.ok(boxes.close.left - boxes.popup.left < boxes.popup.right - boxes.close.right, `the close button on the left: ${JSON.stringify(boxes)}`);
    } else {
      assert.equal(style.direction, 'ltr');
      assert.ok(['start', 'left'].includes(style.textAlign), `the text is aligned to its start (${style.textAlign})`);
      // Tampere has no Ukrainian name in the data: the Finnish one, which says so.
      assert.deepEqual(await addressParts(page), [['fi', 'Tampere']]);
    }
    await page.close();
  }
});

test('a popup opened on a desktop stays within the map when the window narrows to a phone\'s', async (t) => {
  const { page } = await openTamperePopup(t, 'uk', DESKTOP);
  const wide = await popupSettled(page);
  assert.ok(within(wide.popup, wide.map), `the popup lies within the desktop's map: ${JSON.stringify(wide)}`);
  await page.setViewportSize(PHONE);
  await page.locator('.map').evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await page.waitForFunction(() => document.querySelector('.leaflet-container').clientWidth < 360);
  const boxes = await popupSettled(page);
  assert.ok(within(boxes.popup, boxes.map), `the popup lies within the phone's map: ${JSON.stringify(boxes)}`);
  assert.ok(within(boxes.close, boxes.map), `the close button lies within the phone's map: ${JSON.stringify(boxes)}`);
});

test('with reduced motion, a popup is brought whole into the map at once, not panned there in steps', async (t) => {
  for (const lang of ['uk', 'ar']) {
    const { page } = await openTamperePopup(t, lang, PHONE, { reducedMotion: 'reduce', farthest: true });
    await page.waitForFunction(() => window.__popupPath.length === 20);
    const path = await page.evaluate(() => window.__popupPath);
    const last = path.at(-1);
    assert.ok(last?.moved, `${lang}: the map was moved to show it: ${JSON.stringify(path)}`);
    assert.ok(last.within, `${lang}: the popup lies within the map: ${JSON.stringify(last)}`);
    // Where it opened, then where it is brought, and nowhere between: an animated pan (Leaflet's,
    // a quarter of a second) passes through the places between.
    const places = new Set(path.map((p) => `${p?.left},${p?.top}`));
    assert.ok(places.size <= 2, `${lang}: in one step: ${JSON.stringify(path)}`);
    await page.close();
  }
});

test('the map\'s zoom buttons, a popup\'s close button and Leaflet\'s link speak the page\'s language, and follow a switch', async (t) => {
  const labels = async (page) => page.evaluate(() => {
    const at = (sel) => {
      const e = document.querySelector(sel);
      return e && { label: e.getAttribute('aria-label'), title: e.getAttribute('title') };
    };
    return {
      zoomIn: at('.leaflet-control-zoom-in'),
      zoomOut: at('.leaflet-control-zoom-out'),
      close: at('.leaflet-popup-close-button')?.label,
      leaflet: at('.leaflet-control-attribution a[href^="https://leafletjs.com"]')?.title,
    };
  });
  const expected = (lang, withPopup = true) => ({
    zoomIn: { label: message(lang, 'map-zoom-in'), title: message(lang, 'map-zoom-in') },
    zoomOut: { label: message(lang, 'map-zoom-out'), title: message(lang, 'map-zoom-out') },
    close: withPopup ? message(lang, 'map-popup-close') : undefined,
    leaflet: message(lang, 'map-leaflet-title'),
  });
  for (const lang of ['uk', 'ar']) {
    const { page } = await openTamperePopup(t, lang);
    assert.deepEqual(await labels(page), expected(lang), `${lang}: the controls' labels`);
    await page.close();
  }
  // Switching the language while the map is shown (the map stays): the labels follow.
  const { page } = await openTamperePopup(t, 'uk');
  await page.locator('.language-menu a[hreflang=ar]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'ar');
  // The popup was written in Ukrainian: it is closed (Leaflet fades it out) rather than left in
  // the language left.
  await page.locator('.leaflet-popup').waitFor({ state: 'detached', timeout: 5000 });
  await page.waitForFunction((zoomIn) => document.querySelector('.leaflet-control-zoom-in')?.getAttribute('aria-label') === zoomIn, message('ar', 'map-zoom-in'), { timeout: 5000 }).catch(() => {});
  const after = await labels(page);
  assert.deepEqual(after, expected('ar', false), 'the labels after switching to Arabic');
});

test('Leaflet\'s link shows its flag just before its name, in Arabic as in Finnish', async (t) => {
  for (const lang of ['fi', 'ar']) {
    const { page } = await openApp(t, `/${lang}/`);
    const link = page.locator('.leaflet-control-attribution a[href^="https://leafletjs.com"]');
    await link.locator('svg').waitFor();
    const gap = await link.evaluate((a) => {
      const flag = a.querySelector('svg').getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents([...a.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.data.includes('Leaflet')));
      const name = range.getBoundingClientRect();
      return name.left - flag.right;
    });
    // Left of the name, a space apart (Leaflet's own order); not at the far end of the line.
    assert.ok(gap >= 0 && gap < 8, `${lang}: ${gap} px from the flag's right edge to the name`);
    await page.close();
  }
});

// On a touch screen the map's own buttons are thumb-sized, as the service page's are: Leaflet
// makes its zoom buttons 30 px and a popup's close button 24 × 24 px. And a popup opens clear of
// the zoom buttons: in Arabic its close button is on their side, and they covered it.
test('phone (uk, ar): on a touch screen the zoom buttons and a popup\'s close button are at least 44 × 44 px, its link 44 px tall, and the zoom buttons cover no popup', async (t) => {
  for (const lang of ['uk', 'ar']) {
    const { page } = await openTamperePopup(t, lang, PHONE, { topmost: true });
    const targets = ['.leaflet-control-zoom-in', '.leaflet-control-zoom-out', '.leaflet-popup-close-button', '.popup-link'];
    for (const selector of targets) {
      const b = await box(page.locator(selector));
      // (Rounded: a popup stands at a fraction of a pixel.)
      assert.ok(Math.round(b.width) >= 44 && Math.round(b.height) >= 44, `${lang}: ${selector} is ${b.width}×${b.height}`);
    }
    // Still inside the map, the close button within its popup; the popup, once panned into view,
    // clear of the zoom buttons (which stand over it): a tap on its close button reaches it.
    await page.waitForFunction(() => {
      const [z, p] = ['.leaflet-control-zoom', '.leaflet-popup'].map((q) => document.querySelector(q).getBoundingClientRect());
      return p.top >= z.bottom;
    }, null, { timeout: 5000 }).catch(() => {});
    const layout = await page.evaluate(() => {
      const within = (a, b) => a.left >= b.left - 0.5 && a.right <= b.right + 0.5 && a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5;
      const r = (s) => document.querySelector(s).getBoundingClientRect();
      const close = r('.leaflet-popup-close-button');
      const hit = document.elementFromPoint(close.left + close.width / 2, close.top + close.height / 2);
      return {
        zoom: within(r('.leaflet-control-zoom'), r('.map')),
        close: within(close, r('.leaflet-popup')),
        clear: r('.leaflet-popup').top >= r('.leaflet-control-zoom').bottom,
        tapped: !!hit?.closest('.leaflet-popup-close-button'),
      };
    });
    assert.deepEqual(layout, { zoom: true, close: true, clear: true, tapped: true }, lang);
    await page.close();
  }
});

test('phone (uk, ar): on a touch screen every control of the finder is at least 44 px tall, and a checkbox\'s whole row takes the tap', async (t) => {
  for (const lang of ['uk', 'ar']) {
    // A filter chosen (a chip and "clear filters"), more results than a page ("show more"), the panel open.
    const { page } = await openApp(t, `/${lang}/?language=en`, { viewport: PHONE, hasTouch: true });
    await waitForResults(page);
    await page.locator('[data-testid=filters-toggle]').click();
    await page.locator('#filters-panel').waitFor();
    const controls = await page.evaluate(() => {
      const shown = (e) => e.checkVisibility() && e.getBoundingClientRect().height > 0;
      const found = [];
      for (const e of document.querySelectorAll('.finder button, .finder select, .finder input')) {
        if (!shown(e)) continue;
        // A checkbox is tapped through its label, which the whole row is.
        const target = e.type === 'checkbox' ? document.querySelector(`label[for="${e.id}"]`) : e;
        const row = e.type === 'checkbox' ? e.closest('li, .checkbox-field').getBoundingClientRect() : null;
        const r = target.getBoundingClientRect();
        found.push({
          what: `${e.localName}${e.id ? '#' + e.id : ''}.${e.className} "${(target.textContent || e.value).trim().slice(0, 24)}"`,
          height: Math.round(r.height),
          fillsRow: row ? r.height >= row.height - 1 && r.right - r.left >= (row.right - row.left) * 0.5 : true,
        });
      }
      return found;
    });
    assert.ok(controls.some((c) => c.what.startsWith('input#lang-')), `${lang}: the language checkboxes were measured`);
    for (const kind of ['chip', 'filters-done', 'sort']) {
      assert.ok(controls.some((c) => c.what.includes(kind)), `${lang}: a ${kind} control was measured`);
    }
    assert.deepEqual(controls.filter((c) => c.height < 44 || !c.fillsRow), [], `${lang}: controls under 44 px, or a label short of its row`);
  }
});

test('phone (uk, ar): on a touch screen a service page\'s way back, contacts and directions are links at least 44 px tall', async (t) => {
  for (const lang of ['uk', 'ar']) {
    const { page } = await openApp(t, `/${lang}/services/${SERVICE.id}`, { viewport: PHONE, hasTouch: true });
    await page.locator('[data-testid=directions] a').first().waitFor();
    const links = await page.evaluate(() =>
      [...document.querySelectorAll('.breadcrumb a, [data-testid=directions] a, .facts a[href^="tel:"], .facts a[href^="mailto:"], .facts a[href^="http"]')]
        .map((a) => ({ href: a.getAttribute('href'), height: Math.round(a.getBoundingClientRect().height) })),
    );
    // The way back, a phone, an e-mail address, a website and three ways to get there.
    assert.ok(links.length >= 7, `${lang}: ${JSON.stringify(links)}`);
    assert.deepEqual(links.filter((l) => l.height < 44), [], `${lang}: links under 44 px`);
  }
});

// At 320 px the toolbar wraps onto two lines in Finnish (at 360 px it keeps to one in every language).
for (const [lang, width] of [['fi', 320], ['ar', 360]]) test(`phone (${lang}, ${width} px): "Map" brings the whole map into sight below the sticky toolbar, its zoom buttons in reach; "Show results" the count`, async (t) => {
  const { page } = await openApp(t, `/${lang}/`, { viewport: { ...PHONE, width } });
  await waitForResults(page);
  const toolbarHeight = (await box(page.locator('.finder-toolbar'))).height;
  await page.getByRole('button', { name: message(lang, 'view-map'), exact: true }).click();
  await page.waitForURL(/view=map/);
  await page.locator('.leaflet-control-zoom-in').waitFor();
  // Below the toolbar: the count, then the map, whole, within the screen.
  await page.waitForFunction(() => {
    const toolbar = document.querySelector('.finder-toolbar').getBoundingClientRect();
    const count = document.querySelector('#result-count').getBoundingClientRect();
    const map = document.querySelector('.map').getBoundingClientRect();
    return count.top >= toolbar.bottom && map.top > count.bottom && map.bottom <= innerHeight;
  });
  const zoomIn = await box(page.locator('.leaflet-control-zoom-in'));
  const hit = await page.evaluate(({ x, y }) => !!document.elementFromPoint(x, y)?.closest('.leaflet-control-zoom-in'), { x: zoomIn.x + zoomIn.width / 2, y: zoomIn.y + zoomIn.height / 2 });
  assert.ok(hit, `the zoom-in button is not covered (toolbar ${toolbarHeight} px high)`);

  // Back to the list, then the filters panel's "Show results": the count comes just below the toolbar.
  await page.getByRole('button', { name: message(lang, 'view-list'), exact: true }).click();
  await page.waitForURL(/view=list/);
  await page.locator('[data-testid=filters-toggle]').click();
  await page.locator('.filters-done').click();
  await page.locator('#filters-panel').waitFor({ state: 'hidden' });
  await page.waitForFunction(() => {
    const toolbar = document.querySelector('.finder-toolbar').getBoundingClientRect();
    const count = document.querySelector('#result-count').getBoundingClientRect();
    return document.activeElement?.id === 'result-count' && count.top >= toolbar.bottom && count.bottom <= innerHeight;
  });
});

test('at 360 px the sticky toolbar keeps to one line in every language, covering one line of the list', async (t) => {
  for (const lang of ['fi', 'sv', 'en', 'uk', 'ru', 'ar']) {
    const { page, context } = await openApp(t, `/${lang}/`, { viewport: PHONE });
    await waitForResults(page);
    const tops = await page.locator('.finder-toolbar button:visible').evaluateAll((buttons) => new Set(buttons.map((b) => Math.round(b.getBoundingClientRect().top))).size);
    assert.equal(tops, 1, `${lang}: the toolbar's buttons on ${tops} lines`);
    await context.close();
  }
});

test('phone (fi, 320 px): a result reached with the keyboard is never hidden under the sticky toolbar', async (t) => {
  const { page } = await openApp(t, '/fi/', { viewport: { width: 320, height: 640 } });
  await waitForResults(page);
  // From the end of the list backwards, as a keyboard user going up the list: each focused link
  // scrolls into sight below the toolbar (two lines high here).
  await page.locator('#results .result-name a').last().focus();
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Shift+Tab');
    const { covered, what } = await page.evaluate(() => {
      const toolbar = document.querySelector('.finder-toolbar').getBoundingClientRect();
      const focused = document.activeElement.getBoundingClientRect();
      return { covered: focused.top < toolbar.bottom && focused.bottom > toolbar.top, what: `${document.activeElement.textContent.trim().slice(0, 30)} at ${focused.top}–${focused.bottom}, toolbar ${toolbar.top}–${toolbar.bottom}` };
    });
    assert.ok(!covered, what);
  }
  // The toolbar's own buttons are in sight where they are: focusing one does not move the page by
  // the toolbar's height (as a scroll padding of the whole page did). Chromium nudges the page by
  // the stuck toolbar's inner padding (7 px here, before this change too), hence the bound.
  const y = await page.evaluate(() => scrollY);
  assert.ok(y > 0, 'the page is scrolled down the list');
  const barHeight = (await box(page.locator('.finder-toolbar'))).height;
  await page.locator('[data-testid=filters-toggle]').focus();
  const moved = Math.abs((await page.evaluate(() => scrollY)) - y);
  assert.ok(moved < barHeight / 4, `focusing the toolbar's button moved the page by ${moved} px (toolbar ${barHeight} px)`);
});

test('phone: the "measure from a municipality" field has room for a long name in every language', async (t) => {
  for (const lang of ['ru', 'uk', 'fi', 'ar']) {
    const { page, context } = await openApp(t, `/${lang}/`, { viewport: PHONE });
    await waitForResults(page);
    await page.locator('[data-testid=filters-toggle]').click();
    const field = page.locator('#near-municipality');
    await field.waitFor();
    const { width } = await box(field);
    assert.ok(width >= 160, `${lang}: the field is ${width} px wide`);
    const [f, b] = await Promise.all([box(field), box(page.locator('.near-municipality button[type=submit]'))]);
    assert.ok(b.right <= PHONE.width && b.left >= 0, `${lang}: the button within the page`);
    assert.ok(b.top >= f.bottom || Math.abs(b.top - f.top) < 5, `${lang}: the button beside or below the field`);
    await context.close();
  }
});

test('keyboard in a map popup: Escape closes it from its link, and its close button gives the focus back to the map', async (t) => {
  for (const lang of ['ar', 'ru']) {
    const { page } = await openTamperePopup(t, lang);
    await page.locator('.leaflet-popup .popup-link').focus();
    await page.keyboard.press('Escape');
    await page.locator('.leaflet-popup').waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('leaflet-container')), true, `${lang}: Escape leaves the focus on the map`);
  }
  const { page } = await openTamperePopup(t, 'ar');
  await page.locator('.leaflet-popup-close-button').focus();
  await page.keyboard.press('Enter');
  await page.locator('.leaflet-popup').waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('leaflet-container')), true, 'the close button leaves the focus on the map, not on the page');
});

test('"show more" takes the keyboard on to the first entry it shows', async (t) => {
  for (const viewport of [PHONE, DESKTOP]) {
    const { page, context } = await openApp(t, '/ru/', { viewport });
    await waitForResults(page);
    const before = await page.locator('#results > li').count();
    await page.locator('.results > button.secondary').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('#results > li').length > n, before);
    await page.waitForFunction((n) => document.activeElement?.closest('#results > li') === document.querySelectorAll('#results > li')[n], before);
    const { top, bottom } = await page.evaluate(() => document.activeElement.getBoundingClientRect().toJSON());
    assert.ok(top >= 0 && bottom <= viewport.height, `${viewport.width} px: the focused entry is in sight (${top}–${bottom})`);
    await context.close();
  }
});

test('Arabic: a distance reads number first, then its unit, from the right', async (t) => {
  const { page } = await openApp(t, '/ar/?near=61.4981,23.7608&sort=distance', { viewport: PHONE });
  const distance = page.locator('#results .distance').first();
  await distance.waitFor();
  const { text, numberX, unitX } = await distance.evaluate((e) => {
    const t = e.firstChild;
    const s = t.textContent;
    const range = (from, to) => { const r = document.createRange(); r.setStart(t, from); r.setEnd(t, to); return r.getBoundingClientRect().x; };
    const digit = s.search(/[0-9٠-٩]/);
    const unit = s.search(/[\u0600-\u06FF]/);
    return { text: s, numberX: range(digit, digit + 1), unitX: range(unit, unit + 1) };
  });
  assert.ok(numberX > unitX, `"${text}": the number (x ${numberX}) stands right of the unit (x ${unitX})`);
});

test('the place list puts the names in the reader\'s own script first', async (t) => {
  for (const [lang, helsinki] of [['ru', 'Хельсинки'], ['uk', 'Гельсінкі'], ['ar', 'هلسنكي']]) {
    const { page, context } = await openApp(t, `/${lang}/`, { viewport: DESKTOP });
    await waitForResults(page);
    const names = await page.locator('#finder-place option').evaluateAll((os) => os.map((o) => o.textContent.trim()));
    const at = names.indexOf(helsinki);
    assert.ok(at >= 0 && at < 60, `${lang}: ${helsinki} is option ${at} of ${names.length}`);
    await context.close();
  }
});

test('Arabic: a phone number\'s note keeps its brackets around it, in its own order', async (t) => {
  const { page } = await openApp(t, '/ar/services/demo-helsinki-1', { viewport: PHONE });
  const note = page.locator('dd ul.plain li > bdi').first();
  await note.waitFor();
  assert.equal(await note.textContent(), '(Demonstration number)');
});

test('printing a service page keeps the demonstration notice and leaves out "open now"', async (t) => {
  const { page } = await openApp(t, '/sv/services/demo-helsinki-1', { viewport: DESKTOP });
  await page.locator('[data-testid=open-now]').waitFor();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.sample-notice').isVisible(), true, 'the notice prints');
  assert.equal(await page.locator('[data-testid=open-now]').isVisible(), false, '"open now" does not print');
});

test('the count the app focuses after a chip is removed shows a focus ring to a keyboard user', async (t) => {
  const { page } = await openApp(t, '/ru/?topic=work', { viewport: DESKTOP });
  await waitForResults(page);
  const chip = page.locator('.chip').first();
  await chip.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'result-count');
  const outline = await page.locator('#result-count').evaluate((e) => getComputedStyle(e).outlineStyle);
  assert.notEqual(outline, 'none');
});

test('phone (uk, ar): the dataset\'s sources are folded at the foot of every page, their number said, and open to a tap', async (t) => {
  for (const lang of ['uk', 'ar']) {
    const { page } = await openApp(t, `/${lang}/services/demo-helsinki-1`, { viewport: PHONE, hasTouch: true });
    const summary = page.locator('.site-footer .footer-sources summary');
    await summary.waitFor();
    const count = dataset.meta.sources.length;
    assert.ok(count > 3, 'the dataset names several sources');
    assert.match(plain(await summary.textContent()), new RegExp(`\\(${count}\\)`), lang);
    const list = page.locator('.site-footer ul.attribution');
    assert.equal(await list.isVisible(), false, `${lang}: folded`);
    const folded = await box(page.locator('.site-footer'));
    assert.ok(folded.height < 400, `${lang}: the footer is ${folded.height} px tall folded`);
    assert.ok((await box(summary)).height >= 44, `${lang}: a finger's target`);
    await summary.tap();
    await list.waitFor();
    assert.equal(await list.locator('li').count(), count, `${lang}: every source, opened`);
    await page.close();
  }
});

test('phone (en): with nothing found, the filter panel\'s button says that it closes, not only that nothing is there', async (t) => {
  const { page } = await openApp(t, '/en/?q=zzzzqqq', { viewport: PHONE });
  await page.locator('.empty-why, [data-testid=result-count]').first().waitFor();
  await page.locator('[data-testid=filters-toggle]').click();
  const done = page.locator('.filters-done');
  await done.waitFor();
  assert.equal(plain(await done.textContent()).trim(), 'Close: no services match');
  await done.click();
  await page.locator('#filters-panel').waitFor({ state: 'hidden' });
});

test('phone (uk): Back from the map goes back to the list, not away from the finder', async (t) => {
  const { page } = await openApp(t, '/uk/actors', { viewport: PHONE });
  await page.locator('.actor-item').first().waitFor();
  await page.goto(new URL('/uk/', page.url()).href);
  await waitForResults(page);
  await page.locator('.view-toggle button').nth(1).click();
  await page.waitForURL(/view=map/);
  await page.goBack();
  await page.waitForURL((u) => u.pathname === '/uk/' && !u.search.includes('view=map'));
  await page.locator('#results > li').first().waitFor();
  assert.equal(await page.locator('.view-toggle button').first().getAttribute('aria-pressed'), 'true', 'the list is shown');
});
