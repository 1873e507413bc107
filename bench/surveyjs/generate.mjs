#!/usr/bin/env node
// Builds the SurveyJS side of the benchmark: converts the widget's own FHIR Questionnaire
// (dist/questionnaire.fhir.json, generated at build time from content/) into a SurveyJS JSON
// model, and assembles a static site that renders it with survey-js-ui's prebuilt UMD files and
// SurveyJS's default theme, so both sides show the same questions, options and skip logic.
//
//   node bench/surveyjs/generate.mjs [--fhir dist/questionnaire.fhir.json] [--out bench/surveyjs/site]
//
// Mapping (one SurveyJS page per top-level FHIR item, as the widget shows one step per screen):
//   group of >= 2 yes/no choice items  -> one `checkbox` question ("tick all that apply"), the
//                                          widget's checklist screen; value = the items' linkIds
//   choice                              -> `radiogroup` (answerOption codes/displays), required
//   integer / decimal                   -> `text` with inputType "number", min/max from the
//                                          minValue/maxValue extensions, required
//   string / text                       -> `text` / `comment`
//   boolean                             -> `boolean`
//   enableWhen (+ enableBehavior)       -> `visibleIf` on the page, joined with or/and
// The intro page (a SurveyJS start page with a "Start now" button) uses the Questionnaire's title
// and description.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const BENCH = path.dirname(HERE);
const REPO = path.dirname(BENCH);

function fail(message) {
  console.error(`generate.mjs: ERROR: ${message}`);
  process.exit(1);
}

function argValue(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? path.resolve(process.argv[i + 1]) : fallback;
}

const FHIR = argValue('--fhir', path.join(REPO, 'dist', 'questionnaire.fhir.json'));
const OUT = argValue('--out', path.join(HERE, 'site'));

// Texts that the FHIR resource does not carry (the widget keeps them in its Fluent messages).
const CHECKLIST_TITLE = 'Which of these apply to you?';
const CHECKLIST_HINT = 'Select all that apply. If none of these apply to you, continue without ticking any.';

const MIN_VALUE = 'http://hl7.org/fhir/StructureDefinition/minValue';
const MAX_VALUE = 'http://hl7.org/fhir/StructureDefinition/maxValue';

function extensionValue(item, url) {
  const ext = (item.extension || []).find((e) => e.url === url);
  if (!ext) return undefined;
  const key = Object.keys(ext).find((k) => k.startsWith('value'));
  return key ? ext[key] : undefined;
}

function optionOf(option) {
  if (option.valueCoding) return { value: option.valueCoding.code, text: option.valueCoding.display || option.valueCoding.code };
  for (const key of ['valueString', 'valueInteger', 'valueDate', 'valueTime']) {
    if (key in option) return { value: option[key], text: String(option[key]) };
  }
  throw new Error(`answerOption without a supported value: ${JSON.stringify(option)}`);
}

const isYesNo = (item) =>
  item.type === 'choice' &&
  Array.isArray(item.answerOption) &&
  item.answerOption.length === 2 &&
  item.answerOption.map((o) => o.valueCoding && o.valueCoding.code).join(',') === 'yes,no';

const isChecklist = (group) => group.type === 'group' && (group.item || []).length >= 2 && group.item.every(isYesNo);

/** linkId of a question -> how a SurveyJS expression refers to it. */
const refs = new Map();

function literal(value) {
  return typeof value === 'number' ? String(value) : `'${String(value).replace(/'/g, "\\'")}'`;
}

function answerOf(condition) {
  for (const [key, value] of Object.entries(condition)) {
    if (!key.startsWith('answer')) continue;
    if (key === 'answerCoding') return value.code;
    if (key === 'answerQuantity') return value.value;
    return value;
  }
  throw new Error(`enableWhen without an answer: ${JSON.stringify(condition)}`);
}

function expressionOf(condition) {
  const ref = refs.get(condition.question);
  if (!ref) throw new Error(`enableWhen refers to an unknown question "${condition.question}"`);
  const op = condition.operator;
  const answer = answerOf(condition);
  if (op === 'exists') return `{${ref.name}} ${answer ? 'notempty' : 'empty'}`;
  if (ref.checklist) {
    // A checklist item is "yes" when its linkId is among the ticked values.
    const ticked = answer === 'yes' || answer === true;
    if (op !== '=' && op !== '!=') throw new Error(`operator ${op} on checklist item ${condition.question}`);
    return `{${ref.name}} ${(op === '=') === ticked ? 'contains' : 'notcontains'} '${ref.value}'`;
  }
  const ops = { '=': '=', '!=': '!=', '>': '>', '<': '<', '>=': '>=', '<=': '<=' };
  if (!ops[op]) throw new Error(`unsupported enableWhen operator ${op}`);
  return `{${ref.name}} ${ops[op]} ${literal(answer)}`;
}

function visibleIf(item) {
  if (!item.enableWhen || item.enableWhen.length === 0) return undefined;
  const joiner = item.enableBehavior === 'any' ? ' or ' : ' and ';
  const parts = item.enableWhen.map(expressionOf);
  return parts.length === 1 ? parts[0] : parts.map((p) => `(${p})`).join(joiner);
}

