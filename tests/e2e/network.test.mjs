// The network view for officials: gaps checked against an independent
// haversine calculation from the dataset JSON, sorting, CSV downloads with the
// same numbers as the tables, the date, and links that restore the view.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { openApp } from './helpers.mjs';

const dataset = JSON.parse(fs.readFileSync(new URL('../../public/data/atlas.json', import.meta.url)));

/** Great-circle distance in km, written here independently of the app. */
function haversine(a, b) {
  const R = 6371.0088;
  const rad = (d) => (d * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** One decimal, halves rounded up, as the page shows numbers. */
const oneDecimal = (x) => (Math.round(x * 10) / 10).toFixed(1);

/** Codes of the municipalities whose nearest service is farther than `km`, sorted. */
function expectedGaps(km) {
  return dataset.municipalities
    .filter((m) => !dataset.services.some((s) => haversine(m.location, s.location) <= km))
    .map((m) => m.code)
    .sort();
}

/** The table's body as text, row by row (row header and cells). */
async function tableRows(page, id) {
  return page
    .locator(`section[data-table=${id}] tbody tr`)
    .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent.trim())));
}

/** RFC 4180 CSV, enough for the files the app writes. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

async function download(page, id) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-testid=csv-${id}]`).click()]);
  const text = fs.readFileSync(await dl.path(), 'utf8');
  return { name: dl.suggestedFilename(), text };
}

test('at 30 km the uncovered municipalities are exactly those a hand calculation finds', async (t) => {
  const { page } = await openApp(t, '/en/network');
  await page.locator('section[data-table=gaps]').waitFor();
  await page.locator('#network-km').fill('30');
  await page.waitForURL(/[?&]km=30(&|$)/);
  const expected = expectedGaps(30);
  assert.ok(expected.length > 0 && expected.length < dataset.municipalities.length, 'the default data has gaps at 30 km');
  await page.waitForFunction((n) => document.querySelectorAll('section[data-table=gaps] tbody tr').length === n, expected.length);
  const codes = (await tableRows(page, 'gaps')).map((r) => r[1]).sort();
  assert.deepEqual(codes, expected);
  const summary = await page.locator('[data-testid=network-summary]').textContent();
  const numbers = summary.match(/\d+/g).map(Number);
  assert.deepEqual(numbers, [30, dataset.municipalities.length - expected.length, dataset.municipalities.length]);
  // The distance shown for each gap is the nearest service's, to one decimal.
  for (const [, code, , km] of await tableRows(page, 'gaps')) {
    const m = dataset.municipalities.find((x) => x.code === code);
    const nearest = Math.min(...dataset.services.map((s) => haversine(m.location, s.location)));
    assert.equal(km, oneDecimal(nearest), `nearest service of ${code}`);
  }
  // The map shows one dot per gap.
  await page.waitForFunction((n) => document.querySelectorAll('.places-map .atlas-place').length === n, expected.length);
});

test('the default 50 km and the areas table agree with the same calculation', async (t) => {
  const { page } = await openApp(t, '/en/network');
  await page.locator('section[data-table=areas] tbody tr').first().waitFor();
  assert.equal(await page.locator('#network-km').inputValue(), '50');
  const gaps = new Set(expectedGaps(50));
  const rows = await tableRows(page, 'areas');
  const regions = dataset.areas.filter((a) => a.kind === 'region');
  assert.equal(rows.length, regions.length);
  for (const region of regions) {
    const row = rows.find((r) => r[0] === (region.name.en ?? region.name.fi));
    assert.ok(row, `a row for ${region.id}`);
    const munis = dataset.municipalities.filter((m) => m.areas.includes(region.id));
    const covered = munis.filter((m) => !gaps.has(m.code)).length;
    const services = dataset.services.filter((s) => munis.some((m) => m.code === s.municipality));
    assert.equal(row[1], String(munis.length));
    assert.equal(row[2], String(services.length));
    assert.equal(row[4], String(covered));
    assert.equal(row[5], munis.length ? oneDecimal((100 * covered) / munis.length) : '');
  }
});

test('sorting a table: a button in the header, aria-sort, and the order in the URL', async (t) => {
  const { page } = await openApp(t, '/en/network?km=30');
  const header = page.locator('section[data-table=gaps] th[data-column=nearest_km]');
  await header.locator('button').click();
  await page.waitForURL(/gaps_sort=nearest_km/);
  assert.equal(await header.getAttribute('aria-sort'), 'ascending');
  let km = (await tableRows(page, 'gaps')).map((r) => Number(r[3]));
  assert.deepEqual(km, [...km].sort((a, b) => a - b));
  // The keyboard works the same: Enter on the focused header button.
  await header.locator('button').focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/gaps_sort=-nearest_km/);
  assert.equal(await header.getAttribute('aria-sort'), 'descending');
  km = (await tableRows(page, 'gaps')).map((r) => Number(r[3]));
  assert.deepEqual(km, [...km].sort((a, b) => b - a));
  assert.equal(await page.locator('section[data-table=gaps] th[data-column=municipality]').getAttribute('aria-sort'), null);

  // The link restores the same view.
  const url = page.url();
  await page.goto(url);
  await page.locator('section[data-table=gaps] tbody tr').first().waitFor();
  assert.equal(await page.locator('#network-km').inputValue(), '30');
  assert.equal(await header.getAttribute('aria-sort'), 'descending');
  assert.deepEqual((await tableRows(page, 'gaps')).map((r) => Number(r[3])), km);
});

test('each CSV download holds the same numbers as the table on screen', async (t) => {
  const { page } = await openApp(t, '/en/network?km=30&areas_sort=-services');
  await page.locator('section[data-table=areas] tbody tr').first().waitFor();
  for (const id of ['areas', 'gaps', 'freshness', 'programmes']) {
    const onScreen = await tableRows(page, id);
    const headers = await page.locator(`section[data-table=${id}] thead th button`).evaluateAll((bs) => bs.map((b) => b.textContent.replace(/[▲▼]/g, '').trim()));
    const { name, text } = await download(page, id);
    assert.match(name, new RegExp(`^integration-atlas-${id}-\\d{4}-\\d\\d-\\d\\d-30km\\.csv$`));
    const rows = parseCsv(text.replace(/^\uFEFF/, ''));
    assert.deepEqual(rows[0], headers, `${id}: headers`);
    assert.deepEqual(rows.slice(1), onScreen, `${id}: rows`);
  }
});

test('the date decides freshness: by 2030 no service counts as checked in the last 12 months', async (t) => {
  const { page } = await openApp(t, '/en/network');
  await page.locator('section[data-table=freshness] tbody tr').first().waitFor();
  // On the dataset's own date, the stale services are those checked before the same day a year earlier.
  assert.equal(await page.locator('#network-at').inputValue(), dataset.meta.published);
  const [y, m, d] = dataset.meta.published.split('-');
  const yearBefore = `${Number(y) - 1}-${m}-${d}`;
  const stale = (rows) => rows.reduce((n, r) => n + Number(r[2]), 0);
  const inRegions = dataset.services.filter((s) => dataset.municipalities.find((x) => x.code === s.municipality).areas.some((a) => a.startsWith('region:')));
  assert.equal(stale(await tableRows(page, 'freshness')), inRegions.filter((s) => !s.last_verified || s.last_verified < yearBefore).length);

  await page.locator('#network-at').fill('2030-01-01');
  await page.waitForURL(/at=2030-01-01/);
  await page.waitForFunction(() => document.querySelector('.network-day').textContent.includes('2030'));
  assert.equal(stale(await tableRows(page, 'freshness')), inRegions.length);
});

test('grouping by wellbeing services county lists every county', async (t) => {
  const { page } = await openApp(t, '/en/network');
  await page.locator('#network-kind').selectOption('wellbeing_county');
  await page.waitForURL(/kind=wellbeing_county/);
  const n = dataset.areas.filter((a) => a.kind === 'wellbeing_county').length;
  await page.waitForFunction((n) => document.querySelectorAll('section[data-table=areas] tbody tr').length === n, n);
  assert.equal((await tableRows(page, 'programmes')).length, n);
});

// ------------------------------------------------------------ issue 15: tables that read anywhere

/** Cells (th, td) of the page's tables narrower than their longest word: a word broken inside. */
async function cellsNarrowerThanAWord(page) {
  return page.evaluate(() => {
    const ctx = document.createElement('canvas').getContext('2d');
    const bad = [];
    for (const cell of document.querySelectorAll('main table th, main table td')) {
      if (!cell.getClientRects().length) continue;
      const cs = getComputedStyle(cell);
      const inner = cell.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      let widest = 0;
      let word = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const f = getComputedStyle(n.parentElement);
        ctx.font = `${f.fontStyle} ${f.fontWeight} ${f.fontSize} ${f.fontFamily}`;
        // A line may break at spaces and after a hyphen (Varsinais-|Suomi), nowhere else.
        for (const w of n.textContent.split(/\s+|(?<=-)/)) {
          const width = ctx.measureText(w).width;
          if (width > widest) [widest, word] = [width, w];
        }
      }
      if (inner + 1 < widest) bad.push(`${word} (${Math.round(widest)} px) in a ${Math.round(inner)} px cell`);
    }
    return bad;
  });
}

