// Who does what: the structure on a date, former actors and their successors,
// programme statuses, and navigation between actors and services.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { openApp } from './helpers.mjs';

const dataset = JSON.parse(fs.readFileSync(new URL('../../public/data/atlas.json', import.meta.url)));

/** Opens `path` with the browser's clock fixed at `iso` (the app reads "today" from it). */
async function openOn(t, path, iso) {
  const opened = await openApp(t, '/fixtures/blank.html');
  await opened.page.clock.setFixedTime(new Date(iso));
  await opened.page.goto(new URL(path, opened.page.url()).href);
  return opened;
}

async function actorIds(page) {
  await page.locator('[data-testid=actor-count]').waitFor();
  return page.locator('.actor-item').evaluateAll((items) => items.map((i) => i.dataset.actorId));
}

const count = (ids, prefix) => ids.filter((id) => id.startsWith(prefix)).length;

test('on 22.11.2026 the structure has Economic Development Centres and employment areas, not ELY Centres or TE Offices', async (t) => {
  const { page } = await openOn(t, '/en/actors', '2026-11-22T10:00:00Z');
  const ids = await actorIds(page);
  assert.equal(count(ids, 'vitality-centre:'), 10);
  assert.equal(count(ids, 'employment-area:'), 45);
  assert.equal(count(ids, 'ely-centre:'), 0);
  assert.equal(count(ids, 'te-office:'), 0);
  assert.equal(await page.locator('#actors-at').inputValue(), '2026-11-22');
});

test('at=2024-06-01 shows the ELY Centres and TE Offices, and the date picker switches back', async (t) => {
  const { page } = await openOn(t, '/en/actors?at=2024-06-01', '2026-11-22T10:00:00Z');
  let ids = await actorIds(page);
  assert.equal(count(ids, 'ely-centre:'), 15);
  assert.equal(count(ids, 'te-office:'), 15);
  assert.equal(count(ids, 'vitality-centre:'), 0);
  assert.equal(count(ids, 'employment-area:'), 0);
  // They existed on that day: none is marked former (which they are today, in November 2026).
  assert.equal(await page.locator('.actor-item[data-actor-id^="ely-centre:"] .badge.former').count(), 0);
  assert.ok(ids.includes('osaamiskeskus'));
  assert.equal(await page.locator('.actor-item[data-actor-id="osaamiskeskus"] .badge.former').count(), 0);

  await page.locator('#actors-at').fill('2026-03-01');
  await page.waitForURL(/at=2026-03-01/);
  await page.waitForFunction(() => document.querySelectorAll('.actor-item[data-actor-id^="vitality-centre:"]').length === 10);
  ids = await actorIds(page);
  assert.equal(count(ids, 'ely-centre:'), 0);
  // Back in history: the structure of 2024 again.
  await page.goBack();
  await page.waitForFunction(() => document.querySelectorAll('.actor-item[data-actor-id^="ely-centre:"]').length === 15);
});

test('a former ELY Centre says so and links to its successors, which link back', async (t) => {
  const { page } = await openOn(t, '/en/actors?at=2024-06-01&kind=regional_authority', '2026-11-22T10:00:00Z');
  await page.locator('.actor-item[data-actor-id^="ely-centre:"] a').first().click();
  await page.waitForURL(/\/en\/actors\/ely-centre/);
  await page.locator('[data-testid=former-notice]').waitFor();
  const successors = page.locator('[data-testid=successors] a');
  assert.ok((await successors.count()) >= 1);
  const href = await successors.first().getAttribute('href');
  assert.match(href, /\/en\/actors\/vitality-centre/);
  const predecessorPage = page.url();
  await successors.first().click();
  await page.waitForURL(/vitality-centre/);
  assert.equal(await page.locator('[data-testid=former-notice]').count(), 0);
  const back = await page.locator('ul.timeline a').evaluateAll((as) => as.map((a) => a.href));
  assert.ok(back.includes(predecessorPage), 'the successor lists its predecessor');
});

