// What the law and publishers need (issue 15): the accessibility statement names the feedback
// channel from config.json's `contact` and the 2026 enforcement procedure; the data page links the
// dataset, its checksum, the JSON Schema and the CSV, GeoJSON and HSDS exports made at build time.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { openApp } from './helpers.mjs';

const published = fs.readFileSync(new URL('../../public/data/atlas.json', import.meta.url));

test('the accessibility statement names the configured contact and the supervisory authority', async (t) => {
  const contact = { email: 'saavutettavuus@example.fi', url: 'https://example.fi/palaute' };
  const { page } = await openApp(t, '/fi/accessibility', { config: { contact } });
  const email = page.locator('[data-testid=a11y-email]');
  await email.waitFor();
  assert.equal(await email.getAttribute('href'), 'mailto:saavutettavuus@example.fi');
  assert.equal(await email.textContent(), 'saavutettavuus@example.fi');
  assert.equal(await page.locator('[data-testid=a11y-url]').getAttribute('href'), contact.url);
  const authority = await page.locator('[data-testid=a11y-authority]').textContent();
  // What the public sources say (HE 71/2024; avi.fi on the end of the agencies), and where the
  // authority itself says who supervises today.
  for (const said of [/Etelä-Suomen aluehallintoviraston/, /HE 71\/2024/, /Traficom/, /Lupa- ja valvontavirasto/, /31\.12\.2025/]) {
    assert.match(authority, said);
  }
  assert.match(authority, /saavutettavuusvaatimukset\.fi/);
  assert.match(await page.locator('main').textContent(), /kahden viikon/);
  // The footer names the same contact on every page.
  assert.equal(await page.locator('[data-testid=footer-contact] a[href^="mailto:"]').getAttribute('href'), 'mailto:saavutettavuus@example.fi');

  for (const lang of ['sv', 'en', 'uk', 'ru', 'ar']) {
    await page.goto(new URL(`/${lang}/accessibility`, page.url()).href);
    await page.locator('[data-testid=a11y-email]').waitFor();
    const text = await page.locator('[data-testid=a11y-authority]').textContent();
    for (const said of [/71\/2024/, /Traficom/, /Lupa- ja valvontavirasto/, /2025/]) assert.match(text, said, lang);
  }
});

test('a contact that is not a valid address is not made a link; the statement says none is given', async (t) => {
  const { page } = await openApp(t, '/en/accessibility', { config: { contact: { email: 'x" onmouseover="alert(1)', url: 'javascript:alert(1)' } } });
  await page.locator('[data-testid=a11y-no-contact]').waitFor();
  assert.equal(await page.locator('main a[href^="mailto:"], main a[href^="javascript:"]').count(), 0);
  assert.equal(await page.locator('[data-testid=footer-contact]').count(), 0);
});

test('the data page links the dataset, its checksum, the schema and the exports, and each is there', async (t) => {
  const { page } = await openApp(t, '/en/data');
  const links = page.locator('[data-testid=downloads] a');
  await links.first().waitFor();
  const hrefs = Object.fromEntries(await links.evaluateAll((as) => as.map((a) => [a.dataset.download, a.href])));
  assert.deepEqual(Object.keys(hrefs).sort(), ['checksum', 'csv', 'dataset', 'geojson', 'hsds', 'schema']);
  const get = (key) =>
    page.evaluate(async (url) => {
      const r = await fetch(url);
      return { status: r.status, text: await r.text() };
    }, hrefs[key]);

  const dataset = await get('dataset');
  assert.equal(dataset.status, 200);
  assert.equal(dataset.text, published.toString('utf8'));
  const sum = await get('checksum');
  assert.equal(sum.text, `${crypto.createHash('sha256').update(published).digest('hex')}  atlas.json\n`);
  const schema = JSON.parse((await get('schema')).text);
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  const data = JSON.parse(dataset.text);

  const csv = await get('csv');
  assert.equal(csv.status, 200);
  const text = csv.text.replace(/^\uFEFF/, '');
  assert.match(text, /^id,name_fi,/);
  // Records: line ends outside quoted fields.
  let records = 0;
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (c === '\n' && !quoted) records++;
  }
  assert.equal(records, data.services.length + 1, 'a header and a row per service');

  const geojson = JSON.parse((await get('geojson')).text);
  assert.equal(geojson.type, 'FeatureCollection');
  assert.equal(geojson.features.length, data.services.length);
  for (const f of geojson.features) {
    const s = data.services.find((x) => x.id === f.properties.id);
    assert.ok(s, f.properties.id);
    assert.deepEqual(f.geometry.coordinates, [s.location.lon, s.location.lat]);
  }

  const hsds = JSON.parse((await get('hsds')).text);
  assert.equal(hsds.services.length, data.services.length);
  assert.equal(hsds.locations.length, data.services.length);
  assert.ok(hsds.organizations.length > 0);
  // The exports are checked against their schemas natively (crates/atlas-data/tests): they are
  // byte for byte what `atlas-data export` writes, which the publishing tests validate.
});

