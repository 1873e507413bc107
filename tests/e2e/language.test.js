'use strict';
// Languages (issue 6): the browser's language is the default, the host's `lang` setting and
// the person's own choice win over it, switching keeps the answers and the place, the root
// carries `lang` and `dir`, an unreviewed translation says so, the change is announced, and no
// screen ever shows a message id instead of text.

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { startEnv, withPage } = require('./support/harness');
const { REPO_ROOT } = require('./support/assess');
const q = require('./support/questionnaire');

const LOCALES = path.join(REPO_ROOT, 'content', 'locales');

/** Every message id of the English files that has a dash (the ones that cannot be a word). */
function messageIds() {
  const ids = new Set();
  for (const file of fs.readdirSync(path.join(LOCALES, 'en'))) {
    if (!file.endsWith('.ftl')) continue;
    for (const line of fs.readFileSync(path.join(LOCALES, 'en', file), 'utf8').split('\n')) {
      const m = /^([a-z][a-z0-9-]*-[a-z0-9-]+)\s*=/.exec(line);
      if (m) ids.add(m[1]);
    }
  }
  return ids;
}
const IDS = messageIds();

/** The widget root's language attributes and the unreviewed-translation notice. */
async function rootLanguage(page) {
  return page.evaluate(() => {
    const root = document.querySelector('.bpt-app');
    return {
      lang: root?.getAttribute('lang'),
      dir: root?.getAttribute('dir'),
      unreviewed: Boolean(document.querySelector('[data-translation-unreviewed]')),
      heading: document.getElementById('bpt-main-heading')?.textContent.trim(),
      current: document.querySelector('.bpt-language-switch [aria-current="true"]')?.getAttribute('lang'),
    };
  });
}

/** Fails if the visible text contains a message id (a missing translation shown raw). */
async function assertNoMessageIds(page, where) {
  const text = await page.evaluate(() => document.body.innerText);
  const shown = [...IDS].filter((id) => new RegExp(`(^|[^a-z0-9-])${id}($|[^a-z0-9-])`).test(text));
  assert.deepEqual(shown, [], `${where}: message ids shown instead of text`);
}

async function chooseLanguage(page, code) {
  await page.locator(`.bpt-language-switch button[data-language="${code}"]`).click();
  // Poll with evaluate: waitForFunction uses eval, which the widget's CSP forbids.
  for (let i = 0; i < 100; i += 1) {
    if ((await rootLanguage(page)).lang === code) return;
    await page.waitForTimeout(50);
  }
  throw new Error(`the widget did not switch to ${code}`);
}

describe('languages', () => {
  let env;
  before(async () => {
    env = await startEnv();
  });
  after(async () => {
    await env?.stop();
  });

  it('an English browser gets English, reviewed, with lang and dir on the root', async () => {
    await withPage(env, 'lang-default-en', async ({ page }) => {
      await q.currentScreen(page);
      const root = await rootLanguage(page);
      assert.equal(root.lang, 'en');
      assert.equal(root.dir, 'ltr');
      assert.equal(root.unreviewed, false, 'English is clinically reviewed: no notice');
      assert.equal(root.current, 'en', 'the switch marks the current language');
      assert.match(root.heading, /back pain/i);
      assert.match(await page.title(), /back pain/i);
    }, { locale: 'en-GB' });
  });

  it("a Spanish browser gets Spanish, marked as not clinically reviewed, with the region's number", async () => {
    await withPage(env, 'lang-browser-es', async ({ page }) => {
      await q.currentScreen(page);
      const root = await rootLanguage(page);
      assert.equal(root.lang, 'es');
      assert.equal(root.dir, 'ltr');
      assert.equal(root.unreviewed, true, 'the unreviewed-translation notice is shown');
      assert.match(root.heading, /espalda/i, 'the start page is in Spanish');
      assert.match(await page.title(), /espalda/i, 'the page title is in Spanish');
      const intro = await page.evaluate(() => document.body.innerText);
      assert.match(intro, /\b999\b/, 'the UK emergency number appears in the Spanish text');
      await assertNoMessageIds(page, 'Spanish start page');
    }, { locale: 'es-ES' });
  });

  it("the host's lang setting wins over the browser's language", async () => {
    await withPage(env, 'lang-host-es', async ({ page }) => {
      await q.currentScreen(page);
      assert.equal((await rootLanguage(page)).lang, 'es');
    }, { locale: 'en-US', query: '?lang=es' });
    await withPage(env, 'lang-host-en', async ({ page }) => {
      await q.currentScreen(page);
      assert.equal((await rootLanguage(page)).lang, 'en');
    }, { locale: 'es-MX', query: '?lang=en-GB' });
  });

  it('switching language mid-questionnaire keeps the step and the answers, announces it, and survives a reload', { timeout: 120000 }, async () => {
    await withPage(env, 'lang-switch-keeps-answers', async ({ page }) => {
      const answers = { age: 47, sex: 'female', history_of_cancer: 'no' };
      const run = await q.complete(page, answers, { stopAt: (screen, steps) => steps.at(-1) === 'cancer-history' });
      assert.equal(run.screen.kind, 'question');
      const step = run.screen.step;
      const englishHeading = (await rootLanguage(page)).heading;

      await chooseLanguage(page, 'es');
      const spanish = await rootLanguage(page);
      assert.equal(spanish.unreviewed, true);
      assert.equal(spanish.current, 'es');
      assert.notEqual(spanish.heading, englishHeading, 'the heading is now in Spanish');
      assert.equal((await q.currentScreen(page)).step, step, 'still on the same step');
      const live = await page.locator('.bpt-language-switch [aria-live="polite"]').innerText();
      assert.match(live, /español/i, 'the change is announced in the new language');
      await assertNoMessageIds(page, `Spanish step ${step}`);

      // The earlier answers are still there: go Back and find them selected.
      await q.clickBack(page);
      const back = await q.readAnswers(page);
      assert.ok(Object.keys(back).length > 0, `Back shows the earlier answers in Spanish: ${JSON.stringify(back)}`);

      await page.reload();
      await q.currentScreen(page);
      assert.equal((await rootLanguage(page)).lang, 'es', 'the choice lasts for the tab');

      // Finish in Spanish: the result is the same advice the engine gives.
      const finished = await q.complete(page, { ...answers, duration_weeks: 2, improving: 'yes', clear_mechanical_cause: 'yes', persistent_cough_weeks: 0 });
      assert.ok(finished.urgency, 'a result is reached in Spanish');
      await assertNoMessageIds(page, 'Spanish result');
      const result = await page.evaluate(() => document.body.innerText);
      assert.match(result, /111|999/, 'the result names the UK services');

      await chooseLanguage(page, 'en');
      assert.equal((await rootLanguage(page)).unreviewed, false);
      assert.equal((await q.currentScreen(page)).urgency, finished.urgency, 'same result in English');
    }, { locale: 'en-GB' });
  });
});
