/**
 * The erfpachter's view (GREX.ERFPACHT.AFKOOPVERGELIJK): the afkoopsom against the
 * present value of the canons at the erfpachter's own financing rate r, and the year in
 * which buying off pays for itself.
 *
 *   NCW canons   = afkoopsom(canon, r, g, n, betaling)        (annuity.ts; n empty = eeuwigdurend)
 *   voordeel     = NCW canons − afkoopsom                     (> 0: buying off pays)
 *   terugverdienjaar = the smallest m ≤ n with afkoopsom(canon, r, g, m, betaling) ≥ afkoopsom:
 *     the first year in which the present value of the canons saved so far covers the afkoopsom,
 *     equivalently in which a loan at r that financed the afkoopsom is repaid by the saved canons
 *     (the discounted payback period). The partial sums increase in m (canon > 0), so m is
 *     found by bisection over the exact closed form — no floating-point root finding.
 * Source: the afkoop formulas of docs/methode/erfpacht.md#formules [R]; the discounted payback as the
 * erfpachter's criterion is a choice of this add-in [besluit: docs/methode/erfpacht.md#productkeuzes], not a rule.
 */
import { Dec, DecInput, dec } from '../numeric';
import { afkoopsom, Betaling, RateNames } from './annuity';

export interface BuyerView {
  ncwCanons: Dec;
  afkoopsom: Dec;
  voordeel: Dec;
  /** Contract year 1, 2, … in which buying off has paid for itself, or undefined (never / not within the term). */
  terugverdienjaar?: number;
}

const NAMES: RateNames = { rate: 'financieringsrente', growth: 'groei' };

export function buyerView(
  canonFirst: DecInput,
  afkoop: DecInput,
  financieringsrente: DecInput,
  groei: DecInput = 0,
  looptijd?: number,
  betaling: Betaling = 'ACHTERAF',
): BuyerView {
  const S = dec(afkoop);
  const ncwCanons = afkoopsom(canonFirst, financieringsrente, groei, looptijd, betaling, NAMES);
  const covered = (m: number): boolean => afkoopsom(canonFirst, financieringsrente, groei, m, betaling, NAMES).gte(S);
  let terugverdienjaar: number | undefined;
  if (ncwCanons.gte(S) && (looptijd !== undefined || ncwCanons.gt(S))) {
    // bracket: covered(hi) and not covered(lo) (lo = 0: nothing paid yet)
    const cap = looptijd ?? Number.MAX_SAFE_INTEGER;
    let lo = 0;
    let hi = 1;
    while (!covered(hi)) {
      if (hi >= cap) return { ncwCanons, afkoopsom: S, voordeel: ncwCanons.minus(S) }; // beyond any representable year
      lo = hi;
      hi = Math.min(cap, hi * 2);
    }
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (covered(mid)) hi = mid;
      else lo = mid;
    }
    terugverdienjaar = hi;
  }
  return { ncwCanons, afkoopsom: S, voordeel: ncwCanons.minus(S), terugverdienjaar };
}