for (const width of [320, 360, 1280]) {
  test(`at ${width} px no table cell is narrower than its longest word, and wide tables scroll with their first column fixed`, async (t) => {
    const { page } = await openApp(t, '/fi/network?km=30', { viewport: { width, height: 800 } });
    await page.locator('section[data-table=gaps] tbody tr').first().waitFor();
    assert.deepEqual(await cellsNarrowerThanAWord(page), []);
    // The page itself does not scroll sideways: a wide table scrolls in its own region.
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), 'no sideways scroll of the page');
    if (width < 400) {
      const scroll = page.locator('section[data-table=areas] .table-scroll');
      assert.ok(await scroll.evaluate((el) => el.scrollWidth > el.clientWidth), 'the areas table scrolls sideways on a phone');
      const first = page.locator('section[data-table=areas] tbody th[scope=row]').first();
      const before = await first.boundingBox();
      assert.ok((await scroll.evaluate((el) => (el.scrollBy(200, 0), el.scrollLeft))) > 100, 'it scrolled');
      const after = await first.boundingBox();
      // Within the collapsed border's pixel.
      assert.ok(Math.abs(after.x - before.x) <= 2, `the first column stays where it is: ${before.x} → ${after.x}`);
    }
    for (const path of ['/fi/programmes', '/fi/data?data=/generated/hostile.json', '/ar/network?km=30']) {
      await page.goto(new URL(path, page.url()).href);
      await page.locator('main table tbody tr').first().waitFor();
      assert.deepEqual(await cellsNarrowerThanAWord(page), [], path);
    }
  });
}

