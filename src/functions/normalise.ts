/**
 * The one argument normaliser (issue 2, DECISIONS §1).
 *
 * What Excel hands a custom function:
 *  - an omitted optional argument: null (or nothing at all at the end of the list);
 *  - an empty cell: 0 on desktop, null on the web (and "" for a formula returning "");
 *  - a range: a 2-D array, rows of cells, either orientation;
 *  - TRUE/FALSE as booleans, text as strings, numbers as numbers.
 * `call()` from Node may also pass a flat JS array for a series.
 *
 * Every parameter kind turns into one plain value here, or a GrexError that
 * names the parameter and the value received.
 */
import { described, invalid, MSG } from '../core';
import type { Cell, Matrix, ParamSpec, NumberParam, SeriesParam, TableParam, EnumParam, Plausible } from './types';
import { checkPlausible } from './plausible';

export type Orientation = 'row' | 'column';
export interface NormalisedSeries {
  values: number[];
  orientation: Orientation;
  /** For `lines` parameters given as a table: the posts, one row each. */
  lines?: number[][];
}
export type Normalised = number | string | boolean | NormalisedSeries | Matrix | undefined;

export const YEAR_MIN = 1900;
export const YEAR_MAX = 2200;
/** Safety limit on series length: 1,000 years is beyond any contract. */
export const SERIES_MAX = 1000;
export const TABLE_MAX_CELLS = 100_000;

/** Blank as Excel means it: omitted, null, or the empty string. */
export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || v === '';
}

/** A single cell out of a 1×1 range, so that =F(A1) and =F(A1:A1) behave alike. */
function unwrapSingle(v: unknown): unknown {
  if (Array.isArray(v) && v.length === 1 && Array.isArray(v[0]) && v[0].length === 1) return v[0][0];
  return v;
}

function parseNumber(raw: unknown, name: string): number {
  const v = unwrapSingle(raw);
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw invalid(name, MSG.notFinite, v);
    return v;
  }
  if (typeof v === 'boolean') throw invalid(name, MSG.notNumber, v);
  if (typeof v === 'string') {
    // Accept "1,5" and "1.5" typed as text? No: text in a number cell is a
    // user error the sheet should show, not silently read.
    throw invalid(name, MSG.notNumber, v);
  }
  if (Array.isArray(v)) throw invalid(name, MSG.notNumber, v);
  throw invalid(name, MSG.notNumber, v);
}

function checkBounds(x: number, p: { name: string; min?: number; max?: number; minExclusive?: boolean; maxExclusive?: boolean; minLabel?: string; maxLabel?: string; plausible?: Plausible }, what = p.name): void {
  checkPlausible(x, p, what);
  if (p.min !== undefined) {
    const label = p.minLabel ?? String(p.min).replace('.', ',');
    if (p.minExclusive ? !(x > p.min) : !(x >= p.min)) throw invalid(what, p.minExclusive ? MSG.greaterThan(label) : MSG.atLeast(label), x);
  }
  if (p.max !== undefined) {
    const label = p.maxLabel ?? String(p.max).replace('.', ',');
    if (p.maxExclusive ? !(x < p.max) : !(x <= p.max)) throw invalid(what, p.maxExclusive ? MSG.lessThan(label) : MSG.atMost(label), x);
  }
}

function normaliseNumber(raw: unknown, p: NumberParam): number | undefined {
  const v = unwrapSingle(raw);
  if (isBlank(v)) {
    if (p.default !== undefined) return p.default;
    if (p.optional) return undefined;
    throw invalid(p.name, MSG.required);
  }
  const x = parseNumber(v, p.name);
  if (p.kind === 'year') {
    if (!Number.isInteger(x) || x < YEAR_MIN || x > YEAR_MAX) throw invalid(p.name, MSG.notYear(YEAR_MIN, YEAR_MAX), x);
  } else if (p.kind === 'integer' && !Number.isInteger(x)) {
    throw invalid(p.name, MSG.notInteger, x);
  }
  if (p.kind === 'rate' && p.min === undefined) checkBounds(x, { ...p, min: -1, minExclusive: true, minLabel: '-100%' });
  checkBounds(x, p);
  return x;
}

