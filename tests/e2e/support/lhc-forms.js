'use strict';
// NLM's LHC-Forms (npm `lforms`, a prebuilt web component with FHIR support) as a third-party
// FHIR forms client for interop.test.js: a page that renders our generated Questionnaire
// (dist/questionnaire.fhir.json) in LHC-Forms, helpers that fill it through its UI like a person
// (clicking radio buttons by their visible labels, typing numbers), and `assess --fhir` on what
// it exports.
//
// The page is built on the fly in a temporary directory and served by support/server.js on
// 127.0.0.1: index.html (below), questionnaire.fhir.json (a copy of the one given) and `lforms/`,
// a link to node_modules/lforms/dist/lforms. The files it loads are the ones the package's
// README lists, with the R4 FHIR support; nothing comes from anywhere else.
//
// LHC-Forms' DOM contract used here (40.1.3):
//   item            lhc-item#item-<linkId>/1/1 (a question), lhc-item#item-<linkId>/1 (a group);
//                   an item disabled by enableWhen is not in the DOM at all
//   group heading   .lhc-item-group-title .question
//   radio buttons   nz-radio-group[role=radiogroup] > label.lhc-answer (the visible text is
//                   the option's display); the chosen one has .ant-radio-wrapper-checked
//   number          input#<linkId>/1/1, its unit in input#unit_<linkId>/1/1
//   help            button.lhc-help-button
//   required        the lhc-item has the class lf-answer-required

const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { ASSESS } = require('./assess');

const LFORMS_VERSION = '40.1.3';
const LFORMS_PACKAGE = path.join(__dirname, '..', 'node_modules', 'lforms');
const LFORMS_DIST = path.join(LFORMS_PACKAGE, 'dist', 'lforms');
/** What the page loads, relative to the lforms dist directory (the package's README, "Using the
 *  LHC-Forms Web Component"; the FHIR support for R4 only). */
const FILES = {
  styles: 'webcomponent/styles.css',
  zone: 'webcomponent/assets/lib/zone.min.js',
  runtime: 'webcomponent/runtime.js',
  polyfills: 'webcomponent/polyfills.js',
  main: 'webcomponent/main.js',
  fhir: 'fhir/R4/lformsFHIR.min.js',
};

const ITEM_CONTROL = 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl';
const CHOICE_ORIENTATION = 'http://hl7.org/fhir/StructureDefinition/questionnaire-choiceOrientation';
const UNIT = 'http://hl7.org/fhir/StructureDefinition/questionnaire-unit';

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>LHC-Forms ${LFORMS_VERSION}: interoperability test</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="lforms/${FILES.styles}">
<script src="lforms/${FILES.zone}"></script>
<script src="lforms/${FILES.runtime}" type="module"></script>
<script src="lforms/${FILES.polyfills}" type="module"></script>
<script src="lforms/${FILES.main}" type="module"></script>
<script src="lforms/${FILES.fhir}" defer></script>
</head>
<body>
<main id="form"></main>
</body>
</html>
`;

/** Throws unless lforms 40.1.3 is installed in tests/e2e with the files the page loads. */
function requireLForms() {
  const manifest = path.join(LFORMS_PACKAGE, 'package.json');
  if (!fs.existsSync(manifest)) {
    throw new Error(`${LFORMS_PACKAGE} is missing: run \`npm ci --prefix tests/e2e\` (scripts/setup.sh does this)`);
  }
  const { version } = JSON.parse(fs.readFileSync(manifest, 'utf8'));
  if (version !== LFORMS_VERSION) throw new Error(`lforms ${version} is installed, the test is written for ${LFORMS_VERSION}: run \`npm ci --prefix tests/e2e\``);
  for (const file of Object.values(FILES)) {
    if (!fs.existsSync(path.join(LFORMS_DIST, file))) throw new Error(`lforms ${version} has no dist/lforms/${file}`);
  }
  return version;
}

