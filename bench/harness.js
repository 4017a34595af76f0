/**
 * Timing helpers of `npm run bench`: time-capped warm-ups and batch sizes
 * fitted to the cost of one call, so that a cheap call and an expensive one
 * each take a bounded time. Every figure the bench prints is a ratio against
 * a reference measured in the same run; the times themselves are context.
 */
'use strict';

const now = () => Number(process.hrtime.bigint());

const PROFILES = {
  // default: about a second per measurement pair
  quick: { warmMs: 100, roundMs: 40, rounds: 7 },
  full: { warmMs: 800, roundMs: 300, rounds: 9 },
};

let profile = PROFILES.quick;
function setProfile(name) {
  profile = PROFILES[name];
}

/** Warm `fn` up for at most `warmMs` and fit a batch that takes about a tenth of a round. */
function calibrate(fn, warmMs, roundMs) {
  let batch = 1;
  const tWarm = now();
  for (;;) {
    const t0 = now();
    for (let i = 0; i < batch; i++) fn();
    const dt = now() - t0;
    if (dt > (roundMs * 1e6) / 10 || now() - tWarm > warmMs * 1e6) {
      batch = Math.max(1, Math.round((batch * roundMs * 1e6) / 10 / Math.max(dt, 1)));
      break;
    }
    batch *= 2;
  }
  while (now() - tWarm < warmMs * 1e6) for (let i = 0; i < batch; i++) fn();
  return batch;
}

/** One round: whole batches for at least `roundMs`; the time per call in ns. */
function round(fn, batch, roundMs) {
  let n = 0;
  const t0 = now();
  let t1 = t0;
  while (t1 - t0 < roundMs * 1e6) {
    for (let i = 0; i < batch; i++) fn();
    n += batch;
    t1 = now();
  }
  return (t1 - t0) / n;
}

const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Median time per call of `fn`, in ns. The batch size is fitted so that one
 * batch takes about a tenth of a round; warm-up stops after `warmMs`.
 */
function timePerCall(fn, scale = 1) {
  const roundMs = profile.roundMs * scale;
  const batch = calibrate(fn, profile.warmMs * scale, roundMs);
  const results = [];
  for (let r = 0; r < profile.rounds; r++) results.push(round(fn, batch, roundMs));
  return median(results);
}

/**
 * `fn` against a reference, in alternating rounds, so that a change in the
 * load of the machine hits both alike: the medians of both times and the
 * median of the per-round ratios.
 */
function timeAgainst(fn, ref, scale = 1, maxRounds = Infinity) {
  const roundMs = profile.roundMs * scale;
  const warmMs = profile.warmMs * scale;
  const rounds = Math.min(profile.rounds, maxRounds);
  const bRef = calibrate(ref, warmMs, roundMs);
  const bFn = calibrate(fn, warmMs, roundMs);
  const ts = [];
  const rs = [];
  const ratios = [];
  for (let r = 0; r < rounds; r++) {
    const t = round(fn, bFn, roundMs);
    const tr = round(ref, bRef, roundMs);
    ts.push(t);
    rs.push(tr);
    ratios.push(t / tr);
  }
  return { t: median(ts), ref: median(rs), ratio: median(ratios) };
}

const fmt = (ns) => (ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(2)} µs` : `${ns.toFixed(0)} ns`);
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

/** Deterministic pseudo-random numbers (an LCG; the bench only needs repeatable inputs). */
function lcg(seed) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

module.exports = { timePerCall, timeAgainst, setProfile, fmt, ratio, lcg, now };
