'use strict';
// One full path through the widget's UI to each of the six urgency levels. For each, the result
// page's data-urgency and data-cancers must equal both the intended level and what the engine's
// audit tool (`assess`) says for the answers actually entered.
//
// Yes/no questions left out of a findings set are answered "no" by the page object.

const { describe, it, before, after, test } = require('node:test');
const assert = require('node:assert/strict');
const { startEnv, withPage, assertSameAdvice, requireDist } = require('./support/harness');
const { assess } = require('./support/assess');
const { complete, buttonName } = require('./support/questionnaire');

const PATHS = [
  {
    level: 'emergency',
    why: 'saddle anaesthesia "not sure" (RF-EM-02) stops early; carry on; past lung cancer, bone spread not sure',
    findings: {
      saddle_anaesthesia: 'not_sure',
      age: 58,
      sex: 'female',
      history_of_cancer: 'yes',
      cancer_type: 'lung',
      known_bone_metastases: 'not_sure',
      current_cancer_treatment: 'no',
      duration_weeks: 3,
      improving: 'no',
      persistent_cough_weeks: 0,
    },
    earlyStop: true,
  },
  {
    level: 'urgent_24h',
    why: 'fever alone (RF-UR-04)',
    findings: { age: 40, sex: 'female', fever: 'yes', duration_weeks: 1, improving: 'yes', persistent_cough_weeks: 0 },
  },
  {
    level: 'within_1_week',
    why: 'on cancer treatment (RF-WK-01), no fever and no neuro or box-1 signs',
    findings: {
      age: 55,
      sex: 'male',
      history_of_cancer: 'yes',
      cancer_type: 'prostate',
      known_bone_metastases: 'no',
      current_cancer_treatment: 'yes',
      treatment_agent: 'androgen_deprivation',
      pain_started_with_new_cancer_drug: 'no',
      duration_weeks: 2,
      improving: 'yes',
      persistent_cough_weeks: 0,
    },
  },
  {
    level: 'within_2_weeks',
    why: 'past breast cancer, not on treatment (RF-GN-02)',
    findings: {
      age: 45,
      sex: 'female',
      history_of_cancer: 'yes',
      cancer_type: 'breast',
      known_bone_metastases: 'no',
      current_cancer_treatment: 'no',
      duration_weeks: 2,
      improving: 'yes',
      persistent_cough_weeks: 0,
    },
  },
  {
    level: 'routine',
    why: 'pain for 8 weeks (RF-RO-01)',
    findings: { age: 35, sex: 'male', duration_weeks: 8, improving: 'no', persistent_cough_weeks: 0 },
  },
  {
    level: 'self_care',
    why: 'young, 1 week, improving, clear mechanical cause',
    findings: {
      age: 35,
      sex: 'female',
      duration_weeks: 1,
      improving: 'yes',
      clear_mechanical_cause: 'yes',
      persistent_cough_weeks: 0,
    },
  },
];

// Its own test, so that a missing build counts as a failure (not only as cancelled tests).
test('dist/ holds a built widget (scripts/build.sh)', () => {
  requireDist();
});

describe('a full path through the UI to each urgency level', () => {
  let env;
  before(async () => {
    env = await startEnv();
  });
  after(async () => {
    await env?.stop();
  });

  for (const path of PATHS) {
    it(`reaches ${path.level}: ${path.why}`, { timeout: 120000 }, async () => {
      await withPage(env, `level-${path.level}`, async ({ page }) => {
        const run = await complete(page, path.findings);
        const oracle = assess(run.answered);
        console.log(
          `${path.level}: widget urgency=${run.urgency} cancers=[${run.cancers.join(' ')}]; ` +
            `assess urgency=${oracle.urgency} cancers=[${oracle.cancers.join(' ')}] rules=[${oracle.rules.join(' ')}]; ` +
            `${run.steps.length} steps${run.earlyStop ? ', early emergency stop' : ''}`,
        );
        assertSameAdvice(run, oracle, path.level);
        assert.equal(oracle.urgency, path.level, `assess gives ${oracle.urgency} for this path: fix the test's findings`);
        assert.equal(run.urgency, path.level);
        assert.equal(run.earlyStop, Boolean(path.earlyStop), 'early emergency stop shown');
        // The final result page: exactly one result root, no Continue, a way to clear the answers.
        assert.equal(await page.locator('[data-urgency]').count(), 1, 'exactly one element carries data-urgency');
        assert.equal(await page.getByRole('button', { name: buttonName('Continue') }).count(), 0, 'the final result has no Continue button');
        assert.equal(await page.getByRole('button', { name: 'Clear my answers and start again' }).count(), 1);
      });
    });
  }
});
