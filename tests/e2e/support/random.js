'use strict';
// A small seedable pseudo-random number generator for the randomised e2e tests (mulberry32: 32 bits
// of state, fast, good enough for test data, and the same sequence on every platform), plus the
// few helpers the tests need. Never use Math.random in a test that must be reproducible.

/** Parses a seed given as decimal or 0x-hex text (e.g. from E2E_SEED) into an unsigned 32-bit
 *  integer; throws on anything else, so that a typo does not silently pick another seed. */
function parseSeed(text) {
  const s = String(text).trim();
  let n;
  if (/^0x[0-9a-f]+$/i.test(s)) n = parseInt(s.slice(2), 16);
  else if (/^[0-9]+$/.test(s)) n = Number(s);
  else throw new Error(`a seed must be a whole number (decimal or 0x-hex), not ${JSON.stringify(text)}`);
  if (!Number.isSafeInteger(n) || n > 0xffffffff) throw new Error(`seed ${s} is not a 32-bit unsigned integer`);
  return n >>> 0;
}

/** Mixes two 32-bit integers into a new seed (splitmix-style finaliser): used to give every run
 *  its own generator, so that run i's answers depend only on (seed, i). */
function mixSeed(seed, index) {
  let z = (seed ^ Math.imul(index + 1, 0x9e3779b9)) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
  return (z ^ (z >>> 16)) >>> 0;
}

/** A generator: `next()` is uniform in [0, 1). */
function mulberry32(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    /** true with probability p */
    chance: (p) => next() < p,
    /** a whole number in [lo, hi] (both included) */
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    /** one element of a non-empty array, uniformly */
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)];
    },
    /** one element of `items` ([{ weight, ... }]) with probability proportional to its weight */
    weighted: (items) => {
      const total = items.reduce((sum, item) => sum + item.weight, 0);
      let r = next() * total;
      for (const item of items) {
        r -= item.weight;
        if (r < 0) return item;
      }
      return items[items.length - 1];
    },
  };
}

module.exports = { mulberry32, parseSeed, mixSeed };
