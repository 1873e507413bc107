'use strict';
// What a first visit downloads: the size measurement shared by size-budget.test.js and the
// benchmark (bench/run.sh).
//
// measureFirstLoad(browser, url, { root }) opens `url` in a fresh browser context (empty cache,
// no service worker), waits for the intro's "Start now" button to be visible and enabled, waits
// `settleMs` (1 s) more and then until no request has been in flight for a moment, so that what
// the page fetches right after load (the service worker script and the files it precaches, the
// manifest and icons, when the browser asks for them) is counted too. It returns every
// same-origin file fetched, once each (query strings dropped), with its size read from `root`
// on disk: raw, gzip (level 9) and brotli (quality 11), both from node's zlib, plus the totals:
//
//   { files: [{ path, raw, gzip, brotli, type, by, phase, fetches }], totals: { raw, gzip, brotli },
//     beforeReady: { raw, gzip, brotli } (the files of phase 'load' only), notFound: [path],
//     foreign: [url], readyMs }
//
//   by      'page' or 'service worker' (who fetched it first)
//   phase   'load' (before the Start button was ready) or 'after' (in the settle time after it)
// Requests that got no 2xx response are listed in `notFound` and not counted; requests to other
// origins are listed in `foreign` (there should be none).

const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const START = /^[^\p{L}\p{N}]*Start now/u;

const compressed = new Map();

/** { raw, gzip, brotli } bytes of a file, cached by path, size and modification time. */
function sizes(file) {
  const stat = fs.statSync(file);
  const key = `${file}\0${stat.size}\0${stat.mtimeMs}`;
  if (!compressed.has(key)) {
    const body = fs.readFileSync(file);
    compressed.set(key, {
      raw: body.length,
      gzip: zlib.gzipSync(body, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(body, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      }).length,
    });
  }
  return compressed.get(key);
}

/** Waits for the intro's Start button (by data-action="start", else by its English name):
 *  visible and enabled. */
async function defaultReady(page, timeout) {
  const start = page.locator('[data-action="start"]').or(page.getByRole('button', { name: START })).first();
  await start.waitFor({ state: 'visible', timeout });
  const deadline = Date.now() + timeout;
  while (!(await start.isEnabled())) {
    if (Date.now() > deadline) throw new Error(`the Start button stayed disabled for ${timeout} ms`);
    await page.waitForTimeout(20);
  }
}

/**
 * Measures the first load of `url` (see the top of this file).
 *   root      the directory served at `url` (default: the repository's dist/)
 *   settleMs  how long to keep recording after the Start button is ready (default 1000)
 *   ready     async (page, timeout) => resolves when the page is ready (default: Start button)
 *   timeout   ms to wait for readiness (default 20000)
 *   contextOptions  extra options for browser.newContext
 */
