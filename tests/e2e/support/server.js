'use strict';
// A tiny static file server for the e2e tests: serves one directory on 127.0.0.1 at a free port
// chosen by the OS, with the content types the widget needs (application/wasm for
// WebAssembly.instantiateStreaming), 404 for anything missing, and a log of every request so that
// a test can check what the page asked for (and that it asked for nothing else).

const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');

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

/**
 * Starts serving `root`. Resolves to
 * `{ url, port, requests, close() }` where `url` ends with "/" and `requests` is the live array of
 * `{ method, url, status }` (url = path + query as the browser sent it), in arrival order.
 */
function startServer(root) {
  const base = path.resolve(root);
  const requests = [];
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
        send(200, { 'Content-Type': type, 'Content-Length': body.length }, body);
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
