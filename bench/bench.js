'use strict';
// The benchmark proper (bash bench/run.sh builds, installs and runs the engine benchmark first):
// serves dist/ and the SurveyJS rendering of the same questionnaire (bench/surveyjs/site/), then
//   1. first-load bytes of each (tests/e2e/support/first-load.js);
//   2. BENCH_RUNS cold loads of each, interleaved, after one discarded warm-up each: intro
//      interactive, start -> first question, continue -> next question, memory at the result
//      (lib/timing.js);
//   3. the cheap-phone profile: BENCH_CHEAP_RUNS pairs of cold loads of each with 4x CPU
//      slowdown and slow 4G emulated (lib/cheap-phone.js): LCP, Start now visible, an immediate
//      click on Start now -> first question, critical-path bytes;
//   4. Lighthouse, mobile preset, for each (lighthouse.mjs, one child process per run);
//   5. the engine's criterion results (target/criterion/*/new/estimates.json);
// and prints the report as Markdown and writes results/latest.md and results/latest.json.
// BENCH_PROFILE=cheap-phone runs only 3 and 4 and writes results/cheap-phone.md and .json
// instead (latest.md, the full report, is left alone).
//
//   node bench/bench.js [--criterion-dir DIR] [--criterion-since EPOCH_MS]
// Environment: BENCH_PROFILE (all | cheap-phone), BENCH_RUNS (10), BENCH_CHEAP_RUNS (5, or
// BENCH_RUNS when that is set), BENCH_CPU_THROTTLE (1 = none), BENCH_ENCODING (gzip | br |
// identity), BENCH_SKIP_LIGHTHOUSE=1.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn, execFileSync } = require('node:child_process');
const { launchBrowser } = require('./lib/browser');
const { startServer } = require('./lib/server');
const { coldRun, classify, FINDINGS } = require('./lib/timing');
const { measureFirstLoad, formatFirstLoad } = require('../tests/e2e/support/first-load');
const { PROFILE: CHEAP_PHONE, LOST_AFTER_MS, lookRun, clickRun } = require('./lib/cheap-phone');

const BENCH = __dirname;
const REPO = path.dirname(BENCH);
const DIST = process.env.BENCH_DIST ? path.resolve(process.env.BENCH_DIST) : path.join(REPO, 'dist');
const SITE = path.join(BENCH, 'surveyjs', 'site');
const RESULTS = path.join(BENCH, 'results');
const BUDGET_BROTLI = 150 * 1024;

const PROFILES = ['all', 'cheap-phone'];
const PROFILE = process.env.BENCH_PROFILE || 'all';
if (!PROFILES.includes(PROFILE)) fail(`BENCH_PROFILE=${PROFILE}: expected one of ${PROFILES.join(', ')}`);
const ONLY_CHEAP_PHONE = PROFILE === 'cheap-phone';
const RUNS = intEnv('BENCH_RUNS', 10, 1);
const CHEAP_RUNS = intEnv('BENCH_CHEAP_RUNS', process.env.BENCH_RUNS ? RUNS : 5, 1);
const CPU_THROTTLE = intEnv('BENCH_CPU_THROTTLE', 1, 1);
const ENCODING = process.env.BENCH_ENCODING || 'gzip';
const SKIP_LIGHTHOUSE = process.env.BENCH_SKIP_LIGHTHOUSE === '1';

function intEnv(name, fallback, min) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) fail(`${name}=${raw}: expected a whole number >= ${min}`);
  return n;
}

function fail(message) {
  console.error(`\nbench: ERROR: ${message}`);
  process.exit(1);
}

function arg(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const say = (message) => console.error(`bench: ${message}`);

// ---- clean-up on every exit ---------------------------------------------------------------

const cleanups = [];
let children = new Set();
async function cleanUp() {
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      try {
        child.kill('SIGTERM');
      } catch {
        /* gone */
      }
    }
  }
  children = new Set();
  while (cleanups.length > 0) {
    const fn = cleanups.pop();
    try {
      await fn();
    } catch {
      /* best effort */
    }
  }
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, async () => {
    console.error(`\nbench: ${signal}: stopping browsers and servers`);
    await cleanUp();
    process.exit(130);
  });
}

// ---- statistics and formatting ------------------------------------------------------------

function quantile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const i = (sorted.length - 1) * p;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (i - lo);
}

function stats(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  return { n: v.length, median: quantile(v, 0.5), q1: quantile(v, 0.25), q3: quantile(v, 0.75), min: v[0], max: v[v.length - 1] };
}

const n0 = (x) => Math.round(x).toLocaleString('en-GB');
const n1 = (x) => x.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function kib(bytes) {
  return `${n1(bytes / 1024)} KiB`;
}
function mib(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
}

function fmtStat(s, unit) {
  if (!s || s.n === 0) return '–';
  const f =
    unit === 'ms'
      ? (x) => `${n1(x)}`
      : unit === 'MiB'
        ? (x) => (x / 1024 / 1024).toFixed(2)
        : unit === 'KiB'
          ? (x) => n1(x / 1024)
          : unit === '×'
            ? (x) => n1(x)
            : (x) => n0(x);
  const u = unit ? ` ${unit}` : '';
  if (s.min === s.max) return `${f(s.median)}${u}`;
  return `${f(s.median)}${u} (IQR ${f(s.q1)}–${f(s.q3)}; ${f(s.min)}–${f(s.max)})`;
}

