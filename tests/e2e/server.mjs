// A small static server for the end-to-end tests (and the benchmark and the build's first views,
// scripts/first-view.mjs, which draw from it with local map tiles). No dependencies: node:http only.
//
//   import { startServer } from './server.mjs';
//   const server = await startServer({ root: 'dist', port: 0 });   // → { url, port, close, ... }
//
//   node tests/e2e/server.mjs [--root dist] [--port 8081]           // the same, from a shell
//
// What it serves (every reply carries Cache-Control: no-store):
//   /config.json           the test config: public/config.json with tile_url pointing here and
//                          tile_attribution "test tiles"; `config` (merged over it) or `configBody`
//                          (a raw string, may be invalid JSON) override it, also later via setConfig()
//   /tiles/{z}/{x}/{y}.png a 256×256 light-grey PNG made in code; counted in `tileRequests`
//   /fixtures/<name>       files from tests/e2e/fixtures/
//   /fault/status/<code>   an empty reply with that status
//   /fault/slow?ms=N       the default dataset after N ms
//   /fault/truncated       the first half of the default dataset (broken JSON)
//   /fault/hang            never answers (until the server closes): a timeout
//   /generated/<name>      large or hostile fixtures made in code (see generatedFixture)
//   POST /csp-report       a Content-Security-Policy violation report; kept in `cspReports`
// Every reply carries the strict Content-Security-Policy of docs/SECURITY.md (`csp` option), with
// the tile origin and the config's allowed_dataset_origins filled in and report-uri /csp-report.
//   anything else          a file from `root`; a path without an extension that is not a file gets
//                          index.html (the app's client routes, e.g. /fi/services/x)

import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generatedFixture } from './hostile.mjs';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES_DIR = path.join(REPO_ROOT, 'tests', 'e2e', 'fixtures');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ftl': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

