// The finder's map paints its points on one canvas (issue 18): no element per service or cluster,
// clicks matched to points in Rust. These tests find a service's point by projecting its place
// from the dataset (finder-page.mjs), click there and read the canvas's pixels back.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './helpers.mjs';
import {
  resultCount, waitForResults, waitForPoints, servicesOnMap, mapView, waitForPaint, waitForView, onPage, inMap,
  datasetServices, expectedPoints, pixelAt, CANVAS, emptySpot, looksDrawn, zoomToSingles, worldPx, settledPopup,
} from './finder-page.mjs';

const MANY = '/generated/many.json';
async function openMany(t, path = '/en/', opts = {}) {
  const { page } = await openApp(t, `${path}?data=${MANY}`, opts);
  await waitForResults(page);
  // A phone shows the list first, and the map (painted once shown) on its toggle.
  if (!opts.viewport || opts.viewport.width > 700) await waitForPoints(page);
  const services = await datasetServices(page, MANY);
  assert.equal(services.length, 300);
  assert.equal(await resultCount(page), 300, 'every service is a result');
  return { page, services };
}

test('300 services are painted on one canvas: no element per point, sharp at twice the pixel density', async (t) => {
  const { page, services } = await openMany(t, '/en/', { deviceScaleFactor: 2 });
  assert.equal(await servicesOnMap(page), 300, 'the points stand for every result');
  const dom = await page.evaluate((sel) => {
    const c = document.querySelector(sel);
    return {
      markerPane: document.querySelector('.leaflet-marker-pane').childElementCount,
      paneChildren: [...c.parentElement.children].map((e) => e.tagName),
      ariaHidden: c.getAttribute('aria-hidden'),
      tabIndex: c.tabIndex,
      ratio: c.width / c.getBoundingClientRect().width,
    };
  }, CANVAS);
  assert.equal(dom.markerPane, 0, 'no marker element');
  assert.deepEqual(dom.paneChildren, ['CANVAS'], 'the points pane holds the one canvas');
  assert.equal(dom.ariaHidden, 'true');
  assert.ok(dom.tabIndex < 0, 'the canvas is not in the tab order');
  assert.equal(dom.ratio, 2, 'backing pixels at the screen density');
  const view = await mapView(page);
  const points = expectedPoints(services, view);
  assert.ok(points.length >= 5, `points inside the map (${points.length})`);
  assert.ok(points.some((p) => p.count > 1), 'clustered at the country view');
  assert.ok(view.points < 300, `fewer points than services (${view.points})`);
  const clear = points.filter((p) => p.clear > 45);
  assert.ok(clear.length >= 3, `points clear of others (${clear.length})`);
  for (const p of clear) assert.ok(await looksDrawn(page, p), `a point of ${p.count} drawn at ${p.x},${p.y}: ${await pixelAt(page, p)}`);
  const empty = emptySpot(view, services, points);
  assert.equal((await pixelAt(page, empty))[3], 0, 'nothing painted away from the points');
});

test('a click on a service opens its popup, made when opened, and chooses its entry; a click beside every point does nothing', async (t) => {
  const { page, services } = await openMany(t);
  const { view, points, singles } = await zoomToSingles(page, services);
  assert.equal(await page.locator('.leaflet-popup').count(), 0, 'no popup made before a click');
  const single = singles[0];
  const name = single.members[0].name;
  await page.mouse.click(single.x, single.y);
  const popupName = page.locator('.leaflet-popup-content .popup-name');
  await popupName.waitFor();
  assert.equal(await popupName.textContent(), name);
  assert.equal(await page.locator('.leaflet-popup').count(), 1);
  const entry = page.locator('#results > li.is-highlighted');
  await entry.waitFor();
  assert.equal((await entry.locator('.result-name').textContent()).trim(), name);
  // Beside every point (and the popup, once panned into view): the popup closes (as Leaflet
  // closes it on the map), nothing opens, no zoom.
  const popup = await settledPopup(page);
  const now = await mapView(page);
  const empty = emptySpot(now, services, expectedPoints(services, now), 60, { avoid: popup });
  await page.mouse.click(empty.x, empty.y);
  await page.locator('.leaflet-popup').waitFor({ state: 'detached' });
  assert.equal((await mapView(page)).zoom, view.zoom, 'the zoom stays');
  assert.ok(points.length > 0);
});

