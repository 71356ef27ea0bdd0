// Nothing leaves the machine in a benchmark: Chromium resolves no host name but the local
// server's (tests/e2e/browser.mjs, --host-resolver-rules), and every request a benchmark's page
// asks for is recorded here and checked when the run ends. Not playwright's request routing,
// which holds every request back until this process has let it go: that held a slow phone's
// first view up by about 100 ms, and the app, which asks for more files than the peer, more
// (BENCHMARKS.md, session 23).
const outside = new Set();

/** Records the requests of `context`'s pages that are not for the local server. */
export function watchRequests(context) {
  context.on('request', (request) => {
    const url = request.url();
    if (!/^(https?:\/\/(127\.0\.0\.1|localhost)[:/]|data:|blob:)/.test(url)) outside.add(url);
  });
}

/** Throws when a page asked for anything beyond the machine. */
export function assertNothingOutside() {
  if (outside.size > 0) throw new Error(`a page asked for addresses outside the machine: ${[...outside].slice(0, 5).join(', ')}`);
}
