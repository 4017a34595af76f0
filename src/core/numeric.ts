/**
 * The one numeric policy of the calculation core (docs/methode/tijdwaarde-bbv.md#conventies, "Rekenen").
 *
 * Every calculation that must keep decimal inputs exact uses `D`, an isolated
 * decimal.js configuration. Nothing else in the code base may call
 * `Decimal.set` or create its own clone: import `D` from here.
 *
 *   precision  34 significant digits (IEEE 754 decimal128), far beyond the
 *              cent on any amount a municipality handles
 *   rounding   ROUND_HALF_EVEN (banker's rounding) for intermediate results;
 *              rules that prescribe rounding do so explicitly (see roundTo)
 *   toExpNeg / toExpPos  keep toString() in plain notation for messages
 */
import DecimalJs from 'decimal.js';

export const D = DecimalJs.clone({
  precision: 34,
  rounding: DecimalJs.ROUND_HALF_EVEN,
  toExpNeg: -40,
  toExpPos: 40,
  maxE: 9e15,
  minE: -9e15,
});

export type Dec = InstanceType<typeof D>;
export type DecInput = Dec | number | string;

/** A decimal from a JS number without binary noise: 0.1 becomes exactly 0.1. */
export function dec(x: DecInput): Dec {
  return x instanceof D ? (x as Dec) : new D(x);
}

export const ZERO: Dec = new D(0);
export const ONE: Dec = new D(1);

/** Σ of decimals. */
export function sum(values: readonly Dec[]): Dec {
  let s = ZERO;
  for (const v of values) s = s.plus(v);
  return s;
}

/** Round half away from zero to `places` decimals (the way contracts and Excel's ROUND do). */
export function roundTo(x: Dec, places: number): Dec {
  return x.toDecimalPlaces(places, D.ROUND_HALF_UP);
}

/** Round up (towards +∞) to `places` decimals: "naar boven afgerond op centen". */
export function roundUpTo(x: Dec, places: number): Dec {
  return x.toDecimalPlaces(places, D.ROUND_CEIL);
}

/** (1 + r)^n for a rate r > −1 and any real n (n may be fractional for mid-year timing). */
export function growthFactor(rate: DecInput, n: DecInput): Dec {
  return ONE.plus(dec(rate)).pow(dec(n));
}

/** The JS number at the Excel boundary. */
export function toNumber(x: Dec): number {
  return x.toNumber();
}
