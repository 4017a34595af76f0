/**
 * A1 addresses for the read model: zero-based (row, column) to "C5" and back,
 * sheet-qualified references with quoted sheet names, and ranges.
 */

export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

export interface RangeRef {
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export function columnLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function a1(row: number, col: number, absolute = false): string {
  const d = absolute ? '$' : '';
  return `${d}${columnLetters(col)}${d}${row + 1}`;
}

/**
 * 'My sheet' needs quotes in a reference, and so does a name that reads as a
 * cell (AB12); Blad1 does not. Quotes inside are doubled.
 */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A sheet name as it appears in front of a reference, with the "!". */
export function sheetPrefix(sheet: string): string {
  return `${quoteSheet(sheet)}!`;
}

export function cellText(ref: CellRef): string {
  return `${sheetPrefix(ref.sheet)}${a1(ref.row, ref.col)}`;
}

export function rangeText(ref: RangeRef, absolute = false): string {
  const first = a1(ref.row, ref.col, absolute);
  const body = ref.rows === 1 && ref.cols === 1 ? first : `${first}:${a1(ref.row + ref.rows - 1, ref.col + ref.cols - 1, absolute)}`;
  return sheetPrefix(ref.sheet) + body;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** "Blad1!$C$5:$N$5", "'Mijn blad'!C5" or "C5" (with `defaultSheet`) → a range; undefined when not a plain range. */
export function parseRange(text: string, defaultSheet?: string): RangeRef | undefined {
  let t = text.trim().replace(/^=/, '');
  let sheet = defaultSheet;
  const bang = t.lastIndexOf('!');
  if (bang >= 0) {
    const s = t.slice(0, bang);
    sheet = s.startsWith("'") && s.endsWith("'") ? s.slice(1, -1).replace(/''/g, "'") : s;
    t = t.slice(bang + 1);
  }
  if (!sheet || sheet.includes('[')) return undefined;
  const [p, q] = t.split(':');
  const m1 = CELL.exec(p);
  const m2 = q === undefined ? m1 : CELL.exec(q);
  if (!m1 || !m2) return undefined;
  const r1 = Number(m1[2]) - 1;
  const c1 = columnIndex(m1[1]);
  const r2 = Number(m2[2]) - 1;
  const c2 = columnIndex(m2[1]);
  return { sheet, row: Math.min(r1, r2), col: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}
