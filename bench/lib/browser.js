'use strict';
// Launches Debian's Chromium for the benchmark with the same flags as the e2e tests
// (tests/e2e/support/browser.js): headless, no sandbox (root in a container), no background
// networking, and a host resolver that refuses every name but the loopback server, so nothing
// leaves the machine. playwright-core is the bench's own copy (same version as tests/e2e).

const fs = require('node:fs');
const { chromium } = require('playwright-core');

const CHROMIUM = process.env.CHROMIUM_PATH || process.env.CHROME_PATH || '/usr/bin/chromium';

/** Flags shared with Lighthouse's Chrome (bench/lighthouse.mjs adds --headless=new). */
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

async function launchBrowser() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: run scripts/setup.sh (apt-get install chromium)`);
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--headless', ...QUIET_FLAGS] });
}

module.exports = { launchBrowser, CHROMIUM, QUIET_FLAGS };
