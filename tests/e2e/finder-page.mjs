// The finder as the end-to-end tests see it: what several test files read off the page.

/** The number in the live result count ("53 services found" → 53, "No services found" → 0). */
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
