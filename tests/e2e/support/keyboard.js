'use strict';
// Keyboard-only driving for accessibility.test.js: moves focus with Tab / Shift+Tab and operates
// controls with Space, Enter, the arrow keys and typed digits, through `page.keyboard` only (no
// clicks, no element handles' .check() or .fill()). What to answer is read from the page; how it
// is entered is what a keyboard user does. Selectors are structural (data-step, data-action,
// types), never English text, so the driver works in every language.

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`; returns the number
 *  of presses. Fails after `max` presses. `onFocus(info)` is called for every element focused on
 *  the way, with what the focused element looks like (for the focus-indicator check). */
async function tabTo(page, selector, { backwards = false, max = 80, onFocus = null } = {}) {
  for (let i = 1; i <= max; i += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const info = await page.evaluate(focusedInPage, selector);
    if (onFocus) await onFocus(info);
    if (info.matches) return i;
  }
  throw new Error(`${max} presses of ${backwards ? 'Shift+Tab' : 'Tab'} never reached ${selector}`);
}

/** In the page: the focused element, whether it matches `selector`, and whether it shows a
 *  focus indicator (an outline or a box shadow, or a background change). */
function focusedInPage(selector) {
  const el = document.activeElement;
  if (!el || el === document.body) return { matches: false, tag: 'body', indicator: true };
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !/rgba\([^)]*,\s*0\)|transparent/.test(style.outlineColor);
  const shadow = style.boxShadow && style.boxShadow !== 'none';
  return {
    matches: el.matches(selector),
    tag: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('name') ? `[name=${el.getAttribute('name')}]` : ''}${el.getAttribute('data-action') ? `[data-action=${el.getAttribute('data-action')}]` : ''}`,
    interactive: el.matches('a[href], button, input, select, textarea, summary'),
    indicator: Boolean(outline || shadow),
  };
}

/** The id of the focused element. */
async function focusedId(page) {
  return page.evaluate(() => (document.activeElement ? document.activeElement.id : ''));
}

/** The answer controls of the question form on screen: [{ name, type, values, checked, ids,
 *  value (numbers) }]. */
async function formControls(page) {
  return page.evaluate(() => {
    const form = document.querySelector('form[data-step]');
    const groups = [];
    const byName = new Map();
    for (const input of form.querySelectorAll('input[name]')) {
      const name = input.name;
      let group = byName.get(name);
      if (!group) {
        group = { name, type: input.type, values: [], ids: [], checked: [] };
        byName.set(name, group);
        groups.push(group);
      }
      group.values.push(input.value);
      group.ids.push(input.id);
      if (input.checked) group.checked.push(input.value);
      if (input.type === 'number') group.value = input.value;
    }
    return groups;
  });
}

/** Normalises a findings value for a yes/no question. */
function yesNo(raw) {
  if (raw === true || raw === 'yes') return 'yes';
  if (raw === 'not_sure') return 'not_sure';
  return 'no';
}

/**
 * Answers the question form on screen from `findings` with the keyboard only (focus starts on
 * the step's heading). Returns { code: value }.
 */
async function answerWithKeyboard(page, findings, { onFocus = null } = {}) {
  const answered = {};
  for (const group of await formControls(page)) {
    const raw = findings[group.name];
    if (group.type === 'number') {
      if (typeof raw !== 'number') throw new Error(`findings.${group.name}: a number is needed`);
      await tabTo(page, `input[name="${group.name}"]`, { onFocus });
      // Clear what is there (Ctrl+A selects the field's text), then type the digits.
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
      await page.keyboard.type(String(raw));
      answered[group.name] = raw;
    } else if (group.type === 'checkbox') {
      const want = yesNo(raw) === 'yes';
      const isChecked = group.checked.length > 0;
      if (want !== isChecked) {
        await tabTo(page, `input[type="checkbox"][name="${group.name}"]`, { onFocus });
        await page.keyboard.press('Space');
      }
      answered[group.name] = want ? 'yes' : 'no';
    } else if (group.type === 'radio') {
      const isYesNo = group.values.includes('yes') && group.values.includes('no');
      const want = isYesNo ? yesNo(raw) : group.values.includes(raw) ? raw : group.values[0];
      if (!group.values.includes(want)) throw new Error(`${group.name}: "${want}" is not offered`);
      // Tab enters the group on the checked radio, or on the first one if none is checked.
      await tabTo(page, `input[type="radio"][name="${group.name}"]`, { onFocus });
      for (let i = 0; i <= group.values.length; i += 1) {
        const state = await page.evaluate(() => ({ value: document.activeElement.value, checked: document.activeElement.checked }));
        if (state.value === want) {
          if (!state.checked) await page.keyboard.press('Space');
          break;
        }
        // The arrow keys move through the group and select as they go (wrapping at the end).
        await page.keyboard.press('ArrowDown');
      }
      answered[group.name] = want;
    }
  }
  // Read back what the form holds.
  const held = await formControls(page);
  for (const group of held) {
    const got = group.type === 'checkbox' ? (group.checked.length > 0 ? 'yes' : 'no') : group.type === 'radio' ? group.checked[0] : Number(group.value);
    if (got !== answered[group.name]) {
      throw new Error(`keyboard: ${group.name} should be ${answered[group.name]} but the form holds ${got}`);
    }
  }
  return answered;
}

module.exports = { tabTo, focusedInPage, focusedId, formControls, answerWithKeyboard };
