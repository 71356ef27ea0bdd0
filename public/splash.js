// The loading screen before the app runs: the app's name and "Loading…" in the language of the
// path (/ar/… is Arabic, right to left), set before the page is first drawn. A plain external
// script right after the screen's markup, so no inline script or style is needed and the strict
// Content-Security-Policy holds (docs/SECURITY.md). The app removes the screen when it mounts.
// The texts are the `app-name`, `loading`, `error-network` and `retry` messages of
// locales/*/main.ftl; the end-to-end tests of this screen check that they still agree. On a
// repeat visit public/kept-view.js may show the last list on this screen.
//
// When the app's code cannot be had (its download failed, or the browser has no WebAssembly:
// public/boot.js says so, or boot.js itself did not load), the screen says so, with a link that
// loads the page again, rather than "Loading…" for ever.
(() => {
  const texts = {
    fi: ['Integration Atlas', 'Palveluja ladataan…', 'Yhteys ei toiminut. Tarkista verkkoyhteys ja yritä uudelleen.', 'Yritä uudelleen'],
    sv: ['Integration Atlas', 'Tjänsterna laddas…', 'Anslutningen misslyckades. Kontrollera nätverksanslutningen och försök igen.', 'Försök igen'],
    en: ['Integration Atlas', 'Loading the services…', 'The connection failed. Check your network connection and try again.', 'Try again'],
    uk: ['Integration Atlas', 'Завантаження послуг…', 'Не вдалося з’єднатися. Перевірте підключення до мережі та спробуйте ще раз.', 'Спробувати ще раз'],
    ru: ['Integration Atlas', 'Загрузка услуг…', 'Не удалось установить соединение. Проверьте подключение к сети и попробуйте ещё раз.', 'Попробовать ещё раз'],
    ar: ['Integration Atlas', 'جارٍ تحميل الخدمات…', 'فشل الاتصال. تحقّق من اتصالك بالشبكة ثم حاول مرة أخرى.', 'حاول مرة أخرى'],
  };
  const first = location.pathname.split('/')[1];
  const lang = Object.hasOwn(texts, first) ? first : 'fi';
  const [name, loading, failure, retry] = texts[lang];
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  const screen = document.getElementById('boot');
  if (!screen) return;
  screen.querySelector('.boot-name').textContent = name;
  screen.querySelector('.boot-text').textContent = loading;

  const failed = () => {
    if (!screen.isConnected || screen.hasAttribute('data-failed')) return;
    // A list shown before the app (public/kept-view.js) would wait for an app that is not coming.
    screen.querySelector('.kept-view')?.remove();
    screen.classList.remove('is-kept');
    screen.removeAttribute('data-kept');
    screen.setAttribute('data-failed', '');
    screen.querySelector('.spinner')?.remove();
    screen.querySelector('.boot-text').textContent = failure;
    const again = document.createElement('a');
    again.className = 'button';
    again.href = location.href;
    again.textContent = retry;
    screen.append(again);
  };
  addEventListener('atlas-boot-failed', failed);
  document.querySelector('script[data-atlas-js]')?.addEventListener('error', failed);
})();
