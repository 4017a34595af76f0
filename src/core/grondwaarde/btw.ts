/**
 * Prices entered including BTW (docs/methode/grondwaarde.md#btw: only where a price is entered
 * incl. BTW, e.g. the VON price of a house; the rate is a parameter).
 */
import { dec, ONE, type Dec, type DecInput } from '../numeric';
import { invalid } from '../errors';
import { MSG } from '../messages';

/**
 * Price excluding BTW: VON_ex = VON_incl / (1 + btw).
 * Source: [V-ind De Marne 2009 usage, copy on a third-party site, https://5dok.net/article/methoden-voor-het-bepalen-van-grondprijzen.zpn63x34];
 * the rate itself (21%, 19% before 1-10-2012) is [R] and therefore always a parameter.
 */
export function exclBtw(inclBtw: DecInput, btw: DecInput, param = 'btw'): Dec {
  const r = dec(btw);
  if (r.lt(0) || r.gt(1)) throw invalid(param, r.lt(0) ? MSG.atLeast('0%') : MSG.atMost('100%'), Number(r));
  return dec(inclBtw).div(ONE.plus(r));
}
