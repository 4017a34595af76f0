/**
 * Density and mixing metrics (docs/methode/barcode.md#dichtheid-en-menging).
 */
import { dec, type Dec, type DecInput } from '../numeric';
import { invalid, require_ } from '../errors';
import { MSG } from '../messages';
import { BC_MSG } from './messages';

function nonNegative(x: DecInput, param: string): Dec {
  const d = dec(x);
  require_(!d.isNegative(), param, BC_MSG.negative, d.toNumber());
  return d;
}

/**
 * Functiemengingsindex: FMI = 100 × banen / (banen + woningen);
 * 0 = only housing, 100 = only jobs, 50 = as many jobs as homes.
 * Source: BBV beleidsindicator, bron LISA [V semantics: https://heemskerk.jaarverslag-2019.nl/p9868/prestatie-indicatoren; formula form R].
 */
export function fmi(banen: DecInput, woningen: DecInput): Dec {
  const b = nonNegative(banen, 'banen');
  const w = nonNegative(woningen, 'woningen');
  const n = b.plus(w);
  if (n.isZero()) throw invalid('banen', BC_MSG.fmiZero);
  return b.times(100).div(n);
}

/**
 * Floor space index: FSI = BVO_totaal / terreinoppervlak
 * [V: https://www.pbl.nl/publicaties/dichtheid-en-functiemenging-in-beeld].
 */
export function fsi(bvo: DecInput, terreinoppervlak: DecInput): Dec {
  const b = nonNegative(bvo, 'bvo');
  const t = dec(terreinoppervlak);
  if (!t.isPositive() || t.isZero()) throw invalid('terreinoppervlak', MSG.greaterThan('0'), t.toNumber());
  return b.div(t);
}

/**
 * Mixed-use index: MXI = BVO_wonen / BVO_totaal, a fraction 0 … 1
 * (1 = only housing) [V: https://www.pbl.nl/publicaties/dichtheid-en-functiemenging-in-beeld].
 */
export function mxi(bvoWonen: DecInput, bvoTotaal: DecInput): Dec {
  const w = nonNegative(bvoWonen, 'bvo_wonen');
  const t = dec(bvoTotaal);
  if (!t.isPositive() || t.isZero()) throw invalid('bvo_totaal', MSG.greaterThan('0'), t.toNumber());
  if (w.greaterThan(t)) throw invalid('bvo_wonen', BC_MSG.mxiAbove(t.toNumber()), w.toNumber());
  return w.div(t);
}
