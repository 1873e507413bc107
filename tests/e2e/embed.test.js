'use strict';
// Embedding (issue 4): a hospital page on another origin adds the widget with the one-line
// loader. The widget is served by real nginx with deploy/nginx.conf under a sub-path; the host
// page by a second server (another port = another origin) with a strict CSP that allows only
// script-src and frame-src for the widget's origin. Checks: the frame appears right after the
// script, renders, follows its content's height, cannot be read by the host, sends the host only
// `ready` and `resize`, ignores what the host sends it, and takes the host's configuration.

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { requireDist, DIST } = require('./support/harness');
const { launchBrowser, newPage } = require('./support/browser');
const { startNginx, SUBPATH } = require('./support/nginx');
const { assertEgressClean } = require('./support/egress');
const { assess } = require('./support/assess');
const q = require('./support/questionnaire');
const { startHostPage } = require('./support/host-page');

/** The loader with configuration, as a hospital pastes it. */
function loaderSnippet(widgetUrl) {
  return `<script src="${widgetUrl}embed.js" async data-region="us" data-hospital-name="St Example Hospital"
  data-hospital-phone="+1 555 0100" data-hospital-link="https://st-example.example/back-pain"
  data-theme-button="#1d4f91" data-unknown="x"></script>`;
}

/** The host page, with the CSP docs/embedding.md tells hosts they need: the widget's origin for
 *  the loader script and the frame, nothing else (no inline script, no style, no connect). */
function startHost(widgetOrigin, widgetUrl) {
  return startHostPage(loaderSnippet(widgetUrl), `default-src 'none'; script-src ${widgetOrigin}/; frame-src ${widgetOrigin}/`);
}

