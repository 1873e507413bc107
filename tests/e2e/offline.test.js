'use strict';
// Offline and updates (issue 4), on real nginx with deploy/nginx.conf under a sub-path:
// - after one online visit, with the browser offline AND nginx stopped (Playwright's offline
//   mode does not cover the service worker's own fetches), a reload shows the widget, Spanish
//   (never loaded online) can be chosen, and a whole questionnaire in it reaches the same result
//   as `assess`; on a device whose date is past the
//   content's next review date, the result says the copy may be out of date;
// - negative control: a browser that never visited cannot load the page offline;
// - a second build served later is picked up by a later online visit, but never in the middle
//   of a questionnaire: while answers are in progress the old version stays, and it takes over
//   once nothing is in progress.

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { requireDist, DIST } = require('./support/harness');
const { launchBrowser, newPage } = require('./support/browser');
const { startNginx, SUBPATH } = require('./support/nginx');
const { assertEgressClean } = require('./support/egress');
const { assess, REPO_ROOT } = require('./support/assess');
const q = require('./support/questionnaire');
const { until } = require('./support/until');
const { waitUntilControlled: controlled } = require('./support/service-worker');

/** State of the registration: which workers exist. */
function workers(page) {
  return page.evaluate(async () => {
    const r = await navigator.serviceWorker.getRegistration();
    return { active: Boolean(r && r.active), waiting: Boolean(r && r.waiting), installing: Boolean(r && r.installing) };
  });
}

const buildMarker = (page) => page.evaluate(() => document.querySelector('meta[name="bpt-test-build"]')?.content ?? 'first');

/** A copy of dist/ that differs only by a marker in index.html, with its own service worker
 *  written by the same build step (tools/precache.mjs): a stand-in for a new release. */
async function secondBuild() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bpt-second-build-'));
  fs.chmodSync(dir, 0o755); // readable by nginx's worker user
  fs.cpSync(DIST, dir, { recursive: true });
  const index = path.join(dir, 'index.html');
  fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace('<head>', '<head>\n    <meta name="bpt-test-build" content="second" />'));
  const { writeServiceWorker } = await import(pathToFileURL(path.join(REPO_ROOT, 'tools', 'precache.mjs')).href);
  await writeServiceWorker(dir);
  return dir;
}

