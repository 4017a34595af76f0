/**
 * Afkoopsom: the present value of a (growing) stream of canons (docs/methode/erfpacht.md#formules).
 *
 *   factor(k, g, n) = Σ_{t=1..n} (1+g)^(t−1) / (1+k)^t              (canons in arrears)
 *                   = [1 − ((1+g)/(1+k))^n] / (k − g)                  (k ≠ g)
 *                   = n / (1 + k)                                      (k = g, the limit)
 *   factor(k, g, ∞) = 1 / (k − g)                                      (Gordon; requires k > g)
 *   afkoopsom       = canon × factor                    (betaling ACHTERAF, post-numerando)
 *                   = canon × factor × (1 + k)          (betaling VOORAF, prae-numerando)
 *
 * Source: the usual formulas, no primary text read [R] (growing annuity post-numerando, × (1+k) prae-numerando;
 * Amsterdam's eeuwigdurende afkoop canon / canonpercentage ⇔ Gordon with k − g = cp)
 * [V: delaagbouw.nl for the Amsterdam figures]; the factor (1+k) for VOORAF is [R]
 * (docs/methode/erfpacht.md#betaalmoment); the signature is a product choice [besluit: docs/methode/erfpacht.md#productkeuzes].
 */
import { Dec, DecInput, dec, ONE } from '../numeric';
import { oneMinusRatioPower } from './ratio-power';
import { invalid } from '../errors';
import { EP_MSG, rateText } from './messages';

export const BETALINGEN = ['ACHTERAF', 'VOORAF'] as const;
export type Betaling = (typeof BETALINGEN)[number];

export interface RateNames {
  /** Parameter name of the discount rate in messages (rekenrente, financieringsrente). */
  rate: string;
  growth: string;
}
const DEFAULT_NAMES: RateNames = { rate: 'rekenrente', growth: 'groei' };

/** PV at the start of year 1 of canons 1, (1+g), (1+g)², … paid at the end of years 1 … n (n undefined: for ever). */
export function growingAnnuityFactor(rekenrente: DecInput, groei: DecInput, looptijd?: number, names: RateNames = DEFAULT_NAMES): Dec {
  const k = dec(rekenrente);
  const g = dec(groei);
  if (looptijd === undefined) {
    if (!k.gt(g)) throw invalid(names.rate, EP_MSG.aboveGrowth(names.growth, rateText(g.toNumber())), k.toNumber());
    return ONE.div(k.minus(g));
  }
  if (k.eq(g)) return dec(looptijd).div(ONE.plus(k));
  return oneMinusRatioPower(g, k, looptijd).div(k.minus(g));
}

/** The afkoopsom of `canon` (the canon of the first year): canon × factor, × (1 + k) when paid in advance. */
export function afkoopsom(
  canonFirst: DecInput,
  rekenrente: DecInput,
  groei: DecInput = 0,
  looptijd?: number,
  betaling: Betaling = 'ACHTERAF',
  names: RateNames = DEFAULT_NAMES,
): Dec {
  const f = growingAnnuityFactor(rekenrente, groei, looptijd, names).times(dec(canonFirst));
  return betaling === 'VOORAF' ? f.times(ONE.plus(dec(rekenrente))) : f;
}
