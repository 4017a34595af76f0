/**
 * The `labelled` parameter kind: amounts with an optional label, given as
 * one row or column of numbers, or as two columns (omschrijving, getal).
 * The range is first read as a table (blank rows dropped, trailing blank
 * columns trimmed), then:
 *  - two columns whose first column holds text are label and value per row;
 *    with `numberLabels`, two columns are that too when the labels are numbers
 *    (milieucategorie 3.1), unless it is a single row of two numbers;
 *  - one row or one column: a value per cell, without labels;
 *  - any other shape is refused with the parameter's own `shape` message.
 * A blank value counts as 0; text is refused with its row and column.
 */
import { invalid, MSG } from '../core';
import type { LabelledParam, LabelledValue, Matrix, Cell, TableParam } from './types';

export function normaliseLabelled(raw: unknown, p: LabelledParam, table: (raw: unknown, spec: TableParam) => Matrix | undefined): LabelledValue[] | undefined {
  const t = table(raw, p as unknown as TableParam);
  if (!t) return undefined;
  const value = (c: Cell, row: number, col: number): number => {
    if (c === null || c === undefined) return 0;
    if (typeof c !== 'number') throw invalid(p.name, MSG.cellText(row, col), c);
    if (p.nonNegative && c < 0) throw invalid(p.name, MSG.rowNegative(row), c);
    return c;
  };
  const width = t[0].length;
  const labelled = width === 2 && (p.numberLabels ? t.length > 1 || typeof t[0][0] !== 'number' : t.some((r) => typeof r[0] === 'string'));
  if (labelled) {
    return t.map((r, i) => {
      const text = r[0] === null || r[0] === undefined ? '' : String(r[0]).trim();
      return { label: text || undefined, value: value(r[1], i + 1, 2) };
    });
  }
  if (t.length === 1) return t[0].map((c, i) => ({ label: undefined, value: value(c, 1, i + 1) }));
  if (width === 1) return t.map((r, i) => ({ label: undefined, value: value(r[0], i + 1, 1) }));
  throw invalid(p.name, p.shape, t);
}
