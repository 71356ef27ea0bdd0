// Waits for a condition in a page while it starts, without running anything of playwright's in
// it: `expression` (JavaScript source) is evaluated through the DevTools protocol's
// Runtime.evaluate every `interval` ms until its value is truthy, and that value is returned.
//
// Why not page.waitForFunction: playwright evaluates its injected script (a selector engine and
// a poller) in the page on the first such wait, on the page's main thread, right when a load
// begins: 81 ms of the main thread at CPU ÷4 in a traced load (session 22), within both the
// app's and the peer's startup, which no visitor's browser runs. Runtime.evaluate of a one-line
// expression costs the page next to nothing.

export async function pollPage(cdp, expression, { timeout = 600_000, interval = 100, what = expression } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true });
    if (exceptionDetails) throw new Error(`pollPage: ${what}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    if (result.value) return result.value;
    if (Date.now() >= end) throw new Error(`pollPage: ${what} did not hold within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
