// The finder as the end-to-end tests see it: what several test files read off the page.

/** The number in the live result count ("53 services found" → 53, "No services found" → 0). */
/** Entries the list shows at first, and adds with "Show more" (result_list.rs, PAGE). */
export const PAGE = 20;

export async function resultCount(page) {
  const text = await page.locator('[data-testid=result-count]').textContent();
  const m = /\d+/.exec(text);
  return m ? Number(m[0]) : 0;
}

/** Waits for the first entry of the result list (`opts`: Playwright's waitFor options). */
export async function waitForResults(page, opts = {}) {
  await page.locator('#results > li').first().waitFor(opts);
}

/**
 * The map paints its points (single services and clusters) on one canvas, with no element per
 * point. The canvas carries what a test needs to find a place on it: `data-view` (the zoom, and
 * the map container's top left in world pixels at that zoom), and after every paint
 * `data-points` (points painted), `data-services` (services they stand for) and `data-draw` (a
 * count of paints). Where a service is drawn is computed here, by Web Mercator, from the dataset.
 */
export const CANVAS = 'canvas.atlas-points';
/** The canvas once it has painted at least one point. */
export const PAINTED = 'canvas.atlas-points[data-points]:not([data-points="0"])';

/** Waits until the map has painted a point (`scope`: a page or a frame locator). */
export async function waitForPoints(scope, opts = {}) {
  await scope.locator(PAINTED).waitFor(opts);
}

/** The total number of services the painted points stand for. */
export async function servicesOnMap(page) {
  return page.evaluate((sel) => Number(document.querySelector(sel)?.dataset.services ?? 0), CANVAS);
}

/** The view the canvas was last painted for, and where the map's container is on the page. */
export async function mapView(page) {
  return page.evaluate((sel) => {
    const c = document.querySelector(sel);
    const map = c.closest('.leaflet-container');
    const r = map.getBoundingClientRect();
    const [zoom, x, y] = c.dataset.view.split(' ').map(Number);
    return {
      zoom, x, y,
      left: r.left + map.clientLeft, top: r.top + map.clientTop, width: map.clientWidth, height: map.clientHeight,
      draw: Number(c.dataset.draw), points: Number(c.dataset.points),
      // The window's size: a point below the fold cannot be clicked.
      vw: window.innerWidth, vh: window.innerHeight,
    };
  }, CANVAS);
}

/** Waits until the canvas is painted after paint number `draw` (at a zoom above `zoomAbove`, if given), with no zoom animation running. */
export async function waitForPaint(page, draw, zoomAbove = null) {
  await page.waitForFunction(([sel, draw, zoomAbove]) => {
    const c = document.querySelector(sel);
    const zoom = Number(c?.dataset.view?.split(' ')[0]);
    return !!c && Number(c.dataset.draw) > draw && (zoomAbove === null || zoom > zoomAbove) && !document.querySelector('.leaflet-zoom-anim');
  }, [CANVAS, draw, zoomAbove]);
  return mapView(page);
}

/** Waits (up to 5 s, a frame at a time) until the last painted view passes `ok(view)`, with no zoom animation running; returns it. */
export async function waitForView(page, ok, timeout = 5000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const view = await mapView(page);
    const animating = await page.evaluate(() => !!document.querySelector('.leaflet-zoom-anim'));
    if (!animating && ok(view)) return view;
    if (Date.now() > deadline) throw new Error(`the map's view stayed ${JSON.stringify(view)}`);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
  }
}

/** World pixels of a place at `zoom` (Web Mercator, 256-pixel tiles, as Leaflet projects). */
export function worldPx(lat, lon, zoom) {
  const size = 256 * 2 ** zoom;
  const sin = Math.sin((lat * Math.PI) / 180);
  return { x: (size * (lon + 180)) / 360, y: size * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) };
}

/** Where a place is on the page (viewport pixels) in `view` (from mapView). */
export function onPage(view, lat, lon) {
  const p = worldPx(lat, lon, view.zoom);
  return { x: view.left + p.x - view.x, y: view.top + p.y - view.y };
}

/**
 * Whether a page point lies inside the map's container and the window (where it can be clicked),
 * `margin` pixels in from their edges; with `{ window: false }`, inside the container only.
 */