export function contentType(file) {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

// ---------------------------------------------------------------- the tile PNG

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A valid greyscale PNG of `size`×`size` pixels, all of value `grey` (0–255). */
export function makePng(size = 256, grey = 0xdd) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // colour type: greyscale
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter
  ihdr[12] = 0; // interlace
  const row = Buffer.alloc(size + 1, grey);
  row[0] = 0; // filter type None
  const raw = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const TILE_PNG = makePng();

// ---------------------------------------------------------------- the server

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** The file under `dir` that `rel` names, or null when it escapes `dir` or is not a file. */
function fileUnder(dir, rel) {
  let decoded;
  try {
    decoded = decodeURIComponent(rel);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const full = path.resolve(dir, '.' + path.posix.normalize('/' + decoded));
  if (full !== dir && !full.startsWith(dir + path.sep)) return null;
  try {
    return fs.statSync(full).isFile() ? full : null;
  } catch {
    return null;
  }
}

/**
 * Start the server. Options:
 *   root        directory to serve (relative to the repository root unless absolute); default 'dist'
 *   port        0 (default) picks a free port
 *   host        default '127.0.0.1'
 *   config      object merged over the test config served at /config.json
 *   configBody  raw string served at /config.json instead (for broken configs)
 *   dataset     file (relative to the repository root) used by /fault/slow and /fault/truncated;
 *               default <root>/data/atlas.json, else public/data/atlas.json
 *   mounts      { '/prefix/': 'dir' }: more directories to serve (relative to the repository root
 *               unless absolute), e.g. the benchmark's peer page and datasets
 *   quiet       no log line per request when run from the CLI (default true for the API)
 *   csp         true (default): send the strict policy; false: none
 * Returns { url, origin, port, close(), setConfig(obj|null), setConfigBody(str|null), testConfig(),
 *           tileRequests, requests, cspReports, contentSecurityPolicy(), resetCounts() }.
 */
export async function startServer(options = {}) {
  const {
    root = 'dist',
    port = 0,
    host = '127.0.0.1',
    config = null,
    configBody = null,
    dataset = null,
    mounts = {},
    quiet = true,
    csp = true,
    // Files sent compressed, as a static host with precompressed files sends them (brotli 11 or
    // gzip 9, whichever the browser accepts; the benchmark's mobile profile). Off in the tests.
    compress = false,
  } = options;
  const rootDir = path.resolve(REPO_ROOT, root);

  const state = {
    configOverride: config,
    configBody,
    tileRequests: 0,
    requests: [],
    cspReports: [],
    hanging: new Set(),
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' });
      res.end(String(err?.stack ?? err));
    });
  });

  let baseUrl = '';

  function testConfig() {
    const base = readJson(path.join(REPO_ROOT, 'public', 'config.json')) ?? {};
    return {
      ...base,
      tile_url: `${baseUrl}/tiles/{z}/{x}/{y}.png`,
      tile_attribution: 'test tiles',
      ...(state.configOverride ?? {}),
    };
  }

  function datasetFile() {
    if (dataset) return path.resolve(REPO_ROOT, dataset);
    const inRoot = path.join(rootDir, 'data', 'atlas.json');
    return fs.existsSync(inRoot) ? inRoot : path.join(REPO_ROOT, 'public', 'data', 'atlas.json');
  }

  /** The strict policy of docs/SECURITY.md for this server's config. */
  function contentSecurityPolicy() {
    const config = testConfig();
    let tileOrigin = '';
    try {
      tileOrigin = new URL(String(config.tile_url).replace(/[{}]/g, '')).origin;
    } catch {
      tileOrigin = '';
    }
    const datasetOrigins = Array.isArray(config.allowed_dataset_origins) ? config.allowed_dataset_origins : [];
    return [
      "default-src 'self'",
      "script-src 'self' 'wasm-unsafe-eval'",
      "style-src 'self'",
      `img-src 'self' data: ${tileOrigin}`.trim(),
      `connect-src 'self' ${datasetOrigins.join(' ')}`.trim(),
      // The embed's hosts: this machine on any port (the embed test's host page runs on another one).
      "frame-ancestors 'self' http://127.0.0.1:*",
      "base-uri 'self'",
      "form-action 'self'",
      "object-src 'none'",
      'report-uri /csp-report',
    ].join('; ');
  }

  function send(req, res, status, body, type, extra = {}) {
    const buf = Buffer.isBuffer(body) ? body : Buffer.from(body ?? '');
    res.writeHead(status, {
      'Content-Type': type,
      'Content-Length': buf.length,
      'Cache-Control': 'no-store',
      'Access-Control-Allow-Origin': '*',
      ...(csp ? { 'Content-Security-Policy': contentSecurityPolicy() } : {}),
      ...extra,
    });
    res.end(req.method === 'HEAD' ? undefined : buf);
  }

  const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.ftl', '.svg', '.txt', '.csv']);
  const compressedFiles = new Map();
  function sendFile(req, res, file, status = 200) {
    const body = fs.readFileSync(file);
    const accepts = String(req.headers['accept-encoding'] ?? '');
    if (!compress || !COMPRESSIBLE.has(path.extname(file).toLowerCase()) || !/\b(br|gzip)\b/.test(accepts)) {
      return send(req, res, status, body, contentType(file));
    }
    // Brotli 11 of a 99 MB dataset takes minutes: a big file goes as gzip, as a host compressing
    // on the fly sends it.
    const encoding = /\bbr\b/.test(accepts) && body.length <= 8 << 20 ? 'br' : 'gzip';
    const key = `${encoding} ${file}`;
    const stat = fs.statSync(file);
    let kept = compressedFiles.get(key);
    if (!kept || kept.mtimeMs !== stat.mtimeMs || kept.size !== stat.size) {
      const packed =
        encoding === 'br'
          ? zlib.brotliCompressSync(body, {
              params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
            })
          : zlib.gzipSync(body, { level: body.length <= 8 << 20 ? 9 : 6 });
      kept = { mtimeMs: stat.mtimeMs, size: stat.size, packed };
      compressedFiles.set(key, kept);
    }
    return send(req, res, status, kept.packed, contentType(file), { 'Content-Encoding': encoding, Vary: 'Accept-Encoding' });
  }

  async function handle(req, res) {
    const url = new URL(req.url, 'http://x');
    const p = url.pathname;
    state.requests.push({ method: req.method, path: p + url.search });
    if (!quiet) console.log(`${req.method} ${req.url}`);

    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Methods': 'GET, HEAD',
        'Access-Control-Allow-Headers': '*',
        'Cache-Control': 'no-store',
      });
      return res.end();
    }
    if (req.method === 'POST' && p === '/csp-report') {
      const chunks = [];
      for await (const c of req) chunks.push(c);
      let report;
      try {
        report = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        report = { unparsed: Buffer.concat(chunks).toString('utf8') };
      }
      state.cspReports.push(report);
      res.writeHead(204, { 'Cache-Control': 'no-store' });
      return res.end();
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(req, res, 405, 'method not allowed', 'text/plain', { Allow: 'GET, HEAD' });
    }

    if (p === '/config.json') {
      if (state.configBody != null) return send(req, res, 200, state.configBody, TYPES['.json']);
      return send(req, res, 200, JSON.stringify(testConfig(), null, 2), TYPES['.json']);
    }

    const tile = /^\/tiles\/(\d+)\/(\d+)\/(\d+)\.png$/.exec(p);
    if (tile) {
      state.tileRequests++;
      return send(req, res, 200, TILE_PNG, 'image/png');
    }

    if (p.startsWith('/fixtures/')) {
      const file = fileUnder(FIXTURES_DIR, p.slice('/fixtures/'.length));
      if (!file) return send(req, res, 404, 'no such fixture', 'text/plain');
      return sendFile(req, res, file);
    }

    if (p.startsWith('/generated/')) {
      const made = generatedFixture(p.slice('/generated/'.length));
      if (!made) return send(req, res, 404, 'no such generated fixture', 'text/plain');
      return send(req, res, 200, made, TYPES['.json']);
    }

    if (p.startsWith('/fault/')) {
      const status = /^\/fault\/status\/(\d{3})$/.exec(p);
      if (status) {
        const code = Number(status[1]);
        return send(req, res, code, code === 204 || code === 304 ? '' : `fault ${code}`, 'text/plain');
      }
      const data = datasetFile();
      if ((p === '/fault/slow' || p === '/fault/truncated') && !fs.existsSync(data)) {
        return send(req, res, 404, `no dataset at ${data}`, 'text/plain');
      }
      if (p === '/fault/slow') {
        const ms = Math.max(0, Math.min(Number(url.searchParams.get('ms') ?? 1000) || 0, 120_000));
        await new Promise((r) => setTimeout(r, ms));
        return sendFile(req, res, data);
      }
      if (p === '/fault/truncated') {
        const body = fs.readFileSync(data);
        return send(req, res, 200, body.subarray(0, Math.floor(body.length / 2)), TYPES['.json']);
      }
      if (p === '/fault/hang') {
        state.hanging.add(res);
        res.on('close', () => state.hanging.delete(res));
        return;
      }
      return send(req, res, 404, 'no such fault', 'text/plain');
    }

    const rel = p.endsWith('/') ? p + 'index.html' : p;
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (!rel.startsWith(prefix)) continue;
      const mounted = fileUnder(path.resolve(REPO_ROOT, dir), rel.slice(prefix.length));
      if (!mounted) return send(req, res, 404, 'not found', 'text/plain');
      return sendFile(req, res, mounted);
    }
    const file = fileUnder(rootDir, rel);
    if (file) return sendFile(req, res, file);

    // Client routes: a path whose last segment has no extension gets the app's index.html.
    const last = p.split('/').pop();
    if (!path.extname(last) || p.endsWith('/')) {
      const index = path.join(rootDir, 'index.html');
      if (fs.existsSync(index)) return sendFile(req, res, index);
      return send(req, res, 404, `no index.html in ${rootDir}: build first (trunk build --release --offline)`, 'text/plain');
    }
    // The browser asks for a favicon on its own; don't let a missing one show up as a console error.
    if (p === '/favicon.ico') return send(req, res, 204, '', 'image/x-icon');
    return send(req, res, 404, 'not found', 'text/plain');
  }

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const actualPort = server.address().port;
  baseUrl = `http://${host}:${actualPort}`;

  return {
    url: baseUrl,
    origin: baseUrl,
    port: actualPort,
    root: rootDir,
    get tileRequests() {
      return state.tileRequests;
    },
    get requests() {
      return state.requests;
    },
    get cspReports() {
      return state.cspReports;
    },
    contentSecurityPolicy,
    resetCounts() {
      state.tileRequests = 0;
      state.requests.length = 0;
      state.cspReports.length = 0;
    },
    /** Merge `obj` over the test config from now on; null goes back to the plain test config. */
    setConfig(obj) {
      state.configOverride = obj;
      state.configBody = null;
    },
    /** Serve this raw string as /config.json from now on; null goes back to the JSON config. */
    setConfigBody(body) {
      state.configBody = body;
    },
    testConfig,
    close() {
      return new Promise((resolve) => {
        for (const res of state.hanging) res.destroy();
        server.closeAllConnections?.();
        server.close(() => resolve());
      });
    },
  };
}

// ---------------------------------------------------------------- CLI

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(name);
    return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
  };
  const server = await startServer({
    root: opt('--root', 'dist'),
    port: Number(opt('--port', '8081')),
    host: opt('--host', '127.0.0.1'),
    quiet: args.includes('--quiet'),
  });
  console.log(`serving ${server.root} at ${server.url}/ (Ctrl-C to stop)`);
  const stop = () => server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
