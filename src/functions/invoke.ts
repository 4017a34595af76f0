/**
 * One call of one GREX function, exactly as Excel, `call()` and `grex eval`
 * make it: normalise each argument, run the adapter, check the result, map
 * errors. A memo serves repeated calls with identical arguments; only
 * accepted calls are stored, and every result is frozen, so no caller can
 * change what a later call receives.
 */
import { GrexError, MSG } from '../core';
import { ArgList } from './args';
import { normaliseArg, type Normalised } from './normalise';
import { toExcelError, ExcelError } from './errors';
import { estimateBytes, Memo, trimmed } from './memo';
import type { FunctionSpec, Result, Scalar } from './types';

export type Outcome = { ok: true; value: Result } | { ok: false; error: ExcelError };

/**
 * Outcomes, and for a split function (FunctionSpec.split) instead its parts, keyed on the arguments with the
 * split one blank: a call that differs from an earlier one only there just finishes.
 */
const memo = new Memo<Outcome | Part>();
/** A kept part, with the outcome of the last rate it was finished with. */
interface Part {
  part: unknown;
  rate?: unknown;
  last?: Outcome;
}
let memoEnabled = true;

/** Turn the memo on or off (the bench compares both); clears it either way. */
export function setMemo(enabled: boolean): void {
  memoEnabled = enabled;
  memo.clear();
}

export function memoStats(): { hits: number; misses: number; size: number; bytes: number } {
  return { hits: memo.hits, misses: memo.misses, size: memo.size, bytes: memo.bytes };
}

function checkScalar(v: unknown): Scalar {
  if (typeof v === 'number') {
    if (v - v === 0) return v === 0 ? 0 : v; // finite; −0 shows as 0
    // NaN is always a defect (0/0, ∞ − ∞): report it as one, so the fuzzer finds it.
    if (Number.isNaN(v)) throw new GrexError('invalidValue', MSG.internal);
    // ±Infinity is an honest overflow of extreme input.
    throw new GrexError('invalidValue', MSG.resultNotFinite);
  }
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v === null || v === undefined) return '';
  throw new GrexError('invalidValue', MSG.internal);
}

/** Results Excel can show: finite numbers, text; rectangular spills; never an empty array. Frozen. */
export function checkResult(r: unknown): Result {
  if (!Array.isArray(r)) return checkScalar(r);
  if (r.length === 0) return Object.freeze([Object.freeze([''])]) as Result;
  let width = 1;
  for (let i = 0; i < r.length; i++) {
    const row = r[i];
    if (Array.isArray(row) && row.length > width) width = row.length;
  }
  const out = new Array<Scalar[]>(r.length);
  for (let i = 0; i < r.length; i++) {
    const src: unknown = r[i];
    const row = new Array<Scalar>(width);
    if (Array.isArray(src)) {
      for (let c = 0; c < width; c++) row[c] = c < src.length ? checkScalar(src[c]) : '';
    } else {
      row[0] = checkScalar(src);
      for (let c = 1; c < width; c++) row[c] = '';
    }
    out[i] = Object.freeze(row) as Scalar[];
  }
  return Object.freeze(out) as Result;
}

/** Pairs of series that must be equally long, per function (resolved once). */
const sameLengthPairs = new WeakMap<FunctionSpec, readonly (readonly [string, string])[]>();

function pairsOf(spec: FunctionSpec): readonly (readonly [string, string])[] {
  let pairs = sameLengthPairs.get(spec);
  if (!pairs) {
    // a loop, not flatMap: the custom-functions runtime may be an ES2016 engine
    const found: (readonly [string, string])[] = [];
    for (const p of spec.params) if (p.kind === 'series' && p.sameLengthAs) found.push([p.sameLengthAs, p.name] as const);
    sameLengthPairs.set(spec, (pairs = found));
  }
  return pairs;
}

/** The position of a split function's split parameter (resolved once). */
const splitIndexes = new WeakMap<FunctionSpec, number>();
function splitIndex(spec: FunctionSpec): number {
  let i = splitIndexes.get(spec);
  if (i === undefined) splitIndexes.set(spec, (i = spec.params.findIndex((p) => p.name === spec.split!.param)));
  return i;
}

function evaluate(spec: FunctionSpec, args: readonly unknown[], memoOn: boolean): Outcome {
  try {
    const split = memoOn ? spec.split : undefined;
    const params = spec.params;
    if (args.length > params.length) throw new GrexError('invalidValue', MSG.tooManyArgs(params.length));
    let key: unknown[] | undefined;
    let part: Part | undefined;
    let rate: unknown;
    if (split) {
      key = args.slice();
      const i = splitIndex(spec);
      rate = key[i];
      if (i < key.length) key[i] = null;
      part = memo.get(spec.id, key) as Part | undefined;
      // the same rate as the last time (a recalculation storm): that outcome again
      if (part && typeof rate === 'number' && Object.is(rate, part.rate)) return part.last!;
    }
    // with a kept part, the other arguments are those of an accepted call: only the split one is read
    const values = new Array<Normalised>(params.length);
    const at = part ? splitIndex(spec) : -1;
    for (let i = 0; i < params.length; i++) if (!part || i === at) values[i] = normaliseArg(args[i], params[i]);
    const a = new ArgList(params, values);
    if (!part) for (const [first, second] of pairsOf(spec)) if (a.has(first) && a.has(second)) a.requireSameLength(first, second);
    if (split && !part) memo.set(spec.id, key!, (part = { part: split.part(a) }), 512 + estimateBytes(key));
    const out = Object.freeze({ ok: true, value: checkResult(split ? split.finish(part!.part as never, a) : spec.impl(a)) }) as Outcome;
    if (part) {
      part.rate = rate;
      part.last = out;
    }
    return out;
  } catch (e) {
    return Object.freeze({ ok: false, error: Object.freeze(toExcelError(spec.id, e)) }) as Outcome;
  }
}

function resultBytes(r: Result): number {
  if (!Array.isArray(r)) return typeof r === 'string' ? 16 + 2 * r.length : 8;
  let n = 32;
  for (const row of r) {
    n += 32 + 8 * row.length;
    for (const c of row) if (typeof c === 'string') n += 16 + 2 * c.length;
  }
  return n;
}

export function invoke(spec: FunctionSpec, rawArgs: readonly unknown[]): Outcome {
  // Excel may pass omitted trailing arguments as null: they are the same call.
  const args = trimmed(rawArgs);
  if (!memoEnabled || spec.split) return evaluate(spec, args, memoEnabled);
  const hit = memo.get(spec.id, args) as Outcome | undefined;
  if (hit) return hit;
  const outcome = evaluate(spec, args, true);
  // Rejected calls are not stored: they are cheap to reject again, and a
  // rejected 100,000-row range must not stay in memory.
  if (outcome.ok) memo.set(spec.id, args, outcome, resultBytes(outcome.value));
  return outcome;
}