function ratio(a, b) {
  if (!Number.isFinite(a) || !Number.isFinite(b) || b === 0) return '–';
  return (a / b).toFixed(2);
}

function nsHuman(ns) {
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(2)} ms`;
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(2)} µs`;
  return `${ns.toFixed(0)} ns`;
}

// ---- parts ------------------------------------------------------------------------------

async function runChild(command, args, { timeoutMs, env }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'], detached: true });
    children.add(child);
    const timer = setTimeout(() => {
      say(`${path.basename(args[0] || command)} still running after ${timeoutMs / 1000} s: stopping it`);
      // SIGTERM first, so that it can stop its own Chrome; SIGKILL if it does not go.
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* gone */
      }
      setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          /* gone */
        }
      }, 5000).unref();
    }, timeoutMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      children.delete(child);
      resolve({ code, signal });
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      children.delete(child);
      resolve({ code: -1, error });
    });
  });
}

async function lighthouse(url, name) {
  const out = path.join(RESULTS, `lighthouse-${name}.json`);
  fs.rmSync(out, { force: true });
  say(`Lighthouse (mobile, simulated throttling): ${name} ${url}`);
  const { code, signal, error } = await runChild(process.execPath, [path.join(BENCH, 'lighthouse.mjs'), url, out], { timeoutMs: 300000, env: {} });
  if (code !== 0 || !fs.existsSync(out)) {
    throw new Error(`Lighthouse failed for ${name} (${error ? error.message : signal ? `signal ${signal}` : `exit ${code}`}); see its output above`);
  }
  return JSON.parse(fs.readFileSync(out, 'utf8'));
}

function readCriterion(dir, sinceMs) {
  if (!dir) return { error: 'no --criterion-dir given (run bench/run.sh)', benches: [] };
  if (!fs.existsSync(dir)) return { error: `${dir} does not exist: cargo bench did not run`, benches: [] };
  const benches = [];
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (!entry.isDirectory()) continue;
      if (entry.name === 'new') {
        const est = path.join(full, 'estimates.json');
        const meta = path.join(full, 'benchmark.json');
        if (fs.existsSync(est) && fs.existsSync(meta)) {
          const mtime = fs.statSync(est).mtimeMs;
          if (sinceMs && mtime < sinceMs) continue;
          const e = JSON.parse(fs.readFileSync(est, 'utf8'));
          const m = JSON.parse(fs.readFileSync(meta, 'utf8'));
          benches.push({
            id: m.full_id || m.title,
            medianNs: e.median.point_estimate,
            medianLowNs: e.median.confidence_interval.lower_bound,
            medianHighNs: e.median.confidence_interval.upper_bound,
            meanNs: e.mean.point_estimate,
            stdDevNs: e.std_dev.point_estimate,
            measuredAt: new Date(mtime).toISOString(),
          });
        }
      } else if (entry.name !== 'report' && entry.name !== 'base' && entry.name !== 'change') {
        walk(full);
      }
    }
  };
  walk(dir);
  benches.sort((a, b) => a.id.localeCompare(b.id));
  if (benches.length === 0) return { error: `no criterion results in ${dir}${sinceMs ? ' from this run' : ''}`, benches };
  return { benches };
}

function environment(browserVersion, surveyjsVersion) {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['-C', REPO, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['-C', REPO, 'status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim();
    if (dirty) commit += ' + uncommitted changes';
  } catch {
    /* not a git checkout */
  }
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    commit,
    node: process.version,
    chromium: browserVersion,
    cpu: cpus.length ? cpus[0].model.trim() : 'unknown',
    cores: cpus.length,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    profile: PROFILE,
    dist: DIST.startsWith(REPO + path.sep) ? path.relative(REPO, DIST) : DIST,
    runs: RUNS,
    cheapPhoneRuns: CHEAP_RUNS,
    surveyjsVersion,
    cpuThrottle: CPU_THROTTLE,
    encoding: ENCODING,
    viewport: '412×823',
  };
}

// ---- report -----------------------------------------------------------------------------

function summarise(runs) {
  const all = { start: [], continue: [], toCheck: [], toResult: [], other: [] };
  const perRunContinueMedian = [];
  for (const run of runs) {
    const c = classify(run.transitions);
    for (const k of Object.keys(all)) all[k].push(...c[k]);
    perRunContinueMedian.push(stats(c.continue).median);
  }
  const get = (k) => runs.map((r) => r[k]);
  return {
    introInteractiveMs: stats(get('introInteractive')),
    fcpMs: stats(get('fcp')),
    domContentLoadedMs: stats(get('domContentLoaded')),
    startToFirstQuestionMs: stats(all.start),
    continueToNextQuestionMs: stats(all.continue),
    continueToNextQuestionPerRunMedianMs: stats(perRunContinueMedian),
    continueSteps: runs.length ? all.continue.length / runs.length : 0,
    toCheckAnswersMs: stats(all.toCheck),
    toResultMs: stats(all.toResult),
    jsHeapUsedBytes: stats(get('jsHeapUsed')),
    wasmMemoryBytes: stats(get('wasmMemory')),
    heapPlusWasmBytes: stats(runs.map((r) => r.jsHeapUsed + r.wasmMemory)),
    domNodes: stats(get('domNodes')),
    scriptMs: stats(runs.map((r) => r.scriptSeconds * 1000)),
    otherTransitions: all.other,
  };
}

