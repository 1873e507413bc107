'use strict';
// Issue 8, parts 2 and 3: the FHIR R4 export of the engine's `fhir` tool is valid FHIR R4.
//
// `target/release/fhir questionnaire` prints the Questionnaire generated from content/, and
// `fhir response --authored <date-time>` turns findings (the `assess` format) into a
// QuestionnaireResponse with the advice as an extension (engine/src/fhir.rs documents the shapes).
// Both are validated with FHIR.js (npm `fhir`, lantanagroup), whose validator checks R4
// (FHIR 4.0.0) structure: property names, cardinality, primitive formats and required code
// bindings. Two limits, found here and covered:
//   * it does not evaluate invariants (que-*, qrs-*): the ones that matter are checked by hand;
//   * it does not descend into nested items (`item.item` is a contentReference to `item`, which
//     it does not follow): a nested item with an unknown type passes. Every resource is therefore
//     also validated as a flattened copy with every item lifted to the top level.
// Negative controls show that the validator really reports errors (nested ones through the
// flattened copy) and that it is R4 (an STU3-only and an R5-only property are refused).
//
// Responses: a seeded set of random answer sets (support/answer-sets.js), each validated, each
// linkId found in the Questionnaire with a matching answer type, and the advice extension equal
// to what `assess` says for the same findings.
//
// Environment: E2E_SEED (default below), FHIR_RUNS (number of answer sets, default 40).
// No browser and no dist/ are needed: only the release binaries `fhir` and `assess`
// (`cargo build --release --locked -p backpain-engine --bin assess --bin fhir`; scripts/test.sh).

const { describe, it, before } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { Fhir } = require('fhir');
const { assess, REPO_ROOT } = require('./support/assess');
const { mulberry32, parseSeed, mixSeed } = require('./support/random');
const { loadModel, generateAnswerSet, LEVELS } = require('./support/answer-sets');

const FHIR_TOOL = path.join(REPO_ROOT, 'target', 'release', process.platform === 'win32' ? 'fhir.exe' : 'fhir');
const DEFAULT_SEED = 20261121;
const SEED = process.env.E2E_SEED ? parseSeed(process.env.E2E_SEED) : DEFAULT_SEED;
const RUNS = process.env.FHIR_RUNS ? Number(process.env.FHIR_RUNS) : 40;
if (!Number.isInteger(RUNS) || RUNS <= 0) throw new Error(`FHIR_RUNS=${process.env.FHIR_RUNS} is not valid`);
const AUTHORED = '2026-11-21T10:15:00Z';
const RECOMMENDATION = 'https://backpain-check.example/fhir/StructureDefinition/recommendation';

const validator = new Fhir(); // R4 (4.0.0) definitions bundled with the package

function runTool(args, input = '') {
  if (!fs.existsSync(FHIR_TOOL)) {
    throw new Error(
      `${FHIR_TOOL} is missing: run \`cargo build --release --locked -p backpain-engine --bin fhir\` (scripts/test.sh does this)`,
    );
  }
  const run = spawnSync(FHIR_TOOL, args, { input, encoding: 'utf8', timeout: 30000 });
  if (run.error) throw run.error;
  return run;
}

