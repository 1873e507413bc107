'use strict';
// "No health data leaves the device", proved in a real browser (issue 5), on real nginx with
// deploy/nginx.conf (strict CSP header, sub-path):
// - egress: after the service worker is installed, nothing at all goes over the network between
//   the first question and the result; every request of the session is a GET of a built file
//   (browser events and nginx's access log);
// - canary: distinctive answers appear in no request, log line, storage, cache key or history;
// - storage: no cookies, localStorage or IndexedDB; Cache Storage holds exactly the built files;
//   after "Clear my answers", Back, Forward and reload bring nothing back;
// - CSP and integrity: the built page has no inline script or style and hashes on every script
//   and stylesheet; a policy without 'wasm-unsafe-eval' stops the start and shows the fallback;
//   a changed byte in the .wasm or the .js is refused and the fallback shows; Trusted Types
//   block HTML-string sinks.

const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { DIST } = require('./support/harness');
const { newPage } = require('./support/browser');
const { useNginxAndBrowser, SUBPATH } = require('./support/nginx');
const { assertEgressClean, servedPaths } = require('./support/egress');
const { assess } = require('./support/assess');
const q = require('./support/questionnaire');
const { waitUntilControlled: controlled } = require('./support/service-worker');

/** Answers no one would give by accident, and the forms they could take if they leaked. */
const CANARY = { age: 93, sex: 'male', history_of_cancer: 'yes', cancer_type: 'kidney', duration_weeks: 41, improving: 'no', persistent_cough_weeks: 13 };
const CANARY_FORMS = [
  '"age":93', 'age=93', 'age%3D93', '"duration_weeks":41', 'duration_weeks=41', '"persistent_cough_weeks":13',
  'persistent_cough_weeks=13', '"cancer_type":"kidney"', 'cancer_type=kidney', 'kidney',
];

const sha384 = (bytes) => 'sha384-' + crypto.createHash('sha384').update(bytes).digest('base64');

/** Everything the page could keep: cookies, both Web Storages, IndexedDB, window.name, history state. */
async function everythingStored(page, context) {
  const inPage = await page.evaluate(async () => {
    const dump = (s) => Object.fromEntries(Array.from({ length: s.length }, (_, i) => [s.key(i), s.getItem(s.key(i))]));
    return {
      local: dump(localStorage),
      session: dump(sessionStorage),
      indexedDB: (await indexedDB.databases()).map((d) => d.name),
      windowName: window.name,
      historyState: JSON.stringify(history.state),
      cookie: document.cookie,
    };
  });
  return { ...inPage, cookies: await context.cookies() };
}

async function cacheContents(page) {
  return page.evaluate(async () => {
    const out = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        const bytes = new Uint8Array(await response.arrayBuffer());
        out.push({ cache: name, url: request.url, method: request.method, length: bytes.length, head: Array.from(bytes.slice(0, 64)) });
      }
    }
    return out;
  });
}

function assertNoCanary(label, text) {
  for (const form of CANARY_FORMS) assert.equal(text.includes(form), false, `${label} contains the canary answer ${form}`);
}

