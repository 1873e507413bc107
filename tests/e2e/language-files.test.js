'use strict';
// Language files: only the language the page starts in is loaded (English is built in; every
// other language is dist/lang/<code>-<hash>.txt, fetched by the start-up script with its
// integrity hash), a language chosen later is fetched once, and a language file that does not
// arrive, or arrives changed, leaves the check working in English with a plain notice and
// every answer kept. Offline use of a language never loaded online is in offline.test.js.

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { startEnv, withPage, DIST } = require('./support/harness');
const q = require('./support/questionnaire');
const { until } = require('./support/until');

const LANGUAGE_FILE = /\/lang\/([a-z]{2,3})-[0-9a-f]{16}\.txt$/;

/** The language files the page itself fetched (not the service worker's precaching). */
function languageFetches(page, requests) {
  return requests.filter((r) => LANGUAGE_FILE.test(new URL(r.url).pathname)).map((r) => ({
    code: LANGUAGE_FILE.exec(new URL(r.url).pathname)[1],
    method: r.method,
    search: new URL(r.url).search,
    sameOrigin: new URL(r.url).origin === new URL(page.url()).origin,
  }));
}

async function shownLanguage(page) {
  return page.evaluate(() => ({
    lang: document.querySelector('.bpt-app')?.getAttribute('lang'),
    failed: document.querySelector('[data-language-failed]')?.textContent.trim() ?? null,
    heading: document.getElementById('bpt-main-heading')?.textContent.trim(),
  }));
}

const clickLanguage = (page, code) => page.locator(`.bpt-language-switch button[data-language="${code}"]`).click();

/** A page on which every language file request is failed, or answered with changed bytes. */
async function breakLanguageFiles(page, how) {
  await page.route(LANGUAGE_FILE, async (route) => {
    if (how === 'abort') return route.abort('internetdisconnected');
    const response = await route.fetch();
    const body = Buffer.from(await response.body());
    body[body.length >> 1] ^= 0xff; // one changed byte: the integrity check must refuse it
    return route.fulfill({ response, body });
  });
}

