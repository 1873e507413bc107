'use strict';
// Accessibility checks for accessibility.test.js: axe-core (through @axe-core/playwright) and the
// checks axe cannot make, each run in the page on the screen that is shown:
//
//   overflowInPage      no horizontal scrolling (WCAG 1.4.10 Reflow)
//   labelsInPage        every form control has a visible, associated label; every button has
//                       visible text (2.5.3, 3.3.2)
//   targetSizeInPage    every target at least 24×24 CSS px, or an inline link in a sentence, or
//                       spaced per the 2.5.8 exception (a 24 px circle on its centre touches no
//                       other target and no other undersized target's circle)
//   motionInPage        with prefers-reduced-motion: reduce, no running animation or transition
//                       longer than 0.01 s, and no smooth scrolling (2.3.3)
//   rtlInPage           with dir="rtl" on the widget's root: radios and checkboxes have their
//                       input on the right of the label, the back link's chevron points right
//                       (at the inline start), text starts on the right, nothing overflows
//
// The viewports (see SIZES): "200% zoom" is emulated as what browser zoom does to layout. Zooming
// a 1280 × 800 CSS px window to 200% makes every CSS px two device px, so the page is laid out in
// a 640 × 400 CSS px layout viewport with devicePixelRatio 2: media queries, percentages and
// line wrapping all see 640 px (this is how WCAG 1.4.4/1.4.10 are tested: 1280 px at 400% = 320
// px). We set exactly that with CDP Emulation.setDeviceMetricsOverride (640 × 400, deviceScaleFactor
// 2). Not Emulation.setPageScaleFactor: that is pinch zoom, which magnifies the visual viewport
// without re-laying out the page (the layout viewport stays 1280 px), so it could never find a
// reflow problem. Not CSS `zoom` on <html> either: media queries would still see 1280 px.

const AxeBuilder = require('@axe-core/playwright').default;
// The axe-core that @axe-core/playwright injects (the one package.json pins; npm dedupes it).
const AXE_VERSION = require('axe-core').version;

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const SIZES = [
  { name: 'mobile 390×844', width: 390, height: 844, scale: 3, mobile: true },
  { name: '320 px', width: 320, height: 640, scale: 2, mobile: true },
  { name: '200% zoom (1280×800 window = 640×400 CSS px)', width: 640, height: 400, scale: 2, mobile: false },
];
const SCHEMES = ['light', 'dark'];

/** A CDP session for `page`, kept on the page object so that it is made once. */
async function cdpFor(page) {
  if (!page.__bptCdp) page.__bptCdp = await page.context().newCDPSession(page);
  return page.__bptCdp;
}

/** Lays the page out at `size` (see SIZES and the note at the top) and checks that it took. */
async function setSize(page, size) {
  const cdp = await cdpFor(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', {
    width: size.width,
    height: size.height,
    deviceScaleFactor: size.scale,
    mobile: size.mobile,
  });
  const seen = await page.evaluate(() => ({ width: document.documentElement.clientWidth, dpr: window.devicePixelRatio }));
  if (seen.width !== size.width || seen.dpr !== size.scale) {
    throw new Error(`viewport ${size.name}: the page sees ${seen.width} CSS px at devicePixelRatio ${seen.dpr}`);
  }
}

/** axe's violations on the page as it is now, as short readable lines. */
async function axeViolations(page) {
  // Injecting axe-core (about 0.5 MB of script, twice per AxeBuilder run) costs several times
  // more than running it, so it is injected once per document: when this document already has
  // this version of axe, the builder is given a no-op script to inject instead. Legacy mode runs
  // axe.run in the page itself: the widget has no frames, and the default mode opens a blank
  // page for every run to merge frame results, which only costs time here.
  const present = await page.evaluate(() => (window.axe && typeof window.axe.run === 'function' ? window.axe.version : null));
  const builder = new AxeBuilder({ page, axeSource: present === AXE_VERSION ? ';' : undefined });
  const results = await builder.withTags(AXE_TAGS).setLegacyMode(true).analyze();
  if (results.testEngine.version !== AXE_VERSION) throw new Error(`axe-core ${results.testEngine.version} ran, expected ${AXE_VERSION}`);
  return results.violations.map((v) => {
    const nodes = v.nodes
      .slice(0, 4)
      .map((n) => `${n.target.join(' ')}${n.failureSummary ? ` (${n.failureSummary.replace(/\s+/g, ' ').trim().slice(0, 200)})` : ''}`);
    return `${v.id} [${v.impact}] ${v.help}: ${nodes.join('; ')}${v.nodes.length > 4 ? ` … and ${v.nodes.length - 4} more` : ''}`;
  });
}

