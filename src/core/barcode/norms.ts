/**
 * The norm table of the barcode (docs/methode/barcode.md#normentabel): one row per
 * function with the land it claims per unit of growth.
 *
 *   column 1  functie                      text, unique
 *   column 2  eenheid                      the unit it is counted per (woning, huishouden, inwoner, baan, m² bvo …)
 *   column 3  m² grond per eenheid         number ≥ 0
 *   column 4  categorie (optional)         wonen | werken | voorziening | groen | sport | mobiliteit
 *   column 5  stapelbaar tot (optional)    the most layers the function may be stacked to, relative to the
 *                                          norm (the norm counts as one layer); blank = 1 = not stackable
 *   column 6  milieucategorie or           "A" | "B" | "C" (functiemenging) or "1" … "6" (milieucategorie)
 *            functiemengingscategorie (optional)
 *   column 7  bron (optional)              source note
 * A first row with text in column 3 is a header and is skipped.
 */
import { ONE, type Dec } from '../numeric';
import { badCell, isBlankCell, bodyRows, keyOf, nonNegativeCell, optNumberCell, optTextCell, textCell, notOneOf, type Cells } from './cells';
import { FUNCTION_CATEGORIES, parseFunctionCategory, parseMengCategorie, type FunctionCategory, type MengCategorie } from './categories';
import { BC_MSG } from './messages';

export interface Norm {
  /** 1-based row in the range as given. */
  row: number;
  functie: string;
  /** Matching key of the function name. */
  key: string;
  eenheid: string;
  /** Matching key of the unit. */
  unitKey: string;
  m2: Dec;
  categorie?: FunctionCategory;
  /** Most layers allowed; 1 when the column is blank. */
  stapelbaar: Dec;
  meng?: MengCategorie;
  bron?: string;
}

export const NORM_PARAM = 'normen';

/** Parse and validate the norm table; names the parameter, the row and the value on bad input. */
export function parseNorms(cells: Cells, param = NORM_PARAM): Norm[] {
  const norms: Norm[] = [];
  const seen = new Map<string, number>();
  for (const { r, at } of bodyRows(cells, 2, param)) {
    const functie = textCell(r[0], at, 'functie');
    const eenheid = textCell(r[1], at, 'eenheid');
    const m2 = nonNegativeCell(r[2], at, 'm² per eenheid');
    const catText = r[3];
    const categorie = parseFunctionCategory(catText);
    if (categorie === undefined && optTextCell(catText, at, 'categorie') !== undefined) notOneOf(at, 'categorie', FUNCTION_CATEGORIES, catText);
    const lagen = optNumberCell(r[4], at, 'stapelbaar tot');
    if (lagen !== undefined && lagen.lessThan(1)) badCell(at, BC_MSG.atLeastOne('stapelbaar tot'), r[4]);
    let meng: MengCategorie | undefined;
    if (!isBlankCell(r[5])) {
      meng = parseMengCategorie(r[5]);
      if (!meng) badCell(at, BC_MSG.mengcategorie, r[5]);
    }
    const key = keyOf(functie);
    const dup = seen.get(key);
    if (dup !== undefined) badCell(at, BC_MSG.duplicateFunction(dup), functie);
    seen.set(key, at.row);
    norms.push({
      row: at.row,
      functie,
      key,
      eenheid,
      unitKey: keyOf(eenheid),
      m2,
      categorie,
      stapelbaar: lagen ?? ONE,
      meng,
      bron: optTextCell(r[6], at, 'bron'),
    });
  }
  if (norms.length === 0) badCell({ param, row: 1 }, BC_MSG.missingText('de eerste norm'));
  return norms;
}

/** The norm of a function name, or undefined. */
export function findNorm(norms: readonly Norm[], name: string): Norm | undefined {
  const k = keyOf(name);
  return norms.find((n) => n.key === k);
}