describe('language files', () => {
  let env;
  before(async () => {
    env = await startEnv();
  });
  after(async () => {
    await env?.stop();
  });

  it('the build writes one hashed file per language but English, and the start-up script knows each hash', () => {
    const files = fs.readdirSync(path.join(DIST, 'lang'));
    assert.deepEqual(files.map((f) => f.replace(/-[0-9a-f]{16}\.txt$/, '')).sort(), ['es']);
    const start = fs.readdirSync(DIST).find((f) => /^start-[0-9a-f]{16}\.js$/.test(f));
    const script = fs.readFileSync(path.join(DIST, start), 'utf8');
    const crypto = require('node:crypto');
    for (const file of files) {
      const bytes = fs.readFileSync(path.join(DIST, 'lang', file));
      const integrity = 'sha384-' + crypto.createHash('sha384').update(bytes).digest('base64');
      assert.ok(script.includes(`"lang/${file}"`), `${start} names lang/${file}`);
      assert.ok(script.includes(integrity), `${start} has the integrity hash of lang/${file}`);
    }
  });

  it('an English visit fetches no language file; a Spanish one fetches only Spanish, once', async () => {
    await withPage(env, 'language-files-en', async ({ page, context }) => {
      const requests = [];
      context.on('request', (r) => { if (!r.serviceWorker()) requests.push({ url: r.url(), method: r.method() }); });
      await q.currentScreen(page);
      await q.complete(page, { age: 40, sex: 'male', duration_weeks: 1, improving: 'yes', persistent_cough_weeks: 0 });
      assert.deepEqual(languageFetches(page, requests), [], 'English is built in');
    }, { locale: 'en-GB' });

    await withPage(env, 'language-files-es', async ({ page }) => {
      const fetched = [];
      page.on('requestfinished', (r) => { if (!r.serviceWorker() && LANGUAGE_FILE.test(new URL(r.url()).pathname)) fetched.push(r.url()); });
      await page.reload(); // the first load happened before the listener; count a whole load
      await q.currentScreen(page);
      assert.equal((await shownLanguage(page)).lang, 'es');
      assert.equal(fetched.length, 1, `one language file per load: ${fetched.join(', ')}`);
      assert.match(fetched[0], /\/lang\/es-[0-9a-f]{16}\.txt$/);
      // Service workers blocked: every request the page makes is on the network and counted here.
    }, { locale: 'es-ES', serviceWorkers: 'block' });
  });

  it('choosing Spanish mid-questionnaire fetches it once, as a plain same-origin GET, and switching back and forth fetches nothing more', async () => {
    await withPage(env, 'language-files-switch', async ({ page, context }) => {
      const requests = [];
      context.on('request', (r) => { if (!r.serviceWorker()) requests.push({ url: r.url(), method: r.method() }); });
      const run = await q.complete(page, { age: 47, sex: 'female', history_of_cancer: 'no' }, { stopAt: (screen, steps) => steps.at(-1) === 'cancer-history' });
      await clickLanguage(page, 'es');
      await until(async () => (await shownLanguage(page)).lang === 'es', 'Spanish');
      await clickLanguage(page, 'en');
      await until(async () => (await shownLanguage(page)).lang === 'en', 'English');
      await clickLanguage(page, 'es');
      await until(async () => (await shownLanguage(page)).lang === 'es', 'Spanish again');
      assert.equal((await q.currentScreen(page)).step, run.screen.step, 'still on the same step');
      const fetches = languageFetches(page, requests);
      assert.equal(fetches.length, 1, `the page fetched a language file once: ${JSON.stringify(fetches)}`);
      assert.deepEqual(fetches[0], { code: 'es', method: 'GET', search: '', sameOrigin: true });
    }, { locale: 'en-GB', serviceWorkers: 'block' }); // every page request on the network, counted
  });

  for (const how of ['abort', 'tamper']) {
    it(`a Spanish file that ${how === 'abort' ? 'does not arrive' : 'arrives changed'} leaves the check in English with a notice, and nothing is lost`, async () => {
      await withPage(env, `language-files-${how}`, async ({ page, problems }) => {
        await breakLanguageFiles(page, how);
        // At start: the browser prefers Spanish, the file fails, the page starts in English.
        await page.reload();
        await q.currentScreen(page);
        const start = await shownLanguage(page);
        assert.equal(start.lang, 'en', 'English, the built-in language');
        assert.match(start.failed ?? '', /could not be loaded/, 'the notice says the language did not load');
        // Mid-questionnaire: answers kept, the notice again, still English; then it works.
        const run = await q.complete(page, { age: 47, sex: 'female', history_of_cancer: 'no' }, { stopAt: (screen, steps) => steps.at(-1) === 'cancer-history' });
        await clickLanguage(page, 'es');
        await until(async () => (await shownLanguage(page)).failed, 'the notice');
        assert.equal((await shownLanguage(page)).lang, 'en');
        assert.equal((await q.currentScreen(page)).step, run.screen.step, 'still on the same step');
        await q.clickBack(page);
        assert.ok(Object.keys(await q.readAnswers(page)).length > 0, 'the earlier answers are kept');
        await page.unrouteAll({ behavior: 'wait' });
        await clickLanguage(page, 'es');
        await until(async () => (await shownLanguage(page)).lang === 'es', 'Spanish once the file arrives');
        assert.equal((await shownLanguage(page)).failed, null, 'the notice is gone');
        // The failures were logged for whoever looks at the console, and nothing else went wrong.
        const expected = (p) => /language es not loaded|language file|integrity|Failed to load resource|ERR_INTERNET_DISCONNECTED/i.test(p);
        assert.ok(problems.some(expected), `the failure is in the console: ${problems.join(' | ')}`);
        const others = problems.filter((p) => !expected(p));
        problems.length = 0;
        assert.deepEqual(others, []);
      }, { locale: 'es-ES', serviceWorkers: 'block' });
    });
  }
});
