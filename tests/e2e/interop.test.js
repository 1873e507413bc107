'use strict';
// Interoperability with a real third-party FHIR forms client: NLM's LHC-Forms (npm `lforms`,
// 40.1.3, exact devDependency of tests/e2e), served from node_modules on 127.0.0.1
// (support/lhc-forms.js builds the page).
//
//   1. LHC-Forms renders dist/questionnaire.fhir.json (the build's FHIR R4 Questionnaire) with
//      every coded item (yes/no and choices) as radio buttons, laid out as its choiceOrientation
//      says and never as a type-ahead/autocomplete box; every group has a heading; numbers have
//      their unit and help; the required markers are where `required` is. A negative control
//      renders a copy without itemControl on two items and without two group texts, and the
//      same checks report exactly those.
//   2. Answer sets (the six level paths of support/level-paths.js, hand-made sets for "not sure",
//      cancer types, treatment, long-standing pain and the organ questions of each sex, and
//      seeded random sets from support/answer-sets.js) are entered through LHC-Forms' UI: a mouse
//      click on the radio button's visible label, numbers typed into the box, only on the items
//      LHC-Forms shows (its enableWhen). Checklist boxes answered "no" are left blank in most
//      sets (a blank box counts as no) and clicked in every fifth. The exported
//      QuestionnaireResponse (`LForms.Util.getFormFHIRData('QuestionnaireResponse', 'R4', el)`)
//      must hold exactly the answers entered, and `target/release/assess --fhir FILE` on it must
//      give the same urgency, cancers and rules as `assess` on those answers as findings JSON,
//      which in turn must equal `assess` on the whole set (so LHC-Forms' enableWhen asks what the
//      widget's flow asks).
//   3. The widget's own file: `target/release/fhir response` for every answer set, and two files
//      saved with the widget's own "Save as a file for hospital systems" button, through
//      `assess --fhir` give the same advice as `assess`; the saved files also open in LHC-Forms
//      (pre-filled), and what it exports from them gives the same advice again.
//   4. Negative controls: `assess --fhir` exits non-zero, naming the linkId, for an exported
//      response with a required answer removed, a number out of range (age 150 typed into
//      LHC-Forms, which exports it; age 17; weeks -1; ...) and a response to another form; a
//      changed answer changes the advice (the comparison can fail).
//   5. Every request the browser made went to the loopback server, for a file of the test site.
//
// Environment: E2E_SEED (default below), INTEROP_RANDOM_SETS (random sets, default 20).
// Needs: dist/ (scripts/build.sh), the release binaries `assess` (with --fhir) and `fhir`,
// Debian's Chromium, `npm ci --prefix tests/e2e`.

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { startServer } = require('./support/server');
const { launchBrowser, newPage } = require('./support/browser');
const { startEnv, withPage, DIST } = require('./support/harness');
const { assess, REPO_ROOT } = require('./support/assess');
const { mulberry32, parseSeed, mixSeed } = require('./support/random');
const { loadModel, generateAnswerSet, LEVELS } = require('./support/answer-sets');
const { LEVEL_PATHS } = require('./support/level-paths');
const q = require('./support/questionnaire');
const L = require('./support/lhc-forms');

const DEFAULT_SEED = 20261203;
const SEED = process.env.E2E_SEED ? parseSeed(process.env.E2E_SEED) : DEFAULT_SEED;
const RANDOM_SETS = process.env.INTEROP_RANDOM_SETS ? Number(process.env.INTEROP_RANDOM_SETS) : 20;
if (!Number.isInteger(RANDOM_SETS) || RANDOM_SETS < 0) throw new Error(`INTEROP_RANDOM_SETS=${process.env.INTEROP_RANDOM_SETS} is not valid`);
const QUESTIONNAIRE_FILE = path.join(DIST, 'questionnaire.fhir.json');
const FHIR_TOOL = path.join(REPO_ROOT, 'target', 'release', process.platform === 'win32' ? 'fhir.exe' : 'fhir');
const AUTHORED = '2026-12-03T10:15:00Z';
const ANSWER_SYSTEM = 'https://backpain-check.example/fhir/CodeSystem/answer';

