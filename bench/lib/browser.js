'use strict';
// Launches Debian's Chromium for the benchmark with the e2e tests' flags
// (tests/e2e/support/chromium-flags.js): headless, no sandbox (root in a container), no background
// networking, and a host resolver that refuses every name but the loopback server, so nothing
// leaves the machine. playwright-core is the bench's own copy (same version as tests/e2e).

const fs = require('node:fs');
const { chromium } = require('playwright-core');
const { QUIET_FLAGS: SHARED_FLAGS } = require('../../tests/e2e/support/chromium-flags.js');

const CHROMIUM = process.env.CHROMIUM_PATH || process.env.CHROME_PATH || '/usr/bin/chromium';

/** The e2e tests' flags (one list: tests/e2e/support/chromium-flags.js), plus two that keep
 * Lighthouse's Chrome (bench/lighthouse.mjs adds --headless=new) from loading default apps and
 * extensions. */
const QUIET_FLAGS = [...SHARED_FLAGS, '--disable-default-apps', '--disable-extensions'];

async function launchBrowser() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: run scripts/setup.sh (apt-get install chromium)`);
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--headless', ...QUIET_FLAGS] });
}

module.exports = { launchBrowser, CHROMIUM, QUIET_FLAGS };
