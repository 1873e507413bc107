'use strict';
// The "cheap phone" profile of the benchmark: cold loads with Chromium's DevTools CPU slowdown
// (4x) and network emulation at Lighthouse's mobile ("slow 4G") figures, applied to the page AND
// to its service worker, for the widget and SurveyJS alike. bench/README.md ("Cheap phone")
// defines every number; in short, per run and app:
//
//   lookRun   a load with no input: Largest Contentful Paint (the last largest-contentful-paint
//             entry, all of them being before any input), "Start now" visible, intro interactive,
//             first contentful paint;
//   clickRun  a load in which "Start now" is clicked (a mouse click at its centre, by CDP, as a
//             real tap) the moment it is visible, however early: navigation → first question
//             visible, or "lost" when no question appears within LOST_AFTER_MS of the click (it
//             is never clicked twice); and the critical-path bytes: every file requested before
//             the first question was visible, measured as the first-load bytes are
//             (tests/e2e/support/first-load.js, which also records the requests).
//
// Both use the in-page recorder of lib/timing.js. Every request of every load (page and service
// worker) is checked against the profile from its measured timing: time to first byte at least
// the latency, and no transfer faster than the bandwidth; a load that fails the check is
// discarded and rerun (bench.js), so that no number comes from an unthrottled fetch.

const { recorderScript } = require('./timing');
const { measureFirstLoad } = require('../../tests/e2e/support/first-load');

/** Lighthouse's mobile profile (Lantern's throttling.mobileSlow4G, in
 *  @paulirish/trace_engine/models/trace/lantern/simulation/Constants.js: rttMs 150,
 *  throughputKbps 1.6 * 1024, upload 750 kbit/s, cpuSlowdownMultiplier 4), as its simulation
 *  uses them (its DevTools-throttling variant multiplies the latency by 3.75 and the bandwidth by
 *  0.9; not here), converted for CDP as Lighthouse does: kbit/s * 1024 / 8 bytes per second. */
const PROFILE = {
  name: 'cheap-phone',
  cpuSlowdown: 4,
  latencyMs: 150,
  downloadKbps: 1.6 * 1024,
  uploadKbps: 750,
  viewport: { width: 412, height: 823 },
};
const bytesPerSecond = (kbps) => (kbps * 1024) / 8;

/** How long after the click on Start the first question may take before the click counts as
 *  lost. */
const LOST_AFTER_MS = 15000;
/** Load timeouts (navigation, Start visible, intro interactive) under the profile. */
const LOAD_TIMEOUT_MS = 60000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function networkConditions(profile) {
  return {
    offline: false,
    latency: profile.latencyMs,
    downloadThroughput: bytesPerSecond(profile.downloadKbps),
    uploadThroughput: bytesPerSecond(profile.uploadKbps),
  };
}

/**
 * Applies the profile to `page` (before it navigates) and to every worker it starts, its
 * service worker included. CDP's network emulation is per target: the page's conditions do not
 * cover the service worker's own fetches (its precache), so a second CDP session on the page
 * auto-attaches (non-flat, waiting for the debugger) to the targets the page starts and sets the
 * same conditions there before letting them run. Chromium runs a target as soon as one client
 * resumes it, and Playwright resumes service workers itself, so this is a race that the commands
 * normally win; the measured timings of every request (checkTransfers) prove it each time. CPU
 * slowdown is a page-only command ("only supported for pages, not workers"): a service worker
 * runs at full speed, on its own thread.
 * Returns { cdp, attached: [{ type, url, errors }] }.
 */
