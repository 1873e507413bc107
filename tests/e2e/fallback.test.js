'use strict';
// Never blank (issue 4): when the WebAssembly cannot run, the page still shows, as plain HTML,
// the emergency signs and what to do, and says the tool could not start. Served by nginx from a
// sub-path with the strict CSP of deploy/nginx.conf. Also checks the normal start leaves no
// fallback behind, and that a hostile configuration in the page URL changes nothing but the
// safe defaults and produces one console warning.

const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { newPage } = require('./support/browser');
const { useNginxAndBrowser } = require('./support/nginx');
const q = require('./support/questionnaire');

async function fallbackShown(page) {
  const fallback = page.locator('#bpt-fallback');
  await fallback.waitFor({ state: 'visible', timeout: 8000 });
  const text = await fallback.innerText();
  assert.match(text, /could not start/i);
  assert.match(text, /999/);
  assert.match(text, /numbness/i);
  assert.match(text, /both legs/i);
  assert.equal(await page.locator('[data-page], form[data-step], [data-urgency]').count(), 0, 'no questionnaire or result shown');
}

describe('never blank, and hostile configuration (nginx, sub-path)', () => {
  const env = useNginxAndBrowser();

  it('with WebAssembly unavailable, the plain-HTML emergency advice shows', async () => {
    const { context, page } = await newPage(env.browser);
    try {
      await page.addInitScript(() => {
        delete window.WebAssembly;
      });
      await page.goto(env.nginx.url);
      await fallbackShown(page);
    } finally {
      await context.close().catch(() => {});
    }
  });

  it('with a corrupted .wasm file, the plain-HTML emergency advice shows', async () => {
    const { context, page } = await newPage(env.browser);
    try {
      await context.route(/\.wasm$/, (route) =>
        route.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from('\0asm\x01\0\0\0broken') }),
      );
      await page.goto(env.nginx.url);
      await fallbackShown(page);
    } finally {
      await context.close().catch(() => {});
    }
  });

  it('a normal start removes the fallback and shows the intro', async () => {
    const { context, page, problems } = await newPage(env.browser, { origin: env.nginx.origin });
    try {
      await page.goto(env.nginx.url);
      assert.equal((await q.currentScreen(page)).kind, 'intro');
      assert.equal(await page.locator('#bpt-fallback').count(), 0);
      assert.deepEqual(problems, []);
    } finally {
      await context.close().catch(() => {});
    }
  });

  it('a hostile configuration falls back to safe defaults with one console warning', async () => {
    const { context, page, problems } = await newPage(env.browser, { origin: env.nginx.origin });
    const warnings = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    try {
      const hostile = new URLSearchParams({
        region: 'atlantis',
        lang: '<script>',
        'hospital-name': '<img src=x onerror=alert(1)>',
        'hospital-link': 'javascript:alert(1)',
        'hospital-phone': 'call me',
        'theme-button': 'url(https://evil.example/x)',
        'theme-emergency': '#00ff00',
        parent: 'https://evil.example/path?x',
        unknown: 'x'.repeat(5000),
      });
      await page.goto(`${env.nginx.url}?${hostile}`);
      assert.equal((await q.currentScreen(page)).kind, 'intro');
      assert.equal(await page.locator('[data-hospital]').count(), 0, 'no hospital block from rejected values');
      assert.equal(await page.locator('img').count(), 0);
      const config = warnings.filter((w) => w.includes('configuration'));
      assert.equal(config.length, 1, `one configuration warning: ${JSON.stringify(warnings)}`);
      assert.doesNotMatch(config[0], /javascript:|onerror|evil\.example|xxxxxxxx/, 'the warning does not echo rejected values');
      // The questionnaire still works: a full run to a result.
      const run = await q.complete(page, { age: 30, duration_weeks: 1, improving: 'yes', persistent_cough_weeks: 0 });
      assert.ok(run.urgency);
      // The default (UK) services are used, the urgency colours are untouched.
      assert.deepEqual(problems, []);
    } finally {
      await context.close().catch(() => {});
    }
  });
});
