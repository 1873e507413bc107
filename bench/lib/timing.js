'use strict';
// Cold-load and interaction timings, memory after a full questionnaire, for one app (the widget
// or its SurveyJS rendering) in headless Chromium.
//
// All times are taken IN THE PAGE, by a recorder injected before any page script runs, so that
// the round trips between node and the browser do not count:
//   - "intro interactive": performance.now() (= ms since navigation start) at the first moment
//     the intro page is shown with its "Start now" button laid out, enabled, not hidden and (when
//     on screen) the element at its centre, checked on every DOM mutation and every animation
//     frame;
//   - a "transition": from the click on a forward button (Start now / Continue, or the widget's
//     data-action="start|continue"; a capturing click listener on window, so before the app's
//     own handlers) to the first DOM mutation after which
//     a different screen is in the document and laid out (getClientRects forces style and
//     layout). Paint is not included.
// For the cheap-phone profile (lib/cheap-phone.js) the same recorder also keeps:
//   - "Start now visible": the first moment the Start button (same selectors as above) is laid
//     out with a non-empty box and not hidden (Element.checkVisibility with visibility and
//     opacity, which looks at the ancestors too), enabled or not, interactive or not, once the
//     page can be painted: in an animation frame (the browser runs none while render-blocking
//     stylesheets load) or after the page's first paint. (Layout can be forced on a page whose
//     stylesheets have not arrived: a prerendered button is "laid out" long before it shows.);
//   - the end of the last long task (PerformanceObserver 'longtask'), to know when the main
//     thread has gone quiet;
//   - "first question": the first moment any question screen is in the document and laid out,
//     whatever led to it;
//   - the first input (pointerdown, mousedown, touchstart, keydown; its event.timeStamp), the
//     first click (and whether it was on the Start button), and every largest-contentful-paint
//     entry painted before the first input;
// and, when the page has them (bindings exposed by the benchmark's click run), calls
// window.__benchStartVisible({ x, y, ... }) and window.__benchFirstQuestion(snapshot) at those
// two moments, so that node can act at once instead of polling; in that run a Start button whose
// centre is below the fold is first scrolled to the middle of the viewport (scrollIntoView).
// Memory is read after the result is shown and a forced garbage collection: the JS heap
// (CDP Runtime.getHeapUsage) and the size of every WebAssembly.Memory the page instantiated
// (the recorder wraps WebAssembly.instantiate/instantiateStreaming/Instance to find them).

const path = require('node:path');
const q = require('../../tests/e2e/support/questionnaire');

