// The configuration page for hospital web teams (dist/configure.html; docs/embedding.md, "Try a
// configuration"). Every setting is checked by the widget's own code: this page loads the same
// WebAssembly as the widget (which shows nothing here, as the page has no #bpt-root) and calls
// its checkConfiguration (src/configure.rs → engine::host_config::report_json). Nothing here
// decides whether a value is good. The page only shows the answer: each problem next to its
// field and in an error summary (the GOV.UK pattern), each colour's contrast, a live preview,
// and code to copy, all built from the accepted settings alone.
//
// It sends nothing anywhere: the only requests are GETs of the widget's own built files (this
// script, the WebAssembly, the preview page). Text is written with textContent only (the page's
// policy enforces Trusted Types).

const boot = document.querySelector('script[data-glue]');
const base = new URL('./', document.baseURI);
const form = document.getElementById('cfg-form');
const fields = [...form.querySelectorAll('[data-key]')];
const summary = document.getElementById('cfg-error-summary');
const summaryList = document.getElementById('cfg-error-list');
const preview = document.getElementById('cfg-preview');
const PREVIEW_DELAY_MS = 400;

let check = null;
let previewTimer = 0;
let previewQuery = '';

/** The query string of what is typed, as a host would write it: empty boxes are left out. */
function typedQuery() {
  const params = new URLSearchParams();
  for (const field of fields) if (field.value !== '') params.append(field.dataset.key, field.value);
  return params.toString();
}

const labelOf = (field) => document.querySelector(`label[for="${field.id}"]`).textContent.trim();
const sentence = (text) => text.charAt(0).toUpperCase() + text.slice(1) + '.';

/** Shows or clears one field's problem (GOV.UK error message: the field, its group, its hint). */
function showProblem(field, problem) {
  const group = field.closest('.bpt-form-group');
  const message = document.getElementById(`${field.id}-error`);
  const describedBy = (field.getAttribute('aria-describedby') || '').split(' ').filter((id) => id && id !== message.id);
  if (problem) {
    const hidden = document.createElement('span');
    hidden.className = 'bpt-visually-hidden';
    hidden.textContent = 'Error: ';
    message.replaceChildren(hidden, document.createTextNode(sentence(problem)));
    describedBy.push(message.id);
  } else {
    message.replaceChildren();
  }
  message.hidden = !problem;
  group.classList.toggle('bpt-form-group--error', Boolean(problem));
  field.classList.toggle('bpt-input--error', Boolean(problem));
  if (problem) field.setAttribute('aria-invalid', 'true');
  else field.removeAttribute('aria-invalid');
  field.setAttribute('aria-describedby', describedBy.join(' '));
}

/** The error summary: one link per problem, in the order of the form. */
function showSummary(problems) {
  const items = problems.map(({ field, problem }) => {
    const link = document.createElement('a');
    link.href = `#${field.id}`;
    link.textContent = `${labelOf(field)}: ${sentence(problem)}`;
    const item = document.createElement('li');
    item.append(link);
    return item;
  });
  summaryList.replaceChildren(...items);
  summary.hidden = items.length === 0;
}

/** Each colour's contrast with white, measured by the widget's code, shown whether enough or not. */
function showContrast(contrast) {
  for (const out of document.querySelectorAll('[data-contrast]')) {
    const c = contrast[out.dataset.contrast];
    if (!c) {
      out.textContent = '';
      continue;
    }
    const enough = c.ratio >= c.minimum;
    out.textContent = `Contrast with white: ${c.ratio.toFixed(2)} to 1. ${enough ? 'Enough: it' : 'Too low: it'} needs at least ${c.minimum} to 1.`;
    out.dataset.enough = String(enough);
  }
}

/** The select's options must be exactly what the widget offers (both come from content/). */
function checkOffered(offered) {
  for (const [key, ids] of Object.entries(offered)) {
    const select = form.querySelector(`select[data-key="${key}"]`);
    const listed = [...select.options].map((o) => o.value).filter((v) => v !== '');
    if ([...listed].sort().join() !== [...ids].sort().join()) {
      console.error(`configure: the ${key} options (${listed.join(', ')}) differ from what the widget offers (${ids.join(', ')})`);
    }
  }
}

const attribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The code to copy, from the accepted settings only. */
function showSnippets(settings) {
  const query = new URLSearchParams(settings).toString();
  const page = new URL(query ? `?${query}` : '', base).href;
  const framed = new URL(query ? `index.html?${query}` : 'index.html', base).href;
  const loaderData = settings
    .filter(([key]) => key !== 'parent') // the loader sets parent to the host page's origin itself
    .map(([key, value]) => `\n        data-${key}="${attribute(value)}"`)
    .join('');
  const origin = base.origin;
  const text = {
    'cfg-snippet-loader': `<script src="${attribute(new URL('embed.js', base).href)}" async${loaderData}></script>`,
    'cfg-snippet-iframe':
      `<iframe src="${attribute(framed)}"\n        title="Back pain: check for warning signs"\n` +
      '        referrerpolicy="no-referrer"\n        style="width:100%;height:900px;border:0"></iframe>',
    'cfg-snippet-link': page,
    'cfg-snippet-host-csp': `script-src ${origin};\nframe-src ${origin};`,
  };
  for (const [id, value] of Object.entries(text)) document.getElementById(id).textContent = value;
  return query;
}

