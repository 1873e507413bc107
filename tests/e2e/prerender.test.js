'use strict';
// The start page is HTML in dist/index.html (tools/prerender.mjs, rendered at build time by the
// widget's own components, src/bin/prerender.rs), so a slow phone shows it before the
// WebAssembly has arrived. Checked in Chromium, with the .wasm held back by the test until it
// lets it go:
// - dist/index.html holds the start page; before the WebAssembly it is readable, styled and
//   accessible (axe-core), with no request but the page's own files;
// - a press on "Start now" before the WebAssembly is running is not lost: the first question
//   comes up, with focus on its heading;
// - the take-over is invisible: no layout shift (CLS 0) and no frame without the heading;
// - a restored session, another language and a host's configuration show the widget's own
//   screen once it runs, and never the prerendered English page first;
// - without WebAssembly, the fallback shows and the prerendered page goes (fallback.test.js).

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { requireDist, DIST } = require('./support/harness');
const { startServer } = require('./support/server');
const { launchBrowser, newPage } = require('./support/browser');
const a11y = require('./support/a11y');
const q = require('./support/questionnaire');

/** Holds every .wasm response until `release()`; `requested` resolves when one is asked for. */
async function holdWasm(page) {
  let release;
  const released = new Promise((resolve) => {
    release = resolve;
  });
  let requested;
  const asked = new Promise((resolve) => {
    requested = resolve;
  });
  await page.route(/\.wasm$/, async (route) => {
    requested();
    await released;
    await route.continue();
  });
  return { release, asked };
}

/** Resolves once the widget has started: it removes the static fallback when it mounts. */
function widgetRunning(page) {
  return page.locator('#bpt-fallback').waitFor({ state: 'detached', timeout: 20000 });
}

