'use strict';
// A tiny static file server for the e2e tests: serves one directory on 127.0.0.1 at a free port
// chosen by the OS, with the content types the widget needs (application/wasm for
// WebAssembly.instantiateStreaming), 404 for anything missing, and a log of every request so that
// a test can check what the page asked for (and that it asked for nothing else).
//
// `encoding` (for bench/run.sh) compresses responses as a deployment would:
//   'identity'  none (the tests' default)
//   'gzip'      gzip level 1, nginx's default level, for what deploy/nginx.conf compresses
//   'br'        brotli quality 11, as a host serving precompressed .br files would

const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.ftl': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};
const COMPRESSIBLE = /^(text\/html|text\/css|text\/javascript|application\/wasm|application\/json|application\/manifest\+json|image\/svg\+xml)/;
const ENCODERS = {
  gzip: (body) => zlib.gzipSync(body, { level: 1 }),
  br: (body) =>
    zlib.brotliCompressSync(body, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }),
};

/**
 * Starts serving `root`. Resolves to
 * `{ url, port, requests, close() }` where `url` ends with "/" and `requests` is the live array of
 * `{ method, url, status }` (url = path + query as the browser sent it), in arrival order.
 */
function startServer(root, { encoding = 'identity' } = {}) {
  if (encoding !== 'identity' && !ENCODERS[encoding]) throw new Error(`unknown encoding ${encoding} (gzip, br or identity)`);
  const base = path.resolve(root);
  const requests = [];
  const cache = new Map();
  const encoded = (file, stat, body) => {
    const key = `${file}\0${stat.size}\0${stat.mtimeMs}`;
    if (!cache.has(key)) cache.set(key, ENCODERS[encoding](body));
    return cache.get(key);
  };
  const server = http.createServer((req, res) => {
    const entry = { method: req.method, url: req.url, status: 0 };
    requests.push(entry);
    const send = (status, headers, body) => {
      entry.status = status;
      res.writeHead(status, { 'Cache-Control': 'no-store', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(405, { 'Content-Type': 'text/plain', Allow: 'GET, HEAD' }, 'method not allowed\n');
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    } catch {
      send(400, { 'Content-Type': 'text/plain' }, 'bad request\n');
      return;
    }
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = path.resolve(base, '.' + pathname);
    if (file !== base && !file.startsWith(base + path.sep)) {
      send(404, { 'Content-Type': 'text/plain' }, 'not found\n');
      return;
    }
    fs.stat(file, (err, stat) => {
      if (err || !stat.isFile()) {
        send(404, { 'Content-Type': 'text/plain' }, 'not found\n');
        return;
      }
      fs.readFile(file, (readErr, body) => {
        if (readErr) {
          send(500, { 'Content-Type': 'text/plain' }, 'cannot read file\n');
          return;
        }
        const type = TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
        if (encoding === 'identity') {
          send(200, { 'Content-Type': type, 'Content-Length': body.length }, body);
          return;
        }
        const accepts = String(req.headers['accept-encoding'] || '')
          .split(',')
          .map((e) => e.trim().split(';')[0]);
        if (COMPRESSIBLE.test(type) && accepts.includes(encoding)) {
          const out = encoded(file, stat, body);
          send(200, { 'Content-Type': type, 'Content-Encoding': encoding, 'Content-Length': out.length, Vary: 'Accept-Encoding' }, out);
        } else {
          send(200, { 'Content-Type': type, 'Content-Length': body.length, Vary: 'Accept-Encoding' }, body);
        }
      });
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}/`,
        port,
        requests,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}

module.exports = { startServer };
