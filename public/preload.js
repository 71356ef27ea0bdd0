// The first of the page's scripts, loaded async from index.html's head, so it runs as soon as it
// arrives (not after the stylesheets, as a script in the body does): it asks at once for what the
// app will need, while the app's wasm is still downloading, as preloads whose answers the app's
// own requests take (src/data.rs, src/i18n.rs). No inline script: the strict CSP holds.
//   - config.json, whose answer it leaves for the app in `window.atlasConfig`;
//   - the dataset: a `?data=` address on this origin (another origin is only asked for once
//     config.json allows it), else the one config.json names, or its pack (`pack_url`), the
//     dataset's `.sha256` that the pack is checked against and, for the finder, the pack's first
//     view;
//   - the UI language's messages (the wasm holds none): the path's language, else Finnish;
//   - and it starts public/warm-intl.js, a worker that makes the browser's international data
//     ready off the main thread.
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
  // An address on this origin, absolute; null for any other (asked for only once config.json
  // allows it, by the app).
  const ownAddress = (u) => {
    try {
      const url = new URL(u, location.href);
      return url.origin === location.origin && /^https?:$/.test(url.protocol) ? url.href : null;
    } catch {
      return null;
    }
  };
  // config.json's relative addresses are from the site's root (src/data.rs, resolve_or_self).
  const rooted = (u) => (/^https?:\/\//.test(u) || u.startsWith('/') ? u : `/${u}`);
  const data = new URLSearchParams(location.search).get('data');
  // The app takes this answer (src/browser.rs, preloaded_config) rather than asking again;
  // public/kept-view.js may have asked first (the same request, answered by index.html's preload).
  const config = (window.atlasConfig ??= fetch('/config.json', { credentials: 'same-origin' })
    .then((r) => (r.ok ? r.text() : null))
    .catch(() => null));
  if (data) {
    const dataset = ownAddress(data);
    if (dataset) preload(dataset);
  } else {
    // The deployment's dataset, or its pack and the dataset's digest the pack is checked against
    // (src/data.rs, load_pack): what config.json names.
    config.then((text) => {
      let c = {};
      try {
        c = JSON.parse(text) || {};
      } catch {
        c = {};
      }
      const dataset = ownAddress(rooted(typeof c.dataset_url === 'string' ? c.dataset_url : 'data/atlas.json'));
      const packUrl = typeof c.pack_url === 'string' ? c.pack_url.trim() : '';
      const pack = packUrl && 'DecompressionStream' in self ? ownAddress(rooted(packUrl)) : null;
      if (pack && dataset) {
        preload(pack);
        preload(`${dataset}.sha256`);
        // The pack's first view, which the finder shows while the pack comes: only for the
        // finder's unfiltered list, the one page it answers (src/pages/finder/first_view.rs).
        const finder = /^\/([a-z]{2}\/?)?$/.test(location.pathname);
        const unfiltered = [...new URLSearchParams(location.search).keys()].every((k) => k === 'sort');
        if (finder && unfiltered) preload(`${pack}.d/first.pack`);
      } else if (dataset) {
        preload(dataset);
      }
    });
  }
  const first = location.pathname.split('/')[1];
  const lang = UI_LANGUAGES.includes(first) ? first : 'fi';
  preload(`/locales/${lang}/main.ftl`);
  // The browser's international data, made ready by a worker (public/warm-intl.js) while the wasm
  // downloads, rather than on the main thread when the first list names languages.
  try {
    new Worker('/warm-intl.js', { name: lang });
  } catch {
    // No worker (a browser setting): the first list makes it ready itself.
  }
})();