describe('the start page without waiting for the WebAssembly', () => {
  let server;
  let browser;
  before(async () => {
    requireDist();
    server = await startServer(DIST);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close().catch(() => {});
    await server?.close();
  });

  it('dist/index.html holds the start page as HTML', () => {
    const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
    const root = html.match(/<div id="bpt-root" data-prerendered="">([\s\S]*?)<\/div>\s*<!--/);
    assert.ok(root, 'the start page is inside #bpt-root');
    const page = root[1];
    assert.match(page, /data-page="intro"/);
    assert.match(page, /<h1 id="bpt-main-heading"[^>]*>Check your back pain for warning signs<\/h1>/);
    assert.match(page, /Call 999 or go to A&amp;E now/);
    assert.match(page, /data-action="start"[^>]*>Start now</);
    assert.match(page, /Content version \d{4}\.\d{2}\.\d{2}-\d+, rule set [0-9a-f]{12}/);
    assert.doesNotMatch(page, /<script|\sstyle=|\son[a-z]+=/i, 'markup only');
  });

  it('before the WebAssembly: readable, styled and accessible; an early "Start now" is not lost', async () => {
    const { context, page, problems, requests } = await newPage(browser, { origin: server.url.replace(/\/$/, '') });
    try {
      const wasm = await holdWasm(page);
      await page.goto(server.url);
      await wasm.asked;
      const heading = page.locator('h1#bpt-main-heading');
      await heading.waitFor({ state: 'visible' });
      assert.equal(await heading.innerText(), 'Check your back pain for warning signs');
      // Styled: the page's style sheets apply to the prerendered markup.
      const styled = await page.evaluate(() => {
        const h1 = document.getElementById('bpt-main-heading');
        const card = document.querySelector('.bpt-care-card--emergency');
        return { size: parseFloat(getComputedStyle(h1).fontSize), border: getComputedStyle(card).borderTopWidth };
      });
      assert.ok(styled.size >= 28, `heading styled (${styled.size}px)`);
      assert.notEqual(styled.border, '0px', 'the emergency card is styled');
      assert.ok(await page.locator('#bpt-fallback').count(), 'the widget is not running yet');
      const violations = await a11y.axeViolations(page);
      assert.deepEqual(violations.map((v) => v.id), [], 'axe-core on the prerendered page');

      await page.getByRole('button', { name: 'Start now' }).click();
      await page.waitForTimeout(200);
      assert.equal(await page.locator('#bpt-root[data-prerendered] [data-page="intro"]').count(), 1, 'nothing happens until the widget runs');
      wasm.release();
      await widgetRunning(page);
      const screen = await q.currentScreen(page);
      assert.equal(screen.kind, 'question', 'the early press opened the first question');
      assert.equal(screen.step, 'serious-injury');
      await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'bpt-main-heading', null, { timeout: 5000 }).catch(() => {});
      assert.equal(await page.evaluate(() => document.activeElement && document.activeElement.id), 'bpt-main-heading', 'focus on the question heading');
      assert.deepEqual(problems, []);
      assert.ok(requests.every((r) => r.method === 'GET' && r.url.startsWith(server.url)), 'only GETs of the page\'s own files');
    } finally {
      await context.close().catch(() => {});
    }
  });

  it('the widget takes over with no layout shift and no frame without the page', async () => {
    const { context, page, problems } = await newPage(browser, { origin: server.url.replace(/\/$/, '') });
    try {
      // In the page from the start: the sum of layout shifts, and frames with no heading shown.
      await page.addInitScript(() => {
        window.__bptShift = 0;
        window.__bptBlankFrames = 0;
        window.__bptFrames = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__bptShift += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        const watch = () => {
          const h1 = document.getElementById('bpt-main-heading');
          if (document.body) {
            window.__bptFrames += 1;
            if (!h1 || !h1.getClientRects().length) window.__bptBlankFrames += 1;
          }
          if (window.__bptFrames < 600) requestAnimationFrame(watch);
        };
        requestAnimationFrame(watch);
      });
      const wasm = await holdWasm(page);
      await page.goto(server.url);
      await wasm.asked;
      await page.locator('h1#bpt-main-heading').waitFor({ state: 'visible' });
      await page.waitForTimeout(300); // frames painted with the prerendered page
      wasm.release();
      await widgetRunning(page);
      await page.waitForTimeout(500);
      const seen = await page.evaluate(() => ({ shift: window.__bptShift, blank: window.__bptBlankFrames, frames: window.__bptFrames }));
      assert.ok(seen.frames > 5, `frames watched: ${seen.frames}`);
      assert.equal(seen.shift, 0, 'cumulative layout shift');
      assert.equal(seen.blank, 0, `frames without the heading, of ${seen.frames}`);
      // The widget's own page, not the prerendered copy: its Start button works.
      await page.getByRole('button', { name: 'Start now' }).click();
      assert.equal((await q.currentScreen(page)).kind, 'question');
      assert.deepEqual(problems, []);
    } finally {
      await context.close().catch(() => {});
    }
  });

  for (const { name, locale, query, prepare, expect } of [
    {
      name: 'another language (a Spanish browser)',
      locale: 'es-ES',
      query: '',
      expect: async (page) => assert.equal(await page.locator('h1#bpt-main-heading').innerText(), 'Compruebe si su dolor de espalda tiene señales de alarma'),
    },
    {
      name: 'a host configuration (region=us)',
      query: '?region=us&hospital-name=St+Example',
      expect: async (page) => {
        assert.match(await page.locator('.bpt-care-card--emergency').innerText(), /911/);
        assert.match(await page.locator('footer').innerText(), /St Example/);
      },
    },
    {
      name: 'a restored session (a reload mid-questionnaire)',
      query: '',
      prepare: async (page) => {
        await q.complete(page, { age: 45 }, { stopAt: (screen, steps) => steps.length >= 2 });
      },
      expect: async (page) => assert.equal((await q.currentScreen(page)).kind, 'question'),
    },
  ]) {
    it(`${name}: the widget's own screen, never the prerendered English page first`, async () => {
      const { context, page, problems } = await newPage(browser, { origin: server.url.replace(/\/$/, ''), locale });
      try {
        // Every frame from the start: is the prerendered start page (the root still marked as
        // prerendered, before the widget replaces it) on screen?
        await page.addInitScript(() => {
          window.__bptPrerenderShown = 0;
          window.__bptWatched = 0;
          const watch = () => {
            const root = document.querySelector('#bpt-root[data-prerendered]');
            window.__bptWatched += 1;
            if (root && getComputedStyle(root).visibility !== 'hidden' && root.getClientRects().length) window.__bptPrerenderShown += 1;
            if (document.querySelector('#bpt-root:not([data-prerendered])') === null || window.__bptWatched < 30) requestAnimationFrame(watch);
          };
          requestAnimationFrame(watch);
        });
        if (prepare) {
          await page.goto(server.url + query);
          await prepare(page);
          await page.reload();
        } else {
          await page.goto(server.url + query);
        }
        await widgetRunning(page);
        await expect(page);
        const seen = await page.evaluate(() => ({ shown: window.__bptPrerenderShown, watched: window.__bptWatched }));
        assert.ok(seen.watched > 0, 'frames were watched');
        assert.equal(seen.shown, 0, `frames with the prerendered English page on screen, of ${seen.watched}`);
        assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('bpt-root')).visibility), 'visible');
        assert.deepEqual(problems, []);
      } finally {
        await context.close().catch(() => {});
      }
    });
  }
});
