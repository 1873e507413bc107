'use strict';
// Checks of the test harness itself (no browser, no build needed): the static server's content
// types, 404s, request log and path handling, and the `assess` oracle.

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const http = require('node:http');
const { startServer } = require('./support/server');

/** GET with the path sent exactly as given (fetch() would normalise "/../"). */
function rawGet(port, rawPath) {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: rawPath }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
      })
      .on('error', reject);
  });
}
const { assess, ASSESS } = require('./support/assess');

describe('support/server.js', () => {
  let dir;
  let server;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-server-'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>t</title>');
    fs.writeFileSync(path.join(dir, 'app_bg.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
    fs.writeFileSync(path.join(dir, 'app.js'), 'export {};');
    fs.writeFileSync(path.join(dir, 'style.css'), 'body{}');
    fs.writeFileSync(path.join(os.tmpdir(), 'e2e-server-outside.txt'), 'secret');
    server = await startServer(dir);
  });
  after(async () => {
    await server?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 at a free port', () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    assert.ok(server.port > 0);
  });

  it('serves files with their content types, and index.html for /', async () => {
    const expect = {
      '/': 'text/html; charset=utf-8',
      '/index.html': 'text/html; charset=utf-8',
      '/app_bg.wasm': 'application/wasm',
      '/app.js': 'text/javascript; charset=utf-8',
      '/style.css': 'text/css; charset=utf-8',
    };
    for (const [url, type] of Object.entries(expect)) {
      const response = await fetch(new URL(url, server.url));
      assert.equal(response.status, 200, url);
      assert.equal(response.headers.get('content-type'), type, url);
    }
    const wasm = Buffer.from(await (await fetch(new URL('/app_bg.wasm', server.url))).arrayBuffer());
    assert.deepEqual([...wasm.subarray(0, 4)], [0, 0x61, 0x73, 0x6d]);
  });

  it('answers 404 for missing files and for paths outside its directory', async () => {
    for (const url of ['/favicon.ico', '/nope/', '/../e2e-server-outside.txt', '/%2e%2e/e2e-server-outside.txt', '/..%2fe2e-server-outside.txt']) {
      assert.equal(await rawGet(server.port, url), 404, url);
    }
  });

  it('records every request (method, url)', async () => {
    const before = server.requests.length;
    await fetch(new URL('/app.js?v=1', server.url), { method: 'HEAD' });
    await fetch(new URL('/missing.txt', server.url));
    assert.deepEqual(
      server.requests.slice(before).map(({ method, url, status }) => [method, url, status]),
      [
        ['HEAD', '/app.js?v=1', 200],
        ['GET', '/missing.txt', 404],
      ],
    );
  });
});

describe('support/assess.js', () => {
  it(`runs ${path.relative(path.resolve(__dirname, '../..'), ASSESS)} and parses its output`, () => {
    const out = assess({ age: 58, history_of_cancer: true, saddle_anaesthesia: 'not_sure', sex: 'female' });
    assert.equal(out.urgency, 'emergency');
    assert.ok(Array.isArray(out.cancers) && Array.isArray(out.rules));
    assert.ok(out.rules.includes('RF-EM-02'), 'saddle anaesthesia "not sure" counts as yes');
  });

  it('reports findings that assess refuses', () => {
    assert.throws(() => assess({ agee: 5 }), /agee/);
  });
});

describe('support/egress.js (the oracle itself)', () => {
  const { assertEgressClean } = require('./support/egress');
  const os = require('node:os');
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'bpt-egress-'));
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html>');
  fs.writeFileSync(path.join(dist, 'app.js'), '');
  const origin = 'http://127.0.0.1:9';
  const page = { url: `${origin}/?region=uk`, method: 'GET', type: 'document', hasBody: false };
  const script = { url: `${origin}/app.js`, method: 'GET', type: 'script', hasBody: false };
  const log = [{ method: 'GET', uri: '/?region=uk' }, { method: 'GET', uri: '/app.js' }];
  const check = (browserRequests, serverLog = log) => assertEgressClean({ browserRequests, serverLog, origin, dist });

  it('passes plain GETs of built files and documented settings on the page', () => {
    check([page, script]);
  });
  it('fails on a query string on a file, a POST, a body, an unknown file, another origin, or no requests', () => {
    assert.throws(() => check([page, { ...script, url: `${origin}/app.js?answers=x` }]), /query string/);
    assert.throws(() => check([page, { ...script, method: 'POST' }]), /POST/);
    assert.throws(() => check([page, { ...script, hasBody: true }]), /body/);
    assert.throws(() => check([page, { ...script, url: `${origin}/collect` }]), /not a built file/);
    assert.throws(() => check([page, { ...script, url: 'http://evil.example/x.gif' }]), /another origin/);
    assert.throws(() => check([{ ...page, url: `${origin}/?age=93` }]), /undocumented parameters age/);
    assert.throws(() => check([page], [...log, { method: 'GET', uri: '/app.js?age=93' }]), /server: a query string/);
    assert.throws(() => check([], []), /not recording/);
  });
});