function fhirJson(args, input) {
  const run = runTool(args, input);
  assert.equal(run.status, 0, `fhir ${args.join(' ')} failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

/** A copy of the resource with every item (at any depth) lifted to the top level, without its
 *  children, so that FHIR.js validates each one. Locations then read `X.item[n]` with n the
 *  item's position in document order. */
function flattened(resource) {
  const items = [];
  const walk = (list) => {
    for (const item of list || []) {
      const { item: children, ...rest } = item;
      items.push(rest);
      walk(children);
    }
  };
  walk(resource.item);
  return { ...resource, item: items };
}

/** FHIR.js's verdict on the resource and on its flattened copy, with the messages that are not
 *  merely informational. Unexpected properties are errors, not warnings. */
function validate(resource) {
  const options = { errorOnUnexpected: true };
  const results = [validator.validate(resource, options)];
  if (resource.item) results.push(validator.validate(flattened(resource), options));
  const messages = results.flatMap((r) => r.messages);
  const problems = messages.filter((m) => m.severity !== 'information' && m.severity !== 'info');
  return { valid: results.every((r) => r.valid), problems, messages };
}

function assertValid(resource, what) {
  const { valid, problems } = validate(resource);
  assert.ok(valid && problems.length === 0, `${what} is not valid FHIR R4:\n${JSON.stringify(problems, null, 2)}`);
}

function assertInvalid(resource, location, what) {
  const { valid, problems } = validate(resource);
  assert.equal(valid, false, `${what}: FHIR.js did not report it`);
  assert.ok(
    problems.some((p) => p.severity === 'error' && p.location === location),
    `${what}: expected an error at ${location}, got ${JSON.stringify(problems)}`,
  );
}

/** Every item by linkId, with its parent's linkId and its position in document order. */
function indexItems(resource) {
  const out = new Map();
  const walk = (items, parent) => {
    for (const item of items || []) {
      assert.ok(!out.has(item.linkId), `linkId ${item.linkId} is not unique (que-2)`);
      out.set(item.linkId, { item, parent, order: out.size });
      walk(item.item, item.linkId);
    }
  };
  walk(resource.item, null);
  return out;
}

const VALUE_FOR_TYPE = { choice: 'valueCoding', integer: 'valueInteger', decimal: 'valueDecimal', boolean: 'valueBoolean' };
const valueKeys = (o) => Object.keys(o).filter((k) => /^value[A-Z]/.test(k));
const answerKeys = (o) => Object.keys(o).filter((k) => /^answer[A-Z]/.test(k));

const clone = (x) => JSON.parse(JSON.stringify(x));

describe('FHIR R4 export (target/release/fhir) validated with FHIR.js', () => {
  let questionnaire;
  let index;
  before(() => {
    questionnaire = fhirJson(['questionnaire']);
    index = indexItems(questionnaire);
  });

  it('FHIR.js validates R4 and reports errors (negative controls)', () => {
    const ok = { resourceType: 'Questionnaire', status: 'active', item: [{ linkId: 'a', type: 'string' }] };
    assertValid(ok, 'a minimal Questionnaire');
    assertInvalid({ ...ok, status: 'done' }, 'Questionnaire.status', 'status "done"');
    assertInvalid({ ...ok, item: [{ type: 'string' }] }, 'Questionnaire.item[0].linkId', 'a missing linkId');
    assertInvalid({ ...ok, item: [{ linkId: 'a', type: 'yesno' }] }, 'Questionnaire.item[0].type', 'an unknown item type');
    // STU3 called answer options `option`; R5 added `answerConstraint`. Both are unknown in R4.
    assertInvalid({ ...ok, item: [{ linkId: 'a', type: 'choice', option: [{ valueString: 'x' }] }] }, 'Questionnaire.item[0].option', 'the STU3 property option');
    assertInvalid({ ...ok, item: [{ linkId: 'a', type: 'choice', answerConstraint: 'optionsOnly' }] }, 'Questionnaire.item[0].answerConstraint', 'the R5 property answerConstraint');
    assertInvalid({ ...ok, item: [{ linkId: 'a', type: 'string', enableBehavior: 'some' }] }, 'Questionnaire.item[0].enableBehavior', 'enableBehavior "some"');

    const response = fhirJson(['response', '--authored', AUTHORED], JSON.stringify({ age: 58, fever: 'yes' }));
    assertValid(response, 'a generated response');
    assertInvalid({ ...clone(response), status: 'done' }, 'QuestionnaireResponse.status', 'response status "done"');
    assertInvalid({ ...clone(response), authored: 'yesterday' }, 'QuestionnaireResponse.authored', 'authored "yesterday"');
    const noLink = clone(response);
    delete noLink.item[0].linkId;
    assertInvalid(noLink, 'QuestionnaireResponse.item[0].linkId', 'a response item without linkId');
    // A nested question (item[0].item[0] is age in its step group; item[1] once flattened).
    const badInteger = clone(response);
    badInteger.item[0].item[0].answer[0] = { valueInteger: 'fifty-eight' };
    assert.equal(validator.validate(badInteger, { errorOnUnexpected: true }).valid, true, 'FHIR.js alone misses nested items');
    assertInvalid(badInteger, 'QuestionnaireResponse.item[1].answer[0].valueInteger', 'a string valueInteger, nested');
    const nested = clone(questionnaire);
    nested.item[0].item[0].type = 'yesno';
    assertInvalid(nested, 'Questionnaire.item[1].type', 'a nested item of unknown type');
    const nestedNoLink = clone(questionnaire);
    delete nestedNoLink.item[0].item[0].linkId;
    assertInvalid(nestedNoLink, 'Questionnaire.item[1].linkId', 'a nested item without linkId');
  });

  it('the Questionnaire is valid R4 and holds the R4 invariants FHIR.js does not check', () => {
    assertValid(questionnaire, 'the Questionnaire');
    assert.equal(questionnaire.resourceType, 'Questionnaire');
    assert.equal(questionnaire.status, 'active');
    assert.deepEqual(questionnaire.subjectType, ['Patient']);
    assert.match(questionnaire.url, /^https:\/\//);
    assert.ok(questionnaire.version, 'a version');
    assert.equal(questionnaire.publisher, undefined);
    const raw = fs.readFileSync(path.join(REPO_ROOT, 'content', 'questionnaire.toml'), 'utf8');
    let questions = 0;
    for (const [linkId, { item, parent, order }] of index) {
      if (item.type === 'group') {
        assert.equal(parent, null, `${linkId}: groups are top level`);
        assert.ok(item.item && item.item.length > 0, `${linkId}: a group has items (que-1)`);
        assert.ok(item.text, `${linkId}: a group has a text (no empty header in a forms client)`);
      } else if (item.type === 'display') {
        // The help of a number question (SDC itemControl "help"): its only nested item.
        const owner = index.get(parent);
        assert.equal(linkId, `${parent}-help`, `${linkId}: a help item is named after its question`);
        assert.ok(['integer', 'decimal'].includes(owner.item.type), `${linkId}: help sits under a number question`);
        assert.equal(item.required, undefined, `${linkId}: a display item is not required (que-6)`);
        assert.ok(item.text && /\d/.test(item.text), `${linkId}: the help names the range`);
      } else {
        questions += 1;
        assert.ok(parent, `${linkId}: a question sits in a step group`);
        const nested = item.item || [];
        assert.ok(nested.every((n) => n.type === 'display'), `${linkId}: only help text is nested`);
        assert.ok(item.text && !/[{}$]/.test(item.text), `${linkId}: plain text`);
        assert.ok(raw.includes(`code = "${linkId}"`), `${linkId} is a code of content/questionnaire.toml`);
        assert.ok(VALUE_FOR_TYPE[item.type], `${linkId}: type ${item.type}`);
        if (item.answerOption) assert.equal(item.type, 'choice', `${linkId}: answerOption only on choice (que-4/5)`);
      }
      const entries = item.enableWhen || [];
      if (entries.length > 1) assert.ok(['all', 'any'].includes(item.enableBehavior), `${linkId}: enableBehavior (que-12)`);
      for (const e of entries) {
        assert.equal(answerKeys(e).length, 1, `${linkId}: one answer[x] per enableWhen`);
        const target = index.get(e.question);
        assert.ok(target, `${linkId}: enableWhen refers to ${e.question}, which is an item`);
        assert.ok(target.order < order, `${linkId}: enableWhen reads an earlier item`);
        const [key] = answerKeys(e);
        if (e.operator === 'exists') {
          assert.equal(key, 'answerBoolean', `${linkId}: exists takes a boolean (que-7)`);
        } else {
          assert.equal(key.replace(/^answer/, 'value'), VALUE_FOR_TYPE[target.item.type], `${linkId}: ${key} matches ${e.question}'s type`);
          if (key === 'answerCoding') {
            const allowed = target.item.answerOption.map((o) => `${o.valueCoding.system}|${o.valueCoding.code}`);
            assert.ok(allowed.includes(`${e.answerCoding.system}|${e.answerCoding.code}`), `${linkId}: ${e.answerCoding.code} is an option of ${e.question}`);
          }
        }
      }
    }
    const codes = [...raw.matchAll(/code = "([a-z0-9_]+)"/g)].map((m) => m[1]);
    assert.equal(questions, codes.length, 'one item per question of content/questionnaire.toml');
    assert.equal(questions, 75);
  });

  it(`responses for ${RUNS} random answer sets are valid R4, match the Questionnaire and carry the advice assess gives`, () => {
    const model = loadModel();
    const levels = new Set();
    for (let run = 0; run < RUNS; run += 1) {
      const { findings } = generateAnswerSet(mulberry32(mixSeed(SEED, run)), model);
      const response = fhirJson(['response', '--authored', AUTHORED], JSON.stringify(findings));
      const what = `run ${run} (seed ${SEED})`;
      assertValid(response, `the response of ${what}`);
      assert.equal(response.status, 'completed');
      assert.equal(response.authored, AUTHORED);
      assert.equal(response.questionnaire, `${questionnaire.url}|${questionnaire.version}`);
      for (const key of ['subject', 'author', 'source', 'encounter', 'identifier']) {
        assert.equal(response[key], undefined, `${what}: no ${key}`);
      }
      for (const [linkId, { item, parent }] of indexItems(response)) {
        const q = index.get(linkId);
        assert.ok(q, `${what}: linkId ${linkId} is not in the Questionnaire`);
        assert.equal(parent, q.parent, `${what}: ${linkId} is nested as in the Questionnaire`);
        if (q.item.type === 'group') {
          assert.equal(item.answer, undefined);
          continue;
        }
        assert.equal(item.answer.length, 1, `${what}: ${linkId} has one answer`);
        const keys = valueKeys(item.answer[0]);
        assert.deepEqual(keys, [VALUE_FOR_TYPE[q.item.type]], `${what}: ${linkId} answered as ${q.item.type}`);
        const value = item.answer[0][keys[0]];
        if (q.item.type === 'choice') {
          assert.ok(
            q.item.answerOption.some((o) => o.valueCoding.system === value.system && o.valueCoding.code === value.code),
            `${what}: ${linkId} = ${value.code} is an answerOption`,
          );
        }
        if (q.item.type === 'integer') assert.ok(Number.isInteger(value), `${what}: ${linkId} is whole`);
      }
      const advice = response.extension.find((e) => e.url === RECOMMENDATION);
      assert.ok(advice, `${what}: the recommendation extension`);
      const nested = (url) => advice.extension.filter((e) => e.url === url);
      const expected = assess(findings);
      assert.deepEqual(nested('urgency').map((e) => e.valueCode), [expected.urgency], `${what}: urgency`);
      assert.deepEqual(nested('rule').map((e) => e.valueString), expected.rules, `${what}: fired rules`);
      assert.equal(nested('contentVersion')[0].valueString, questionnaire.version);
      assert.match(nested('rulesHash')[0].valueString, /^[0-9a-f]{64}$/);
      levels.add(expected.urgency);
    }
    if (RUNS >= 40) assert.ok(levels.size >= 4, `the answer sets reach several levels: ${[...levels].join(', ')} of ${LEVELS.length}`);
  });

  it('the tool refuses a response without --authored (exit status 2)', () => {
    // No input: the tool stops at the arguments, before reading, so writing to it would race
    // its exit (EPIPE).
    const run = runTool(['response'], null);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--authored/);
    assert.equal(run.stdout, '');
  });
});
