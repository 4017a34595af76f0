/**
 * Rounding of a canon, only where a contract prescribes it and always through
 * an explicit parameter (docs/methode/tijdwaarde-bbv.md#conventies, "Afronding").
 *   GEEN          unrounded
 *   EURO          to whole euros, half away from zero (the Amsterdam publication
 *                 rounded the canon to €194 before dividing; delaagbouw.nl [V])
 *   CENT_OMHOOG   up to whole cents ("met afronding op hele centen naar boven",
 *                 Grondvermogen [V])
 */
import { Dec, roundTo, roundUpTo } from '../numeric';

export const AFRONDINGEN = ['GEEN', 'CENT_OMHOOG', 'EURO'] as const;
export type Afronding = (typeof AFRONDINGEN)[number];

export function roundCanon(x: Dec, afronding: Afronding): Dec {
  if (afronding === 'EURO') return roundTo(x, 0);
  if (afronding === 'CENT_OMHOOG') return roundUpTo(x, 2);
  return x;
}
