// The first of the page's scripts, loaded async from index.html's head, so it runs as soon as it
// arrives (not after the stylesheets, as a script in the body does): it asks at once for what the
// app will need, while the app's wasm is still downloading, as preloads whose answers the app's
// own requests take (src/data.rs, src/i18n.rs). No inline script: the strict CSP holds.
//   - the dataset: the default one, or a `?data=` address on this origin (another origin is
//     only asked for once config.json allows it); config.json is preloaded by index.html itself;
//   - the UI language's messages (the wasm holds none): the path's language, else Finnish.
// UI_LANGUAGES names every file in locales/ (tests/e2e/locales.test.mjs checks it).
(() => {
  performance.mark('atlas:script-start');
  const UI_LANGUAGES = ['fi', 'sv', 'en', 'uk', 'ru', 'ar'];
  const preload = (href) => {
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = href;
    document.head.append(link);
  };
  const data = new URLSearchParams(location.search).get('data');
  let dataset = '/data/atlas.json';
  if (data) {
    try {
      const url = new URL(data, location.href);
      dataset = url.origin === location.origin && /^https?:$/.test(url.protocol) ? url.href : null;
    } catch {
      dataset = null;
    }
  }
  if (dataset) preload(dataset);
  const first = location.pathname.split('/')[1];
  preload(`/locales/${UI_LANGUAGES.includes(first) ? first : 'fi'}/main.ftl`);
})();
