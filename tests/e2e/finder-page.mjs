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

/** The total number of services the markers on the map stand for. */
export async function servicesOnMap(page) {
  return page.evaluate(() => {
    const singles = document.querySelectorAll('.leaflet-marker-pane .atlas-marker').length;
    const clustered = [...document.querySelectorAll('.leaflet-marker-pane .atlas-cluster')]
      .map((c) => Number(c.textContent.replace(/\D/g, '')))
      .reduce((a, b) => a + b, 0);
    return singles + clustered;
  });
}
