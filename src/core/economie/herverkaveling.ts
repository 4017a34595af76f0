/**
 * Sharing value between owners when plots are pooled and re-allotted
 * (vrijwillige stedelijke kavelruil; herverkaveling as far as it settles
 * in money):
 *
 *   aandeel_i   = inbreng_i / Σ inbreng
 *   aanspraak_i = aandeel_i × Σ toegedeeld
 *   verrekening_i = toegedeeld_i − aanspraak_i      (positive = the owner pays)
 *
 * The settlements are payments, stated in units of 10^−decimalen euro
 * (default 2: cents). Each is first rounded towards −∞; the cents that are
 * then still missing go, one each, to the owners with the largest remainders
 * (ties: the earlier row). So Σ verrekening = 0 exactly, an owner allotted
 * exactly their share settles 0, and the shown aanspraak is toegedeeld −
 * verrekening (so it sums to Σ toegedeeld exactly). This rounding rule is a
 * product decision of GREX.
 * Stedelijke kavelruil is voluntary and rests on the principle that no
 * private party is worse off [V: https://stadszaken.nl/artikel/2429/stedelijke-kavelruil-in-omgevingswet].
 */
import { D, dec, type Dec, type DecInput, ZERO } from '../numeric';

export interface OwnerSettlement {
  aandeel: Dec;
  aanspraak: Dec;
  toegedeeld: Dec;
  verrekening: Dec;
}

export const HERVERKAVELING_COLUMNS = ['eigenaar', 'inbreng', 'aandeel', 'aanspraak', 'toegedeeld', 'verrekening'] as const;

export function herverkaveling(inbreng: readonly DecInput[], toegedeeld: readonly DecInput[], decimalen = 2): OwnerSettlement[] {
  const ib = inbreng.map(dec);
  const td = toegedeeld.map(dec);
  const totalIn = ib.reduce((s, x) => s.plus(x), ZERO);
  const totalOut = td.reduce((s, x) => s.plus(x), ZERO);
  const aandeel = ib.map((x) => x.div(totalIn));
  const exact = td.map((t, i) => t.minus(aandeel[i].times(totalOut)));
  // Work in whole units of 10^-decimalen.
  const unit = new D(10).pow(decimalen);
  const scaled = exact.map((x) => x.times(unit));
  const floors = scaled.map((x) => x.floor());
  const remainders = scaled.map((x, i) => x.minus(floors[i]));
  const missing = floors
    .reduce((s, x) => s.plus(x), ZERO)
    .neg()
    .toDecimalPlaces(0, D.ROUND_HALF_EVEN)
    .toNumber();
  const order = remainders.map((r, i) => ({ r, i })).sort((a, b) => b.r.comparedTo(a.r) || a.i - b.i);
  const units = floors.slice();
  for (let k = 0; k < missing && k < order.length; k++) units[order[k].i] = units[order[k].i].plus(1);
  return td.map((t, i) => {
    const verrekening = units[i].div(unit);
    return { aandeel: aandeel[i], aanspraak: t.minus(verrekening), toegedeeld: t, verrekening };
  });
}
