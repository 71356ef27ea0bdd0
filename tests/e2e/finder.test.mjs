// The service finder end to end: the release build, served locally, in Debian's Chromium.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { openApp, getServer } from './helpers.mjs';
import {
  resultCount, waitForResults, servicesOnMap, PAGE, waitForPoints, mapView, datasetServices, zoomToSingles, looksDrawn, pixelAt, CANVAS,
  expectedPoints, waitForPaint, inMap, onPage,
} from './finder-page.mjs';

test('markers on the map stand for every result, with tiles from the configured server', async (t) => {
  const server = await getServer();
  const tilesBefore = server.tileRequests;
  const { page } = await openApp(t, '/en/');
  await waitForResults(page);
  const total = await resultCount(page);
  assert.ok(total >= 40, `the default dataset has at least 40 services, found ${total}`);
  await waitForPoints(page);
  assert.equal(await servicesOnMap(page), total);
  assert.ok((await mapView(page)).points < total, 'nearby services are clustered at country zoom');
  assert.ok(server.tileRequests > tilesBefore, 'tiles come from the local stub');
  // Every page says the data is for demonstration.
  await page.locator('[data-testid=sample-notice]').waitFor();
});

test('the list shows a page of entries at a time: "Show more" adds the next page, a new search starts again', async (t) => {
  const { page } = await openApp(t, '/en/');
  await waitForResults(page);
  const total = await resultCount(page);
  assert.ok(total > 2 * PAGE, `more than two pages of services (${total})`);
  const entries = page.locator('#results > li');
  assert.equal(await entries.count(), PAGE);
  await page.getByRole('button', { name: 'Show more services' }).click();
  await page.waitForFunction((n) => document.querySelectorAll('#results > li').length === n, 2 * PAGE);
  await page.locator('#finder-q').fill('a');
  await page.waitForFunction((n) => document.querySelectorAll('#results > li').length === n, PAGE);
});

test('clicking a cluster zooms in until its services stand alone', async (t) => {
  // A region: its towns' services cluster at the view that fits it (one municipality's do not).
  const { page } = await openApp(t, '/en/?area=region:06');
  await waitForResults(page);
  await waitForPoints(page);
  const region = (await datasetServices(page)).filter((s) => s.areas.includes('region:06'));
  assert.equal(await resultCount(page), region.length, 'the results are the region\'s services');
  const start = await mapView(page);
  const clusters = expectedPoints(region, start).filter((p) => p.count > 1 && p.clear > 45);
  assert.ok(clusters.length > 0, 'there is a cluster to click');
  const cluster = clusters.reduce((a, b) => (b.count > a.count ? b : a));
  await page.mouse.click(cluster.x, cluster.y);
  const after = await waitForPaint(page, start.draw, start.zoom);
  for (const s of cluster.members) assert.ok(inMap(after, onPage(after, s.lat, s.lon), 0, { window: false }), `${s.id} in view after the click`);
  // And on (each click checked the same way) until services stand alone.
  const { singles } = await zoomToSingles(page, region);
  assert.ok(singles.length > 0, 'services stand alone');
});

test('filtering by service language: live counts, URL, and only matching services', async (t) => {
  const { page } = await openApp(t, '/en/');
  await waitForResults(page);
  const label = await page.locator('label[for=lang-uk]').textContent();
  const expected = Number(/\((\d+)\)/.exec(label)[1]);
  assert.ok(expected > 0);
  await page.locator('#lang-uk').check();
  await page.waitForURL(/language=uk/);
  await page.waitForFunction((n) => /\d+/.exec(document.querySelector('[data-testid=result-count]').textContent)?.[0] == n, expected);
  const languages = await page.locator('#results .result-languages').allTextContents();
  assert.equal(languages.length, Math.min(expected, PAGE));
  for (const l of languages) assert.match(l, /Ukrainian/);
  // A second language widens the results (any of them).
  await page.locator('#lang-so').check();
  await page.waitForURL(/language=uk,so/);
  await page.waitForFunction((n) => Number(/\d+/.exec(document.querySelector('[data-testid=result-count]').textContent)?.[0]) > n, expected);
});

