/**
 * Grondquote: the share of the land in the sales price excl. BTW.
 * GQ = RGW / VON_ex, VON_ex = VON_incl / (1 + btw).
 * Source: none read; the usual definition, tagged [R] (docs/methode/grondwaarde.md#grondquote);
 * the reverse use RGW = GQ × VON_ex is the grondquotemethode (same section).
 */
import { dec, type Dec, type DecInput } from '../numeric';
import { invalid } from '../errors';
import { exclBtw } from './btw';
import { GW_MSG } from './messages';

/** GQ = grondwaarde / (VON_incl / (1 + btw)) [R]; VON_incl must be > 0. */
export function landQuota(grondwaarde: DecInput, vonInclBtw: DecInput, btw: DecInput): Dec {
  const von = dec(vonInclBtw);
  if (von.lte(0)) throw invalid('von_incl_btw', GW_MSG.positive, Number(von));
  return dec(grondwaarde).div(exclBtw(von, btw));
}
