'use strict';
// Waiting for the widget's service worker (src/offline.rs) in the browser tests.

const assert = require('node:assert/strict');
const q = require('./questionnaire');

/** Waits until the service worker controls the page, reloading once if the first load was not. */
async function waitUntilControlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
    await page.reload();
    await q.currentScreen(page);
  }
  assert.ok(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)), 'the service worker does not control the page');
}

module.exports = { waitUntilControlled };
