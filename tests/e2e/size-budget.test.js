'use strict';
// Size budget of a first visit ("Fast and small on a cheap phone"): everything a cold load of
// the built widget fetches, up to 1 s after the intro's Start button is ready (so the service
// worker's precache, the manifest and icons count too), each file once, compressed with brotli
// (quality 11, node's zlib), must fit in 150 KiB. The measurement (support/first-load.js) is the
// one bench/run.sh reports.
//
// So that the test cannot pass by measuring nothing: the list must hold index.html, the
// WebAssembly module and its JavaScript glue, and the total must be the sum of the parts; and a
// negative control measures a copy of dist/ whose page also loads a large incompressible file,
// which must come out bigger by at least that file's size.

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const crypto = require('node:crypto');
const { startEnv, DIST } = require('./support/harness');
const { startServer } = require('./support/server');
const { measureFirstLoad, formatFirstLoad, formatBytes } = require('./support/first-load');

// The budget is 150 KiB (aim 120 KiB). The build is not there (the WebAssembly alone is about
// 181 KiB brotli, mostly Yew and our screens; the Spanish text is a file of its own, 15 KiB), and
// docs/decisions/0002-wasm-size.md shows why no setting gets there. So the test holds a ratchet:
// the first load may not grow past CEILING_BROTLI, and the ceiling is lowered as the size comes
// down, until it reaches the budget. Raising it needs a reason in the commit and in 0002: it was
// raised from 214 to 219 KiB for the text of content release 2026.12.03-1 (the floors,
// combination rules, new questions and explanations, in both languages: +8.8 KiB brotli), and to
// 222 KiB for the hospitals' configuration page, whose checks are the widget's own host
// configuration code exported from the same WebAssembly (+2.2 KiB).
const BUDGET_BROTLI = 150 * 1024;
const CEILING_BROTLI = 222 * 1024;
// The critical path: what must arrive before the first question can show, when "Start now" on
// the prerendered start page is pressed at once (the service worker's precache is not on it).
// The aim is 120 KiB (150 KiB at most); the WebAssembly alone is about 181 KiB, so this is a
// ratchet, lowered as the size comes down (docs/decisions/0002-wasm-size.md): 213 KiB when the
// start page was prerendered (212.0 KiB measured), 198 KiB once languages other than English
// became files loaded when chosen (196.5 KiB measured).
const CRITICAL_BUDGET_BROTLI = 150 * 1024;
const CRITICAL_CEILING_BROTLI = 198 * 1024;
const EXTRA_BYTES = 200 * 1024;

