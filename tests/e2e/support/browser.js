'use strict';
// Launches Debian's Chromium through playwright-core (which never downloads a browser), with the
// flags that keep it quiet on a machine with no network (shared/design/toolchain.md 6.2) and a
// host resolver that refuses every name but the loopback server, so nothing can leave the machine
// (security-privacy.md b.2). Each test gets a fresh context: no cookies, storage or cache shared.

const fs = require('node:fs');
const { chromium } = require('playwright-core');
const { QUIET_FLAGS } = require('./chromium-flags');

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const ARGS = ['--headless', ...QUIET_FLAGS];

// Report the service worker's own network requests as context 'request' events too, so the
// egress checks see every request the browser makes (Playwright, Chromium only).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

async function launchBrowser() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: run scripts/setup.sh (apt-get install chromium chromium-driver)`);
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
}

/**
 * A fresh context and page. `problems` collects console errors, uncaught page errors, CSP
 * violations and requests that did not go to `origin` (when given); tests assert it is empty at
 * the end.
 */
async function newPage(browser, { origin, allowCspViolations = false, locale, serviceWorkers = 'allow' } = {}) {
  // `locale` sets the browser's language (navigator.languages, Accept-Language). `serviceWorkers:
  // 'block'` keeps every request on the network, where a test's route can change it.
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 }, serviceWorkers, ...(locale ? { locale } : {}) });
  context.setDefaultTimeout(10000);
  const problems = [];
  const requests = [];
  // Every request the browser makes (pages, frames, the service worker), for the egress oracle.
  context.on('request', (request) => {
    const url = request.url();
    requests.push({
      url,
      method: request.method(),
      type: request.resourceType(),
      hasBody: request.postDataBuffer() !== null,
      fromWorker: Boolean(request.serviceWorker()),
      at: Date.now(),
    });
    if (origin && !url.startsWith(origin) && !/^(data|blob):/.test(url)) {
      problems.push(`request to another origin: ${request.method()} ${url}`);
    }
  });
  // Every Content-Security-Policy violation, in any frame, is a problem (T-CSP-2). A test that
  // expects one (the negative control) reads `cspViolations` instead.
  const cspViolations = [];
  await context.exposeBinding('__bptReportCspViolation', ({ frame }, report) => {
    cspViolations.push(report);
    if (!allowCspViolations) problems.push(`CSP violation in ${frame.url()}: ${report}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__bptReportCspViolation(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const where = message.location();
      problems.push(`console error: ${message.text()}${where && where.url ? ` (${where.url}:${where.lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.stack || error.message || error}`));
  return { context, page, problems, requests, cspViolations };
}

module.exports = { launchBrowser, newPage, CHROMIUM, ARGS };
