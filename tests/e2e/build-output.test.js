'use strict';
// Checks on the built files themselves, no browser (security-privacy.md T-SUP-2, T-PRIV-6):
// - no built script (the wasm-bindgen glue, start-*.js, embed.js, Workbox's sw.js) evaluates code
//   from strings: no `eval(`, no `new Function(`, no bare `Function(` call;
// - the WebAssembly module's imports equal the committed snapshot tests/e2e/wasm-imports.txt.
//   wasm-bindgen names every import after the browser API it calls (`__wbg_setItem_<hash>`), so a
//   snapshot diff shows in review every new browser capability the widget starts to use;
// - no import names a network, window-opening, worker or persistent-storage API.
//
// After a deliberate change (a new web-sys call), refresh the snapshot and review its diff:
//   cd tests/e2e && UPDATE_WASM_IMPORTS=1 node --test build-output.test.js

const { describe, it, before } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { requireDist, DIST } = require('./support/harness');
const { REPO_ROOT } = require('./support/assess');

const SNAPSHOT = path.join(__dirname, 'wasm-imports.txt');
const UPDATE = process.env.UPDATE_WASM_IMPORTS === '1';
const UPDATE_COMMAND = 'cd tests/e2e && UPDATE_WASM_IMPORTS=1 node --test build-output.test.js';

