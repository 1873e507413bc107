'use strict';
// Issue 3, part 3: the widget and the engine's audit tool agree on hundreds of random answer sets.
//
// Each answer set gives a value to EVERY question of content/questionnaire.toml, including the
// ones the flow will skip for these answers (organ questions for the other sex, cancer questions
// after "no", the long-standing question for short pain, ...). The set is answered through the
// real UI in headless Chromium (passing through an early emergency stop), and the result page's
// data-urgency and data-cancers must equal both
//   * assess(all generated findings): skipped questions must not change the result, and
//   * assess(the answers actually entered).
//
// Environment:
//   E2E_SEED    seed of the answer sets (decimal or 0x-hex; default below), printed at the start
//   E2E_RUNS    number of answer sets (default 200)
//   E2E_ONLY    comma-separated run indices to replay only those (with the same E2E_SEED)
//   E2E_PAGES   pages driven at once, each in its own browser context (default 2)
//   E2E_VERBOSE=1  print one line per run
//
// Speed: one browser, one page per worker for all its runs ("Clear my answers and start again"
// between runs), and the low-round-trip driver of support/fast-driver.js.

const { describe, it, before, after, test } = require('node:test');
const assert = require('node:assert/strict');
const { startEnv, withPage, requireDist } = require('./support/harness');
const { assess } = require('./support/assess');
const { completeFast, clearAndRestart } = require('./support/fast-driver');
const { mulberry32, parseSeed, mixSeed } = require('./support/random');
const { loadModel, generateAnswerSet, LEVELS } = require('./support/answer-sets');

const DEFAULT_SEED = 20261121;
const SEED = process.env.E2E_SEED ? parseSeed(process.env.E2E_SEED) : DEFAULT_SEED;
const RUNS = process.env.E2E_RUNS ? Number(process.env.E2E_RUNS) : 200;
const ONLY = process.env.E2E_ONLY ? process.env.E2E_ONLY.split(',').map((s) => Number(s.trim())) : null;
const PAGES = process.env.E2E_PAGES ? Number(process.env.E2E_PAGES) : 2;
const VERBOSE = process.env.E2E_VERBOSE === '1';
/** Each urgency level must be the result of at least this many of the 200 default sets (the
 *  generator gives each level about 15-25% of the sets; see support/answer-sets.js). */
const MIN_PER_LEVEL = 5;
/** Print at most this many mismatches in full. */
const MAX_PRINTED = 10;

for (const [name, value, ok] of [
  ['E2E_RUNS', RUNS, Number.isInteger(RUNS) && RUNS > 0],
  ['E2E_PAGES', PAGES, Number.isInteger(PAGES) && PAGES > 0],
  ['E2E_ONLY', ONLY, ONLY === null || ONLY.every((i) => Number.isInteger(i) && i >= 0)],
]) {
  if (!ok) throw new Error(`${name}=${JSON.stringify(value)} is not valid`);
}

const sortedIds = (ids) => [...ids].sort();
const sameAdvice = (a, b) => a.urgency === b.urgency && JSON.stringify(sortedIds(a.cancers)) === JSON.stringify(sortedIds(b.cancers));
const advice = (r) => `urgency=${r.urgency} cancers=[${sortedIds(r.cancers).join(' ')}]${r.rules ? ` rules=[${r.rules.join(' ')}]` : ''}`;

test('dist/ holds a built widget (scripts/build.sh)', () => {
  requireDist();
});

