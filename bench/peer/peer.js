// The benchmark's peer: a plain JavaScript finder over the same dataset, written the way such maps
// are usually written, and written to be fast within that approach: markers are made once at load
// and reused; filtering walks services in a name order sorted once; clustering is
// Leaflet.markercluster with chunked loading (its advice for large sets). It shows the first 50
// hits in the list, like the app. The harness measures it beside the app in the same browser.
//
// Query: ?data=URL (the dataset), &tiles=URL template.
'use strict';

(async function main() {
  performance.mark('peer:script-start');
  const params = new URLSearchParams(location.search);
  const PAGE = 50;
  const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const pick = (t) => (t && (t.en || t.fi || t.sv || Object.values(t)[0])) || '';

  const map = L.map('map', { zoomControl: true }).setView([64.5, 26.0], 5);
  L.tileLayer(params.get('tiles') || '/tiles/{z}/{x}/{y}.png', { maxZoom: 18 }).addTo(map);
  const clusters = L.markerClusterGroup({ chunkedLoading: true });
  map.addLayer(clusters);

  performance.mark('peer:dataset-requested');
  const response = await fetch(params.get('data'));
  const data = await response.json();
  performance.mark('peer:dataset-received');
  const municipalities = new Map((data.municipalities || []).map((m) => [m.code, m]));
  const services = (data.services || []).filter(
    (s) => s && s.location && Number.isFinite(s.location.lat) && Number.isFinite(s.location.lon),
  );
  const collator = new Intl.Collator('en');
  const rows = services.map((s) => {
    const m = municipalities.get(s.municipality);
    const words = [
      ...Object.values(s.name || {}),
      ...Object.values((s.address && s.address.street) || {}),
      ...Object.values((m && m.name) || {}),
    ];
    const name = pick(s.name);
    const marker = L.marker([s.location.lat, s.location.lon], { keyboard: false, title: name });
    marker.bindPopup(() => {
      const p = document.createElement('p');
      p.textContent = name;
      return p;
    });
    return { s, name, key: fold(words.join(' ')), languages: s.languages || [], marker };
  });
  rows.sort((a, b) => collator.compare(a.name, b.name));
  performance.mark('peer:dataset-ready');

  // Language checkboxes with the same markup shape as the app's (value = language code).
  const counts = new Map();
  for (const r of rows) for (const l of r.languages) counts.set(l, (counts.get(l) || 0) + 1);
  const fieldset = document.getElementById('languages');
  for (const [code] of [...counts].sort((a, b) => b[1] - a[1])) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.value = code;
    box.addEventListener('change', update);
    label.append(box, ' ', code);
    fieldset.append(label);
  }
  const input = document.getElementById('finder-q');
  input.addEventListener('input', update);

  const list = document.getElementById('results');
  const count = document.getElementById('count');

  function update() {
    const words = fold(input.value).split(/\s+/).filter(Boolean);
    const langs = [...fieldset.querySelectorAll('input:checked')].map((b) => b.value);
    const hits = rows.filter(
      (r) =>
        words.every((w) => r.key.includes(w)) && (langs.length === 0 || langs.some((l) => r.languages.includes(l))),
    );
    count.textContent = `${hits.length} services`;
    const items = hits.slice(0, PAGE).map((r) => {
      const li = document.createElement('li');
      const h = document.createElement('h2');
      h.textContent = r.name;
      const p = document.createElement('p');
      p.textContent = r.languages.join(', ');
      li.append(h, p);
      return li;
    });
    list.replaceChildren(...items);
    clusters.clearLayers();
    clusters.addLayers(hits.map((r) => r.marker));
  }
  update();
})().catch((err) => {
  document.body.textContent = `peer failed: ${err}`;
});
