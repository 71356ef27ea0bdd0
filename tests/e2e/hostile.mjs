// Hostile datasets, made in code (a 50 MB file does not belong in the repository), served by the
// test server at /generated/<name>. Every one keeps a few good records, so a test can check that
// the good ones still show while the bad ones are left out and listed. A record whose only fault is
// an optional field (a javascript: website, a malformed e-mail, a description nested too deep) is
// kept without that field (SPEC §1).
//
//   hostile.json     markup and script payloads in every text field; javascript: and data: URLs;
//                    wrong types; NaN, out-of-range and missing coordinates; duplicate ids;
//                    broken references; a 1 MB description; nesting 40 deep in a record
//   deep.json        nesting 100 000 deep in a record's field, and in a field no record has
//   non-utf8.json    the same file with bytes that are not UTF-8 in a name
//   huge.json        about 50 MB: many valid services with long descriptions

/** The markup payloads put into text fields. */
export const PAYLOADS = [
  '<script>window.__pwned = "script"</script>',
  '<img src=x onerror="window.__pwned=\'img\'">',
  '"><svg onload="window.__pwned=\'svg\'">',
  "'><iframe src=\"javascript:window.__pwned='iframe'\"></iframe>",
  '<a href="javascript:window.__pwned=\'a\'">click</a>',
  '{{7*7}} ${7*7} <style>body{display:none}</style>',
];

const TAMPERE = { lat: 61.4981, lon: 23.7608 };

function base(services, extra = {}) {
  return {
    format: 'integration-atlas/1',
    meta: {
      title: { en: PAYLOADS[0], fi: PAYLOADS[1] },
      publisher: { en: PAYLOADS[2] },
      published: '2026-11-01',
      license: PAYLOADS[3],
      sample: true,
      sources: [{ name: { en: PAYLOADS[4] }, attribution: PAYLOADS[1] }],
    },
    areas: [{ id: 'region:06', kind: 'region', code: '06', name: { fi: 'Pirkanmaa', sv: 'Birkaland' } }],
    municipalities: [
      { code: '837', name: { fi: 'Tampere', sv: 'Tammerfors' }, location: TAMPERE, areas: ['region:06'], languages: ['fi'] },
    ],
    actors: [
      {
        id: 'hostile-actor',
        name: { en: PAYLOADS[2], fi: PAYLOADS[0] },
        level: 'local',
        kind: 'municipality',
        tasks: [],
        area: null,
        municipalities: ['837'],
        valid_from: null,
        valid_to: null,
        successors: [],
        relations: [],
      },
    ],
    services,
    ...extra,
  };
}

/** A valid service whose every text field carries a payload. */
function hostileService(id, i) {
  const p = (k) => PAYLOADS[(i + k) % PAYLOADS.length];
  return {
    id,
    name: { en: `Hostile ${i} ${p(0)}`, fi: `Vihamielinen ${i} ${p(1)}` },
    description: { en: p(2), fi: p(3) },
    provider: 'hostile-actor',
    municipality: '837',
    address: { street: { fi: p(4) }, postal_code: '33100', post_office: { fi: p(5) } },
    location: { lat: TAMPERE.lat + i * 0.001, lon: TAMPERE.lon },
    languages: ['fi', 'en'],
    phones: [{ number: '+358 40 123 4567', info: { en: p(1) } }],
    email: 'office@example.org',
    website: 'https://example.org/guidance?lang=en',
    opening_hours: 'Mo-Fr 09:00-16:00',
    accessibility: { wheelchair: 'yes', info: { en: p(3) } },
  };
}

function badServices() {
  const ok = (id) => ({ id, name: { en: id }, municipality: '837', location: { ...TAMPERE }, languages: ['fi'] });
  let deep = { en: 'deep' };
  for (let i = 0; i < 40; i++) deep = { en: deep };
  return [
    { ...ok('bad-javascript-url'), website: 'javascript:window.__pwned="website"' },
    { ...ok('bad-data-url'), website: 'data:text/html,<script>window.__pwned="data"</script>' },
    { ...ok('bad-vbscript-url'), website: 'vbscript:msgbox(1)' },
    { ...ok('bad-name-type'), name: 42 },
    { ...ok('bad-languages-type'), languages: 'fi' },
    { ...ok('bad-lat-string'), location: { lat: 'NaN', lon: 23.7 } },
    { ...ok('bad-lat-range'), location: { lat: 91, lon: 23.7 } },
    { ...ok('bad-lon-range'), location: { lat: 61.5, lon: -181 } },
    { ...ok('bad-lat-null'), location: { lat: null, lon: 23.7 } },
    { ...ok('bad-no-location'), location: undefined },
    { ...ok('bad-municipality'), municipality: '999' },
    { ...ok('bad-provider'), provider: 'no-such-actor' },
    { ...ok('bad-deep'), description: deep },
    { ...ok('bad-email'), email: 'office(at)example.org<b>', phones: [{ number: '+358 40 765 4321' }, { number: 'javascript:alert(1)' }] },
    ok('hostile-0'), // a duplicate id of the first good one
    'a service that is a string',
    null,
  ];
}

