/**
 * Reading the cells of a user range (norm table, programme, options): text,
 * numbers and yes/no, with the Dutch #VALUE! message naming the parameter,
 * the row and the value received. The adapter layer has already dropped
 * blank rows and trailing blank columns.
 */
import { dec, type Dec } from '../numeric';
import { invalid } from '../errors';
import { BC_MSG } from './messages';
import { numberAsText } from '../messages';

/** One cell as Excel hands it over. */
export type CellValue = number | string | boolean | null | undefined;
export type Cells = readonly (readonly CellValue[])[];

export const isBlankCell = (c: CellValue): boolean => c === null || c === undefined || (typeof c === 'string' && c.trim() === '');

/** Where a cell is: the parameter and its 1-based row. */
export interface At {
  param: string;
  row: number;
}

const where = (at: At, reason: string): string => `${BC_MSG.row(at.row)}: ${reason}`;

/** A required text (a number typed in a text column is read as its text). */
export function textCell(c: CellValue, at: At, what: string): string {
  if (isBlankCell(c)) throw invalid(at.param, where(at, BC_MSG.missingText(what)));
  if (typeof c === 'boolean') throw invalid(at.param, where(at, BC_MSG.notText(what)), c);
  return (typeof c === 'number' ? numberAsText(c) : String(c)).trim();
}

/** An optional text: blank → undefined. */
export function optTextCell(c: CellValue, at: At, what: string): string | undefined {
  return isBlankCell(c) ? undefined : textCell(c, at, what);
}

/** A number, or undefined when blank. Text and booleans are refused. */
export function optNumberCell(c: CellValue, at: At, what: string): Dec | undefined {
  if (isBlankCell(c)) return undefined;
  if (typeof c !== 'number' || !Number.isFinite(c)) throw invalid(at.param, where(at, BC_MSG.notNumber(what)), c);
  return dec(c);
}

/** A required number ≥ 0. */
export function nonNegativeCell(c: CellValue, at: At, what: string, blankAsZero = false): Dec {
  const d = optNumberCell(c, at, what);
  if (d === undefined) {
    if (blankAsZero) return dec(0);
    throw invalid(at.param, where(at, BC_MSG.missingNumber(what)));
  }
  if (d.isNegative()) throw invalid(at.param, where(at, BC_MSG.notNegative(what)), c);
  return d;
}

const TRUE_TEXT = new Set(['WAAR', 'TRUE', 'JA']);
const FALSE_TEXT = new Set(['ONWAAR', 'FALSE', 'NEE']);

/** WAAR/ONWAAR (also TRUE/FALSE, ja/nee, 1/0); blank → false. */
export function boolCell(c: CellValue, at: At, what: string): boolean {
  if (isBlankCell(c)) return false;
  if (typeof c === 'boolean') return c;
  if (c === 1 || c === 0) return c === 1;
  if (typeof c === 'string') {
    const k = c.trim().toUpperCase();
    if (TRUE_TEXT.has(k)) return true;
    if (FALSE_TEXT.has(k)) return false;
  }
  throw invalid(at.param, where(at, `${what} moet WAAR of ONWAAR zijn`), c);
}

/** Refuse an unknown value of a closed list. */
export function notOneOf(at: At, what: string, values: readonly string[], received: CellValue): never {
  throw invalid(at.param, where(at, BC_MSG.oneOf(what, values)), received);
}

export function badCell(at: At, reason: string, received?: unknown): never {
  throw invalid(at.param, where(at, reason), received);
}

/** Is this first row a header (text where a number is expected)? */
export function isHeaderRow(row: readonly CellValue[] | undefined, numberColumn: number): boolean {
  if (!row) return false;
  const c = row[numberColumn];
  return typeof c === 'string' && c.trim() !== '' && !/^[-+]?\d+([.,]\d+)?$/.test(c.trim());
}

/**
 * The body rows of a table parameter, each with where it is for messages: a first row whose `numberColumn` holds text
 * (not a number) is a header and is skipped.
 */
export function bodyRows(cells: Cells, numberColumn: number, param: string): { r: readonly CellValue[]; at: At }[] {
  const first = isHeaderRow(cells[0], numberColumn) ? 1 : 0;
  return cells.slice(first).map((r, i) => ({ r, at: { param, row: first + i + 1 } }));
}

/** Matching key of a unit or function name: case, surrounding and double spaces, "m2" = "m²". */
export function keyOf(s: string): string {
  return s.trim().toLowerCase().replace(/\s+/g, ' ').replace(/²/g, '2');
}
