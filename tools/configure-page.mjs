// Writes configure.html, the configuration page for hospital web teams, into the built
// directory (called by tools/post-build.mjs, after bootstrap.mjs and before precache.mjs, so
// the service worker precaches the page and it works offline).
//
// From the template static/configure.html, filling in each {{…}}:
//   csp             the Content-Security-Policy <meta> of the built index.html, word for word;
//   head            index.html's own tokens, base and forms style sheets, and its preload of the
//                   wasm-bindgen glue and the .wasm (Trunk's hashed names, with their hashes),
//                   plus styles/configure.css as configure-<hash>.css;
//   script          static/configure.js as configure-<hash>.js, told the glue's and the wasm's
//                   names and the wasm's hash (it loads the same WebAssembly as index.html);
//   region-options, lang-options
//                   every region pack (content/regions.toml, names from
//                   content/locales/en/regions.ftl) and every language (languages.toml);
//   server-headers, server-nginx
//                   the headers of deploy/nginx.conf, as a list for any server and as its nginx
//                   blocks, so the page cannot drift from the file the tests run.
// The build fails if anything it needs is missing, rather than ship a page that cannot work.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const read = (...parts) => readFileSync(path.join(REPO_ROOT, ...parts), 'utf8');
const sha384 = (bytes) => 'sha384-' + createHash('sha384').update(bytes).digest('base64');
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function need(value, what) {
  if (!value) throw new Error(`configure-page: ${what}`);
  return value;
}

/** Writes `name-<16 hex>.ext` with `text` into `dir`; returns { name, integrity }. */
function writeHashed(dir, name, ext, text) {
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
  const file = `${name}-${hash}.${ext}`;
  writeFileSync(path.join(dir, file), text);
  return { name: file, integrity: sha384(text) };
}

/** The region packs in the order of content/regions.toml, with their English names. */
export function regions() {
  const toml = read('content', 'regions.toml');
  const ftl = read('content', 'locales', 'en', 'regions.ftl');
  const list = [];
  for (const line of toml.split('\n')) {
    const section = line.match(/^\[([a-z0-9_-]+)\]\s*$/);
    if (section) list.push({ id: section[1] });
    const number = line.match(/^emergency_number\s*=\s*"([^"]+)"/);
    if (number && list.length > 0) list[list.length - 1].emergency = number[1];
  }
  for (const region of list) {
    const name = ftl.match(new RegExp(`^region-${region.id}-name = (.+)$`, 'm'));
    region.name = need(name && name[1].trim(), `content/locales/en/regions.ftl has no region-${region.id}-name`);
    need(region.emergency, `content/regions.toml: [${region.id}] has no emergency_number`);
  }
  need(list.length > 0, 'no region packs found in content/regions.toml');
  const fallback = read('content', 'manifest.toml').match(/^default_region\s*=\s*"([^"]+)"/m);
  const defaultId = need(fallback && fallback[1], 'content/manifest.toml has no default_region');
  return { list, defaultRegion: need(list.find((r) => r.id === defaultId), `the default region ${defaultId} is not a region pack`) };
}

/** The languages in the order of content/locales/languages.toml. */
export function languages() {
  const list = [];
  for (const block of read('content', 'locales', 'languages.toml').split(/^\[\[language\]\]\s*$/m).slice(1)) {
    const code = block.match(/^code\s*=\s*"([^"]+)"/m);
    const name = block.match(/^name\s*=\s*"([^"]+)"/m);
    list.push({ code: need(code && code[1], 'a [[language]] without code'), name: need(name && name[1], 'a [[language]] without name') });
  }
  return need(list.length > 0 && list, 'no languages found in content/locales/languages.toml');
}

/** The text from `start` (a line's beginning) to the brace that closes the block it opens. */
function block(text, start) {
  let depth = 0;
  for (let i = text.indexOf('{', start); i < text.length; i += 1) {
    if (text[i] === '{') depth += 1;
    if (text[i] === '}' && --depth === 0) return text.slice(start, i + 1);
  }
  throw new Error('configure-page: an unclosed block in deploy/nginx.conf');
}

const dedent = (text) => {
  const lines = text.split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)[0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
};

const HEADER = /^\s*add_header\s+([\w-]+)\s+(?:"([^"]*)"|(\S+))(?:\s+always)?;/;

/**
 * deploy/nginx.conf's headers: `headers`, a plain list for any server (every file, then each
 * nested location, headed by the comment above it), and `nginx`, its types and location blocks.
 */
