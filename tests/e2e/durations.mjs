// A node:test reporter that writes each end-to-end test's duration as a line of tab-separated
// values: `e2e <TAB> file › test <TAB> seconds <TAB> pass|fail|skip`. scripts/test.sh uses it
// beside the spec reporter and puts the lines in target/test-durations.tsv:
//
//   node --test --test-reporter=spec --test-reporter-destination=stdout \
//     --test-reporter=./tests/e2e/durations.mjs --test-reporter-destination=target/e2e-durations.tsv tests/e2e/
//
// Only a file's top-level tests are written (a subtest's time is inside its parent's).

import path from 'node:path';

const clean = (s) => String(s).replace(/[\t\r\n]+/g, ' ');

export default async function* durations(source) {
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { name, nesting, file, details, skip, todo } = event.data;
    if (nesting !== 0) continue;
    const status = skip || todo ? 'skip' : event.type === 'test:pass' ? 'pass' : 'fail';
    const where = file ? path.basename(file) : '?';
    // A file without tests is reported as one test named by its path.
    const what = name === file ? '(the file: no tests)' : name;
    const seconds = ((details?.duration_ms ?? 0) / 1000).toFixed(2);
    yield `e2e\t${clean(where)} › ${clean(what)}\t${seconds}\t${status}\n`;
  }
}