test('phone: a tap on a service opens its popup, a tap on a cluster zooms in', async (t) => {
  const { page, services } = await openMany(t, '/en/', { viewport: { width: 360, height: 740 }, hasTouch: true });
  await page.getByRole('button', { name: 'Map', exact: true }).click();
  await page.waitForURL(/view=map/);
  const view = await waitForView(page, (v) => v.width > 300 && v.points > 0);
  const cluster = expectedPoints(services, view).filter((p) => p.count > 1 && p.clear > 45).reduce((a, b) => (b.count > a.count ? b : a));
  await page.touchscreen.tap(cluster.x, cluster.y);
  await waitForPaint(page, view.draw, view.zoom);
  const { singles } = await zoomToSingles(page, services);
  await page.touchscreen.tap(singles[0].x, singles[0].y);
  const popupName = page.locator('.leaflet-popup-content .popup-name');
  await popupName.waitFor();
  assert.equal(await popupName.textContent(), singles[0].members[0].name);
});

test('the pointer over a point is a link\'s pointer; a click on a cluster zooms to its services', async (t) => {
  const { page, services } = await openMany(t);
  const view = await mapView(page);
  const points = expectedPoints(services, view);
  const cluster = points.filter((p) => p.count > 1 && p.clear > 45).reduce((a, b) => (b.count > a.count ? b : a));
  const cursor = () => page.evaluate(() => getComputedStyle(document.querySelector('.leaflet-container')).cursor);
  await page.mouse.move(cluster.x, cluster.y);
  await page.waitForFunction(() => getComputedStyle(document.querySelector('.leaflet-container')).cursor === 'pointer');
  const empty = emptySpot(view, services, points);
  await page.mouse.move(empty.x, empty.y);
  await page.waitForFunction(() => getComputedStyle(document.querySelector('.leaflet-container')).cursor !== 'pointer');
  assert.notEqual(await cursor(), 'pointer');
  await page.mouse.click(cluster.x, cluster.y);
  const after = await waitForPaint(page, view.draw, view.zoom);
  for (const s of cluster.members) {
    assert.ok(inMap(after, onPage(after, s.lat, s.lon), 0, { window: false }), `${s.id} is in view after the zoom`);
  }
  assert.equal(await page.locator('.leaflet-popup').count(), 0, 'a cluster opens no popup');
});

test('hovering or focusing an entry lights its point (the pixels change) and leaving puts it back', async (t) => {
  const { page, services } = await openMany(t);
  const view = await mapView(page);
  const points = expectedPoints(services, view);
  const ids = await page.locator('#results > li').evaluateAll((lis) => lis.map((li) => li.dataset.serviceId));
  const clear = points.filter((p) => p.clear > 45);
  const n = ids.findIndex((id) => clear.some((p) => p.members.some((s) => s.id === id)));
  assert.ok(n >= 0, 'an entry of the first page has its point inside the map, clear of others');
  const point = clear.find((p) => p.members.some((s) => s.id === ids[n]));
  assert.ok(await looksDrawn(page, point), 'drawn plain at first');
  // Where the point is on the page now (bringing an entry into view may scroll the page).
  const [lat, lon] = [point.members.reduce((a, s) => a + s.lat, 0) / point.count, point.members.reduce((a, s) => a + s.lon, 0) / point.count];
  const now = async () => ({ ...point, ...onPage(await mapView(page), lat, lon) });
  await page.locator('#results > li').nth(n).hover();
  await page.waitForFunction(([sel, draw]) => Number(document.querySelector(sel).dataset.draw) > draw, [CANVAS, view.draw]);
  let p = await now();
  assert.ok(await looksDrawn(page, p, true), `lit while its entry is hovered: ${await pixelAt(page, p)}`);
  await page.mouse.move(1, 1);
  await page.waitForFunction(() => !document.querySelector('#results > li.is-highlighted'));
  const plain = await mapView(page);
  assert.ok(await looksDrawn(page, await now()), 'plain again');
  await page.locator('#results > li').nth(n).locator('a').first().focus();
  await page.waitForFunction(([sel, draw]) => Number(document.querySelector(sel).dataset.draw) > draw, [CANVAS, plain.draw]);
  p = await now();
  assert.ok(await looksDrawn(page, p, true), 'lit while its entry has the focus');
});

