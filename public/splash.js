// The loading screen before the app runs: the app's name and "Loading…" in the language of the
// path (/ar/… is Arabic, right to left), set before the page is first drawn. A plain external
// script right after the screen's markup, so no inline script or style is needed and the strict
// Content-Security-Policy holds (docs/SECURITY.md). The app removes the screen when it mounts.
// The texts are the `app-name` and `loading` messages of locales/*/main.ftl; the end-to-end
// test of this screen checks that they still agree. On a repeat visit public/kept-view.js may
// show the last list on this screen.
(() => {
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
  const [name, loading] = texts[lang];
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  const screen = document.getElementById('boot');
  if (!screen) return;
  screen.querySelector('.boot-name').textContent = name;
  screen.querySelector('.boot-text').textContent = loading;
})();