test('free text ignores case and accents, and finds places by their Swedish names', async (t) => {
  const { page } = await openApp(t, '/en/');
  await waitForResults(page);
  const all = await resultCount(page);
  await page.locator('#finder-q').fill('hameenlinna');
  await page.waitForURL(/q=hameenlinna/);
  await page.waitForFunction((n) => Number(/\d+/.exec(document.querySelector('[data-testid=result-count]').textContent)?.[0] ?? 0) < n, all);
  const places = await page.locator('#results .result-meta').allTextContents();
  assert.ok(places.length > 0);
  for (const p of places) assert.match(p, /Hämeenlinna/);

  await page.locator('#finder-q').fill('Vasa');
  await page.waitForURL(/q=Vasa/);
  await page.waitForFunction(() => [...document.querySelectorAll('#results .result-meta')].every((e) => /Vaasa/.test(e.textContent)));
  assert.ok((await resultCount(page)) > 0);
  assert.equal(await page.locator('#results .result-meta', { hasNotText: 'Vaasa' }).count(), 0);
});

test('a topic or a group typed by its name in any UI language finds its services: uk, ar, fi, Ukrainian on the Finnish page, and after a switch to Arabic', async (t) => {
  const ftl = (lang) => fs.readFileSync(new URL(`../../locales/${lang}/main.ftl`, import.meta.url), 'utf8');
  const name = (lang, key) => new RegExp(`^${key} = (.*)$`, 'm').exec(ftl(lang))[1];
  const listed = (page) => page.locator('#results > li').evaluateAll((lis) => lis.map((li) => li.dataset.serviceId));
  const cases = [
    // [the page's language, the name's language, the name, the filter it stands for]
    ['uk', 'uk', 'topic-housing', 'topic=housing'],
    ['ar', 'ar', 'topic-housing', 'topic=housing'],
    ['fi', 'fi', 'group-refugees', 'group=refugees'],
    ['fi', 'uk', 'topic-housing', 'topic=housing'],
  ];
  for (const [lang, typedIn, key, filter] of cases) {
    // The services the filter gives: what the name, typed, must find.
    const { page } = await openApp(t, `/${lang}/?${filter}`);
    await waitForResults(page);
    const expected = { count: await resultCount(page), first: await listed(page) };
    assert.ok(expected.count > 0, `${lang}: ${filter} has services`);
    // Typed into the search box, as a person types it (lower case: capitals do not matter).
    await page.goto(new URL(`/${lang}/`, page.url()).href);
    await waitForResults(page);
    const all = await resultCount(page);
    const typed = name(typedIn, key).toLocaleLowerCase(typedIn);
    await page.locator('#finder-q').fill(typed);
    await page.waitForFunction((n) => Number(/\d+/.exec(document.querySelector('[data-testid=result-count]').textContent)?.[0] ?? 0) < n, all);
    assert.deepEqual({ count: await resultCount(page), first: await listed(page) }, expected, `${lang}: "${typed}" lists what ${filter} lists`);
    if (lang === 'uk') {
      // The page switched to Arabic keeps the typed word, and what it finds.
      await page.locator('a[hreflang=ar]').first().click();
      await page.waitForURL(/\/ar\//);
      await waitForResults(page);
      assert.equal(await page.locator('#finder-q').inputValue(), typed);
      assert.equal(await resultCount(page), expected.count, `ar after uk: "${typed}"`);
    }
    await page.close();
  }
});

test('the URL holds every filter: a link, reload, back and forward restore the view', async (t) => {
  const { page } = await openApp(t, '/en/?q=tampere&language=uk&channel=in_person');
  await waitForResults(page);
  assert.equal(await page.locator('#finder-q').inputValue(), 'tampere');
  assert.ok(await page.locator('#lang-uk').isChecked());
  assert.equal(await page.locator('#finder-channel').inputValue(), 'in_person');
  const count = await resultCount(page);
  assert.ok(count > 0);

  await page.reload();
  await waitForResults(page);
  assert.equal(await resultCount(page), count);
  assert.ok(await page.locator('#lang-uk').isChecked());

  await page.locator('#finder-place').selectOption('a:region:06');
  await page.waitForURL(/area=region:06/);
  await page.goBack();
  await page.waitForURL((u) => !u.search.includes('area='));
  assert.equal(await page.locator('#finder-place').inputValue(), '');
  assert.equal(await resultCount(page), count);
  await page.goForward();
  await page.waitForURL(/area=region:06/);
  assert.equal(await page.locator('#finder-place').inputValue(), 'a:region:06');
});

test('near me: a mocked position sorts by distance, and the position stays out of the URL', async (t) => {
  // Central Tampere.
  const { page } = await openApp(t, '/en/', { geolocation: { latitude: 61.4981, longitude: 23.7608 } });
  await waitForResults(page);
  await page.getByRole('button', { name: 'Services near me' }).click();
  await page.locator('#results .distance').first().waitFor();
  const first = await page.locator('#results .result-meta').first().textContent();
  assert.match(first, /Tampere/);
  const km = (await page.locator('#results .distance').allTextContents()).map((d) => Number(d.replace(/[^\d.]/g, '')));
  assert.deepEqual(km, [...km].sort((a, b) => a - b), 'nearest first');
  assert.ok(!page.url().includes('61.49') && !page.url().includes('near='), `position must not be in the URL: ${page.url()}`);
  await page.locator('[data-testid=near-origin]').waitFor();
});

test('near me from the keyboard on a desktop: the button keeps the focus while and after the position is looked up', async (t) => {
  const { page } = await openApp(t, '/fi/', { geolocation: { latitude: 61.4981, longitude: 23.7608 } });
  await waitForResults(page);
  const button = page.locator('.near-me > button');
  await button.focus();
  // Where the focus is the moment the lookup starts (an observer installed before the key), and
  // once the distances are listed.
  await page.evaluate(() => {
    const b = document.querySelector('.near-me > button');
    new MutationObserver((_, o) => {
      if (b.disabled || b.getAttribute('aria-disabled') === 'true') {
        o.disconnect();
        window.__focusedWhileLocating = document.activeElement === b;
      }
    }).observe(b, { attributes: true });
  });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__focusedWhileLocating !== undefined);
  assert.equal(await page.evaluate(() => window.__focusedWhileLocating), true, 'focused while locating');
  await page.locator('#results .distance').first().waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.closest('.near-me') !== null && document.activeElement.tagName), 'BUTTON');
  // Tab goes on from there, not from the top of the page.
  await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(() => !!document.activeElement?.closest('.near-me, #filters-panel')), 'the next control after the button');
});

