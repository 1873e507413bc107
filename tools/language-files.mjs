// Writes the language files into <dir>/lang/: every shipped language but the built-in English,
// as compiled by build.rs (`cargo run --bin language-files`, src/bin/language_files.rs). Each is
// named by its content hash, like Trunk's files, so a browser or the service worker never keeps
// an old one under a new build; the start-up script fetches them with these integrity hashes.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Writes `<dir>/lang/<code>-<hash>.txt` for each language file; returns
 * `{ <code>: { path: 'lang/<code>-<hash>.txt', integrity: 'sha384-…', bytes } }`.
 */
export function writeLanguageFiles(dir) {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'bpt-lang-'));
  try {
    // The same features as the prerender tool, so cargo builds the widget natively only once.
    const codes = execFileSync(
      'cargo',
      ['run', '--quiet', '--locked', '--features', 'build-tools', '--bin', 'language-files', '--', scratch],
      { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    ).split('\n').filter(Boolean);
    if (codes.length === 0) throw new Error('the language-files tool wrote no language file');
    const out = path.join(dir, 'lang');
    mkdirSync(out, { recursive: true });
    const files = {};
    for (const code of codes) {
      if (!/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(code)) throw new Error(`unexpected language code ${JSON.stringify(code)}`);
      const bytes = readFileSync(path.join(scratch, `${code}.txt`));
      const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
      const name = `lang/${code}-${hash}.txt`;
      copyFileSync(path.join(scratch, `${code}.txt`), path.join(dir, name));
      files[code] = {
        path: name,
        integrity: 'sha384-' + createHash('sha384').update(bytes).digest('base64'),
        bytes: bytes.length,
      };
    }
    return files;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
