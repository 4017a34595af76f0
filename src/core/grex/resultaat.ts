/**
 * The result of a grondexploitatie in the three BBV values
 * (docs/methode/tijdwaarde-bbv.md#boekwaarde-en-resultaat). Positive = winst.
 *
 *   nominaal   = Σ opbrengsten − Σ kosten − beginboekwaarde    (price level, no index, no interest)
 *   eindwaarde = −BW(31-12-T)                                   (the roll-forward of boekwaarde.ts)
 *   NCW        = eindwaarde / (1 + d)^n,  n = T − startjaar + 1  (the number of years), at 1-1-startjaar
 *
 * Definitions of nominale waarde, eindwaarde and NCW
 * [V: https://heerhugowaard.begroting-2018.nl/p153/resultaat-grondbedrijfcomplexen];
 * d = 2% (ECB inflation target) as the BBV discount rate [V-ind: Scobe 2024 on
 * the 2023 notitie; Gorinchem 2022]; any d is accepted (docs/methode/tijdwaarde-bbv.md#disconteringsvoet).
 * The NCW reuses presentValue: the end value is one flow at 31-12-T.
 */
import { Dec, DecInput, dec } from '../numeric';
import { YearlySeries } from '../series';
import { presentValue } from '../discount';
import { GrexInput, rollForward } from './boekwaarde';

export interface GrexResult {
  nominaal: Dec;
  eindwaarde: Dec;
  ncw: Dec;
}

/** Nominal result: revenues − costs − begin boekwaarde, at the price level, without index and interest. */
export function nominalResult(x: Pick<GrexInput, 'beginboekwaarde' | 'kosten' | 'opbrengsten'>): Dec {
  return x.opbrengsten.total().minus(x.kosten.total()).minus(dec(x.beginboekwaarde));
}

/** NCW at 1-1-`startjaar` of an end value at 31-12-`eindjaar`: EW / (1+d)^(eindjaar − startjaar + 1). */
export function ncwOfEndValue(eindwaarde: DecInput, disconteringsvoet: DecInput, startjaar: number, eindjaar: number): Dec {
  return presentValue(disconteringsvoet, new YearlySeries(eindjaar, [eindwaarde]), startjaar, 'eind');
}

export function grexResult(x: GrexInput, disconteringsvoet: DecInput): GrexResult {
  const rows = rollForward(x);
  const eindwaarde = rows[rows.length - 1].eind.neg();
  return {
    nominaal: nominalResult(x),
    eindwaarde,
    ncw: ncwOfEndValue(eindwaarde, disconteringsvoet, x.kosten.start, x.kosten.end),
  };
}