const model = loadModel();
const WORK = fs.mkdtempSync(path.join(os.tmpdir(), 'bpt-interop-'));

/** Hand-made sets for what the level paths and random sets may miss. */
const EXTRA_SETS = [
  {
    why: 'female, ovarian-type symptoms (the organ questions only a female body is asked), past ovarian cancer, "not sure" improving',
    findings: { age: 52, sex: 'female', history_of_cancer: 'yes', cancer_type: 'ovarian', known_bone_metastases: 'no', current_cancer_treatment: 'no', duration_weeks: 6, improving: 'not_sure', persistent_cough_weeks: 0, persistent_bloating: 'yes', early_satiety: 'yes' },
  },
  {
    why: 'male, testicular swelling and urinary symptoms (only a male body is asked), 2.5 weeks',
    findings: { age: 31, sex: 'male', duration_weeks: 2.5, improving: 'yes', persistent_cough_weeks: 0, testicular_swelling: 'yes', urinary_symptoms: 'yes' },
  },
  {
    why: 'treatment "not sure" (enables cancer type, bone spread and agent), immunotherapy, myeloma, cough 3.5 weeks',
    findings: { age: 70, sex: 'male', history_of_cancer: 'no', current_cancer_treatment: 'not_sure', cancer_type: 'myeloma', known_bone_metastases: 'not_sure', treatment_agent: 'immunotherapy', pain_started_with_new_cancer_drug: 'yes', duration_weeks: 12.5, improving: 'no', persistent_cough_weeks: 3.5, smoker: 'yes' },
  },
  {
    why: 'both legs, long-standing "not sure"; pain for 60 weeks, unchanged (the long-standing step)',
    findings: { age: 66, sex: 'female', bilateral_leg_symptoms: 'yes', both_legs_long_standing: 'not_sure', duration_weeks: 60, long_standing_unchanged: 'yes', improving: 'no', persistent_cough_weeks: 0 },
  },
  {
    why: 'organ answers for the other sex (LHC-Forms hides them, assess ignores them), past breast cancer, fever "not sure"',
    findings: { age: 45, sex: 'male', persistent_bloating: 'yes', early_satiety: 'yes', history_of_cancer: 'yes', cancer_type: 'breast', known_bone_metastases: 'no', current_cancer_treatment: 'no', fever: 'not_sure', duration_weeks: 1, improving: 'yes', persistent_cough_weeks: 0 },
  },
];

/** Every answer set: { label, findings } with findings completed for every question (a yes/no
 *  left out is "no", as in the level paths). */
function answerSets() {
  const sets = [];
  for (const p of LEVEL_PATHS) sets.push({ label: `level path ${p.level}: ${p.why}`, findings: p.findings });
  for (const e of EXTRA_SETS) sets.push({ label: e.why, findings: e.findings });
  for (let i = 0; i < RANDOM_SETS; i += 1) {
    const { target, rule, findings } = generateAnswerSet(mulberry32(mixSeed(SEED, i)), model);
    sets.push({ label: `random set ${i} (seed ${SEED}, target ${target}${rule ? `, ${rule}` : ''})`, findings });
  }
  return sets.map((s) => {
    const findings = { ...s.findings };
    for (const question of model.questions) {
      if (question.kind === 'yes_no' && findings[question.code] === undefined) findings[question.code] = 'no';
    }
    return { ...s, findings };
  });
}

