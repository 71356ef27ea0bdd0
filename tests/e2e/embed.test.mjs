// The embed (/{lang}/embed) and the embed-code builder (/{lang}/embed-code):
// no site chrome, 300 × 300 works, the built snippet pasted into a plain page on
// another origin sizes itself from the height messages and obeys filter messages.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import { openApp, getServer } from './helpers.mjs';

const dataset = JSON.parse(fs.readFileSync(new URL('../../public/data/atlas.json', import.meta.url)));
const offering = (lang) => dataset.services.filter((s) => s.languages.includes(lang)).length;
const countIn = async (scope) => Number((await scope.locator('[data-testid=result-count]').textContent()).match(/\d+/)?.[0] ?? 0);

/** A plain host page on another local port; `body` is its HTML body. */
async function startHost(t, body) {
  const server = http.createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A ministry page</title></head><body><h1>Services for immigrants</h1>${body}</body></html>`);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  t.after(() => new Promise((r) => server.close(r)));
  return `http://127.0.0.1:${server.address().port}`;
}

test('the embed shows the finder without header, footer or language menu, and links to the full view', async (t) => {
  const { page } = await openApp(t, '/en/embed?language=uk&view=list');
  await page.locator('[data-testid=result-count]').waitFor();
  assert.equal(await page.locator('.site-header, .site-footer, .language-menu').count(), 0);
  const full = page.locator('[data-testid=full-view]');
  assert.equal(await full.getAttribute('href'), '/en/?language=uk&view=list');
  assert.equal(await full.getAttribute('target'), '_blank');
  await page.waitForFunction((n) => /\d+/.test(document.querySelector('[data-testid=result-count]').textContent) && Number(document.querySelector('[data-testid=result-count]').textContent.match(/\d+/)[0]) === n, offering('uk'));
  // `view=list`: the list only, at any width.
  assert.equal(await page.locator('.finder .map').isVisible(), false);
  assert.equal(await page.locator('.results').isVisible(), true);
  assert.deepEqual(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length]), ['', 0, 0]);
});

test('the embed works in 300 × 300 without sideways scrolling', async (t) => {
  const { page } = await openApp(t, '/fi/embed', { viewport: { width: 300, height: 300 } });
  await page.locator('[data-testid=result-count]').waitFor();
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= 300);
  assert.equal(await page.locator('.results').isVisible(), true);
  assert.equal(await page.locator('.finder .map').isVisible(), true, 'map and list both shown, one under the other');
});

test('on a phone the embed\'s list scrolls in its own box and never runs over the map below it', async (t) => {
  const { page } = await openApp(t, '/uk/embed?language=uk', { viewport: { width: 360, height: 740 } });
  await page.locator('#results li.result').first().waitFor();
  const [list, map] = await Promise.all([page.locator('.results').boundingBox(), page.locator('.finder .map').boundingBox()]);
  assert.ok(list.y + list.height <= map.y + 0.5, `the list (${list.y}–${list.y + list.height}) ends before the map begins (${map.y})`);
  // What does not fit is scrolled to, inside the box, and not drawn past its end.
  const box = await page.locator('.results').evaluate((el) => ({ overflow: getComputedStyle(el).overflowY, scroll: el.scrollHeight, client: el.clientHeight }));
  assert.ok(box.scroll > box.client, 'more entries than fit');
  assert.equal(box.overflow, 'auto');
});

test('the builder writes the snippet, the plain URL and the preview from the choices, all in its URL', async (t) => {
  const { page, server } = await openApp(t, '/en/embed-code');
  await page.locator('#embed-snippet').waitFor();
  await page.locator('#embed-ui').selectOption('sv');
  await page.waitForURL(/ui=sv/);
  await page.locator('input[type=checkbox][value=uk]').check();
  await page.waitForURL(/language=uk/);
  await page.locator('input[name=embed-view][value=list]').check();
  await page.waitForURL(/view=list/);
  await page.locator('#embed-height').fill('500');
  await page.locator('#embed-height').press('Enter');
  await page.waitForURL(/height=500/);
  const url = `${server.origin}/sv/embed?language=uk&view=list`;
  assert.equal(await page.locator('[data-testid=embed-url]').textContent(), url);
  const snippet = await page.locator('#embed-snippet').inputValue();
  assert.ok(snippet.startsWith(`<iframe src="${url.replace(/&/g, '&amp;')}"`), snippet);
  assert.match(snippet, /height:500px/);
  assert.ok(!snippet.includes('<script>'), 'a fixed height needs no script');
  assert.equal(await page.locator('iframe.embed-preview').getAttribute('src'), url);
  const preview = page.frameLocator('iframe.embed-preview');
  await preview.locator('html[lang=sv] [data-testid=result-count]').waitFor();
  // A reload keeps every choice (the frame's Swedish title once Swedish's messages have come).
  await page.reload();
  await page.waitForFunction((s) => document.querySelector('#embed-snippet')?.value === s, snippet);
});

