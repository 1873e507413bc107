'use strict';
// A hospital's page on another origin (a loopback port of its own), for the embedding tests:
// a heading, some text, the hospital's `snippet` (the loader, or an iframe), more text. It is
// served at `/` with `policy` as its whole Content-Security-Policy, 404 for anything else, and
// every path requested of it is recorded.

const http = require('node:http');

/** Starts the host page; resolves to { url, origin, requests, close }. */
function startHostPage(snippet, policy) {
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>St Example Hospital: back pain</title></head>
<body><h1>Back pain</h1><p id="before">Hospital text before the check.</p>
${snippet}
<p id="after">Hospital text after the check.</p></body></html>`;
  const requests = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url);
    if (req.url !== '/') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': policy });
    res.end(html);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}/`, origin: `http://127.0.0.1:${port}`, requests, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

module.exports = { startHostPage };
