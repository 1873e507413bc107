// Puts the start page into dist/index.html as HTML, so it is readable before the WebAssembly
// arrives: `cargo run --features build-tools --bin prerender` renders it with the widget's own
// components (Yew's server-side renderer, src/bin/prerender.rs), in English and the default
// region, for a first visit. The widget replaces it with the same markup when it starts.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = '<div id="bpt-root"></div>';

/** Writes the prerendered start page into `<dir>/index.html`; returns its size in bytes. */
export function prerenderStartPage(dir) {
  const html = execFileSync(
    'cargo',
    ['run', '--quiet', '--locked', '--features', 'build-tools', '--bin', 'prerender'],
    { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 4 * 1024 * 1024 },
  ).trim();
  if (!html.includes('data-page="intro"') || !html.includes('data-action="start"')) {
    throw new Error('the prerender tool did not print the start page');
  }
  // Markup only: the page's strict CSP allows no inline script or style anyway.
  if (/<script|\sstyle=|\son[a-z]+=/i.test(html)) {
    throw new Error('the prerendered start page holds a script, a style attribute or an event handler');
  }
  const indexPath = path.join(dir, 'index.html');
  const index = readFileSync(indexPath, 'utf8');
  if (!index.includes(ROOT)) throw new Error(`${indexPath}: no empty ${ROOT} to fill`);
  writeFileSync(indexPath, index.replace(ROOT, `<div id="bpt-root" data-prerendered="">${html}</div>`));
  return html.length;
}