test('distances are in the reader\'s unit: км in Ukrainian, كم in Arabic, km in Finnish', async (t) => {
  for (const [lang, unit] of [['uk', 'км'], ['ar', 'كم'], ['fi', 'km']]) {
    // Central Tampere, by the position in the address.
    const { page } = await openApp(t, `/${lang}/?near=61.4981,23.7608`);
    await page.locator('#results .distance').first().waitFor();
    const first = await page.locator('#results .distance').first().textContent();
    assert.ok(first.includes(unit) && /[0-9\u0660-\u0669]/.test(first), `${lang}: ${first}`);
    if (lang !== 'fi') assert.ok(!first.includes('km'), `${lang}: ${first}`);
    await page.close();
  }
});

test('"For whom" offers each choice once: the group open to everyone is not a second "any"', async (t) => {
  for (const lang of ['fi', 'sv', 'en', 'uk', 'ru', 'ar']) {
    const { page } = await openApp(t, `/${lang}/`);
    await page.locator('#finder-group option').nth(2).waitFor({ state: 'attached' });
    const options = await page.locator('#finder-group option').allTextContents();
    assert.ok(options.length > 2, `${lang}: ${options}`);
    assert.equal(new Set(options.map((o) => o.trim())).size, options.length, `${lang}: ${options.join(' | ')}`);
    await page.close();
  }
});

test('places are in the order of the reader\'s alphabet: Å, Ä and Ö after Z in Finnish and Swedish', async (t) => {
  const names = async (page) => {
    await page.locator('#finder-place optgroup').first().locator('option').nth(300).waitFor({ state: 'attached' });
    return page.locator('#finder-place optgroup').first().locator('option').allTextContents();
  };
  const { page } = await openApp(t, '/fi/');
  const fi = await names(page);
  const at = (n) => fi.indexOf(n);
  assert.ok(at('Akaa') < at('Ylöjärvi') && at('Ylöjärvi') < at('Ähtäri') && at('Ähtäri') < at('Äänekoski'), fi.slice(0, 4).join(', '));
  assert.equal(fi.at(-1), 'Äänekoski');
  // The names offered as one types a place to measure from, too.
  const typed = await page.locator('#municipality-names option').evaluateAll((o) => o.map((e) => e.value));
  assert.deepEqual(typed, fi);
  const en = await names(await (await openApp(t, '/en/')).page);
  assert.ok(en.indexOf('Äänekoski') < en.indexOf('Akaa'), 'in English Ä is an A');
});

