// The static pack (issue 18, SPEC §2 `pack_url`): with a pack named in config.json the app reads
// it instead of the dataset, and a service's page fetches the rest of its record from the pack's
// shard; a missing, stale, cut-short, newer, forged or unverifiable pack is never trusted: the app
// reads the dataset itself, and the data page says why. The variants are made here from the
// published dataset and the pack `atlas-data build` wrote beside it (copied into dist/data).

import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { openApp, getServer, useServer, axeViolations, formatViolations } from './helpers.mjs';
import { REPO_ROOT } from './server.mjs';
import { resultCount, waitForResults } from './finder-page.mjs';

const TMP = path.join(REPO_ROOT, 'tests', 'e2e', '.tmp', 'packs');
useServer({ mounts: { '/packs/': path.relative(REPO_ROOT, TMP) } });

const DATA = path.join(REPO_ROOT, 'dist', 'data');
const dataset = JSON.parse(fs.readFileSync(path.join(DATA, 'atlas.json'), 'utf8'));
// The first service that has a phone number: its page shows what only the shard holds.
const withPhone = dataset.services.find((s) => s.phones?.length && s.website);

/** config.json for the variant `name` (its dataset, its pack). */
const configFor = (name, pack = `/packs/${name}/atlas.pack`) => ({
  dataset_url: `/packs/${name}/atlas.json`,
  pack_url: pack,
});

before(() => {
  fs.rmSync(TMP, { recursive: true, force: true });
  const pack = fs.readFileSync(path.join(DATA, 'atlas.pack'));
  const raw = zlib.gunzipSync(pack);
  const sums = fs.readFileSync(path.join(DATA, 'atlas.json.sha256'), 'utf8');
  const variant = (name, { packBytes = pack, sumsText = sums, shard = null } = {}) => {
    const dir = path.join(TMP, name);
    fs.mkdirSync(path.join(dir, 'atlas.pack.d'), { recursive: true });
    fs.copyFileSync(path.join(DATA, 'atlas.json'), path.join(dir, 'atlas.json'));
    if (sumsText !== null) fs.writeFileSync(path.join(dir, 'atlas.json.sha256'), sumsText);
    fs.writeFileSync(path.join(dir, 'atlas.pack'), packBytes);
    for (const f of fs.readdirSync(path.join(DATA, 'atlas.pack.d'))) {
      fs.copyFileSync(path.join(DATA, 'atlas.pack.d', f), path.join(dir, 'atlas.pack.d', f));
    }
    if (shard) fs.writeFileSync(path.join(dir, 'atlas.pack.d', '0.json'), shard);
  };
  variant('good');
  // The dataset was published again (another digest) and the pack was not made again.
  variant('stale', { sumsText: sums.replace(/^./, (c) => (c === '0' ? '1' : '0')) });
  variant('cut', { packBytes: pack.subarray(0, Math.floor(pack.length / 2)) });
  const newer = Buffer.from(raw);
  newer.writeUInt16LE(raw.readUInt16LE(8) + 1, 8);
  variant('newer', { packBytes: zlib.gzipSync(newer) });
  // A service's id with a capital letter, as the pack's body holds it (its length, then its
  // bytes): the pack still decodes, but that record breaks a rule of the format.
  const forged = Buffer.from(raw);
  const id = dataset.services[0].id;
  const at = forged.indexOf(Buffer.concat([Buffer.from([id.length]), Buffer.from(id)]));
  assert.ok(at > 0, 'the first service in the pack');
  forged.write('X', at + 1);
  variant('forged', { packBytes: zlib.gzipSync(forged) });
  variant('unchecked', { sumsText: null });
  // A shard whose record of `withPhone` was changed to link to a script.
  const records = JSON.parse(fs.readFileSync(path.join(DATA, 'atlas.pack.d', '0.json'), 'utf8'));
  const place = records.findIndex((r) => r.id === withPhone.id);
  records[place].website = 'javascript:alert(1)';
  variant('bad-shard', { shard: JSON.stringify(records) });
});

// The paths (without the query) asked for since `from` that pass `predicate`.
const requestsFor = (server, from, predicate) =>
  server.requests.slice(from).map((r) => r.path.split('?')[0]).filter(predicate);

async function packStatus(page) {
  await page.goto(new URL('/en/data', page.url()).href);
  const status = page.getByTestId('pack-status');
  await status.waitFor();
  return { code: await status.getAttribute('data-pack'), text: await status.textContent() };
}