test('an actor page says since when it has been there, or when it was, apart from its kind: en, uk, ar', async (t) => {
  const ftl = (lang) => fs.readFileSync(new URL(`../../locales/${lang}/main.ftl`, import.meta.url), 'utf8');
  // The message's words around the date ("from", "з", "منذ").
  const words = (lang, key) => new RegExp(`^${key} = (.*)$`, 'm').exec(ftl(lang))[1].replace('{ $date }', '').trim();
  for (const lang of ['en', 'uk', 'ar']) {
    const { page } = await openOn(t, `/${lang}/actors/keha-keskus`, '2026-11-22T10:00:00Z');
    const line = page.locator('.actor-kind');
    await line.waitFor();
    const text = (await line.textContent()).replace(/[\u2068\u2069]/g, '');
    // Level · kind · from DATE: a separator before the period, and its word.
    assert.match(text, new RegExp(` · [^·]+ · .*${words(lang, 'actor-period-from')}`), `${lang}: ${text}`);
    await page.close();
  }
  // One that has ended: both of its dates.
  const { page } = await openOn(t, '/en/actors?at=2024-06-01&kind=regional_authority', '2026-11-22T10:00:00Z');
  await page.locator('.actor-item[data-actor-id^="ely-centre:"] a').first().click();
  await page.waitForURL(/\/en\/actors\/ely-centre/);
  const text = (await page.locator('.actor-kind').textContent()).replace(/[\u2068\u2069]/g, '');
  assert.match(text, / · [^·]+ · \S.* – \S/, text);
});

