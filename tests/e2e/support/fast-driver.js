'use strict';
// A fast driver for long randomised runs (agreement.test.js): it answers the questionnaire through
// the same DOM contract as the page object in questionnaire.js (see there), but with far fewer
// round trips to the browser, so that hundreds of full runs fit in the CI budget:
//
//   * one page.evaluate per screen waits IN THE PAGE for the next screen and returns everything
//     about it at once (kind, step, controls and their state; urgency and cancers on a result);
//   * controls are operated with real (trusted) mouse clicks at the control's centre, after
//     scrolling it into view and checking with elementFromPoint that nothing else is on top (what
//     Playwright's actionability checks do, without their animation-frame waits); checkboxes that
//     already hold the wanted state are not clicked; numbers are typed with locator.fill;
//   * before pressing Continue, what the form holds is read back and compared with the intended
//     answers, so the recorded answers are what was really entered.
//
// Like the page object, it is driven by what is on screen, never by a fixed list of steps.

const CONTINUE_SOURCE = '^[^\\p{L}\\p{N}]*Continue';
const START_SOURCE = '^[^\\p{L}\\p{N}]*Start now';
const CLEAR_TEXT = 'Clear my answers and start again';

/** In the page: waits until the screen's key differs from `prevKey` (or `timeout` ms pass) and
 *  describes it. Self-contained: it is serialised into the page. */
function waitForScreenInPage({ prevKey, timeout, alertGraceMs, continueSource }) {
  const CONTINUE = new RegExp(continueSource, 'u');
  const shown = (el) => el.getClientRects().length > 0;
  const text = (el) => (el.textContent || '').replace(/\s+/g, ' ').trim();
  const read = () => {
    const result = document.querySelector('[data-urgency]');
    if (result) {
      const earlyStop = [...document.querySelectorAll('button')].some((b) => shown(b) && CONTINUE.test(text(b)));
      return {
        kind: 'result',
        key: `result:${earlyStop ? 'early' : 'final'}:${result.getAttribute('data-urgency')}`,
        step: null,
        urgency: result.getAttribute('data-urgency'),
        cancers: (result.getAttribute('data-cancers') || '').split(/\s+/).filter(Boolean),
        earlyStop,
      };
    }
    const form = document.querySelector('form[data-step]');
    if (form) {
      const step = form.getAttribute('data-step');
      const groups = [];
      const byName = new Map();
      for (const input of form.querySelectorAll('input[name], select[name], textarea[name]')) {
        const name = input.getAttribute('name');
        let group = byName.get(name);
        if (!group) {
          group = { name, types: [], values: [], checked: [], value: null };
          byName.set(name, group);
          groups.push(group);
        }
        const type = input.tagName === 'INPUT' ? (input.getAttribute('type') || 'text').toLowerCase() : input.tagName.toLowerCase();
        if (!group.types.includes(type)) group.types.push(type);
        if (type === 'radio' || type === 'checkbox') {
          group.values.push(input.value);
          if (input.checked) group.checked.push(input.value);
        } else group.value = input.value;
      }
      return { kind: 'question', key: `question:${step}`, step, groups };
    }
    if (document.querySelector('[data-page="check-answers"]')) return { kind: 'check-answers', key: 'check-answers', step: null };
    if (document.querySelector('[data-page="intro"]')) return { kind: 'intro', key: 'intro', step: null };
    return { kind: 'none', key: 'none', step: null };
  };
  const alerts = () =>
    [...document.querySelectorAll('[role="alert"]')]
      .filter(shown)
      .map(text)
      .filter(Boolean);
  const start = performance.now();
  return new Promise((resolve) => {
    const tick = () => {
      const screen = read();
      if (screen.kind !== 'none' && screen.key !== prevKey) {
        // Let the tasks the new screen queued run first (the widget moves focus to the new
        // heading from a zero-delay timer, which may scroll the page), then read it again.
        setTimeout(() => setTimeout(() => resolve(read()), 0), 0);
        return;
      }
      const waited = performance.now() - start;
      if (waited > alertGraceMs) {
        const shownAlerts = alerts();
        if (shownAlerts.length > 0 || waited > timeout) {
          resolve({ ...screen, stuck: true, alerts: shownAlerts, waited: Math.round(waited) });
          return;
        }
      }
      setTimeout(tick, 5);
    };
    tick();
  });
}