async function measureFirstLoad(browser, url, options = {}) {
  const {
    root = path.join(__dirname, '..', '..', '..', 'dist'),
    settleMs = 1000,
    ready = defaultReady,
    timeout = 20000,
    quietMs = 300,
    maxExtraWaitMs = 5000,
    contextOptions = {},
  } = options;
  const base = new URL(url);
  const origin = base.origin;
  const basePath = base.pathname.endsWith('/') ? base.pathname : base.pathname.replace(/[^/]*$/, '');
  const context = await browser.newContext({ locale: 'en-GB', serviceWorkers: 'allow', ...contextOptions });
  const seen = new Map();
  const notFound = new Set();
  const foreign = [];
  let inFlight = 0;
  let lastActivity = Date.now();
  let readyAt = null;

  const pathOf = (requestUrl) => {
    const u = new URL(requestUrl);
    let p = decodeURIComponent(u.pathname);
    if (p.endsWith('/')) p += 'index.html';
    if (!p.startsWith(basePath)) return null;
    return p.slice(basePath.length);
  };

  context.on('request', (request) => {
    const requestUrl = request.url();
    if (/^(data|blob):/.test(requestUrl)) return;
    inFlight += 1;
    lastActivity = Date.now();
    if (!requestUrl.startsWith(origin + '/')) {
      foreign.push(requestUrl);
      return;
    }
    const p = pathOf(requestUrl);
    if (p === null) {
      foreign.push(requestUrl);
      return;
    }
    const entry = seen.get(p);
    if (entry) {
      entry.fetches += 1;
      return;
    }
    seen.set(p, {
      path: p,
      type: request.resourceType(),
      by: request.serviceWorker() ? 'service worker' : 'page',
      phase: readyAt === null ? 'load' : 'after',
      fetches: 1,
      ok: false,
    });
  });
  const done = async (request, failed) => {
    inFlight = Math.max(0, inFlight - 1);
    lastActivity = Date.now();
    const requestUrl = request.url();
    if (!requestUrl.startsWith(origin + '/')) return;
    const p = pathOf(requestUrl);
    const entry = p === null ? null : seen.get(p);
    if (!entry) return;
    if (failed) return;
    const response = await request.response().catch(() => null);
    if (response && response.status() >= 200 && response.status() < 300) entry.ok = true;
  };
  context.on('requestfinished', (request) => done(request, false));
  context.on('requestfailed', (request) => done(request, true));

  let readyMs;
  try {
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(url, { timeout });
    await ready(page, timeout);
    readyAt = Date.now();
    readyMs = readyAt - started;
    await page.waitForTimeout(settleMs);
    // Then until the network has been quiet for a moment (the service worker's precache).
    const deadline = Date.now() + maxExtraWaitMs;
    while ((inFlight > 0 || Date.now() - lastActivity < quietMs) && Date.now() < deadline) {
      await page.waitForTimeout(50);
    }
    // Let the last response handlers run.
    await page.waitForTimeout(50);
  } finally {
    await context.close().catch(() => {});
  }

  const files = [];
  for (const entry of seen.values()) {
    const file = path.resolve(root, entry.path);
    if (!entry.ok || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      notFound.add(entry.path);
      continue;
    }
    const { ok, ...rest } = entry;
    files.push({ ...rest, ...sizes(file) });
  }
  files.sort((a, b) => b.brotli - a.brotli || a.path.localeCompare(b.path));
  const sum = (list) =>
    list.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  const totals = sum(files);
  const beforeReady = sum(files.filter((f) => f.phase === 'load'));
  return { url, files, totals, beforeReady, notFound: [...notFound].sort(), foreign, readyMs };
}

/** Bytes as "12,345 (12.1 KiB)". */
function formatBytes(n) {
  return `${n.toLocaleString('en-GB')} (${(n / 1024).toFixed(1)} KiB)`;
}

/** The measurement as a Markdown table. */
function formatFirstLoad(result) {
  const rows = [
    '| file | fetched by | when | fetches | raw | gzip -9 | brotli 11 |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: |',
    ...result.files.map(
      (f) =>
        `| ${f.path} | ${f.by} | ${f.phase === 'load' ? 'load' : 'after load'} | ${f.fetches} | ${f.raw.toLocaleString('en-GB')} | ${f.gzip.toLocaleString('en-GB')} | ${f.brotli.toLocaleString('en-GB')} |`,
    ),
    `| before the Start button was ready | | | | ${formatBytes(result.beforeReady.raw)} | ${formatBytes(result.beforeReady.gzip)} | ${formatBytes(result.beforeReady.brotli)} |`,
    `| **total (${result.files.length} files, each counted once)** | | | | **${formatBytes(result.totals.raw)}** | **${formatBytes(result.totals.gzip)}** | **${formatBytes(result.totals.brotli)}** |`,
  ];
  if (result.notFound.length > 0) rows.push('', `Requested but not served (not counted): ${result.notFound.join(', ')}`);
  if (result.foreign.length > 0) rows.push('', `Requests to other origins (not counted): ${result.foreign.join(', ')}`);
  return rows.join('\n');
}

module.exports = { measureFirstLoad, formatFirstLoad, formatBytes, fileSizes: sizes };
