/**
 * 1 − ((1 + a) / (1 + b))^n without cancellation, for the annuity factor and the
 * reversion of an erfpacht contract.
 *
 * Write (1 + a)/(1 + b) = 1 − e with e = (b − a)/(1 + b), exact to the decimal precision.
 *   n·|e| ≥ 10⁻³:  the closed form 1 − (1 − e)^n; its absolute error (≈ n·10⁻³⁴) is tiny
 *                  against a result of at least ≈ 10⁻³.
 *   n·|e| < 10⁻³:  the binomial sum 1 − (1 − e)^n = −Σ_{j≥1} C(n, j)(−e)^j, whose terms fall
 *                  by a factor ≤ n·|e| each, so a few terms give full precision even when
 *                  1 + a and 1 + b are equal to 34 digits (e.g. rates of 10⁻⁹⁰).
 * Pure algebra; no domain rule.
 */
import { Dec, DecInput, dec, growthFactor, ONE, ZERO } from '../numeric';

const SERIES_LIMIT = 1e-3;
const TINY = 1e-45;

export function oneMinusRatioPower(a: DecInput, b: DecInput, n: number): Dec {
  const A = dec(a);
  const B = dec(b);
  if (A.eq(B) || n === 0) return ZERO;
  const e = B.minus(A).div(ONE.plus(B));
  if (e.abs().times(n).gte(SERIES_LIMIT)) return ONE.minus(growthFactor(A, n).div(growthFactor(B, n)));
  const minusE = e.neg();
  let term = minusE.times(n); // C(n,1)(−e)
  let sum = term;
  for (let j = 1; j < n; j++) {
    term = term
      .times(n - j)
      .div(j + 1)
      .times(minusE);
    sum = sum.plus(term);
    if (term.abs().lte(sum.abs().times(TINY))) break;
  }
  return sum.neg();
}
