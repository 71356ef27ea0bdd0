// Starts the app without an inline script, so the page runs under a strict Content-Security-Policy
// (script-src 'self' 'wasm-unsafe-eval'; see docs/SECURITY.md). Trunk writes the hashed names of
// the wasm-bindgen glue and the wasm module into this script element's data attributes
// (Trunk.toml, build.pattern_script); this file reads them and starts the app.
//
// It also registers the service worker (public/sw.js), which keeps the app and the last dataset
// that loaded and validated, so the finder opens again at once and without a network. On a first
// visit it is registered only once the app has shown its first list (its install downloads the
// app's files again, which must not compete with the first view). Where registration is refused
// (a browser setting, a test that blocks workers) the app works as before, online only.

performance.mark('atlas:boot');

if ('serviceWorker' in navigator) {
  const register = () => navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => {});
  // A repeat visit: the worker is there already; this only checks for a new one.
  if (navigator.serviceWorker.controller) register();
  const tell = (message, transfer) =>
    navigator.serviceWorker.ready
      .then((registration) => registration.active?.postMessage(message, transfer))
      .catch(() => {});
  // The app (src/browser.rs) says a dataset parsed and validated, after its first paint: the
  // worker keeps it in place of the last one. Its bytes come along (moved, not copied) only when
  // the worker did not see the download itself. `ready` waits for a worker that is active, also
  // on the first visit, before the worker controls the page.
  addEventListener('atlas-dataset-validated', (event) => {
    const { url, body } = event.detail ?? {};
    if (typeof url !== 'string') return;
    register();
    if (body instanceof ArrayBuffer) tell({ type: 'dataset-validated', url, body }, [body]);
    else tell({ type: 'dataset-validated', url }, []);
  });
  // A newer dataset the worker answered did not validate: it keeps its last good copy.
  addEventListener('atlas-dataset-refused', (event) => {
    const { url } = event.detail ?? {};
    if (typeof url === 'string') tell({ type: 'dataset-refused', url }, []);
  });
}

// The app's code that cannot be had (a failed download, a browser without WebAssembly) is said
// on the loading screen (public/splash.js), not left at "Loading…".
const boot = document.querySelector('script[data-atlas-js]');
try {
  const glue = await import(boot.dataset.atlasJs);
  await glue.default({ module_or_path: boot.dataset.atlasWasm });
} catch (error) {
  dispatchEvent(new CustomEvent('atlas-boot-failed'));
  console.error('the app could not start:', error);
}
