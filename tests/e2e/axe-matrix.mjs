// The axe matrix: axe-core (WCAG 2.1 A and AA rules) on every route in the given UI languages, at
// a desktop and a 360-pixel phone viewport, each page also checked to speak its language
// (routes.mjs). a11y-fi.test.mjs and a11y-ar.test.mjs each run one group of languages, so that
// the end-to-end runner runs the two halves side by side.
//
// A page load per check, in one browser context per width (sharedApp: the app keeps nothing
// between loads, so a fresh context per page would test nothing more).

import assert from 'node:assert/strict';
import { sharedApp, axeViolations, formatViolations } from './helpers.mjs';
import { ROUTES, VIEWPORTS, assertSpeaks } from './routes.mjs';

/**
 * The matrix's tests for `languages`, as [name, function] pairs for the test file to define
 * (`test(name, fn)` there, so each test is recorded under its own file).
 */
export function axeMatrix(languages) {
  const atWidth = VIEWPORTS.map((viewport) => ({ viewport, app: sharedApp({ viewport }) }));
  return languages.flatMap((lang) =>
    ROUTES.map((route) => [
      `axe: /${lang}${route} at 1280 and 360 px`,
      async (t) => {
        for (const { viewport, app } of atWidth) {
          const where = `/${lang}${route} at ${viewport.width} px`;
          const { page } = await app.visit(t, `/${lang}${route}`);
          await assertSpeaks(page, lang, where);
          const violations = await axeViolations(page);
          assert.equal(violations.length, 0, `${where}:\n${formatViolations(violations)}`);
        }
      },
    ]),
  );
}
