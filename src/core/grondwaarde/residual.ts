/**
 * Residual land value (residuele grondwaarde) for housing, with the base
 * (grondslag) of algemene kosten (AK) and winst & risico (W&R) chosen per
 * percentage.
 *
 * Sources: RGW = verkoopprijs − stichtingskosten [V: https://bouweconomie.com/begrippen/residuele-grondwaarde/];
 * housing "verkoopprijs v.o.n. minus de bouwkosten" [V: Delft Nota grondprijsbeleid 2002];
 * the grondslag of AK/W&R changes the result (VON_ex, BK+BIJK, BK+BIJK+grond) [V parameters only:
 * textbook example, http://www.bisdomgroningen.nl/category/flexplek-huren-schiphol/];
 * formulas docs/methode/grondwaarde.md#residuele-grondwaarde-van-een-woning; the exact solution of the circular case is derived below (algebra, no source
 * needed).
 */
import { dec, ONE, ZERO, type Dec, type DecInput } from '../numeric';
import { invalid } from '../errors';
import { exclBtw } from './btw';
import { GW_MSG } from './messages';

/** Base of a percentage: VON excl. BTW, stichtingskosten (BK + BIJK), or stichtingskosten + the land value itself. */
export const GRONDSLAGEN = ['VON', 'STICHTINGSKOSTEN', 'INCLGROND'] as const;
export type Grondslag = (typeof GRONDSLAGEN)[number];

export interface ResidualInput {
  vonInclBtw: DecInput;
  btw: DecInput;
  /** Bouwkosten BK as a total amount (e.g. BVO × €/m² or inhoud × €/m³), excl. BTW. */
  bouwkosten: DecInput;
  /** Bijkomende kosten as a fraction of BK. */
  bijkomendePct: DecInput;
  akPct: DecInput;
  wrPct: DecInput;
  akGrondslag?: Grondslag;
  wrGrondslag?: Grondslag;
  /** Other costs (sloop, planschade, kosten koper …), a positive amount. */
  overigeKosten?: DecInput;
}

export interface ResidualBreakdown {
  vonExclBtw: Dec;
  bouwkosten: Dec;
  bijkomendeKosten: Dec;
  /** BK + BIJK. */
  stichtingskosten: Dec;
  algemeneKosten: Dec;
  winstRisico: Dec;
  overigeKosten: Dec;
  residueleGrondwaarde: Dec;
}

function checkGrondslag(g: string, param: string): Grondslag {
  if (!(GRONDSLAGEN as readonly string[]).includes(g)) throw invalid(param, GW_MSG.unknownGrondslag(GRONDSLAGEN), g);
  return g as Grondslag;
}

/**
 * RGW with AK and W&R over their own grondslag g_k:
 *
 *   V = VON_incl / (1 + btw),  S = BK + bijk% × BK,  O = overige kosten
 *   RGW = V − S − O − ak × g_ak − wr × g_wr,   g ∈ { V ; S ; S + RGW }
 *
 * Write g_k = f_k + c_k × RGW with f_k = V or S and c_k = 1 only for INCLGROND.
 * Then RGW = V − S − O − F − a × RGW with F = Σ rate_k × f_k and a = Σ rate_k × c_k, so
 *
 *   RGW = (V − S − O − F) / (1 + a)          (exact; no iteration)
 *
 * With both on INCLGROND this is the textbook RGW = (V − S − a × S) / (1 + a) (there without O).
 * Tags: formula structure [V sources above]; closed form is algebra; BTW rate [R] (parameter).
 */
export function residualLandValue(x: ResidualInput): ResidualBreakdown {
  const gAk = checkGrondslag(x.akGrondslag ?? 'VON', 'ak_grondslag');
  const gWr = checkGrondslag(x.wrGrondslag ?? 'VON', 'wr_grondslag');
  const V = exclBtw(x.vonInclBtw, x.btw);
  const BK = dec(x.bouwkosten);
  const BIJK = BK.times(dec(x.bijkomendePct));
  const S = BK.plus(BIJK);
  const O = dec(x.overigeKosten ?? 0);
  const ak = dec(x.akPct);
  const wr = dec(x.wrPct);
  const fixed = (g: Grondslag): Dec => (g === 'VON' ? V : S);
  const onLand = (g: Grondslag): Dec => (g === 'INCLGROND' ? ONE : ZERO);
  const F = ak.times(fixed(gAk)).plus(wr.times(fixed(gWr)));
  const a = ak.times(onLand(gAk)).plus(wr.times(onLand(gWr)));
  const denom = ONE.plus(a);
  if (denom.lte(0)) throw invalid(gAk === 'INCLGROND' ? 'ak_pct' : 'wr_pct', GW_MSG.noSolution);
  const rgw = V.minus(S).minus(O).minus(F).div(denom);
  const base = (g: Grondslag): Dec => (g === 'VON' ? V : g === 'STICHTINGSKOSTEN' ? S : S.plus(rgw));
  return {
    vonExclBtw: V,
    bouwkosten: BK,
    bijkomendeKosten: BIJK,
    stichtingskosten: S,
    algemeneKosten: ak.times(base(gAk)),
    winstRisico: wr.times(base(gWr)),
    overigeKosten: O,
    residueleGrondwaarde: rgw,
  };
}
