'use strict';
// WCAG 2.2 AA in a real browser (Chromium).
//
//  1. axe-core (tags wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa, best-practice) finds nothing on
//     every kind of screen: the intro; each kind of question (yes/no, yes/no/not sure, number,
//     choice, checklist; in fact every step met on the paths below); a validation error (no
//     answer chosen, and a number out of range); check your answers; every result level (the
//     emergency early stop and final result, urgent_24h, within_1_week, within_2_weeks, routine,
//     self_care: the answer sets of support/level-paths.js); a result with the cancer
//     explanations opened; the doctor's summary; the "restored answers" notice after a reload; the
//     static fallback shown without WebAssembly; and the accessibility statement page. Each at
//     three sizes (390×844, 320 px wide, and 200% zoom of a 1280×800 window, emulated as a
//     640×400 CSS px viewport: see support/a11y.js for why) and in the light and the dark colour
//     scheme, and in every language under content/locales/ (selected with `?lang=`; a language
//     it cannot select fails). Each path is walked
//     once per language; the checks run at every new screen, for all six configurations. (While
//     no style sheet depends on the colour scheme, the dark page is the light page, and axe's
//     light answer stands for both: see ScreenChecker.check; a diagnostic line says so.)
//  2. What axe cannot see, on the same screens: no horizontal scrolling at any size (1.4.10);
//     every control has a visible associated label, every button visible text; targets of at
//     least 24×24 px or the 2.5.8 exceptions; with prefers-reduced-motion no animation or
//     transition over 0.01 s and no smooth scrolling; the result heading and the error text
//     carry the message in words (never colour alone).
//  3. Keyboard only: Tab, Shift+Tab, Space, Enter, arrow keys and digits complete the whole
//     questionnaire from the intro to a result, including Back and Change; focus lands on the new
//     screen's heading (#bpt-main-heading) after every move, and every control focused on the
//     way shows a focus indicator.
//  4. Each new screen is announced: a new document title (and/or a live region).
//  5. Right-to-left (dir="rtl" set on the widget root, a pseudo-locale check): the layout mirrors.
//  6. The style sheets use logical properties only (print.css excepted).
//  7. A negative control: problems planted in the page are found by axe and by each own check.

