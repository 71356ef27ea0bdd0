// Where a finder input's time goes (issue 18): the app on a generated dataset's pack, a CPU
// profile (CDP Profiler) and a Chromium trace (CDP Tracing) of keystrokes and language clicks,
// summed by function (self and total time) and by the trace's event kinds (script, style,
// layout, paint). A build without wasm-opt keeps the wasm's function names:
//
//   node bench/profile-inputs.mjs [--size 100000] [--dist dist] [--inputs 20] [--what keys|clicks]
//                                 [--top 40] [--save PREFIX]
//
// Not a measure of the inputs' times (bench/run.mjs is): the waits between inputs are fixed.
import fs from 'node:fs';
import path from 'node:path';
import { launch } from '../tests/e2e/browser.mjs';
import { startServer, REPO_ROOT } from '../tests/e2e/server.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const size = Number(args.size ?? 100000);
const dist = args.dist ?? 'dist';
const inputs = Number(args.inputs ?? 20);
const what = args.what ?? 'keys';
const top = Number(args.top ?? 40);

const dataDir = path.join(REPO_ROOT, 'bench', '.data');
const server = await startServer({ root: dist, mounts: { '/bench/set0/': dataDir } });
server.setConfig({ dataset_url: `/bench/set0/services-${size}.json`, pack_url: `/bench/set0/services-${size}.pack` });
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await page.goto(server.url + '/en/', { waitUntil: 'commit' });
await page.waitForSelector('#results li.result', { timeout: 600_000 });
await page.waitForSelector('canvas.atlas-points[data-points]:not([data-points="0"])', { timeout: 600_000 });
await page.waitForSelector('.language-filter input[type=checkbox]', { timeout: 60_000 });
await page.waitForTimeout(1500);

const languages = await page.evaluate(() =>
  [...document.querySelectorAll('.language-filter input[type=checkbox]')]
    .map((b) => [b.value, Number(b.parentElement.querySelector('.count').textContent.replace(/\D/g, ''))])
    .sort((a, b) => b[1] - a[1])
    .slice(1, 6)
    .map(([v]) => v),
);

async function act() {
  if (what === 'keys') {
    await page.locator('#finder-q').focus();
    const letters = 'aeiostnklmruvhpjdgyb';
    for (let i = 0; i < inputs * 2; i++) {
      await page.keyboard.press(i % 2 === 0 ? letters[(i / 2) % letters.length] : 'Backspace');
      await page.waitForTimeout(250);
    }
  } else {
    for (let i = 0; i < inputs * 2; i++) {
      await page.locator(`.language-filter input[type=checkbox][value="${languages[Math.floor(i / 2) % languages.length]}"]`).click();
      await page.waitForTimeout(250);
    }
  }
}

// The CPU profile.
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await act();
const { profile } = await cdp.send('Profiler.stop');
if (args.save) fs.writeFileSync(`${args.save}.cpuprofile`, JSON.stringify(profile));

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const name = (n) => {
  const f = n.callFrame;
  return f.functionName || `(anonymous ${path.basename(f.url)}:${f.lineNumber})`;
};
const selfT = new Map();
const totalT = new Map();
const dts = profile.timeDeltas;
let idle = 0;
let all = 0;
profile.samples.forEach((id, k) => {
  const dt = (dts[k + 1] ?? 0) / 1000;
  all += dt;
  const n = byId.get(id);
  const nm = name(n);
  if (nm === '(idle)' || nm === '(program)') idle += dt;
  selfT.set(nm, (selfT.get(nm) ?? 0) + dt);
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const m = name(byId.get(cur));
    if (seen.has(m)) continue;
    seen.add(m);
    totalT.set(m, (totalT.get(m) ?? 0) + dt);
  }
});
const per = inputs * 2;
const fmt = (ms) => (ms / per).toFixed(2).padStart(8);
console.log(`${size} services, ${what}, ${per} inputs: ms per input (sampled), busy ${((all - idle) / per).toFixed(2)} ms`);
console.log('\nself time:');
for (const [k, v] of [...selfT].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(fmt(v), k.slice(0, 150));
console.log('\ntotal time:');
for (const [k, v] of [...totalT].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(fmt(v), k.slice(0, 150));

// The trace: the main thread's time by event kind.
const events = [];
cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', {
  transferMode: 'ReportEvents',
  traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'] },
});
await act();
await cdp.send('Tracing.end');
await done;
if (args.save) fs.writeFileSync(`${args.save}.trace.json`, JSON.stringify({ traceEvents: events }));
const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
const kinds = new Map();
for (const e of events) {
  if (main && (e.pid !== main.pid || e.tid !== main.tid)) continue;
  if (e.ph !== 'X' || !e.dur) continue;
  kinds.set(e.name, (kinds.get(e.name) ?? 0) + e.dur / 1000);
}
console.log('\ntrace, main thread, ms per input (events nest: RunTask holds the rest):');
for (const [k, v] of [...kinds].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(fmt(v), k);

await browser.close();
await server.close();