function hostile() {
  const good = [0, 1, 2, 3].map((i) => hostileService(`hostile-${i}`, i));
  const long = hostileService('hostile-long', 4);
  long.description = { en: `${'A very long description. '.repeat(Math.ceil(1_000_000 / 24))}${PAYLOADS[0]}` };
  // NaN is not JSON: written as a bare token, the whole file would be rejected; as a record's
  // value it is checked per record, which is what `bad-lat-string` covers.
  return JSON.stringify(base([...good, long, ...badServices()]));
}

function nonUtf8() {
  const marker = '@@NOT-UTF-8@@';
  const buf = Buffer.from(hostile().replace('"Hostile 1 ', `"Hostile 1 ${marker}`), 'utf8');
  const at = buf.indexOf(Buffer.from(marker));
  // Replace the escaped NUL marker with bytes that are not UTF-8 (a lone continuation byte and an
  // overlong encoding), inside a string of a record.
  const bad = Buffer.from([0xc0, 0xaf, 0xff, 0x80]);
  return Buffer.concat([buf.subarray(0, at), bad, buf.subarray(at + marker.length)]);
}

function huge() {
  const services = [];
  const filler = 'Integration guidance for newcomers in many languages. '.repeat(18);
  let size = 0;
  for (let i = 0; size < 50_000_000; i++) {
    const s = {
      id: `bulk-${i}`,
      name: { en: `Bulk service ${i}`, fi: `Palvelu ${i}` },
      description: { en: filler, fi: filler },
      municipality: '837',
      location: { lat: TAMPERE.lat + (i % 100) * 0.001, lon: TAMPERE.lon + Math.floor(i / 100) * 0.0001 },
      languages: ['fi', 'en'],
    };
    size += JSON.stringify(s).length + 1;
    services.push(s);
  }
  return JSON.stringify(base(services));
}

/**
 * Nesting 100 000 levels deep, past any parser's recursion limit: in a service's description
 * (that service cannot be read), and in a field the format does not have (ignored, as unknown
 * fields are), beside a good service.
 */
function deep() {
  const nest = `${'['.repeat(100_000)}1${']'.repeat(100_000)}`;
  const ok = (id) => JSON.stringify({ id, name: { en: id }, municipality: '837', location: TAMPERE, languages: ['fi'] });
  const services = [
    ok('deep-description').replace(/}$/, `,"description":{"en":${nest}}}`),
    ok('deep-unknown-field').replace(/}$/, `,"x-extra":${nest}}`),
    ok('good'),
  ];
  return JSON.stringify(base([])).replace('"services":[]', `"services":[${services.join(',')}]`);
}

/**
 * 300 good services spread over most of Finland (a fixed pseudo-random walk, so the
 * same every run): at the country's zoom some stand alone and most are clustered.
 */
function many() {
  let seed = 7;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const services = [];
  for (let i = 0; i < 300; i++) {
    services.push({
      id: `many-${i}`,
      name: { en: `Many service ${i}`, fi: `Monipalvelu ${i}` },
      municipality: '837',
      location: { lat: 60 + next() * 8, lon: 21 + next() * 10 },
      languages: ['fi', 'en'],
    });
  }
  return JSON.stringify(base(services));
}

const MAKERS = { 'many.json': many, 'hostile.json': hostile, 'deep.json': deep, 'non-utf8.json': nonUtf8, 'huge.json': huge };
const made = new Map();

/** The body of /generated/<name>, or null when there is no such fixture. Made once per process. */
export function generatedFixture(name) {
  const make = MAKERS[name];
  if (!make) return null;
  if (!made.has(name)) {
    const body = make();
    made.set(name, Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8'));
  }
  return made.get(name);
}
