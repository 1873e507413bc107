'use strict';
// Polls a condition from node (not waitForFunction, which uses eval: the widget's CSP forbids it).

/** Resolves with `check()`'s first truthy value; throws "timed out waiting for <what>" after `timeoutMs`. */
async function until(check, what, timeoutMs = 15000, everyMs = 100) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

module.exports = { until };
