// Who does what: the structure on a date, former actors and their successors,
// programme statuses, and navigation between actors and services.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './helpers.mjs';

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

test('on 22.11.2026 the structure has vitality centres and employment areas, not ELY Centres or TE Offices', async (t) => {
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

test('the programme status filter keeps only programmes of that status today', async (t) => {
  const { page } = await openOn(t, '/en/programmes', '2026-11-22T10:00:00Z');
  await page.locator('.programme-item').first().waitFor();
  const all = await page.locator('.programme-item').count();
  for (const status of ['valid', 'expired', 'upcoming']) {
    await page.locator('#prog-status').selectOption(status);
    await page.waitForURL(new RegExp(`status=${status}`));
    await page.waitForFunction((s) => [...document.querySelectorAll('.programme-item')].every((i) => i.dataset.status === s), status);
    const n = await page.locator('.programme-item').count();
    assert.ok(n > 0 && n < all, `${status}: ${n} of ${all}`);
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
