'use strict';
// Navigation through the widget: Back and change, changing an answer from check your answers,
// the early emergency stop, the error for a missing answer, a reload mid-way, and clearing the
// answers (storage and the browser's Back button). Results are compared with `assess`.

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startEnv, withPage, assertSameAdvice } = require('./support/harness');
const { assess } = require('./support/assess');
const q = require('./support/questionnaire');

/** Everything in Web Storage and cookies, as [where, key, value] triples. */
async function storedItems(page) {
  return page.evaluate(() => {
    const out = [];
    for (const [where, storage] of [['sessionStorage', sessionStorage], ['localStorage', localStorage]]) {
      for (let i = 0; i < storage.length; i += 1) {
        const key = storage.key(i);
        out.push([where, key, storage.getItem(key)]);
      }
    }
    if (document.cookie) out.push(['cookie', '', document.cookie]);
    return out;
  });
}

/** Storage entries that mention any of the answered codes or the choice values given. */
function itemsWithAnswers(items, answered) {
  const words = new Set(Object.keys(answered));
  for (const value of Object.values(answered)) {
    if (typeof value === 'string' && !['yes', 'no', 'not_sure'].includes(value)) words.add(value);
  }
  const patterns = [...words].map((w) => new RegExp(`\\b${w}\\b`));
  return items.filter(([, key, value]) => patterns.some((p) => p.test(key) || p.test(value)));
}

async function expectStep(page, step, message) {
  const screen = await q.currentScreen(page);
  assert.equal(screen.kind, 'question', `${message}: expected a question screen, found ${JSON.stringify(screen)}`);
  assert.equal(screen.step, step, message);
  return screen;
}

