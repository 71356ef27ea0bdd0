// The loading screen before the app runs: the app's name and "Loading…" in the language of the
// path (/ar/… is Arabic, right to left), set before the page is first drawn. A plain external
// script right after the screen's markup, so no inline script or style is needed and the strict
// Content-Security-Policy holds (docs/SECURITY.md). The app removes the screen when it mounts.
// The texts are the `app-name` and `loading` messages of locales/*/main.ftl; the end-to-end
// test of this screen checks that they still agree.
(() => {
  performance.mark('atlas:script-start');
  const preload = (href) => {
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = href;
    document.head.append(link);
  };
  // The dataset is asked for now, while the app's code is still downloading, rather than after
  // the app has started and read config.json: a preload whose answer the app's own request takes
  // (src/data.rs). The default dataset, or a `?data=` address on this origin (another origin is
  // only asked for once config.json allows it).
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
  const texts = {
    fi: ['Integration Atlas', 'Palveluja ladataan…'],
    sv: ['Integration Atlas', 'Tjänsterna laddas…'],
    en: ['Integration Atlas', 'Loading the services…'],
    uk: ['Integration Atlas', 'Завантаження послуг…'],
    ru: ['Integration Atlas', 'Загрузка услуг…'],
    ar: ['Integration Atlas', 'جارٍ تحميل الخدمات…'],
  };
  const first = location.pathname.split('/')[1];
  const lang = Object.hasOwn(texts, first) ? first : 'fi';
  // The UI language's messages (src/i18n.rs fetches only these at start).
  preload(`/locales/${lang}/main.ftl`);
  const [name, loading] = texts[lang];
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  const screen = document.getElementById('boot');
  if (!screen) return;
  screen.querySelector('.boot-name').textContent = name;
  screen.querySelector('.boot-text').textContent = loading;
})();