export function serverHeaders() {
  const conf = read('deploy', 'nginx.conf');
  const types = conf.match(/^([ \t]*#[^\n]*\n)*[ \t]*types \{/m);
  const typesBlock = block(conf, need(types, 'deploy/nginx.conf has no types block').index);
  const redirect = conf.match(/^[ \t]*location = (\S+) \{/m);
  const main = conf.match(/^[ \t]*location (\/\S*\/) \{/m);
  need(redirect && main, 'deploy/nginx.conf has no location blocks for the widget');
  const mainBlock = block(conf, main.index);
  const nginx = [dedent(typesBlock), dedent(block(conf, redirect.index)), dedent(mainBlock)]
    .join('\n\n')
    .replaceAll('@DIST@', '/path/to/dist');
  need(!/@[A-Z]+@/.test(nginx), 'a placeholder of deploy/nginx.conf is left in the nginx snippet');

  // Headers: those of the main block itself (depth 1), then each nested location's.
  const groups = [{ title: `Every file under ${main[1]}`, headers: [] }];
  let depth = 0;
  let comment = [];
  for (const line of mainBlock.split('\n')) {
    const trimmed = line.trim();
    if (depth === 1 && trimmed.startsWith('#')) comment.push(trimmed.replace(/^#\s?/, ''));
    const nested = depth === 1 && trimmed.match(/^location\s+~\s+"?(.+?)"?\s*\{$/);
    if (nested) groups.push({ title: `${comment.join(' ')} (files matching ${nested[1]})`, headers: [] });
    const header = trimmed.match(HEADER);
    if (header && depth >= 1) groups[depth === 1 ? 0 : groups.length - 1].headers.push(`${header[1]}: ${header[2] ?? header[3]}`);
    if (!trimmed.startsWith('#')) comment = trimmed === '' ? comment : [];
    depth += (line.match(/\{/g) || []).length - (line.match(/\}/g) || []).length;
  }
  const contentTypes = [...typesBlock.matchAll(/^\s*([\w/+.-]+)\s+([\w\s]+);/gm)]
    .filter(([, type]) => type !== 'types')
    .map(([, type, extensions]) => `${extensions.trim().split(/\s+/).map((e) => `.${e}`).join(' ')}: ${type}`);
  need(groups[0].headers.some((h) => h.startsWith('Content-Security-Policy: ')), 'no Content-Security-Policy header in deploy/nginx.conf');
  need(contentTypes.some((t) => t.includes('application/wasm')), 'no application/wasm type in deploy/nginx.conf');
  const headers = [
    ...groups.filter((g) => g.headers.length > 0).map((g) => `# ${g.title}\n${g.headers.join('\n')}`),
    `# Content-Type, by file name\n${contentTypes.join('\n')}`,
  ].join('\n\n');
  return { headers, nginx };
}

/** Writes `<dir>/configure.html` and its script and style sheet; returns the page's file name. */
export function writeConfigurePage(dir) {
  const index = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const csp = need(index.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/), 'index.html has no Content-Security-Policy <meta>')[1];
  const sheets = ['tokens', 'base', 'forms'].map((name) =>
    need(index.match(new RegExp(`<link rel="stylesheet" href="\\./${name}-[0-9a-f]{16}\\.css"[^>]*>`)), `index.html does not link ${name}.css`)[0],
  );
  const glueTag = need(index.match(/<link rel="modulepreload" href="\.\/([\w.-]+\.js)"[^>]*>/), "index.html has no modulepreload of the wasm-bindgen glue");
  const wasmTag = need(index.match(/<link rel="preload" href="\.\/([\w.-]+_bg\.wasm)"[^>]*>/), 'index.html has no preload of the .wasm');
  const wasmIntegrity = sha384(readFileSync(path.join(dir, wasmTag[1])));
  need(wasmTag[0].includes(`integrity="${wasmIntegrity}"`), `the .wasm preload's integrity is not the hash of ${wasmTag[1]}`);

  for (const old of readdirSync(dir).filter((f) => /^configure-[0-9a-f]{16}\.(js|css)$/.test(f))) rmSync(path.join(dir, old));
  const css = writeHashed(dir, 'configure', 'css', read('styles', 'configure.css'));
  const js = writeHashed(dir, 'configure', 'js', read('static', 'configure.js'));

  const { list: regionList, defaultRegion } = regions();
  const regionOptions = [
    `<option value="">Not set: ${escapeHtml(defaultRegion.name)} (the default)</option>`,
    ...regionList.map((r) => `<option value="${escapeHtml(r.id)}">${escapeHtml(r.name)} (${escapeHtml(r.id)}): emergency number ${escapeHtml(r.emergency)}</option>`),
  ];
  const langOptions = [
    '<option value="">Not set: the language of the person’s browser, else English</option>',
    ...languages().map((l) => `<option value="${escapeHtml(l.code)}" lang="${escapeHtml(l.code)}">${escapeHtml(l.name)} (${escapeHtml(l.code)})</option>`),
  ];
  const server = serverHeaders();
  const indent = (lines, spaces) => lines.map((l) => ' '.repeat(spaces) + l).join('\n');
  const values = {
    csp,
    head: indent(
      [
        ...sheets,
        `<link rel="stylesheet" href="./${css.name}" integrity="${css.integrity}"/>`,
        glueTag[0],
        wasmTag[0],
      ],
      4,
    ),
    script: indent(
      [
        `<script type="module" src="./${js.name}" integrity="${js.integrity}" crossorigin="anonymous" ` +
          `data-glue="./${glueTag[1]}" data-wasm="./${wasmTag[1]}" data-wasm-integrity="${wasmIntegrity}"></script>`,
      ],
      4,
    ),
    'region-options': indent(regionOptions, 16),
    'lang-options': indent(langOptions, 16),
    'server-headers': escapeHtml(server.headers),
    'server-nginx': escapeHtml(server.nginx),
  };
  const template = read('static', 'configure.html');
  const used = new Set();
  const html = template.replace(/\{\{([a-z-]+)\}\}/g, (_, name) => {
    used.add(name);
    return need(values[name] ?? null, `static/configure.html asks for {{${name}}}, which is not known`);
  });
  const unused = Object.keys(values).filter((name) => !used.has(name));
  need(unused.length === 0 || null, `static/configure.html does not use {{${unused.join('}}, {{')}}}`);
  need(!/\{\{|\}\}/.test(html) || null, 'static/configure.html has a {{ or }} that is not a placeholder');
  if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(html) || /<style[\s>]|\sstyle=/i.test(html)) {
    throw new Error('configure-page: configure.html has an inline script or style');
  }
  writeFileSync(path.join(dir, 'configure.html'), html);
  return { page: 'configure.html', script: js.name, styles: css.name };
}
