// axe on every route at both widths in Finnish (the default language, the longest words); in the
// slow tier (SLOW=1) also in English and Swedish. See axe-matrix.mjs.

import { test } from 'node:test';
import { axeMatrix } from './axe-matrix.mjs';
import { AXE_LANGUAGE_GROUPS } from './routes.mjs';

for (const [name, fn] of axeMatrix(AXE_LANGUAGE_GROUPS[0])) test(name, fn);
