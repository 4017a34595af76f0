/**
 * Residual land value of a commercial plot by capitalised rent.
 *
 *   V   = markthuur_per_m2 × VVO / BAR          (BAR kosten koper, as a fraction)
 *   BIJK = bijk% × BK
 *   RGW = V − BK − BIJK − ak_wr% × V            (AK + W&R over V, docs/methode/grondwaarde.md#bedrijfskavel)
 *
 * Sources: commercial OG via BAR/NAR [V: Delft Nota grondprijsbeleid 2002,
 * https://media.delft.nl/raad/commissies/duurzaamheid/2002/Nota/d_2002_004_n.html];
 * the formula V = markthuur × VVO / BAR_kk; RGW = V − BK − BIJK − AKWR;
 * the base of AK+W&R (= V) is the default.
 *
 * With a grondslag per percentage (`commercialLandValueBy`), as for housing:
 *   RGW = V − S − ak% × g_ak − wr% × g_wr,   S = BK + BIJK,   g ∈ { V (OPBRENGST) ; S ; S + RGW (INCLGROND) }
 * solved in closed form by residualLandValue (residual.ts) with V as the price excl. BTW.
 * The textbook shows three AK bases (bouw- plus bijkomende kosten; plus grond; netto opbrengst) and
 * W&R over the netto opbrengst [V-ind: stored textbook parameters,
 * http://www.bisdomgroningen.nl/category/flexplek-huren-schiphol/].
 */
import { dec, type Dec, type DecInput } from '../numeric';
import { invalid } from '../errors';
import { GW_MSG } from './messages';
import { residualLandValue, type Grondslag } from './residual';

/** Base of AK or W&R on a commercial plot: the capitalised value, stichtingskosten, or stichtingskosten + the land. */
export const BEDRIJF_GRONDSLAGEN = ['OPBRENGST', 'STICHTINGSKOSTEN', 'INCLGROND'] as const;
export type BedrijfGrondslag = (typeof BEDRIJF_GRONDSLAGEN)[number];

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
  huurPerM2: DecInput,
  vvo: DecInput,
  bar: DecInput,
  bouwkosten: DecInput,
  bijkomendePct: DecInput,
  akWrPct: DecInput,
): CommercialBreakdown {
  const V = capitalisedValue(huurPerM2, vvo, bar);
  const BK = dec(bouwkosten);
  const BIJK = BK.times(dec(bijkomendePct));
  const AKWR = V.times(dec(akWrPct));
  return { beleggingswaarde: V, bouwkosten: BK, bijkomendeKosten: BIJK, akWr: AKWR, residueleGrondwaarde: V.minus(BK).minus(BIJK).minus(AKWR) };
}

export interface CommercialInput {
  huurPerM2: DecInput;
  vvo: DecInput;
  bar: DecInput;
  bouwkosten: DecInput;
  bijkomendePct: DecInput;
  akPct: DecInput;
  wrPct: DecInput;
  akGrondslag?: BedrijfGrondslag;
  wrGrondslag?: BedrijfGrondslag;
}

const asHousing = (g: BedrijfGrondslag | undefined): Grondslag => (g === undefined || g === 'OPBRENGST' ? 'VON' : g);

/** RGW with AK and W&R each over its own grondslag, exact also for INCLGROND (module comment). */
export function commercialLandValueBy(x: CommercialInput): CommercialBreakdown {
  const V = capitalisedValue(x.huurPerM2, x.vvo, x.bar);
  const r = residualLandValue({
    vonInclBtw: V,
    btw: 0,
    bouwkosten: x.bouwkosten,
    bijkomendePct: x.bijkomendePct,
    akPct: x.akPct,
    wrPct: x.wrPct,
    akGrondslag: asHousing(x.akGrondslag),
    wrGrondslag: asHousing(x.wrGrondslag),
  });
  return {
    beleggingswaarde: V,
    bouwkosten: r.bouwkosten,
    bijkomendeKosten: r.bijkomendeKosten,
    akWr: r.algemeneKosten.plus(r.winstRisico),
    residueleGrondwaarde: r.residueleGrondwaarde,
  };
}