/** Builds the test site in a new temporary directory and returns its path. */
function makeSite(questionnaireFile) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bpt-lhc-forms-'));
  fs.writeFileSync(path.join(dir, 'index.html'), PAGE);
  fs.copyFileSync(questionnaireFile, path.join(dir, 'questionnaire.fhir.json'));
  fs.symlinkSync(LFORMS_DIST, path.join(dir, 'lforms'), 'junction');
  return dir;
}

/** Removes a site made by makeSite: the link to node_modules first (never followed), then the
 *  directory. */
function removeSite(dir) {
  const link = path.join(dir, 'lforms');
  if (fs.lstatSync(link, { throwIfNoEntry: false })?.isSymbolicLink()) fs.unlinkSync(link);
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Opens the page and waits until LHC-Forms and its R4 support are ready. */
async function openPage(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => Boolean(window.LForms && window.LForms.Util && window.LForms.Util.addFormToPage && window.LForms.FHIR && window.LForms.FHIR.R4));
}

/**
 * Renders a Questionnaire in the page, replacing any form shown before: the served
 * questionnaire.fhir.json when `questionnaire` is not given, else that object. `response` (a
 * QuestionnaireResponse) pre-fills it. Resolves when LHC-Forms says the form is ready.
 */
async function renderForm(page, { questionnaire = null, response = null } = {}) {
  await page.evaluate(
    async ({ questionnaire: given, response: saved }) => {
      const q = given || (await (await fetch('questionnaire.fhir.json')).json());
      LForms.Util.removeFormsFromPage('form');
      const options = { fhirVersion: 'R4' };
      if (saved) options.questionnaireResponse = saved;
      await LForms.Util.addFormToPage(q, 'form', options);
    },
    { questionnaire, response },
  );
  await page.locator('#form wc-lhc-form form.lhc-form').waitFor();
}

/** What LHC-Forms exports: `LForms.Util.getFormFHIRData('QuestionnaireResponse', 'R4', element)`. */
async function exportResponse(page) {
  return page.evaluate(() => LForms.Util.getFormFHIRData('QuestionnaireResponse', 'R4', document.getElementById('form')));
}

// ---- the Questionnaire ----------------------------------------------------------------------------

const extension = (item, url) => (item.extension || []).find((e) => e.url === url);

/** The Questionnaire's items: { groups: [...], questions: [...], byLinkId } in document order.
 *  A question: { linkId, type, text, group, required, options: [{ code, system, display }],
 *  control (itemControl code), orientation, unit (display), help (text of a help child) }. */
function questionnaireModel(questionnaire) {
  const groups = [];
  const questions = [];
  const walk = (items, parent) => {
    for (const item of items || []) {
      if (item.type === 'group') {
        groups.push({ linkId: item.linkId, text: item.text, enableWhen: item.enableWhen || [], questions: [] });
        walk(item.item, groups[groups.length - 1]);
      } else if (item.type === 'display') {
        // help text of the question it is nested in
      } else {
        const control = extension(item, ITEM_CONTROL);
        const help = (item.item || []).find((child) => child.type === 'display' && extension(child, ITEM_CONTROL)?.valueCodeableConcept?.coding?.some((c) => c.code === 'help'));
        const question = {
          linkId: item.linkId,
          type: item.type,
          text: item.text,
          group: parent ? parent.linkId : null,
          required: item.required === true,
          options: (item.answerOption || []).map((o) => ({ code: o.valueCoding.code, system: o.valueCoding.system, display: o.valueCoding.display })),
          control: control ? control.valueCodeableConcept.coding.map((c) => c.code).join(' ') : null,
          orientation: extension(item, CHOICE_ORIENTATION)?.valueCode ?? null,
          unit: extension(item, UNIT)?.valueCoding?.display ?? null,
          help: help ? help.text : null,
        };
        questions.push(question);
        if (parent) parent.questions.push(question);
        walk(item.item, parent);
      }
    }
  };
  walk(questionnaire.item, null);
  return { groups, questions, byLinkId: new Map(questions.map((q) => [q.linkId, q])) };
}

