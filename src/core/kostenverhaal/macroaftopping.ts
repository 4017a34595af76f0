/**
 * Macroaftopping (Ow 13.14 lid 2): with a tijdvak, costs are recovered up to at
 * most the total of the opbrengsten in the kostenverhaalsgebied.
 *
 *   K_verhaalbaar = min(K_tot, O_tot)
 *
 * Source: macroaftopping confirmed [V: https://scobe.nl/nieuws/grexmanager-hoe-het-nieuwe-kostenverhaal-ingebed-en-nieuws-over-een-grote-update];
 * article 13.14 sub-structure [V-ind], exact wording of lid 2 [R].
 * Both amounts as NCW at the same peildatum (voorbeeldregels kostenverhaal, source scobe-voorbeeldregels).
 */
import { dec, sum, type Dec, type DecInput } from '../numeric';
import { invalid } from '../errors';
import { KV_MSG } from './messages';

export function macroCap(kosten: DecInput, opbrengsten: DecInput): Dec {
  const k = dec(kosten);
  const o = dec(opbrengsten);
  if (k.lt(0)) throw invalid('kosten', KV_MSG.notNegative, Number(k));
  if (o.lt(0)) throw invalid('opbrengsten', KV_MSG.notNegative, Number(o));
  return k.lt(o) ? k : o;
}

/** Σ of a list of amounts as decimals. */
export function total(values: readonly DecInput[]): Dec {
  return sum(values.map(dec));
}
