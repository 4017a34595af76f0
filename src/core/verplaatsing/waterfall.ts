/**
 * Funding waterfall over a gap (restant = OT − dekking, docs/methode/verplaatsing.md#businesscase):
 * the contributions are applied in the order given, each at most up to its
 * amount and at most up to what is still open:
 *   open_0 = max(0, gap)
 *   used_k = min(offered_k, open_{k−1});  open_k = open_{k−1} − used_k
 *   restant = open_n ≥ 0
 * A gap ≤ 0 (no onrendabele top) uses nothing. The order is the user's
 * (e.g. gemeente, provincie, ROM-fonds, subsidie, kostenverhaal); the
 * Dolderman case split € 3 mln as 1,5 + 1,5 [V: dordrecht-2018-dolderman].
 */
import { Dec, DecInput, dec, D, ZERO } from '../numeric';
import { invalid } from '../errors';
import { VMSG } from './messages';
import type { Post } from './posts';

export interface WaterfallLine {
  label: string;
  offered: Dec;
  used: Dec;
}

export interface Waterfall {
  lines: WaterfallLine[];
  restant: Dec;
}

export function fundingWaterfall(gap: DecInput, contributions: readonly Post[], param = 'bijdragen'): Waterfall {
  let open = D.max(ZERO, dec(gap));
  const lines = contributions.map((c, i) => {
    if (c.amount.isNegative()) throw invalid(param, VMSG.negativeAmount(i + 1), c.amount.toNumber());
    const used = D.min(c.amount, open);
    open = open.minus(used);
    return { label: c.label, offered: c.amount, used };
  });
  return { lines, restant: open };
}