// ---- what LHC-Forms shows -------------------------------------------------------------------------

/** Everything rendered, read in the page: groups (linkId, heading) and questions (linkId,
 *  required marker, radio labels with their row, text inputs, autocomplete widgets, selects,
 *  unit, help button). */
async function snapshot(page) {
  return page.evaluate(() => {
    const linkIdOf = (el) => el.id.replace(/^item-/, '').replace(/(\/\d+)+$/, '');
    const text = (el) => (el ? el.textContent.replace(/\s+/g, ' ').trim() : '');
    const groups = [];
    const questions = [];
    for (const el of document.querySelectorAll('#form lhc-item')) {
      if (el.classList.contains('lhc-item-group')) {
        const title = el.querySelector(':scope > lhc-item-group .lhc-item-group-title');
        groups.push({ linkId: linkIdOf(el), heading: text(title && title.querySelector('.question')), hasTitle: Boolean(title) });
        continue;
      }
      const own = (selector) => [...el.querySelectorAll(selector)].filter((x) => x.closest('lhc-item') === el);
      const labels = own('nz-radio-group label.lhc-answer');
      questions.push({
        linkId: linkIdOf(el),
        required: el.classList.contains('lf-answer-required'),
        radioGroups: own('[role="radiogroup"]').length,
        radios: labels.map((label) => ({ text: text(label), top: Math.round(label.getBoundingClientRect().top), checked: label.classList.contains('ant-radio-wrapper-checked') })),
        textInputs: own('input[type="text"]:not([readonly])').map((i) => ({ id: i.id, placeholder: i.placeholder || '' })),
        autocomplete: own('lhc-autocomplete, .autocomp, input[role="combobox"], [aria-autocomplete]').length,
        selects: own('select, nz-select').length,
        checkboxes: own('input[type="checkbox"]').length,
        unit: (own('input[readonly][id^="unit_"]')[0] || {}).value ?? null,
        helpButton: own('button.lhc-help-button').length > 0,
      });
    }
    return { groups, questions };
  });
}

/**
 * Compares what LHC-Forms rendered with the Questionnaire and returns the problems found (an
 * empty list when all is well): every coded item is a single radio group with one radio per
 * option, labelled with the option's display, laid out as the item's choiceOrientation says,
 * and with no type-ahead, autocomplete, select or check box; every rendered group has a
 * non-empty heading; every number is a text box with its unit and help button; the required
 * marker is where the Questionnaire says `required`.
 */