// ---- In-page checks (each is serialised into the page: self-contained) ----

/** Horizontal overflow: { scrollWidth, width, offenders[] }. */
function overflowInPage() {
  const width = document.documentElement.clientWidth;
  const offenders = [];
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.right > width + 0.5 || r.left < -0.5) {
      // Report the outermost offenders only.
      if (!offenders.some((o) => o.el.contains(el))) offenders.push({ el, right: Math.round(r.right), left: Math.round(r.left) });
    }
    if (offenders.length > 5) break;
  }
  const name = (el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
  return {
    scrollWidth: document.documentElement.scrollWidth,
    width,
    offenders: offenders.map((o) => `${name(o.el)} spans ${o.left}..${o.right}`),
  };
}

/** Why the dark colour scheme could render differently from the light one: the places that
 *  can make it differ (a color-scheme meta tag; a `prefers-color-scheme` media query, a
 *  `color-scheme` property or `light-dark()` in any style sheet or inline style). An empty list
 *  means the page cannot tell the two schemes apart, so a check in dark would repeat the light
 *  one exactly. A style sheet whose rules cannot be read counts as a reason. */
function colourSchemeDependenceInPage() {
  const reasons = [];
  const meta = document.querySelector('meta[name="color-scheme"]');
  if (meta) reasons.push(`<meta name="color-scheme" content="${meta.content}">`);
  const pattern = /color-scheme|light-dark\(/i;
  const walk = (rules, where) => {
    for (const rule of rules) {
      if (pattern.test(rule.conditionText || rule.media?.mediaText || '')) reasons.push(`${where}: @media ${rule.conditionText || rule.media.mediaText}`);
      else if (rule.style && pattern.test(rule.style.cssText)) reasons.push(`${where}: ${rule.selectorText} { ${rule.style.cssText} }`);
      if (rule.cssRules) walk(rule.cssRules, where);
    }
  };
  for (const sheet of document.styleSheets) {
    try {
      walk(sheet.cssRules, sheet.href || 'inline <style>');
    } catch {
      reasons.push(`${sheet.href}: rules cannot be read`);
    }
  }
  for (const el of document.querySelectorAll('[style]')) {
    if (pattern.test(el.style.cssText)) reasons.push(`style="${el.style.cssText}" on ${el.tagName.toLowerCase()}`);
  }
  return reasons;
}

/** Controls without a visible associated label, and buttons without visible text. */
function labelsInPage() {
  const problems = [];
  const name = (el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('name') ? `[name=${el.getAttribute('name')}]` : ''}`;
  // Seen: laid out, not hidden, not shrunk to the 1 px of a visually hidden element.
  const seen = (el) => {
    if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    if (r.width < 2 || r.height < 2) return false;
    const style = getComputedStyle(el);
    return !(style.clipPath && style.clipPath.startsWith('inset(50%'));
  };
  const text = (el) => (el.innerText || '').replace(/\s+/g, ' ').trim();
  for (const control of document.querySelectorAll('input, select, textarea')) {
    if (control.type === 'hidden' || !seen(control)) continue;
    const labels = [...(control.labels || [])];
    if (labels.length === 0) problems.push(`${name(control)} has no <label> (for= or around it)`);
    else if (!labels.some((l) => seen(l) && text(l) !== '')) problems.push(`${name(control)}: its label is not visible or is empty`);
  }
  for (const button of document.querySelectorAll('button, [role="button"], summary')) {
    if (!seen(button)) continue;
    if (text(button) === '') problems.push(`${name(button)} has no visible text`);
  }
  return problems;
}

/** Targets smaller than 24×24 CSS px that are neither inline in a sentence nor spaced enough
 *  (WCAG 2.2 SC 2.5.8). */
function targetSizeInPage() {
  const MIN = 24;
  const EPS = 0.05; // sub-pixel layout: 23.99 px is 24 px
  const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"]), [role="button"], [role="link"]';
  const visible = (el) => el.checkVisibility({ visibilityProperty: true }) && el.getClientRects().length > 0;
  const targets = [...document.querySelectorAll(selector)]
    .filter(visible)
    // An element inside another target (a span in a button) is part of that target.
    .filter((el, _, all) => !all.some((other) => other !== el && other.contains(el)))
    .map((el) => {
      const r = el.getBoundingClientRect();
      return { el, r, small: r.width < MIN - EPS || r.height < MIN - EPS };
    });
  const name = (el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${(el.innerText || el.value || '').trim().slice(0, 40)}"`;
  // The inline exception: a link whose box is set by the text around it, i.e. an inline link with
  // words of its own block container outside it ("... see <a>the NHS page</a> for ...").
  const inlineInSentence = (el) => {
    if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
    let block = el.parentElement;
    while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
    if (!block) return false;
    const words = (node) => (node.textContent || '').replace(/[\s\p{P}]+/gu, '');
    let outside = words(block);
    for (const link of block.querySelectorAll('a')) outside = outside.replace(words(link), '');
    return outside.length > 0;
  };
  const distToRect = (x, y, r) => Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
  const problems = [];
  for (const t of targets) {
    if (!t.small || inlineInSentence(t.el)) continue;
    const cx = (t.r.left + t.r.right) / 2;
    const cy = (t.r.top + t.r.bottom) / 2;
    const clash = targets.find((o) => {
      if (o === t) return false;
      if (distToRect(cx, cy, o.r) < MIN / 2 - EPS) return true; // the circle touches the other target
      if (!o.small) return false;
      const ox = (o.r.left + o.r.right) / 2;
      const oy = (o.r.top + o.r.bottom) / 2;
      return Math.hypot(ox - cx, oy - cy) < MIN - EPS; // the two circles overlap
    });
    if (clash) {
      problems.push(`${name(t.el)} is ${t.r.width.toFixed(1)}×${t.r.height.toFixed(1)} px and too close to ${name(clash.el)}`);
    }
  }
  return { count: targets.length, problems };
}

/** Under prefers-reduced-motion: reduce: running animations and transitions longer than 0.01 s,
 *  and smooth scrolling. */
function motionInPage() {
  const LIMIT_MS = 10;
  const problems = [];
  const seconds = (list) => list.split(',').map((s) => (s.trim().endsWith('ms') ? parseFloat(s) : parseFloat(s) * 1000));
  for (const animation of document.getAnimations()) {
    const timing = animation.effect && animation.effect.getComputedTiming();
    const duration = timing ? Number(timing.duration) || 0 : 0;
    if (animation.playState === 'running' && duration > LIMIT_MS) {
      const target = animation.effect && animation.effect.target;
      problems.push(`running ${animation.constructor.name} "${animation.animationName || animation.transitionProperty || animation.id}" of ${duration} ms on ${target ? target.tagName.toLowerCase() : '?'}`);
    }
  }
  const describe = (el) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
  for (const el of [document.documentElement, ...document.documentElement.querySelectorAll('*')]) {
    for (const pseudo of [null, '::before', '::after']) {
      const style = getComputedStyle(el, pseudo);
      const transition = Math.max(...seconds(style.transitionDuration));
      if (transition > LIMIT_MS && style.transitionProperty !== 'none') {
        problems.push(`${describe(el)}${pseudo || ''} has a ${transition} ms transition (${style.transitionProperty})`);
      }
      const animation = Math.max(...seconds(style.animationDuration));
      if (animation > LIMIT_MS && style.animationName !== 'none') {
        problems.push(`${describe(el)}${pseudo || ''} has a ${animation} ms animation (${style.animationName})`);
      }
    }
    if (problems.length > 10) break;
  }
  for (const el of [document.documentElement, document.body, ...document.querySelectorAll('.bpt-app, .bpt-app *')]) {
    if (getComputedStyle(el).scrollBehavior === 'smooth') problems.push(`${describe(el)} scrolls smoothly`);
  }
  return problems;
}

/** With dir="rtl" on the widget's root: what is mirrored and what is not. */
function rtlInPage() {
  const problems = [];
  const root = document.querySelector('.bpt-app');
  if (!root || getComputedStyle(root).direction !== 'rtl') return ['the widget root is not right-to-left'];
  // Radios and checkboxes: the input on the right of its label.
  for (const input of root.querySelectorAll('input[type="radio"], input[type="checkbox"]')) {
    const label = input.labels && input.labels[0];
    if (!label) continue;
    const i = input.getBoundingClientRect();
    const l = label.getBoundingClientRect();
    if (!(i.left >= l.right - 1)) problems.push(`${input.id}: the input (${Math.round(i.left)}..${Math.round(i.right)}) is not on the right of its label (${Math.round(l.left)}..${Math.round(l.right)})`);
  }
  // The back link's chevron: drawn at the inline start and pointing that way (to the right).
  for (const back of root.querySelectorAll('.bpt-back-link')) {
    const b = back.getBoundingClientRect();
    const style = getComputedStyle(back);
    if (parseFloat(style.paddingRight) <= parseFloat(style.paddingLeft)) problems.push('the back link has no room for its chevron on the right');
    // The text: on the left of the chevron's room.
    const range = document.createRange();
    range.selectNodeContents(back);
    const t = range.getBoundingClientRect();
    if (t.width > 0 && !(t.right <= b.right - parseFloat(style.paddingRight) + 1)) problems.push('the back link text runs into the chevron');
    const before = getComputedStyle(back, '::before');
    if (before.content === 'none' || before.content === 'normal') {
      problems.push('the back link has no ::before chevron');
      continue;
    }
    if (/[\u2039\u203a<>‹›]/.test(before.content)) {
      problems.push(`the back link's chevron is a character (${before.content}): its direction cannot be checked, draw it with borders`);
      continue;
    }
    // Drawn with two borders meeting at a corner, then rotated: find the corner and where the
    // transform sends it. It must point right (positive x) in right-to-left.
    const w = (side) => parseFloat(before[`border${side}Width`]) > 0;
    const cornerX = w('Left') && !w('Right') ? -1 : w('Right') && !w('Left') ? 1 : 0;
    const cornerY = w('Top') && !w('Bottom') ? -1 : w('Bottom') && !w('Top') ? 1 : 0;
    const m = before.transform === 'none' ? new DOMMatrix() : new DOMMatrix(before.transform);
    const x = m.a * cornerX + m.c * cornerY;
    if (!(x > 0.5)) problems.push(`the back link's chevron does not point right in RTL (corner ${cornerX},${cornerY}, transform ${before.transform})`);
    // Positioned: the resolved `left` and `right` are the used distances from the button's edges.
    if (!(parseFloat(before.right) < parseFloat(before.left))) problems.push(`the back link's chevron is not at the inline start, the right (right: ${before.right}, left: ${before.left})`);
  }
  // Disclosure triangles ("Why we ask this", explanations): the closed triangle's wide border is
  // on the right, so it points left, the reading direction.
  for (const summary of root.querySelectorAll('details:not([open]) > .bpt-details__summary')) {
    const before = getComputedStyle(summary, '::before');
    if (!(parseFloat(before.borderRightWidth) > 0 && parseFloat(before.borderLeftWidth) === 0)) {
      problems.push(`a closed disclosure triangle is not mirrored (border widths left ${before.borderLeftWidth}, right ${before.borderRightWidth})`);
    }
    const s = summary.getBoundingClientRect();
    const text = summary.querySelector('.bpt-details__summary-text');
    if (text && !(text.getBoundingClientRect().right <= s.right - parseFloat(getComputedStyle(summary).paddingRight) + 1)) problems.push('a disclosure text is not after its triangle');
  }
  // Text starts on the right: headings, paragraphs, labels, list items.
  for (const el of root.querySelectorAll('h1, h2, h3, p, label, li, legend, dt, dd, th, td')) {
    const align = getComputedStyle(el).textAlign;
    if (align === 'left' || align === '-webkit-left') problems.push(`${el.tagName.toLowerCase()}.${el.className} is aligned left`);
  }
  // Blocks with a start border (insets, why list, details text) have it on the right.
  for (const el of root.querySelectorAll('.bpt-inset, .bpt-why-list__item, .bpt-details__text, .bpt-notice, .bpt-form-group--error')) {
    const style = getComputedStyle(el);
    if (parseFloat(style.borderLeftWidth) > parseFloat(style.borderRightWidth)) problems.push(`${el.className}: its start border is on the left`);
  }
  return [...new Set(problems)].slice(0, 15);
}

module.exports = {
  AXE_TAGS,
  SIZES,
  SCHEMES,
  setSize,
  axeViolations,
  overflowInPage,
  colourSchemeDependenceInPage,
  labelsInPage,
  targetSizeInPage,
  motionInPage,
  rtlInPage,
};
