'use strict';
// Random answer sets for the questionnaire, read from content/questionnaire.toml (never a
// hard-coded list of questions): one value for EVERY question, including those the flow will skip
// for these answers (organ questions for the other sex, cancer questions after "no", ...).
//
// How a set is drawn (see TARGETS and generateAnswerSet below):
//   * first a target urgency level (the set's "severity"), then one rule of that level from
//     content/rules.toml whose condition is made to hold, so that every level comes up often;
//   * yes/no: otherwise mostly the calm answer ("no"; "yes" for a `reassuring` question), with a
//     small, per-target chance of the worrying one ("yes", or "not_sure" where the question offers
//     it; "no"/"not_sure" for a reassuring question);
//   * numbers: values at and either side of every threshold that rules.toml and the
//     questionnaire's show_when use for that number, the ends of the allowed range, and uniform
//     values in a sensible range; whole numbers where the question is `integer`, else sometimes a
//     decimal;
//   * choices: uniform over the options.

const fs = require('node:fs');
const path = require('node:path');
const TOML = require('smol-toml');
const { REPO_ROOT } = require('./assess');

const QUESTIONNAIRE = path.join(REPO_ROOT, 'content', 'questionnaire.toml');
const RULES = path.join(REPO_ROOT, 'content', 'rules.toml');

/** The six urgency levels, least urgent first (the values of data-urgency and of assess's
 *  "urgency"). */
const LEVELS = ['self_care', 'routine', 'within_2_weeks', 'within_1_week', 'urgent_24h', 'emergency'];

/**
 * Each set first draws a target level (its "severity"), uniformly; for every level but self_care
 * it then picks one rule of that level at random and makes its condition hold (see satisfy()).
 * Around that, per target (tunable):
 *   noise     chance of the worrying answer for any other yes/no question a rule reads
 *   harmless  ... for a yes/no question no rule reads with `yes`
 *   reassuringWorry  ... for a `reassuring` question ("no" or "not_sure" instead of "yes")
 *   low       chance that a number is drawn below all its thresholds (nothing fires on it)
 * The target is only a bias: the noise, the numbers and the flow (which skips questions) decide
 * the real level, which is what the test compares. Tuned so that each level comes up in roughly
 * 10-25% of the sets.
 */
const TARGETS = {
  self_care: { weight: 1, noise: 0, harmless: 0.1, reassuringWorry: 0.1, low: 0.8 },
  routine: { weight: 1, noise: 0, harmless: 0.1, reassuringWorry: 0.3, low: 0.6 },
  within_2_weeks: { weight: 1, noise: 0.005, harmless: 0.1, reassuringWorry: 0.3, low: 0.4 },
  within_1_week: { weight: 1, noise: 0.008, harmless: 0.1, reassuringWorry: 0.3, low: 0.4 },
  urgent_24h: { weight: 1, noise: 0.008, harmless: 0.1, reassuringWorry: 0.3, low: 0.3 },
  emergency: { weight: 1, noise: 0.03, harmless: 0.1, reassuringWorry: 0.3, low: 0.2 },
};
/** Of the worrying answers to a question that offers "Not sure", the share that is "not_sure". */
const NOT_SURE_SHARE = 0.4;
/** When a rule's condition is made to hold: the chance that the show_when of each question it
 *  sets is made to hold too (else the question may be skipped, and the rule not fire). */
const SHOW_SHARE = 0.8;

/** The questions of questionnaire.toml in order: { code, kind, step, checklist, notSure,
 *  reassuring, min, max, integer, options, showWhen (its step's show_when, or null) }. */
function loadQuestions(file = QUESTIONNAIRE) {
  const doc = TOML.parse(fs.readFileSync(file, 'utf8'));
  const steps = doc.step || [];
  if (steps.length === 0) throw new Error(`${file} has no [[step]]`);
  const questions = [];
  const seen = new Set();
  for (const step of steps) {
    for (const q of step.questions || []) {
      if (seen.has(q.code)) throw new Error(`${file}: question ${q.code} is asked twice`);
      seen.add(q.code);
      if (!['yes_no', 'number', 'choice'].includes(q.kind)) {
        throw new Error(`${file}: question ${q.code} has kind ${JSON.stringify(q.kind)}, which this generator does not know`);
      }
      questions.push({
        code: q.code,
        kind: q.kind,
        step: step.id,
        checklist: Boolean(step.checklist),
        notSure: Boolean(q.not_sure),
        reassuring: Boolean(q.reassuring),
        min: q.min,
        max: q.max,
        integer: Boolean(q.integer),
        options: q.options || [],
        showWhen: step.show_when || null,
      });
    }
  }
  return { questions, doc };
}