test('near me refused: measuring from a municipality typed by its Swedish name', async (t) => {
  const { page } = await openApp(t, '/en/'); // no geolocation permission
  await waitForResults(page);
  await page.getByRole('button', { name: 'Services near me' }).click();
  await page.locator('.near-status', { hasText: /position/ }).waitFor();
  // Nothing typed yet: asked for a name (not told that no municipality has it), in the box.
  await page.getByRole('button', { name: 'Show nearest' }).click();
  await page.locator('.near-status', { hasText: 'Type the name of a municipality first.' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'near-municipality');
  assert.doesNotMatch(page.url(), /near=/);
  // The message is the field's error, read out with it.
  const field = page.locator('#near-municipality');
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  assert.match(await page.locator(`#${await field.getAttribute('aria-describedby')}`).textContent(), /Type the name/);
  await field.fill('Hervanta');
  await page.getByRole('button', { name: 'Show nearest' }).click();
  await page.locator('.near-status', { hasText: /no municipality|No municipality/i }).waitFor();
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  await page.locator('#near-municipality').fill('Uleåborg');
  await page.getByRole('button', { name: 'Show nearest' }).click();
  await page.waitForURL(/near=/);
  assert.equal(await field.getAttribute('aria-invalid'), null, 'no longer in error');
  await page.locator('#results .distance').first().waitFor();
  assert.match(await page.locator('#results .result-meta').first().textContent(), /Oulu/);
  assert.match(await page.locator('[data-testid=near-origin]').textContent(), /Oulu/);
});

test('list and map stay in step: hovering an entry lights its point, a point shows its entry', async (t) => {
  const { page } = await openApp(t, '/en/?municipality=091');
  await waitForResults(page);
  await waitForPoints(page);
  const helsinki = (await datasetServices(page)).filter((s) => s.municipality === '091');
  assert.equal(await resultCount(page), helsinki.length, 'the results are Helsinki\'s services');
  // One municipality's services: cells as wide as a point (ONE_PLACE_CELL_PX).
  const { singles } = await zoomToSingles(page, helsinki, 24);
  const single = singles[0];
  const name = single.members[0].name;
  const entry = page.locator('#results > li', { has: page.locator('.result-name', { hasText: name }) });
  const draw = (await mapView(page)).draw;
  await entry.hover();
  await page.waitForFunction(([sel, draw]) => Number(document.querySelector(sel).dataset.draw) > draw, [CANVAS, draw]);
  // Hovering may have scrolled the page: where the point is now.
  const s = single.members[0];
  const lit = { ...single, ...onPage(await mapView(page), s.lat, s.lon) };
  assert.ok(await looksDrawn(page, lit, true), `its point is lit: ${await pixelAt(page, lit)}`);
  await page.mouse.move(0, 0);
  await page.waitForFunction(() => !document.querySelector('#results > li.is-highlighted'));
  const at = onPage(await mapView(page), s.lat, s.lon);
  await page.mouse.click(at.x, at.y);
  await page.locator('.leaflet-popup-content .popup-name').waitFor();
  assert.equal(await page.locator('.leaflet-popup-content .popup-name').textContent(), name);
  const chosen = page.locator('#results > li.is-highlighted');
  await chosen.waitFor();
  assert.equal((await chosen.locator('.result-name').textContent()).trim(), name);
  assert.ok(await chosen.isVisible());
});

test('the service page shows every field with working links, and links to its provider', async (t) => {
  const { page } = await openApp(t, '/en/');
  await waitForResults(page);
  const first = page.locator('#results > li .result-name a').first();
  const name = await first.textContent();
  await first.click();
  await page.waitForURL(/\/en\/services\//);
  assert.equal((await page.locator('h1').textContent()).trim(), name.trim());
  // Focus moves to the new page's heading.
  await page.waitForFunction(() => document.activeElement?.id === 'page-title');
  const osm = await page.locator('[data-testid=directions] a').first().getAttribute('href');
  assert.match(osm, /^https:\/\/www\.openstreetmap\.org\/directions\?engine=fossgis_osrm_foot&route=%3B6\d\.\d+%2C\d+\.\d+$/);
  await page.locator('[data-testid=open-now]').waitFor();
  assert.ok((await page.locator('dl.hours dd').count()) > 0, 'opening hours in words');
  assert.ok((await page.locator('time[datetime]').count()) > 0, 'last verified date');
  for (const href of await page.locator('a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    assert.match(href, /^tel:\+\d+$/);
  }
  assert.match(await page.locator('a[href^="mailto:"]').first().getAttribute('href'), /^mailto:[^@\s]+@[^@\s]+$/);
  await page.locator('[data-testid=sample-notice]').waitFor();

  // Provider → actor page → back to the service.
  await page.locator('dd a[href*="/en/actors/"]').click();
  await page.waitForURL(/\/en\/actors\//);
  await page.locator(`a:has-text("${name.trim()}")`).click();
  await page.waitForURL(/\/en\/services\//);
  assert.equal((await page.locator('h1').textContent()).trim(), name.trim());
});

test('a broken dataset gets a clear message and a retry that works', async (t) => {
  const { page, context } = await openApp(t, '/en/?data=/fixtures/not-json.txt', { ignoreErrors: [/status of 500/] });
  const alert = page.locator('[data-testid=load-error]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /damaged/);
  assert.ok(await page.getByRole('button', { name: 'Try again' }).isVisible());

  // The default dataset fails once (500), then the retry button loads it.
  let failures = 1;
  await context.route('**/data/atlas.json', (route) => (failures-- > 0 ? route.fulfill({ status: 500, body: 'down' }) : route.continue()));
  await page.goto(new URL('/en/', page.url()).href);
  await alert.waitFor();
  assert.match(await alert.textContent(), /500/);
  await page.getByRole('button', { name: 'Try again' }).click();
  await waitForResults(page);
  assert.ok((await resultCount(page)) > 0);
}, );

test('invalid records are left out and listed, a bad optional field costs only itself; the valid ones show, as text', async (t) => {
  const { page } = await openApp(t, '/en/?data=/fixtures/mixed.json');
  await waitForResults(page);
  // good-one, good-two, and bad-website without its javascript: website.
  assert.equal(await resultCount(page), 3);
  // Filtering keeps the chosen dataset in the URL, so a reload shows the same data.
  await page.locator('#lang-uk').check();
  await page.waitForURL(/language=uk&data=%2Ffixtures%2Fmixed\.json/);
  await page.reload();
  await waitForResults(page);
  assert.equal(await resultCount(page), 1);
  await page.locator('#lang-uk').uncheck();
  await page.waitForFunction(() => /\d+/.exec(document.querySelector('[data-testid=result-count]').textContent)?.[0] === '3');
  // Markup in data is shown as text, never parsed.
  assert.equal(await page.locator('#results b').count(), 0);
  await page.locator('#results a', { hasText: 'Good service <b>one</b>' }).waitFor();
  await page.locator('nav a', { hasText: 'About the data' }).first().click();
  const problems = page.locator('[data-testid=problems]');
  await problems.waitFor();
  const text = await problems.textContent();
  for (const id of ['bad-website', 'bad-place', 'good-one']) assert.ok(text.includes(id), `${id} listed`);
  // Shown, left out, fields dropped.
  // Shown, left out, fields dropped (then the sourced and illustrative counts).
  assert.deepEqual((await page.locator('tr[data-kind=service] td').allTextContents()).slice(0, 3), ['3', '2', '1']);
});

test('on an Arabic page, a record only in English reads from the left; one in Arabic from the right', async (t) => {
  // good-one's name exists only in English: its title takes the English text's direction.
  const { page } = await openApp(t, '/ar/services/good-one?data=/fixtures/mixed.json');
  const title = page.locator('h1#page-title');
  await title.locator('span[lang=en]').waitFor();
  const direction = (locator) => locator.evaluate((el) => getComputedStyle(el).direction);
  assert.equal(await direction(title), 'ltr');
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  // So do an actor's title, description and tasks that exist only in other languages.
  await page.goto(new URL('/ar/actors/keha-keskus', page.url()).href);
  await title.locator('span[lang=en]').waitFor();
  const tasksHeading = /^actor-tasks = (.*)$/m.exec(fs.readFileSync(new URL('../../locales/ar/main.ftl', import.meta.url), 'utf8'))[1];
  const tasks = await page.locator('h2', { hasText: tasksHeading }).locator('xpath=following-sibling::ul[1]/li').evaluateAll((items) => items.map((li) => getComputedStyle(li).direction));
  assert.ok(tasks.length > 0 && tasks.every((d) => d === 'ltr'), `the tasks read from the left: ${tasks}`);
  // With room on their left for their bullets, which would otherwise hang outside the page.
  const room = await page.locator('h2', { hasText: tasksHeading }).locator('xpath=following-sibling::ul[1]/li[1]').evaluate((li) => li.getBoundingClientRect().left - li.parentElement.getBoundingClientRect().left);
  assert.ok(room >= 16, `room for the bullet: ${room} px`);
  assert.equal(await direction(page.locator('p.lead')), 'ltr');
  assert.equal(await direction(title), 'ltr');
  // An actor with an Arabic name keeps the page's direction.
  await page.goto(new URL('/ar/actors/municipality:286', page.url()).href);
  await title.waitFor();
  assert.equal(await title.getAttribute('dir'), null);
  assert.equal(await direction(title), 'rtl');
  // The same English-only title on an English page has no direction of its own.
  await page.goto(new URL('/en/services/good-one?data=/fixtures/mixed.json', page.url()).href);
  await title.filter({ hasText: 'Good service' }).waitFor();
  assert.equal(await title.getAttribute('dir'), null);
});

test('a service\'s address names its place as the rest of its page does', async (t) => {
  // Mariehamn's post office is written in Finnish and Swedish only; the municipality has an
  // English name, which the page's title and details use.
  const { page } = await openApp(t, '/en/services/demo-maarianhamina-1');
  const address = page.locator('dt', { hasText: 'Address' }).locator('xpath=following-sibling::dd[1]');
  await address.waitFor();
  assert.equal((await address.textContent()).trim(), 'Mariehamn');
  assert.match(await page.locator('h1#page-title').textContent(), /Mariehamn/);
});

test('a ?data= link to another origin is refused and the official data shown', async (t) => {
  const server = await getServer();
  const foreign = `http://localhost:${server.port}/fixtures/mixed.json`;
  const { page } = await openApp(t, `/en/?data=${encodeURIComponent(foreign)}`);
  await page.locator('[data-testid=refused-notice]').waitFor();
  await waitForResults(page);
  assert.ok((await resultCount(page)) >= 40, 'the official dataset is shown');
});

test('switching the UI language keeps the page and the filters', async (t) => {
  const { page } = await openApp(t, '/en/?language=uk');
  await waitForResults(page);
  const count = await resultCount(page);
  await page.locator('.language-menu a[hreflang=fi]').click();
  await page.waitForURL(/\/fi\/\?language=uk/);
  await page.waitForFunction(() => document.documentElement.lang === 'fi');
  assert.ok(await page.locator('#lang-uk').isChecked());
  assert.equal(await resultCount(page), count);
  await page.locator('.language-menu a[hreflang=ar]').click();
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
});

test('/ sends the visitor to the browser\'s preferred language', async (t) => {
  const { page } = await openApp(t, '/', { locale: 'sv-SE' });
  await page.waitForURL(/\/sv\/$/);
  await page.waitForFunction(() => document.documentElement.lang === 'sv');
});

test('a slow dataset shows a loading state first, then the services', async (t) => {
  const { page, context } = await openApp(t, '/fixtures/blank.html');
  // The dataset is held back until the loading state has shown: as slow as it takes, no longer.
  let release;
  const held = new Promise((r) => (release = r));
  await context.route('**/data/atlas.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(new URL('/en/', page.url()).href);
  await page.locator('[data-testid=loading]').waitFor();
  assert.equal(await page.locator('#results > li').count(), 0, 'no results before the data');
  release();
  await waitForResults(page);
  assert.equal(await page.locator('[data-testid=loading]').count(), 0);
});

test('"open now" keeps only services open at this moment, Finnish time', async (t) => {
  const { page } = await openApp(t, "/fixtures/blank.html");
  // Monday 23 November 2026, 10:00 in Helsinki.
  await page.clock.setFixedTime(new Date('2026-11-23T08:00:00Z'));
  await page.goto(new URL('/en/', page.url()).href);
  await waitForResults(page);
  const all = await resultCount(page);
  await page.locator('#finder-open').check();
  await page.waitForURL(/open=now/);
  await page.waitForFunction((n) => Number(/\d+/.exec(document.querySelector('[data-testid=result-count]').textContent)?.[0] ?? 0) < n, all);
  const open = await resultCount(page);
  assert.ok(open > 0, 'some demonstration services are open on a Monday morning');
  const badges = await page.locator('#results .badge').allTextContents();
  assert.equal(badges.length, Math.min(open, PAGE));
  for (const b of badges) assert.equal(b, 'Open now');
});