export function inMap(view, p, margin = 30, { window = true } = {}) {
  const [left, top] = window ? [Math.max(view.left, 0), Math.max(view.top, 0)] : [view.left, view.top];
  const right = window ? Math.min(view.left + view.width, view.vw) : view.left + view.width;
  const bottom = window ? Math.min(view.top + view.height, view.vh) : view.top + view.height;
  return p.x >= left + margin && p.x <= right - margin && p.y >= top + margin && p.y <= bottom - margin;
}

/** The services of a dataset (default: the app's), as { id, name (English), municipality, areas (the municipality's), lat, lon }. */
export async function datasetServices(page, url = '/data/atlas.json') {
  return page.evaluate(async (url) => {
    const d = await (await fetch(url)).json();
    const areas = new Map(d.municipalities.map((m) => [m.code, m.areas ?? []]));
    return d.services.map((s) => ({
      id: s.id, name: s.name.en ?? s.name.fi, municipality: s.municipality, areas: areas.get(s.municipality) ?? [],
      lat: s.location.lat, lon: s.location.lon,
    }));
  }, url);
}

/**
 * The points the map should show for `services` in `view`: the app's grid clustering
 * (atlas_core::cluster, cells `cellPx` wide; a point at its members' mean place), computed here on
 * its own. Only points whose whole cell lies inside the map (20 px in) are returned: their members
 * cannot have been left out as outside the view. `clear` is how far the nearest other point is
 * (points may overlap: a test that reads a point's pixels or clicks it takes a clear one).
 */
export function expectedPoints(services, view, cellPx = 64) {
  const cells = new Map();
  for (const s of services) {
    const p = worldPx(s.lat, s.lon, view.zoom);
    const key = `${Math.floor(p.x / cellPx)},${Math.floor(p.y / cellPx)}`;
    if (!cells.has(key)) cells.set(key, { col: Math.floor(p.x / cellPx), row: Math.floor(p.y / cellPx), members: [] });
    cells.get(key).members.push(s);
  }
  const all = [];
  for (const c of cells.values()) {
    const corner = { x: view.left + c.col * cellPx - view.x, y: view.top + c.row * cellPx - view.y };
    const inside = inMap(view, corner, 20) && inMap(view, { x: corner.x + cellPx, y: corner.y + cellPx }, 20);
    const lat = c.members.reduce((a, s) => a + s.lat, 0) / c.members.length;
    const lon = c.members.reduce((a, s) => a + s.lon, 0) / c.members.length;
    all.push({ count: c.members.length, members: c.members, inside, ...onPage(view, lat, lon) });
  }
  for (const p of all) p.clear = Math.min(Infinity, ...all.filter((q) => q !== p).map((q) => Math.hypot(q.x - p.x, q.y - p.y)));
  return all.filter((p) => p.inside);
}

/** The canvas's pixel under a page point: [red, green, blue, alpha]. */
export async function pixelAt(page, { x, y }) {
  return page.evaluate(([sel, x, y]) => {
    const c = document.querySelector(sel);
    const r = c.getBoundingClientRect();
    const px = Math.floor(((x - r.left) * c.width) / r.width);
    const py = Math.floor(((y - r.top) * c.height) / r.height);
    return [...c.getContext('2d').getImageData(px, py, 1, 1).data];
  }, [CANVAS, x, y]);
}

/** Whether a pixel is near a colour (#rrggbb) and opaque. */
export function isColour([r, g, b, a], hex, tolerance = 24) {
  const [R, G, B] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return a === 255 && Math.abs(r - R) <= tolerance && Math.abs(g - G) <= tolerance && Math.abs(b - B) <= tolerance;
}

/**
 * Waits (up to 5 s, a frame at a time) until the markers stand for as many services as the
 * result count says, and returns both numbers as they last were, for the caller to compare.
 */
export async function mapAndCount(page) {
  const deadline = Date.now() + 5000;
  for (;;) {
    const count = await resultCount(page);
    const onMap = await servicesOnMap(page);
    if (count === onMap || Date.now() > deadline) return { count, onMap };
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
  }
}

/**
 * What the person sees of the list when a link in it is clicked (on the next click, captured
 * before the page handles it): the first entry in sight, where its top is on the screen, and
 * the scroll of the page and of the list's own box. `sameSight(page, left)` waits until the
 * list is seen the same way again: the same entry first, at the same place on the screen (and
 * with `samePageScroll`, the page scrolled as it was, where the list scrolls in its own box) (the page stays the same one: the app's own navigations).
 */