/** In the page: finds the target, scrolls it into view and returns the centre of the first of
 *  [target, ...its labels] that a click there would reach (elementFromPoint hit test). */
function locateInPage(spec) {
  const shown = (el) => el.getClientRects().length > 0;
  const text = (el) => (el.textContent || '').replace(/\s+/g, ' ').trim();
  let target = null;
  if (spec.selector) {
    const all = [...document.querySelectorAll(spec.selector)];
    if (all.length !== 1) return { error: `expected one element for ${spec.selector}, found ${all.length}` };
    [target] = all;
  } else {
    const scope = spec.scope ? document.querySelector(spec.scope) : document;
    if (!scope) return { error: `no ${spec.scope} on the page` };
    const pattern = spec.textSource ? new RegExp(spec.textSource, 'u') : null;
    const matches = [...scope.querySelectorAll('button')].filter(
      (b) => shown(b) && (pattern ? pattern.test(text(b)) : text(b) === spec.text),
    );
    if (matches.length === 0) return { error: `no visible button ${spec.textSource || spec.text} in ${spec.scope || 'the page'}` };
    [target] = matches;
  }
  const candidates = [target, ...(target.labels ? [...target.labels] : [])];
  const reached = (hit, el) => hit && (hit === el || el.contains(hit) || (hit.closest && hit.closest('label') === el));
  for (const el of candidates) {
    if (!shown(el)) continue;
    el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) continue;
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    const hit = document.elementFromPoint(x, y);
    if (reached(hit, el) || candidates.some((c) => reached(hit, c))) {
      if (target.disabled) return { error: `${spec.selector || spec.text || spec.textSource} is disabled` };
      return { x, y };
    }
  }
  return { error: `nothing clickable for ${spec.selector || spec.text || spec.textSource}: another element covers it` };
}