/** The in-page recorder; serialised into an init script with the app's screenKey function. */
function recorder(screenKey, { start }) {
  const START = new RegExp(start, 'u');
  const FORWARD = /^[^\p{L}\p{N}]*(Start now|Continue)/u;
  const B = (window.__bench = {
    intro: null,
    fcp: null,
    transitions: [],
    pending: null,
    memories: [],
    introKey: null,
    startVisible: null,
    startRect: null,
    firstQuestion: null,
    firstQuestionKey: null,
    firstInput: null,
    firstClick: null,
    lcp: [],
    lastLongTaskEnd: null,
  });
  const notify = (name, value) => {
    try {
      const binding = window[name];
      if (typeof binding === 'function') Promise.resolve(binding(value)).catch(() => {});
    } catch (e) {
      /* never break the page */
    }
  };

  const keep = (value) => {
    if (value instanceof WebAssembly.Memory && !B.memories.includes(value)) B.memories.push(value);
  };
  const scan = (result, imports) => {
    try {
      const instance = result instanceof WebAssembly.Instance ? result : result && result.instance;
      if (instance) Object.values(instance.exports).forEach(keep);
      if (imports && typeof imports === 'object') {
        for (const ns of Object.values(imports)) if (ns && typeof ns === 'object') Object.values(ns).forEach(keep);
      }
    } catch (e) {
      /* never break the page */
    }
    return result;
  };
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    if (typeof original === 'function') {
      WebAssembly[name] = function (source, imports) {
        return original.apply(this, arguments).then((result) => scan(result, imports));
      };
    }
  }
  WebAssembly.Instance = new Proxy(WebAssembly.Instance, {
    construct(target, args, newTarget) {
      return scan(Reflect.construct(target, args, newTarget), args[1]);
    },
  });

  const nameOf = (el) => (el.tagName === 'INPUT' ? el.value || '' : el.textContent || '').replace(/\s+/g, ' ').trim();
  const buttons = () => [...document.querySelectorAll('button, input[type="button"], input[type="submit"], [role="button"]')];
  const startButton = () =>
    document.querySelector('[data-action="start"], [data-page="intro"] .bpt-button--start') || buttons().find((b) => START.test(nameOf(b)));
  /** The button's box if it is laid out, non-empty and not hidden (itself or an ancestor:
   *  display, content-visibility, visibility, opacity); null otherwise. Forces layout. */
  const visibleBox = (el) => {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return null;
    if (typeof el.checkVisibility === 'function' && !el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })) {
      return null;
    }
    return r;
  };
  const startReady = () => {
    const button = startButton();
    if (!button || button.disabled || button.getAttribute('aria-disabled') === 'true') return false;
    const rects = button.getClientRects();
    if (rects.length === 0) return false;
    const style = getComputedStyle(button);
    if (style.visibility === 'hidden' || style.pointerEvents === 'none' || Number(style.opacity) === 0) return false;
    const r = button.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    if (x >= 0 && y >= 0 && x < innerWidth && y < innerHeight) {
      const hit = document.elementFromPoint(x, y);
      if (!hit || !(button === hit || button.contains(hit))) return false;
    }
    return true;
  };

  const snapshot = () => ({
    intro: B.intro,
    fcp: B.fcp,
    startVisible: B.startVisible,
    startRect: B.startRect,
    firstQuestion: B.firstQuestion,
    firstQuestionKey: B.firstQuestionKey,
    firstInput: B.firstInput,
    firstClick: B.firstClick,
    lcp: B.lcp.slice(),
    transitions: B.transitions.slice(),
  });
  let frameLoop = false;
  let canPaint = false;
  const check = (inFrame) => {
    const now = performance.now();
    let key;
    const screen = () => (key === undefined ? (key = screenKey()) : key);
    // Only once the page can be painted: in an animation frame (the browser runs none while
    // render-blocking stylesheets load) or after its first paint. A prerendered page's button is
    // laid out as soon as its HTML is parsed, unstyled, long before anyone can see it.
    if (B.startVisible === null && !canPaint) canPaint = inFrame || performance.getEntriesByType('paint').length > 0;
    if (B.startVisible === null && canPaint) {
      const button = startButton();
      const r = button && visibleBox(button);
      if (r) {
        B.startVisible = now;
        const inViewport = (box) => {
          const x = box.left + box.width / 2;
          const y = box.top + box.height / 2;
          return x >= 0 && y >= 0 && x < innerWidth && y < innerHeight;
        };
        let box = r;
        let scrolled = false;
        if (typeof window.__benchStartVisible === 'function' && !inViewport(r)) {
          // The click run only: a button below the fold is scrolled to the middle of the
          // viewport at once (by script, so no input event), as a person would scroll to it.
          button.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
          box = button.getBoundingClientRect();
          scrolled = true;
        }
        B.startRect = {
          x: box.left + box.width / 2,
          y: box.top + box.height / 2,
          width: box.width,
          height: box.height,
          inViewport: inViewport(r),
          scrolled,
          enabled: !button.disabled && button.getAttribute('aria-disabled') !== 'true',
        };
        notify('__benchStartVisible', B.startRect);
      }
    }
    if (B.intro === null) {
      if (screen() === 'intro' && startReady()) {
        B.intro = now;
        B.introKey = key;
      }
    }
    if (B.firstQuestion === null) {
      const k = screen();
      if (k && k.startsWith('q:')) {
        B.firstQuestion = now;
        B.firstQuestionKey = k;
        notify('__benchFirstQuestion', snapshot());
      }
    }
    if (B.pending) {
      const k = screen();
      if (k && k !== 'none' && k !== B.pending.from) {
        B.transitions.push({ from: B.pending.from, to: k, ms: now - B.pending.t });
        B.pending = null;
      }
    }
  };
  const loop = () => {
    check(true);
    if (B.intro === null || B.startVisible === null || B.pending || (B.firstInput !== null && B.firstQuestion === null)) requestAnimationFrame(loop);
    else frameLoop = false;
  };
  const ensureLoop = () => {
    if (!frameLoop) {
      frameLoop = true;
      requestAnimationFrame(loop);
    }
  };
  new MutationObserver(() => check(false)).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  ensureLoop();
  for (const type of ['pointerdown', 'mousedown', 'touchstart', 'keydown']) {
    addEventListener(
      type,
      (event) => {
        if (B.firstInput === null && event.isTrusted) {
          B.firstInput = Math.min(event.timeStamp || performance.now(), performance.now());
          ensureLoop();
        }
      },
      true,
    );
  }
  addEventListener(
    'click',
    (event) => {
      const target =
        event.target && event.target.closest && event.target.closest('button, input[type="button"], input[type="submit"], [role="button"], [data-action]');
      if (B.firstClick === null) {
        const start = startButton();
        B.firstClick = {
          t: performance.now(),
          onStart: Boolean(start && (event.target === start || start.contains(event.target))),
          target: target ? `${target.tagName.toLowerCase()} "${nameOf(target).slice(0, 40)}"` : event.target && event.target.tagName ? event.target.tagName.toLowerCase() : null,
          screen: screenKey(),
        };
      }
      const forward =
        target &&
        (['start', 'continue'].includes(target.getAttribute('data-action')) ||
          target.matches('form[data-step] button[type="submit"], .bpt-button--start') ||
          FORWARD.test(nameOf(target)));
      if (forward) {
        B.pending = { t: performance.now(), from: screenKey() };
        ensureLoop();
      }
    },
    true,
  );
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') B.fcp = entry.startTime;
    }).observe({ type: 'paint', buffered: true });
  } catch (e) {
    /* no paint timing */
  }
  const describe = (el) => {
    if (!el || !el.tagName) return null;
    const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/)[0]}` : '';
    const text = (el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls}${text ? ` "${text}"` : ''}`;
  };
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        // Only paints before the first input count (as web-vitals and Lighthouse); the browser
        // itself stops reporting after a discrete input.
        if (B.firstInput !== null && entry.startTime >= B.firstInput) continue;
        B.lcp.push({ t: entry.startTime, size: entry.size, element: describe(entry.element), url: entry.url || null });
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch (e) {
    /* no LCP timing */
  }
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) B.lastLongTaskEnd = Math.max(B.lastLongTaskEnd || 0, entry.startTime + entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {
    /* no long task timing */
  }
}

