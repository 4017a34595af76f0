/**
 * A1 address helpers: zero-based (row, column) to "B4" / "$B$4" and back,
 * sheet-qualified addresses with quoted sheet names.
 */

export interface Box {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export { columnLetters, columnIndex, quoteSheet } from '../../workbook/address';
import { a1, columnIndex, quoteSheet } from '../../workbook/address';

export function cellAddress(row: number, col: number, absolute = false): string {
  return a1(row, col, absolute);
}

export function boxAddress(b: Box, absolute = false): string {
  const first = cellAddress(b.row, b.col, absolute);
  if (b.rows === 1 && b.cols === 1) return first;
  return `${first}:${cellAddress(b.row + b.rows - 1, b.col + b.cols - 1, absolute)}`;
}

export function qualified(sheet: string, b: Box, absolute = true): string {
  return `${quoteSheet(sheet)}!${boxAddress(b, absolute)}`;
}

/** Split "Blad1!A1:B2" / "'My sheet'!$A$1" into sheet (or undefined) and the local part. */
export function splitSheet(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

const CELL = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/;

/** "B4" or "$B$4:$D$9" (no sheet) → box; undefined if it is not a plain cell or area. */
export function parseLocal(local: string): Box | undefined {
  const [a, b] = local.split(':');
  const m1 = CELL.exec(a);
  if (!m1) return undefined;
  const m2 = b === undefined ? m1 : CELL.exec(b);
  if (!m2) return undefined;
  const r1 = Number(m1[2]) - 1;
  const c1 = columnIndex(m1[1]);
  const r2 = Number(m2[2]) - 1;
  const c2 = columnIndex(m2[1]);
  return { row: Math.min(r1, r2), col: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}

export function parseAddress(address: string): { sheet?: string; box?: Box } {
  const { sheet, local } = splitSheet(address.replace(/^=/, ''));
  return { sheet, box: parseLocal(local) };
}