describe('UI-engine agreement on random answer sets', () => {
  let env;
  before(async () => {
    env = await startEnv();
  });
  after(async () => {
    await env?.stop();
  });

  it(`the result page equals assess() for ${ONLY ? ONLY.length : RUNS} random answer sets, skipped questions included`, { timeout: 30 * 60 * 1000 }, async () => {
    assert.ok(env, 'the e2e environment did not start (see the error of the `before` hook)');
    const model = loadModel();
    const indices = ONLY || Array.from({ length: RUNS }, (_, i) => i);
    console.log(
      `seed ${SEED}${process.env.E2E_SEED ? ' (from E2E_SEED)' : ' (default; override with E2E_SEED)'}: ` +
        `${indices.length} answer sets over ${model.questions.length} questions from content/questionnaire.toml, ${PAGES} page(s) at once`,
    );

    // The answer sets and what the engine says for all their answers, before the browser works.
    const plan = indices.map((index) => {
      const set = generateAnswerSet(mulberry32(mixSeed(SEED, index)), model);
      assert.equal(Object.keys(set.findings).length, model.questions.length, 'every question has a generated value');
      return { index, ...set, full: assess(set.findings) };
    });

    const records = [];
    const state = { next: 0, abort: false, printed: 0 };
    const describeRun = (item) => `seed ${SEED} run ${item.index} (target ${item.target}${item.rule ? `, rule ${item.rule}` : ''})`;
    const started = performance.now();

    const worker = (w) =>
      withPage(env, `agreement-seed-${SEED}-page-${w}`, async ({ page, problems }) => {
        while (!state.abort && state.next < plan.length) {
          const item = plan[state.next];
          state.next += 1;
          const seenProblems = problems.length;
          const t0 = performance.now();
          let run;
          try {
            run = await completeFast(page, item.findings);
          } catch (e) {
            state.abort = true;
            e.message = `${describeRun(item)}: ${e.message}\n  findings: ${JSON.stringify(item.findings)}`;
            throw e;
          }
          const ms = performance.now() - t0;
          const entered = assess(run.entered);
          const ui = { urgency: run.urgency, cancers: run.cancers };
          const agree = sameAdvice(ui, item.full) && sameAdvice(ui, entered);
          const skipped = Object.keys(item.findings).filter((code) => !(code in run.entered));
          records.push({ item, run, ui, entered, agree, skipped, ms });
          if (VERBOSE) {
            console.log(
              `  run ${item.index}: ${agree ? 'ok' : 'MISMATCH'} ${run.urgency} [${run.cancers.join(' ')}] ` +
                `${run.steps.length} steps, ${skipped.length} skipped${run.earlyStop ? ', early stop' : ''}, ${Math.round(ms)} ms`,
            );
          }
          if (!agree && state.printed < MAX_PRINTED) {
            state.printed += 1;
            console.log(
              `MISMATCH ${describeRun(item)}\n` +
                `  findings (every question): ${JSON.stringify(item.findings)}\n` +
                `  answers entered:           ${JSON.stringify(run.entered)}\n` +
                `  steps: ${run.steps.join(' ')}${run.earlyStop ? ' (early emergency stop passed)' : ''}\n` +
                `  UI result:         ${advice(ui)}\n` +
                `  assess(findings):  ${advice(item.full)}\n` +
                `  assess(entered):   ${advice(entered)}\n` +
                `  replay: E2E_SEED=${SEED} E2E_ONLY=${item.index} node --test --test-reporter=spec agreement.test.js`,
            );
          }
          if (problems.length > seenProblems) {
            state.abort = true;
            throw new Error(`${describeRun(item)}: the browser reported problems:\n  ${problems.slice(seenProblems).join('\n  ')}\n  findings: ${JSON.stringify(item.findings)}`);
          }
          if (records.length % 25 === 0 && !VERBOSE) {
            console.log(`  ${records.length}/${plan.length} answer sets done, ${((performance.now() - started) / 1000).toFixed(1)} s`);
          }
          try {
            await clearAndRestart(page);
          } catch (e) {
            state.abort = true;
            e.message = `after ${describeRun(item)}: ${e.message}`;
            throw e;
          }
        }
      });

    const outcomes = await Promise.allSettled(Array.from({ length: Math.min(PAGES, plan.length) }, (_, w) => worker(w)));
    const wallMs = performance.now() - started;
    const failure = outcomes.find((o) => o.status === 'rejected');
    if (failure) throw failure.reason;
    assert.equal(records.length, plan.length, 'every answer set was run');

    // Summary.
    const agreed = records.filter((r) => r.agree).length;
    const byLevel = Object.fromEntries(LEVELS.map((l) => [l, 0]));
    for (const r of records) byLevel[r.ui.urgency] = (byLevel[r.ui.urgency] ?? 0) + 1;
    const earlyStops = records.filter((r) => r.run.earlyStop).length;
    const skippedTotal = records.reduce((n, r) => n + r.skipped.length, 0);
    const calm = (code, value) => value === (model.byCode.get(code).reassuring ? 'yes' : 'no');
    const worryingSkipped = records.filter((r) =>
      r.skipped.some((code) => model.byCode.get(code).kind !== 'yes_no' || !calm(code, r.item.findings[code])),
    ).length;
    const fired = new Set(records.flatMap((r) => r.item.full.rules));
    const allRules = model.rules.map((rule) => rule.id);
    const neverFired = allRules.filter((id) => !fired.has(id));
    const meanRunMs = records.reduce((n, r) => n + r.ms, 0) / records.length;
    console.log(
      `urgency levels (UI): ${[...LEVELS].reverse().map((l) => `${l} ${byLevel[l]}`).join(', ')}` +
        `; early emergency stops passed: ${earlyStops}`,
    );
    console.log(
      `skipped questions: ${skippedTotal} generated answers were not asked (${(skippedTotal / records.length).toFixed(1)} per set); ` +
        `${worryingSkipped} sets had a skipped choice, number or worrying yes/no answer`,
    );
    console.log(
      `rules fired at least once: ${fired.size}/${allRules.length}` +
        (neverFired.length > 0 && neverFired.length <= 10 ? ` (never: ${neverFired.join(' ')})` : ''),
    );
    console.log(
      `time: ${(wallMs / 1000).toFixed(1)} s for ${records.length} answer sets on ${Math.min(PAGES, plan.length)} page(s): ` +
        `${(wallMs / records.length).toFixed(0)} ms per set overall, ${meanRunMs.toFixed(0)} ms per run on one page`,
    );
    console.log(`UI-engine agreement: ${agreed}/${records.length} answer sets (seed ${SEED})`);

    assert.equal(agreed, records.length, `${records.length - agreed} answer sets disagree (seed ${SEED}; see MISMATCH above)`);
    if (!ONLY && RUNS >= 200) {
      for (const level of LEVELS) {
        assert.ok(byLevel[level] >= MIN_PER_LEVEL, `urgency ${level} came up ${byLevel[level]} times, fewer than ${MIN_PER_LEVEL}: retune support/answer-sets.js`);
      }
      assert.ok(worryingSkipped > 0, 'no answer set had a non-trivial answer to a skipped question');
    }
  });
});