function renderingProblems(model, shown) {
  const problems = [];
  const groupsByLinkId = new Map(model.groups.map((g) => [g.linkId, g]));
  for (const g of shown.groups) {
    const q = groupsByLinkId.get(g.linkId);
    if (!q) problems.push(`group ${g.linkId} is not in the Questionnaire`);
    if (!g.hasTitle || g.heading === '') problems.push(`group ${g.linkId} has an empty header`);
    else if (q && q.text && g.heading !== q.text.replace(/\s+/g, ' ').trim()) problems.push(`group ${g.linkId} shows "${g.heading}", not its text "${q.text}"`);
  }
  for (const s of shown.questions) {
    const q = model.byLinkId.get(s.linkId);
    if (!q) {
      problems.push(`question ${s.linkId} is not in the Questionnaire`);
      continue;
    }
    if (s.required !== q.required) problems.push(`${s.linkId}: required marker ${s.required}, Questionnaire required ${q.required}`);
    if (q.type === 'choice') {
      if (s.radioGroups !== 1) problems.push(`${s.linkId}: ${s.radioGroups} radio groups, expected 1 (itemControl ${q.control})`);
      const labels = s.radios.map((r) => r.text);
      const displays = q.options.map((o) => o.display);
      if (JSON.stringify(labels) !== JSON.stringify(displays)) problems.push(`${s.linkId}: radio labels ${JSON.stringify(labels)}, expected ${JSON.stringify(displays)}`);
      if (s.textInputs.length > 0 || s.autocomplete > 0) problems.push(`${s.linkId}: a type-ahead/autocomplete input (${s.textInputs.length} text boxes, ${s.autocomplete} autocomplete widgets)`);
      if (s.selects > 0 || s.checkboxes > 0) problems.push(`${s.linkId}: ${s.selects} drop-downs and ${s.checkboxes} check boxes instead of radio buttons`);
      const rows = new Set(s.radios.map((r) => r.top)).size;
      if (s.radios.length > 1 && q.orientation === 'horizontal' && rows !== 1) problems.push(`${s.linkId}: horizontal, but its ${s.radios.length} radio buttons are on ${rows} rows`);
      if (s.radios.length > 1 && q.orientation === 'vertical' && rows !== s.radios.length) problems.push(`${s.linkId}: vertical, but its ${s.radios.length} radio buttons are on ${rows} rows`);
    } else if (q.type === 'integer' || q.type === 'decimal') {
      if (s.textInputs.length !== 1 || s.radios.length > 0) problems.push(`${s.linkId}: ${s.textInputs.length} text boxes and ${s.radios.length} radio buttons, expected one text box`);
      if (q.unit && s.unit !== q.unit) problems.push(`${s.linkId}: unit ${JSON.stringify(s.unit)}, expected ${JSON.stringify(q.unit)}`);
      if (q.help && !s.helpButton) problems.push(`${s.linkId}: its help text has no help button`);
    }
  }
  return problems;
}

// ---- filling the form through its UI -----------------------------------------------------------------

/** Clicks the radio button of question `linkId` whose visible label is `label`, with the mouse
 *  at the label's centre (scrolled into view first). With `verify`, waits until LHC-Forms shows
 *  it chosen; without, the caller checks what was chosen (the exported response). */
