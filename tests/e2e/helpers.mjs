// Shared pieces of the end-to-end suite: one Chromium and one test server per test file.
//
//   import { test } from 'node:test';
//   import assert from 'node:assert/strict';
//   import { openApp } from './helpers.mjs';
//
//   test('finder shows a heading', async (t) => {
//     const { page } = await openApp(t, '/en/');
//     assert.ok(await page.locator('h1').textContent());
//   });
//
// openApp() starts the browser and the server the first time it is called in a file (or call
// useServer(options) at the top of the file to choose server options) and closes them when the file
// ends. Each call gets a fresh browser context. Every request that does not go to the test server goes
// nowhere (browser.mjs) and is recorded; page errors and console errors are collected; when the test ends, a hook
// asserts that there were none of either. A test that provokes them on purpose asserts on
// `externalRequests` / `errors` itself and then empties the arrays (or passes `allowExternal` /
// `ignoreErrors`).

import { after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './browser.mjs';
import { startServer } from './server.mjs';

export { startServer };

export { CHROMIUM, CHROMIUM_ARGS, launch, waitUntil } from './browser.mjs';

// ------------------------------------------------------------ per-file browser and server

let serverOptions = {};
let serverPromise = null;
let browserPromise = null;

/** Choose the options of this file's test server (see server.mjs); call before the first openApp. */
export function useServer(options = {}) {
  if (serverPromise) throw new Error('useServer() must come before the server is started');
  serverOptions = options;
}

/** This file's test server, started on first use. */
export function getServer() {
  serverPromise ??= startServer(serverOptions);
  return serverPromise;
}

/** This file's browser, launched on first use. */
export function getBrowser() {
  browserPromise ??= launch();
  return browserPromise;
}

// What sharedApp() opened: closed (and checked) before the browser.
const sharedClosers = [];

after(async () => {
  for (const close of sharedClosers) await close();
  if (browserPromise) await (await browserPromise).close();
  if (serverPromise) await (await serverPromise).close();
});

// ------------------------------------------------------------ openApp

/**
 * Open `path` of the app in a fresh browser context.
 * opts:
 *   viewport       default { width: 1280, height: 800 }
 *   locale         default 'en-US' (the browser's preferred language)
 *   geolocation    { latitude, longitude }; grants the geolocation permission
 *   permissions    extra permissions
 *   config         object merged over the server's test config, for this context only
 *   configBody     raw /config.json body, for this context only
 *   allowOrigins   other origins whose requests pass (e.g. `http://localhost:${port}`)
 *   allowExternal  don't fail the test on external requests (they still go nowhere and are recorded)
 *   ignoreErrors   array of RegExp: errors matching any of them are not collected (the browser's
 *                  "Failed to load resource" note on a /fault/ URL is never collected)
 *   waitUntil      page.goto's waitUntil, default 'load'
 *   beforeGoto     async (page) => …, run before the page opens the path (a route of the test's
 *                  own, which comes before the context's: a response held back)
 *   timeout        default timeout of the page's actions, default 10 000 ms
 *   serviceWorkers 'block' (default: each test starts from nothing, as before the worker existed)
 *                  or 'allow' (the offline tests)
 *   bypassCSP      true: the browser ignores the page's CSP (tests of this harness only)
 * Every page runs under the server's strict Content-Security-Policy: a violation is a console
 * error (collected) and a report to the server's /csp-report (asserted empty when the test ends).
 * A dialog (alert, confirm, prompt) is dismissed and collected as an error: no data may open one.
 * Returns { page, context, browser, server, url, externalRequests, errors }.
 */
export async function openApp(t, path = '/', opts = {}) {
  const app = await newAppPage(opts);
  const { page, context, server, externalRequests, errors } = app;
  const cspReportsBefore = server.cspReports.length;

  t.after(async () => {
    await context.close();
    if (!opts.allowExternal) {
      assert.deepEqual(externalRequests, [], 'the page must make no request outside the test server');
    }
    assert.deepEqual(errors, [], 'the page must raise no errors');
    assert.deepEqual(server.cspReports.slice(cspReportsBefore), [], 'no Content-Security-Policy violation');
  });

  const url = new URL(path, server.url).href;
  // A test's own routes (a response held back), which come before the context's.
  if (opts.beforeGoto) await opts.beforeGoto(page);
  await page.goto(url, { waitUntil: opts.waitUntil ?? 'load' });
  return { ...app, url };
}

/**
 * One browser context and page shared by the tests of a file that need no fresh one (a page load
 * per test, nothing kept between them: no cookie or storage, service workers blocked), which saves
 * a context per test. `opts` are openApp's (allowExternal and ignoreErrors apply to every visit).
 * The context is made on the first visit and closed when the file ends.
 *
 *   const desktop = sharedApp({ viewport: { width: 1280, height: 800 } });
 *   test('...', async (t) => {
 *     const { page } = await desktop.visit(t, '/fi/actors');
 *   });
 *
 * visit(t, path) loads `path` in the shared page and, when the test ends, asserts what openApp
 * asserts (no request outside the test server, no error, no CSP violation) for everything since
 * the previous visit's check, so nothing falls between two tests. Returns what openApp returns.
 */
export function sharedApp(opts = {}) {
  let appPromise = null;
  let checkedRequests = 0;
  let checkedErrors = 0;
  let checkedReports = 0;
  const check = (app) => {
    const { server, externalRequests, errors } = app;
    const requests = externalRequests.slice(checkedRequests);
    const newErrors = errors.slice(checkedErrors);
    const reports = server.cspReports.slice(checkedReports);
    checkedRequests = externalRequests.length;
    checkedErrors = errors.length;
    checkedReports = server.cspReports.length;
    if (!opts.allowExternal) {
      assert.deepEqual(requests, [], 'the page must make no request outside the test server');
    }
    assert.deepEqual(newErrors, [], 'the page must raise no errors');
    assert.deepEqual(reports, [], 'no Content-Security-Policy violation');
  };
  const open = () => {
    appPromise ??= newAppPage(opts).then((app) => {
      checkedReports = app.server.cspReports.length;
      return app;
    });
    return appPromise;
  };
  sharedClosers.push(async () => {
    if (!appPromise) return;
    const app = await appPromise;
    await app.context.close();
    check(app);
  });
  return {
    async visit(t, path, visitOpts = {}) {
      const app = await open();
      t.after(() => check(app));
      const url = new URL(path, app.server.url).href;
      await app.page.goto(url, { waitUntil: visitOpts.waitUntil ?? opts.waitUntil ?? 'load' });
      return { ...app, url };
    },
  };
}

/** A new browser context and page with openApp's options, routing and error collection. */
async function newAppPage(opts) {
  const server = await getServer();
  const browser = await getBrowser();

  const contextOptions = {
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    locale: opts.locale ?? 'en-US',
    deviceScaleFactor: opts.deviceScaleFactor ?? 1,
    hasTouch: opts.hasTouch ?? false,
    permissions: [...(opts.permissions ?? [])],
    serviceWorkers: opts.serviceWorkers ?? 'block',
    // Only for tests of the harness itself, which must see a request the policy would stop first.
    bypassCSP: opts.bypassCSP ?? false,
  };
  if (opts.geolocation) {
    contextOptions.geolocation = opts.geolocation;
    if (!contextOptions.permissions.includes('geolocation')) contextOptions.permissions.push('geolocation');
  }
  const context = await browser.newContext(contextOptions);
  context.setDefaultTimeout(opts.timeout ?? 10_000);

  const allowed = new Set([server.origin, ...(opts.allowOrigins ?? [])]);
  const externalRequests = [];
  const errors = [];
  const ignore = [...(opts.ignoreErrors ?? [])];
  // With allowExternal, the console's notes about the requests that went nowhere are expected too.
  if (opts.allowExternal) ignore.push(/ERR_NAME_NOT_RESOLVED/);
  const record = (text) => {
    if (!ignore.some((re) => re.test(text))) errors.push(text);
  };

  // Every request outside the test server is recorded here. It goes nowhere: no host name but
  // localhost resolves in this browser (browser.mjs). Recorded, not intercepted: a route for every
  // request made each fresh page load about 0.3 s slower (1.3 s against 1.0 s, BENCHMARKS.md,
  // session 19), and only config.json needs one.
  context.on('request', (request) => {
    const url = request.url();
    if (!/^(https?|wss?):/.test(url)) return; // data: and blob: addresses stay in the page
    let origin;
    try {
      origin = new URL(url).origin;
    } catch {
      origin = null;
    }
    if (!allowed.has(origin)) externalRequests.push(url);
  });
  if (opts.configBody != null || opts.config) {
    await context.route(`${server.origin}/config.json`, (route) => {
      const body = opts.configBody ?? JSON.stringify({ ...server.testConfig(), ...opts.config });
      return route.fulfill({ status: 200, contentType: 'application/json', body });
    });
  }

  const page = await context.newPage();
  page.on('pageerror', (err) => record(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const loc = msg.location();
      // The browser's own note on a reply from a /fault/ endpoint is provoked on purpose.
      if (/^Failed to load resource/.test(msg.text()) && loc?.url?.startsWith(`${server.origin}/fault/`)) return;
      record(`console.error: ${msg.text()}${loc?.url ? ` (${loc.url})` : ''}`);
    }
  });
  page.on('crash', () => record('page crashed'));
  page.on('dialog', (dialog) => {
    record(`dialog opened: ${dialog.type()} ${dialog.message()}`);
    dialog.dismiss().catch(() => {});
  });
  return { page, context, browser, server, externalRequests, errors };
}

/**
 * Run axe on the page (or the part `include` selects); returns the violations.
 * opts: include, exclude (selectors), disableRules (ids), tags (default WCAG 2.1 A and AA).
 */
export async function axeViolations(page, opts = {}) {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  let builder = new AxeBuilder({ page }).withTags(opts.tags ?? ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (opts.include) builder = builder.include(opts.include);
  if (opts.exclude) builder = builder.exclude(opts.exclude);
  if (opts.disableRules) builder = builder.disableRules(opts.disableRules);
  const results = await builder.analyze();
  return results.violations;
}

/** A readable one-line-per-node summary of axe violations, for assertion messages. */
export function formatViolations(violations) {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n` + v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n'))
    .join('\n');
}