/** Every `{ number = CODE, at_least = N }` in a parsed TOML tree: Map CODE -> sorted [N...]. */
function numberThresholds(...trees) {
  const found = new Map();
  const walk = (node) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      if (typeof node.number === 'string' && typeof node.at_least === 'number') {
        if (!found.has(node.number)) found.set(node.number, new Set());
        found.get(node.number).add(node.at_least);
      }
      Object.values(node).forEach(walk);
    }
  };
  trees.forEach(walk);
  return new Map([...found].map(([code, set]) => [code, [...set].sort((a, b) => a - b)]));
}

/** For each question code read by a rule with `yes` (directly or through a definition): the most
 *  urgent level among those rules. Questions read only through `not` (reassuring ones) are left out. */
function questionLevels(rules) {
  const defs = rules.definitions || {};
  const rank = (level) => {
    const r = LEVELS.indexOf(level);
    if (r < 0) throw new Error(`rules.toml: unknown urgency ${JSON.stringify(level)}`);
    return r;
  };
  const levels = new Map();
  const codesOf = (cond, out, seen = new Set()) => {
    if (Array.isArray(cond)) cond.forEach((c) => codesOf(c, out, seen));
    else if (cond && typeof cond === 'object') {
      if (typeof cond.yes === 'string') out.add(cond.yes);
      if (typeof cond.def === 'string' && !seen.has(cond.def)) {
        if (!(cond.def in defs)) throw new Error(`rules.toml: unknown definition ${cond.def}`);
        seen.add(cond.def);
        codesOf(defs[cond.def], out, seen);
      }
      for (const [key, value] of Object.entries(cond)) {
        if (key !== 'not' && key !== 'def' && typeof value === 'object') codesOf(value, out, seen);
      }
    }
  };
  for (const rule of rules.rule || []) {
    const codes = new Set();
    codesOf(rule.when, codes);
    for (const code of codes) levels.set(code, Math.max(levels.get(code) ?? 0, rank(rule.urgency)));
  }
  return new Map([...levels].map(([code, r]) => [code, LEVELS[r]]));
}

/** The generator model: the questions (each yes/no question with the most urgent level of a rule
 *  that reads it, 'self_care' if none does; each number question with its thresholds and the
 *  values worth trying), and the rules and definitions of rules.toml. */
function loadModel() {
  const { questions, doc } = loadQuestions();
  const rules = TOML.parse(fs.readFileSync(RULES, 'utf8'));
  const thresholds = numberThresholds(rules, doc);
  const levels = questionLevels(rules);
  for (const q of questions.filter((x) => x.kind === 'yes_no')) q.level = levels.get(q.code) || 'self_care';
  for (const q of questions.filter((x) => x.kind === 'number')) {
    const min = q.min ?? 0;
    const max = q.max ?? 1000;
    const ts = (thresholds.get(q.code) || []).filter((t) => t >= min && t <= max);
    const near = new Set();
    for (const t of ts) {
      for (const d of q.integer ? [-1, 0, 1] : [-1, -0.5, -0.1, 0, 1]) {
        const v = Math.round((t + d) * 10) / 10;
        if (v >= min && v <= max) near.add(v);
      }
    }
    q.thresholds = ts;
    q.nearThresholds = [...near].sort((a, b) => a - b);
    q.lowestThreshold = ts.length > 0 ? ts[0] : max;
    // Uniform values come from [min, softMax]: far past the largest threshold is not interesting
    // (age 18-120; pain 0-104 weeks rather than 0-2600).
    q.softMax = Math.min(max, Math.max(2 * (ts.length > 0 ? ts[ts.length - 1] : min + 10), min + 20));
  }
  const byCode = new Map(questions.map((q) => [q.code, q]));
  return { questions, byCode, thresholds, levels, rules: rules.rule || [], definitions: rules.definitions || {} };
}

function drawNumber(rng, q, target) {
  const min = q.min ?? 0;
  const max = q.max ?? 1000;
  const whole = (lo, hi) => rng.int(Math.ceil(lo), Math.floor(hi));
  const uniform = (lo, hi) => {
    if (q.integer || rng.chance(0.75)) return whole(lo, hi);
    return Math.min(hi, Math.max(lo, Math.round((lo + rng.next() * (hi - lo)) * 10) / 10));
  };
  if (q.lowestThreshold > min && rng.chance(target.low)) {
    // Below every threshold: nothing fires on this number.
    const below = q.integer ? q.lowestThreshold - 1 : q.lowestThreshold - 0.1;
    return uniform(min, below);
  }
  const r = rng.next();
  if (r < 0.55 && q.nearThresholds.length > 0) return rng.pick(q.nearThresholds);
  if (r < 0.65) return rng.pick([min, max]);
  return uniform(min, q.softMax);
}

