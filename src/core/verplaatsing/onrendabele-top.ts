/**
 * Onrendabele top (OT) of a business case (docs/methode/verplaatsing.md#onrendabele-top):
 *   OT_NCW = NCW(kosten) − NCW(opbrengsten)      positive = a funding gap
 *   OT_nom = Σ kosten − Σ opbrengsten
 * NCW per 1-1-peiljaar with the timing conventions of docs/methode/tijdwaarde-bbv.md#conventies, through
 * presentValue (core/discount.ts). The definition for a gemeente/ROM case is
 * structure [R]; the Dordrecht/Dolderman case (OT € 3 mln,
 * covered 1,5 + 1,5) is [V] for the use of the term.
 */
import { Dec, DecInput } from '../numeric';
import { YearlySeries } from '../series';
import { presentValue } from '../discount';
import type { Timing } from '../timing';

export interface OnrendabeleTop {
  ncw: Dec;
  nominaal: Dec;
  ncwKosten: Dec;
  ncwOpbrengsten: Dec;
}

export function onrendabeleTop(
  rate: DecInput,
  kosten: YearlySeries,
  opbrengsten: YearlySeries,
  peiljaar: number,
  timing: Timing,
  param = 'disconteringsvoet',
): OnrendabeleTop {
  const ncwKosten = presentValue(rate, kosten, peiljaar, timing, param);
  const ncwOpbrengsten = presentValue(rate, opbrengsten, peiljaar, timing, param);
  return {
    ncw: ncwKosten.minus(ncwOpbrengsten),
    nominaal: kosten.total().minus(opbrengsten.total()),
    ncwKosten,
    ncwOpbrengsten,
  };
}