export async function sightAtNextClick(page) {
  await page.evaluate(() => {
    document.addEventListener('click', () => { window.__left = sight(); }, { capture: true, once: true });
    function sight() {
      const box = document.querySelector('.results');
      const edge = Math.max(0, box.getBoundingClientRect().top);
      const entry = [...box.querySelectorAll('#results > li')].find((li) => li.getBoundingClientRect().bottom > edge);
      return { entry: entry?.id, top: entry?.getBoundingClientRect().top, window: window.scrollY, list: box.scrollTop };
    }
    window.__sight = sight;
  });
  return { left: () => page.evaluate(() => window.__left) };
}

export async function sameSight(page, left, { samePageScroll = false, timeout = 5000 } = {}) {
  await page.waitForFunction(([l, samePageScroll]) => {
    const now = document.querySelector('.results') && window.__sight();
    return !!now && now.entry === l.entry && Math.abs(now.top - l.top) < 2 && (!samePageScroll || Math.abs(now.window - l.window) < 2);
  }, [left, samePageScroll], { timeout });
}

// ------------------------------------------------------------ points on the map

export const BRAND = '#0b4f8a';
export const FOCUS = '#b3470b';
export const WHITE = '#ffffff';


/** A point inside the map, at least `clear` px from every service's place and every expected point (below the zoom buttons). */
export function emptySpot(view, services, points, clear = 60, { avoid = null } = {}) {
  const places = [...services.map((s) => onPage(view, s.lat, s.lon)), ...points];
  // Not on `avoid` either (an open popup's box), nor within `clear` of it.
  const offBox = (x, y) => !avoid || x < avoid.left - clear || x > avoid.right + clear || y < avoid.top - clear || y > avoid.bottom + clear;
  for (let y = view.top + 90; y < view.top + view.height; y += 10) {
    for (let x = view.left; x < view.left + view.width; x += 10) {
      if (inMap(view, { x, y }, 40) && offBox(x, y) && places.every((p) => Math.hypot(p.x - x, p.y - y) >= clear)) return { x, y };
    }
  }
  throw new Error('no empty spot on the map');
}

/** What a point looks like where it is: a single's centre is brand blue; a cluster is white inside its ring, below its count. */
export async function looksDrawn(page, p, lit = false) {
  if (p.count === 1) return isColour(await pixelAt(page, p), lit ? FOCUS : BRAND);
  return isColour(await pixelAt(page, { x: p.x, y: p.y + 11 }), lit ? FOCUS : WHITE);
}

/** Waits until an open popup has stood still for two frames (Leaflet pans a popup into view, animated); returns its box. */
export async function settledPopup(page) {
  const handle = await page.waitForFunction(() => {
    const r = document.querySelector('.leaflet-popup')?.getBoundingClientRect();
    if (!r) return false;
    const key = `${r.left},${r.top}`;
    const w = window;
    w.__popupAt = [key, ...(w.__popupAt ?? [])].slice(0, 3);
    return w.__popupAt.length === 3 && w.__popupAt.every((k) => k === key) && { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  }, null, { polling: 'raf' });
  return handle.jsonValue();
}

/** Clicks the fullest cluster inside the map until a single service stands inside it; returns the view and the singles. */
export async function zoomToSingles(page, services, cellPx = 64) {
  for (let i = 0; i < 8; i++) {
    const view = await mapView(page);
    const points = expectedPoints(services, view, cellPx);
    const singles = points.filter((p) => p.count === 1 && p.clear > 45);
    if (singles.length > 0) return { view, points, singles };
    const fullest = points.filter((p) => p.clear > 45).reduce((a, b) => (b.count > a.count ? b : a));
    await page.mouse.click(fullest.x, fullest.y);
    const after = await waitForPaint(page, view.draw, view.zoom);
    // The cluster's services are all in view now.
    const out = fullest.members.filter((s) => !inMap(after, onPage(after, s.lat, s.lon), 0, { window: false }));
    if (out.length > 0) throw new Error(`out of view after a click on their cluster: ${out.map((s) => s.id)}`);
  }
  throw new Error('no service stood alone after eight cluster clicks');
}

