/**
 * Land values per function for GREX.MENGOPTIES (optional range):
 *   column 1 functie    a function of the norm table
 *   column 2 bedrag     € (may be negative, e.g. a residual land value below zero)
 *   column 3 grondslag  "m2" (default): € per m² grond claimed; "eenheid": € per unit of the norm's unit
 * Land value of a choice = Σ_f (m2: claim_f × bedrag_f; eenheid: aantal_f × bedrag_f);
 * a function without a row counts 0. A first row with text in column 2 is a header.
 * The per-m² value is held constant across choices (GREX simplification, stated in the help):
 * use "eenheid" with a residual land value per unit (GREX.RESIDUELEGRONDWAARDE) where stacking
 * changes the value per m².
 */
import { ZERO, sum, type Dec } from '../numeric';
import { badCell, bodyRows, keyOf, notOneOf, optNumberCell, optTextCell, textCell, type Cells } from './cells';
import { BC_MSG } from './messages';
import { findNorm, type Norm } from './norms';

export const GRONDSLAGEN_BARCODE = ['m2', 'eenheid'] as const;
export type BarcodeGrondslag = (typeof GRONDSLAGEN_BARCODE)[number];

export interface LandValue {
  bedrag: Dec;
  grondslag: BarcodeGrondslag;
}

export const LANDVALUE_PARAM = 'grondwaarden';

/** Land value per norm index (undefined = no value given). */
export function parseLandValues(cells: Cells | undefined, norms: readonly Norm[], param = LANDVALUE_PARAM): (LandValue | undefined)[] | undefined {
  if (!cells) return undefined;
  const out: (LandValue | undefined)[] = norms.map(() => undefined);
  const rowOf: number[] = norms.map(() => 0);
  for (const { r, at } of bodyRows(cells, 1, param)) {
    const name = textCell(r[0], at, 'functie');
    const norm = findNorm(norms, name);
    if (!norm) badCell(at, BC_MSG.unknownFunction('functie'), name);
    const bedrag = optNumberCell(r[1], at, 'bedrag');
    if (bedrag === undefined) badCell(at, BC_MSG.missingNumber('bedrag'));
    const g = optTextCell(r[2], at, 'grondslag');
    const key = g === undefined ? 'm2' : keyOf(g);
    const grondslag = GRONDSLAGEN_BARCODE.find((x) => x === key);
    if (!grondslag) return notOneOf(at, 'grondslag', GRONDSLAGEN_BARCODE, r[2]);
    const idx = norms.indexOf(norm);
    if (out[idx] !== undefined) badCell(at, BC_MSG.duplicateValue(rowOf[idx]), name);
    out[idx] = { bedrag, grondslag };
    rowOf[idx] = at.row;
  }
  return out;
}

/** Σ_f value_f for the claims of one choice; aantal per function for "eenheid". */
export function landValue(values: readonly (LandValue | undefined)[], claims: readonly Dec[], aantallen: readonly Dec[]): Dec {
  return sum(values.map((v, i) => (v === undefined ? ZERO : v.grondslag === 'm2' ? claims[i].times(v.bedrag) : aantallen[i].times(v.bedrag))));
}