test('a dataset opened from a link offers only what exists: the file and the schema, each there; no empty sources heading', async (t) => {
  for (const lang of ['en', 'ar']) {
    const { page, context } = await openApp(t, `/${lang}/data?data=/fixtures/mixed.json`);
    const links = page.locator('[data-testid=downloads] a');
    await links.first().waitFor();
    const hrefs = Object.fromEntries(await links.evaluateAll((as) => as.map((a) => [a.dataset.download, a.href])));
    assert.deepEqual(Object.keys(hrefs).sort(), ['dataset', 'schema'], lang);
    for (const href of Object.values(hrefs)) {
      assert.equal(await page.evaluate(async (u) => (await fetch(u)).status, href), 200, href);
    }
    // The fixture names no source: no heading over an empty list.
    assert.equal(await page.locator('ul.sources').count(), 0);
    await context.close();
  }
});

test('in Arabic, an English source\'s licence and attribution keep their own order, brackets included', async (t) => {
  const { page } = await openApp(t, '/ar/data', { viewport: { width: 360, height: 740 } });
  const item = page.locator('ul.sources > li').first();
  await item.waitFor();
  // Each is isolated with its brackets, so the bidirectional algorithm cannot mix it with the name.
  const parts = await item.evaluate((li) => [...li.querySelectorAll(':scope > bdi')].map((b) => b.textContent));
  assert.ok(parts.includes('(CC-BY-4.0)'), JSON.stringify(parts));
  // On one line: a licence broken at its hyphen ("(CC-BY-" … "4.0)") reads as two things.
  const lines = await page.locator('ul.sources bdi.license').evaluateAll((bs) => bs.map((b) => new Set([...b.getClientRects()].map((r) => Math.round(r.top))).size));
  assert.ok(lines.length > 0 && lines.every((n) => n === 1), `lines per licence: ${lines}`);
  assert.ok(parts.some((p) => p.startsWith('Statistics Finland')), JSON.stringify(parts));
  // The footer's sources are folded; opened, the same names.
  await page.locator('.footer-sources summary').click();
  const footer = await page.locator('.site-footer ul.attribution li').first().evaluate((li) => li.querySelector('bdi')?.textContent);
  assert.match(footer ?? '', /^Statistics Finland.*\(CC BY 4\.0\)$/);
  // In the footer, an English source's name and attribution read as one English phrase: the
  // attribution after the name, left to right (not the two in right-to-left order around the colon).
  const order = await page.locator('.site-footer ul.attribution li').first().evaluate((li) => {
    const whole = li.querySelector(':scope > bdi');
    const first = (el) => el.getClientRects()[0];
    const name = first(whole.querySelector('span[lang]'));
    const attribution = first(whole.querySelector(':scope > bdi'));
    return { direction: getComputedStyle(whole).direction, after: attribution.top > name.top + 1 || (Math.abs(attribution.top - name.top) <= 1 && attribution.left > name.left) };
  });
  assert.deepEqual(order, { direction: 'ltr', after: true });
});