async function clickRadio(page, linkId, label, { verify = true } = {}) {
  const box = await page.evaluate(
    ({ linkId: id, label: wanted }) => {
      const item = document.getElementById(`item-${id}/1/1`);
      if (!item) return { error: `question ${id} is not shown` };
      const labels = [...item.querySelectorAll('nz-radio-group label.lhc-answer')];
      const match = labels.filter((l) => l.textContent.replace(/\s+/g, ' ').trim() === wanted);
      if (match.length !== 1) return { error: `question ${id} has ${match.length} radio buttons labelled "${wanted}" (labels: ${labels.map((l) => l.textContent.trim()).join(' | ')})` };
      match[0].scrollIntoView({ block: 'center' });
      const r = match[0].getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    { linkId, label },
  );
  if (box.error) throw new Error(box.error);
  await page.mouse.click(box.x, box.y);
  if (!verify) return;
  await page.waitForFunction(
    ({ linkId: id, label: wanted }) =>
      [...document.querySelectorAll(`[id="item-${id}/1/1"] label.lhc-answer.ant-radio-wrapper-checked`)].some((l) => l.textContent.replace(/\s+/g, ' ').trim() === wanted),
    { linkId, label },
    { timeout: 5000 },
  );
}

/** Types a number into question `linkId`'s text box (cleared first) and leaves it with Tab. */
async function typeNumber(page, linkId, value) {
  const input = page.locator(`input[id="${linkId}/1/1"]`);
  await input.fill('');
  await input.pressSequentially(String(value));
  await input.press('Tab');
}

/** The linkIds of every group rendered now (LHC-Forms leaves disabled items out of the DOM). */
async function shownGroups(page) {
  return new Set(await page.evaluate(() => [...document.querySelectorAll('#form lhc-item.lhc-item-group')].map((el) => el.id.replace(/^item-/, '').replace(/(\/\d+)+$/, ''))));
}

/** Waits two animation frames, so that what an answer enables or disables is on screen. */
async function settle(page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

// ---- reading responses and running assess --fhir --------------------------------------------------

/** The answers of a QuestionnaireResponse (any nesting), as Map linkId -> the answer's value
 *  (a coding's code, or the number). */
function responseAnswers(response) {
  const out = new Map();
  const walk = (items) => {
    for (const item of items || []) {
      if (item.answer) {
        assert.equal(item.answer.length, 1, `${item.linkId} has ${item.answer.length} answers`);
        const a = item.answer[0];
        if (a.valueCoding) out.set(item.linkId, a.valueCoding.code);
        else if ('valueInteger' in a) out.set(item.linkId, a.valueInteger);
        else if ('valueDecimal' in a) out.set(item.linkId, a.valueDecimal);
        else out.set(item.linkId, a);
      }
      walk(item.item);
      for (const a of item.answer || []) walk(a.item);
    }
  };
  walk(response.item);
  return out;
}

/** A deep copy of `response` with the question item `linkId` removed (and its group, if that
 *  leaves it empty). Throws if there is no such item. */
function withoutItem(response, linkId) {
  const copy = JSON.parse(JSON.stringify(response));
  let found = false;
  const prune = (items) =>
    (items || [])
      .map((item) => {
        if (item.linkId === linkId) {
          found = true;
          return null;
        }
        if (item.item) {
          const kept = prune(item.item);
          if (kept.length === 0 && !item.answer) return null;
          return { ...item, item: kept };
        }
        return item;
      })
      .filter(Boolean);
  copy.item = prune(copy.item);
  if (!found) throw new Error(`the response has no item ${linkId}`);
  return copy;
}

/** A deep copy of `response` whose question `linkId` has the single answer `answer`. */
function withAnswer(response, linkId, answer) {
  const copy = JSON.parse(JSON.stringify(response));
  let found = false;
  const walk = (items) => {
    for (const item of items || []) {
      if (item.linkId === linkId && item.answer) {
        item.answer = [answer];
        found = true;
      }
      walk(item.item);
    }
  };
  walk(copy.item);
  if (!found) throw new Error(`the response has no answered item ${linkId}`);
  return copy;
}

let fileCount = 0;
/** Runs `target/release/assess --fhir FILE` on `response` (written to a file in `dir`). Returns
 *  { status, stdout, stderr, output (parsed stdout, when it is JSON), file }. */
function assessFhir(response, dir) {
  if (!fs.existsSync(ASSESS)) {
    throw new Error(`${ASSESS} is missing: run \`cargo build --release --locked -p backpain-engine --bin assess\` (scripts/test.sh does this)`);
  }
  fileCount += 1;
  const file = path.join(dir, `response-${fileCount}.fhir.json`);
  fs.writeFileSync(file, typeof response === 'string' ? response : JSON.stringify(response, null, 2));
  const run = spawnSync(ASSESS, ['--fhir', file], { encoding: 'utf8', timeout: 30000 });
  if (run.error) throw run.error;
  let output = null;
  try {
    output = JSON.parse(run.stdout);
  } catch {
    /* not JSON: left null */
  }
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, output, file };
}

/** Whether this build of `assess` has the `--fhir` option (its usage line says so). */
function assessHasFhir() {
  if (!fs.existsSync(ASSESS)) return false;
  const run = spawnSync(ASSESS, [], { encoding: 'utf8', timeout: 30000 });
  return /--fhir/.test(`${run.stdout}${run.stderr}`);
}

module.exports = {
  LFORMS_VERSION,
  LFORMS_DIST,
  FILES,
  requireLForms,
  makeSite,
  removeSite,
  openPage,
  renderForm,
  exportResponse,
  questionnaireModel,
  snapshot,
  renderingProblems,
  clickRadio,
  typeNumber,
  shownGroups,
  settle,
  responseAnswers,
  withoutItem,
  withAnswer,
  assessFhir,
  assessHasFhir,
};