/** Code from strings, which the CSP (no 'unsafe-eval') and Trusted Types would refuse anyway. */
const STRING_CODE = [
  { what: 'eval(', re: /(^|[^\w$.])eval\s*\(/g },
  { what: 'new Function(', re: /\bnew\s+Function\s*\(/g },
  // Not after a quote or backtick: the glue's debug formatter prints `Function(${name})` as text.
  { what: 'Function( called without new', re: /(?<!\bnew\s*)(?<![\w$.'"`])Function\s*\(/g },
];

/**
 * Browser APIs the widget must never import. `sessionStorage` (answers across a reload) and the
 * service worker registration are used on purpose; `open` alone would be window.open (or
 * IndexedDB/XHR/EventSource open).
 */
const FORBIDDEN_IMPORT = /fetch|xmlhttprequest|sendbeacon|websocket|eventsource|rtcpeer|cookie|localstorage|indexeddb|open\b|window_open/i;
/** Workers other than the service worker (T-SUP-2). */
const FORBIDDEN_WORKER = /worker/i;
const ALLOWED_WORKER = /serviceworker/i;

function filesUnder(dir, suffixes) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full, suffixes));
    else if (suffixes.some((s) => entry.name.endsWith(s))) out.push(full);
  }
  return out.sort();
}

/**
 * `module name`, with the 16-hex-digit hash that wasm-bindgen appends to `__wbg_…` shims removed
 * (it changes with every wasm-bindgen version). `__wbindgen_generic_0000000000000001` and the
 * like are numbered, not hashed, and stay as they are.
 */
function normalise({ module, name }) {
  const stable = name.startsWith('__wbg_') ? name.replace(/_[0-9a-f]{16}$/, '') : name;
  return `${module} ${stable}`;
}

function wasmImports(file) {
  const module = new WebAssembly.Module(fs.readFileSync(file));
  return WebAssembly.Module.imports(module).map(normalise).sort();
}

function readSnapshot() {
  if (!fs.existsSync(SNAPSHOT)) return null;
  return fs
    .readFileSync(SNAPSHOT, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

function writeSnapshot(lines) {
  const header = [
    '# The WebAssembly imports of the built widget: `module name`, wasm-bindgen hash removed, sorted.',
    '# Checked by build-output.test.js; every new line is a new browser API the widget calls.',
    `# Refresh after a deliberate change, then review the diff: ${UPDATE_COMMAND}`,
  ];
  fs.writeFileSync(SNAPSHOT, [...header, ...lines].join('\n') + '\n');
}

/** Lines only in `expected` (-) and only in `actual` (+), counting repeats. */
function multisetDiff(expected, actual) {
  const count = (lines) => lines.reduce((m, l) => m.set(l, (m.get(l) || 0) + 1), new Map());
  const want = count(expected);
  const got = count(actual);
  const out = [];
  for (const line of [...new Set([...expected, ...actual])].sort()) {
    const d = (got.get(line) || 0) - (want.get(line) || 0);
    for (let i = 0; i < Math.abs(d); i++) out.push(`${d > 0 ? '+' : '-'} ${line}`);
  }
  return out;
}

describe('build output (T-SUP-2)', () => {
  let scripts;
  let wasmFiles;

  before(() => {
    requireDist();
    scripts = filesUnder(DIST, ['.js', '.mjs']);
    wasmFiles = filesUnder(DIST, ['.wasm']);
  });

  it('has the scripts and the one wasm module it should', () => {
    const names = scripts.map((f) => path.relative(DIST, f));
    for (const expected of [/^sw\.js$/, /^embed\.js$/, /^start-[0-9a-f]+\.js$/, /^backpain-widget-[0-9a-f]+\.js$/]) {
      assert.ok(names.some((n) => expected.test(n)), `no built script matching ${expected} in ${DIST}: ${names.join(', ')}`);
    }
    assert.equal(wasmFiles.length, 1, `expected one .wasm in ${DIST}, found: ${wasmFiles.join(', ')}`);
  });

  it('no built script runs code from a string (eval, new Function)', () => {
    const found = [];
    for (const file of scripts) {
      const text = fs.readFileSync(file, 'utf8');
      for (const { what, re } of STRING_CODE) {
        for (const m of text.matchAll(re)) {
          const at = m.index + (m[1] || '').length;
          const context = text.slice(Math.max(0, at - 40), at + 40).replace(/\s+/g, ' ');
          found.push(`${path.relative(DIST, file)}: ${what} … ${context} …`);
        }
      }
    }
    assert.deepEqual(found, [], `code from strings in the built scripts:\n  ${found.join('\n  ')}`);
  });

  it('the wasm imports equal the committed snapshot (tests/e2e/wasm-imports.txt)', () => {
    const actual = wasmImports(wasmFiles[0]);
    assert.ok(actual.length > 0, 'the wasm module imports nothing: is it really the widget?');
    const expected = readSnapshot();
    if (UPDATE || expected === null) {
      writeSnapshot(actual);
      console.log(`wrote ${actual.length} imports to ${path.relative(process.cwd(), SNAPSHOT)}; review its diff`);
      if (!UPDATE) assert.fail(`${SNAPSHOT} was missing and has been written; review and commit it`);
      return;
    }
    const diff = multisetDiff(expected, actual);
    if (diff.length > 0) {
      assert.fail(
        `the wasm imports of ${path.relative(DIST, wasmFiles[0])} differ from tests/e2e/wasm-imports.txt ` +
          `(+ new in the build, - gone from it):\n  ${diff.join('\n  ')}\n\n` +
          'Each + line is a browser API the widget now calls. If the change is intended, refresh the ' +
          `snapshot and commit it with the change:\n  ${UPDATE_COMMAND}`,
      );
    }
  });

  it('no wasm import is a network, window.open, worker or persistent-storage API (T-PRIV-6)', () => {
    const names = wasmImports(wasmFiles[0]).map((line) => line.split(' ')[1]);
    const bad = names.filter(
      (name) => FORBIDDEN_IMPORT.test(name) || (FORBIDDEN_WORKER.test(name) && !ALLOWED_WORKER.test(name)),
    );
    assert.deepEqual(bad, [], `forbidden browser APIs imported by the widget: ${bad.join(', ')}`);
    // The deliberate ones are still there, so the patterns above are looking at real names.
    for (const expected of ['__wbg_sessionStorage', '__wbg_setItem', '__wbg_register']) {
      assert.ok(names.includes(expected), `expected import ${expected} not found: has the naming changed?`);
    }
  });

  it('the import patterns catch the APIs they are meant to (self-check)', () => {
    const forbidden = (name) =>
      FORBIDDEN_IMPORT.test(name) || (FORBIDDEN_WORKER.test(name) && !ALLOWED_WORKER.test(name));
    for (const name of [
      '__wbg_fetch', '__wbg_fetch_with_str', '__wbg_new_XMLHttpRequest', '__wbg_sendBeacon', '__wbg_new_WebSocket',
      '__wbg_new_EventSource', '__wbg_new_RTCPeerConnection', '__wbg_cookie', '__wbg_set_cookie', '__wbg_localStorage',
      '__wbg_indexedDB', '__wbg_open', '__wbg_window_open', '__wbg_new_Worker', '__wbg_postMessage_Worker',
    ]) {
      assert.ok(forbidden(name), `${name} should be refused`);
    }
    for (const name of ['__wbg_sessionStorage', '__wbg_serviceWorker', '__wbg_register', '__wbg_getItem', '__wbg_opener_policy_x']) {
      assert.ok(!forbidden(name), `${name} should be allowed`);
    }
  });

  // Issue 7: content is checked and compiled by build.rs, so the shipped wasm has no TOML parser.
  // The parser's own messages are the evidence: the native `assess` tool, which reads TOML, must
  // contain them (so the check can see them at all), and the .wasm must not.
  it('the wasm carries no TOML parser (content is compiled at build time)', () => {
    const assessBinary = path.join(REPO_ROOT, 'target', 'release', process.platform === 'win32' ? 'assess.exe' : 'assess');
    assert.ok(fs.existsSync(assessBinary), `${assessBinary} is missing: build it with cargo build --release -p backpain-engine --bin assess (scripts/test.sh does)`);
    const native = fs.readFileSync(assessBinary);
    const wasm = fs.readFileSync(wasmFiles[0]);
    for (const message of ['TOML parse error', 'invalid key-value pair', 'invalid inline table element']) {
      assert.ok(native.includes(message), `the TOML parser's message "${message}" is not in ${assessBinary}: pick another marker`);
      assert.ok(!wasm.includes(message), `the wasm contains the TOML parser's message "${message}"`);
    }
  });

  // Issue 7: the Fluent messages are compiled by build.rs (engine::messages), so the wasm holds
  // their text but not the .ftl sources: a message's text is in it, and its `id = ` line and the
  // file's comments are not. Fluent's parser and resolver are then unreachable and not linked.
  it('the wasm carries compiled messages, not Fluent sources', () => {
    const wasm = fs.readFileSync(wasmFiles[0]);
    const source = fs.readFileSync(path.join(REPO_ROOT, 'content', 'locales', 'en', 'ui.ftl'), 'utf8');
    const comment = source.split('\n').find((line) => line.startsWith('# ') && line.length > 20);
    const message = source.split('\n').find((line) => /^intro-heading = ./.test(line));
    assert.ok(comment && message, 'ui.ftl has no long comment or no intro-heading: pick other markers');
    const text = message.slice(message.indexOf('= ') + 2);
    assert.ok(wasm.includes(text), `the wasm lacks the text of intro-heading ("${text}")`);
    assert.ok(!wasm.includes(message), 'the wasm contains the source line of intro-heading');
    assert.ok(!wasm.includes(comment), `the wasm contains an .ftl comment ("${comment}")`);
    for (const crate of ['fluent_bundle', 'fluent-bundle', 'fluent_syntax', 'fluent-syntax', 'unic_langid', 'unic-langid', 'intl_pluralrules', 'intl-pluralrules']) {
      assert.ok(!wasm.includes(crate), `the wasm names ${crate} (a panic location or a type name)`);
    }
  });
});
