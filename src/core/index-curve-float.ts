/**
 * Index factors in doubles with a bound on their relative error against the
 * decimal factors of IndexCurve.factors (the same products, term by term).
 * Used by the float fast path of the grondexploitatie roll-forward
 * (grex/rollforward-float.ts). test/core/rollforward-fastpath.test.ts checks
 * that both give the same factors within the bound; a change to how
 * IndexCurve.factors indexes must be made here too.
 *
 * Error model: a rate r read as a double differs from its decimal by at most
 * u·|r| (u = 2^-53), and 1 + r is rounded once: the base (1 + r) carries a
 * relative error of at most u·(1 + |r|/|1 + r|). Each multiplication or
 * division adds u. The decimal path rounds at 34 digits (1e-33 per step).
 */
import type { IndexCurve } from './index-curve';

const U = Number.EPSILON / 2;
/** Relative rounding of one decimal.js operation at 34 significant digits (with margin). */
export const DECIMAL_STEP = 1e-33;

export interface FloatFactors {
  factors: number[];
  /** Bound on |float − decimal| / |decimal| per year. */
  relErr: number[];
}

/** A curve's rates are a handful of decimals, read again for every year: convert each once. */
const asNumber = new WeakMap<object, number>();
function rateOf(curve: IndexCurve, year: number): number {
  const d = curve.rate(year);
  let x = asNumber.get(d);
  if (x === undefined) asNumber.set(d, (x = d.toNumber()));
  return x;
}

function baseErr(r: number): number {
  return U * (1 + Math.abs(r) / Math.abs(1 + r)) + U + DECIMAL_STEP;
}

/** The factors of IndexCurve.factors(priceYear, from, to) in doubles, with their error bounds, at the curve's indexation moment. */
export function indexFactorsFloat(curve: IndexCurve, priceYear: number, from: number, to: number): FloatFactors | undefined {
  let f = 1;
  let err = 0;
  if (from > priceYear) {
    for (let k = priceYear; k < from; k++) {
      const r = rateOf(curve, k);
      f *= 1 + r;
      err += baseErr(r);
    }
  } else {
    for (let k = from; k < priceYear; k++) {
      const r = rateOf(curve, k);
      f /= 1 + r;
      err += baseErr(r);
    }
  }
  const n = to - from + 1;
  const factors = new Array<number>(n);
  const relErr = new Array<number>(n);
  const moment = curve.moment;
  for (let i = 0; i < n; i++) {
    const r = rateOf(curve, from + i);
    if (moment === 'begin') {
      factors[i] = f;
      relErr[i] = err;
    } else if (moment === 'eind') {
      // × (1 + i_t): one more base and one multiplication
      factors[i] = f * (1 + r);
      relErr[i] = err + baseErr(r) + U;
    } else {
      // × (1 + i_t)^½: half the base's error, the square root and the multiplication each add u
      factors[i] = f * Math.sqrt(1 + r);
      relErr[i] = err + baseErr(r) / 2 + 2 * U + DECIMAL_STEP;
    }
    f *= 1 + r;
    err += baseErr(r);
  }
  if (!(err < 1e-6)) return undefined; // rates near −100%: leave it to the decimal path
  for (let i = 0; i < n; i++) if (!(factors[i] > 0) || !Number.isFinite(factors[i])) return undefined;
  return { factors, relErr };
}
