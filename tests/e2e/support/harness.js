'use strict';
// Shared set-up for the e2e test files: serve the built dist/, launch Chromium once per file, and
// run each test in a fresh browser context that fails the test on any console error, uncaught page
// error or request to another origin. On failure a screenshot goes to tests/e2e/artifacts/.

const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { startServer } = require('./server');
const { launchBrowser, newPage } = require('./browser');
const { assertEgressClean } = require('./egress');
const { REPO_ROOT } = require('./assess');

const DIST = process.env.E2E_DIST ? path.resolve(process.env.E2E_DIST) : path.join(REPO_ROOT, 'dist');
const ARTIFACTS = path.join(__dirname, '..', 'artifacts');

function requireDist() {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) {
    throw new Error(`${path.join(DIST, 'index.html')} is missing: build the widget first with scripts/build.sh (trunk build --release)`);
  }
}

/** Starts the server and the browser; call from a `before` hook. */
async function startEnv() {
  requireDist();
  const server = await startServer(DIST);
  let browser;
  try {
    browser = await launchBrowser();
  } catch (e) {
    await server.close();
    throw e;
  }
  return {
    server,
    browser,
    url: server.url,
    async stop() {
      await browser.close().catch(() => {});
      await server.close();
    },
  };
}

/**
 * Runs `fn({ page, context, env, problems })` on a fresh page that has loaded the widget (with
 * the browser language `locale`, the URL `query`, such as `?lang=es`, and `serviceWorkers:
 * 'block'`, when given), then
 * asserts that no console error, page error, CSP violation or foreign request happened, and
 * that every request was a plain GET of a built file (support/egress.js).
 */
async function withPage(env, name, fn, { locale, query = '', serviceWorkers } = {}) {
  assert.ok(env, 'the e2e environment did not start (see the error of the `before` hook)');
  const origin = env.url.replace(/\/$/, '');
  const { context, page, problems, requests } = await newPage(env.browser, { origin, locale, serviceWorkers });
  const firstLogEntry = env.server.requests.length;
  let failed = true;
  try {
    await page.goto(env.url + query);
    await fn({ page, context, env, problems });
    failed = false;
  } catch (e) {
    if (problems.length > 0) e.message += `\nAlso seen in the browser:\n  ${problems.join('\n  ')}`;
    throw e;
  } finally {
    if (failed) {
      try {
        fs.mkdirSync(ARTIFACTS, { recursive: true });
        const file = path.join(ARTIFACTS, `${name.replace(/[^a-z0-9]+/gi, '-')}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(`screenshot of the failure: ${path.relative(REPO_ROOT, file)}`);
      } catch {
        /* the page may be gone */
      }
    }
    await context.close().catch(() => {});
  }
  assert.deepEqual(problems, [], 'console errors, page errors, CSP violations or requests to another origin');
  // Every test run through here is also a privacy test: the egress oracle, both ways.
  assertEgressClean({
    browserRequests: requests,
    serverLog: env.server.requests.slice(firstLogEntry).map(({ method, url }) => ({ method, uri: url })),
    origin,
    dist: DIST,
  });
}

/** Compares a widget result with the `assess` output (cancers as a set). */
function assertSameAdvice(widget, oracle, label) {
  assert.equal(widget.urgency, oracle.urgency, `${label}: data-urgency vs assess`);
  assert.deepEqual([...widget.cancers].sort(), [...oracle.cancers].sort(), `${label}: data-cancers vs assess (as sets)`);
}

module.exports = { startEnv, withPage, requireDist, assertSameAdvice, DIST };