describe('offline and updates (nginx, sub-path)', () => {
  let browser;
  before(async () => {
    requireDist();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close().catch(() => {});
  });

  it('works offline after one visit: reload and a whole questionnaire with no network', async () => {
    const nginx = await startNginx(DIST);
    const { context, page, problems, requests } = await newPage(browser, { origin: nginx.origin });
    try {
      await page.goto(nginx.url);
      await q.currentScreen(page);
      await controlled(page);
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope);
      assert.equal(scope, nginx.url, 'the service worker is scoped to the sub-path');
      // Chromium's own verdict on installing it as an app (manifest, icons, scope, start URL).
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      // Playwright's contexts are incognito-like, which alone blocks installing; any other reason
      // (icons, manifest fields, scope, service worker) fails the test.
      const reasons = installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito');
      assert.deepEqual(reasons, [], 'Chromium says the app cannot be installed');
      const manifest = await cdp.send('Page.getAppManifest');
      assert.deepEqual(manifest.errors, [], 'manifest errors');
      assert.equal(manifest.url, `${nginx.url}manifest.webmanifest`);
      const cached = await page.evaluate(async () => {
        const names = await caches.keys();
        const urls = [];
        for (const name of names) for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
        return urls;
      });
      // The hospitals' configuration page (configure*) is not for patients: it caches itself when
      // opened (tools/precache.mjs), so a patient's first visit does not pay for it.
      const patientFiles = (f) => /\.(wasm|js|css|html)$/.test(f) && !['embed.js', 'sw.js'].includes(f) && !f.startsWith('configure');
      for (const file of fs.readdirSync(DIST).filter(patientFiles)) {
        assert.ok(cached.includes(`/tools/backpain/${file}`), `${file} is precached (cache holds ${cached.join(', ')})`);
      }
      // Every language file is precached, so a language never chosen online works offline.
      const languageFiles = fs.readdirSync(path.join(DIST, 'lang'));
      assert.ok(languageFiles.length > 0, 'dist/lang/ holds the language files');
      for (const file of languageFiles) {
        assert.ok(cached.includes(`/tools/backpain/lang/${file}`), `lang/${file} is precached`);
      }
      // The FHIR Questionnaire is for hospital systems; the widget never loads it (issue 7).
      assert.ok(fs.existsSync(path.join(DIST, 'questionnaire.fhir.json')), 'dist/questionnaire.fhir.json is built');
      assert.ok(!cached.includes('/tools/backpain/questionnaire.fhir.json'), 'questionnaire.fhir.json is precached, but nothing offline uses it');

      await nginx.stop();
      await context.setOffline(true);
      await page.reload();
      // Spanish, chosen for the first time with no network: the whole check works in it.
      await q.currentScreen(page);
      await page.locator('.bpt-language-switch button[data-language="es"]').click();
      await until(async () => (await page.evaluate(() => document.querySelector('.bpt-app')?.getAttribute('lang'))) === 'es', 'Spanish, offline');
      assert.equal(await page.locator('[data-language-failed]').count(), 0, 'no language-failed notice');
      const findings = { age: 52, sex: 'female', history_of_cancer: 'yes', cancer_type: 'breast', duration_weeks: 3, improving: 'no', persistent_cough_weeks: 0 };
      const run = await q.complete(page, findings);
      const oracle = assess(run.answered);
      assert.equal(run.urgency, oracle.urgency);
      assert.deepEqual([...run.cancers].sort(), [...oracle.cancers].sort());
      assert.equal(await page.locator('[data-review-overdue]').count(), 0, 'no out-of-date notice before the review date');
      // A new tab, still offline, opens the check too. Its clock is set past the content's next
      // review date: the result still gives the advice, and says this copy may be out of date
      // and to go online to update.
      const second = await context.newPage();
      await second.clock.setFixedTime(new Date('2099-01-02T12:00:00Z'));
      await second.goto(nginx.url);
      assert.equal((await q.currentScreen(second)).kind, 'intro');
      const late = await q.complete(second, { age: 40, sex: 'male', duration_weeks: 1, improving: 'yes', persistent_cough_weeks: 0 });
      assert.equal(late.urgency, assess(late.answered).urgency, 'the advice is still given');
      const notice = second.locator('[data-review-overdue]');
      await notice.waitFor();
      const text = await notice.innerText();
      assert.match(text, /\(\d{4}-\d{2}-\d{2}\) has passed/, text);
      assert.match(text, /Connect to the internet and reload/, text);
      assert.deepEqual(problems, []);
      assertEgressClean({ browserRequests: requests, serverLog: nginx.accessLog(), origin: nginx.origin, base: SUBPATH, dist: DIST });
    } finally {
      await context.close().catch(() => {});
      await nginx.stop();
      nginx.cleanup();
    }
  });

  it('negative control: without an earlier visit the page does not load offline', async () => {
    const nginx = await startNginx(DIST);
    const { context, page } = await newPage(browser);
    try {
      await nginx.stop();
      await context.setOffline(true);
      await assert.rejects(page.goto(nginx.url), /ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED/);
    } finally {
      await context.close().catch(() => {});
      nginx.cleanup();
    }
  });

  it('a new build waits while a questionnaire is in progress and is used on a later visit', async () => {
    const nginx = await startNginx(DIST);
    const second = await secondBuild();
    const { context, page, problems } = await newPage(browser, { origin: nginx.origin });
    try {
      await page.goto(nginx.url);
      await q.currentScreen(page);
      await controlled(page);
      assert.equal(await buildMarker(page), 'first');

      // Start answering, then a new release appears on the server.
      const run = await q.complete(page, { age: 45 }, { stopAt: (screen, steps) => steps.length >= 3 });
      const stepBefore = run.screen.step;
      nginx.serve(second);
      await page.reload();
      await q.currentScreen(page);
      await until(async () => (await workers(page)).waiting, 'the new version to install and wait');
      await page.waitForTimeout(500);
      assert.equal((await workers(page)).waiting, true, 'the new version took over in the middle of a questionnaire');
      assert.equal(await buildMarker(page), 'first');
      const screen = await q.currentScreen(page);
      assert.equal(screen.step, stepBefore, 'the reload kept the place in the questionnaire');
      assert.ok(await page.evaluate(() => sessionStorage.getItem('bpt-answers')), 'the answers so far were kept');

      // Finish on the old version, then clear the answers: with nothing in progress the new
      // version takes over, and the next load uses it.
      const finished = await q.complete(page, { age: 45, duration_weeks: 2, improving: 'yes', persistent_cough_weeks: 0 });
      assert.equal(finished.urgency, assess({ ...run.answered, ...finished.answered }).urgency);
      assert.equal(await buildMarker(page), 'first');
      await page.getByRole('button', { name: 'Clear my answers and start again' }).click();
      await until(async () => !(await workers(page)).waiting, 'the new version to take over once nothing was in progress');
      await page.reload();
      await until(async () => (await buildMarker(page)) === 'second', 'the second build to be served on the next load');
      assert.equal((await q.currentScreen(page)).kind, 'intro');
      const log = nginx.accessLog();
      assert.ok(log.some((r) => r.uri === '/tools/backpain/sw.js'), 'the browser checked sw.js for updates');
      assert.deepEqual(problems, []);
    } finally {
      await context.close().catch(() => {});
      await nginx.stop();
      nginx.cleanup();
      fs.rmSync(second, { recursive: true, force: true });
    }
  });
});
