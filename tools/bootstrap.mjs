// Replaces Trunk's inline start-up script with a file, so the page runs under a strict CSP
// (script-src 'self' 'wasm-unsafe-eval', no 'unsafe-inline', no hashes to keep in step), and makes
// the never-blank fallback appear at once when the WebAssembly fails to start.
//
// Trunk writes `<script type="module">import init, * as bindings from './x.js'; const wasm = await
// init({ module_or_path: './x_bg.wasm' }); …</script>`. We read the two file names from it and
// write our own short script instead; if Trunk's output ever changes shape, the build fails here
// rather than shipping a page that cannot start.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const INLINE = /<script type="module">\s*import init, \* as bindings from '\.\/([\w.-]+\.js)';\s*const wasm = await init\(\{ module_or_path: '\.\/([\w.-]+_bg\.wasm)' \}\);[\s\S]*?<\/script>/;

/**
 * Rewrites `<dir>/index.html` to load `start-<hash>.js`; returns that file's name.
 * `languageFiles` is what tools/language-files.mjs wrote: `{ <code>: { path, integrity } }`.
 */
export function externalizeBootstrap(dir, languageFiles) {
  const htmlPath = path.join(dir, 'index.html');
  const html = readFileSync(htmlPath, 'utf8');
  const match = html.match(INLINE);
  if (!match) throw new Error(`${htmlPath}: Trunk's start-up script is not in the expected form`);
  const [, glue, wasm] = match;
  // The WebAssembly is fetched with its hash, so a changed file is refused, not run (the
  // <link rel=preload> integrity alone does not bind the fetch that instantiates it).
  const wasmIntegrity = 'sha384-' + createHash('sha384').update(readFileSync(path.join(dir, wasm))).digest('base64');
  // What the script does, in order (no comments inside it: every patient downloads it):
  // - marks the page as started (.bpt-starting), so the fallback below waits for a failure, or
  //   for a start that takes over 20 s (.bpt-slow), instead of its CSS delay, which is only for
  //   browsers that never run it;
  // - shows the start page prerendered in index.html (English, default region, first visit:
  //   tools/prerender.mjs) only where the widget will show the same: no host settings in the
  //   URL, no other language chosen or preferred, no answers kept from earlier in this tab. It is
  //   hidden by CSS until then, so the wrong text is never painted;
  // - notes a press on its "Start now" before the widget runs (a click, or the focus a press left
  //   behind before this script ran), which the widget acts on when it starts (src/lib.rs);
  // - knows the language files (lang/<code>-<hash>.txt, every language but the built-in English)
  //   and fetches one only when asked, with its hash: the widget's Rust makes no request of its
  //   own and can only name a language. The language the page will most likely start in (one
  //   chosen earlier in this tab, else the host's `lang`, else the browser's first) starts
  //   loading at once, alongside the WebAssembly, so it costs no extra round trip;
  //   The loader is left on #bpt-root (bptLoadLanguage), where the widget takes it when it
  //   starts (src/language_files.rs): not a global, and nothing else on the page uses it;
  // - imports the glue and instantiates the WebAssembly, fetched with its hash; on any failure
  //   (including a glue file that fails its integrity check) shows the fallback at once and
  //   takes away the prerendered page, whose button cannot work.
  const source = `// Starts the back-pain check (written by tools/bootstrap.mjs at build time).
const page = document.documentElement;
const root = document.getElementById('bpt-root');
page.classList.add('bpt-starting');
const slow = setTimeout(() => page.classList.add('bpt-slow'), 20000);
function prerenderFits() {
  for (const key of new URLSearchParams(window.location.search).keys()) {
    if (key !== 'parent') return false;
  }
  try {
    if (window.sessionStorage.getItem('bpt-answers') !== null) return false;
    if ((window.sessionStorage.getItem('bpt-language') || 'en') !== 'en') return false;
  } catch (error) {
    return false;
  }
  const first = (navigator.languages && navigator.languages[0]) || navigator.language || 'en';
  return first.toLowerCase().split('-')[0] === 'en';
}
if (root && root.hasAttribute('data-prerendered') && prerenderFits()) root.classList.add('bpt-prerender-fits');
function noteStart(event) {
  if (event.target instanceof Element && event.target.closest('[data-action="start"]')) {
    root.setAttribute('data-start-requested', '');
  }
}
if (root) root.addEventListener('click', noteStart);
const focused = document.activeElement;
if (root && focused instanceof Element && focused.closest('#bpt-root [data-action="start"]')) {
  root.setAttribute('data-start-requested', '');
}
const languageFiles = ${JSON.stringify(Object.fromEntries(Object.entries(languageFiles).map(([code, file]) => [code, [file.path, file.integrity]])))};
const early = {};
function fetchLanguage(code) {
  const file = Object.prototype.hasOwnProperty.call(languageFiles, code) ? languageFiles[code] : null;
  if (!file) return Promise.reject(new Error('no language file for ' + code));
  return fetch('./' + file[0], { integrity: file[1], credentials: 'same-origin' })
    .then((response) => {
      if (!response.ok) throw new Error('language file: HTTP ' + response.status);
      return response.arrayBuffer();
    })
    .then((buffer) => new Uint8Array(buffer));
}
function loadLanguage(code) {
  const started = early[code];
  delete early[code];
  return started || fetchLanguage(code);
}
function likelyLanguage() {
  let tag = '';
  try {
    tag = window.sessionStorage.getItem('bpt-language') || '';
  } catch (error) {
    return '';
  }
  tag = tag || new URLSearchParams(window.location.search).get('lang') || (navigator.languages && navigator.languages[0]) || navigator.language || '';
  return tag.toLowerCase().split('-')[0];
}
const likely = likelyLanguage();
if (Object.prototype.hasOwnProperty.call(languageFiles, likely)) {
  early[likely] = fetchLanguage(likely);
  early[likely].catch(() => {});
}
function failed(error) {
  clearTimeout(slow);
  page.classList.add('bpt-failed');
  if (root) root.replaceChildren();
  console.error('back-pain check: could not start', error);
}
if (root) root.bptLoadLanguage = loadLanguage;
import('./${glue}')
  .then(({ default: init }) => {
    const wasm = fetch('./${wasm}', { integrity: '${wasmIntegrity}', credentials: 'same-origin' });
    return init({ module_or_path: wasm });
  })
  .then(() => {
    clearTimeout(slow);
    if (root) root.removeEventListener('click', noteStart);
  }, failed);
`;
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 16);
  const name = `start-${hash}.js`;
  const integrity = 'sha384-' + createHash('sha384').update(source).digest('base64');
  writeFileSync(path.join(dir, name), source);
  const tag = `<script type="module" src="./${name}" integrity="${integrity}" crossorigin="anonymous"></script>`;
  const rewritten = html.replace(INLINE, tag);
  if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(rewritten)) {
    throw new Error(`${htmlPath}: an inline <script> is left after moving the start-up script`);
  }
  writeFileSync(htmlPath, rewritten);
  return name;
}
