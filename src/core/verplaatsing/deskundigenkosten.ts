/**
 * Forfaitaire vergoeding van deskundige bijstand (Rijkswaterstaat):
 *   K = min(maximum, max(minimum, percentage × schadeloosstelling))
 * defaults 2%, €2.250, €20.000 excl. BTW.
 * Source: Beleidsregel vergoeding deskundigenkosten Rijkswaterstaat, Stcrt.
 * 2022, 31360, art. 1 [V: https://zoek.officielebekendmakingen.nl/stcrt-2022-31360.html].
 * A rule of the Rijk for minnelijke verwerving; municipalities may differ.
 */
import { Dec, DecInput, dec, D } from '../numeric';
import { invalid } from '../errors';
import { VMSG } from './messages';
import { formatValue } from '../messages';

export const DESKUNDIGEN_DEFAULTS = { percentage: 0.02, minimum: 2250, maximum: 20000 } as const;

export function deskundigenkosten(
  schadeloosstelling: DecInput,
  percentage: DecInput = DESKUNDIGEN_DEFAULTS.percentage,
  minimum: DecInput = DESKUNDIGEN_DEFAULTS.minimum,
  maximum: DecInput = DESKUNDIGEN_DEFAULTS.maximum,
): Dec {
  const lo = dec(minimum);
  const hi = dec(maximum);
  if (hi.lt(lo)) throw invalid('maximum', VMSG.notBelow('minimum', formatValue(lo)), hi.toNumber());
  return D.min(hi, D.max(lo, dec(percentage).times(dec(schadeloosstelling))));
}