/** The init script that installs the recorder for `app` ('ours' or 'surveyjs'). */
function recorderScript(app) {
  return `(${recorder.toString()})(${APPS[app].key.toString()}, ${JSON.stringify({ start: START_SOURCE })});`;
}

/** The widget's screens (the DOM contract of tests/e2e/support/questionnaire.js); null while
 *  the screen is in the document but not laid out yet. */
function oursKey() {
  const shown = (el) => el.getClientRects().length > 0;
  const result = document.querySelector('[data-urgency]');
  if (result) return shown(result) ? 'result' : null;
  const form = document.querySelector('form[data-step]');
  if (form) return shown(form) ? `q:${form.getAttribute('data-step')}` : null;
  const check = document.querySelector('[data-page="check-answers"]');
  if (check) return shown(check) ? 'check' : null;
  const intro = document.querySelector('[data-page="intro"]');
  if (intro) return shown(intro) ? 'intro' : null;
  return 'none';
}

/** SurveyJS's screens: start page (the "intro" html question), a question page (the names of
 *  its questions), the preview ("check your answers": each page as a panel), the completed
 *  page. */
function surveyKey() {
  const shown = (el) => el.getClientRects().length > 0;
  const done = document.querySelector('[data-bench="result"]');
  if (done) return shown(done) ? 'result' : null;
  // The preview shows every answered page as a panel.
  const preview = document.querySelector('.sd-body .sd-panel--as-page');
  if (preview) return shown(preview) ? 'check' : null;
  const questions = [...document.querySelectorAll('.sd-body .sd-question[data-name]')];
  if (questions.length === 0) return 'none';
  if (!questions.every(shown)) return null;
  const names = questions.map((el) => el.getAttribute('data-name'));
  return names[0] === 'intro' ? 'intro' : `q:${names.join(',')}`;
}

const START_SOURCE = '^[^\\p{L}\\p{N}]*Start now';

/** Numbers for the walk (yes/no questions are answered no, choices with their first option). */
const FINDINGS = { age: 40, duration_weeks: 3, persistent_cough_weeks: 0 };

async function pollScreen(page, key, previous, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const now = await page.evaluate(key);
    if (now && now !== 'none' && now !== previous) return now;
    if (Date.now() > deadline) throw new Error(`${what}: still on ${previous} after ${timeoutMs} ms`);
    await page.waitForTimeout(20);
  }
}