test('a drag that starts on the canvas pans the map and the wheel zooms it', async (t) => {
  const { page, services } = await openMany(t);
  const view = await mapView(page);
  const empty = emptySpot(view, services, expectedPoints(services, view));
  await page.mouse.move(empty.x, empty.y);
  await page.mouse.down();
  // Right and down, staying on the map (the list beside it would light a point when the pointer
  // came over it). A move a frame, as a hand makes them (Leaflet moves the map on the next frame).
  const frame = () => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
  for (let i = 1; i <= 6; i++) {
    await page.mouse.move(empty.x + 20 * i, empty.y + 10 * i);
    await frame();
  }
  await page.mouse.up();
  // Painted again where the drag took the map (Leaflet's inertia may carry it on a little, the same way).
  const moved = await waitForView(page, (v) => view.x - v.x >= 118 && view.y - v.y >= 58);
  const [dx, dy] = [view.x - moved.x, view.y - moved.y];
  assert.ok(Math.abs(dy / dx - 0.5) < 0.1, `panned the way it was dragged: ${dx}, ${dy}`);
  const points = expectedPoints(services, moved).filter((p) => p.clear > 45);
  assert.ok(points.length > 0);
  for (const p of points) assert.ok(await looksDrawn(page, p), `a point of ${p.count} painted where the panned map puts it (${p.x}, ${p.y}; ${JSON.stringify(moved)}): ${await pixelAt(page, { x: p.x, y: p.y + 11 })}`);
  await page.mouse.move(moved.left + moved.width / 2, moved.top + moved.height / 2);
  await page.mouse.wheel(0, -400);
  const zoomed = await waitForPaint(page, moved.draw, moved.zoom);
  assert.ok(zoomed.zoom > moved.zoom);
});

test('a zoom animation carries the painted points to where the next paint puts them', async (t) => {
  const { page, services } = await openMany(t);
  const before = await mapView(page);
  // The canvas's transform for the animation (its end state), set on Leaflet's zoomanim.
  const anim = await page.evaluate(async (sel) => {
    const c = document.querySelector(sel);
    const t0 = c.style.transform;
    document.querySelector('.leaflet-control-zoom-in').click();
    // Leaflet starts the animation on the next frame; a second at most.
    for (let i = 0; i < 60 && c.style.transform === t0; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    return { canvas: c.style.transform, pane: document.querySelector('.leaflet-map-pane').style.transform };
  }, CANVAS);
  const after = await waitForPaint(page, before.draw, before.zoom);
  assert.equal(after.zoom, before.zoom + 1);
  const parse = (t) => {
    const m = /translate3d\(([-\d.e]+)px, ([-\d.e]+)px, 0px\)(?: scale\(([\d.e]+)\))?/.exec(t);
    return { x: Number(m[1]), y: Number(m[2]), scale: m[3] ? Number(m[3]) : 1 };
  };
  const [moved, pane] = [parse(anim.canvas), parse(anim.pane)];
  assert.equal(moved.scale, 2);
  // The canvas reaches a tenth of the view beyond each edge (points.rs, PAD).
  const pad = { x: Math.round(before.width * 0.1), y: Math.round(before.height * 0.1) };
  for (const s of services.slice(0, 20)) {
    const old = worldPx(s.lat, s.lon, before.zoom);
    const inCanvas = { x: old.x - (before.x - pad.x), y: old.y - (before.y - pad.y) };
    const carried = { x: pane.x + moved.x + moved.scale * inCanvas.x, y: pane.y + moved.y + moved.scale * inCanvas.y };
    const now = worldPx(s.lat, s.lon, after.zoom);
    const painted = { x: now.x - after.x, y: now.y - after.y };
    assert.ok(Math.hypot(carried.x - painted.x, carried.y - painted.y) < 1, `${s.id}: carried to ${JSON.stringify(carried)}, painted at ${JSON.stringify(painted)}`);
  }
});

test('Arabic: the map is not mirrored, its points are where they are in Finnish', async (t) => {
  const { page, services } = await openMany(t, '/ar/');
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  const view = await mapView(page);
  const points = expectedPoints(services, view).filter((p) => p.clear > 45);
  assert.ok(points.length >= 3);
  for (const p of points) assert.ok(await looksDrawn(page, p), `a point of ${p.count} drawn at ${p.x},${p.y}`);
  const single = (await zoomToSingles(page, services)).singles[0];
  await page.mouse.click(single.x, single.y);
  await page.locator('.leaflet-popup-content .popup-name').waitFor();
});
