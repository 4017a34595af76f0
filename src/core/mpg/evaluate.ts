/**
 * The one door through which the MPG calculations reach the grondexploitatie
 * core: every evaluation of a (mixed) vintage goes through `grexValues`.
 *
 *   nominaal, eindwaarde, NCW as GREX.RESULTAAT computes them
 *   (grexResultNumbers: the float roll-forward where its error bound proves
 *   every figure within a tenth of a cent of the decimal path, the decimal
 *   path otherwise), except that the NCW may be taken at 1-1 of a `peiljaar`
 *   other than the first year of the series:
 *     NCW = EW / (1 + d)^(eindjaar − peiljaar + 1).
 * The pure vintages (peiljaar = first year) give exactly GREX.RESULTAAT's
 * figures.
 */
import { Dec, DecInput, dec, ONE } from '../numeric';
import type { YearlySeries } from '../series';
import { grexResultNumbers, ncwOfEndValue, type GrexInput, type GrexNumbers } from '../grex';

export interface GrexValues {
  nominaal: Dec;
  eindwaarde: Dec;
  ncw: Dec;
}

/** A series' values as doubles, converted once per series (a Shapley analysis reads each mix hundreds of times). */
const asNumbers = new WeakMap<YearlySeries, number[]>();
export function numbersOf(s: YearlySeries): number[] {
  let x = asNumbers.get(s);
  if (!x) asNumbers.set(s, (x = s.toNumbers()));
  return x;
}

/** 1 / (1 + d)^(eindjaar − peiljaar + 1) on the decimal path, per (d, peiljaar, eindjaar). */
const discountFactors = new Map<string, Dec>();
function discountFactor(d: number, peiljaar: number, eindjaar: number): Dec {
  const key = `${d},${peiljaar},${eindjaar}`;
  let f = discountFactors.get(key);
  if (!f) {
    if (discountFactors.size > 1000) discountFactors.clear();
    discountFactors.set(key, (f = ncwOfEndValue(ONE, d, peiljaar, eindjaar)));
  }
  return f;
}

export function grexValues(x: GrexInput, disconteringsvoet: DecInput, peiljaar: number = x.kosten.start): GrexValues {
  const n: GrexNumbers = {
    ...x,
    start: x.kosten.start,
    beginboekwaarde: typeof x.beginboekwaarde === 'number' ? x.beginboekwaarde : dec(x.beginboekwaarde).toNumber(),
    kosten: numbersOf(x.kosten),
    opbrengsten: numbersOf(x.opbrengsten),
    rente: typeof x.rente === 'number' ? x.rente : dec(x.rente).toNumber(),
  };
  const d = typeof disconteringsvoet === 'number' ? disconteringsvoet : dec(disconteringsvoet).toNumber();
  const [nominaal, eindwaarde, ncw] = grexResultNumbers(n, d);
  const ew = dec(eindwaarde);
  return {
    nominaal: dec(nominaal),
    eindwaarde: ew,
    ncw: peiljaar === x.kosten.start ? dec(ncw) : ew.times(discountFactor(d, peiljaar, x.kosten.end)),
  };
}