function report({ env, sizes, timing, cheap, lh, criterion, failures }) {
  const L = [];
  L.push(
    ONLY_CHEAP_PHONE ? '# Benchmark, cheap-phone profile only: the widget vs the same questionnaire in SurveyJS' : '# Benchmark: the widget vs the same questionnaire in SurveyJS',
    '',
  );
  L.push(
    `${env.date}, commit ${env.commit}. Headless Chromium ${env.chromium}, Node ${env.node}, ${env.cpu} (${env.cores} cores), ${env.platform}. ` +
      `Loopback HTTP server (${env.encoding === 'gzip' ? 'gzip level 1, as deploy/nginx.conf' : env.encoding === 'br' ? 'brotli 11' : 'no compression'}), ` +
      `viewport ${env.viewport}, CPU throttling ${env.cpuThrottle > 1 ? `${env.cpuThrottle}×` : 'none'}. ` +
      (env.dist === 'dist' ? '' : `The widget measured: ${env.dist} (BENCH_DIST). `) +
      `SurveyJS: survey-core + survey-js-ui ${env.surveyjsVersion} (prebuilt minified UMD files, default theme CSS without web fonts), model generated from ${env.dist}/questionnaire.fhir.json by bench/surveyjs/generate.mjs.`,
    '',
  );
  if (ONLY_CHEAP_PHONE) L.push('`BENCH_PROFILE=cheap-phone`: only the cheap-phone profile and Lighthouse were run; `bash bench/run.sh` runs everything and writes `latest.md`.', '');
  if (failures.length > 0) {
    L.push('**Parts of this run FAILED:**', '', ...failures.map((f) => `- ${f}`), '');
  }

  if (sizes) reportSizes(L, sizes);
  if (timing) reportTiming(L, env, timing);
  if (cheap) reportCheapPhone(L, env, cheap, sizes, lh);
  reportRest(L, lh, criterion);
  return L.join('\n');
}

function reportSizes(L, sizes) {
  const ours = sizes.ours;
  const sj = sizes.surveyjs;
  L.push('## First load: bytes', '');
  L.push(
    'Every same-origin file a cold first visit fetches, up to 1 s after the Start button is ready (including the service worker script and what it precaches, the manifest and the icons), each counted once, sizes of the files on disk: raw, gzip -9 and brotli 11 (node zlib).',
    '',
  );
  L.push('| | ours | SurveyJS | ours / SurveyJS |', '| --- | ---: | ---: | ---: |');
  L.push(`| files | ${ours.files.length} | ${sj.files.length} | |`);
  for (const [label, key] of [['raw', 'raw'], ['gzip -9', 'gzip'], ['**brotli 11**', 'brotli']]) {
    L.push(`| ${label} | ${kib(ours.totals[key])} | ${kib(sj.totals[key])} | ${ratio(ours.totals[key], sj.totals[key])} |`);
  }
  L.push(`| brotli 11, fetched before the Start button was ready | ${kib(ours.beforeReady.brotli)} | ${kib(sj.beforeReady.brotli)} | ${ratio(ours.beforeReady.brotli, sj.beforeReady.brotli)} |`);
  const over = ours.totals.brotli - BUDGET_BROTLI;
  L.push(`| budget (tests/e2e/size-budget.test.js): ${kib(BUDGET_BROTLI)} brotli | ${over > 0 ? `**over by ${kib(over)}**` : `within (${kib(-over)} left)`} | | |`);
  L.push('');
  L.push('<details><summary>Every file (ours)</summary>', '', formatFirstLoad(ours), '', '</details>', '');
  L.push('<details><summary>Every file (SurveyJS)</summary>', '', formatFirstLoad(sj), '', '</details>', '');
}

function reportTiming(L, env, timing) {
  const o = timing.ours;
  const s = timing.surveyjs;
  L.push(`## Speed and memory: ${env.runs} cold loads each`, '');
  L.push(
    'Median (IQR q1–q3; min–max). Each load in a new browser context (empty cache, no service worker), the two apps interleaved, after one discarded warm-up each. ' +
      'Times are measured in the page: from navigation start, or from the click on Start now / Continue to the first DOM update that shows the next screen laid out (before paint). ' +
      `The walk answers no to every yes/no question and the first option of every choice, age ${FINDINGS.age}, ${FINDINGS.duration_weeks} weeks of pain, ${FINDINGS.persistent_cough_weeks} weeks of cough: ` +
      `${n0(o.continueSteps + 1)} question screens (ours) and ${n0(s.continueSteps + 1)} (SurveyJS).`,
    '',
  );
  L.push('| metric | ours | SurveyJS | ours / SurveyJS |', '| --- | --- | --- | ---: |');
  const row = (label, key, unit) => L.push(`| ${label} | ${fmtStat(o[key], unit)} | ${fmtStat(s[key], unit)} | ${ratio(o[key].median, s[key].median)} |`);
  row('Intro interactive (navigation → Start button shown, enabled, clickable)', 'introInteractiveMs', 'ms');
  row('First contentful paint', 'fcpMs', 'ms');
  row('Start now → first question visible', 'startToFirstQuestionMs', 'ms');
  row(`Continue → next question visible (all ${o.continueToNextQuestionMs.n} / ${s.continueToNextQuestionMs.n} steps)`, 'continueToNextQuestionMs', 'ms');
  row('Continue → next question: median of each run', 'continueToNextQuestionPerRunMedianMs', 'ms');
  row('Last question → check your answers (SurveyJS: preview)', 'toCheckAnswersMs', 'ms');
  row('Check your answers → result (SurveyJS: completed page)', 'toResultMs', 'ms');
  row('JS heap used after a full questionnaire (after GC)', 'jsHeapUsedBytes', 'MiB');
  row('WebAssembly memory after a full questionnaire', 'wasmMemoryBytes', 'MiB');
  row('JS heap + WebAssembly memory', 'heapPlusWasmBytes', 'MiB');
  row('DOM nodes on the result page', 'domNodes', '');
  row('Main-thread script time, whole run (CDP ScriptDuration)', 'scriptMs', 'ms');
  L.push('');
}