test('with a pack in config.json the finder reads the pack, not the dataset, and lists the same services', async (t) => {
  const server = await getServer();
  const before = server.requests.length;
  const { page } = await openApp(t, '/en/', { config: configFor('good') });
  await waitForResults(page);
  assert.equal(await resultCount(page), dataset.services.length);
  const asked = (p) => requestsFor(server, before, (x) => x === p);
  assert.deepEqual(asked('/packs/good/atlas.pack'), ['/packs/good/atlas.pack']);
  assert.deepEqual(asked('/packs/good/atlas.json.sha256'), ['/packs/good/atlas.json.sha256']);
  assert.deepEqual(asked('/packs/good/atlas.json'), [], 'the dataset itself is not downloaded');
  assert.deepEqual(asked('/data/atlas.json'), [], 'nor the default one');
  // The same answers as from the dataset: a search by a word of a name and by language.
  await page.goto(new URL('/en/?q=helsinki&language=uk', page.url()).href);
  await waitForResults(page);
  const fromPack = await page.locator('#results > li .result-name').allTextContents();
  const { code, text } = await packStatus(page);
  assert.equal(code, 'used');
  assert.match(text, /\/packs\/good\/atlas\.pack/);
  const plain = await openApp(t, '/en/?q=helsinki&language=uk');
  await waitForResults(plain.page);
  assert.deepEqual(await plain.page.locator('#results > li .result-name').allTextContents(), fromPack);
});

test("a service's page shows its description and contact details from the pack's shard", async (t) => {
  const server = await getServer();
  const before = server.requests.length;
  const { page } = await openApp(t, `/en/services/${withPhone.id}`, { config: configFor('good') });
  const phone = page.locator(`a[href^="tel:"]`).first();
  await phone.waitFor();
  assert.ok((await page.locator(`a[href="${withPhone.website}"]`).count()) > 0, "the website from the shard");
  await page.getByTestId('details-loading').waitFor({ state: 'detached' });
  assert.deepEqual(
    requestsFor(server, before, (p) => p.includes('.pack.d/')),
    ['/packs/good/atlas.pack.d/0.json'],
  );
});

test("a shard record that breaks a rule is not shown: the page keeps the listed part and says so, with a retry", async (t) => {
  const { page } = await openApp(t, `/en/services/${withPhone.id}`, { config: configFor('bad-shard') });
  const failed = page.getByTestId('details-failed');
  await failed.waitFor();
  assert.equal(await failed.getAttribute('role'), 'alert');
  assert.equal(await failed.getByRole('button', { name: 'Try again' }).count(), 1);
  // The name and the address from the pack are there; nothing from the forged record.
  assert.equal((await page.locator('h1').textContent()).trim().length > 0, true);
  assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
  assert.equal(await page.locator('a[href^="tel:"]').count(), 0);
});

for (const [variant, code, opts] of [
  ['stale', 'stale', {}],
  ['cut', 'not-inflated', {}],
  ['newer', 'version', {}],
  ['forged', 'breaks-rule', {}],
  ['unchecked', 'unchecked', { ignoreErrors: [/Failed to load resource.*404/] }],
  ['missing', 'unreachable', { pack: '/fault/status/404' }],
]) {
  test(`a ${variant} pack is not used: the app reads the dataset, and the data page says why (${code})`, async (t) => {
    const server = await getServer();
    const before = server.requests.length;
    const name = variant === 'missing' ? 'good' : variant;
    const { page } = await openApp(t, '/en/', { config: configFor(name, opts.pack), ...opts });
    await waitForResults(page);
    assert.equal(await resultCount(page), dataset.services.length);
    assert.deepEqual(
      requestsFor(server, before, (p) => p === `/packs/${name}/atlas.json`),
      [`/packs/${name}/atlas.json`],
      'the dataset itself is read',
    );
    const status = await packStatus(page);
    assert.equal(status.code, code);
    assert.match(status.text, /The pack was not used: .+ The whole dataset was read instead\./);
  });
}

test('the pack status is worded in every UI language, right to left in Arabic', async (t) => {
  for (const [lang, words] of [
    ['fi', /Pakettia ei käytetty/],
    ['uk', /Пакет не використано/],
    ['ar', /لم تُستخدم الحزمة/],
  ]) {
    const { page } = await openApp(t, `/${lang}/data`, { config: configFor('stale') });
    const status = page.getByTestId('pack-status');
    await status.waitFor();
    assert.match(await status.textContent(), words);
    assert.equal(await page.locator('html').getAttribute('dir'), lang === 'ar' ? 'rtl' : 'ltr');
  }
});

