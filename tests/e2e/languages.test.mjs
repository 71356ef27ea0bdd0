// Every UI language that axe does not check on every route (a11y.test.mjs: Finnish and Arabic, or
// every language in the slow tier) loads every route once: <html lang> and dir are the
// language's, and no message key shows raw.

import { test } from 'node:test';
import { sharedApp } from './helpers.mjs';
import { ROUTES, LANGUAGES, AXE_LANGUAGES, assertSpeaks } from './routes.mjs';

const app = sharedApp();

for (const lang of LANGUAGES.filter((l) => !AXE_LANGUAGES.includes(l))) {
  for (const route of ROUTES) {
    test(`/${lang}${route} speaks ${lang}: lang, dir, no raw message key`, async (t) => {
      const { page } = await app.visit(t, `/${lang}${route}`);
      await assertSpeaks(page, lang, `/${lang}${route}`);
    });
  }
}
