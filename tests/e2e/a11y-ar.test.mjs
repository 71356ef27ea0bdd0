// axe on every route at both widths in Arabic (right to left); in the slow tier (SLOW=1) also in
// Russian and Ukrainian. See axe-matrix.mjs.

import { test } from 'node:test';
import { axeMatrix } from './axe-matrix.mjs';
import { AXE_LANGUAGE_GROUPS } from './routes.mjs';

for (const [name, fn] of axeMatrix(AXE_LANGUAGE_GROUPS[1])) test(name, fn);