/** The preview shows only accepted settings; it reloads a moment after the typing stops. */
function schedulePreview(query) {
  clearTimeout(previewTimer);
  previewTimer = setTimeout(() => {
    if (query === previewQuery) return;
    previewQuery = query;
    preview.src = new URL(query ? `index.html?${query}` : 'index.html', base).href;
    preview.dataset.query = query;
  }, PREVIEW_DELAY_MS);
}

/** Checks what is typed with the widget's code and shows the outcome everywhere. */
function update() {
  const report = JSON.parse(check(typedQuery()));
  if (report.error) throw new Error(report.error);
  checkOffered(report.offered);
  const problems = [];
  for (const field of fields) {
    const problem = report.problems[field.dataset.key];
    showProblem(field, problem);
    if (problem) problems.push({ field, problem });
  }
  showSummary(problems);
  showContrast(report.contrast);
  const settings = Object.entries(report.settings);
  // Each colour picker shows the colour typed, once it is one (enough contrast or not).
  for (const picker of document.querySelectorAll('[data-picks]')) {
    const field = document.getElementById(picker.dataset.picks);
    const typed = report.contrast[field.dataset.key];
    if (typed) picker.value = typed.colour;
    else if (field.value === '') picker.value = picker.defaultValue;
  }
  schedulePreview(showSnippets(settings));
  form.dataset.problems = String(problems.length);
  return problems;
}

async function copy(button) {
  const code = document.getElementById(button.dataset.copy);
  const copyStatus = button.closest('section').querySelector('[role="status"]');
  copyStatus.textContent = '';
  try {
    await navigator.clipboard.writeText(code.textContent);
    copyStatus.textContent = `${button.textContent.replace(/^Copy/, 'Copied')}.`;
  } catch {
    // No clipboard (an older browser, or permission refused): select the text instead.
    const range = document.createRange();
    range.selectNodeContents(code);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    copyStatus.textContent = 'This browser did not let the page copy. The code is selected: press Ctrl+C, or Command+C on a Mac, to copy it.';
  }
}

/** The cache that keeps this page's own three files (the same name as tools/precache.mjs). */
const CONFIGURE_CACHE = 'backpain-check-configure';

/**
 * Offline use after one visit. The widget's service worker precaches the WebAssembly and style
 * sheets this page shares with it, but not this page (a patient's first visit should not
 * download it): so this page registers the same worker, and keeps its own files in a cache of
 * their own, which the worker answers from when there is no network. Older versions go.
 */
async function keepOffline() {
  if (!window.isSecureContext || !('serviceWorker' in navigator) || !('caches' in window)) return;
  let url = 'sw.js';
  if (window.trustedTypes) {
    const policy = window.trustedTypes.createPolicy('bpt-sw', {
      createScriptURL: (value) => {
        if (value === 'sw.js') return value;
        throw new TypeError('bpt-sw policy: only sw.js');
      },
    });
    url = policy.createScriptURL('sw.js');
  }
  try {
    await navigator.serviceWorker.register(url);
    const own = [
      location.origin + location.pathname,
      boot.src,
      document.querySelector('link[rel="stylesheet"][href*="configure-"]').href,
    ];
    const cache = await caches.open(CONFIGURE_CACHE);
    await cache.addAll(own);
    for (const request of await cache.keys()) if (!own.includes(request.url)) await cache.delete(request);
    document.documentElement.dataset.configureOffline = 'true';
  } catch (error) {
    // Offline now, or storage refused: the page still works while it is open.
    console.warn('configure: offline use is not available', error);
  }
}

async function start() {
  try {
    const glue = await import(new URL(boot.dataset.glue, base).href);
    const wasm = fetch(new URL(boot.dataset.wasm, base), { integrity: boot.dataset.wasmIntegrity, credentials: 'same-origin' });
    await glue.default({ module_or_path: wasm });
    check = glue.checkConfiguration;
    update();
  } catch (error) {
    document.getElementById('cfg-failed').hidden = false;
    form.hidden = true;
    console.error('configure: the checker could not start', error);
    return;
  }
  form.addEventListener('input', (event) => {
    const picker = event.target.closest('[data-picks]');
    if (picker) document.getElementById(picker.dataset.picks).value = picker.value;
    update();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (update().length > 0) summary.focus();
    else document.getElementById('cfg-code').focus();
  });
  for (const button of document.querySelectorAll('[data-copy]')) button.addEventListener('click', () => copy(button));
  document.documentElement.dataset.configureReady = 'true';
  keepOffline();
}

start();
