/**
 * The yearly canon series of a new site issued in erfpacht, for the NCW of
 * its canons in a business case (docs/methode/verplaatsing.md#businesscase):
 *   canon in year eersteJaar + k − 1 = canon × (1 + groei)^(k − 1),  k = 1 … looptijd
 *   plus an optional restwaarde (the land returning) in the last year.
 * Built here on YearlySeries so that presentValue discounts it with the same
 * timing as every other flow; the erfpacht area's own functions are not used.
 * Whether the returning land is counted is the user's choice (no source says
 * whether the residual value of new-site erfpacht is included, [R]): default 0.
 */
import { Dec, DecInput, dec, growthFactor, ZERO } from '../numeric';
import { YearlySeries } from '../series';

export interface LeaseInput {
  canon: DecInput;
  eersteJaar: number;
  looptijd: number;
  groei?: DecInput;
  restwaarde?: DecInput;
}

export function canonSeries(x: LeaseInput): YearlySeries {
  const canon = dec(x.canon);
  const g = dec(x.groei ?? 0);
  const out: Dec[] = [];
  for (let k = 1; k <= x.looptijd; k++) out.push(canon.times(growthFactor(g, k - 1)));
  const rest = dec(x.restwaarde ?? 0);
  if (!rest.isZero() && out.length > 0) out[out.length - 1] = out[out.length - 1].plus(rest);
  return new YearlySeries(x.eersteJaar, out.length ? out : [ZERO]);
}