test('the embed\'s frame is named in the embed\'s language, not the builder\'s', async (t) => {
  const title = (lang) => /^embed-iframe-title = (.*)$/m.exec(fs.readFileSync(new URL(`../../locales/${lang}/main.ftl`, import.meta.url), 'utf8'))[1];
  const { page } = await openApp(t, '/fi/embed-code');
  await page.locator('#embed-snippet').waitFor();
  assert.equal(await page.locator('iframe.embed-preview').getAttribute('title'), title('fi'));
  await page.locator('#embed-ui').selectOption('ar');
  await page.waitForURL(/ui=ar/);
  await page.waitForFunction((t) => document.querySelector('#embed-snippet').value.includes(`title="${t}"`), title('ar'));
  assert.equal(await page.locator('iframe.embed-preview').getAttribute('title'), title('ar'));
  // The builder itself stays Finnish.
  assert.equal(await page.locator('html').getAttribute('lang'), 'fi');
});

test('the snippet waits for the embed language\'s title, and takes the builder\'s when that language cannot be had', async (t) => {
  const title = (lang) => /^embed-iframe-title = (.*)$/m.exec(fs.readFileSync(new URL(`../../locales/${lang}/main.ftl`, import.meta.url), 'utf8'))[1];
  // The refused file is reported by the browser, by the builder's request and the preview's.
  const { page, context } = await openApp(t, '/fi/embed-code', { ignoreErrors: [/503 \(Service Unavailable\) \(http:\/\/[^)]+\/locales\/uk\/main\.ftl\)/] });
  await page.locator('#embed-snippet').waitFor();
  // Arabic's messages are held until the snippet has been looked at; Ukrainian's cannot be had.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await context.route('**/locales/ar/main.ftl', async (route) => {
    await held;
    await route.continue();
  });
  await context.route('**/locales/uk/main.ftl', (route) => route.fulfill({ status: 503, body: '' }));
  const snippet = page.locator('#embed-snippet');
  const copy = page.locator('[data-testid=copy-snippet]');
  await page.locator('#embed-ui').selectOption('ar');
  await page.waitForURL(/ui=ar/);
  // Nothing to copy with the builder's title in the meantime.
  await page.waitForFunction(() => document.querySelector('[data-testid=copy-snippet]').disabled);
  assert.equal(await snippet.inputValue(), '');
  assert.equal(await snippet.getAttribute('aria-busy'), 'true');
  release();
  await page.waitForFunction((t) => document.querySelector('#embed-snippet').value.includes(`title="${t}"`), title('ar'));
  assert.equal(await copy.isEnabled(), true);
  assert.equal(await snippet.getAttribute('aria-busy'), null);
  // A language whose messages fail to come: the builder's title, and the snippet can be copied.
  await page.locator('#embed-ui').selectOption('uk');
  await page.waitForURL(/ui=uk/);
  await page.waitForFunction((t) => document.querySelector('#embed-snippet').value.includes(`title="${t}"`), title('fi'));
  assert.match(await snippet.inputValue(), /\/uk\/embed"/);
  assert.equal(await copy.isEnabled(), true);
});

