/**
 * Residual land value of a commercial plot by capitalised rent.
 *
 *   V   = markthuur_per_m2 × VVO / BAR          (BAR kosten koper, as a fraction)
 *   BIJK = bijk% × BK
 *   RGW = V − BK − BIJK − ak_wr% × V            (AK + W&R over V, DECISIONS §3)
 *
 * Sources: commercial OG via BAR/NAR [V: Delft Nota grondprijsbeleid 2002,
 * https://media.delft.nl/raad/commissies/duurzaamheid/2002/Nota/d_2002_004_n.html];
 * REFERENCE §2.2 "V = markthuur × VVO / BAR_kk; RGW = V − BK − BIJK − AKWR";
 * the base of AK+W&R (= V) is a product decision (DECISIONS §3).
 */
import { dec, type Dec, type DecInput } from '../numeric';
import { invalid } from '../errors';
import { GW_MSG } from './messages';

export interface CommercialBreakdown {
  beleggingswaarde: Dec;
  bouwkosten: Dec;
  bijkomendeKosten: Dec;
  akWr: Dec;
  residueleGrondwaarde: Dec;
}

/** Value by capitalised rent: huur × VVO / BAR. */
export function capitalisedValue(huurPerM2: DecInput, vvo: DecInput, bar: DecInput): Dec {
  const b = dec(bar);
  if (b.lte(0)) throw invalid('bar', GW_MSG.positive, Number(b));
  return dec(huurPerM2).times(dec(vvo)).div(b);
}

/** RGW = huur × VVO / BAR − BK × (1 + bijk%) − ak_wr% × V (module comment; [V] method, AK+W&R base [besluit]). */
export function commercialLandValue(
  huurPerM2: DecInput, vvo: DecInput, bar: DecInput, bouwkosten: DecInput, bijkomendePct: DecInput, akWrPct: DecInput,
): CommercialBreakdown {
  const V = capitalisedValue(huurPerM2, vvo, bar);
  const BK = dec(bouwkosten);
  const BIJK = BK.times(dec(bijkomendePct));
  const AKWR = V.times(dec(akWrPct));
  return { beleggingswaarde: V, bouwkosten: BK, bijkomendeKosten: BIJK, akWr: AKWR, residueleGrondwaarde: V.minus(BK).minus(BIJK).minus(AKWR) };
}
