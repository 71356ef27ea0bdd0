// The app's own scripts, which Trunk copies into the build as they are written (public/*.js:
// preload.js, boot.js, kept-view.js, splash.js, sw.js, warm-intl.js), written again there
// without their comments and whitespace and with short local names (terser; the code is not
// otherwise changed): a first visit downloads 5.7 KB gzip less (BENCHMARKS.md, session 16). And
// index.html without its comments. The comments stay in public/ and the source index.html, where
// they are read. wasm-bindgen's glue (integration-atlas-HASH.js) the same way, as a module, and
// its `integrity` in index.html's modulepreload written again to match: 2.3 KB gzip less
// (BENCHMARKS.md, session 20).
//
//   node scripts/minify.mjs [dist]      (scripts/build.sh runs it after trunk; dist/ by default)

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.resolve(root, process.argv[2] ?? 'dist');
const ours = fs.readdirSync(path.join(root, 'public')).filter((f) => f.endsWith('.js'));
let before = 0;
let after = 0;
for (const name of ours) {
  const file = path.join(dist, name);
  if (!fs.existsSync(file)) continue;
  const source = fs.readFileSync(file, 'utf8');
  const options = { compress: false, mangle: true, format: { comments: false } };
  // A classic script, or a module (boot.js: `import`, top-level `await`), which only parses as one.
  let out;
  try {
    out = await minify(source, options);
  } catch {
    out = await minify(source, { ...options, module: true });
  }
  fs.writeFileSync(file, out.code);
  before += source.length;
  after += out.code.length;
}
const page = path.join(dist, 'index.html');
let html = fs.existsSync(page) ? fs.readFileSync(page, 'utf8') : null;
/** index.html's `integrity` of the file at `href`, written again for its new `text`. */
const rehash = (href, text) => {
  const digest = `sha384-${crypto.createHash('sha384').update(text).digest('base64')}`;
  const at = new RegExp(`(href="/${href.replaceAll('.', '\\.')}"[^>]* integrity=")[^"]*"`);
  if (html && !at.test(html)) throw new Error(`minify: index.html has no integrity for /${href}`);
  if (html) html = html.replace(at, `$1${digest}"`);
};
// wasm-bindgen's glue: its exports and the wasm's imports are named by strings and properties,
// which mangling keeps; only its local names get shorter.
for (const name of fs.readdirSync(dist).filter((f) => /^integration-atlas-[0-9a-f]+\.js$/.test(f))) {
  const file = path.join(dist, name);
  const source = fs.readFileSync(file, 'utf8');
  const out = await minify(source, { compress: false, mangle: true, module: true, format: { comments: false } });
  fs.writeFileSync(file, out.code);
  rehash(name, out.code);
  console.log(`minify: ${name} (wasm-bindgen's glue): ${source.length} → ${out.code.length} bytes`);
}
// Our stylesheet (style/main.css, which Trunk writes as main-HASH.css) without its comments:
// 2.6 KB gzip of a first visit's 7 KB. Its `integrity` in index.html is written again to match.
// (Trunk's own CSS minifier rewrites media queries for newer browsers only, BENCHMARKS.md.)
for (const name of fs.readdirSync(dist).filter((f) => /^main-[0-9a-f]+\.css$/.test(f))) {
  const file = path.join(dist, name);
  const css = fs.readFileSync(file, 'utf8');
  const bare = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\n[ \t]*(?=\n)/g, '');
  fs.writeFileSync(file, bare);
  rehash(name, bare);
  console.log(`minify: ${name} without its comments: ${css.length} → ${bare.length} bytes`);
}

// index.html's comments (why each tag is there) are for its readers, not for every visit.
let pageSaved = 0;
if (html !== null) {
  // And the blank lines Trunk leaves where it took out its own tags.
  const bare = html.replace(/[ \t]*<!--[\s\S]*?-->[ \t]*\n?/g, '').replace(/\n[ \t]*(?=\n)/g, '');
  fs.writeFileSync(page, bare);
  pageSaved = html.length - bare.length;
}
console.log(`minify: index.html without its comments (${pageSaved} bytes less)`);
console.log(`minify: ${ours.length} scripts of public/ in ${path.relative(root, dist) || '.'}: ${before} → ${after} bytes`);
