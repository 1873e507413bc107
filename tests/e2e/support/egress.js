'use strict';
// The egress oracle (issue 5, T-PRIV-1): every request must be a same-origin GET, without a
// body, of a file that exists in dist/, with no query string except the documented
// configuration parameters on a page load. Checked two independent ways: what the browser
// reported (`context.on('request')`, including the service worker's own fetches) and what the
// server received (its access log).

const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

/** The configuration keys a host may put in the page URL (docs/embedding.md). */
const CONFIG_KEYS = new Set(['lang', 'region', 'parent', 'hospital-name', 'hospital-link', 'hospital-phone', 'theme-button', 'theme-link', 'theme-brand']);

/** Every file in `dist` as a URL path under `base` ("/" or "/tools/backpain/"). */
function servedPaths(dist, base) {
  const paths = new Set([base]);
  const walk = (dir, prefix) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name), `${prefix}${entry.name}/`);
      else paths.add(`${base}${prefix}${entry.name}`);
    }
  };
  walk(dist, '');
  return paths;
}

/** Checks one request's path and query; returns a problem string or null. */
function problemWith({ method, pathname, search, isPage, hasBody }, files) {
  if (method !== 'GET' && method !== 'HEAD') return `${method} ${pathname}`;
  if (hasBody) return `a request with a body: ${pathname}`;
  if (!files.has(pathname)) return `not a built file: ${pathname}`;
  if (search) {
    if (!isPage) return `a query string on ${pathname}${search}`;
    const keys = [...new URLSearchParams(search).keys()];
    const unknown = keys.filter((k) => !CONFIG_KEYS.has(k));
    if (unknown.length > 0) return `undocumented parameters ${unknown.join(', ')} on ${pathname}`;
  }
  return null;
}

const isPagePath = (pathname, base) => pathname === base || pathname === `${base}index.html`;

/**
 * Asserts the browser's requests (from support/browser.js) and the server's log (from
 * support/server.js or support/nginx.js, as { method, uri }) are all clean, for a widget
 * served at `origin` + `base` from `dist`. `allowedOrigins` adds other origins that may be
 * requested (a host page in the embedding test); their requests are the test's business.
 */
function assertEgressClean({ browserRequests, serverLog, origin, base = '/', dist, allowedOrigins = [] }) {
  const files = servedPaths(dist, base);
  const problems = [];
  for (const r of browserRequests) {
    const url = new URL(r.url);
    if (url.protocol === 'data:' || url.protocol === 'blob:') continue;
    if (url.origin !== origin) {
      if (!allowedOrigins.includes(url.origin)) problems.push(`browser: request to another origin: ${r.method} ${r.url}`);
      continue;
    }
    const problem = problemWith(
      { method: r.method, pathname: url.pathname, search: url.search, isPage: r.type === 'document' && isPagePath(url.pathname, base), hasBody: r.hasBody },
      files,
    );
    if (problem) problems.push(`browser (${r.type}${r.fromWorker ? ', service worker' : ''}): ${problem}`);
  }
  for (const entry of serverLog) {
    if (!entry.uri) {
      problems.push(`server: unreadable log line ${JSON.stringify(entry)}`);
      continue;
    }
    const url = new URL(entry.uri, origin);
    const problem = problemWith({ method: entry.method, pathname: url.pathname, search: url.search, isPage: isPagePath(url.pathname, base), hasBody: false }, files);
    if (problem) problems.push(`server: ${problem}`);
  }
  assert.deepEqual(problems, [], 'requests that are not plain GETs of built files');
  assert.ok(serverLog.length > 0 && browserRequests.length > 0, 'the oracle saw no requests at all: it is not recording');
}

module.exports = { assertEgressClean, servedPaths, CONFIG_KEYS };