// Opens `path` with the good pack held back until `release` is called: what the finder shows
// while a big pack comes.
async function openWithPackHeld(t, path, viewport) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  const { page } = await openApp(t, path, {
    viewport,
    config: configFor('good'),
    waitUntil: 'commit',
    beforeGoto: (p) =>
      p.route('**/packs/good/atlas.pack', async (route) => {
        await held;
        await route.fallback();
      }),
  });
  return { page, release };
}

const names = (page) => page.locator('#results > li .result-name').allTextContents();

for (const [lang, width] of [['en', 1280], ['ar', 360], ['uk', 1280]]) {
  test(`while the pack comes, the finder shows its first page from the pack's first view, then its own list with the same entries first, in the same place (${lang}, ${width} px)`, async (t) => {
    const { page, release } = await openWithPackHeld(t, `/${lang}/`, { width, height: 800 });
    const first = page.getByTestId('first-view');
    await first.waitFor();
    const early = await names(page);
    const top = async () => (await page.locator('#results > li').first().boundingBox()).y;
    const earlyTop = await top();
    assert.equal(early.length, 20, 'a page of the list');
    // How far the pack has come stands where the count will be; nothing is pressable yet.
    assert.equal(await first.getByTestId('loading').count(), 1);
    assert.equal(await page.getByTestId('result-count').count(), 0);
    assert.equal(await first.locator('.finder-toolbar button:not([disabled])').count(), 0);
    assert.equal(await page.locator('html').getAttribute('dir'), lang === 'ar' ? 'rtl' : 'ltr');
    // Demonstration data says so from the first list on.
    assert.ok(dataset.meta.sample, 'the published dataset is demonstration data');
    assert.equal(await page.getByTestId('sample-notice').count(), 1);
    // The search box is there first, in its place (beside the list, or under a phone's toolbar),
    // not to be typed in yet.
    const search = async () => (await page.locator('.finder-side input[type=search]').first().boundingBox());
    const earlySearch = await search();
    assert.ok(await first.locator('.finder-side input[type=search]').isDisabled());
    const look = (input) => input.evaluate((e) => getComputedStyle(e).backgroundColor);
    const earlyLook = await look(first.locator('.finder-side input[type=search]'));
    const label = await first.locator('.finder-side label').textContent();
    release();
    await page.getByTestId('result-count').waitFor();
    assert.equal(await page.locator('label[for=finder-q]').textContent(), label, 'the same words');
    assert.notEqual(earlyLook, await look(page.locator('#finder-q')), 'the box not to be typed in yet looks it, unlike the one that is');
    const now = await search();
    assert.ok(Math.abs(now.x - earlySearch.x) <= 1 && Math.abs(now.y - earlySearch.y) <= 1 && Math.abs(now.width - earlySearch.width) <= 1,
      `the search box did not move (${JSON.stringify(earlySearch)} → ${JSON.stringify(now)})`);
    await page.getByTestId('result-count').waitFor();
    assert.equal(await first.count(), 0, 'the finder took its place');
    assert.deepEqual((await names(page)).slice(0, early.length), early, 'the same entries, in the same order');
    assert.ok(Math.abs((await top()) - earlyTop) <= 1, `the list did not move (${earlyTop} → ${await top()})`);
    // And the first page is the whole dataset's, not only the pack's: as the dataset itself lists it.
    const plain = await openApp(t, `/${lang}/`);
    await waitForResults(plain.page);
    assert.deepEqual((await names(plain.page)).slice(0, early.length), early);
  });
}

// The points' canvas of the map in `scope` once it has painted: what it shows (the view, the
// points drawn, the services they stand for).
async function paintedMap(page, scope) {
  const canvas = page.locator(`${scope} canvas.atlas-points[data-draw]`);
  await canvas.waitFor({ state: 'attached' });
  return canvas.evaluate((c) => ({ view: c.dataset.view, points: Number(c.dataset.points), services: Number(c.dataset.services) }));
}

