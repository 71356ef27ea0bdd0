// Every UI language has exactly the keys the code uses: none missing, none unused.
// (The only check of the keys: the app's messages are read at run time, crates/messages.)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const keysOf = (file) =>
  new Set([...fs.readFileSync(file, 'utf8').matchAll(/^([a-z][a-z0-9_-]*) =/gm)].map((m) => m[1]));

function sourceFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : p.endsWith('.rs') ? [p] : [];
  });
}

const used = new Set(
  sourceFiles(path.join(root, 'src')).flatMap((f) =>
    [...fs.readFileSync(f, 'utf8').matchAll(/(?:move_)?tr!\(\s*(?:i18n,\s*)?"([a-z0-9_-]+)"/g)].map((m) => m[1]),
  ),
);

const languages = fs.readdirSync(path.join(root, 'locales')).sort();

test('the code uses translation keys', () => {
  assert.ok(used.size > 100, `found ${used.size} keys`);
});

for (const lang of languages) {
  test(`locales/${lang}/main.ftl has every used key and no unused one`, () => {
    const keys = keysOf(path.join(root, 'locales', lang, 'main.ftl'));
    assert.deepEqual([...used].filter((k) => !keys.has(k)).sort(), [], 'missing keys');
    assert.deepEqual([...keys].filter((k) => !used.has(k)).sort(), [], 'unused keys');
  });
}

test('the lists of UI languages known before the app runs name every file in locales/', () => {
  for (const [file, re] of [
    ['public/sw.js', /const LOCALES = \[([^\]]*)\]/],
    ['public/preload.js', /const UI_LANGUAGES = \[([^\]]*)\]/],
    ['scripts/first-view.mjs', /const UI_LANGUAGES = \[([^\]]*)\]/],
    ['crates/atlas-core/src/lib.rs', /const UI_LANGUAGES: \[&str; \d+\] = \[([^\]]*)\]/],
  ]) {
    const list = re.exec(fs.readFileSync(path.join(root, file), 'utf8'));
    assert.ok(list, `${file} has its list`);
    const named = [...list[1].matchAll(/['"]([a-z]+)['"]/g)].map((m) => m[1]).sort();
    assert.deepEqual(named, languages, file);
  }
});