describe('embedding with the loader on another origin', () => {
  let widget;
  let host;
  let browser;
  before(async () => {
    requireDist();
    widget = await startNginx(DIST);
    host = await startHost(widget.origin, widget.url);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close().catch(() => {});
    await host?.close();
    await widget?.stop();
    widget?.cleanup();
  });

  it('renders in a frame that follows its height, sends only ready/resize, and ignores the host', async () => {
    const { context, page, problems, requests } = await newPage(browser);
    const violations = [];
    try {
      // Record, in the host page, every message that reaches it (an init script runs before the
      // page's own scripts and is not subject to the host's CSP).
      await page.addInitScript(() => {
        window.__messages = [];
        window.addEventListener('message', (event) => {
          window.__messages.push({ origin: event.origin, data: JSON.parse(JSON.stringify(event.data)) });
        });
        document.addEventListener('securitypolicyviolation', (e) => {
          window.__violations = (window.__violations || []).concat(`${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      await page.goto(host.url);

      // The frame is created right after the script, before the text that follows it.
      const iframe = page.locator('iframe');
      await iframe.waitFor();
      const order = await page.evaluate(() => {
        const frame = document.querySelector('iframe');
        return [frame.previousElementSibling.tagName, frame.nextElementSibling.id];
      });
      assert.deepEqual(order, ['SCRIPT', 'after']);
      const src = new URL(await iframe.getAttribute('src'));
      assert.equal(src.origin, widget.origin);
      assert.equal(src.pathname, '/tools/backpain/index.html');
      assert.equal(src.searchParams.get('parent'), host.origin);
      assert.equal(src.searchParams.get('region'), 'us');
      assert.equal(src.searchParams.has('unknown'), false, 'the loader passes only documented keys');
      assert.ok(await iframe.getAttribute('title'), 'the frame has a title for screen readers');

      const frame = page.frameLocator('iframe');
      await frame.locator('[data-page="intro"]').waitFor();
      const widgetFrame = page.frames().find((f) => f.url().startsWith(widget.origin));
      assert.ok(widgetFrame, 'the widget frame is loaded from the widget origin');

      // The host page cannot read the frame's document (different origin).
      const readable = await page.evaluate(() => {
        const frame = document.querySelector('iframe');
        try {
          return frame.contentDocument !== null || frame.contentWindow.document !== undefined;
        } catch {
          return false;
        }
      });
      assert.equal(readable, false, "the host page can read the widget's document");

      // ready, then a resize that sets the frame to the content's height.
      const heightMatches = async () => {
        const content = await widgetFrame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        const box = await page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height);
        return { content, box };
      };
      // (Polled with evaluate: waitForFunction needs eval, which the host's CSP forbids.)
      for (let i = 0; i < 100 && !(await page.evaluate(() => window.__messages.some((m) => m.data.type === 'resize'))); i += 1) {
        await page.waitForTimeout(100);
      }
      let sizes = await heightMatches();
      for (let i = 0; i < 20 && Math.abs(sizes.content - sizes.box) > 1; i += 1) {
        await page.waitForTimeout(100);
        sizes = await heightMatches();
      }
      assert.ok(Math.abs(sizes.content - sizes.box) <= 1, `frame height ${sizes.box} follows its content ${sizes.content}`);
      const introHeight = sizes.box;

      // The host's configuration: region us (911), its name and links, its button colour.
      const footer = await widgetFrame.locator('[data-hospital]').innerText();
      assert.match(footer, /St Example Hospital/);
      assert.equal(await widgetFrame.locator('[data-hospital] a[href="tel:+15550100"]').count(), 1);
      assert.equal(await widgetFrame.locator('[data-hospital] a[href="https://st-example.example/back-pain"]').count(), 1);
      const buttonColour = await widgetFrame.evaluate(() => getComputedStyle(document.querySelector('.bpt-button--start')).backgroundColor);
      assert.equal(buttonColour, 'rgb(29, 79, 145)');

      // The host (or anyone) posting to the frame changes nothing.
      const before = await q.currentScreen(widgetFrame);
      await page.evaluate(() => {
        const target = document.querySelector('iframe').contentWindow;
        for (const message of [
          { type: 'Show', place: { Result: null } },
          { source: 'backpain-check', v: 1, type: 'answers' },
          'Start',
          { type: 'SKIP_WAITING' },
        ]) {
          target.postMessage(message, '*');
        }
      });
      await page.waitForTimeout(300);
      assert.deepEqual(await q.currentScreen(widgetFrame), before, 'a message from the host changed the widget');

      // Answer through to a result inside the frame; the height follows each screen.
      const findings = { age: 70, sex: 'male', fever: 'yes', duration_weeks: 2, improving: 'no', persistent_cough_weeks: 0, unexplained_weight_loss: 'yes' };
      const heights = new Set([introHeight]);
      const run = await q.complete(widgetFrame, findings, {
        onStep: async () => {
          await page.waitForTimeout(150);
          heights.add(await page.evaluate(() => Math.round(document.querySelector('iframe').getBoundingClientRect().height)));
        },
      });
      const oracle = assess(run.answered);
      assert.equal(run.urgency, oracle.urgency);
      await page.waitForTimeout(300);
      const resultSizes = await heightMatches();
      assert.ok(Math.abs(resultSizes.content - resultSizes.box) <= 1, `result: frame ${resultSizes.box} vs content ${resultSizes.content}`);
      assert.ok(heights.size >= 3, `the frame height changed with the steps (saw ${[...heights].join(', ')})`);
      // Region us: the emergency and urgent services are the US ones, not 999/111.
      const resultText = await widgetFrame.locator('main').innerText();
      assert.doesNotMatch(resultText, /\b999\b|\b111\b/);

      // Only ready and resize reached the host, from the widget origin, with nothing else in them.
      const messages = await page.evaluate(() => window.__messages);
      assert.ok(messages.length >= 3, `messages: ${JSON.stringify(messages)}`);
      assert.deepEqual(messages[0], { origin: widget.origin, data: { source: 'backpain-check', v: 1, type: 'ready' } });
      for (const m of messages) {
        assert.equal(m.origin, widget.origin);
        const keys = Object.keys(m.data).sort();
        if (m.data.type === 'ready') assert.deepEqual(keys, ['source', 'type', 'v']);
        else {
          assert.equal(m.data.type, 'resize', `unexpected message ${JSON.stringify(m)}`);
          assert.deepEqual(keys, ['height', 'source', 'type', 'v']);
          assert.equal(typeof m.data.height, 'number');
        }
      }
      const serialised = JSON.stringify(messages);
      for (const word of ['urgent', 'emergency', 'fever', 'weight', run.urgency]) {
        assert.equal(serialised.includes(word), false, `a message mentions "${word}"`);
      }
      violations.push(...((await page.evaluate(() => window.__violations)) || []));
      assert.deepEqual(violations, [], "the host page's strict CSP blocked something the loader needs");
      assert.deepEqual(host.requests, ['/'], 'the host server got only its own page');
      // No console errors or CSP violations in the host page or the frame.
      assert.deepEqual(problems, []);
      // Embedded too, the widget asked its origin only for its own files (browser and nginx).
      assertEgressClean({ browserRequests: requests, serverLog: widget.accessLog(), origin: widget.origin, base: SUBPATH, dist: DIST, allowedOrigins: [host.origin] });
    } finally {
      await context.close().catch(() => {});
    }
  });
});