function fhirResponse(findings) {
  const run = spawnSync(FHIR_TOOL, ['response', '--authored', AUTHORED], { input: JSON.stringify(findings), encoding: 'utf8', timeout: 30000 });
  if (run.error) throw run.error;
  assert.equal(run.status, 0, `fhir response failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

/** Same urgency, cancers and rules (cancers and rules in assess's order: it is the same engine). */
function assertSameAdvice(actual, expected, what) {
  assert.ok(actual, `${what}: no advice`);
  assert.deepEqual({ urgency: actual.urgency, cancers: actual.cancers, rules: actual.rules }, { urgency: expected.urgency, cancers: expected.cancers, rules: expected.rules }, what);
}

function assertAccepted(result, what) {
  assert.equal(result.status, 0, `${what}: assess --fhir exited ${result.status}: ${result.stderr}`);
  assert.ok(result.output, `${what}: assess --fhir printed no JSON: ${result.stdout}`);
  return result.output;
}

function assertRefused(result, mustName, what) {
  assert.notEqual(result.status, 0, `${what}: assess --fhir accepted it (${result.stdout.trim()})`);
  assert.equal(result.stdout.trim(), '', `${what}: printed advice although it failed`);
  assert.ok(result.stderr.includes(mustName), `${what}: the message does not name ${mustName}: ${result.stderr.trim()}`);
}

after(() => fs.rmSync(WORK, { recursive: true, force: true }));

// Responses saved by the widget's own button, for LHC-Forms to open later.
const widgetFiles = [];

describe('the widget\'s own FHIR file through assess --fhir', () => {
  before(() => {
    assert.ok(L.assessHasFhir(), 'target/release/assess has no --fhir option: build it (cargo build --release -p backpain-engine --bin assess --bin fhir)');
  });

  it(`\`fhir response\` for every answer set (${answerSets().length}) gives the same advice through assess --fhir`, () => {
    for (const { label, findings } of answerSets()) {
      const expected = assess(findings);
      const response = fhirResponse(findings);
      assertSameAdvice(assertAccepted(L.assessFhir(response, WORK), label), expected, `${label}: fhir response → assess --fhir`);
    }
  });

  describe('files saved with the widget\'s button', () => {
    let env;
    before(async () => {
      env = await startEnv();
    });
    after(async () => {
      await env?.stop();
    });
    for (const p of [LEVEL_PATHS[0], LEVEL_PATHS[2]]) {
      it(`${p.level}: the saved file gives the same advice through assess --fhir`, { timeout: 120000 }, async () => {
        await withPage(env, `interop-widget-${p.level}`, async ({ page }) => {
          const run = await q.complete(page, p.findings);
          const expected = assess(run.answered);
          assert.equal(run.urgency, expected.urgency, 'the widget shows what assess says');
          await page.getByRole('button', { name: 'Show a summary for your doctor' }).click();
          await page.locator('#bpt-summary').waitFor();
          const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#bpt-save-file').click()]);
          const text = fs.readFileSync(await download.path(), 'utf8');
          const response = JSON.parse(text);
          assertSameAdvice(assertAccepted(L.assessFhir(text, WORK), p.level), expected, `${p.level}: the widget's file → assess --fhir`);
          widgetFiles.push({ level: p.level, response, expected });
        });
      });
    }
  });
});

