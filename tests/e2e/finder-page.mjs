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

/** In the page: the total number of services the markers on the map stand for. */
function countOnMap() {
  const singles = document.querySelectorAll('.leaflet-marker-pane .atlas-marker').length;
  const clustered = [...document.querySelectorAll('.leaflet-marker-pane .atlas-cluster')]
    .map((c) => Number(c.textContent.replace(/\D/g, '')))
    .reduce((a, b) => a + b, 0);
  return singles + clustered;
}

/** The total number of services the markers on the map stand for. */
export async function servicesOnMap(page) {
  return page.evaluate(countOnMap);
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