/** Rows of a range, a flat array, or a single value → the cells of one row or column. */
function flattenSeries(raw: unknown, name: string): { cells: unknown[]; orientation: Orientation } {
  if (!Array.isArray(raw)) return { cells: [raw], orientation: 'row' };
  if (raw.length === 0) return { cells: [], orientation: 'row' };
  if (!raw.some(Array.isArray)) return { cells: raw, orientation: 'row' }; // flat JS array from call()
  const rows = raw as unknown[][];
  if (!rows.every(Array.isArray)) throw invalid(name, MSG.notSeries, raw);
  const width = Math.max(...rows.map((r) => r.length));
  if (rows.length === 1) return { cells: rows[0], orientation: 'row' };
  if (width <= 1) return { cells: rows.map((r) => (r.length ? r[0] : null)), orientation: 'column' };
  throw invalid(name, MSG.notSeries, raw);
}

/** A table of posts (rows) × years (columns), summed per year. */
function normaliseLines(rows: unknown[][], p: SeriesParam): NormalisedSeries {
  const width = Math.max(...rows.map((r) => r.length));
  const max = p.maxLength ?? SERIES_MAX;
  if (width > max) throw invalid(p.name, MSG.seriesTooLong(max), described(`${width} jaren`));
  if (rows.length * width > TABLE_MAX_CELLS) throw invalid(p.name, MSG.tooManyCells(TABLE_MAX_CELLS), described(`${rows.length * width} cellen`));
  const hasBounds = p.min !== undefined || p.max !== undefined;
  const lines = rows.map((r, ri) =>
    Array.from({ length: width }, (_, ci) => {
      const c = r[ci];
      if (isBlank(c)) return 0;
      if (typeof c !== 'number' || !Number.isFinite(c)) throw invalid(p.name, MSG.cellText(ri + 1, ci + 1), c);
      if (hasBounds) checkBounds(c, p, `${p.name} (rij ${ri + 1}, kolom ${ci + 1})`);
      return c;
    }),
  );
  const values = Array.from({ length: width }, (_, ci) => lines.reduce((s, l) => s + l[ci], 0));
  return { values, orientation: 'row', lines };
}

function normaliseSeries(raw: unknown, p: SeriesParam): NormalisedSeries | undefined {
  if (isBlank(raw) || (Array.isArray(raw) && raw.length === 0)) {
    if (p.optional) return undefined;
    throw invalid(p.name, MSG.required);
  }
  if (p.lines && Array.isArray(raw) && raw.length > 1 && raw.every(Array.isArray) && (raw as unknown[][]).some((r) => r.length > 1)) {
    return normaliseLines(raw as unknown[][], p);
  }
  const { cells, orientation } = flattenSeries(raw, p.name);
  const max = p.maxLength ?? SERIES_MAX;
  if (cells.length > max) throw invalid(p.name, MSG.seriesTooLong(max), described(`${cells.length} waarden`));
  const hasBounds = p.min !== undefined || p.max !== undefined;
  const values = cells.map((c, i) => {
    if (isBlank(c)) return 0; // blank cells count as 0 (DECISIONS §1)
    if (typeof c !== 'number') throw invalid(p.name, MSG.seriesText(i + 1), c);
    if (!Number.isFinite(c)) throw invalid(p.name, `${MSG.seriesText(i + 1)}: ${MSG.notFinite}`, c);
    if (hasBounds) checkBounds(c, p, `${p.name} (positie ${i + 1})`);
    return c;
  });
  const min = p.minLength ?? 1;
  if (values.length < min) throw invalid(p.name, MSG.seriesTooShort(min), described(`${values.length} waarden`));
  return { values, orientation };
}

