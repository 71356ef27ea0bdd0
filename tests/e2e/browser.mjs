// Debian's Chromium through playwright-core (never a downloaded browser), with the flags this
// machine's closed network needs. Shared by the end-to-end suite (helpers.mjs), the benchmark and
// the build's first views (scripts/first-view.mjs).

import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Nothing leaves the machine: no host name but localhost resolves (the test server and the
  // benchmark's are at 127.0.0.1 and localhost). The suite records any other request it sees.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

/** Launch Debian's Chromium through playwright-core (never a downloaded browser), with `extra`
 * flags after the usual ones (the benchmark's experiments, e.g. a V8 flag). */
export function launch(extra = []) {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...extra], headless: true });
}

/**
 * Waits until `predicate(arg)`, run in the page, resolves to a truthy value, and returns that
 * value. For conditions that are only known asynchronously in the page (the Cache API, a
 * service worker's state): playwright's `page.waitForFunction` does not await a promise, whose
 * object is truthy, so an async predicate there passes at once (microsoft/playwright#29132).
 * The static checks (scripts/test.sh) refuse an async predicate given to waitForFunction.
 */
export async function waitUntil(page, predicate, arg, { timeout = 30_000, interval = 100, what = 'the condition' } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await page.evaluate(predicate, arg);
    if (value) return value;
    if (Date.now() >= end) throw new Error(`waitUntil: ${what} did not hold within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
