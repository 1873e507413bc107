'use strict';
// Page object: answers the questionnaire through the UI, using only the widget's DOM contract:
//
//   intro            [data-page="intro"], button "Start now"
//   question screen  form[data-step="<step id>"]; controls carry name="<codebook code>":
//                    yes/no = radios yes/no(/not_sure); checklist = checkboxes value "yes";
//                    number = input[type=number]; choice = radios with the option values;
//                    forward button "Continue…", plus a "Back" button
//   check answers    [data-page="check-answers"], rows with button[data-change="<step id>"]
//                    ("Change…"), forward button "Continue"
//   result           the only element with [data-urgency] (+ data-cancers); an early
//                    emergency stop has a "Continue…" button, the final result has none
//   errors           role="alert"
//
// Buttons are found by their English names, or (in any language) by `data-action` where the
// widget sets it: "start", "continue", "back" (any element carrying it); the start button also
// structurally as the intro's `.bpt-button--start`, the question's forward button as the form's
// `button[type=submit]`. The names are kept as a fallback, so older builds still work.
//
// Which steps appear depends on earlier answers (show_when), so everything here is driven by
// what is on screen, never by a fixed list of steps.

/** A button name that starts with `word`, allowing leading symbols or spaces: the accessible
 *  name includes CSS generated content, e.g. the back link's "‹ Back". */
function buttonName(word) {
  return new RegExp(`^[^\\p{L}\\p{N}]*${word}`, 'u');
}
const CONTINUE = buttonName('Continue');
const BACK = buttonName('Back');
const START = buttonName('Start now');

/** A button by `data-action` (language-agnostic), else by its English name. */
function actionButton(scope, action, name, structural = null) {
  let locator = scope.locator(`[data-action="${action}"]`);
  if (structural) locator = locator.or(scope.locator(structural));
  return locator.or(scope.getByRole('button', { name }));
}

/** The intro's start button. */
function startButton(page) {
  return actionButton(page, 'start', START, '[data-page="intro"] .bpt-button--start');
}

/** The back button (the "‹ Back" link at the top of a screen). */
function backButton(page) {
  return actionButton(page, 'back', BACK);
}

/** What is on screen, read in the page: { kind, step } with kind one of
 *  intro | question | check-answers | result | none. */
function screenInPage() {
  // The start page prerendered in index.html is not the widget yet: wait until it has taken over.
  if (document.querySelector('#bpt-root[data-prerendered]')) return { kind: 'none', step: null };
  const result = document.querySelector('[data-urgency]');
  if (result) return { kind: 'result', step: null };
  const form = document.querySelector('form[data-step]');
  if (form) return { kind: 'question', step: form.getAttribute('data-step') };
  if (document.querySelector('[data-page="check-answers"]')) return { kind: 'check-answers', step: null };
  if (document.querySelector('[data-page="intro"]')) return { kind: 'intro', step: null };
  return { kind: 'none', step: null };
}

const same = (a, b) => a && b && a.kind === b.kind && a.step === b.step;

/** The screen now shown (waits until one of the contract's roots is in the DOM). Polls with
 *  page.evaluate rather than page.waitForFunction, which uses eval() in the page and so would
 *  be blocked by a strict Content-Security-Policy. */
async function currentScreen(page, { timeout = 10000 } = {}) {
  const deadline = Date.now() + timeout;
  let screen = await page.evaluate(screenInPage);
  while (screen.kind === 'none') {
    if (Date.now() > deadline) {
      throw new Error(`none of the widget's pages (intro, question form, check answers, result) appeared within ${timeout} ms`);
    }
    await page.waitForTimeout(50);
    screen = await page.evaluate(screenInPage);
  }
  if (screen.kind === 'result') {
    const root = page.locator('[data-urgency]');
    screen.urgency = await root.getAttribute('data-urgency');
    screen.cancers = splitIds(await root.getAttribute('data-cancers'));
    screen.earlyStop = (await continueButton(page).count()) > 0;
  }
  return screen;
}

/** Waits for the screen to differ from `previous`. If it has not changed after a moment and the
 *  widget shows an error (role="alert"), fails with the error's text: the answer was refused. */
async function waitForNewScreen(page, previous, { timeout = 10000, alertGraceMs = 1500 } = {}) {
  const start = Date.now();
  for (;;) {
    const now = await page.evaluate(screenInPage);
    if (now.kind !== 'none' && !same(now, previous)) return currentScreen(page);
    const waited = Date.now() - start;
    if (waited > alertGraceMs) {
      const alert = page.getByRole('alert').filter({ visible: true });
      const texts = (await alert.count()) > 0 ? (await alert.allInnerTexts()).map((t) => t.trim()).filter(Boolean) : [];
      if (texts.length > 0) throw new Error(`the widget refused the answers on ${describe(previous)}: ${texts.join(' | ')}`);
    }
    if (waited > timeout) throw new Error(`still on ${describe(previous)} ${timeout} ms after pressing the button`);
    await page.waitForTimeout(50);
  }
}