// ---- the cheap-phone profile (lib/cheap-phone.js) ------------------------------------------

/** One measurement, rerun (at most twice more) if it threw or if a request was not throttled:
 *  no number may come from an unthrottled fetch. Returns the result or null. */
async function measured(what, fn, log) {
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    try {
      const result = await fn();
      if (result.throttled.ok) return result;
      log.discarded.push(`${what}, attempt ${attempt}: not throttled: ${result.throttled.problems.join('; ')}`);
      say(`cheap phone: ${what}: a request was not throttled (${result.throttled.problems[0]}): measuring again`);
    } catch (e) {
      log.discarded.push(`${what}, attempt ${attempt}: ${e.message}`);
      say(`cheap phone: ${what}: ${e.message}${attempt < 3 ? ': measuring again' : ''}`);
    }
  }
  log.failures.push(`cheap phone: ${what}: no valid measurement in 3 attempts (${log.discarded[log.discarded.length - 1]})`);
  return null;
}

async function runCheapPhone(browser, servers, roots) {
  const log = { discarded: [], failures: [] };
  say(`cheap phone: warm-up: one discarded load with an immediate click of each`);
  for (const name of ['ours', 'surveyjs']) {
    await clickRun(browser, servers[name].url, name, roots[name]).catch((e) => say(`cheap phone: warm-up ${name}: ${e.message}`));
  }
  const runs = { ours: [], surveyjs: [] };
  for (let i = 0; i < CHEAP_RUNS; i += 1) {
    for (const name of i % 2 === 0 ? ['ours', 'surveyjs'] : ['surveyjs', 'ours']) {
      const look = await measured(`${name} run ${i + 1}, load without input`, () => lookRun(browser, servers[name].url, name), log);
      const click = await measured(`${name} run ${i + 1}, load with an immediate click`, () => clickRun(browser, servers[name].url, name, roots[name]), log);
      runs[name].push({ look, click });
    }
    const brief = (r) => {
      const look = r.look ? `LCP ${n0(r.look.lcp)} ms` : 'LCP –';
      const click = !r.click ? 'question –' : r.click.lost ? 'click LOST' : `question ${n0(r.click.firstQuestion)} ms`;
      return `${look}, ${click}`;
    };
    say(`cheap phone ${i + 1}/${CHEAP_RUNS}: ours ${brief(runs.ours[i])}; SurveyJS ${brief(runs.surveyjs[i])}`);
  }
  const summary = {};
  for (const name of ['ours', 'surveyjs']) {
    summary[name] = summariseCheapPhone(runs[name]);
    for (const r of runs[name]) {
      for (const part of [r.look, r.click]) {
        for (const problem of (part && part.problems) || []) {
          if (problem.startsWith('page error')) log.failures.push(`cheap phone, ${name}: ${problem}`);
        }
      }
    }
  }
  return { profile: CHEAP_PHONE, runsPerApp: CHEAP_RUNS, lostAfterMs: LOST_AFTER_MS, summary, runs, discarded: log.discarded, failures: log.failures };
}