test('an actor page lists the relations of its day apart from those of other times, with their dates: en, uk, ar', async (t) => {
  const hrefs = (list) => list.locator('li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  const names = async (list) => (await hrefs(list)).map((h) => h.split('/').pop().split('?')[0]);
  for (const lang of ['en', 'uk', 'ar']) {
    // Today the ministry steers the Economic Development Centres; the ELY Centres, which ended
    // on 31 December 2025, are of another time, with their dates.
    const { page } = await openOn(t, `/${lang}/actors/tem`, '2026-11-22T10:00:00Z');
    const held = page.locator('[data-testid=relations-held]');
    const other = page.locator('[data-testid=relations-other-times]');
    await held.waitFor();
    const now = await names(held);
    assert.equal(now.filter((id) => id.startsWith('vitality-centre:')).length, 10, `${lang}: ${now}`);
    assert.equal(now.filter((id) => id.startsWith('ely-centre:')).length, 0, `${lang}: ${now}`);
    const then = await names(other);
    // And the national competence centre, part of the ministry until 2024.
    assert.deepEqual(then.filter((id) => !id.startsWith('ely-centre:')), ['osaamiskeskus'], `${lang}: ${then}`);
    assert.equal(then.length, 16);
    const ely = (await other.locator('li').first().textContent()).replace(/[\u2068\u2069]/g, '');
    assert.match(ely, /2010.*2025/, `${lang}: ${ely}`);
    await page.close();
  }
  // From the list as it stood on 1 June 2024: the actor's page is of that day.
  const { page } = await openOn(t, '/en/actors?at=2024-06-01&level=national', '2026-11-22T10:00:00Z');
  await page.locator('.actor-item[data-actor-id=tem] a').click();
  await page.waitForURL(/\/en\/actors\/tem\?at=2024-06-01$/);
  const held = page.locator('[data-testid=relations-held]');
  await held.waitFor();
  const then = await names(held);
  assert.equal(then.filter((id) => id.startsWith('ely-centre:')).length, 15, String(then));
  assert.equal(then.filter((id) => id.startsWith('vitality-centre:')).length, 0, String(then));
  assert.match(await page.locator('h3', { hasText: /^On / }).textContent(), /2024/);
  // Going on through the structure stays on that day.
  assert.ok((await hrefs(held)).every((h) => h.endsWith('?at=2024-06-01')));
  // A former actor's page, without a day, is of its last day: the ELY Centre then worked with the
  // employment areas (from 2025), and its TE Office had ended (2024).
  await page.goto(new URL('/en/actors/ely-centre:01', page.url()).href);
  await held.waitFor();
  assert.ok((await names(held)).includes('employment-area:1'));
  assert.deepEqual(await names(page.locator('[data-testid=relations-other-times]')), ['te-office:01']);
});

test('phone (uk): back to the actors list, by Back or by its link, finds the actor opened, in sight and with the keyboard on it', async (t) => {
  const { page } = await openApp(t, '/uk/actors', { viewport: { width: 360, height: 740 } });
  const items = page.locator('.actor-item[data-actor-id]');
  await items.first().waitFor();
  // One far down the list (thousands of pixels below its top).
  const far = items.nth(Math.floor((await items.count()) * 0.6));
  const id = await far.getAttribute('data-actor-id');
  await far.locator('a').scrollIntoViewIfNeeded();
  const inSight = () => page.evaluate((id) => {
    const a = document.querySelector(`[data-actor-id="${id}"] a`);
    const r = a.getBoundingClientRect();
    return { focused: document.activeElement === a, visible: r.top >= 0 && r.bottom <= innerHeight, scrolled: scrollY > 2000 };
  }, id);
  for (const how of ['back', 'link']) {
    await far.locator('a').click();
    await page.waitForURL(new RegExp(`/uk/actors/${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await page.locator('#page-title').waitFor();
    if (how === 'back') await page.goBack();
    else await page.locator('.breadcrumb a').click();
    await page.waitForURL(/\/uk\/actors$/);
    await page.waitForFunction((id) => document.activeElement === document.querySelector(`[data-actor-id="${id}"] a`), id, { timeout: 5000 }).catch(() => {});
    assert.deepEqual(await inSight(), { focused: true, visible: true, scrolled: true }, how);
  }
  // Opened afresh from the menu another time, the list starts at its top as any page does.
  await page.goto(new URL('/uk/', page.url()).href);
  await page.locator('#results li').first().waitFor();
  await page.locator('#pages-toggle').click();
  await page.locator('nav a[href="/uk/actors"]').first().click();
  await page.waitForURL(/\/uk\/actors$/);
  await page.locator('#page-title').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'page-title', null, { timeout: 5000 }).catch(() => {});
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'page-title', 'a new visit: the page title');
});

test('the programme status filter keeps only programmes of that status today', async (t) => {
  const { page } = await openOn(t, '/en/programmes', '2026-11-22T10:00:00Z');
  await page.locator('.programme-item').first().waitFor();
  const all = await page.locator('.programme-item').count();
  // The sources give no decision on a future programme, so nothing is upcoming on this day.
  for (const [status, some] of [['valid', true], ['expired', true], ['upcoming', false]]) {
    await page.locator('#prog-status').selectOption(status);
    await page.waitForURL(new RegExp(`status=${status}`));
    await page.waitForFunction((s) => [...document.querySelectorAll('.programme-item')].every((i) => i.dataset.status === s), status);
    const n = await page.locator('.programme-item').count();
    assert.ok(n < all && (n > 0) === some, `${status}: ${n} of ${all}`);
  }
});

test('the programmes page tells which municipalities lack a valid programme', async (t) => {
  const { page } = await openOn(t, '/en/programmes', '2026-11-22T10:00:00Z');
  const coverage = await page.locator('[data-testid=coverage]').textContent();
  const [withProgramme, total] = coverage.match(/\d+/g).map(Number);
  assert.equal(total, 308);
  const summary = await page.locator('[data-testid=without-programme] summary').textContent();
  assert.equal(Number(summary.match(/\d+/)[0]), total - withProgramme);
  await page.locator('[data-testid=without-programme] summary').click();
  assert.equal(await page.locator('[data-testid=without-programme] li').count(), total - withProgramme);
});

test('actor → service → actor', async (t) => {
  const { page } = await openApp(t, '/en/actors/tampere');
  await page.locator('#page-title').waitFor();
  const actorName = (await page.locator('h1').textContent()).trim();
  await page.locator('a[href^="/en/services/"]').first().click();
  await page.waitForURL(/\/en\/services\//);
  await page.locator('dd a[href="/en/actors/tampere"]').click();
  await page.waitForURL(/\/en\/actors\/tampere$/);
  assert.equal((await page.locator('h1').textContent()).trim(), actorName);
});

test('the actors list filters by area', async (t) => {
  const { page } = await openApp(t, '/en/actors');
  await page.locator('.actor-item[data-actor-id=helsinki]').waitFor();
  await page.locator('#actors-area').selectOption('a:region:06');
  await page.waitForURL(/area=region:06/);
  await page.waitForFunction(() => !document.querySelector('.actor-item[data-actor-id=helsinki]'));
  assert.equal(await page.locator('.actor-item[data-actor-id=tampere]').count(), 1);
  assert.equal(await page.locator('#actors-area').inputValue(), 'a:region:06');
});

/** The names of the listed actors by id. */
async function actorNames(page) {
  await page.locator('[data-testid=actor-count]').waitFor();
  return Object.fromEntries(await page.locator('.actor-item').evaluateAll((items) =>
    items.map((i) => [i.dataset.actorId, i.querySelector('a').textContent.trim()])));
}

test('on 25.11.2026 the actors page shows who runs integration nationally, with the official names', async (t) => {
  const { page } = await openOn(t, '/en/actors', '2026-11-25T10:00:00Z');
  const names = await actorNames(page);
  const ids = Object.keys(names);
  assert.equal(count(ids, 'vitality-centre:'), 10);
  assert.equal(count(ids, 'employment-area:'), 45);
  assert.equal(names['vitality-centre:1'], 'Economic Development Centre of Uusimaa');
  assert.equal(names['vitality-centre:2'], 'Economic Development Centre of Southwest Finland');
  assert.equal(names['vitality-centre:3'], 'Economic Development Centre of Southeast Finland');
  assert.equal(names['vitality-centre:4'], 'Economic Development Centre of Inland Finland');
  assert.equal(names['keha-keskus'], 'KEHA Centre');
  assert.equal(names['lupa-ja-valvontavirasto'], 'Finnish Supervisory Agency');
  assert.ok(!('osaamiskeskus' in names), 'the Centre of Expertise left the ministry at the end of 2024');
  assert.ok(!Object.values(names).some((n) => /vitality/i.test(n)));

  // The Finnish names, on the Finnish page.
  await page.goto(new URL('/fi/actors', page.url()).href);
  const fi = await actorNames(page);
  assert.equal(fi['vitality-centre:1'], 'Uudenmaan elinvoimakeskus');
  assert.equal(fi['keha-keskus'], 'Työllisyys-, kehittämis- ja hallintokeskus (KEHA-keskus)');
});

test('on 1.6.2024 the actors page shows the ELY Centres, the TE Offices and the Centre of Expertise', async (t) => {
  const { page } = await openOn(t, '/en/actors?at=2024-06-01', '2026-11-25T10:00:00Z');
  const names = await actorNames(page);
  const ids = Object.keys(names);
  assert.equal(count(ids, 'ely-centre:'), 15);
  assert.equal(count(ids, 'te-office:'), 15);
  assert.equal(count(ids, 'vitality-centre:'), 0);
  assert.equal(names.osaamiskeskus, 'Centre of Expertise in Immigrant Integration');
  assert.ok(ids.includes('keha-keskus'), 'the KEHA Centre existed from 2015 under its earlier name');
  assert.ok(!ids.includes('lupa-ja-valvontavirasto'));
});

test('an actor page names its sources with the date checked, in the UI language', async (t) => {
  const { page } = await openOn(t, '/en/actors/keha-keskus', '2026-11-25T10:00:00Z');
  const items = page.locator('[data-testid=record-source]');
  await items.first().waitFor();
  const first = (await items.first().textContent()).replace(/[\u2068\u2069]/g, '');
  assert.match(first, /^Source: kotoutuminen\.fi – KEHA Centre to offer/);
  assert.match(first, /, checked Mar 1, 2026$/);
  const href = await items.first().locator('a').getAttribute('href');
  assert.match(href, /^https:\/\/kotoutuminen\.fi\//);
  assert.equal(await page.locator('[data-testid=illustrative-notice]').count(), 0);
  // The Centre of Expertise is former, with the KEHA Centre as its successor.
  await page.goto(new URL('/fi/actors/osaamiskeskus', page.url()).href);
  await page.locator('[data-testid=former-notice]').waitFor();
  assert.equal(await page.locator('[data-testid=successors] a[href="/fi/actors/keha-keskus"]').count(), 1);
  const fi = (await page.locator('[data-testid=record-source]').first().textContent()).replace(/[\u2068\u2069]/g, '');
  assert.match(fi, /^Lähde: kotoutuminen\.fi .*, tarkistettu 1\.3\.2026$/);
});

test('an illustrative record says so, and a programme and an act show their sources', async (t) => {
  const { page } = await openOn(t, '/sv/actors/te-office:05', '2026-11-25T10:00:00Z');
  await page.locator('[data-testid=illustrative-notice]').waitFor();
  assert.ok((await page.locator('[data-testid=record-source]').count()) >= 1, 'the TE Office period has a source');
  await page.goto(new URL('/en/programmes/valko-2024-2027', page.url()).href);
  await page.locator('[data-testid=record-source]').first().waitFor();
  assert.equal(await page.locator('[data-testid=programme-status]').textContent(), 'valid');
  await page.goto(new URL('/en/legislation', page.url()).href);
  await page.locator('[data-testid=record-source]').first().waitFor();
  assert.match(await page.locator('.acts').textContent(), /531\/2025/);
  assert.equal(await page.locator('[data-testid=no-source]').count(), 0, 'every act names a source');
});

test('the data page counts the sourced and the illustrative records', async (t) => {
  const { page } = await openApp(t, '/en/data');
  const row = page.locator('tr[data-kind=actor]');
  await row.waitFor();
  const shown = Number(await row.locator('td').first().textContent());
  const sourced = Number(await row.locator('[data-testid=sourced]').textContent());
  const illustrative = Number(await row.locator('[data-testid=illustrative]').textContent());
  assert.ok(sourced > 400 && illustrative > 0, `${sourced} sourced, ${illustrative} illustrative`);
  assert.equal(sourced + illustrative, shown, 'every actor has a source or the mark');
  assert.equal(await page.locator('tr[data-kind=area] [data-testid=sourced]').textContent(), '–');
});

test('in Arabic, a web address shown as a link reads left to right: its slashes stay in place', async (t) => {
  const programme = dataset.programmes.find((p) => p.url);
  for (const [path, link] of [[`/ar/programmes/${programme.id}`, `a[href="${programme.url}"]`], ['/ar/legislation', '.acts a[rel~=external]']]) {
    const { page } = await openApp(t, path);
    const address = page.locator(link).first();
    await address.waitFor();
    const bdi = address.locator('bdi[dir=ltr]');
    assert.equal(await bdi.count(), 1, path);
    assert.equal(await bdi.textContent(), await address.getAttribute('href'), path);
    await page.close();
  }
});

test('"back to the list" from an actor or a programme finds the list with its filters and date', async (t) => {
  const { page } = await openOn(t, '/en/actors?level=national&at=2024-06-01', '2026-11-22T10:00:00Z');
  await actorIds(page);
  await page.locator('.actor-item a').first().click();
  await page.waitForURL(/\/en\/actors\/[^?]+/);
  const back = page.locator('.breadcrumb a');
  assert.equal(new URL(await back.getAttribute('href'), page.url()).search, '?level=national&at=2024-06-01');
  // A way back is not the page the person is on.
  assert.equal(await back.getAttribute('aria-current'), null);
  await back.click();
  await page.waitForURL(/\/en\/actors\?level=national&at=2024-06-01$/);
  await page.locator('.actor-item').first().waitFor();

  await page.goto(new URL('/en/programmes?status=expired', page.url()).href);
  await page.locator('.programme-item a').first().click();
  await page.waitForURL(/\/en\/programmes\/[^?]+/);
  assert.equal(new URL(await page.locator('.breadcrumb a').getAttribute('href'), page.url()).search, '?status=expired');
  await page.locator('.breadcrumb a').click();
  await page.waitForURL(/\/en\/programmes\?status=expired$/);
  assert.equal(await page.locator('#prog-status').inputValue(), 'expired');
});

test('Arabic at 360 px: a programme\'s kind keeps its Finnish term and brackets on one line, and its period unbroken', async (t) => {
  const { page } = await openApp(t, '/ar/programmes', { viewport: { width: 360, height: 740 } });
  const meta = page.locator('.programme-item[data-record-id="valko-2012-2015"] .programme-meta');
  await meta.waitFor();
  const lines = await meta.evaluate((el) => {
    // The lines a text of the meta line takes: `needle` alone, or the whole text it is in.
    const linesOf = (needle, whole) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.data.indexOf(needle);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, whole ? 0 : at);
        range.setEnd(n, whole ? n.data.length : at + needle.length);
        return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
      }
      return null;
    };
    const term = /\([^()]*[a-z][^()]*\)/.exec(el.textContent)?.[0];
    return { term, termLines: term ? linesOf(term, false) : null, periodLines: linesOf(' – ', true) };
  });
  assert.ok(lines.term, 'the kind names a Finnish term in brackets');
  assert.deepEqual([lines.termLines, lines.periodLines], [1, 1], JSON.stringify(lines));
});

test('the actors list reads a place typed in Cyrillic as the finder does (uk: "Тампере" finds what "Tampere" finds)', async (t) => {
  const { page } = await openOn(t, '/uk/actors?q=tampere', '2026-11-22T10:00:00Z');
  const latin = await actorIds(page);
  assert.ok(latin.length > 0, 'Tampere has actors');
  await page.goto(new URL('/uk/actors?q=%D0%A2%D0%B0%D0%BC%D0%BF%D0%B5%D1%80%D0%B5', page.url()).href);
  await page.waitForFunction((n) => document.querySelectorAll('.actor-item').length === n, latin.length);
  assert.deepEqual(await actorIds(page), latin);
});

test('the actors list finds the kind and the level it shows, in the UI language (uk "міністерство", ar "وزارة")', async (t) => {
  for (const [lang, kind, level] of [['uk', 'міністерство', 'Загальнодержавний'], ['ar', 'وزارة', 'الوطني']]) {
    const { page } = await openOn(t, `/${lang}/actors`, '2026-11-22T10:00:00Z');
    await actorIds(page);
    const shown = await page.locator('.actor-item').evaluateAll((items, k) => items.filter((i) => i.querySelector('.actor-kind')?.textContent.includes(k)).map((i) => i.dataset.actorId), kind);
    const national = await page.locator('[data-level=national] .actor-item').evaluateAll((items) => items.map((i) => i.dataset.actorId));
    assert.ok(shown.length > 1 && national.length > shown.length, `${lang}: ${shown.length} ministries, ${national.length} national actors`);
    await page.goto(new URL(`/${lang}/actors?q=${encodeURIComponent(kind)}`, page.url()).href);
    await page.waitForFunction((n) => document.querySelectorAll('.actor-item').length === n, shown.length);
    assert.deepEqual(await actorIds(page), shown, `${lang}: "${kind}"`);
    await page.goto(new URL(`/${lang}/actors?q=${encodeURIComponent(level)}`, page.url()).href);
    await page.waitForFunction((n) => document.querySelectorAll('.actor-item').length === n, national.length);
    assert.deepEqual(await actorIds(page), national, `${lang}: "${level}"`);
  }
});
