/**
 * Schuifruimte chain: a relocation that frees space in steps (firm A moves
 * into new space, its old plot serves firm B or housing, …). Each step is a
 * business case of its own; its onrendabele top uses the same definition as
 * GREX.ONRENDABELETOP (onrendabele-top.ts):
 *
 *   OT_k   = NCW(kosten_k) − NCW(opbrengsten_k)
 *   OT     = Σ_k OT_k
 *
 * The chain is the user's description; no source prescribes how to split a
 * chain into steps [R].
 */
import { onrendabeleTop, type OnrendabeleTop } from '../verplaatsing/onrendabele-top';
import { YearlySeries } from '../series';
import type { Timing } from '../timing';
import type { DecInput } from '../numeric';

export function ketenOnrendabeleTop(
  rate: DecInput,
  kosten: readonly YearlySeries[],
  opbrengsten: readonly YearlySeries[],
  peiljaar: number,
  timing: Timing,
): OnrendabeleTop[] {
  return kosten.map((k, i) => onrendabeleTop(rate, k, opbrengsten[i] ?? YearlySeries.ofNumbers(k.start, []), peiljaar, timing));
}
