/**
 * One call of one GREX function, exactly as Excel, `call()` and `grex eval`
 * make it: normalise each argument, run the adapter, check the result, map
 * errors. A memo serves repeated calls with identical arguments.
 */
import { GrexError, MSG } from '../core';
import { Args } from './args';
import { normaliseArg } from './normalise';
import { toExcelError, ExcelError } from './errors';
import { Memo } from './memo';
import type { FunctionSpec, Result, Scalar } from './types';

export type Outcome = { ok: true; value: Result } | { ok: false; error: ExcelError };

const memo = new Memo<Outcome>(2000);
let memoEnabled = true;

/** Turn the memo on or off (the bench compares both); clears it either way. */
export function setMemo(enabled: boolean): void {
  memoEnabled = enabled;
  memo.clear();
}

export function memoStats(): { hits: number; misses: number; size: number } {
  return { hits: memo.hits, misses: memo.misses, size: memo.size };
}

function checkScalar(v: unknown): Scalar {
  if (typeof v === 'number') {
    // NaN is always a defect (0/0, ∞ − ∞): report it as one, so the fuzzer finds it.
    if (Number.isNaN(v)) throw new GrexError('invalidValue', MSG.internal);
    // ±Infinity is an honest overflow of extreme input.
    if (!Number.isFinite(v)) throw new GrexError('invalidValue', MSG.resultNotFinite);
    return Object.is(v, -0) ? 0 : v;
  }
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v === null || v === undefined) return '';
  throw new GrexError('invalidValue', MSG.internal);
}

/** Results Excel can show: finite numbers, text; rectangular spills; never an empty array. */
export function checkResult(r: unknown): Result {
  if (!Array.isArray(r)) return checkScalar(r);
  if (r.length === 0) return [['']];
  const rows = r.map((row) => (Array.isArray(row) ? row : [row]));
  const width = Math.max(1, ...rows.map((row) => row.length));
  return rows.map((row) => Array.from({ length: width }, (_, i) => (i < row.length ? checkScalar(row[i]) : '')));
}

export function invoke(spec: FunctionSpec, rawArgs: readonly unknown[]): Outcome {
  if (memoEnabled) {
    const hit = memo.get(spec.id, rawArgs);
    if (hit) return hit;
  }
  let outcome: Outcome;
  try {
    if (rawArgs.length > spec.params.length) {
      throw new GrexError('invalidValue', MSG.tooManyArgs(spec.params.length));
    }
    const values = spec.params.map((p, i) => normaliseArg(rawArgs[i], p));
    const args = new Args(spec.params, values);
    for (const p of spec.params) {
      if (p.kind === 'series' && p.sameLengthAs && args.has(p.name) && args.has(p.sameLengthAs)) {
        args.requireSameLength(p.sameLengthAs, p.name);
      }
    }
    outcome = { ok: true, value: checkResult(spec.impl(args)) };
  } catch (e) {
    outcome = { ok: false, error: toExcelError(spec.id, e) };
  }
  if (memoEnabled) memo.set(spec.id, rawArgs, outcome);
  return outcome;
}
