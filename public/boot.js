// Starts the app without an inline script, so the page runs under a strict Content-Security-Policy
// (script-src 'self' 'wasm-unsafe-eval'; see docs/SECURITY.md). Trunk writes the hashed names of
// the wasm-bindgen glue and the wasm module into this script element's data attributes
// (Trunk.toml, build.pattern_script); this file reads them and starts the app.
//
// It also registers the service worker (public/sw.js), which keeps the app and the last dataset
// that loaded and validated, so the finder opens again without a network. Where registration is
// refused (a browser setting, a test that blocks workers) the app works as before, online only.

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {});
  // The app (src/browser.rs) says a dataset parsed and validated: hand it to the worker, which
  // keeps it in place of the last one. `ready` waits for a worker that is active, also on the
  // first visit, before the worker controls the page.
  addEventListener('atlas-dataset-validated', (event) => {
    const { url, text } = event.detail ?? {};
    if (typeof url !== 'string' || typeof text !== 'string') return;
    navigator.serviceWorker.ready
      .then((registration) => registration.active?.postMessage({ type: 'dataset-validated', url, text }))
      .catch(() => {});
  });
}

const boot = document.querySelector('script[data-atlas-js]');
const glue = await import(boot.dataset.atlasJs);
await glue.default({ module_or_path: boot.dataset.atlasWasm });