describe(`LHC-Forms ${L.LFORMS_VERSION} with dist/questionnaire.fhir.json`, () => {
  let questionnaire;
  let lhcModel;
  let server;
  let browser;
  let session;
  let origin;
  let site;
  const exported = []; // { label, response, expected, entered }

  before(async () => {
    L.requireLForms();
    assert.ok(fs.existsSync(QUESTIONNAIRE_FILE), `${QUESTIONNAIRE_FILE} is missing: build the widget first (scripts/build.sh)`);
    assert.ok(L.assessHasFhir(), 'target/release/assess has no --fhir option: build it (cargo build --release -p backpain-engine --bin assess --bin fhir)');
    questionnaire = JSON.parse(fs.readFileSync(QUESTIONNAIRE_FILE, 'utf8'));
    lhcModel = L.questionnaireModel(questionnaire);
    site = L.makeSite(QUESTIONNAIRE_FILE);
    server = await startServer(site);
    origin = server.url.replace(/\/$/, '');
    browser = await launchBrowser();
    session = await newPage(browser, { origin });
    await L.openPage(session.page, server.url);
  });
  after(async () => {
    await browser?.close().catch(() => {});
    await server?.close();
    if (site) L.removeSite(site);
  });

  const assertNoBrowserProblems = () => assert.deepEqual(session.problems, [], 'console errors, page errors or requests to another origin');

  it('renders every coded item as radio buttons, every group with a heading, numbers with unit and help', { timeout: 60000 }, async () => {
    // The Questionnaire itself: every group has text; every question but a checklist box is required.
    for (const g of lhcModel.groups) assert.ok(g.text && g.text.trim() !== '', `group ${g.linkId} has no text`);
    for (const question of model.questions) {
      const item = lhcModel.byLinkId.get(question.code);
      assert.ok(item, `${question.code} is an item of the Questionnaire`);
      assert.equal(item.required, !question.checklist, `${question.code}: required ⇔ not a checklist box`);
      if (item.type === 'choice') assert.equal(item.control, 'radio-button', `${question.code}: itemControl radio-button`);
    }
    const { page } = session;
    await L.renderForm(page);
    // Open every conditional group (both legs, cancer, treatment, a year of pain; male, then
    // female), so that every item has been seen rendered.
    const seen = new Set();
    const check = async (when) => {
      const shown = await L.snapshot(page);
      assert.deepEqual(L.renderingProblems(lhcModel, shown), [], `LHC-Forms' rendering (${when})`);
      for (const s of shown.questions) seen.add(s.linkId);
      for (const g of shown.groups) seen.add(g.linkId);
    };
    await check('as loaded');
    await L.clickRadio(page, 'bilateral_leg_symptoms', 'Yes');
    await L.clickRadio(page, 'history_of_cancer', 'Yes');
    await L.clickRadio(page, 'current_cancer_treatment', 'Yes');
    await L.typeNumber(page, 'duration_weeks', 60);
    await L.clickRadio(page, 'sex', 'Male');
    await L.settle(page);
    await check('conditional groups open, male');
    await L.clickRadio(page, 'sex', 'Female');
    await L.settle(page);
    await check('female');
    const missing = [...lhcModel.groups.map((g) => g.linkId), ...lhcModel.questions.map((x) => x.linkId)].filter((id) => !seen.has(id));
    assert.deepEqual(missing, [], 'items never rendered');
    assertNoBrowserProblems();
  });

  it('the rendering checks report a form with autocomplete items and unnamed groups (negative control)', { timeout: 60000 }, async () => {
    const bad = JSON.parse(JSON.stringify(questionnaire));
    const find = (items, id) => {
      for (const item of items || []) {
        if (item.linkId === id) return item;
        const inner = find(item.item, id);
        if (inner) return inner;
      }
      return null;
    };
    for (const id of ['sex', 'fever']) find(bad.item, id).extension = [];
    find(bad.item, 'step-age').text = '';
    delete find(bad.item, 'step-family-history').text;
    await L.renderForm(session.page, { questionnaire: bad });
    const problems = L.renderingProblems(L.questionnaireModel(bad), await L.snapshot(session.page));
    for (const expected of [/^sex: a type-ahead\/autocomplete input/, /^fever: a type-ahead\/autocomplete input/, /^group step-age has an empty header/, /^group step-family-history has an empty header/]) {
      assert.ok(problems.some((p) => expected.test(p)), `not reported: ${expected} (got ${JSON.stringify(problems)})`);
    }
    const items = new Set(problems.map((p) => p.match(/^(?:group )?([a-z0-9_-]+)/)[1]));
    assert.deepEqual([...items].sort(), ['fever', 'sex', 'step-age', 'step-family-history'], 'only the changed items are reported');
    assertNoBrowserProblems();
  });

  it(`answer sets filled through LHC-Forms' UI give the same advice through assess --fhir as assess`, { timeout: 600000 }, async () => {
    const { page } = session;
    const sets = answerSets();
    assert.ok(sets.length >= 30, `${sets.length} answer sets, at least 30 wanted`);
    const started = Date.now();
    const levels = new Set();
    const timing = { render: 0, fill: 0, check: 0 };
    // The questions whose answers enable or disable a group: after answering one, wait for the
    // page to show the change before looking for the next group.
    const triggers = new Set(lhcModel.groups.flatMap((g) => g.enableWhen.map((e) => e.question)));
    const coverage = { notSure: 0, cancerType: new Set(), female: 0, male: 0, explicitNo: 0, blankNo: 0 };
    for (const [index, { label, findings }] of sets.entries()) {
      let t = Date.now();
      await L.renderForm(page);
      timing.render += Date.now() - t;
      t = Date.now();
      const explicitNo = index % 5 === 0;
      const entered = {};
      let shown = await L.shownGroups(page);
      for (const group of lhcModel.groups) {
        if (!shown.has(group.linkId)) continue;
        for (const item of group.questions) {
          const question = model.byCode.get(item.linkId);
          const value = findings[item.linkId];
          const trigger = triggers.has(item.linkId);
          if (value === undefined) throw new Error(`${label}: ${item.linkId} is shown but the set has no answer for it`);
          if (question.kind === 'number') {
            await L.typeNumber(page, item.linkId, value);
          } else {
            if (question.checklist && value === 'no' && !explicitNo) {
              coverage.blankNo += 1;
              continue; // a blank checklist box counts as no
            }
            if (question.checklist && value === 'no') coverage.explicitNo += 1;
            const option = item.options.find((o) => o.code === value);
            if (!option) throw new Error(`${label}: ${item.linkId} has no option ${value}`);
            // Only a trigger's click is waited for; the others are checked in the export.
            await L.clickRadio(page, item.linkId, option.display, { verify: trigger });
          }
          entered[item.linkId] = value;
          if (trigger) {
            await L.settle(page);
            shown = await L.shownGroups(page);
          }
        }
      }
      timing.fill += Date.now() - t;
      t = Date.now();
      const response = await L.exportResponse(page);
      const what = `set ${index}, ${label}`;
      assert.equal(response.resourceType, 'QuestionnaireResponse', what);
      assert.equal(response.questionnaire, `${questionnaire.url}|${questionnaire.version}`, `${what}: questionnaire`);
      assert.deepEqual(Object.fromEntries(L.responseAnswers(response)), entered, `${what}: LHC-Forms exports exactly the answers entered`);
      const expected = assess(entered);
      assertSameAdvice(expected, assess(findings), `${what}: assess on what LHC-Forms asked vs on the whole set (its enableWhen asks what the widget asks)`);
      const actual = assertAccepted(L.assessFhir(response, WORK), what);
      assertSameAdvice(actual, expected, `${what}: assess --fhir on LHC-Forms' response vs assess on the answers`);
      timing.check += Date.now() - t;
      levels.add(actual.urgency);
      exported.push({ label: what, response, expected, entered });
      if (Object.values(entered).includes('not_sure')) coverage.notSure += 1;
      if (entered.cancer_type) coverage.cancerType.add(entered.cancer_type);
      if (entered.sex === 'female' && (entered.persistent_bloating === 'yes' || entered.early_satiety === 'yes')) coverage.female += 1;
      if (entered.sex === 'male' && (entered.testicular_swelling === 'yes' || entered.urinary_symptoms === 'yes')) coverage.male += 1;
    }
    console.log(
      `${sets.length} answer sets through LHC-Forms in ${((Date.now() - started) / 1000).toFixed(1)} s: levels ${[...levels].join(', ')}; ` +
        `"not sure" in ${coverage.notSure}; cancer types ${[...coverage.cancerType].join(', ')}; female organ signs ${coverage.female}, male ${coverage.male}; ` +
        `checklist "no" clicked ${coverage.explicitNo}, left blank ${coverage.blankNo}; ` +
        `rendering ${(timing.render / 1000).toFixed(1)} s, filling ${(timing.fill / 1000).toFixed(1)} s, export and checks ${(timing.check / 1000).toFixed(1)} s`,
    );
    assert.deepEqual(LEVELS.filter((l) => !levels.has(l)), [], 'every urgency level is reached');
    assert.ok(coverage.notSure >= 3, '"not sure" answers');
    assert.ok(coverage.cancerType.size >= 3, 'cancer history with several cancer types');
    assert.ok(coverage.female >= 1 && coverage.male >= 1, 'organ questions of each sex');
    assert.ok(coverage.explicitNo > 0 && coverage.blankNo > 0, 'checklist "no" both clicked and left blank');
    assertNoBrowserProblems();
  });

  it('opens the files the widget saved, and exports them with the same advice', { timeout: 60000 }, async () => {
    assert.equal(widgetFiles.length, 2, 'the widget saved two files (see the tests above)');
    for (const { level, response, expected } of widgetFiles) {
      await L.renderForm(session.page, { response });
      const shown = await L.snapshot(session.page);
      const checked = new Map(shown.questions.flatMap((s) => s.radios.filter((r) => r.checked).map((r) => [s.linkId, r.text])));
      for (const [linkId, code] of L.responseAnswers(response)) {
        const item = lhcModel.byLinkId.get(linkId);
        if (item.type === 'choice') assert.equal(checked.get(linkId), item.options.find((o) => o.code === code).display, `${level}: LHC-Forms shows the widget's answer to ${linkId}`);
      }
      const again = await L.exportResponse(session.page);
      assert.deepEqual(Object.fromEntries(L.responseAnswers(again)), Object.fromEntries(L.responseAnswers(response)), `${level}: LHC-Forms exports the widget's answers unchanged`);
      assertSameAdvice(assertAccepted(L.assessFhir(again, WORK), level), expected, `${level}: widget file → LHC-Forms → assess --fhir`);
    }
    assertNoBrowserProblems();
  });

  it('assess --fhir refuses missing required answers, numbers out of range and other forms (negative controls)', { timeout: 60000 }, async () => {
    assert.ok(exported.length > 0, 'the answer sets ran');
    // A response with cancer questions, a female one and a male one.
    const withCancer = exported.find((e) => e.entered.cancer_type && e.entered.treatment_agent);
    assert.ok(withCancer, 'a set with cancer type and treatment');
    const base = withCancer.response;
    assertSameAdvice(assertAccepted(L.assessFhir(base, WORK), 'baseline'), withCancer.expected, 'the unchanged response is accepted');

    // Required answers removed: refused, naming the linkId. A blank checklist box is not.
    for (const linkId of ['major_trauma', 'age', 'sex', 'cancer_type', 'treatment_agent', 'duration_weeks', 'fever', 'persistent_cough_weeks', 'family_history_of_cancer']) {
      assert.ok(lhcModel.byLinkId.get(linkId).required, `${linkId} is required`);
      assertRefused(L.assessFhir(L.withoutItem(base, linkId), WORK), linkId, `${linkId} removed`);
    }
    const checklistAnswered = exported.find((e) => e.entered.leg_weakness === 'no');
    assert.ok(checklistAnswered, 'a set with a clicked checklist "no"');
    assertSameAdvice(assertAccepted(L.assessFhir(L.withoutItem(checklistAnswered.response, 'leg_weakness'), WORK), 'checklist blank'), checklistAnswered.expected, 'a checklist "no" removed is still no');

    // Numbers out of range, or not whole where they must be.
    for (const [linkId, answer] of [
      ['age', { valueInteger: 150 }],
      ['age', { valueInteger: 17 }],
      ['age', { valueDecimal: 58.5 }],
      ['duration_weeks', { valueDecimal: -1 }],
      ['duration_weeks', { valueDecimal: 2600.5 }],
      ['persistent_cough_weeks', { valueDecimal: -0.5 }],
    ]) {
      assertRefused(L.assessFhir(L.withAnswer(base, linkId, answer), WORK), linkId, `${linkId} = ${JSON.stringify(answer)}`);
    }
    // An unknown code, and a coding of another code system.
    assertRefused(L.assessFhir(L.withAnswer(base, 'fever', { valueCoding: { system: ANSWER_SYSTEM, code: 'maybe' } }), WORK), 'fever', 'fever = maybe');
    assertRefused(L.assessFhir(L.withAnswer(base, 'fever', { valueCoding: { system: 'http://snomed.info/sct', code: '373066001', display: 'Yes' } }), WORK), 'fever', 'fever coded in SNOMED CT');

    // Typed into LHC-Forms: age 150. LHC-Forms flags it but exports it; assess refuses it.
    const { page } = session;
    await L.renderForm(page);
    await L.typeNumber(page, 'age', 150);
    const typed = await L.exportResponse(page);
    assert.equal(L.responseAnswers(typed).get('age'), 150, 'LHC-Forms exported the typed age');
    assertRefused(L.assessFhir(typed, WORK), 'age', 'age 150 typed into LHC-Forms');
    // An empty form from LHC-Forms is not self-care.
    await L.renderForm(page);
    assertRefused(L.assessFhir(await L.exportResponse(page), WORK), 'major_trauma', 'an empty LHC-Forms response');

    // Another form (PHQ-9 in LOINC), and not a response at all.
    const phq9 = { ...JSON.parse(JSON.stringify(base)), questionnaire: 'http://loinc.org/q/44249-1' };
    assertRefused(L.assessFhir(phq9, WORK), 'http://loinc.org/q/44249-1', 'a response to PHQ-9');
    const sameNameElsewhere = { ...JSON.parse(JSON.stringify(base)), questionnaire: `https://example.org/fhir/Questionnaire/${questionnaire.id}|${questionnaire.version}` };
    assertRefused(L.assessFhir(sameNameElsewhere, WORK), 'example.org', 'a form of the same id at another URL');
    assertRefused(L.assessFhir(questionnaire, WORK), 'QuestionnaireResponse', 'the Questionnaire itself');
    assertRefused(L.assessFhir('{ not json', WORK), 'assess', 'text that is not JSON');

    // The comparison can fail: a changed answer changes the advice.
    const calm = exported.find((e) => e.expected.urgency !== 'emergency');
    const changed = assertAccepted(L.assessFhir(L.withAnswer(calm.response, 'saddle_anaesthesia', { valueCoding: { system: ANSWER_SYSTEM, code: 'yes' } }), WORK), 'changed');
    assert.equal(changed.urgency, 'emergency', 'saddle anaesthesia "yes" in the response makes it an emergency');
    assert.notDeepEqual(changed, calm.expected);
    assertNoBrowserProblems();
  });

  it('every request went to the loopback server, for a file of the test site', () => {
    const requests = session.requests.filter((r) => !/^(data|blob):/.test(r.url));
    assert.ok(requests.length > 0 && server.requests.length > 0, 'no requests were recorded');
    assert.deepEqual(requests.filter((r) => !r.url.startsWith(`${origin}/`)).map((r) => r.url), [], 'requests to anything but 127.0.0.1');
    for (const r of requests) assert.equal(new URL(r.url).hostname, '127.0.0.1');
    assert.deepEqual(server.requests.filter((r) => r.method !== 'GET' || r.status !== 200).map((r) => `${r.method} ${r.url} ${r.status}`), [], 'requests that were not a GET of an existing file');
    const paths = new Set(server.requests.map((r) => new URL(r.url, origin).pathname));
    for (const file of Object.values(L.FILES)) assert.ok(paths.has(`/lforms/${file}`), `the page loaded ${file}`);
    assert.ok(paths.has('/questionnaire.fhir.json'), 'the page loaded questionnaire.fhir.json');
    console.log(`requests: ${[...paths].join(' ')}`);
    assertNoBrowserProblems();
  });
});
