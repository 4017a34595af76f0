/**
 * The one door through which the MPG calculations reach the grondexploitatie
 * core: every evaluation of a (mixed) vintage goes through `grexValues`, so a
 * faster roll-forward in src/core/grex is used here as soon as it exists.
 *
 *   nominaal, eindwaarde, NCW as GREX.RESULTAAT computes them (grexResult),
 *   except that the NCW may be taken at 1-1 of a `peiljaar` other than the
 *   first year of the series: NCW = EW / (1 + d)^(eindjaar − peiljaar + 1).
 */
import type { DecInput } from '../numeric';
import { grexResult, ncwOfEndValue, type GrexInput, type GrexResult } from '../grex';

export function grexValues(x: GrexInput, disconteringsvoet: DecInput, peiljaar: number = x.kosten.start): GrexResult {
  const r = grexResult(x, disconteringsvoet);
  if (peiljaar === x.kosten.start) return r;
  return { ...r, ncw: ncwOfEndValue(r.eindwaarde, disconteringsvoet, peiljaar, x.kosten.end) };
}
