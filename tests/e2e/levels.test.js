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

// The answer sets (one full path per level) are shared with accessibility.test.js.
const { LEVEL_PATHS: PATHS } = require('./support/level-paths');

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