const { describe, it, before, after, test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { startEnv, withPage, requireDist, DIST } = require('./support/harness');
const { newPage } = require('./support/browser');
const { REPO_ROOT } = require('./support/assess');
const q = require('./support/questionnaire');
const { LEVEL_PATHS } = require('./support/level-paths');
const a11y = require('./support/a11y');
const kb = require('./support/keyboard');

const LOCALES = path.join(REPO_ROOT, 'content', 'locales');
const STYLES = path.join(REPO_ROOT, 'styles');

/** The shipped languages: the directories under content/locales/, the default (en) first. */
function languages() {
  const codes = fs
    .readdirSync(LOCALES, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return [...codes.filter((c) => c === 'en'), ...codes.filter((c) => c !== 'en')];
}

/** The `lang` of the widget's root. */
async function rootLang(page) {
  await q.currentScreen(page);
  return page.locator('.bpt-app').getAttribute('lang');
}

const primary = (tag) => (tag || '').toLowerCase().split('-')[0];

/** What kind of question the form on screen asks. */
async function questionKind(page) {
  return page.evaluate(() => {
    const form = document.querySelector('form[data-step]');
    if (form.querySelector('input[type="number"]')) return 'number';
    if (form.querySelector('input[type="checkbox"]')) return 'checklist';
    const values = [...form.querySelectorAll('input[type="radio"]')].map((i) => i.value);
    if (values.includes('yes') && values.includes('no')) return values.includes('not_sure') ? 'yes/no/not sure' : 'yes/no';
    return 'choice';
  });
}

/** A button found by data-action, a structural selector, or its English name (see the page
 *  object). */
function button(page, action, structural, englishName) {
  let locator = page.locator(`[data-action="${action}"]`);
  if (structural) locator = locator.or(page.locator(structural));
  if (englishName) locator = locator.or(page.getByRole('button', { name: englishName, exact: true }));
  return locator.first();
}

/** Polls `fn` in the page until it returns something truthy. (Not page.waitForFunction: it
 *  uses eval(), which the widget's Content-Security-Policy blocks.) */
async function waitInPage(page, fn, arg, { timeout = 5000, what = 'a condition' } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await page.evaluate(fn, arg);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await page.waitForTimeout(50);
  }
}

/**
 * Runs every check on the screen shown, in every configuration, and collects what fails (so
 * that one run reports all problems, not only the first). Leaves the page at the walking
 * configuration: 390×844, light, no reduced motion.
 */
class ScreenChecker {
  constructor(page, where) {
    this.page = page;
    this.where = where;
    this.failures = [];
    this.screens = [];
    this.axeRuns = 0;
    this.targets = 0;
    this.axeMs = 0;
    this.checkMs = 0;
    this.sameAsLight = 0;
  }

  fail(label, message) {
    this.failures.push(`${this.where} | ${label}: ${message}`);
  }

  async check(label) {
    const { page } = this;
    const started = Date.now();
    this.screens.push(label);
    for (const size of a11y.SIZES) {
      await a11y.setSize(page, size);
      let light = null;
      for (const scheme of a11y.SCHEMES) {
        await page.emulateMedia({ colorScheme: scheme });
        if (scheme !== 'light' && light !== null && (await page.evaluate(a11y.colourSchemeDependenceInPage)).length === 0) {
          // Nothing in the page depends on the colour scheme (no prefers-color-scheme, no
          // color-scheme): it renders exactly as in light, so axe would give the same answer.
          this.sameAsLight += 1;
          continue;
        }
        this.axeRuns += 1;
        const axeStarted = Date.now();
        const violations = await a11y.axeViolations(page);
        this.axeMs += Date.now() - axeStarted;
        if (scheme === 'light') light = violations;
        for (const line of violations) this.fail(`${label} | ${size.name} | ${scheme}`, `axe ${line}`);
      }
      const where = `${label} | ${size.name}`;
      const overflow = await page.evaluate(a11y.overflowInPage);
      if (overflow.scrollWidth > size.width) {
        this.fail(where, `scrolls sideways: scrollWidth ${overflow.scrollWidth} > ${size.width} (${overflow.offenders.join('; ')})`);
      }
      for (const problem of await page.evaluate(a11y.labelsInPage)) this.fail(where, `label: ${problem}`);
      const targets = await page.evaluate(a11y.targetSizeInPage);
      this.targets += targets.count;
      for (const problem of targets.problems) this.fail(where, `target size: ${problem}`);
    }
    await a11y.setSize(page, a11y.SIZES[0]);
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    for (const problem of await page.evaluate(a11y.motionInPage)) this.fail(`${label} | reduced motion`, problem);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    this.checkMs += Date.now() - started;
  }

  assertClean() {
    if (this.failures.length > 0) console.log(`[a11y ${this.where}] ${this.failures.length} problems:\n  ${this.failures.join('\n  ')}`);
    assert.deepEqual(this.failures, [], `${this.failures.length} accessibility problems in ${this.where}`);
  }
}

// ---------------------------------------------------------------------------------------------
// 6. Logical properties only (static: no browser)

/** Physical left/right in a style sheet: property names, values, and four-value shorthands
 *  whose right and left values differ. Returns "file:line: declaration" strings. */
function physicalDeclarations(file) {
  const css = fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
  const found = [];
  const SHORTHANDS = /^(margin|padding|inset|border-width|border-style|border-color|border-radius|scroll-margin|scroll-padding)$/;
  // Declarations: "name: value" up to ; or }, outside selectors (after a { or ;).
  const re = /(?<=[{;]\s*)([-a-z]+)\s*:\s*([^;{}]+)/g;
  for (const m of css.matchAll(re)) {
    const [, prop, rawValue] = m;
    const value = rawValue.trim();
    const line = css.slice(0, m.index).split('\n').length;
    const where = `${path.basename(file)}:${line}: ${prop}: ${value}`;
    if (prop.startsWith('--')) continue;
    if (/(^|-)(left|right)(-|$)/.test(prop)) found.push(where);
    else if (/\b(left|right)\b/.test(value)) found.push(where);
    else if (SHORTHANDS.test(prop)) {
      // Split on spaces outside brackets; four values with right != left are physical.
      const parts = [];
      let depth = 0;
      let current = '';
      for (const ch of value.replace(/\s*!important$/, '')) {
        if (ch === '(') depth += 1;
        if (ch === ')') depth -= 1;
        if (/\s/.test(ch) && depth === 0) {
          if (current) parts.push(current);
          current = '';
        } else current += ch;
      }
      if (current) parts.push(current);
      const sides = prop === 'border-radius' ? parts.filter((p) => p !== '/') : parts;
      if (prop === 'border-radius' ? new Set(sides).size > 1 : sides.length === 4 && sides[1] !== sides[3]) found.push(where);
    }
  }
  return found;
}

test('styles/*.css (but print.css) use logical properties, no physical left/right', () => {
  const files = fs.readdirSync(STYLES).filter((f) => f.endsWith('.css') && f !== 'print.css');
  assert.ok(files.length >= 3, `style sheets found: ${files.join(', ')}`);
  const found = files.flatMap((f) => physicalDeclarations(path.join(STYLES, f)));
  assert.deepEqual(found, [], 'use margin-inline-start, padding-inline, inset-inline-start, border-inline-start, text-align: start …');
});

test('the physical-property check finds what it should', () => {
  const tmp = path.join(require('node:os').tmpdir(), `bpt-physical-${process.pid}.css`);
  fs.writeFileSync(
    tmp,
    `.a { margin-left: 1px; padding-inline: 2px; }\n.b { text-align: right; float: left }\n.c { left: 0; border-right: 1px solid; }\n` +
      `.d { margin: 0 1px 2px 0; padding: 1px 2px; border-width: 7px 0 7px 12px; }\n.e { background: linear-gradient(to right, red, blue); }\n` +
      `/* margin-left: in a comment */ .f-left { inset-inline-start: 0; text-align: start; margin: 1px 2px 3px 2px; }\n`,
  );
  try {
    const found = physicalDeclarations(tmp).map((s) => s.replace(/^[^:]+:\d+: /, ''));
    assert.deepEqual(found, [
      'margin-left: 1px',
      'text-align: right',
      'float: left',
      'left: 0',
      'border-right: 1px solid',
      'margin: 0 1px 2px 0',
      'border-width: 7px 0 7px 12px',
      'background: linear-gradient(to right, red, blue)',
    ]);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
});

// ---------------------------------------------------------------------------------------------

test('dist/ holds a built widget (scripts/build.sh)', () => {
  requireDist();
});

describe('accessibility in Chromium', () => {
  let env;
  before(async () => {
    env = await startEnv();
  });
  after(async () => {
    await env?.stop();
  });

  // 1 + 2: every screen, every configuration, every language.
  for (const lang of languages()) {
    it(`axe and the other checks find nothing on any screen (?lang=${lang})`, { timeout: 240000 }, async (t) => {
      await withPage(env, `a11y-${lang}`, async ({ page }) => {
        await page.goto(`${env.url}?lang=${lang}`);
        const got = await rootLang(page);
        // Every folder under content/locales/ ships (content/locales/languages.toml), so ?lang=
        // must select it: a language that cannot be selected cannot be checked.
        assert.equal(primary(got), lang, `?lang=${lang} does not select ${lang}: the widget root says lang="${got}"`);
        const started = Date.now();
        const checker = new ScreenChecker(page, `lang=${lang}`);
        await walkEveryScreen(page, checker);
        const secs = ((Date.now() - started) / 1000).toFixed(1);
        if (checker.sameAsLight > 0) {
          t.diagnostic(`${lang}: in ${checker.sameAsLight} of ${checker.screens.length * a11y.SIZES.length} screen × size cases the page has no dark-scheme styles, so dark renders as light and axe was not run twice`);
        }
        t.diagnostic(`${lang}: ${checker.screens.length} screens × ${a11y.SIZES.length} sizes × ${a11y.SCHEMES.length} schemes: ${checker.axeRuns} axe runs, ${checker.targets} targets measured; ${secs} s (axe ${(checker.axeMs / 1000).toFixed(1)} s, other checks ${((checker.checkMs - checker.axeMs) / 1000).toFixed(1)} s, walking ${((Date.now() - started - checker.checkMs) / 1000).toFixed(1)} s)`);
        console.log(`[a11y ${lang}] screens checked: ${checker.screens.join(' · ')}`);
        checker.assertClean();
      });
    });
  }

  it('the checks find planted problems (negative control)', { timeout: 60000 }, async () => {
    await withPage(env, 'a11y-control', async ({ page }) => {
      await q.currentScreen(page);
      await a11y.setSize(page, a11y.SIZES[1]);
      const clean = await a11y.axeViolations(page);
      assert.deepEqual(clean, [], 'the intro is clean before planting');
      // Planted with the DOM and CSSOM (the page's CSP forbids inline markup and style).
      await page.evaluate(() => {
        const main = document.querySelector('main');
        const input = document.createElement('input');
        input.type = 'text';
        input.id = 'planted-input';
        main.prepend(input);
        for (const n of [1, 2]) {
          const b = document.createElement('button');
          b.textContent = String(n);
          b.className = 'planted-small';
          for (const [k, v] of [['width', '12px'], ['height', '12px'], ['padding', '0'], ['margin', '0'], ['font-size', '8px'], ['display', 'inline-block']]) b.style.setProperty(k, v, 'important');
          main.prepend(b);
        }
        const wide = document.createElement('div');
        wide.style.setProperty('width', '900px');
        wide.style.setProperty('height', '2px');
        main.append(wide);
        const faint = document.createElement('p');
        faint.textContent = 'Faint text';
        faint.style.setProperty('color', '#c8c8c8', 'important');
        main.append(faint);
        // Two small links side by side: exempt inside a sentence (2.5.8 "inline"), too close
        // together on their own.
        for (const [id, before, after] of [['planted-inline', 'Read ', ' before you start.'], ['planted-alone', '', '']]) {
          const p = document.createElement('p');
          const links = ['this', 'that'].map((word, i) => {
            const a = document.createElement('a');
            a.href = '#';
            a.id = `${id}-${i}`;
            a.textContent = word;
            return a;
          });
          p.append(before, links[0], ' ', links[1], after);
          p.style.setProperty('font-size', '10px', 'important');
          p.style.setProperty('line-height', '1', 'important');
          p.style.setProperty('margin-block', '40px', 'important');
          main.append(p);
        }
        const moving = document.createElement('p');
        moving.textContent = 'Moving';
        moving.style.setProperty('transition', 'opacity 2s', 'important');
        main.append(moving);
        document.documentElement.style.setProperty('scroll-behavior', 'smooth', 'important');
      });
      const axeFound = (await a11y.axeViolations(page)).map((v) => v.split(' ')[0]);
      for (const id of ['label', 'color-contrast', 'target-size']) assert.ok(axeFound.includes(id), `axe finds ${id} (found ${axeFound.join(', ')})`);
      assert.ok((await page.evaluate(a11y.labelsInPage)).some((p) => p.includes('planted-input')), 'the label check finds the unlabelled input');
      const targets = await page.evaluate(a11y.targetSizeInPage);
      assert.ok(targets.problems.some((p) => p.includes('planted-small')), `the target check finds the small buttons: ${targets.problems.join('; ')}`);
      assert.ok(targets.problems.some((p) => p.includes('a#planted-alone-0')), `the target check finds the small link alone: ${targets.problems.join('; ')}`);
      assert.ok(!targets.problems.some((p) => p.includes('a#planted-inline-')), 'a small link inside a sentence is exempt');
      const overflow = await page.evaluate(a11y.overflowInPage);
      assert.ok(overflow.scrollWidth > 320, 'the overflow check sees the wide block');
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const motion = await page.evaluate(a11y.motionInPage);
      assert.ok(motion.some((p) => p.includes('2000 ms transition')), `the motion check finds the transition: ${motion.join('; ')}`);
      assert.ok(motion.some((p) => p.includes('scrolls smoothly')), 'the motion check finds smooth scrolling');
    });
  });

  it('the fallback shown without WebAssembly has no accessibility problems', { timeout: 60000 }, async () => {
    // Not through withPage: the start-up script rightly logs one console error here.
    const { context, page, problems } = await newPage(env.browser, { origin: env.url.replace(/\/$/, '') });
    try {
      await page.addInitScript(() => {
        delete window.WebAssembly;
      });
      await page.goto(env.url);
      await page.locator('#bpt-fallback').waitFor({ state: 'visible', timeout: 8000 });
      assert.equal(await page.locator('[data-page], form[data-step], [data-urgency]').count(), 0, 'the widget did not start');
      const checker = new ScreenChecker(page, 'fallback');
      await checker.check('fallback (no WebAssembly)');
      checker.assertClean();
    } finally {
      await context.close().catch(() => {});
    }
    const unexpected = problems.filter((p) => !/^console error: back-pain check: could not start/.test(p));
    assert.deepEqual(unexpected, [], 'nothing but the expected "could not start" error');
  });

  it('the accessibility statement page has no accessibility problems', { timeout: 60000 }, async (t) => {
    const file = path.join(DIST, 'accessibility.html');
    assert.ok(fs.existsSync(file), `${path.relative(REPO_ROOT, file)} is missing: index.html copies docs/accessibility.html into the build`);
    await withPage(env, 'a11y-statement', async ({ page }) => {
      await page.goto(`${env.url}accessibility.html`);
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');
      assert.match(await page.locator('h1').innerText(), /Accessibility statement/);
      const checker = new ScreenChecker(page, 'statement');
      await checker.check('accessibility.html');
      checker.assertClean();
    });
  });

  // 3: keyboard only.
  it('the keyboard alone completes the questionnaire, and focus moves to each new heading', { timeout: 120000 }, async () => {
    await withPage(env, 'a11y-keyboard', async ({ page }) => {
      await a11y.setSize(page, a11y.SIZES[0]);
      await keyboardRun(page);
    });
  });

  // 4: announcements.
  it('each new screen is announced (document title or live region)', { timeout: 60000 }, async (t) => {
    let outcome = null;
    await withPage(env, 'a11y-announce', async ({ page }) => {
      outcome = await announcementCheck(page);
    });
    t.diagnostic(`titles: ${outcome.titles.join(' | ')}`);
    assert.deepEqual(outcome.problems, [], 'each screen change and each validation error is announced by the title');
  });

  // 5: right-to-left.
  it('right-to-left (dir="rtl" on the widget root) mirrors the layout', { timeout: 120000 }, async () => {
    await withPage(env, 'a11y-rtl', async ({ page }) => {
      await rtlRun(page);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// The walk: every path of LEVEL_PATHS once, checking each screen the first time it is met.

async function walkEveryScreen(page, checker) {
  await a11y.setSize(page, a11y.SIZES[0]);
  await page.emulateMedia({ colorScheme: 'light' });
  let screen = await q.currentScreen(page);
  assert.equal(screen.kind, 'intro', 'a fresh start shows the intro');
  await checker.check('intro');

  const seenSteps = new Set();
  const kinds = new Set();
  const headings = new Map();
  const errorsChecked = { choose: false, number: false };
  let checkAnswersChecked = 0;
  let restoredChecked = false;

  for (const [index, levelPath] of LEVEL_PATHS.entries()) {
    if (index > 0) {
      // Clear the answers: back to the intro.
      await button(page, 'restart', null, 'Clear my answers and start again').click();
      screen = await q.waitForNewScreen(page, screen);
    }
    let answeredSteps = 0;
    for (let guard = 0; guard < 80; guard += 1) {
      if (screen.kind === 'intro') {
        await q.startButton(page).first().click();
        screen = await q.waitForNewScreen(page, screen);
      } else if (screen.kind === 'question') {
        const kind = await questionKind(page);
        kinds.add(kind);
        if (!seenSteps.has(screen.step)) {
          seenSteps.add(screen.step);
          await checker.check(`question "${screen.step}" (${kind})`);
        }
        if (!errorsChecked.choose && kind.startsWith('yes/no')) {
          errorsChecked.choose = true;
          await q.continueButton(page).first().click();
          await page.getByRole('alert').first().waitFor({ state: 'visible' });
          await assertErrorInWords(page);
          await checker.check(`validation error: no answer ("${screen.step}")`);
        }
        if (!errorsChecked.number && kind === 'number') {
          errorsChecked.number = true;
          await page.locator(`form[data-step] input[type="number"]`).fill('-5');
          await q.continueButton(page).first().click();
          await page.getByRole('alert').first().waitFor({ state: 'visible' });
          await assertErrorInWords(page);
          await checker.check(`validation error: number out of range ("${screen.step}")`);
        }
        if (!restoredChecked && index === LEVEL_PATHS.length - 1 && answeredSteps === 3) {
          // Reload mid-way: the answers come back with a notice (role="status").
          restoredChecked = true;
          await page.reload();
          await page.locator('.bpt-notice[role="status"]').waitFor({ state: 'visible' });
          screen = await q.currentScreen(page);
          await checker.check(`restored answers notice ("${screen.step}")`);
          continue;
        }
        const step = await q.answerAndContinue(page, levelPath.findings);
        answeredSteps += 1;
        screen = step.next;
      } else if (screen.kind === 'check-answers') {
        // The first one, and one that lists ticked checklist items.
        const hasList = (await page.locator('.bpt-summary-list__value ul').count()) > 0;
        if (checkAnswersChecked === 0 || (checkAnswersChecked === 1 && hasList)) {
          checkAnswersChecked += 1;
          await checker.check(`check your answers${hasList ? ' (with a list)' : ''}`);
        }
        const before = await q.clickContinue(page);
        screen = await q.waitForNewScreen(page, before);
      } else if (screen.kind === 'result' && screen.earlyStop) {
        await recordHeading(page, headings, 'emergency', 'early stop');
        await checker.check('result: emergency (early stop)');
        const before = await q.clickContinue(page);
        screen = await q.waitForNewScreen(page, before);
      } else if (screen.kind === 'result') {
        assert.equal(screen.urgency, levelPath.level, `the path for ${levelPath.level} (${levelPath.why})`);
        await recordHeading(page, headings, levelPath.level);
        await checker.check(`result: ${levelPath.level}`);
        if ((screen.cancers || []).length > 0 && !checker.screens.includes('result with the explanations open')) {
          // Open every explanation (<details>) the way a person does, by its summary.
          for (const summary of await page.locator('details.bpt-explanation > summary').all()) await summary.click();
          assert.equal(await page.locator('details.bpt-explanation:not([open])').count(), 0, 'every explanation is open');
          assert.ok((await page.locator('details.bpt-explanation[open]').count()) > 0);
          await checker.check('result with the explanations open');
          await button(page, 'show-summary', null, 'Show a summary for your doctor').click();
          await page.locator('#bpt-summary').waitFor({ state: 'visible' });
          await checker.check("the doctor's summary");
        }
        break;
      } else {
        throw new Error(`unexpected screen ${JSON.stringify(screen)}`);
      }
    }
  }
  for (const kind of ['yes/no', 'yes/no/not sure', 'number', 'choice', 'checklist']) {
    assert.ok(kinds.has(kind), `a ${kind} question was met (met: ${[...kinds].join(', ')})`);
  }
  for (const required of ['result with the explanations open', "the doctor's summary"]) {
    assert.ok(checker.screens.includes(required), `${required} was checked`);
  }
  assert.ok(restoredChecked, 'the restored-answers notice was checked');
  assert.ok(errorsChecked.choose && errorsChecked.number, 'both validation errors were checked');
  // Never colour alone: each level has its own words in the result heading.
  const texts = [...headings.values()];
  assert.equal(new Set(texts).size, texts.length, `every result level has its own heading text: ${JSON.stringify(Object.fromEntries(headings))}`);
}

/** The result heading (the focus target) in words, recorded per level (the early stop and the
 *  final emergency result must say the same). */
async function recordHeading(page, headings, level, variant = null) {
  const heading = page.locator('[data-urgency] #bpt-main-heading');
  assert.equal(await heading.count(), 1, 'the result has one main heading');
  const text = (await heading.innerText()).replace(/\s+/g, ' ').trim();
  assert.ok(text.length > 5, `the ${level} result heading says what to do in words (got "${text}")`);
  assert.equal(await heading.evaluate((h) => h.tagName), 'H1');
  if (headings.has(level)) assert.equal(text, headings.get(level), `the ${level} heading${variant ? ` (${variant})` : ''}`);
  headings.set(level, text);
}

/** An error is more than colour: a summary with a heading and a link per error, and the message
 *  by the field, in words, with a (visually hidden) prefix for screen readers, and a thick
 *  border beside the question as a non-colour cue. */
async function assertErrorInWords(page) {
  const details = await page.evaluate(() => {
    const summary = document.querySelector('.bpt-error-summary');
    const message = document.querySelector('.bpt-error-message');
    const group = document.querySelector('.bpt-form-group--error');
    return {
      title: summary ? (summary.querySelector('h2')?.innerText || '').trim() : '',
      links: summary
        ? [...summary.querySelectorAll('a[href^="#"]')].map((a) => ({ text: a.innerText.trim(), fieldExists: Boolean(document.getElementById(a.getAttribute('href').slice(1))) }))
        : [],
      focused: document.activeElement === summary,
      message: message ? message.innerText.trim() : '',
      prefix: message ? (message.querySelector('.bpt-visually-hidden')?.textContent || '').trim() : '',
      border: group ? parseFloat(getComputedStyle(group).borderInlineStartWidth) : 0,
    };
  });
  assert.ok(details.title, 'the error summary has a heading');
  assert.ok(details.links.length > 0 && details.links.every((l) => l.text && l.fieldExists), `the error summary links to the field: ${JSON.stringify(details.links)}`);
  assert.ok(details.focused, 'the error summary is focused');
  assert.ok(details.message.length > details.prefix.length, 'the message by the field is in words');
  assert.ok(details.prefix.length > 0, 'the message by the field has a prefix for screen readers');
  assert.ok(details.border >= 2, 'the question with the error has a border beside it');
}

// ---------------------------------------------------------------------------------------------
// 3. Keyboard only

async function keyboardRun(page) {
  const findings = LEVEL_PATHS.find((p) => p.level === 'within_2_weeks').findings;
  const noIndicator = new Set();
  const onFocus = (info) => {
    if (info.interactive && !info.indicator) noIndicator.add(info.tag);
  };
  const expectHeadingFocused = async (what) => {
    await waitInPage(page, () => document.activeElement && document.activeElement.id === 'bpt-main-heading', null, {
      what: `focus on #bpt-main-heading after ${what}`,
    }).catch(async (e) => {
      e.message += ` (focused: ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))})`;
      throw e;
    });
  };

  let screen = await q.currentScreen(page);
  assert.equal(screen.kind, 'intro');
  await kb.tabTo(page, '[data-action="start"], [data-page="intro"] .bpt-button--start', { onFocus });
  await page.keyboard.press('Enter');
  screen = await q.waitForNewScreen(page, screen);
  await expectHeadingFocused('Start');

  const moves = { continue: 0, back: 0, change: 0 };
  let wentBack = false;
  let changed = false;
  for (let guard = 0; guard < 80; guard += 1) {
    if (screen.kind === 'question') {
      await kb.answerWithKeyboard(page, findings, { onFocus });
      await kb.tabTo(page, 'form[data-step] button[type="submit"]', { onFocus });
      await page.keyboard.press('Enter');
      const before = screen;
      screen = await q.waitForNewScreen(page, before);
      moves.continue += 1;
      await expectHeadingFocused(`Continue on "${before.step}"`);
      if (!wentBack && screen.kind === 'question' && moves.continue === 3) {
        // Back: Shift+Tab from the heading reaches the back link; Enter goes back.
        wentBack = true;
        await kb.tabTo(page, '[data-action="back"], .bpt-back-link', { backwards: true, onFocus });
        await page.keyboard.press('Enter');
        const back = await q.waitForNewScreen(page, screen);
        assert.equal(back.step, before.step, 'Back returns to the previous step');
        moves.back += 1;
        await expectHeadingFocused('Back');
        screen = back;
      }
    } else if (screen.kind === 'check-answers') {
      if (!changed) {
        // Change the first answer, then carry on forward.
        changed = true;
        await kb.tabTo(page, 'button[data-change]', { onFocus });
        const step = await page.evaluate(() => document.activeElement.getAttribute('data-change'));
        await page.keyboard.press('Enter');
        const next = await q.waitForNewScreen(page, screen);
        assert.equal(next.step, step, 'Change shows that step');
        moves.change += 1;
        await expectHeadingFocused('Change');
        screen = next;
        continue;
      }
      await kb.tabTo(page, '[data-page="check-answers"] [data-action="continue"], [data-page="check-answers"] button.bpt-button', { onFocus });
      await page.keyboard.press('Enter');
      screen = await q.waitForNewScreen(page, screen);
      moves.continue += 1;
      await expectHeadingFocused('Continue on check your answers');
    } else if (screen.kind === 'result' && screen.earlyStop) {
      await kb.tabTo(page, '[data-urgency] [data-action="continue"], [data-urgency] .bpt-button--secondary', { onFocus });
      await page.keyboard.press('Enter');
      screen = await q.waitForNewScreen(page, screen);
      await expectHeadingFocused('Continue after the emergency stop');
    } else if (screen.kind === 'result') {
      break;
    } else {
      throw new Error(`unexpected screen ${JSON.stringify(screen)}`);
    }
  }
  assert.equal(screen.kind, 'result', 'the keyboard reached a result');
  assert.equal(screen.urgency, 'within_2_weeks');
  assert.ok(wentBack && changed, `Back and Change were used (${JSON.stringify(moves)})`);
  // On the result: open an explanation with Enter on its summary, then show the summary for the
  // doctor, which takes focus.
  await kb.tabTo(page, 'details.bpt-explanation > summary', { onFocus });
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('details.bpt-explanation[open]').count(), 1, 'Enter opens the explanation');
  await kb.tabTo(page, '[data-action="show-summary"], .bpt-result .bpt-button-group .bpt-button:not(.bpt-button--warning)', { onFocus });
  await page.keyboard.press('Enter');
  await waitInPage(page, () => document.activeElement && document.activeElement.id === 'bpt-summary', null, { what: 'focus on the summary' });
  assert.deepEqual([...noIndicator], [], 'every control focused with Tab shows a focus indicator');
}

// ---------------------------------------------------------------------------------------------
// 4. Announcements

/** Returns { problems, titles }: problems is empty when every screen change gets its own
 *  document title (the focus on each new heading, asserted in the keyboard test, is the other
 *  half) and a validation error puts "Error:" first in the title (GOV.UK). */
async function announcementCheck(page) {
  const titles = [];
  const record = async (what) => titles.push({ what, title: await page.title() });
  let screen = await q.currentScreen(page);
  await record('intro');
  await q.startButton(page).first().click();
  screen = await q.waitForNewScreen(page, screen);
  await record(`question ${screen.step}`);
  const step = await q.answerAndContinue(page, {});
  await record(`question ${step.next.step}`);
  const distinct = new Set(titles.map((t) => t.title));
  const problems = [];
  if (distinct.size < titles.length) {
    problems.push(`the document title does not change per screen (${titles.map((t) => `${t.what}: "${t.title}"`).join(', ')})`);
  }
  // A refused answer is announced by the error summary (role="alert", focused), and the title
  // starts with "Error:" (GOV.UK).
  const before = titles.at(-1).title;
  await q.continueButton(page).first().click();
  await page.getByRole('alert').first().waitFor({ state: 'visible' });
  const errorTitle = await page.title();
  if (errorTitle !== `Error: ${before}`) problems.push(`on a validation error the title is "${errorTitle}", expected "Error: ${before}"`);
  return { problems, titles: titles.map((t) => t.title) };
}

// ---------------------------------------------------------------------------------------------
// 5. Right-to-left

async function rtlRun(page) {
  const failures = [];
  const setRtl = () =>
    page.evaluate(() => {
      document.querySelector('.bpt-app').setAttribute('dir', 'rtl');
    });
  const checkRtl = async (label) => {
    await setRtl();
    for (const size of [a11y.SIZES[0], a11y.SIZES[1]]) {
      await a11y.setSize(page, size);
      for (const problem of await page.evaluate(a11y.rtlInPage)) failures.push(`${label} | ${size.name}: ${problem}`);
      const overflow = await page.evaluate(a11y.overflowInPage);
      if (overflow.scrollWidth > size.width) failures.push(`${label} | ${size.name}: scrolls sideways (${overflow.scrollWidth} px: ${overflow.offenders.join('; ')})`);
    }
    await a11y.setSize(page, a11y.SIZES[0]);
  };
  const findings = LEVEL_PATHS.find((p) => p.level === 'within_2_weeks').findings;
  const seen = new Set();
  let screen = await q.currentScreen(page);
  await checkRtl('intro');
  let withError = false;
  for (let guard = 0; guard < 80; guard += 1) {
    if (screen.kind === 'intro') {
      await q.startButton(page).first().click();
      screen = await q.waitForNewScreen(page, screen);
    } else if (screen.kind === 'question') {
      const kind = await questionKind(page);
      if (!seen.has(kind)) {
        seen.add(kind);
        await checkRtl(`question "${screen.step}" (${kind})`);
      }
      if (!withError) {
        withError = true;
        await q.continueButton(page).first().click();
        await page.getByRole('alert').first().waitFor({ state: 'visible' });
        await checkRtl('validation error');
      }
      screen = (await q.answerAndContinue(page, findings)).next;
    } else if (screen.kind === 'check-answers') {
      await checkRtl('check your answers');
      screen = await q.waitForNewScreen(page, await q.clickContinue(page));
    } else if (screen.kind === 'result') {
      await checkRtl('result');
      for (const summary of await page.locator('details.bpt-explanation > summary').all()) await summary.click();
      await button(page, 'show-summary', null, 'Show a summary for your doctor').click();
      await page.locator('#bpt-summary').waitFor({ state: 'visible' });
      await checkRtl("result with the explanations and the doctor's summary");
      break;
    }
  }
  assert.ok(seen.size >= 4, `question kinds checked in RTL: ${[...seen].join(', ')}`);
  assert.deepEqual(failures, [], 'right-to-left problems');
}
