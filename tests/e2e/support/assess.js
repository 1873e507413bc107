'use strict';
// Runs the engine's audit tool (target/release/assess) on a findings object and returns its
// parsed output: { urgency, cancers: [...], rules: [...] }. This is the oracle the e2e tests
// compare the widget's result page with.

const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
const ASSESS = path.join(REPO_ROOT, 'target', 'release', process.platform === 'win32' ? 'assess.exe' : 'assess');

function assess(findings) {
  if (!fs.existsSync(ASSESS)) {
    throw new Error(
      `${ASSESS} is missing: run \`cargo build --release --locked -p backpain-engine --bin assess\` (scripts/test.sh does this)`,
    );
  }
  const run = spawnSync(ASSESS, ['-'], { input: JSON.stringify(findings), encoding: 'utf8', timeout: 30000 });
  if (run.error) throw run.error;
  if (run.status !== 0) {
    throw new Error(`assess exited with ${run.status} for ${JSON.stringify(findings)}: ${run.stderr.trim()}`);
  }
  try {
    return JSON.parse(run.stdout);
  } catch (e) {
    throw new Error(`assess printed something that is not JSON: ${run.stdout}`);
  }
}

module.exports = { assess, REPO_ROOT, ASSESS };