test('the copy button puts the snippet on the clipboard', async (t) => {
  const { page } = await openApp(t, '/en/embed-code?language=ar', { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.locator('#embed-snippet').waitFor();
  await page.locator('[data-testid=copy-snippet]').click();
  await page.locator('[data-testid=copy-status]', { hasText: 'Copied.' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.locator('#embed-snippet').inputValue());
});

test('pasted into a plain page on another origin, the snippet sizes itself and obeys filter messages', async (t) => {
  // 1. Build the snippet as a web team would: self-sizing, Ukrainian services, English UI.
  const server = await getServer();
  const built = await openApp(t, '/en/embed-code?language=uk');
  await built.page.locator('#embed-snippet').waitFor();
  const snippet = await built.page.locator('#embed-snippet').inputValue();
  assert.match(snippet, /<script>/);
  await built.context.close();

  // 2. Paste it into a host page served from another port, which also records the messages it gets.
  const recorder = `<script>window.heights = []; addEventListener('message', function (e) {
    if (e.data && e.data.type === 'integration-atlas:height') window.heights.push(e.data.height); });</script>`;
  const host = await startHost(t, recorder + snippet);
  const { page } = await openApp(t, `${host}/`, { allowOrigins: [host] });
  const iframe = page.locator('iframe[data-integration-atlas]');
  const frame = page.frameLocator('iframe[data-integration-atlas]');
  await frame.locator('[data-testid=result-count]').waitFor();
  const appFrame = page.frames().find((f) => f.url().startsWith(server.origin));
  await appFrame.waitForFunction((n) => Number(document.querySelector('[data-testid=result-count]').textContent.match(/\d+/)?.[0]) === n, offering('uk'));

  // 3. The iframe's height follows the content's, from the messages.
  const contentHeight = () => appFrame.evaluate(() => Math.ceil(document.querySelector('.embed-frame').getBoundingClientRect().height));
  await page.waitForFunction(() => window.heights.length > 0);
  await page.waitForFunction(() => {
    const f = document.querySelector('iframe[data-integration-atlas]');
    return f.style.height === `${Math.max(300, window.heights[window.heights.length - 1])}px`;
  });
  const last = await page.evaluate(() => window.heights[window.heights.length - 1]);
  assert.equal(last, await contentHeight());
  assert.notEqual(await iframe.evaluate((f) => f.style.height), '600px');
  const heights = await page.evaluate(() => window.heights);
  for (let i = 1; i < heights.length; i++) assert.notEqual(heights[i], heights[i - 1], 'a height is sent only when it changes');

  // 4. A filter message from the host changes the view.
  await page.evaluate(() => {
    document.querySelector('iframe[data-integration-atlas]').contentWindow.postMessage(
      { type: 'integration-atlas:filters', filters: { language: ['ar'] } }, '*');
  });
  await appFrame.waitForURL(/language=ar/);
  await appFrame.waitForFunction((n) => Number(document.querySelector('[data-testid=result-count]').textContent.match(/\d+/)?.[0]) === n, offering('ar'));
  assert.equal(await countIn(frame), offering('ar'));
  // Nothing stored, no cookie, in the embedded app.
  assert.deepEqual(await appFrame.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length]), ['', 0, 0]);
});

test('a filter message of another shape is ignored', async (t) => {
  const host = await startHost(t, '');
  const server = await getServer();
  const { page } = await openApp(t, `${host}/`, { allowOrigins: [host] });
  await page.evaluate((src) => {
    const f = document.createElement('iframe');
    f.src = src;
    f.title = 'finder';
    document.body.append(f);
  }, `${server.origin}/en/embed?language=uk`);
  await page.frameLocator('iframe').locator('[data-testid=result-count]').waitFor();
  const appFrame = page.frames().find((f) => f.url().startsWith(server.origin));
  // Record every address the embedded app navigates to.
  await appFrame.evaluate(() => {
    window.visited = [];
    for (const name of ['pushState', 'replaceState']) {
      const original = history[name].bind(history);
      history[name] = (state, title, url) => {
        window.visited.push(String(url));
        return original(state, title, url);
      };
    }
  });
  // Bad shapes first, then a good one: messages arrive in order, so once the good one
  // is applied the bad ones have been seen.
  await page.evaluate(() => {
    const w = document.querySelector('iframe').contentWindow;
    w.postMessage({ type: 'integration-atlas:filters', filters: { language: ['ru'], q: { evil: 1 } } }, '*');
    w.postMessage({ type: 'other', filters: { language: ['ru'] } }, '*');
    w.postMessage('integration-atlas:filters', '*');
    w.postMessage({ type: 'integration-atlas:filters', filters: { language: 'ar', topic: 'work' } }, '*');
  });
  await appFrame.waitForURL(/language=ar&topic=work/);
  const visited = await appFrame.evaluate(() => window.visited);
  assert.equal(visited.length, 1, `only the good message navigated: ${visited.join(' ')}`);
  assert.match(visited[0], /\/en\/embed\?language=ar&topic=work$/);
});
