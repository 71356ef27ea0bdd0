// Every route of the app and every UI language, for the tests that go through all of them
// (the axe matrix, languages.test.mjs), and the check that a page speaks its language.

import assert from 'node:assert/strict';
import fs from 'node:fs';

const dataset = JSON.parse(fs.readFileSync(new URL('../../public/data/atlas.json', import.meta.url)));

/** Every route, below /{lang}. */
export const ROUTES = [
  '/',
  `/services/${dataset.services[0].id}`,
  '/actors',
  `/actors/${dataset.services[0].provider}`,
  '/programmes',
  ...(dataset.programmes.length ? [`/programmes/${dataset.programmes[0].id}`] : []),
  '/legislation',
  '/network',
  '/embed',
  '/embed-code',
  '/data',
  '/accessibility',
  '/no-such-page',
];

/** Every UI language (a directory of locales/). */
export const LANGUAGES = fs.readdirSync(new URL('../../locales/', import.meta.url)).sort();

/** The right-to-left UI languages. */
export const RTL = ['ar'];

/**
 * The languages axe checks on every route at both widths, in two groups that run side by side
 * (a11y-fi.test.mjs, a11y-ar.test.mjs): Finnish (the default, the longest words) and Arabic (right
 * to left). The slow tier (SLOW=1) checks every language: English and Swedish join the first
 * group, Russian and Ukrainian the second.
 */
export const AXE_LANGUAGE_GROUPS = process.env.SLOW === '1' ? [['fi', 'en', 'sv'], ['ar', 'ru', 'uk']] : [['fi'], ['ar']];

/** Every language axe checks. */
export const AXE_LANGUAGES = AXE_LANGUAGE_GROUPS.flat().sort();

/** The widths axe checks at: a desktop and a 360-pixel phone. */
export const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
];

/** Each locale's messages whose value is one line: key → text. */
const messagesOf = (lang) =>
  new Map(
    [...fs.readFileSync(new URL(`../../locales/${lang}/main.ftl`, import.meta.url), 'utf8').matchAll(/^([a-z][a-z0-9_-]*) =[ \t]*(.*)$/gm)].map(
      (m) => [m[1], m[2].trim()],
    ),
  );
const MESSAGES = new Map(LANGUAGES.map((l) => [l, messagesOf(l)]));

/** Every message key of every locale. */
export const MESSAGE_KEYS = [...new Set(LANGUAGES.flatMap((l) => [...MESSAGES.get(l).keys()]))].sort();

/** The keys that would show raw in `lang`: all but those whose text there is the key itself
 * (English "illustrative = illustrative"). */
const rawKeysIn = (lang) => MESSAGE_KEYS.filter((k) => MESSAGES.get(lang)?.get(k) !== k);

/**
 * The page (whose #page-title is shown) speaks `lang`: <html lang> is `lang`, <html dir> is rtl
 * for Arabic and ltr otherwise, and no message key shows raw, as a whole text, as a word of a
 * text (keys with a hyphen) or in an attribute a person meets (aria-label, title, placeholder,
 * alt, value of a button), nor a Fluent placeholder `{$x}` or a lookup failure.
 */
export async function assertSpeaks(page, lang, where) {
  await page.locator('#page-title').waitFor();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  const dir = await page.evaluate(() => document.documentElement.dir);
  assert.equal(dir, RTL.includes(lang) ? 'rtl' : 'ltr', `${where}: <html dir>`);
  const raw = await page.evaluate((keys) => {
    const all = new Set(keys);
    const rawIn = (text) => {
      const t = text.trim();
      if (!t) return null;
      if (all.has(t) || /\{\s*\$[a-z]|Unknown localization/i.test(t)) return t;
      return t.split(/\s+/).find((w) => w.includes('-') && all.has(w)) ?? null;
    };
    const found = [];
    const title = rawIn(document.title);
    if (title) found.push(`<title>: ${title}`);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const hit = rawIn(n.textContent);
      if (hit) found.push(`text in <${n.parentElement?.localName}>: ${hit}`);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt], input[type=button], input[type=submit]')) {
      for (const a of ['aria-label', 'title', 'placeholder', 'alt', 'value']) {
        const v = el.getAttribute(a);
        const hit = v && rawIn(v);
        if (hit) found.push(`${a} of <${el.localName}>: ${hit}`);
      }
    }
    return found;
  }, rawKeysIn(lang));
  assert.deepEqual(raw, [], `${where}: raw message keys`);
}