test('/fi/network: languages by their Finnish names, numbers and shares with a decimal comma', async (t) => {
  const { page } = await openApp(t, '/fi/network');
  await page.locator('section[data-table=areas] tbody tr').first().waitFor();
  const rows = await tableRows(page, 'areas');
  const languages = rows.map((r) => r[3]).join(', ');
  assert.match(languages, /\bsuomi\b/i);
  assert.match(languages, /\bukraina\b/i);
  assert.doesNotMatch(languages, /(^|, )[a-z]{2,3}(,|$)/, `no bare codes: ${languages}`);
  const shares = rows.map((r) => r[5]).filter(Boolean);
  assert.ok(shares.length > 0 && shares.every((s) => /^\d+,\d$/.test(s)), `shares with a decimal comma: ${shares}`);
  await page.goto(new URL('/fi/network?km=30', page.url()).href);
  await page.locator('section[data-table=gaps] tbody tr').first().waitFor();
  const km = (await tableRows(page, 'gaps')).map((r) => r[3]);
  assert.ok(km.every((k) => /^\d+,\d$/.test(k)), `distances with a decimal comma: ${km.slice(0, 3)}`);
});

test('the CSV opens in a spreadsheet of the UI language: BOM, ; and decimal comma in Finnish, , and point in English, formulas made text', async (t) => {
  const { page } = await openApp(t, '/fi/network?km=30');
  await page.locator('section[data-table=gaps] tbody tr').first().waitFor();
  const fi = await download(page, 'gaps');
  assert.ok(fi.text.startsWith('\uFEFF'), 'a byte-order mark');
  const [header, first] = fi.text.slice(1).split('\r\n');
  assert.equal(header.split(';').length, 5, `semicolons: ${header}`);
  assert.match(first.split(';')[3], /^\d+,\d$/, `a decimal comma: ${first}`);
  const areas = await download(page, 'areas');
  assert.match(areas.text, /suomi/i, 'languages by name in the file too');

  await page.goto(new URL('/en/network?km=30', page.url()).href);
  await page.locator('section[data-table=gaps] tbody tr').first().waitFor();
  const en = await download(page, 'gaps');
  const [enHeader, enFirst] = en.text.slice(1).split('\r\n');
  assert.equal(parseCsv(enHeader + '\r\n')[0].length, 5);
  assert.match(parseCsv(enFirst + '\r\n')[0][3], /^\d+\.\d$/);
});

