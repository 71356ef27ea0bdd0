// Run as a worker by public/preload.js: the browser's international data made ready off the page's
// main thread. A page's first Intl object cost 67–111 ms on a slow phone (CPU ÷4, measured), and
// the first list names its services' languages (Intl.DisplayNames, src/browser.rs). That data is
// kept for the whole browser process, so a worker's first use spares the page's own (measured: 0 ms
// on the page after the worker's). The worker's name is the UI language.
try {
  new Intl.DisplayNames([self.name || 'fi'], { type: 'language' }).of('en');
} catch {
  // No Intl.DisplayNames: the app names languages by their codes.
}
close();
