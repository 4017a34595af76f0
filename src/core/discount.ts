/**
 * Present value (NCW) and end value (eindwaarde) of a yearly series
 * (docs/methode/tijdwaarde-bbv.md#conventies).
 *
 *   NCW(1-1-peiljaar)   = Σ_t X_t / (1+d)^n(t)      n from timing.ts
 *   EW(31-12-eindjaar)  = Σ_t X_t × (1+r)^m(t)      m from timing.ts
 *
 * Two paths compute the same sum:
 *  - the decimal path (reference): decimal.js at 34 digits;
 *  - the float path: plain IEEE doubles with an a-posteriori error bound.
 *    It returns a value only when the bound proves |float − exact| < 0.001
 *    (a tenth of a cent); otherwise the caller falls back to the decimal
 *    path. test/core/discount-fastpath.test.ts checks agreement to the cent on
 *    100,000 random cases.
 */
import { D, Dec, DecInput, dec, ONE, ZERO } from './numeric';
import { YearlySeries } from './series';
import { Timing, discountExponent, compoundExponent } from './timing';
import { invalid } from './errors';
import { MSG } from './messages';

/** (1+r)^e for e a whole or half number (also negative), exact to the decimal precision. */
function power(base: Dec, e: number, sqrtBase: () => Dec): Dec {
  const whole = Math.floor(e);
  const f = base.pow(whole);
  return e === whole ? f : f.times(sqrtBase());
}

function requireRate(rate: Dec, param: string): void {
  if (rate.lte(-1)) throw invalid(param, MSG.greaterThan('-100%'), rate.toNumber());
}

/** Σ x_t × (1+rate)^e(t), exact to the decimal precision; e(t) is a whole or half number. */
function weightedSumDecimal(rate: DecInput, flows: YearlySeries, exponent: (year: number) => number, param: string): Dec {
  const r = dec(rate);
  requireRate(r, param);
  const base = ONE.plus(r);
  let sq: Dec | undefined;
  const sqrtBase = () => (sq ??= base.sqrt());
  let s: Dec = ZERO;
  flows.values.forEach((x, i) => {
    if (!x.isZero()) s = s.plus(x.times(power(base, exponent(flows.yearAt(i)), sqrtBase)));
  });
  return s;
}

/** NCW at 1-1-`peiljaar` of `flows` discounted at `rate` (decimal path). */
export function presentValue(rate: DecInput, flows: YearlySeries, peiljaar: number, timing: Timing, param = 'disconteringsvoet'): Dec {
  return weightedSumDecimal(rate, flows, (t) => -discountExponent(t, peiljaar, timing), param);
}

/** Eindwaarde at 31-12-`eindjaar` of `flows` compounded at `rate` (decimal path). */
export function endValue(rate: DecInput, flows: YearlySeries, eindjaar: number, timing: Timing, param = 'rente'): Dec {
  return weightedSumDecimal(rate, flows, (t) => compoundExponent(t, eindjaar, timing), param);
}

const EPS = Number.EPSILON; // 2^-52
/** The largest error the float path may make and still be used. */
export const FAST_PATH_TOLERANCE = 0.001;

/**
 * Σ x_i × (1+r)^(e0 − i) in doubles, or undefined when the error bound
 * cannot prove the result within FAST_PATH_TOLERANCE of the exact value.
 *
 * Error model (first order, u = 2^-53; Higham, Accuracy and Stability of
 * Numerical Algorithms, ch. 2–4):
 *  - r as a double differs from the decimal r by ≤ u·|r|, and 1+r is rounded:
 *    relative error of the base ≤ β = u·(1 + |r|/|1+r|);
 *  - the first factor (1+r)^e0 (Math.pow, within one ulp): ≤ |e0|·β + 2u;
 *    each later factor is the previous one times 1/(1+r): ≤ β + 2u more;
 *  - each x_i differs from its decimal reading by ≤ u relative, the product adds u;
 *  - recursive summation: ≤ u·Σ|partial sums| (running error bound);
 *  - factors must stay normal doubles: at rates near −100% over long horizons
 *    (1+r)^e underflows or overflows, and the path refuses.
 * The bound is scaled by (1 + 1e-6) for the second-order terms (< n²u²).
 * The decimal path (34 digits) is 1e-33 relative from exact; that is added too.
 */
const U = EPS / 2;
const MIN_FACTOR = 2 ** -1000;
const MAX_FACTOR = 2 ** 1000;

export function weightedSumFloat(values: readonly number[], rate: number, e0: number): number | undefined {
  const base = 1 + rate;
  if (!(base > 0) || !Number.isFinite(base)) return undefined;
  const n = values.length;
  const beta = U * (1 + Math.abs(rate) / base);
  let f = Math.pow(base, e0);
  const fLast = n > 1 ? Math.pow(base, e0 - (n - 1)) : f;
  // both ends (the factors are monotone in i): normal, finite doubles only
  if (!(f >= MIN_FACTOR && f <= MAX_FACTOR && fLast >= MIN_FACTOR && fLast <= MAX_FACTOR)) return undefined;
  const step = 1 / base; // the exponent falls by one per later year
  const fErr0 = Math.abs(e0) * beta + EPS;
  const fErrStep = beta + EPS;
  let s = 0;
  let bound = 0;
  for (let i = 0; i < n; i++) {
    const term = values[i] * f;
    s += term;
    bound += Math.abs(term) * (fErr0 + i * fErrStep + 2 * U + 1e-33) + U * Math.abs(s);
    f *= step;
  }
  bound = bound * (1 + 1e-6) + n * 1e-300; // second order; underflow of a product to a subnormal
  if (!Number.isFinite(s) || !Number.isFinite(bound) || bound >= FAST_PATH_TOLERANCE) return undefined;
  return s;
}

/** NCW in doubles when provably within a tenth of a cent, else undefined (use presentValue). */
export function presentValueFloat(rate: number, values: readonly number[], start: number, peiljaar: number, timing: Timing): number | undefined {
  if (!(rate > -1)) return undefined;
  return weightedSumFloat(values, rate, -discountExponent(start, peiljaar, timing));
}

/** Eindwaarde in doubles when provably within a tenth of a cent, else undefined (use endValue). */
export function endValueFloat(rate: number, values: readonly number[], start: number, eindjaar: number, timing: Timing): number | undefined {
  if (!(rate > -1)) return undefined;
  return weightedSumFloat(values, rate, compoundExponent(start, eindjaar, timing));
}

/** NCW as a number: the float path where proven, the decimal path otherwise. */
export function presentValueNumber(rate: number, values: readonly number[], start: number, peiljaar: number, timing: Timing, param?: string): number {
  const fast = presentValueFloat(rate, values, start, peiljaar, timing);
  if (fast !== undefined) return fast;
  return presentValue(rate, YearlySeries.ofNumbers(start, values), peiljaar, timing, param).toNumber();
}

/** Eindwaarde as a number: the float path where proven, the decimal path otherwise. */
export function endValueNumber(rate: number, values: readonly number[], start: number, eindjaar: number, timing: Timing, param?: string): number {
  const fast = endValueFloat(rate, values, start, eindjaar, timing);
  if (fast !== undefined) return fast;
  return endValue(rate, YearlySeries.ofNumbers(start, values), eindjaar, timing, param).toNumber();
}

export { D };
