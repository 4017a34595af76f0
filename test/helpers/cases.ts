/**
 * Worked cases: every expected value carries its source and a tolerance, and
 * a failure prints calculated, expected and the error (QuantLib style).
 */
import { call, GrexCallError } from '../../src/functions/call';
import type { Result } from '../../src/functions/types';

export interface WorkedCase {
  /** What is computed, in a few words. */
  name: string;
  /** Where the expected value comes from: a publication (with URL), a hand derivation, an identity. */
  source: string;
  expected: number;
  /** Absolute tolerance (default 1e-9 relative of the expected value, at least 1e-9). */
  abs?: number;
  /** Relative tolerance. */
  rel?: number;
}

export function expectClose(actual: number, c: WorkedCase): void {
  const tol = c.abs ?? (c.rel !== undefined ? Math.abs(c.expected) * c.rel : Math.max(1e-9, Math.abs(c.expected) * 1e-9));
  const err = Math.abs(actual - c.expected);
  if (!(err <= tol)) {
    throw new Error(`${c.name}\n  source:     ${c.source}\n  calculated: ${actual}\n  expected:   ${c.expected}\n  error:      ${err} (tolerance ${tol})`);
  }
}

/** The value of a call that must succeed. */
export function value(name: string, ...args: unknown[]): Result {
  return call(name, ...args);
}

/** The number a call returns (the first cell of a spill). */
export function num(name: string, ...args: unknown[]): number {
  const r = call(name, ...args);
  const v = Array.isArray(r) ? r[0][0] : r;
  if (typeof v !== 'number') throw new Error(`${name} gaf geen getal maar ${JSON.stringify(r)}`);
  return v;
}

/** The Excel error of a call that must fail: { code, message }. */
export function excelError(name: string, ...args: unknown[]): { code: string; message: string } {
  try {
    const r = call(name, ...args);
    throw new Error(`${name} gaf geen fout maar ${JSON.stringify(r)}`);
  } catch (e) {
    if (e instanceof GrexCallError) return { code: e.code, message: e.message };
    throw e;
  }
}