async function throttlePage(context, page, profile = PROFILE) {
  const cdp = await context.newCDPSession(page);
  const conditions = networkConditions(profile);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', conditions);
  if (profile.cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
  const attached = [];
  let id = 0;
  const pending = new Map();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    let message;
    try {
      message = JSON.parse(event.message);
    } catch {
      return;
    }
    const waiter = message.id !== undefined && pending.get(`${event.sessionId}:${message.id}`);
    if (waiter) {
      pending.delete(`${event.sessionId}:${message.id}`);
      waiter(message);
    }
  });
  const sendTo = (sessionId, method, params) =>
    new Promise((resolve) => {
      id += 1;
      pending.set(`${sessionId}:${id}`, resolve);
      cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch((error) => resolve({ error: { message: error.message } }));
    });
  cdp.on('Target.attachedToTarget', async ({ sessionId, targetInfo, waitingForDebugger }) => {
    const entry = { type: targetInfo.type, url: targetInfo.url, errors: [] };
    attached.push(entry);
    // Sent back to back, the emulation first: the target handles them in order.
    const replies = await Promise.all([
      sendTo(sessionId, 'Network.emulateNetworkConditions', conditions),
      waitingForDebugger ? sendTo(sessionId, 'Runtime.runIfWaitingForDebugger', {}) : Promise.resolve({}),
    ]);
    for (const reply of replies) if (reply.error) entry.errors.push(reply.error.message);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
  return { cdp, attached };
}

/**
 * Records every finished request of `context` (page and service worker) with its measured
 * timing, for checkTransfers. Returns the live array.
 */
function recordTransfers(context) {
  const transfers = [];
  context.on('requestfinished', async (request) => {
    const url = request.url();
    if (!/^https?:/.test(url)) return;
    const response = await request.response().catch(() => null);
    if (!response || response.fromServiceWorker()) return; // answered from Cache Storage: no network
    const timing = request.timing();
    const sizes = await request.sizes().catch(() => null);
    transfers.push({
      url,
      path: new URL(url).pathname,
      by: request.serviceWorker() ? 'service worker' : 'page',
      status: response.status(),
      // ms from the request's start, as Chromium reports them (Playwright's request.timing()).
      responseStart: timing.responseStart,
      responseEnd: timing.responseEnd,
      bytes: sizes ? sizes.responseBodySize : null,
    });
  });
  return transfers;
}

/**
 * Checks that the profile's network applied to every request: the first byte came no sooner
 * than 90 % of the latency after the request started, and no body of 16 KiB or more arrived
 * faster than 115 % of the bandwidth. `workers` are the targets throttlePage attached to (their
 * own scripts are exempt, see below). Returns { ok, checked, byPage, byServiceWorker, exempt,
 * minFirstByteMs, problems, largest: { page, 'service worker' } (the largest transfer of each: bytes, time to
 * first byte, transfer time, kbit/s) }.
 */
function checkTransfers(transfers, workers = [], profile = PROFILE) {
  const limit = bytesPerSecond(profile.downloadKbps) * 1.15;
  const problems = [];
  const largest = {};
  const exempt = [];
  let minFirstByteMs = Infinity;
  const workerScripts = new Set(workers.map((w) => w.url));
  for (const t of transfers) {
    if (!(t.responseStart >= 0)) continue;
    if (t.by === 'service worker' && workerScripts.has(t.url)) {
      // A new service worker's own script is fetched as the worker target is created, before
      // DevTools can set its conditions (the attach and the fetch start together): reported, not
      // checked.
      exempt.push({ path: t.path, bytes: t.bytes, firstByteMs: t.responseStart, transferMs: t.responseEnd - t.responseStart });
      continue;
    }
    minFirstByteMs = Math.min(minFirstByteMs, t.responseStart);
    if (t.responseStart < profile.latencyMs * 0.9) {
      problems.push(`${t.by} ${t.path}: first byte after ${t.responseStart.toFixed(0)} ms (latency ${profile.latencyMs} ms)`);
    }
    const ms = t.responseEnd - t.responseStart;
    if (t.bytes >= 16 * 1024 && ms > 0) {
      const rate = t.bytes / (ms / 1000);
      if (rate > limit) problems.push(`${t.by} ${t.path}: ${t.bytes} bytes in ${ms.toFixed(0)} ms (${((rate * 8) / 1024).toFixed(0)} kbit/s)`);
    }
    if (t.bytes > 0 && (!largest[t.by] || t.bytes > largest[t.by].bytes)) {
      largest[t.by] = { path: t.path, bytes: t.bytes, firstByteMs: t.responseStart, transferMs: ms, kbps: ms > 0 ? (t.bytes * 8) / 1024 / (ms / 1000) : null };
    }
  }
  return {
    ok: problems.length === 0 && transfers.length > 0,
    checked: transfers.length - exempt.length,
    byPage: transfers.filter((t) => t.by === 'page').length,
    byServiceWorker: transfers.filter((t) => t.by === 'service worker').length - exempt.length,
    exempt,
    minFirstByteMs,
    problems: transfers.length === 0 ? ['no request was recorded'] : problems,
    largest,
  };
}

/** A fresh context as the other timings use (empty cache, service worker allowed). */
function newContextOptions(profile) {
  return { viewport: profile.viewport, locale: 'en-GB', serviceWorkers: 'allow' };
}

/** The shortest of three runs of a busy loop in the page (ms). */
async function busyLoopMs(page) {
  return page.evaluate(() => {
    let best = Infinity;
    for (let run = 0; run < 3; run += 1) {
      const t0 = performance.now();
      let x = 0;
      for (let i = 0; i < 1e7; i += 1) x = (x + i * 7) % 1000003;
      window.__benchSink = x;
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  });
}

/** The CPU slowdown actually applied: the busy loop with the profile's throttling over the same
 *  loop without, back to back in the same page (so that other load on the machine affects both
 *  alike). Leaves the throttling off: call it last. */
async function measuredSlowdown(page, cdp) {
  const throttled = await busyLoopMs(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const free = await busyLoopMs(page);
  return { throttledMs: throttled, unthrottledMs: free, slowdown: throttled / free };
}

async function waitFor(page, fn, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await page.evaluate(fn);
    if (value !== null && value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${timeoutMs / 1000} s`);
    await page.waitForTimeout(50);
  }
}

/**
 * The load with no input. Waits for intro interactive, then until the load is over as far as
 * LCP goes: at least `settleMs` after intro interactive, and for `quietMs` no request of the
 * page in flight (the service worker's precache does not count), no new largest-contentful-paint
 * entry and no long task; at most `maxWaitMs` after intro interactive.
 */
async function lookRun(browser, url, app, { profile = PROFILE, settleMs = 1500, quietMs = 1000, maxWaitMs = 20000 } = {}) {
  const context = await browser.newContext(newContextOptions(profile));
  const problems = [];
  try {
    await context.addInitScript({ content: recorderScript(app) });
    const transfers = recordTransfers(context);
    let inFlight = 0;
    let networkAt = Date.now();
    context.on('request', (request) => {
      if (request.serviceWorker()) return;
      inFlight += 1;
      networkAt = Date.now();
    });
    const done = (request) => {
      if (request.serviceWorker()) return;
      inFlight = Math.max(0, inFlight - 1);
      networkAt = Date.now();
    };
    context.on('requestfinished', done);
    context.on('requestfailed', done);
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    const { cdp, attached } = await throttlePage(context, page, profile);
    await page.goto(url, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
    await waitFor(page, () => window.__bench && window.__bench.intro, LOAD_TIMEOUT_MS, `${app}: intro interactive`);
    const deadline = Date.now() + maxWaitMs;
    let count = -1;
    let lcpAt = Date.now();
    for (;;) {
      const s = await page.evaluate(() => ({ now: performance.now(), intro: window.__bench.intro, n: window.__bench.lcp.length, longTaskEnd: window.__bench.lastLongTaskEnd || 0 }));
      if (s.n !== count) {
        count = s.n;
        lcpAt = Date.now();
      }
      const quiet = inFlight === 0 && Date.now() - networkAt >= quietMs && Date.now() - lcpAt >= quietMs && s.now - s.longTaskEnd >= quietMs;
      if (s.now - s.intro >= settleMs && quiet) break;
      if (Date.now() > deadline) {
        problems.push(`the load did not settle within ${maxWaitMs / 1000} s of intro interactive`);
        break;
      }
      await page.waitForTimeout(100);
    }
    const b = await page.evaluate(() => {
      const B = window.__bench;
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        intro: B.intro,
        fcp: B.fcp,
        startVisible: B.startVisible,
        startRect: B.startRect,
        firstInput: B.firstInput,
        lcpEntries: B.lcp,
        domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
        loadEvent: nav ? nav.loadEventEnd : null,
      };
    });
    const cpu = await measuredSlowdown(page, cdp);
    const last = b.lcpEntries.length ? b.lcpEntries[b.lcpEntries.length - 1] : null;
    if (!last) problems.push('no largest-contentful-paint entry');
    if (b.firstInput !== null) problems.push(`an input reached the page at ${b.firstInput.toFixed(0)} ms in a load without input`);
    return {
      lcp: last ? last.t : null,
      lcpElement: last ? last.element : null,
      lcpEntries: b.lcpEntries,
      startVisible: b.startVisible,
      startEnabledWhenVisible: b.startRect ? b.startRect.enabled : null,
      intro: b.intro,
      fcp: b.fcp,
      domContentLoaded: b.domContentLoaded,
      loadEvent: b.loadEvent,
      cpu,
      throttled: checkTransfers(transfers, attached, profile),
      workers: attached,
      problems,
    };
  } finally {
    await context.close().catch(() => {});
  }
}

/** A stand-in `browser` for measureFirstLoad (which only calls newContext): its contexts are
 *  prepared by `prepareContext(context)` and its pages by `preparePage(context, page)` before
 *  they navigate; measureFirstLoad still opens, loads, records and sizes as it always does. */
function preparedBrowser(browser, prepareContext, preparePage) {
  return {
    async newContext(options) {
      const context = await browser.newContext(options);
      await prepareContext(context);
      const newPage = context.newPage.bind(context);
      context.newPage = async () => {
        const page = await newPage();
        await preparePage(context, page);
        return page;
      };
      return context;
    },
  };
}

/** measureFirstLoad's path of a URL (relative to the served directory; "/" is index.html). */
function pathOf(requestUrl, base) {
  const u = new URL(requestUrl);
  let p = decodeURIComponent(u.pathname);
  if (p.endsWith('/')) p += 'index.html';
  const basePath = base.pathname.endsWith('/') ? base.pathname : base.pathname.replace(/[^/]*$/, '');
  return p.startsWith(basePath) ? p.slice(basePath.length) : null;
}

/**
 * The load with an immediate click on Start now. `root` is the directory served at `url` (for
 * the file sizes). Returns the times (ms from navigation start, in the page), whether the
 * click was lost, and the critical path: measureFirstLoad's files restricted to those first
 * requested before the page reported the first question.
 */
async function clickRun(browser, url, app, root, { profile = PROFILE, lostAfterMs = LOST_AFTER_MS } = {}) {
  const base = new URL(url);
  const state = { startRect: null, scrolled: false, clickSent: null, clickError: null, snapshot: null, questionSeen: false };
  const before = new Map(); // path -> fetches of it before the first question was reported
  const problems = [];
  let transfers = [];
  let attached = [];
  let announceQuestion;
  const question = new Promise((resolve) => {
    announceQuestion = resolve;
  });
  let announceClick;
  const clicked = new Promise((resolve) => {
    announceClick = resolve;
  });

  const prepare = async (context) => {
    await context.addInitScript({ content: recorderScript(app) });
    // Called by the recorder the moment the Start button is first visible: click its centre
    // at once, once. A real input (CDP Input.dispatchMouseEvent: mouse moved, pressed, released),
    // so it goes wherever a tap there would go, whether the app is ready or not.
    await context.exposeBinding('__benchStartVisible', async ({ page }, rect) => {
      if (state.startRect) return;
      state.startRect = rect;
      try {
        // (A button below the fold has already been scrolled into view by the recorder.)
        state.scrolled = rect.scrolled;
        await page.mouse.click(rect.x, rect.y);
        state.clickSent = Date.now();
      } catch (error) {
        state.clickError = error.message;
      }
      announceClick();
    });
    await context.exposeBinding('__benchFirstQuestion', (source, snapshot) => {
      if (state.questionSeen) return;
      state.questionSeen = true;
      state.snapshot = snapshot;
      announceQuestion(snapshot);
    });
    // CDP events arrive in the order the browser sent them, so a request seen before the
    // binding call was sent before the page saw the question.
    context.on('request', (request) => {
      if (state.questionSeen) return;
      const p = /^https?:/.test(request.url()) && request.url().startsWith(base.origin + '/') ? pathOf(request.url(), base) : null;
      if (p !== null) before.set(p, (before.get(p) || 0) + 1);
    });
    transfers = recordTransfers(context);
  };
  const preparePage = async (context, page) => {
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    ({ attached } = await throttlePage(context, page, profile));
  };

  let lost = false;
  let lostSnapshot = null;
  const ready = async (page, timeout) => {
    // measureFirstLoad calls this once the page's load event has fired (page.goto); the click
    // and the question may have happened before, which changes nothing: both were recorded as
    // they happened.
    const timer = sleep(timeout).then(() => 'timeout');
    if ((await Promise.race([clicked, timer])) === 'timeout') throw new Error(`${app}: the Start button was not visible within ${timeout / 1000} s`);
    if (state.clickError) throw new Error(`${app}: the click on Start failed: ${state.clickError}`);
    const waitLeft = Math.max(0, state.clickSent + lostAfterMs - Date.now());
    const got = await Promise.race([question, sleep(waitLeft).then(() => null)]);
    if (!got) {
      lost = true;
      state.questionSeen = true; // stop counting requests as critical
      lostSnapshot = await page.evaluate(() => ({ ...window.__bench, memories: undefined })).catch(() => null);
    }
  };

  const load = await measureFirstLoad(preparedBrowser(browser, prepare, preparePage), url, {
    root,
    ready,
    timeout: LOAD_TIMEOUT_MS,
    // Then until the network is quiet, so that every file requested before the question has
    // arrived (a file whose request never finished is not counted by measureFirstLoad).
    settleMs: 300,
    quietMs: 300,
    maxExtraWaitMs: 15000,
    contextOptions: newContextOptions(profile),
  });
  const s = state.snapshot || lostSnapshot || {};
  // measureFirstLoad's `fetches` counts the whole load (the precache fetches most files again
  // later): here, the fetches before the question.
  const critical = load.files.filter((f) => before.has(f.path)).map((f) => ({ ...f, fetches: before.get(f.path) }));
  const sum = (list) => list.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  const unfinished = [...before.keys()].filter((p) => !load.files.some((f) => f.path === p));
  if (s.firstClick && !s.firstClick.onStart) problems.push(`the click landed on ${s.firstClick.target || 'something else'}, not on the Start button`);
  if (!s.firstClick && !lost) problems.push('the page saw no click event');
  return {
    startVisible: s.startVisible ?? null,
    startEnabledWhenVisible: state.startRect ? state.startRect.enabled : null,
    scrolledToStart: state.scrolled,
    firstInput: s.firstInput ?? null,
    clickOnStart: s.firstClick ? s.firstClick.onStart : null,
    clickScreen: s.firstClick ? s.firstClick.screen : null,
    intro: s.intro ?? null,
    firstQuestion: lost ? null : s.firstQuestion ?? null,
    firstQuestionKey: lost ? null : s.firstQuestionKey ?? null,
    clickToQuestion: !lost && s.firstQuestion != null && s.firstInput != null ? s.firstQuestion - s.firstInput : null,
    lost,
    critical: {
      files: critical,
      totals: sum(critical),
      byPage: sum(critical.filter((f) => f.by === 'page')),
      unfinished, // requested before the question but never completed (not counted)
    },
    firstLoad: { totals: load.totals, files: load.files.length, notFound: load.notFound, foreign: load.foreign },
    throttled: checkTransfers(transfers, attached, profile),
    workers: attached,
    problems,
  };
}

module.exports = { PROFILE, LOST_AFTER_MS, networkConditions, throttlePage, checkTransfers, lookRun, clickRun };