test('the area kinds offered follow the date, and an empty table says why', async (t) => {
  const { page } = await openApp(t, '/en/network?at=2025-06-01');
  await page.locator('section[data-table=areas] tbody tr').first().waitFor();
  const options = () => page.locator('#network-kind option').evaluateAll((os) => os.map((o) => o.value));
  assert.deepEqual(await options(), ['region', 'wellbeing_county', 'employment_area', 'ely_centre']);
  await page.locator('#network-kind').selectOption('ely_centre');
  await page.waitForURL(/kind=ely_centre/);
  const ely = dataset.areas.filter((a) => a.kind === 'ely_centre').length;
  await page.waitForFunction((n) => document.querySelectorAll('section[data-table=areas] tbody tr').length === n, ely);

  await page.locator('#network-at').fill('2026-03-01');
  await page.waitForURL(/at=2026-03-01/);
  // The chosen kind stays chosen, and every area table says why it is empty now.
  const why = await page.locator('[data-testid=empty-areas]').textContent();
  assert.match(why, /ELY Centres/);
  assert.match(why, /ended on/);
  assert.match(why, /2025/);
  assert.equal(await page.locator('section[data-table=areas] tbody tr').count(), 0);
  assert.ok(await page.locator('[data-testid=empty-programmes]').isVisible());
  assert.deepEqual((await options()).sort(), ['ely_centre', 'employment_area', 'region', 'vitality_centre', 'wellbeing_county']);

  await page.goto(new URL('/fi/network?at=2025-06-01&kind=vitality_centre', page.url()).href);
  const fi = await page.locator('[data-testid=empty-areas]').textContent();
  assert.match(fi, /Elinvoimakeskukset/);
  assert.match(fi, /alkavat \u2068?1\.1\.2026/);
  // With no gaps at all, the gaps table says so too.
  await page.goto(new URL('/en/network?km=2000', page.url()).href);
  assert.match(await page.locator('[data-testid=empty-gaps]').textContent(), /No gaps/);
});

test('Arabic: each name in a list cell keeps its own order, with the Arabic comma between names', async (t) => {
  const { page } = await openApp(t, '/ar/network');
  const cell = page.locator('section[data-table=programmes] tbody td.list').filter({ has: page.locator('bdi') }).first();
  await cell.waitFor();
  const names = await cell.locator('bdi').allTextContents();
  assert.ok(names.length > 1, `several names: ${names}`);
  assert.equal(await cell.textContent(), names.join('، '));
});

test('Ukrainian and Russian: a date is not followed by a second full stop', async (t) => {
  for (const lang of ['uk', 'ru']) {
    const { page } = await openApp(t, `/${lang}/network`);
    const day = page.locator('.network-day');
    await day.waitFor();
    // Without Fluent's isolation marks around the date.
    const text = (await day.textContent()).replace(/[\u2068\u2069]/g, '');
    assert.match(text, /\d{4}/, `${lang}: ${text}`);
    assert.doesNotMatch(text, /\.\s*\./, `${lang}: ${text}`);
    await page.close();
  }
});

test('the distance field is as large a target as the other fields', async (t) => {
  const { page } = await openApp(t, '/uk/network', { viewport: { width: 1280, height: 800 } });
  await page.locator('#network-km').waitFor();
  const [km, select] = await Promise.all(['#network-km', '.network-controls select'].map((s) => page.locator(s).first().boundingBox()));
  assert.ok(Math.abs(km.height - select.height) <= 4, `heights ${km.height} and ${select.height}`);
  assert.ok(km.height >= 32 && km.width >= 96, `${km.width} × ${km.height}`);
});

test('a distance out of range is refused with a message that says which distance the figures are for', async (t) => {
  for (const [lang, unit] of [['en', 'km'], ['uk', 'км']]) {
    const { page, context } = await openApp(t, `/${lang}/network?km=20`);
    await page.locator('section[data-table=gaps]').waitFor();
    const field = page.locator('#network-km');
    const refused = page.locator('#network-km-refused');
    assert.equal(await field.getAttribute('aria-invalid'), null);
    for (const bad of ['-5', '0', '2001', '']) {
      await field.fill(bad);
      await page.waitForFunction(() => document.querySelector('#network-km').getAttribute('aria-invalid') === 'true');
      const text = (await refused.textContent()).replace(/[\u2068\u2069]/g, '');
      assert.match(text, new RegExp(`\\b2000\\b.*\\b20 ${unit}`), `${lang}, "${bad}": ${text}`);
      assert.match(page.url(), /[?&]km=20(&|$)/, 'the figures stay at 20 km');
    }
    assert.equal(await field.getAttribute('aria-describedby'), 'network-km-refused');
    // A good distance is taken, and the message goes.
    await field.fill('35');
    await page.waitForURL(/[?&]km=35(&|$)/);
    assert.equal(await field.getAttribute('aria-invalid'), null);
    assert.equal((await refused.textContent()).trim(), '');
    await context.close();
  }
});

