/**
 * Present value of a loss that only starts after a phase-out period
 * (afbouwtermijn, uitsterfregeling) of T years, at rekenrente r ≥ 0:
 *
 *   WAARDE  (a one-off value loss L at the end of the term):   L / (1 + r)^T
 *   INKOMEN (an annual income loss I from year T + 1 on):
 *           perpetual:                 (I / r) × (1 + r)^−T          (r > 0)
 *           for a horizon of H years:  I × (1 − (1 + r)^−H) / r × (1 + r)^−T,
 *                                      I × H × (1 + r)^−T when r = 0
 *
 * With T = 0 both equal the loss without phase-out; for r > 0 both fall
 * strictly in T. The formulas are a product decision of GREX, not settled
 * law: whether a reasonable term removes the damage altogether is decided
 * case by case [R]. Zuid-Holland lets seated firms keep overgangsrecht as an
 * uitsterfregeling when a minimum milieucategorie is introduced
 * [V: https://skbn.nu/post/1109].
 */
import { dec, growthFactor, ONE, type Dec, type DecInput } from '../numeric';

export const AFBOUW_VORMEN = ['WAARDE', 'INKOMEN'] as const;
export type AfbouwVorm = (typeof AFBOUW_VORMEN)[number];

/** Value at the start of the phase-out of the loss (before discounting over the term). */
export function lossAtStart(schade: DecInput, rate: DecInput, vorm: AfbouwVorm, horizon?: number): Dec {
  const l = dec(schade);
  const r = dec(rate);
  if (vorm === 'WAARDE') return l;
  if (horizon === undefined) return l.div(r);
  if (r.isZero()) return l.times(horizon);
  return l.times(ONE.minus(ONE.div(growthFactor(r, horizon)))).div(r);
}

export function afbouwtermijn(schade: DecInput, termijn: DecInput, rate: DecInput, vorm: AfbouwVorm = 'WAARDE', horizon?: number): Dec {
  return lossAtStart(schade, rate, vorm, horizon).div(growthFactor(rate, termijn));
}
