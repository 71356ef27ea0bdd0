// axe on every route at both widths in Finnish (the default language, the longest words); in the
// slow tier (SLOW=1) also in English and Swedish. See axe-matrix.mjs.

import { axeMatrix } from './axe-matrix.mjs';
import { AXE_LANGUAGE_GROUPS } from './routes.mjs';

axeMatrix(AXE_LANGUAGE_GROUPS[0]);