function summariseCheapPhone(runs) {
  const looks = runs.map((r) => r.look).filter(Boolean);
  const clicks = runs.map((r) => r.click).filter(Boolean);
  const answered = clicks.filter((c) => !c.lost);
  const tally = (values) => {
    const counts = new Map();
    for (const v of values) counts.set(v, (counts.get(v) || 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([value, count]) => ({ value, count }));
  };
  const transfers = (by) => [...looks, ...clicks].map((r) => r.throttled.largest[by]).filter((t) => t && t.bytes >= 16 * 1024);
  // The critical-path files of the run whose brotli total is the median one.
  const byTotal = answered.slice().sort((a, b) => a.critical.totals.brotli - b.critical.totals.brotli);
  const medianRun = byTotal.length ? byTotal[Math.floor((byTotal.length - 1) / 2)] : null;
  const notes = new Set();
  for (const r of [...looks, ...clicks]) for (const p of r.problems) if (!p.startsWith('page error')) notes.add(p);
  return {
    lcpMs: stats(looks.map((l) => l.lcp)),
    lcpElements: tally(looks.map((l) => l.lcpElement || '(none)')),
    startVisibleMs: stats(looks.map((l) => l.startVisible)),
    startEnabledWhenVisible: tally(looks.map((l) => l.startEnabledWhenVisible)),
    introInteractiveMs: stats(looks.map((l) => l.intro)),
    fcpMs: stats(looks.map((l) => l.fcp)),
    loadEventMs: stats(looks.map((l) => l.loadEvent)),
    firstQuestionMs: stats(answered.map((c) => c.firstQuestion)),
    clicks: clicks.length,
    lost: clicks.length - answered.length,
    clickStartVisibleMs: stats(clicks.map((c) => c.startVisible)),
    tapDelayMs: stats(clicks.map((c) => (c.firstInput != null && c.startVisible != null ? c.firstInput - c.startVisible : null))),
    scrolledToStart: clicks.filter((c) => c.scrolledToStart).length,
    tapToQuestionMs: stats(answered.map((c) => c.clickToQuestion)),
    clickMissedStart: clicks.filter((c) => c.clickOnStart === false).length,
    criticalRawBytes: stats(answered.map((c) => c.critical.totals.raw)),
    criticalGzipBytes: stats(answered.map((c) => c.critical.totals.gzip)),
    criticalBrotliBytes: stats(answered.map((c) => c.critical.totals.brotli)),
    criticalByPageBrotliBytes: stats(answered.map((c) => c.critical.byPage.brotli)),
    criticalFiles: medianRun ? medianRun.critical.files : [],
    criticalUnfinished: [...new Set(answered.flatMap((c) => c.critical.unfinished))],
    cpuSlowdown: stats(looks.map((l) => l.cpu.slowdown)),
    requestsChecked: [...looks, ...clicks].reduce((n, r) => n + r.throttled.checked, 0),
    requestsByServiceWorker: [...looks, ...clicks].reduce((n, r) => n + r.throttled.byServiceWorker, 0),
    pageTransferKbps: stats(transfers('page').map((t) => t.kbps)),
    pageTransfer: transfers('page')[0] || null,
    serviceWorkerTransferKbps: stats(transfers('service worker').map((t) => t.kbps)),
    serviceWorkerTransfer: transfers('service worker')[0] || null,
    minFirstByteMs: Math.min(...[...looks, ...clicks].map((r) => r.throttled.minFirstByteMs)),
    exempt: (() => {
      const list = [...looks, ...clicks].flatMap((r) => r.throttled.exempt);
      const paths = [...new Set(list.map((e) => e.path))];
      return paths.map((p) => {
        const first = list.filter((e) => e.path === p).map((e) => e.firstByteMs);
        return `\`${p}\`, first byte after ${n0(Math.min(...first))}–${n0(Math.max(...first))} ms in ${first.length} loads`;
      });
    })(),
    notes: [...notes],
  };
}

function formatCriticalPath(files) {
  const sum = (list, key) => list.reduce((n, f) => n + f[key], 0);
  const page = files.filter((f) => f.by === 'page');
  return [
    '| file | fetched first by | fetches before the question | raw | gzip -9 | brotli 11 |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...files.map((f) => `| ${f.path} | ${f.by} | ${f.fetches} | ${n0(f.raw)} | ${n0(f.gzip)} | ${n0(f.brotli)} |`),
    `| requested by the page | | | ${n0(sum(page, 'raw'))} | ${n0(sum(page, 'gzip'))} | ${n0(sum(page, 'brotli'))} |`,
    `| **total (${files.length} files)** | | | **${n0(sum(files, 'raw'))}** | **${n0(sum(files, 'gzip'))}** | **${n0(sum(files, 'brotli'))}** |`,
  ].join('\n');
}

function reportCheapPhone(L, env, cheap, sizes, lh) {
  const p = cheap.profile;
  const o = cheap.summary.ours;
  const s = cheap.summary.surveyjs;
  L.push(`## Cheap phone: ${p.cpuSlowdown}× CPU, slow 4G, ${cheap.runsPerApp} run${cheap.runsPerApp === 1 ? '' : 's'} each`, '');
  L.push(
    `Chromium DevTools emulation of Lighthouse's mobile profile, applied to the page and to its service worker: CPU ${p.cpuSlowdown}× slower (\`Emulation.setCPUThrottlingRate\`; measured at the end of each load without input, a busy loop ran ${n1(o.cpuSlowdown.median)}× (ours) and ${n1(s.cpuSlowdown.median)}× (SurveyJS) slower than with the slowdown off), ` +
      `network ${p.latencyMs} ms latency, ${n1(p.downloadKbps)} kbit/s down, ${n0(p.uploadKbps)} kbit/s up (\`Network.emulateNetworkConditions\`), viewport ${p.viewport.width}×${p.viewport.height}, files served as above. ` +
      'Each run is two cold loads of each app (new context: empty cache, no service worker), the apps interleaved, after one discarded warm-up each: one with no input (LCP, Start now visible, intro interactive, FCP), ' +
      `one in which Start now is clicked the moment it is visible, whether the app is ready or not (first question; critical-path bytes; a click after which no question appears within ${cheap.lostAfterMs / 1000} s is lost, never repeated). ` +
      'Times from navigation start, measured in the page. Median (IQR q1–q3; min–max).',
    '',
  );
  L.push('| metric | ours | SurveyJS | ours / SurveyJS |', '| --- | --- | --- | ---: |');
  const row = (label, key, unit) => L.push(`| ${label} | ${fmtStat(o[key], unit)} | ${fmtStat(s[key], unit)} | ${ratio(o[key].median, s[key].median)} |`);
  row('**Largest Contentful Paint** (last entry before any input)', 'lcpMs', 'ms');
  row('**"Start now" visible** (laid out, not hidden, paintable; enabled or not)', 'startVisibleMs', 'ms');
  row('Intro interactive (Start shown, enabled, clickable; as in "Speed and memory")', 'introInteractiveMs', 'ms');
  row('First contentful paint', 'fcpMs', 'ms');
  row('**Immediate click on Start now: navigation → first question visible**', 'firstQuestionMs', 'ms');
  L.push(`| clicks lost (no question within ${cheap.lostAfterMs / 1000} s of the click) | ${o.lost} of ${o.clicks} | ${s.lost} of ${s.clicks} | |`);
  row('… of which the tap → first question', 'tapToQuestionMs', 'ms');
  row('… and Start visible → the tap reaching the page (the benchmark\'s own delay, scroll included)', 'tapDelayMs', 'ms');
  const bytesRow = (label, key) =>
    L.push(`| ${label} | ${fmtStat(o[key], 'KiB')} | ${fmtStat(s[key], 'KiB')} | ${ratio(o[key].median, s[key].median)} |`);
  bytesRow('**Critical-path bytes, brotli 11** (every file requested before the first question was visible)', 'criticalBrotliBytes');
  bytesRow('… gzip -9', 'criticalGzipBytes');
  bytesRow('… raw', 'criticalRawBytes');
  bytesRow('… of which requested by the page (the rest: the service worker\'s precache), brotli 11', 'criticalByPageBrotliBytes');
  if (sizes) {
    L.push(`| Whole first load with the service worker's precache, brotli 11 (section "First load: bytes") | ${kib(sizes.ours.totals.brotli)} | ${kib(sizes.surveyjs.totals.brotli)} | ${ratio(sizes.ours.totals.brotli, sizes.surveyjs.totals.brotli)} |`);
  }
  if (lh) {
    const scores = (x) => (x ? ['performance', 'accessibility', 'best-practices', 'seo'].map((c) => x.scores[c]).join(' / ') : '–');
    const metric = (x, id) => (x && x.metrics[id] ? x.metrics[id].display : '–');
    const value = (x, id) => (x && x.metrics[id] ? x.metrics[id].value : NaN);
    L.push(`| Lighthouse mobile (simulated): performance / accessibility / best practices / SEO | ${scores(lh.ours)} | ${scores(lh.surveyjs)} | |`);
    L.push(`| Lighthouse: Largest Contentful Paint | ${metric(lh.ours, 'largest-contentful-paint')} | ${metric(lh.surveyjs, 'largest-contentful-paint')} | ${ratio(value(lh.ours, 'largest-contentful-paint'), value(lh.surveyjs, 'largest-contentful-paint'))} |`);
    L.push(`| Lighthouse: Total Blocking Time | ${metric(lh.ours, 'total-blocking-time')} | ${metric(lh.surveyjs, 'total-blocking-time')} | ${ratio(value(lh.ours, 'total-blocking-time'), value(lh.surveyjs, 'total-blocking-time'))} |`);
  }
  L.push('');
  const elements = (x) => x.lcpElements.map((e) => `\`${String(e.value).replace(/`/g, "'")}\` (${e.count} of ${x.lcpElements.reduce((n, v) => n + v.count, 0)})`).join(', ');
  L.push(`LCP element: ours ${elements(o)}; SurveyJS ${elements(s)}.`, '');
  const enabled = (x) => x.startEnabledWhenVisible.map((e) => `${e.value === true ? 'enabled' : e.value === false ? 'disabled' : 'unknown'} in ${e.count}`).join(', ');
  L.push(
    `When first visible, the Start button was ${enabled(o)} of our loads and ${enabled(s)} of SurveyJS's; it was below the fold (so scrolled into view by script before the tap) in ${o.scrolledToStart} of ${o.clicks} and ${s.scrolledToStart} of ${s.clicks} clicked loads` +
      (o.clickMissedStart || s.clickMissedStart ? `; the tap did not land on the Start button in ${o.clickMissedStart} (ours) and ${s.clickMissedStart} (SurveyJS)` : '') +
      '.',
    '',
  );
  const transfer = (t, k) => (t ? `\`${t.path}\` ${n0(t.bytes)} bytes as served, first byte after ${n0(t.firstByteMs)} ms, then ${n0(t.transferMs)} ms (${n0(t.kbps)} kbit/s; median over the loads ${n0(k.median)} kbit/s)` : 'none');
  L.push(
    `Throttling, checked on every request's measured timing: ${n0(o.requestsChecked + s.requestsChecked)} requests (${n0(o.requestsByServiceWorker + s.requestsByServiceWorker)} by our service worker), each required to get its first byte at least ${n0(p.latencyMs * 0.9)} ms after it started (the earliest: ${n0(Math.min(o.minFirstByteMs, s.minFirstByteMs))} ms) and, from 16 KiB, to arrive no faster than ${n0(p.downloadKbps * 1.15)} kbit/s` +
      `${cheap.discarded.length ? `; ${cheap.discarded.length} load(s) failed this or broke and were measured again` : '; no load had to be measured again'}. ` +
      `Largest transfer by our page: ${transfer(o.pageTransfer, o.pageTransferKbps)}; by our service worker: ${transfer(o.serviceWorkerTransfer, o.serviceWorkerTransferKbps)}; by SurveyJS's page: ${transfer(s.pageTransfer, s.pageTransferKbps)}` +
      (o.exempt.length ? `. Not checked: the service worker's own script, which the browser fetches as it creates the worker, before DevTools can set the worker's conditions (${o.exempt.join(', ')})` : '') +
      '.',
    '',
  );
  const notes = [...o.notes.map((n) => `ours: ${n}`), ...s.notes.map((n) => `SurveyJS: ${n}`)];
  if (notes.length) L.push('Notes:', '', ...notes.map((n) => `- ${n}`), '');
  for (const [name, x] of [['ours', o], ['SurveyJS', s]]) {
    if (x.criticalFiles.length === 0) continue;
    L.push(`<details><summary>Critical path (${name}): files requested before the first question was visible, in the run with the median total</summary>`, '', formatCriticalPath(x.criticalFiles), '');
    if (x.criticalUnfinished.length) L.push(`Requested before the question but never completed (not counted): ${x.criticalUnfinished.join(', ')}`, '');
    L.push('</details>', '');
  }
}