for (const lang of ['en', 'ar']) {
  test(`while the pack comes, the first view's map shows every service's clusters, as the finder's map then draws them (${lang}, 1280 px)`, async (t) => {
    const { page, release } = await openWithPackHeld(t, `/${lang}/`, { width: 1280, height: 800 });
    const first = page.getByTestId('first-view');
    await first.waitFor();
    const early = await paintedMap(page, '[data-testid="first-view"]');
    // All the dataset's services, though the first view holds only a page of them.
    assert.equal(early.services, dataset.services.length);
    assert.ok(early.points > 0, 'points on the map');
    assert.ok(early.points < early.services, 'clustered');
    // A picture: nothing on it moves or answers a press until the finder's map comes.
    assert.equal(await first.locator('.leaflet-control-zoom-in.leaflet-disabled').count(), 1);
    assert.equal(await first.locator('.leaflet-container[tabindex]').count(), 0);
    const violations = await axeViolations(page, { include: '[data-testid="first-view"]' });
    assert.deepEqual(violations, [], formatViolations(violations));
    // Every frame from here on: one with the first view gone and the finder's map without its
    // points is a map that blinked out.
    await page.evaluate(() => {
      window.blankMapFrames = 0;
      const frame = () => {
        const gone = !document.querySelector('[data-testid="first-view"]');
        if (gone && !document.querySelector('.finder-body canvas.atlas-points[data-points]')) window.blankMapFrames++;
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    release();
    await page.getByTestId('result-count').waitFor();
    assert.equal(await first.count(), 0, 'the finder took its place');
    assert.deepEqual(await paintedMap(page, '.finder-body'), early, 'the same points in the same view');
    assert.equal(await page.evaluate(() => window.blankMapFrames), 0, 'the map stayed on the screen');
  });
}

test("the first view's map follows a language switch: its controls speak the new language, its clusters stay", async (t) => {
  const { page, release } = await openWithPackHeld(t, '/en/', { width: 1280, height: 800 });
  const first = page.getByTestId('first-view');
  await first.waitFor();
  const before = await paintedMap(page, '[data-testid="first-view"]');
  const zoomIn = first.locator('.leaflet-control-zoom-in');
  assert.equal(await zoomIn.getAttribute('title'), 'Zoom in');
  await page.evaluate(() => (document.querySelector('[data-testid="first-view"] canvas.atlas-points').kept = true));
  await page.locator('.language-menu a[hreflang=fi]').click();
  await page.waitForFunction(() => document.documentElement.lang === 'fi');
  await page.waitForFunction(
    () => document.querySelector('[data-testid="first-view"] .leaflet-control-zoom-in')?.getAttribute('title') === 'Lähennä',
  );
  const after = await paintedMap(page, '[data-testid="first-view"]');
  assert.equal(after.services, before.services);
  assert.equal(after.points, before.points);
  // The same map, told of the new language (not a new one made in its place).
  assert.equal(await page.evaluate(() => document.querySelector('[data-testid="first-view"] canvas.atlas-points').kept), true);
  assert.equal(await first.getByTestId('loading').count(), 1, 'still the first view');
  release();
  await page.getByTestId('result-count').waitFor();
});

test("on a phone the first view makes no map: the list is shown first", async (t) => {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  const { page } = await openApp(t, '/fi/', {
    viewport: { width: 360, height: 740 },
    config: configFor('good'),
    waitUntil: 'commit',
    beforeGoto: async (p) => {
      await p.route('**/packs/good/atlas.pack', async (route) => {
        await held;
        await route.fallback();
      });
      // Whether a map was ever made inside the first view, from the page's start.
      await p.addInitScript(() => {
        new MutationObserver(() => {
          if (document.querySelector('[data-testid="first-view"] .leaflet-container')) window.sawFirstViewMap = true;
        }).observe(document, { childList: true, subtree: true });
      });
    },
  });
  await page.getByTestId('first-view').waitFor();
  // The pack is read once the first view is on the screen, its map made or left out: the
  // finder comes after that.
  release();
  await page.getByTestId('result-count').waitFor();
  assert.equal(await page.evaluate(() => window.sawFirstViewMap ?? false), false);
  assert.equal(await page.locator('.finder-body .map').count(), 1, "the finder's map box, hidden until the map is chosen");
});

test("a filtered address waits for the whole pack: the first view answers only the unfiltered list, and is not asked for", async (t) => {
  const server = await getServer();
  const before = server.requests.length;
  const { page } = await openApp(t, '/en/?language=uk', {
    config: configFor('good'),
    // Whether a first view was ever on the page, from its start.
    beforeGoto: (p) =>
      p.addInitScript(() => {
        new MutationObserver(() => {
          if (document.querySelector('[data-testid="first-view"]')) window.sawFirstView = true;
        }).observe(document, { childList: true, subtree: true });
      }),
  });
  await waitForResults(page);
  const uk = dataset.services.filter((s) => s.languages.includes('uk')).length;
  assert.equal(await resultCount(page), uk);
  assert.equal(await page.evaluate(() => window.sawFirstView ?? false), false);
  assert.deepEqual(requestsFor(server, before, (p) => p.endsWith('/first.pack')), []);
});
