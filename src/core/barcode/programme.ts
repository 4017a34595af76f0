/**
 * The growth programme: a two-column range (eenheid, aantal), e.g.
 * woning 3000 | huishouden 3000 | baan 2000. Units match the norm table's
 * column 2 ignoring case, spaces and "m2"/"m²". A first row with text in
 * column 2 is a header and is skipped; a blank number counts as 0.
 */
import type { Dec } from '../numeric';
import { badCell, bodyRows, keyOf, nonNegativeCell, textCell, type Cells } from './cells';
import { BC_MSG } from './messages';
import type { Norm } from './norms';

export interface ProgrammeLine {
  row: number;
  eenheid: string;
  unitKey: string;
  aantal: Dec;
}

export const PROGRAMME_PARAM = 'programma';

/**
 * Parse the programme and check it against the norms: every unit in the
 * programme must be used by at least one norm (otherwise part of the growth
 * would silently claim no land), and no unit may appear twice.
 */
export function parseProgramme(cells: Cells, norms: readonly Norm[], param = PROGRAMME_PARAM): ProgrammeLine[] {
  const lines: ProgrammeLine[] = [];
  const seen = new Map<string, number>();
  for (const { r, at } of bodyRows(cells, 1, param)) {
    if (r.length !== 2) badCell(at, 'het programma heeft twee kolommen: eenheid en aantal');
    const eenheid = textCell(r[0], at, 'eenheid');
    const aantal = nonNegativeCell(r[1], at, 'aantal', true);
    const unitKey = keyOf(eenheid);
    const dup = seen.get(unitKey);
    if (dup !== undefined) badCell(at, BC_MSG.duplicateUnit(dup), eenheid);
    seen.set(unitKey, at.row);
    if (!norms.some((n) => n.unitKey === unitKey)) badCell(at, BC_MSG.unitWithoutNorm, eenheid);
    lines.push({ row: at.row, eenheid, unitKey, aantal });
  }
  if (lines.length === 0) badCell({ param, row: 1 }, BC_MSG.missingText('de eerste regel (eenheid, aantal)'));
  return lines;
}
