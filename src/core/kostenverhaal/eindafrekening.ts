/**
 * Eindafrekening (Ow 13.20): never an additional charge; when the recomputed
 * amount is more than 5% below what was paid, the excess over 5% is refunded
 * with interest.
 *
 *   herberekend < (1 − 5%) × betaald:  terug = ((betaald − herberekend) − 5% × betaald) × (1 + rente)^jaren
 *   otherwise:                         terug = 0
 *
 * The function is continuous at the boundary (exactly 5% lower gives 0 either way).
 * Source [V]: https://rechtspraakbestuursrecht.nl/artikel-13-20-ow-voorwaarden-eindafrekening/ (margin 5%,
 * refund of the excess, with rente, never a surcharge). The interest rate and the period it runs over are
 * not specified in the text read [R]: both are parameters (default 0), compounded yearly — a choice of GREX.
 *
 * Without a tijdvak (Ow 13.20 lid 3 [V, same URL]): when kostenverhaal without tijdvak (Ow 13.15) was
 * applied and the recomputed amount rests on other costs, there is no refund in so far as (a) the costs
 * were made for the kostensoorten of Ow 13.11 lid 1 and (b) the maximum of Ow 13.15 lid 1 onder a is not
 * exceeded. Regime "ZONDERTIJDVAK" models that case: refund 0. Where (a) or (b) does not hold, lid 3 does
 * not apply and the refund follows lid 2: compute that part with regime "TIJDVAK".
 */
import { dec, growthFactor, ZERO, ONE, type Dec, type DecInput } from '../numeric';
import type { Regime } from './financiele-bijdrage';

/** The margin of Ow 13.20 [V]. */
export const EINDAFREKENING_MARGE = '0.05';

/** The refund of the module comment: 0 unless more than 5% lower (Ow 13.20 [V]); interest rate and period [R], default 0. */
export function finalSettlementRefund(betaald: DecInput, herberekend: DecInput, rente: DecInput = 0, jaren: DecInput = 0, regime: Regime = 'TIJDVAK'): Dec {
  if (regime === 'ZONDERTIJDVAK') return ZERO;
  const paid = dec(betaald);
  const recomputed = dec(herberekend);
  const margin = dec(EINDAFREKENING_MARGE);
  if (!recomputed.lt(ONE.minus(margin).times(paid))) return ZERO;
  const excess = paid.minus(recomputed).minus(margin.times(paid));
  if (excess.lte(0)) return ZERO;
  return excess.times(growthFactor(rente, jaren));
}