/** In the page: what the shown form holds now, { code: value } as recorded by answerStep. */
function formValuesInPage(step) {
  const form = document.querySelector(`form[data-step="${step}"]`);
  if (!form) return null;
  const out = {};
  for (const input of form.querySelectorAll('input[name]')) {
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
}

function describe(screen) {
  return screen.step ? `step "${screen.step}"` : `the ${screen.kind} page`;
}

async function waitForScreen(page, prevKey, { timeout = 10000, alertGraceMs = 1500 } = {}) {
  const screen = await page.evaluate(waitForScreenInPage, { prevKey, timeout, alertGraceMs, continueSource: CONTINUE_SOURCE });
  if (screen.stuck) {
    if (screen.alerts.length > 0) throw new Error(`the widget refused the answers on ${describe(screen)}: ${screen.alerts.join(' | ')}`);
    throw new Error(`still on ${describe(screen)} ${screen.waited} ms after the last action`);
  }
  return screen;
}

/** A trusted mouse click on the element described by `spec` (see locateInPage). */
async function click(page, spec) {
  const at = await page.evaluate(locateInPage, spec);
  if (at.error) throw new Error(`cannot click: ${at.error}`);
  await page.mouse.click(at.x, at.y);
}

function yesNoValue(code, raw) {
  if (raw === undefined || raw === null || raw === false || raw === 'no') return 'no';
  if (raw === true || raw === 'yes') return 'yes';
  if (raw === 'not_sure') return 'not_sure';
  throw new Error(`findings.${code}: ${JSON.stringify(raw)} is not a yes/no answer`);
}

const cssString = (s) => JSON.stringify(String(s));

/** Answers the question screen `screen` from `findings`; returns { code: value entered }. */
async function answerScreen(page, screen, findings) {
  const formSel = `form[data-step=${cssString(screen.step)}]`;
  if (screen.groups.length === 0) throw new Error(`step "${screen.step}" has no control with a name`);
  const intended = {};
  for (const { name, types, values, checked } of screen.groups) {
    if (types.length !== 1) throw new Error(`step "${screen.step}": controls named ${name} mix types ${types.join(', ')}`);
    const raw = findings[name];
    const [type] = types;
    if (type === 'number') {
      if (typeof raw !== 'number') throw new Error(`step "${screen.step}" asks for the number ${name}: the findings must give it`);
      await page.locator(`${formSel} input[type="number"][name=${cssString(name)}]`).fill(String(raw));
      intended[name] = raw;
    } else if (type === 'checkbox') {
      const value = yesNoValue(name, raw);
      if (value === 'not_sure') throw new Error(`${name} is a checklist item: "not_sure" cannot be entered`);
      if (values.length !== 1) throw new Error(`expected one checkbox named ${name}, found ${values.length}`);
      if ((checked.length > 0) !== (value === 'yes')) {
        await click(page, { selector: `${formSel} input[type="checkbox"][name=${cssString(name)}]` });
      }
      intended[name] = value;
    } else if (type === 'radio') {
      let value;
      if (values.includes('yes') && values.includes('no')) {
        value = yesNoValue(name, raw);
        if (!values.includes(value)) throw new Error(`${name}: "${value}" is not offered (options: ${values.join(', ')})`);
      } else {
        if (!values.includes(raw)) throw new Error(`${name}: ${JSON.stringify(raw)} is not offered (options: ${values.join(', ')})`);
        value = raw;
      }
      if (!checked.includes(value)) {
        await click(page, { selector: `${formSel} input[type="radio"][name=${cssString(name)}][value=${cssString(value)}]` });
      }
      intended[name] = value;
    } else {
      throw new Error(`step "${screen.step}": control ${name} has unexpected type ${type}`);
    }
  }
  const held = await page.evaluate(formValuesInPage, screen.step);
  for (const [code, value] of Object.entries(intended)) {
    if (!held || held[code] !== value) {
      throw new Error(`step "${screen.step}": entered ${code}=${JSON.stringify(value)} but the page holds ${JSON.stringify(held && held[code])}`);
    }
  }
  return intended;
}

/**
 * Drives the questionnaire from the screen now shown (normally the intro) to the final result,
 * passing through an early emergency stop. Returns { entered, urgency, cancers, earlyStop, steps }
 * where `entered` holds every value really entered ({ code: value }) and `steps` the step ids
 * answered, in order.
 */
async function completeFast(page, findings, { maxScreens = 150, timeout = 10000 } = {}) {
  const entered = {};
  const steps = [];
  let earlyStop = false;
  let screen = await waitForScreen(page, null, { timeout });
  for (let i = 0; i < maxScreens; i += 1) {
    if (screen.kind === 'intro') {
      await click(page, { textSource: START_SOURCE });
    } else if (screen.kind === 'question') {
      steps.push(screen.step);
      Object.assign(entered, await answerScreen(page, screen, findings));
      await click(page, { scope: `form[data-step=${cssString(screen.step)}]`, textSource: CONTINUE_SOURCE });
    } else if (screen.kind === 'check-answers') {
      await click(page, { scope: '[data-page="check-answers"]', textSource: CONTINUE_SOURCE });
    } else if (screen.kind === 'result' && screen.earlyStop) {
      earlyStop = true;
      if (screen.urgency !== 'emergency') {
        throw new Error(`a result with a Continue button shows data-urgency="${screen.urgency}", expected "emergency"`);
      }
      await click(page, { textSource: CONTINUE_SOURCE });
    } else if (screen.kind === 'result') {
      return { entered, urgency: screen.urgency, cancers: screen.cancers, earlyStop, steps };
    } else {
      throw new Error(`unexpected screen ${JSON.stringify(screen)}`);
    }
    screen = await waitForScreen(page, screen.key, { timeout });
  }
  throw new Error(`no result after ${maxScreens} screens (steps: ${steps.join(', ')})`);
}

/** On the final result: presses "Clear my answers and start again" and waits for the intro. */
async function clearAndRestart(page, { timeout = 10000 } = {}) {
  const before = await waitForScreen(page, null, { timeout });
  if (before.kind !== 'result') throw new Error(`clearAndRestart: expected the result page, found ${describe(before)}`);
  await click(page, { text: CLEAR_TEXT });
  const after = await waitForScreen(page, before.key, { timeout });
  if (after.kind !== 'intro') throw new Error(`"${CLEAR_TEXT}" led to ${describe(after)}, not the start page`);
}

module.exports = { completeFast, clearAndRestart, waitForScreen };
