/**
 * The workbook read model: one description of a workbook that every host
 * fills the same way (the Excel API in the task pane, an .xlsx file in Node)
 * and that recognition, reconciliation and the formula checks read. Nothing
 * here talks to Excel or to a file.
 *
 * Rows and columns are zero-based. A formula is stored in A1 form without the
 * leading "=" and in English function names (as .xlsx files and the Excel
 * API's `formulas` property give them); the relative (R1C1) form is derived
 * by `relativeForm` in formula.ts so that both hosts agree.
 */

export type CellValue = number | string | boolean | null;

export interface Cell {
  /** The value as last computed and saved (a formula's cached result). Errors: null, see `error`. */
  value: CellValue;
  /** An error value such as "#REF!" or "#DIV/0!". */
  error?: string;
  /** The formula in A1 form, without "=". */
  formula?: string;
  /** The number format, e.g. "0.00%". */
  format?: string;
}

export interface Merge {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface Sheet {
  name: string;
  hidden: boolean;
  /** Sparse grid: cells[row][col]. */
  cells: (Cell | undefined)[][];
  hiddenRows: ReadonlySet<number>;
  merges: readonly Merge[];
}

export interface DefinedName {
  name: string;
  /** The reference or constant formula, e.g. "Exploitatie!$C$5:$N$5" (no "="). */
  ref: string;
}

export interface Workbook {
  sheets: Sheet[];
  names: DefinedName[];
}

/** A mutable sheet that hosts fill cell by cell. */
export function newSheet(name: string, hidden = false): Sheet & { hiddenRows: Set<number>; merges: Merge[] } {
  return { name, hidden, cells: [], hiddenRows: new Set<number>(), merges: [] };
}

export function setCell(sheet: Sheet, row: number, col: number, cell: Cell): void {
  (sheet.cells[row] ??= [])[col] = cell;
}

export function cellAt(sheet: Sheet, row: number, col: number): Cell | undefined {
  return sheet.cells[row]?.[col];
}

export function numberAt(sheet: Sheet, row: number, col: number): number | undefined {
  const v = cellAt(sheet, row, col)?.value;
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

export function textAt(sheet: Sheet, row: number, col: number): string | undefined {
  const v = cellAt(sheet, row, col)?.value;
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

export function findSheet(wb: Workbook, name: string): Sheet | undefined {
  const lower = name.toLowerCase();
  return wb.sheets.find((s) => s.name.toLowerCase() === lower);
}

/** Every filled cell of a sheet in reading order (row by row). */
export function* eachCell(sheet: Sheet): Generator<[number, number, Cell]> {
  for (let r = 0; r < sheet.cells.length; r++) {
    const row = sheet.cells[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell) yield [r, c, cell];
    }
  }
}
