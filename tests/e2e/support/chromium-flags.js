'use strict';
// The flags that keep Debian's Chromium quiet on a machine with no network
// (shared/design/toolchain.md 6.2), and a host resolver that refuses every name but the loopback
// server, so nothing can leave the machine (security-privacy.md b.2). One list for the e2e tests
// (support/browser.js) and the benchmark (bench/lib/browser.js, bench/lighthouse.mjs); each adds
// its own headless flag. No dependencies, so the benchmark can load it with its own playwright-core.

const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

module.exports = { QUIET_FLAGS };