/** Answers the SurveyJS questionnaire through its UI: the same answers as the widget's walk. */
async function walkSurveyJs(page, findings) {
  let screen = await pollScreen(page, surveyKey, null, 20000, 'SurveyJS start');
  for (let i = 0; i < 100; i += 1) {
    if (screen === 'result') return;
    if (screen === 'intro') {
      await page.getByRole('button', { name: /Start now/ }).click();
    } else if (screen === 'check') {
      await page.locator('.sd-navigation__complete-btn').click();
    } else {
      const questions = await page.evaluate(() =>
        [...document.querySelectorAll('.sd-body .sd-question[data-name]')].map((el) => ({
          name: el.getAttribute('data-name'),
          radios: [...el.querySelectorAll('input[type="radio"]')].map((i) => i.value),
          number: Boolean(el.querySelector('input[type="number"]')),
        })),
      );
      for (const question of questions) {
        const scope = page.locator(`.sd-body .sd-question[data-name="${question.name}"]`);
        if (question.radios.length > 0) {
          const value = question.radios.includes('no') ? 'no' : question.radios[0];
          await scope.locator(`label:has(input[value="${value}"])`).click();
        } else if (question.number) {
          if (typeof findings[question.name] !== 'number') throw new Error(`SurveyJS asks for the number ${question.name}: no value to give`);
          await scope.locator('input[type="number"]').fill(String(findings[question.name]));
        }
      }
      await page.locator('.sd-navigation__next-btn, .sd-navigation__preview-btn').filter({ visible: true }).first().click();
    }
    try {
      screen = await pollScreen(page, surveyKey, screen, 5000, 'SurveyJS');
    } catch (e) {
      const errors = await page.locator('.sd-question__erbox').allInnerTexts();
      throw new Error(`${e.message}${errors.length ? `; errors shown: ${errors.join(' | ')}` : ''}`);
    }
  }
  throw new Error('SurveyJS: no result after 100 screens');
}

/** Answers the widget's questionnaire through its UI (the e2e page object). */
async function walkOurs(page, findings) {
  const result = await q.complete(page, findings);
  if (!result.urgency) throw new Error('the widget walk ended without a result');
}

const APPS = {
  ours: { key: oursKey, walk: walkOurs },
  surveyjs: { key: surveyKey, walk: walkSurveyJs },
};

/**
 * One cold load and full walk of `app` at `url` in a new context. Returns the raw numbers.
 *   cpuThrottle  CDP Emulation.setCPUThrottlingRate (1 = none)
 */
async function coldRun(browser, url, app, { cpuThrottle = 1, viewport = { width: 412, height: 823 } } = {}) {
  const { walk } = APPS[app];
  const context = await browser.newContext({ viewport, locale: 'en-GB', serviceWorkers: 'allow' });
  context.setDefaultTimeout(20000);
  const problems = [];
  try {
    await context.addInitScript({ content: recorderScript(app) });
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
    if (cpuThrottle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
    await page.goto(url, { waitUntil: 'commit' });
    const deadline = Date.now() + 30000;
    while ((await page.evaluate(() => window.__bench && window.__bench.intro)) == null) {
      if (Date.now() > deadline) throw new Error(`${app}: the intro with an enabled Start button did not appear within 30 s${problems.length ? ` (${problems.join('; ')})` : ''}`);
      await page.waitForTimeout(20);
    }
    await walk(page, FINDINGS);
    // Let the last screen settle, then collect garbage and read memory.
    await page.waitForTimeout(300);
    const transitions = await page.evaluate(() => window.__bench.transitions);
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        introInteractive: window.__bench.intro,
        fcp: window.__bench.fcp,
        domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
        loadEvent: nav ? nav.loadEventEnd : null,
      };
    });
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const wasm = await page.evaluate(() => window.__bench.memories.reduce((n, m) => n + m.buffer.byteLength, 0));
    const wasmCount = await page.evaluate(() => window.__bench.memories.length);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name) => (metrics.find((m) => m.name === name) || {}).value;
    return {
      ...timing,
      transitions,
      jsHeapUsed: heap.usedSize,
      jsHeapTotal: heap.totalSize,
      wasmMemory: wasm,
      wasmMemories: wasmCount,
      domNodes: metric('Nodes'),
      scriptSeconds: metric('ScriptDuration'),
      taskSeconds: metric('TaskDuration'),
      layoutCount: metric('LayoutCount'),
      problems,
    };
  } finally {
    await context.close().catch(() => {});
  }
}

/** Sorts transitions into start / continue / to check answers / to result. */
function classify(transitions) {
  const out = { start: [], continue: [], toCheck: [], toResult: [], other: [] };
  for (const t of transitions) {
    if (t.from === 'intro' && t.to.startsWith('q:')) out.start.push(t.ms);
    else if (t.from.startsWith('q:') && t.to.startsWith('q:')) out.continue.push(t.ms);
    else if (t.to === 'check') out.toCheck.push(t.ms);
    else if (t.to === 'result') out.toResult.push(t.ms);
    else out.other.push(t);
  }
  return out;
}

module.exports = {
  coldRun,
  classify,
  FINDINGS,
  recorder,
  recorderScript,
  oursKey,
  surveyKey,
  walkSurveyJs,
  APPS,
  REPO_ROOT: path.join(__dirname, '..', '..'),
};