function describe(screen) {
  return screen ? (screen.step ? `step "${screen.step}"` : `the ${screen.kind} page`) : 'an unknown page';
}

function splitIds(value) {
  return (value || '').split(/\s+/).filter(Boolean);
}

/** The forward button: "Continue…" (or data-action="continue", or a question form's submit
 *  button) inside the question form if there is one, else on the page. */
function continueButton(page, scope) {
  return actionButton(scope || page, 'continue', CONTINUE, 'form[data-step] button[type="submit"]');
}

async function clickContinue(page) {
  const before = await currentScreen(page);
  let button = null;
  if (before.kind === 'question') {
    const inForm = continueButton(page, page.locator(`form[data-step="${before.step}"]`));
    if ((await inForm.count()) > 0) button = inForm.first();
  }
  if (!button) button = continueButton(page).first();
  await button.click();
  return before;
}

async function clickBack(page) {
  const before = await currentScreen(page);
  await backButton(page).first().click();
  return waitForNewScreen(page, before);
}

/** Normalises a findings value for a yes/no question to a radio value. */
function yesNoValue(code, raw) {
  if (raw === undefined || raw === null || raw === false || raw === 'no') return 'no';
  if (raw === true || raw === 'yes') return 'yes';
  if (raw === 'not_sure') return 'not_sure';
  throw new Error(`findings.${code}: ${JSON.stringify(raw)} is not a yes/no answer`);
}

/** The answer controls of the shown question form, grouped by name, in order of appearance. */
async function readControls(form) {
  return form.evaluate((el) => {
    const groups = [];
    const byName = new Map();
    for (const input of el.querySelectorAll('input[name], select[name], textarea[name]')) {
      const name = input.getAttribute('name');
      let group = byName.get(name);
      if (!group) {
        group = { name, types: [], values: [] };
        byName.set(name, group);
        groups.push(group);
      }
      const type = input.tagName === 'INPUT' ? (input.getAttribute('type') || 'text').toLowerCase() : input.tagName.toLowerCase();
      if (!group.types.includes(type)) group.types.push(type);
      if (type === 'radio' || type === 'checkbox') group.values.push(input.value);
    }
    return groups;
  });
}

async function setRadio(form, name, value) {
  const input = form.locator(`input[type="radio"][name="${name}"][value="${value}"]`);
  if ((await input.count()) !== 1) throw new Error(`expected one radio ${name}=${value}, found ${await input.count()}`);
  await input.check();
}

async function setCheckbox(form, name, checked) {
  const input = form.locator(`input[type="checkbox"][name="${name}"]`);
  if ((await input.count()) !== 1) throw new Error(`expected one checkbox named ${name}, found ${await input.count()}`);
  await input.setChecked(checked);
}

/**
 * Answers every control of the question form on screen from `findings` (without pressing
 * Continue) and returns { code: value entered }: "yes" | "no" | "not_sure" for yes/no and
 * checklist questions, a number for numbers, the option value for choices.
 */
async function answerStep(page, findings) {
  const screen = await currentScreen(page);
  if (screen.kind !== 'question') throw new Error(`answerStep: expected a question screen, found ${describe(screen)}`);
  const form = page.locator(`form[data-step="${screen.step}"]`);
  const groups = await readControls(form);
  if (groups.length === 0) throw new Error(`step "${screen.step}" has no control with a name`);
  const answered = {};
  for (const { name, types, values } of groups) {
    const raw = findings[name];
    if (types.length !== 1) throw new Error(`step "${screen.step}": controls named ${name} mix types ${types.join(', ')}`);
    const [type] = types;
    if (type === 'number') {
      if (typeof raw !== 'number') {
        throw new Error(`step "${screen.step}" asks for the number ${name}: the test's findings must give it`);
      }
      await form.locator(`input[type="number"][name="${name}"]`).fill(String(raw));
      answered[name] = raw;
    } else if (type === 'checkbox') {
      const value = yesNoValue(name, raw);
      if (value === 'not_sure') throw new Error(`${name} is a checklist item: "not_sure" cannot be entered`);
      await setCheckbox(form, name, value === 'yes');
      answered[name] = value;
    } else if (type === 'radio') {
      const isYesNo = values.includes('yes') && values.includes('no');
      let value;
      if (isYesNo) {
        value = yesNoValue(name, raw);
        if (!values.includes(value)) throw new Error(`${name}: "${value}" is not offered (options: ${values.join(', ')})`);
      } else {
        value = values.includes(raw) ? raw : values[0];
      }
      await setRadio(form, name, value);
      answered[name] = value;
    } else {
      throw new Error(`step "${screen.step}": control ${name} has unexpected type ${type}`);
    }
  }
  // Read back what the page now holds, so that `answered` is what was really entered.
  const held = await readAnswers(page);
  for (const [code, value] of Object.entries(answered)) {
    if (held[code] !== value) {
      throw new Error(`step "${screen.step}": entered ${code}=${JSON.stringify(value)} but the page holds ${JSON.stringify(held[code])}`);
    }
  }
  return { step: screen.step, answered };
}