function questionOf(item) {
  const base = { name: item.linkId, title: item.text || item.linkId };
  const shownIf = visibleIf(item);
  if (shownIf) base.visibleIf = shownIf;
  switch (item.type) {
    case 'choice':
      return { type: 'radiogroup', ...base, isRequired: true, choices: item.answerOption.map(optionOf) };
    case 'integer':
    case 'decimal': {
      const q = { type: 'text', inputType: 'number', ...base, isRequired: true };
      const min = extensionValue(item, MIN_VALUE);
      const max = extensionValue(item, MAX_VALUE);
      if (min !== undefined) q.min = min;
      if (max !== undefined) q.max = max;
      if (item.type === 'integer') q.step = 1;
      q.validators = [{ type: 'numeric', ...(min !== undefined && { minValue: min }), ...(max !== undefined && { maxValue: max }) }];
      return q;
    }
    case 'boolean':
      return { type: 'boolean', ...base, isRequired: true };
    case 'string':
      return { type: 'text', ...base };
    case 'text':
      return { type: 'comment', ...base };
    default:
      throw new Error(`item "${item.linkId}": FHIR type "${item.type}" has no mapping`);
  }
}

/** Registers how later enableWhen expressions refer to the questions of `item`. */
function register(item) {
  if (isChecklist(item)) {
    const name = item.linkId.replace(/^step-/, '');
    for (const child of item.item) refs.set(child.linkId, { name, checklist: true, value: child.linkId });
    return;
  }
  if (item.type === 'group') {
    for (const child of item.item || []) register(child);
    return;
  }
  refs.set(item.linkId, { name: item.linkId, checklist: false });
}

function flatten(item) {
  return item.type === 'group' ? (item.item || []).flatMap(flatten) : [item];
}

function pageOf(item) {
  const page = { name: item.linkId };
  const shownIf = visibleIf(item);
  if (shownIf) page.visibleIf = shownIf;
  if (isChecklist(item)) {
    page.elements = [
      {
        type: 'checkbox',
        name: item.linkId.replace(/^step-/, ''),
        title: item.text || CHECKLIST_TITLE,
        description: CHECKLIST_HINT,
        choices: item.item.map((child) => ({ value: child.linkId, text: child.text || child.linkId })),
      },
    ];
  } else if (item.type === 'group') {
    page.elements = flatten(item).map(questionOf);
    if (item.text) page.title = item.text;
  } else {
    const question = questionOf(item);
    delete question.visibleIf; // on the page already
    page.elements = [question];
  }
  return page;
}

export function toSurveyJs(fhir) {
  if (!fhir || fhir.resourceType !== 'Questionnaire' || !Array.isArray(fhir.item) || fhir.item.length === 0) {
    throw new Error('not a FHIR Questionnaire with items');
  }
  refs.clear();
  for (const item of fhir.item) register(item);
  const title = fhir.title || fhir.name || 'Questionnaire';
  const description =
    fhir.description ||
    'Answer a few questions about your back pain to find out if it has warning signs, and when and where to get help. Your answers stay on this device.';
  return {
    title,
    locale: 'en',
    firstPageIsStartPage: true,
    startSurveyText: 'Start now',
    pageNextText: 'Continue',
    pagePrevText: 'Back',
    previewText: 'Continue',
    completeText: 'Continue',
    // The widget's "check your answers" page before the result.
    showPreviewBeforeComplete: true,
    checkErrorsMode: 'onNextPage',
    completedHtml: '<h2 data-bench="result">Thank you: your answers are complete.</h2>',
    pages: [
      {
        name: 'intro',
        elements: [{ type: 'html', name: 'intro', html: `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(description)}</p>` }],
      },
      ...fhir.item.map(pageOf),
    ],
  };
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** Prebuilt files of the installed SurveyJS packages (no bundler): [package file, site name]. */
const LIBRARY = [
  ['survey-core/survey.core.min.js', 'survey.core.min.js'],
  ['survey-js-ui/survey-js-ui.min.js', 'survey-js-ui.min.js'],
  // The default theme without the @font-face rules that load Open Sans from Google's servers
  // (the benchmark runs offline); the text falls back to the system sans-serif font.
  ['survey-core/survey-core.fontless.min.css', 'survey-core.fontless.min.css'],
];

function main() {
  if (!fs.existsSync(FHIR)) fail(`${FHIR} is missing: build the widget first (bash scripts/build.sh)`);
  let model;
  try {
    model = toSurveyJs(JSON.parse(fs.readFileSync(FHIR, 'utf8')));
  } catch (e) {
    fail(`cannot convert ${FHIR}: ${e.message}`);
  }
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  for (const [from, to] of LIBRARY) {
    // By path: the packages' "exports" maps do not list these files.
    const file = path.join(BENCH, 'node_modules', from);
    if (!fs.existsSync(file)) fail(`${file} is missing: run npm ci in bench/ (bash bench/run.sh does)`);
    fs.copyFileSync(file, path.join(OUT, to));
  }
  for (const file of ['index.html', 'app.js']) fs.copyFileSync(path.join(HERE, file), path.join(OUT, file));
  fs.writeFileSync(path.join(OUT, 'survey-model.js'), `// Generated by bench/surveyjs/generate.mjs from ${path.relative(REPO, FHIR)}.\nwindow.BENCH_SURVEY_MODEL = ${JSON.stringify(model)};\n`);
  fs.writeFileSync(path.join(OUT, 'survey-model.json'), JSON.stringify(model, null, 2) + '\n');
  const pages = model.pages.length - 1;
  const questions = model.pages.reduce((n, p) => n + p.elements.filter((e) => e.type !== 'html').length, 0);
  const conditional = model.pages.filter((p) => p.visibleIf).length;
  console.error(`generate.mjs: ${path.relative(REPO, OUT)}/: ${pages} question pages, ${questions} SurveyJS questions, ${conditional} pages with visibleIf`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