function reportRest(L, lh, criterion) {
  if (criterion) {
    L.push('## Engine (criterion, `cargo bench -p backpain-engine --bench engine`, release profile)', '');
    if (criterion.error) L.push(`**No engine results:** ${criterion.error}`, '');
    else {
      L.push('| benchmark | median | 95% CI of the median | per second |', '| --- | ---: | ---: | ---: |');
      const what = {
        'assess/all_no': 'one `assess` call, unalarming answers to every question',
        'assess/all_yes': 'one `assess` call, alarming answers to every question',
        'flow/full_walk': 'a full flow: Start, every visible step, Confirm, result',
        'content/embedded': 'loading and checking content/*.toml (build.rs, once per build; the native tools)',
        'content/decode': "decoding the compiled content: the widget's only content work at start-up",
      };
      for (const b of criterion.benches) {
        L.push(`| \`${b.id}\`${what[b.id] ? `: ${what[b.id]}` : ''} | ${nsHuman(b.medianNs)} | ${nsHuman(b.medianLowNs)} – ${nsHuman(b.medianHighNs)} | ${n0(1e9 / b.medianNs)} |`);
      }
      L.push('');
    }
  }

  if (lh) {
    L.push('## Lighthouse (mobile preset, simulated throttling)', '');
    const lo = lh.ours;
    const ls = lh.surveyjs;
    if (lo || ls) {
      const version = (lo || ls).lighthouseVersion;
      const t = (lo || ls).throttling;
      L.push(`Lighthouse ${version}, ${(lo || ls).formFactor}, ${t ? `RTT ${t.rttMs} ms, ${n0(t.throughputKbps)} kbit/s, CPU ×${t.cpuSlowdownMultiplier}` : ''}; served as above.`, '');
      L.push('| | ours | SurveyJS |', '| --- | ---: | ---: |');
      for (const c of ['performance', 'accessibility', 'best-practices', 'seo']) {
        L.push(`| **${c}** | ${lo ? lo.scores[c] : '–'} | ${ls ? ls.scores[c] : '–'} |`);
      }
      for (const [id, label] of [
        ['first-contentful-paint', 'First Contentful Paint'],
        ['largest-contentful-paint', 'Largest Contentful Paint'],
        ['total-blocking-time', 'Total Blocking Time'],
        ['cumulative-layout-shift', 'Cumulative Layout Shift'],
        ['speed-index', 'Speed Index'],
        ['interactive', 'Time to Interactive'],
        ['total-byte-weight', 'Bytes transferred (as served)'],
      ]) {
        const cell = (x) => {
          const m = x && x.metrics[id];
          if (!m) return '–';
          return id === 'total-byte-weight' ? kib(m.value) : m.display;
        };
        L.push(`| ${label} | ${cell(lo)} | ${cell(ls)} |`);
      }
      L.push('');
      for (const [name, x] of [['ours', lo], ['SurveyJS', ls]]) {
        if (!x) continue;
        L.push(`### Lighthouse: where ${name} lost points`, '');
        const weighted = [];
        const hints = [];
        for (const [category, audits] of Object.entries(x.lost)) {
          for (const a of audits) (a.weight > 0 ? weighted : hints).push({ category, ...a });
        }
        if (weighted.length === 0) L.push('No scored audit lost points.', '');
        else {
          L.push('| category | audit | value | score | weight |', '| --- | --- | --- | ---: | ---: |');
          for (const a of weighted) L.push(`| ${a.category} | ${a.title} | ${a.displayValue || ''} | ${a.score.toFixed(2)} | ${a.weight} |`);
          L.push('');
        }
        if (hints.length > 0) {
          L.push(`Also flagged, without weight in the score: ${hints.map((a) => `${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`).join('; ')}.`, '');
        }
      }
    }
  }

  L.push('## How to read this', '');
  L.push(
    '- "ours / SurveyJS" below 1 means the widget is smaller or faster. Loopback network: the load times of "Speed and memory" are CPU and parse time, not download time; "Cheap phone" emulates a slow network and CPU, Lighthouse simulates them.',
    '- Rerun with `bash bench/run.sh` (`BENCH_PROFILE=cheap-phone` for the cheap-phone profile alone); `bench/README.md` describes every number and the caveats.',
    '',
  );
}

// ---- main -------------------------------------------------------------------------------

async function main() {
  for (const [what, file, hint] of [
    ['the widget', path.join(DIST, 'index.html'), 'build it with bash scripts/build.sh'],
    ['the SurveyJS site', path.join(SITE, 'index.html'), 'run node bench/surveyjs/generate.mjs'],
  ]) {
    if (!fs.existsSync(file)) fail(`${file} is missing (${what}): ${hint}`);
  }
  fs.mkdirSync(RESULTS, { recursive: true });
  const failures = [];

  const servers = {};
  for (const [name, root] of [['ours', DIST], ['surveyjs', SITE]]) {
    servers[name] = await startServer(root, { encoding: ENCODING });
    cleanups.push(() => servers[name].close());
  }
  say(`serving dist/ at ${servers.ours.url} and the SurveyJS site at ${servers.surveyjs.url} (${ENCODING})`);

  const browser = await launchBrowser();
  cleanups.push(() => browser.close());
  const surveyjsVersion = JSON.parse(fs.readFileSync(path.join(BENCH, 'node_modules', 'survey-js-ui', 'package.json'), 'utf8')).version;
  const env = environment(browser.version(), surveyjsVersion);

  let sizes = null;
  let timing = null;
  let runs = null;
  if (!ONLY_CHEAP_PHONE) {
    // 1. Bytes.
    say('first-load bytes');
    sizes = {
      ours: await measureFirstLoad(browser, servers.ours.url, { root: DIST }),
      surveyjs: await measureFirstLoad(browser, servers.surveyjs.url, { root: SITE }),
      surveyjsVersion,
    };
    for (const name of ['ours', 'surveyjs']) {
      if (sizes[name].files.length === 0) throw new Error(`${name}: the first load fetched no file`);
      if (sizes[name].foreign.length > 0) failures.push(`${name} asked for other origins: ${sizes[name].foreign.join(', ')}`);
    }

    // 2. Timings.
    runs = { ours: [], surveyjs: [] };
    const options = { cpuThrottle: CPU_THROTTLE };
    say(`warm-up: one discarded cold run of each`);
    for (const name of ['ours', 'surveyjs']) await coldRun(browser, servers[name].url, name, options);
    for (let i = 0; i < RUNS; i += 1) {
      for (const name of i % 2 === 0 ? ['ours', 'surveyjs'] : ['surveyjs', 'ours']) {
        const run = await coldRun(browser, servers[name].url, name, options);
        if (run.problems.length > 0) failures.push(`${name} run ${i + 1}: ${run.problems.join('; ')}`);
        runs[name].push(run);
      }
      say(`cold run ${i + 1}/${RUNS}: intro interactive ours ${n1(runs.ours[i].introInteractive)} ms, SurveyJS ${n1(runs.surveyjs[i].introInteractive)} ms`);
    }
    timing = { ours: summarise(runs.ours), surveyjs: summarise(runs.surveyjs) };
    for (const name of ['ours', 'surveyjs']) {
      if (timing[name].otherTransitions.length > 0) failures.push(`${name}: unexpected screen changes ${JSON.stringify(timing[name].otherTransitions.slice(0, 3))}`);
      if (timing[name].startToFirstQuestionMs.n !== RUNS) failures.push(`${name}: Start → first question measured ${timing[name].startToFirstQuestionMs.n} times in ${RUNS} runs`);
    }
    if (timing.ours.continueSteps !== timing.surveyjs.continueSteps) {
      failures.push(`the walks differ: ${timing.ours.continueSteps} Continue steps per run (ours) vs ${timing.surveyjs.continueSteps} (SurveyJS)`);
    }
  }

  // 3. The cheap-phone profile.
  say(`cheap phone (${CHEAP_PHONE.cpuSlowdown}× CPU, ${CHEAP_PHONE.latencyMs} ms, ${n1(CHEAP_PHONE.downloadKbps)} kbit/s): ${CHEAP_RUNS} runs per app, each a load without input and one with an immediate click`);
  const started = Date.now();
  const cheap = await runCheapPhone(browser, servers, { ours: DIST, surveyjs: SITE });
  cheap.seconds = Math.round((Date.now() - started) / 1000);
  failures.push(...cheap.failures);
  say(`cheap phone: done in ${cheap.seconds} s`);
  await browser.close();

  // 4. Lighthouse.
  let lh = null;
  if (!SKIP_LIGHTHOUSE) {
    lh = {};
    for (const name of ['ours', 'surveyjs']) {
      try {
        lh[name] = await lighthouse(servers[name].url, name);
      } catch (e) {
        failures.push(e.message);
      }
    }
  }

  // 5. Engine.
  let criterion = null;
  if (!ONLY_CHEAP_PHONE) {
    const since = arg('--criterion-since');
    criterion = readCriterion(arg('--criterion-dir'), since ? Number(since) : 0);
    if (criterion.error) failures.push(`engine: ${criterion.error}`);
  }

  const markdown = report({ env, sizes, timing, cheap, lh, criterion, failures });
  const name = ONLY_CHEAP_PHONE ? 'cheap-phone' : 'latest';
  fs.writeFileSync(path.join(RESULTS, `${name}.md`), markdown + '\n');
  fs.writeFileSync(
    path.join(RESULTS, `${name}.json`),
    JSON.stringify({ env, budgetBrotli: BUDGET_BROTLI, sizes, timing, runs, cheapPhone: cheap, lighthouse: lh, criterion, failures }, null, 2) + '\n',
  );
  console.log(markdown);
  say(`wrote ${path.relative(REPO, path.join(RESULTS, `${name}.md`))} and ${name}.json`);
  if (failures.length > 0) {
    console.error(`\nbench: FAILED parts:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  }
}

main()
  .catch((e) => {
    console.error(`\nbench: ERROR: ${e.stack || e.message || e}`);
    process.exitCode = 1;
  })
  .finally(cleanUp);
