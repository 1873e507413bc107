'use strict';
// The benchmark's static server is the e2e tests' (127.0.0.1, a free port, the content types the
// widget needs, Cache-Control: no-store, a request log), called with an `encoding` so that the
// timings and Lighthouse's simulated slow network see realistic transfer sizes: bench.js uses
// 'gzip' (level 1, as deploy/nginx.conf) unless BENCH_ENCODING says otherwise.

module.exports = require('../../tests/e2e/support/server.js');
