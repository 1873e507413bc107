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

/** Rewrites `<dir>/index.html` to load `start-<hash>.js`; returns that file's name. */
export function externalizeBootstrap(dir) {
  const htmlPath = path.join(dir, 'index.html');
  const html = readFileSync(htmlPath, 'utf8');
  const match = html.match(INLINE);
  if (!match) throw new Error(`${htmlPath}: Trunk's start-up script is not in the expected form`);
  const [, glue, wasm] = match;
  // The WebAssembly is fetched with its hash, so a changed file is refused, not run (the
  // <link rel=preload> integrity alone does not bind the fetch that instantiates it).
  const wasmIntegrity = 'sha384-' + createHash('sha384').update(readFileSync(path.join(dir, wasm))).digest('base64');
  const source = `// Starts the back-pain check (written by tools/bootstrap.mjs at build time).
import init from './${glue}';

const wasm = fetch('./${wasm}', { integrity: '${wasmIntegrity}', credentials: 'same-origin' });
init({ module_or_path: wasm }).catch((error) => {
  // Never blank: show the plain-HTML advice at once rather than after the start-up delay.
  document.documentElement.classList.add('bpt-failed');
  console.error('back-pain check: could not start', error);
});
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
