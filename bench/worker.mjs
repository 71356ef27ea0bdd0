// In the page: whether its document was answered by the service worker, by its fetch handler
// (the worker started for it) or by a static route from its cache (public/sw.js, STATIC_ROUTES;
// the worker is not started, so `workerStart` stays 0 and the route's source is named instead).
export function answeredByWorker() {
  const navigation = performance.getEntriesByType('navigation')[0];
  return navigation.workerStart > 0 || Boolean(navigation.workerFinalSourceType);
}