test('a name in another language than the page\'s is marked with its own lang; one in the page\'s is not', async (t) => {
  // The SPEC's fallback: the UI language, then English, Finnish, Swedish, any.
  const picked = (name, ui) => [ui, 'en', 'fi', 'sv', ...Object.keys(name)].find((l) => name[l]?.trim());
  for (const ui of ['uk', 'fi']) {
    const { page, context } = await openApp(t, `/${ui}/network`);
    await page.locator('section[data-table=areas] tbody tr').first().waitFor();
    const cells = await page.locator('section[data-table=areas] tbody th').evaluateAll((ths) =>
      ths.map((th) => ({ text: th.textContent.trim(), lang: th.querySelector('bdi')?.getAttribute('lang') ?? null })));
    const regions = dataset.areas.filter((a) => a.kind === 'region');
    assert.ok(cells.length > 0);
    for (const { text, lang } of cells) {
      const area = regions.find((a) => a.name[picked(a.name, ui)] === text);
      assert.ok(area, `${ui}: "${text}" is a region's name`);
      const expected = picked(area.name, ui);
      assert.equal(lang, expected === ui ? null : expected, `${ui}: "${text}"`);
    }
    if (ui === 'uk') assert.ok(cells.some((c) => c.lang === 'en'), 'some region has no Ukrainian name in the default data');
    await context.close();
  }
});

test('phone (uk, ar): the page lists its map and tables at the top, and a link brings its table into sight with the address\'s choices kept', async (t) => {
  for (const lang of ['uk', 'ar']) {
    const { page } = await openApp(t, `/${lang}/network?distance=40`, { viewport: { width: 360, height: 740 } });
    await page.locator('section[data-table] tbody tr').first().waitFor();
    const nav = page.locator('nav.page-contents');
    // Each link names a heading of the page and leads to it.
    const links = await nav.locator('a').evaluateAll((as) => as.map((a) => ({ text: a.textContent.trim(), target: document.querySelector(a.getAttribute('href'))?.textContent.trim() })));
    const headings = await page.locator('main h2').allTextContents();
    assert.deepEqual(links.map((l) => l.text), headings.map((h) => h.trim()), `${lang}: one link per heading, in their order`);
    assert.deepEqual(links.map((l) => l.target), links.map((l) => l.text), `${lang}: each link leads to the heading it names`);
    // The contents come before the first of them, within the first two screens.
    assert.ok((await nav.boundingBox()).y < 2 * 740, `${lang}: the contents are near the top`);
    const gaps = links.findIndex((l) => l.target === headings[2].trim());
    await nav.locator('a').nth(gaps).click();
    await page.waitForFunction(() => {
      const h = document.querySelector('#table-gaps')?.getBoundingClientRect();
      // Scrolled to a whole pixel: a heading placed at a fraction of one may be under it by less.
      return h && h.top > -1 && h.top < innerHeight / 2;
    });
    assert.match(page.url(), /\?distance=40#table-gaps$/);
    await page.close();
  }
});

test('phone (uk, ar): a table wider than the screen shows a shadow on the side it scrolls to, and its lists of names read as lines', async (t) => {
  for (const lang of ['uk', 'ar']) {
    const { page } = await openApp(t, `/${lang}/network`, { viewport: { width: 360, height: 740 } });
    const box = page.locator('section[data-table] .table-scroll').first();
    await box.locator('tbody tr').first().waitFor();
    const look = await box.evaluate((el) => {
      const s = getComputedStyle(el);
      const rows = [...el.querySelectorAll('tbody tr')].map((r) => r.getBoundingClientRect().height);
      return { wider: el.scrollWidth > el.clientWidth, image: s.backgroundImage, attachment: s.backgroundAttachment, tallest: Math.max(...rows) };
    });
    assert.ok(look.wider, `${lang}: the table scrolls sideways at 360 px`);
    // Covers that scroll with the table over shadows that stay at the box's sides.
    assert.equal((look.image.match(/radial-gradient/g) ?? []).length, 2, `${lang}: ${look.image}`);
    assert.deepEqual(look.attachment.split(', '), ['local', 'local', 'scroll', 'scroll'], lang);
    // The areas' lists of languages: a few lines, not a column of single words (225 px before).
    assert.ok(look.tallest <= 160, `${lang}: the tallest row is ${look.tallest} px`);
    await page.close();
  }
});