describe('navigation', () => {
  let env;
  before(async () => {
    env = await startEnv();
  });
  after(async () => {
    await env?.stop();
  });

  it('(a) Back twice keeps the earlier answer; changing it changes what is asked and the result', { timeout: 120000 }, async () => {
    await withPage(env, 'nav-back-and-change', async ({ page }) => {
      const first = { age: 45, sex: 'female', history_of_cancer: 'no', duration_weeks: 3, improving: 'yes', persistent_cough_weeks: 0 };
      // Answer up to the duration step (after cancer-history), then go Back to cancer-history:
      // at least twice, checking on the way that every step still shows its answers.
      const run1 = await q.complete(page, first, { stopAt: (screen, steps) => steps.at(-1) === 'duration' });
      assert.equal(run1.screen.kind, 'question');
      assert.ok(!run1.steps.includes('cancer-type'), 'no cancer-type step after "no" to history_of_cancer');
      const back = run1.steps.slice(run1.steps.indexOf('cancer-history')).reverse();
      assert.ok(back.length >= 2, `cancer-history comes before duration (${run1.steps.join(', ')})`);
      for (const [i, step] of back.entries()) {
        const screen = await q.clickBack(page);
        assert.equal(screen.step, step, `Back #${i + 1}`);
        assert.deepEqual(await q.readAnswers(page), run1.byStep[step], `step "${step}" still shows its answers`);
      }
      assert.deepEqual(await q.readAnswers(page), { history_of_cancer: 'no' }, 'the earlier answer is still selected');

      // Change it: the cancer steps now appear, and the later answers are kept.
      const second = { ...first, history_of_cancer: 'yes', cancer_type: 'kidney', known_bone_metastases: 'no', current_cancer_treatment: 'no' };
      const held = {};
      const run2 = await q.complete(page, second, {
        onStep: async (step) => {
          held[step] = await q.readAnswers(page);
        },
      });
      assert.equal(run2.steps[0], 'cancer-history');
      assert.ok(run2.steps.includes('cancer-type'), 'the cancer-type step is asked after "yes"');
      for (const step of run1.steps.slice(run1.steps.indexOf('cancer-history') + 1)) {
        if (run2.steps.includes(step)) assert.deepEqual(held[step], run1.byStep[step], `step "${step}" kept its answers`);
      }
      assert.equal(held.duration?.duration_weeks, 3, 'the duration answer survived going back and changing an earlier answer');
      const answered = { ...run1.answered, ...run2.answered };
      const oracle = assess(answered);
      console.log(`back-and-change: widget ${run2.urgency} [${run2.cancers.join(' ')}], assess ${oracle.urgency} [${oracle.cancers.join(' ')}]`);
      assertSameAdvice(run2, oracle, 'after Back and change');
      assert.notDeepEqual(oracle, assess({ ...answered, history_of_cancer: 'no' }), 'the change made a difference to the advice');
    });
  });

  it('(a) Change on check your answers returns there, and the result follows the change', { timeout: 120000 }, async () => {
    await withPage(env, 'nav-change-from-check-answers', async ({ page }) => {
      const findings = { age: 52, sex: 'male', history_of_cancer: 'no', duration_weeks: 3, improving: 'yes', persistent_cough_weeks: 0 };
      const run = await q.complete(page, findings, { stopAt: 'check-answers' });
      const answered = { ...run.answered };
      const adviceBefore = assess(answered);

      const changeSteps = await page
        .locator('[data-page="check-answers"] button[data-change]')
        .evaluateAll((bs) => bs.map((b) => b.getAttribute('data-change')));
      for (const step of changeSteps) assert.ok(run.steps.includes(step), `a Change button for step "${step}", which was not asked`);
      for (const step of ['duration', 'cancer-history']) assert.ok(changeSteps.includes(step), `no Change button for step "${step}"`);
      const change = page.locator('[data-page="check-answers"] button[data-change="duration"]').first();
      assert.equal(await change.evaluate((b) => b.tagName), 'BUTTON');
      const changeByName = page.locator('[data-page="check-answers"]').getByRole('button', { name: q.buttonName('Change') });
      assert.equal(await changeByName.count(), changeSteps.length, 'every data-change button is named "Change…"');

      // 1. A change that adds no new question: Continue goes straight back to check your answers.
      await change.click();
      await expectStep(page, 'duration', 'Change opens the duration step');
      assert.deepEqual(await q.readAnswers(page), run.byStep.duration, 'the step shows the current answer');
      const step = await q.answerAndContinue(page, { duration_weeks: 10 });
      Object.assign(answered, step.answered);
      assert.equal(step.next.kind, 'check-answers', 'Continue after a change returns to check your answers');

      // 2. A change that adds questions: only the new ones are asked, then check your answers.
      await page.locator('[data-page="check-answers"] button[data-change="cancer-history"]').first().click();
      await expectStep(page, 'cancer-history', 'Change opens the cancer history step');
      const more = await q.complete(
        page,
        { history_of_cancer: 'yes', cancer_type: 'myeloma', known_bone_metastases: 'no', current_cancer_treatment: 'no' },
        { stopAt: 'check-answers' },
      );
      Object.assign(answered, more.answered);
      assert.equal(more.steps[0], 'cancer-history');
      assert.ok(more.steps.includes('cancer-type'), 'the new cancer-type step is asked');
      for (const s of more.steps.slice(1)) assert.ok(!run.steps.includes(s), `step "${s}" was answered already and asked again`);
      assert.equal(more.screen.kind, 'check-answers', 'back to check your answers after the new questions');

      const end = await q.complete(page, {});
      const oracle = assess(answered);
      console.log(
        `change-from-check-answers: before ${adviceBefore.urgency}; widget ${end.urgency} [${end.cancers.join(' ')}], ` +
          `assess ${oracle.urgency} [${oracle.cancers.join(' ')}]`,
      );
      assertSameAdvice(end, oracle, 'after changes on check your answers');
      assert.notDeepEqual(oracle, adviceBefore, 'the changes made a difference to the advice');
    });
  });

  it('(b) "yes" to saddle numbness stops at once with the emergency advice, before the age question', { timeout: 60000 }, async () => {
    await withPage(env, 'nav-early-stop', async ({ page }) => {
      const run = await q.complete(page, { saddle_anaesthesia: 'yes' }, { stopAtEmergency: true });
      assert.equal(run.earlyStop, true, 'an early emergency stop');
      assert.equal(run.steps.at(-1), 'saddle', 'the stop comes right after the saddle step');
      assert.ok(!run.steps.includes('age'), 'before the age question');
      assert.equal(run.urgency, 'emergency');
      assertSameAdvice(run, assess(run.answered), 'early stop');
      assert.equal(await page.locator('[data-urgency]').count(), 1, 'one result root');
      assert.equal(await page.locator('form[data-step]').count(), 0, 'no question form beside the emergency advice');
      assert.equal(await page.getByRole('button', { name: q.buttonName('Continue') }).count(), 1, 'a Continue button to carry on');

      const before = await q.clickContinue(page);
      const next = await q.waitForNewScreen(page, before);
      assert.equal(next.kind, 'question');
      assert.ok(next.step !== 'saddle' && !run.steps.includes(next.step), `carrying on goes to the next step (got "${next.step}")`);
    });
  });

  it('(c) Continue with nothing selected shows an error and stays on the step', { timeout: 60000 }, async () => {
    await withPage(env, 'nav-nothing-selected', async ({ page }) => {
      await page.getByRole('button', { name: q.buttonName('Start now') }).click();
      const screen = await q.currentScreen(page);
      assert.equal(screen.kind, 'question');
      const stepId = screen.step;
      await q.clickContinue(page);
      const alert = page.getByRole('alert').filter({ visible: true }).filter({ hasText: /\S/ });
      await alert.first().waitFor({ state: 'visible' });
      console.log(`error on "${stepId}": ${(await alert.first().innerText()).trim()}`);
      await page.waitForTimeout(300);
      await expectStep(page, stepId, 'still on the same step');
      assert.deepEqual(await q.readAnswers(page), {}, 'nothing was selected for us');
      assert.match(await page.title(), /^Error: /, 'the page title says there is an error (GOV.UK)');

      // Answering then lets the person go on, and the title no longer says "Error".
      const step = await q.answerAndContinue(page, {});
      assert.equal(step.next.kind, 'question');
      assert.notEqual(step.next.step, stepId);
      assert.doesNotMatch(await page.title(), /Error/, 'the next screen has a plain title');
    });
  });

  it('(d) a reload mid-way keeps the current step and the answers', { timeout: 120000 }, async () => {
    await withPage(env, 'nav-reload', async ({ page }) => {
      const findings = {
        age: 47,
        sex: 'female',
        radicular_pain: 'yes',
        leg_numbness: 'yes',
        duration_weeks: 5,
        improving: 'no',
        persistent_cough_weeks: 0,
      };
      const four = await q.complete(page, findings, { stopAt: (screen, steps) => steps.length === 4 });
      assert.equal(four.screen.kind, 'question');
      const fifth = four.screen.step;
      assert.ok(
        (await storedItems(page)).some(([where]) => where === 'sessionStorage'),
        'the answers are kept in sessionStorage',
      );

      await page.reload();
      await expectStep(page, fifth, 'after a reload, the same step');
      // The four answers are still there: go back through them, then forward without touching anything.
      for (const step of [...four.steps].reverse()) {
        const screen = await q.clickBack(page);
        assert.equal(screen.step, step, 'Back after the reload');
        assert.deepEqual(await q.readAnswers(page), four.byStep[step], `step "${step}" after the reload`);
      }
      for (let i = 0; i < four.steps.length; i += 1) {
        const before = await q.clickContinue(page);
        await q.waitForNewScreen(page, before);
      }
      await expectStep(page, fifth, 'Continue on the kept answers leads back to the same step');

      // Two more steps (here a checklist with ticks, and a number), another reload: still there.
      const two = await q.complete(page, findings, { stopAt: (screen, steps) => steps.length === 2 });
      const current = two.screen.step;
      await page.reload();
      await expectStep(page, current, 'after the second reload, the same step');
      for (const step of [...two.steps].reverse()) {
        const screen = await q.clickBack(page);
        assert.equal(screen.step, step, 'Back after the second reload');
        assert.deepEqual(await q.readAnswers(page), two.byStep[step], `step "${step}" after the second reload`);
      }

      const rest = await q.complete(page, findings);
      const answered = { ...four.answered, ...two.answered, ...rest.answered };
      const oracle = assess(answered);
      console.log(
        `reload: reloaded on "${fifth}" and "${current}"; widget ${rest.urgency} [${rest.cancers.join(' ')}], ` +
          `assess ${oracle.urgency} [${oracle.cancers.join(' ')}]`,
      );
      assertSameAdvice(rest, oracle, 'after two reloads');
    });
  });

  it('(e) "Clear my answers and start again" forgets the answers, and browser Back does not bring them back', { timeout: 120000 }, async () => {
    await withPage(env, 'nav-clear', async ({ page, env: e }) => {
      const findings = {
        age: 63,
        sex: 'male',
        history_of_cancer: 'yes',
        cancer_type: 'myeloma',
        known_bone_metastases: 'no',
        current_cancer_treatment: 'no',
        duration_weeks: 6,
        improving: 'no',
        persistent_cough_weeks: 0,
        urinary_symptoms: 'yes',
      };
      const run = await q.complete(page, findings);
      assertSameAdvice(run, assess(run.answered), 'before clearing');
      assert.ok(itemsWithAnswers(await storedItems(page), run.answered).length > 0, 'precondition: the answers are in storage before clearing');

      await page.getByRole('button', { name: 'Clear my answers and start again' }).click();
      const screen = await q.currentScreen(page);
      assert.equal(screen.kind, 'intro', 'back at the start page');
      await page.waitForTimeout(200);
      assert.deepEqual(itemsWithAnswers(await storedItems(page), run.answered), [], 'nothing with the answers is left in storage');

      // The browser's Back button (as often as it stays on the widget) must not bring them back.
      for (let i = 0; i < 3; i += 1) {
        await page.goBack({ waitUntil: 'commit' }).catch(() => null);
        await page.waitForTimeout(300);
        if (!page.url().startsWith(e.url)) break;
        const now = await q.currentScreen(page);
        assert.notEqual(now.kind, 'result', `Back #${i + 1} showed a result again`);
        assert.notEqual(now.kind, 'check-answers', `Back #${i + 1} showed check your answers again`);
        if (now.kind === 'question') {
          const form = page.locator(`form[data-step="${now.step}"]`);
          const filled = await form.evaluate((el) =>
            [...el.querySelectorAll('input[name]')]
              .filter((i) => ((i.type === 'radio' || i.type === 'checkbox') && i.checked) || (i.type === 'number' && i.value !== ''))
              .map((i) => `${i.name}=${i.type === 'number' ? i.value : i.value || 'on'}`),
          );
          assert.deepEqual(filled, [], `Back #${i + 1} on step "${now.step}" shows earlier answers`);
        }
        assert.deepEqual(itemsWithAnswers(await storedItems(page), run.answered), [], `Back #${i + 1}: storage holds the answers again`);
      }
    });
  });
});
