/**
 * The grondexploitatie instrument under the BBV rules: the yearly roll-forward
 * of the boekwaarde (docs/methode/tijdwaarde-bbv.md#boekwaarde-en-resultaat).
 *
 *   K_t    = kosten_t × Π (1 + i_k,kosten)      k = prijspeiljaar … t−1   (IndexCurve)
 *   O_t    = opbrengsten_t × Π (1 + i_k,opbr)   idem; optionally 0% from `opbrengstenBevrorenVanaf`
 *   R_t    = r × BW(1-1-t)                      only when BW(1-1-t) > 0, or always with renteOverNegatief
 *   BW(31-12-t) = BW(1-1-t+1) = BW(1-1-t) + K_t − O_t + R_t
 *
 * Sources:
 *  - interest only over the boekwaarde of 1 January, no interest on flows
 *    inside the year [V: https://koggenland.begroting-2020.nl/p2711/renteberekening;
 *    Scobe on the 2023 notitie];
 *  - separate cost and revenue indexation per year [V: Gorinchem jaarstukken 2022];
 *  - "het niet indexeren van opbrengsten na 10 jaar" as a beheersmaatregel
 *    [V: https://s-hertogenbosch.begroting-2018.nl/p586/grondexploitatiescomplexen-met-een-looptijd-van-meer-dan-10-jaar];
 *  - no interest credited on a negative boekwaarde unless chosen: a product
 *    decision, no source read settles it [besluit: docs/methode/tijdwaarde-bbv.md#rente-over-een-negatieve-boekwaarde].
 * Flows fall at the year end (docs/methode/tijdwaarde-bbv.md#conventies): costs and revenues of year t
 * earn no interest in year t.
 */
import { Dec, DecInput, dec, ZERO } from '../numeric';
import { YearlySeries, requireSameLength } from '../series';
import { IndexCurve } from '../index-curve';
import { invalid } from '../errors';
import { MSG } from '../messages';

export interface GrexInput {
  /** Boekwaarde on 1-1 of the first year (positive = costs capitalised, a debit balance). */
  beginboekwaarde: DecInput;
  /** Costs per year at price level 1-1-prijspeiljaar (positive amounts). */
  kosten: YearlySeries;
  /** Revenues per year at the same price level, same years as `kosten`. */
  opbrengsten: YearlySeries;
  /** Interest rate over the boekwaarde of 1 January (r_grex). */
  rente: DecInput;
  kostenindex?: IndexCurve;
  opbrengstenindex?: IndexCurve;
  /** Credit interest while the boekwaarde of 1 January is negative (default false, docs/methode/tijdwaarde-bbv.md#rente-over-een-negatieve-boekwaarde). */
  renteOverNegatief?: boolean;
  /** Price level 1-1 of this year (default: the first year). */
  prijspeiljaar?: number;
  /** From this calendar year on the revenue index is 0% (beheersmaatregel); undefined = no freeze. */
  opbrengstenBevrorenVanaf?: number;
}

export interface GrexYear {
  jaar: number;
  begin: Dec;
  kosten: Dec;
  opbrengsten: Dec;
  rente: Dec;
  eind: Dec;
}

/** Interest of one year over the boekwaarde of 1 January (BBV), with the negative-boekwaarde choice. */
export function interestOnOpening(begin: Dec, rate: Dec, overNegative: boolean): Dec {
  if (begin.isZero()) return ZERO;
  if (begin.isNegative() && !overNegative) return ZERO;
  return begin.times(rate);
}

/** The revenue index with the freeze applied (IndexCurve.frozenFrom), or as given. */
export function revenueCurve(x: Pick<GrexInput, 'opbrengstenindex' | 'opbrengstenBevrorenVanaf'>): IndexCurve {
  const c = x.opbrengstenindex ?? IndexCurve.none();
  return x.opbrengstenBevrorenVanaf === undefined ? c : c.frozenFrom(x.opbrengstenBevrorenVanaf);
}

/** The roll-forward, one row per year of the cost series (decimal path). */
export function rollForward(x: GrexInput): GrexYear[] {
  if (x.kosten.length === 0) throw invalid('kosten', MSG.seriesTooShort(1));
  requireSameLength(x.kosten, x.opbrengsten, 'opbrengsten', 'kosten');
  const start = x.kosten.start;
  const end = x.kosten.end;
  const price = x.prijspeiljaar ?? start;
  const r = dec(x.rente);
  const kf = (x.kostenindex ?? IndexCurve.none()).factors(price, start, end);
  const of = revenueCurve(x).factors(price, start, end);
  const rows: GrexYear[] = [];
  let bw = dec(x.beginboekwaarde);
  for (let i = 0; i < x.kosten.length; i++) {
    const jaar = start + i;
    const kosten = x.kosten.values[i].times(kf[i]);
    const opbrengsten = x.opbrengsten.at(jaar).times(of[i]);
    const rente = interestOnOpening(bw, r, x.renteOverNegatief ?? false);
    const eind = bw.plus(kosten).minus(opbrengsten).plus(rente);
    rows.push({ jaar, begin: bw, kosten, opbrengsten, rente, eind });
    bw = eind;
  }
  return rows;
}