function worryingAnswer(rng, q) {
  if (q.notSure && rng.chance(NOT_SURE_SHARE)) return 'not_sure';
  return q.reassuring ? 'no' : 'yes';
}

/** A value of number question `q` at or above `threshold`: the threshold itself, just above, or
 *  uniform up to the soft maximum. */
function drawAtLeast(rng, q, threshold) {
  const max = q.max ?? 1000;
  const r = rng.next();
  if (r < 0.4) return threshold;
  if (r < 0.6) return Math.min(max, threshold + 1);
  return rng.int(Math.ceil(threshold), Math.max(Math.ceil(threshold), Math.floor(Math.min(max, q.softMax))));
}

/** Sets answers in `out` so that the rule condition `cond` (rules.toml syntax, also that of
 *  show_when) holds, choosing at
 *  random among the ways it can. Throws on a condition form it does not know, so that a new form
 *  in rules.toml is noticed here. */
function satisfy(rng, cond, model, out) {
  const question = (code) => {
    const q = model.byCode.get(code);
    if (!q) throw new Error(`rules.toml reads ${code}, which questionnaire.toml does not ask`);
    return q;
  };
  // Usually also make the question's step be shown (its show_when hold), so that the rule can
  // fire; sometimes not, so that a worrying answer sits on a question the flow skips.
  const set = (code, value) => {
    out[code] = value;
    const { showWhen } = question(code);
    if (showWhen && rng.chance(SHOW_SHARE)) satisfy(rng, showWhen, model, out);
  };
  if (typeof cond.yes === 'string') set(cond.yes, worryingAnswer(rng, question(cond.yes)));
  else if (typeof cond.number === 'string') set(cond.number, drawAtLeast(rng, question(cond.number), cond.at_least));
  else if (typeof cond.choice === 'string') set(cond.choice, cond.is);
  else if (cond.not && typeof cond.not.yes === 'string') set(cond.not.yes, worryingAnswer(rng, question(cond.not.yes)));
  else if (Array.isArray(cond.all)) cond.all.forEach((c) => satisfy(rng, c, model, out));
  else if (Array.isArray(cond.any)) satisfy(rng, rng.pick(cond.any), model, out);
  else if (typeof cond.def === 'string') satisfy(rng, model.definitions[cond.def], model, out);
  else if (typeof cond.count_at_least === 'number') {
    let of = cond.of;
    while (of && typeof of.def === 'string') of = model.definitions[of.def];
    if (!of || !Array.isArray(of.any)) throw new Error(`satisfy: count_at_least over ${JSON.stringify(cond.of)} is not supported`);
    const items = [...of.any];
    for (let k = 0; k < cond.count_at_least && items.length > 0; k += 1) {
      satisfy(rng, items.splice(rng.int(0, items.length - 1), 1)[0], model, out);
    }
  } else throw new Error(`satisfy: unknown rule condition ${JSON.stringify(cond)}`);
}

/** One answer set: { target, rule, findings } with a value for every question of the model;
 *  `rule` is the id of the rule whose condition was made to hold (null for self_care). */
function generateAnswerSet(rng, model) {
  const targetLevel = rng.weighted(LEVELS.map((level) => ({ level, weight: TARGETS[level].weight }))).level;
  const target = TARGETS[targetLevel];
  const findings = {};
  for (const q of model.questions) {
    if (q.kind === 'number') findings[q.code] = drawNumber(rng, q, target);
    else if (q.kind === 'choice') findings[q.code] = rng.pick(q.options);
    else if (q.reassuring) findings[q.code] = rng.chance(target.reassuringWorry) ? worryingAnswer(rng, q) : 'yes';
    else findings[q.code] = rng.chance(model.levels.has(q.code) ? target.noise : target.harmless) ? worryingAnswer(rng, q) : 'no';
  }
  const candidates = model.rules.filter((rule) => rule.urgency === targetLevel);
  const rule = candidates.length > 0 ? rng.pick(candidates) : null;
  if (rule) satisfy(rng, rule.when, model, findings);
  return { target: targetLevel, rule: rule ? rule.id : null, findings };
}

module.exports = { LEVELS, TARGETS, NOT_SURE_SHARE, loadQuestions, loadModel, numberThresholds, questionLevels, generateAnswerSet };
