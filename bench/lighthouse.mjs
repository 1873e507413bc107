#!/usr/bin/env node
// One Lighthouse run (default config = mobile: Moto G Power-class screen, simulated slow 4G and
// 4x CPU slowdown, "Lantern" simulation) against a loopback URL, in Debian's Chromium with the
// same quiet, offline flags as the benchmark's browser. Writes the full report (LHR JSON) to
// <out>.lhr.json and a summary to <out> (JSON): the four category scores, the key metrics, and
// every audit that lost points, with its title, so the deductions can be explained.
//
//   CHROME_PATH=/usr/bin/chromium node bench/lighthouse.mjs http://127.0.0.1:PORT/ out.json
//
// Offline: nothing here needs the internet (no full-page screenshot; Lighthouse's error
// reporting is off unless asked for; the host resolver refuses every name but the loopback).

import fs from 'node:fs';
import { createRequire } from 'node:module';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const require = createRequire(import.meta.url);
const { QUIET_FLAGS, CHROMIUM } = require('./lib/browser.js');

const [url, out] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node bench/lighthouse.mjs URL OUT.json');
  process.exit(2);
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

let chrome;
const stop = async () => {
  if (chrome) {
    const c = chrome;
    chrome = null;
    try {
      await c.kill();
    } catch {
      /* already gone */
    }
  }
};
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await stop();
    process.exit(130);
  });
}

try {
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || CHROMIUM,
    chromeFlags: ['--headless=new', ...QUIET_FLAGS],
    logLevel: 'error',
  });
  const result = await lighthouse(url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: CATEGORIES,
    disableFullPageScreenshot: true,
  });
  if (!result || !result.lhr) throw new Error('Lighthouse returned no report');
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  fs.writeFileSync(out.replace(/\.json$/, '') + '.lhr.json', JSON.stringify(lhr));

  const scores = {};
  const lost = {};
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    scores[id] = category && category.score !== null ? Math.round(category.score * 100) : null;
    lost[id] = [];
    for (const ref of (category && category.auditRefs) || []) {
      const audit = lhr.audits[ref.id];
      if (!audit) continue;
      const counts = ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode);
      if (!counts || audit.score === null || audit.score >= 1) continue;
      lost[id].push({
        id: ref.id,
        title: audit.title,
        score: audit.score,
        weight: ref.weight,
        displayValue: audit.displayValue || '',
        group: ref.group || '',
      });
    }
    // Biggest deductions first: weight x (1 - score), then the zero-weight hints.
    lost[id].sort((a, b) => b.weight * (1 - b.score) - a.weight * (1 - a.score) || a.title.localeCompare(b.title));
  }
  const metric = (auditId) => {
    const a = lhr.audits[auditId];
    return a ? { value: a.numericValue, display: a.displayValue, score: a.score } : null;
  };
  const summary = {
    url,
    lighthouseVersion: lhr.lighthouseVersion,
    userAgent: lhr.environment && lhr.environment.hostUserAgent,
    formFactor: lhr.configSettings.formFactor,
    throttlingMethod: lhr.configSettings.throttlingMethod,
    throttling: lhr.configSettings.throttling,
    scores,
    metrics: {
      'first-contentful-paint': metric('first-contentful-paint'),
      'largest-contentful-paint': metric('largest-contentful-paint'),
      'total-blocking-time': metric('total-blocking-time'),
      'cumulative-layout-shift': metric('cumulative-layout-shift'),
      'speed-index': metric('speed-index'),
      interactive: metric('interactive'),
      'total-byte-weight': metric('total-byte-weight'),
    },
    lost,
    warnings: lhr.runWarnings || [],
  };
  fs.writeFileSync(out, JSON.stringify(summary, null, 2) + '\n');
  console.error(`lighthouse.mjs: ${url}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}`);
} catch (e) {
  console.error(`lighthouse.mjs: ERROR: ${e.stack || e.message || e}`);
  process.exitCode = 1;
} finally {
  await stop();
}