/** What the shown question form currently holds: { code: value } in the same form as
 *  answerStep's result (unanswered radios and empty numbers are left out). */
async function readAnswers(page) {
  const screen = await currentScreen(page);
  if (screen.kind !== 'question') throw new Error(`readAnswers: expected a question screen, found ${describe(screen)}`);
  return page.locator(`form[data-step="${screen.step}"]`).evaluate((el) => {
    const out = {};
    for (const input of el.querySelectorAll('input[name]')) {
      const name = input.getAttribute('name');
      const type = (input.getAttribute('type') || 'text').toLowerCase();
      if (type === 'checkbox') out[name] = input.checked ? 'yes' : 'no';
      else if (type === 'radio') {
        if (input.checked) out[name] = input.value;
      } else if (type === 'number') {
        if (input.value !== '') out[name] = Number(input.value);
      }
    }
    return out;
  });
}

/** Answers the shown step and presses Continue; returns { step, answered, next } where `next`
 *  is the screen shown afterwards. */
async function answerAndContinue(page, findings) {
  const { step, answered } = await answerStep(page, findings);
  const before = await clickContinue(page);
  const next = await waitForNewScreen(page, before);
  return { step, answered, next };
}

/**
 * Drives the questionnaire from whatever is on screen to the final result.
 *   findings         answers to give (missing yes/no = "no"; numbers must be given)
 *   stopAtEmergency  return at an early emergency stop instead of carrying on
 *   stopAt           also return when this screen kind ("check-answers") or step id is reached,
 *                    or when stopAt(screen, steps) returns true (steps = ids answered so far)
 *   onStep(step, page)  called on each question screen before it is answered
 * Returns { answered, byStep, urgency, cancers, earlyStop, steps, screen }: `answered` holds every
 * value entered ({ code: value }, later entries win), `byStep` the values entered on each step,
 * `steps` the step ids in the order they were answered, `screen` the screen it stopped on.
 */
async function complete(page, findings, { stopAtEmergency = false, stopAt = null, onStep = null, maxScreens = 100 } = {}) {
  const answered = {};
  const byStep = {};
  const steps = [];
  let earlyStop = false;
  const stopHere =
    typeof stopAt === 'function' ? (screen) => stopAt(screen, steps) : (screen) => stopAt && (screen.kind === stopAt || screen.step === stopAt);
  let screen = await currentScreen(page);
  for (let i = 0; i < maxScreens; i += 1) {
    if (stopHere(screen)) {
      return { answered, byStep, urgency: null, cancers: null, earlyStop, steps, screen };
    }
    if (screen.kind === 'intro') {
      await startButton(page).first().click();
      screen = await waitForNewScreen(page, screen);
    } else if (screen.kind === 'question') {
      if (onStep) await onStep(screen.step, page);
      steps.push(screen.step);
      const step = await answerAndContinue(page, findings);
      Object.assign(answered, step.answered);
      byStep[step.step] = step.answered;
      screen = step.next;
    } else if (screen.kind === 'check-answers') {
      const before = await clickContinue(page);
      screen = await waitForNewScreen(page, before);
    } else if (screen.kind === 'result' && screen.earlyStop) {
      earlyStop = true;
      if (screen.urgency !== 'emergency') {
        throw new Error(`a result with a Continue button shows data-urgency="${screen.urgency}", expected "emergency"`);
      }
      if (stopAtEmergency) {
        return { answered, byStep, urgency: screen.urgency, cancers: screen.cancers, earlyStop, steps, screen };
      }
      const before = await clickContinue(page);
      screen = await waitForNewScreen(page, before);
    } else if (screen.kind === 'result') {
      return { answered, byStep, urgency: screen.urgency, cancers: screen.cancers, earlyStop, steps, screen };
    } else {
      throw new Error(`unexpected screen ${JSON.stringify(screen)}`);
    }
  }
  throw new Error(`no result after ${maxScreens} screens (steps: ${steps.join(', ')})`);
}

module.exports = {
  buttonName,
  startButton,
  backButton,
  continueButton,
  screenInPage,
  complete,
  currentScreen,
  waitForNewScreen,
  answerStep,
  answerAndContinue,
  readAnswers,
  clickContinue,
  clickBack,
  splitIds,
  yesNoValue,
};
