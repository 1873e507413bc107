'use strict';
// Runs real nginx on loopback with deploy/nginx.conf, the same file docs/embedding.md gives
// hospitals, serving a built folder under /tools/backpain/ (a sub-path, as on a hospital site).
// The served folder is a symlink, so a test can swap in another build (the update test).

const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { REPO_ROOT } = require('./assess');

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p));
const SUBPATH = '/tools/backpain/';

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, child, timeoutMs = 10000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited with code ${child.exitCode}`);
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nginx did not listen on ${port} within ${timeoutMs} ms`);
}

/**
 * Serves `dist` with deploy/nginx.conf. Resolves to `{ origin, url, serve(dir), accessLog(),
 * errorLog(), stop() }`; `url` is the widget's page under the sub-path.
 */
async function startNginx(dist) {
  if (!NGINX) throw new Error('nginx is missing: run scripts/setup.sh (apt-get install nginx-light)');
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'bpt-nginx-'));
  // nginx started as root serves files as an unprivileged worker user: let it read the folder.
  fs.chmodSync(prefix, 0o755);
  const site = path.join(prefix, 'site');
  fs.symlinkSync(path.resolve(dist), site);
  const port = await freePort();
  const template = fs.readFileSync(path.join(REPO_ROOT, 'deploy', 'nginx.conf'), 'utf8');
  const conf = template.replaceAll('@PORT@', String(port)).replaceAll('@DIST@', site).replaceAll('@PREFIX@', prefix);
  if (/@[A-Z]+@/.test(conf)) throw new Error('deploy/nginx.conf has a placeholder the tests do not fill');
  const confPath = path.join(prefix, 'nginx.conf');
  fs.writeFileSync(confPath, conf);
  const child = spawn(NGINX, ['-e', path.join(prefix, 'error.log'), '-p', prefix, '-c', confPath], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  try {
    await waitForPort(port, child);
  } catch (e) {
    child.kill('SIGKILL');
    throw new Error(`${e.message}\n${stderr}`);
  }
  const origin = `http://127.0.0.1:${port}`;
  const read = (name) => {
    try {
      return fs.readFileSync(path.join(prefix, name), 'utf8');
    } catch {
      return '';
    }
  };
  return {
    origin,
    url: origin + SUBPATH,
    /** Serves another build from now on (atomic symlink swap). */
    serve(dir) {
      const next = path.join(prefix, 'site.next');
      fs.rmSync(next, { force: true });
      fs.symlinkSync(path.resolve(dir), next);
      fs.renameSync(next, site);
    },
    /** Every request nginx answered: `{ method, uri, status }`, in order. */
    accessLog() {
      return read('access.log')
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const m = line.match(/^(\S+) "([^"]*)" (\d+)/);
          return m ? { method: m[1], uri: m[2], status: Number(m[3]) } : { raw: line };
        });
    },
    errorLog: () => read('error.log'),
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGQUIT');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
    },
    cleanup() {
      fs.rmSync(prefix, { recursive: true, force: true });
    },
  };
}


/**
 * For a describe block: starts nginx on dist/ and a browser before its tests, stops both after.
 * Returns the live handle `{ nginx, browser }` (filled in once `before` has run).
 */
function useNginxAndBrowser() {
  const { before, after } = require('node:test');
  const { requireDist, DIST } = require('./harness');
  const { launchBrowser } = require('./browser');
  const env = { nginx: null, browser: null };
  before(async () => {
    requireDist();
    env.nginx = await startNginx(DIST);
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close().catch(() => {});
    await env.nginx?.stop();
    env.nginx?.cleanup();
  });
  return env;
}

module.exports = { startNginx, useNginxAndBrowser, SUBPATH };
