/**
 * The `rows` parameter kind: a table of typed columns, one row per item
 * (GREX.VERPLAATSING.VRIJKOMENDEGROND's gebieden: omschrijving, m², waarde
 * vóór, waarde na, kosten, aandeel, [wijze]).
 *
 *  - read as a table first: blank rows dropped, trailing blank columns
 *    trimmed; fewer than `minColumns` or more columns than specs is refused
 *    with the parameter's `shape` message;
 *  - each cell is normalised as its column's spec (a blank cell takes the
 *    column's default); a message names the parameter, the row and the
 *    column: "gebieden (rij 2, kolom 6) mag hoogstens 100% zijn";
 *  - the result is one `ArgReader` per row, its columns read by name.
 */
import { invalid } from '../core';
import { ArgList } from './args';
import { normalisePart } from './part';
import type { ArgReader, Matrix, ParamSpec, RowsParam, TableParam } from './types';
import type { Normalised } from './normalise';

export function normaliseRows(
  raw: unknown,
  p: RowsParam,
  one: (raw: unknown, spec: ParamSpec) => Normalised,
  table: (raw: unknown, spec: TableParam) => Matrix | undefined,
): ArgReader[] | undefined {
  const t = table(raw, p as unknown as TableParam);
  if (!t) return undefined;
  const width = t[0].length;
  if (width < p.minColumns || width > p.columns.length) throw invalid(p.name, p.shape, t);
  return t.map(
    (r, ri) =>
      new ArgList(
        p.columns,
        p.columns.map((c, ci) => normalisePart(r[ci] ?? null, c, one, () => `${p.name} (rij ${ri + 1}, kolom ${ci + 1})`, p.name)),
      ),
  );
}