function normaliseTable(raw: unknown, p: TableParam): Matrix | undefined {
  if (isBlank(raw)) {
    if (p.optional) return undefined;
    throw invalid(p.name, MSG.required);
  }
  let rows: unknown[][];
  if (!Array.isArray(raw)) rows = [[raw]];
  else if (raw.length > 0 && !raw.some(Array.isArray)) rows = [raw];
  else if (raw.every(Array.isArray)) rows = raw as unknown[][];
  else throw invalid(p.name, MSG.notSeries, raw);
  const cellCount = rows.reduce((n, r) => n + r.length, 0);
  const maxCells = p.maxCells ?? TABLE_MAX_CELLS;
  if (cellCount > maxCells) throw invalid(p.name, MSG.tooManyCells(maxCells), described(`${cellCount} cellen`));
  // Cells: numbers must be finite; "" becomes null; drop fully blank rows and trailing blank columns.
  const cleaned: Matrix = rows
    .map((r, ri) =>
      r.map((c, ci) => {
        if (isBlank(c)) return null;
        if (typeof c === 'number' && !Number.isFinite(c)) throw invalid(p.name, MSG.cellText(ri + 1, ci + 1), c);
        if (typeof c !== 'number' && typeof c !== 'string' && typeof c !== 'boolean') throw invalid(p.name, MSG.cellText(ri + 1, ci + 1), String(c));
        return c as Cell;
      }),
    )
    .filter((r) => r.some((c) => c !== null));
  let width = 0;
  for (const r of cleaned) for (let c = r.length - 1; c >= 0; c--) if (r[c] !== null) { width = Math.max(width, c + 1); break; }
  const table = cleaned.map((r) => Array.from({ length: width }, (_, c) => (c < r.length ? r[c] : null)));
  if (table.length === 0) {
    if (p.optional) return undefined;
    throw invalid(p.name, MSG.required);
  }
  if (p.columns && (width < p.columns.min || width > p.columns.max)) {
    const want = p.columns.min === p.columns.max ? `${p.columns.min}` : `${p.columns.min} tot ${p.columns.max}`;
    throw invalid(p.name, MSG.tableColumns(want), described(`${width} kolommen`));
  }
  return table;
}

function normaliseEnum(raw: unknown, p: EnumParam): string | undefined {
  const v = unwrapSingle(raw);
  if (isBlank(v)) {
    if (p.default !== undefined) return p.default;
    if (p.optional) return undefined;
    throw invalid(p.name, MSG.required);
  }
  if (typeof v !== 'string') throw invalid(p.name, MSG.notOneOf(p.values), v);
  const key = v.trim().toUpperCase();
  const hit = p.values.find((x) => x.toUpperCase() === key);
  if (hit === undefined) throw invalid(p.name, MSG.notOneOf(p.values), v);
  return hit;
}

const TRUE_TEXT = new Set(['WAAR', 'TRUE', 'JA']);
const FALSE_TEXT = new Set(['ONWAAR', 'FALSE', 'NEE']);

export function normaliseArg(raw: unknown, p: ParamSpec): Normalised {
  switch (p.kind) {
    case 'number':
    case 'rate':
    case 'year':
    case 'integer':
      return normaliseNumber(raw, p);
    case 'series':
      return normaliseSeries(raw, p);
    case 'table':
      return normaliseTable(raw, p);
    case 'enum':
      return normaliseEnum(raw, p);
    case 'text': {
      const v = unwrapSingle(raw);
      if (isBlank(v)) {
        if (p.default !== undefined) return p.default;
        if (p.optional) return undefined;
        throw invalid(p.name, MSG.required);
      }
      if (typeof v === 'number' || typeof v === 'boolean') return String(v);
      if (typeof v !== 'string') throw invalid(p.name, MSG.notText, v);
      const max = p.maxLength ?? 2000;
      if (v.length > max) throw invalid(p.name, MSG.seriesTooLong(max).replace('waarden', 'tekens'), described(`${v.length} tekens`));
      return v;
    }
    case 'boolean': {
      const v = unwrapSingle(raw);
      if (isBlank(v)) {
        if (p.default !== undefined) return p.default;
        if (p.optional) return undefined;
        throw invalid(p.name, MSG.required);
      }
      if (typeof v === 'boolean') return v;
      if (v === 0 || v === 1) return v === 1;
      if (typeof v === 'string') {
        const k = v.trim().toUpperCase();
        if (TRUE_TEXT.has(k)) return true;
        if (FALSE_TEXT.has(k)) return false;
      }
      throw invalid(p.name, MSG.notBoolean, v);
    }
  }
}