describe('privacy and lock-down (nginx, sub-path, strict CSP header)', () => {
  const env = useNginxAndBrowser();

  it('egress, canary and storage: answers go nowhere and leave nothing behind', async () => {
    const { context, page, problems, requests } = await newPage(env.browser, { origin: env.nginx.origin });
    const firstLog = env.nginx.accessLog().length;
    try {
      await page.goto(env.nginx.url);
      await q.currentScreen(page);
      await controlled(page);

      // The browser itself checks sw.js for a new version some time after a page load (a GET of
      // a built file with no data in it, made by the browser, not the page, and invisible to
      // the page's request events). Run that check now and let the load settle, so that the
      // window below measures what answering makes the widget do: nothing.
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
      for (let quiet = 0, seen = -1; quiet < 15; ) {
        await page.waitForTimeout(100);
        const now = env.nginx.accessLog().length + requests.length;
        quiet = now === seen ? quiet + 1 : 0;
        seen = now;
      }
      assert.ok(env.nginx.accessLog().some((r) => r.uri === `${SUBPATH}sw.js`), 'the service worker was fetched');
      // From the first question to the result: not one request over the network.
      await page.getByRole('button', { name: q.buttonName('Start now') }).click();
      assert.equal((await q.currentScreen(page)).kind, 'question');
      const browserMark = requests.length;
      const logMark = env.nginx.accessLog().length;
      const run = await q.complete(page, CANARY);
      assert.equal(run.urgency, assess(run.answered).urgency);
      await page.waitForTimeout(300);
      assert.deepEqual(requests.slice(browserMark).map((r) => r.url), [], 'the browser made requests while answering');
      assert.deepEqual(env.nginx.accessLog().slice(logMark), [], 'nginx received requests while answering');

      // Storage: in the default configuration only this tab's sessionStorage holds answers.
      const stored = await everythingStored(page, context);
      assert.deepEqual(stored.local, {});
      assert.deepEqual(stored.indexedDB, []);
      assert.deepEqual(stored.cookies, []);
      assert.equal(stored.cookie, '');
      assert.equal(stored.windowName, '');
      assert.deepEqual(Object.keys(stored.session), ['bpt-answers']);
      assertNoCanary('history state', stored.historyState);
      const state = await context.storageState();
      assert.deepEqual(state.cookies, []);
      assert.deepEqual(state.origins, [], 'localStorage (or IndexedDB) of some origin is not empty');

      // Cache Storage: exactly the built files, byte for byte, and nothing else.
      const files = servedPaths(DIST, SUBPATH);
      const cached = await cacheContents(page);
      assert.ok(cached.length >= 8, `the precache holds ${cached.length} entries`);
      for (const entry of cached) {
        const url = new URL(entry.url);
        assert.equal(entry.method, 'GET');
        assert.ok(files.has(url.pathname), `cache entry ${url.pathname} is not a built file`);
        assert.ok([...url.searchParams.keys()].every((k) => k === '__WB_REVISION__'), `cache key ${entry.url} has a query`);
        const onDisk = fs.readFileSync(path.join(DIST, url.pathname.slice(SUBPATH.length) || 'index.html'));
        assert.equal(entry.length, onDisk.length, `cached ${url.pathname} differs from the built file`);
        assert.deepEqual(entry.head, Array.from(onDisk.subarray(0, 64)), `cached ${url.pathname} differs from the built file`);
        assertNoCanary(`cache key ${entry.url}`, entry.url);
      }

      // Clear: Back, Forward and reload bring nothing back.
      await page.getByRole('button', { name: 'Clear my answers and start again' }).click();
      assert.equal((await q.currentScreen(page)).kind, 'intro');
      for (const move of ['back', 'forward', 'reload', 'back', 'back']) {
        if (move === 'back') await page.goBack().catch(() => {});
        if (move === 'forward') await page.goForward().catch(() => {});
        if (move === 'reload') await page.reload();
        const screen = await q.currentScreen(page);
        assert.notEqual(screen.kind, 'result', `after clearing, ${move} showed a result`);
        const after = await everythingStored(page, context);
        assert.deepEqual(after.session, {}, `after clearing and ${move}, sessionStorage holds ${JSON.stringify(after.session)}`);
        assertNoCanary(`history state after ${move}`, after.historyState);
        if (screen.kind === 'question') {
          const shown = await q.readAnswers(page);
          assert.deepEqual(shown, {}, `after clearing and ${move}, the form shows earlier answers`);
        }
      }

      // The whole session, both oracles, and the canary in every URL and log line.
      const log = env.nginx.accessLog().slice(firstLog);
      assertEgressClean({ browserRequests: requests, serverLog: log, origin: env.nginx.origin, base: SUBPATH, dist: DIST });
      assertNoCanary('a request URL', requests.map((r) => r.url).join('\n'));
      assertNoCanary('the nginx access log', JSON.stringify(log));
      assert.ok(requests.some((r) => r.fromWorker), 'no service-worker request was seen: the browser oracle is blind to the worker');
      assert.deepEqual(problems, []);
    } finally {
      await context.close().catch(() => {});
    }
  });

  it('dist/index.html: no inline script or style, a strict CSP, and a hash on every script and stylesheet', () => {
    const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/i, 'an inline <script>');
    assert.doesNotMatch(html, /<style[\s>]/i, 'a <style> block');
    assert.doesNotMatch(html, /\sstyle=/i, 'a style attribute');
    assert.doesNotMatch(html, /__TRUNK|nonce=/i);
    const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/);
    assert.ok(csp, 'the CSP <meta> fallback is missing');
    const policy = csp[1];
    assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'|\*|data:|blob:|https:/);
    assert.equal(policy.match(/'wasm-unsafe-eval'/g).length, 1);
    for (const directive of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "require-trusted-types-for 'script'"]) {
      assert.ok(policy.includes(directive), `the policy lacks ${directive}`);
    }
    const nginxConf = fs.readFileSync(path.join(__dirname, '..', '..', 'deploy', 'nginx.conf'), 'utf8');
    assert.ok(nginxConf.includes(`${policy}; frame-ancestors`), 'the nginx header and the <meta> policy differ');

    const tags = [...html.matchAll(/<(script|link)\b[^>]*>/gi)].map((m) => m[0]);
    const checked = [];
    for (const tag of tags) {
      const src = (tag.match(/\s(?:src|href)="([^"]+)"/) || [])[1];
      const rel = (tag.match(/\srel="([^"]+)"/) || [])[1];
      const needs = tag.startsWith('<script') || ['stylesheet', 'modulepreload', 'preload'].includes(rel);
      if (!needs) continue;
      const integrity = (tag.match(/\sintegrity="([^"]+)"/) || [])[1];
      assert.ok(integrity, `no integrity on ${tag}`);
      assert.equal(integrity, sha384(fs.readFileSync(path.join(DIST, src))), `wrong integrity for ${src}`);
      checked.push(src);
    }
    assert.ok(checked.some((f) => f.endsWith('.wasm')) && checked.some((f) => /start-.*\.js$/.test(f)) && checked.filter((f) => f.endsWith('.css')).length >= 4, `checked ${checked.join(', ')}`);
    // The start-up script fetches the WebAssembly with its hash (the preload's alone is not enough).
    const start = checked.find((f) => /start-.*\.js$/.test(f));
    const wasm = checked.find((f) => f.endsWith('.wasm'));
    const startSource = fs.readFileSync(path.join(DIST, start), 'utf8');
    assert.ok(startSource.includes(sha384(fs.readFileSync(path.join(DIST, wasm)))), 'the start-up script does not pin the .wasm hash');
  });

  it('deploy/nginx.conf sends the documented headers on every file, and only GET and HEAD are allowed', async () => {
    const files = [...servedPaths(DIST, SUBPATH)];
    assert.ok(files.length >= 10);
    for (const file of files) {
      const response = await fetch(env.nginx.origin + file, { redirect: 'manual' });
      await response.arrayBuffer();
      assert.equal(response.status, 200, file);
      const h = (name) => response.headers.get(name) || '';
      assert.equal(h('x-content-type-options'), 'nosniff', `nosniff on ${file}`);
      if (file.endsWith('.wasm')) assert.equal(h('content-type'), 'application/wasm');
      if (file.endsWith('.webmanifest')) assert.match(h('content-type'), /^application\/manifest\+json/);
      if (file.endsWith('/embed.js')) {
        assert.equal(h('cross-origin-resource-policy'), 'cross-origin');
        continue;
      }
      if (file.endsWith('/sw.js')) {
        assert.equal(h('cache-control'), 'no-cache');
        continue;
      }
      assert.equal(h('referrer-policy'), 'no-referrer', `referrer policy on ${file}`);
      assert.match(h('content-security-policy'), /script-src 'self' 'wasm-unsafe-eval';.*frame-ancestors/, `CSP on ${file}`);
      if (/-[0-9a-f]{16}(_bg)?\.(js|wasm|css|txt)$/.test(file)) assert.match(h('cache-control'), /immutable/, file);
      else assert.equal(h('cache-control'), 'no-cache', file);
      if (file.endsWith('.txt')) assert.equal(h('content-type'), 'text/plain; charset=utf-8', `a language file is UTF-8 text: ${file}`);
      if (file === SUBPATH) assert.match(h('permissions-policy'), /camera=\(\)/);
    }
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const response = await fetch(env.nginx.url, { method, body: method === 'DELETE' ? undefined : 'age=93' });
      assert.equal(response.status, 403, `${method} is refused`);
    }
  });

  it('no source posts a message to any origin ("*"): only the exact host origin', () => {
    const root = path.join(__dirname, '..', '..');
    const sources = [
      ...fs.readdirSync(path.join(root, 'src'), { recursive: true }).map((f) => path.join(root, 'src', f)),
      path.join(root, 'static', 'embed.js'),
    ].filter((f) => /\.(rs|js)$/.test(f));
    for (const file of sources) {
      const text = fs.readFileSync(file, 'utf8');
      assert.doesNotMatch(text, /post_?[mM]essage\([^)]*["']\*["']/, `${file} posts to "*"`);
    }
    const frame = fs.readFileSync(path.join(root, 'src', 'frame.rs'), 'utf8');
    assert.match(frame, /parent\.post_message\(&message, origin\)/, 'src/frame.rs no longer posts to the configured origin');
  });

  it('negative control: under a policy without wasm-unsafe-eval the widget does not start and the fallback shows', async () => {
    const { context, page, cspViolations } = await newPage(env.browser, { allowCspViolations: true });
    try {
      await context.route((url) => url.pathname === SUBPATH || url.pathname === `${SUBPATH}index.html`, async (route) => {
        const response = await route.fetch();
        const headers = { ...response.headers() };
        headers['content-security-policy'] = headers['content-security-policy'].replace(" 'wasm-unsafe-eval'", '');
        const body = (await response.text()).replace(" 'wasm-unsafe-eval'", '');
        await route.fulfill({ response, headers, body });
      });
      await page.goto(env.nginx.url);
      await page.locator('#bpt-fallback').waitFor({ state: 'visible', timeout: 5000 });
      assert.equal(await page.locator('[data-page], form[data-step], [data-urgency]').count(), 0);
      assert.ok(cspViolations.some((v) => /script-src|wasm/.test(v)), `the policy was not enforced: ${JSON.stringify(cspViolations)}`);
    } finally {
      await context.close().catch(() => {});
    }
  });

  for (const kind of ['wasm', 'js']) {
    it(`tamper test: one changed byte in the .${kind} is refused and the fallback shows`, async () => {
      const { context, page } = await newPage(env.browser, { allowCspViolations: true });
      const errors = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      try {
        const file = fs.readdirSync(DIST).find((f) => (kind === 'wasm' ? f.endsWith('_bg.wasm') : /^backpain-widget-[0-9a-f]+\.js$/.test(f)));
        const original = fs.readFileSync(path.join(DIST, file));
        const tampered = Buffer.from(original);
        const at = Math.floor(tampered.length / 2);
        tampered[at] = kind === 'js' && tampered[at] === 0x20 ? 0x09 : tampered[at] ^ 0x01; // a space becomes a tab: still valid JS
        await context.route((url) => url.pathname === `${SUBPATH}${file}`, (route) =>
          route.fulfill({ status: 200, contentType: kind === 'wasm' ? 'application/wasm' : 'text/javascript', body: tampered }),
        );
        await page.goto(env.nginx.url);
        await page.locator('#bpt-fallback').waitFor({ state: 'visible', timeout: 5000 });
        assert.equal(await page.locator('[data-page], form[data-step], [data-urgency]').count(), 0, 'the tampered build started');
        assert.ok(errors.some((e) => /integrity|digest|could not start|Failed to find a valid digest/i.test(e)), `no integrity error reported: ${errors.join(' | ')}`);
      } finally {
        await context.close().catch(() => {});
      }
    });
  }

  it('Trusted Types: an HTML-string sink throws in the widget page', async () => {
    const { context, page, cspViolations } = await newPage(env.browser, { allowCspViolations: true });
    try {
      await page.goto(env.nginx.url);
      await q.currentScreen(page);
      const outcome = await page.evaluate(() => {
        window.__pwned = false;
        try {
          document.body.insertAdjacentHTML('beforeend', '<img src=x onerror="window.__pwned = true">');
          return 'allowed';
        } catch (e) {
          return e.name;
        }
      });
      assert.equal(outcome, 'TypeError');
      await page.waitForTimeout(200);
      assert.equal(await page.evaluate(() => window.__pwned), false);
      assert.ok(cspViolations.some((v) => /trusted-types|require-trusted-types-for/.test(v)), JSON.stringify(cspViolations));
    } finally {
      await context.close().catch(() => {});
    }
  });
});