describe('size budget of the first load', () => {
  let env;
  let measured;
  before(async () => {
    env = await startEnv();
    measured = await measureFirstLoad(env.browser, env.url, { root: DIST });
  });
  after(async () => {
    if (env) await env.stop();
  });

  it('measures the files the first load really fetches', (t) => {
    // One diagnostic per line: the TAP reporter escapes newlines inside one.
    t.diagnostic(`first load of ${env.url} (support/first-load.js):`);
    for (const line of formatFirstLoad(measured).split('\n')) t.diagnostic(line);
    const paths = measured.files.map((f) => f.path);
    assert.ok(paths.includes('index.html'), `index.html is not in the list: ${paths.join(', ')}`);
    assert.ok(paths.some((p) => p.endsWith('.wasm')), `no .wasm in the list: ${paths.join(', ')}`);
    assert.ok(
      paths.some((p) => p.endsWith('.js') && p !== 'sw.js' && !p.startsWith('start-')),
      `the wasm-bindgen glue (.js) is not in the list: ${paths.join(', ')}`,
    );
    assert.deepEqual(measured.foreign, [], 'requests to other origins');
    for (const key of ['raw', 'gzip', 'brotli']) {
      const sum = measured.files.reduce((n, f) => n + f[key], 0);
      assert.ok(sum > 0, `${key}: nothing measured`);
      assert.equal(measured.totals[key], sum, `${key}: the total is not the sum of the files`);
    }
    const wasm = measured.files.find((f) => f.path.endsWith('.wasm'));
    const onDisk = fs.statSync(path.join(DIST, wasm.path)).size;
    assert.equal(wasm.raw, onDisk, 'raw bytes of the wasm = its size in dist/');
    assert.ok(wasm.brotli < wasm.gzip && wasm.gzip < wasm.raw, 'brotli < gzip < raw for the wasm');
  });

  it(`stays within the ceiling of ${CEILING_BROTLI / 1024} KiB brotli, on the way to ${BUDGET_BROTLI / 1024} KiB`, (t) => {
    t.diagnostic(
      `total brotli ${formatBytes(measured.totals.brotli)}; ceiling ${formatBytes(CEILING_BROTLI)}; budget ${formatBytes(BUDGET_BROTLI)} ` +
        `(${measured.totals.brotli <= BUDGET_BROTLI ? 'met: set CEILING_BROTLI to BUDGET_BROTLI' : `over by ${formatBytes(measured.totals.brotli - BUDGET_BROTLI)}`}; ` +
        `before the Start button was ready: ${formatBytes(measured.beforeReady.brotli)})`,
    );
    const biggest = measured.files
      .slice(0, 3)
      .map((f) => `${f.path} ${formatBytes(f.brotli)}`)
      .join(', ');
    assert.ok(CEILING_BROTLI >= BUDGET_BROTLI, 'the ceiling never goes below the budget');
    assert.ok(
      measured.totals.brotli <= CEILING_BROTLI,
      `the first load is ${formatBytes(measured.totals.brotli)} brotli, over the ceiling of ${formatBytes(CEILING_BROTLI)} ` +
        `by ${formatBytes(measured.totals.brotli - CEILING_BROTLI)} (budget ${formatBytes(BUDGET_BROTLI)}); biggest: ${biggest}`,
    );
  });

  it(`the critical path to the first question stays within ${CRITICAL_CEILING_BROTLI / 1024} KiB brotli, on the way to ${CRITICAL_BUDGET_BROTLI / 1024} KiB`, async (t) => {
    // Press "Start now" the moment it shows (the prerendered page), then wait for the question.
    const startAtOnce = async (page, timeout) => {
      await page.locator('[data-action="start"]').first().click({ timeout });
      await page.locator('form[data-step]').waitFor({ state: 'visible', timeout });
    };
    const run = await measureFirstLoad(env.browser, env.url, { root: DIST, ready: startAtOnce, settleMs: 0, quietMs: 0, maxExtraWaitMs: 0 });
    const critical = run.files.filter((f) => f.phase === 'load' && f.by === 'page');
    const total = critical.reduce((n, f) => n + f.brotli, 0);
    t.diagnostic(`critical path: ${critical.map((f) => `${f.path} ${formatBytes(f.brotli)}`).join(', ')}; total ${formatBytes(total)} brotli`);
    const paths = critical.map((f) => f.path);
    assert.ok(paths.includes('index.html') && paths.some((p) => p.endsWith('.wasm')), `the page and the wasm are on it: ${paths.join(', ')}`);
    assert.ok(!paths.some((p) => p.startsWith('configure') || p === 'questionnaire.fhir.json'), `nothing for hospitals on it: ${paths.join(', ')}`);
    assert.ok(CRITICAL_CEILING_BROTLI >= CRITICAL_BUDGET_BROTLI, 'the ceiling never goes below the budget');
    assert.ok(total <= CRITICAL_CEILING_BROTLI, `the critical path is ${formatBytes(total)} brotli, over the ceiling of ${formatBytes(CRITICAL_CEILING_BROTLI)}`);
  });

  it('negative control: a page that also loads a large file measures bigger', async (t) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bpt-size-control-'));
    let server;
    try {
      fs.cpSync(DIST, dir, { recursive: true });
      // Random bytes do not compress: brotli of this file is about its raw size. An <img> is
      // allowed by the page's Content-Security-Policy (img-src 'self').
      fs.writeFileSync(path.join(dir, 'extra-large.png'), crypto.randomBytes(EXTRA_BYTES));
      const index = path.join(dir, 'index.html');
      const html = fs.readFileSync(index, 'utf8');
      assert.ok(html.includes('<body>'), 'index.html has no <body> to add the image to');
      fs.writeFileSync(index, html.replace('<body>', '<body>\n    <img src="extra-large.png" alt="" width="1" height="1" />'));
      server = await startServer(dir);
      const control = await measureFirstLoad(env.browser, server.url, { root: dir });
      t.diagnostic(`control: ${formatBytes(control.totals.brotli)} brotli vs ${formatBytes(measured.totals.brotli)}`);
      const extra = control.files.find((f) => f.path === 'extra-large.png');
      assert.ok(extra, `the extra file was not counted: ${control.files.map((f) => f.path).join(', ')}`);
      assert.ok(extra.brotli >= EXTRA_BYTES * 0.99, `brotli of random bytes: ${extra.brotli}`);
      assert.ok(
        control.totals.brotli >= measured.totals.brotli + EXTRA_BYTES * 0.95,
        `the control (${control.totals.brotli}) is not bigger than the widget (${measured.totals.brotli}) by the extra file`,
      );
    } finally {
      if (server) await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
