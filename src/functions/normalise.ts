/**
 * The one argument normaliser.
 *
 * What Excel hands a custom function:
 *  - an omitted optional argument: null (or nothing at all at the end of the list);
 *  - an empty referenced cell: null on the web and in current builds, but 0 in
 *    older Excel desktop builds (office-js issues 4702 and 5262), and "" for a
 *    formula returning "";
 *  - a range: a 2-D array, rows of cells, either orientation;
 *  - TRUE/FALSE as booleans, text as strings, numbers as numbers.
 * `call()` from Node may also pass a flat JS array for a series.
 *
 * What an empty cell means, per kind (`zeroMeansBlank` below decides for a 0):
 *  - year, text, enum: 0 is never a meaningful value, so a 0 counts as blank;
 *  - number, rate, integer: 0 is a real value and stays 0;
 *  - boolean: 0 is ONWAAR;
 *  - series: blank cells count as 0 (both conventions agree);
 *  - table: a row of blank cells is dropped (a 0-only row is kept: in a risk
 *    register or programme it can be a real row); labelled amounts likewise;
 *  - tuple, rows: each position or cell as its field's or column's kind.
 *
 * Every parameter kind turns into one plain value here, or a GrexError that
 * names the parameter and the value received. One function per kind; the
 * hot paths allocate nothing per call beyond the result, and a message (with
 * its label) is only built when a check fails.
 */
import { described, invalid, MSG, formatNumber, numberAsText } from '../core';
import type {
  ArgReader,
  Cell,
  Matrix,
  Orientation,
  ParamSpec,
  NumberParam,
  SeriesParam,
  TableParam,
  EnumParam,
  TextParam,
  BooleanParam,
  Plausible,
  LabelledValue,
} from './types';
import { checkPlausible } from './plausible';
import { isBlank } from './blank';
import { normaliseRecord } from './record';
import { normaliseTuple } from './tuple';
import { normaliseLabelled } from './labelled';
import { normaliseRows } from './rows';

export type { Orientation } from './types';
export interface NormalisedSeries {
  values: number[];
  orientation: Orientation;
  /** For `lines` parameters given as a table: the posts, one row each. */
  lines?: number[][];
}
export type Normalised = number | string | boolean | NormalisedSeries | Matrix | LabelledValue[] | ArgReader | ArgReader[] | undefined;

export const YEAR_MIN = 1900;
export const YEAR_MAX = 2200;
/** Safety limit on series length: 1,000 years is beyond any contract. */
export const SERIES_MAX = 1000;
export const TABLE_MAX_CELLS = 100_000;
/** Default longest text. */
export const TEXT_MAX = 2000;

export { isBlank } from './blank';

/** A single cell out of a 1×1 range, so that =F(A1) and =F(A1:A1) behave alike. */
function unwrapSingle(v: unknown): unknown {
  if (Array.isArray(v) && v.length === 1 && Array.isArray(v[0]) && v[0].length === 1) return v[0][0];
  return v;
}

// ---------------------------------------------------------------------------
// Bounds: resolved once per parameter spec (no copy per call), checked inline,
// the message built only on failure.

interface Bounds {
  lo: number;
  hi: number;
  loExclusive: boolean;
  hiExclusive: boolean;
  loLabel: string;
  hiLabel: string;
  /** The plausible range of a fraction that is refused outside it (not one that is only flagged). */
  plLo: number;
  plHi: number;
  plausible?: Plausible;
  any: boolean;
}

type Bounded = { min?: number; max?: number; minExclusive?: boolean; maxExclusive?: boolean; minLabel?: string; maxLabel?: string; plausible?: Plausible };

const boundsCache = new WeakMap<object, Bounds>();

function boundsOf(p: Bounded & { kind: string }): Bounds {
  let b = boundsCache.get(p);
  if (b) return b;
  const rateDefault = p.kind === 'rate' && p.min === undefined;
  const lo = rateDefault ? -1 : (p.min ?? -Infinity);
  const hi = p.max ?? Infinity;
  const pl = p.plausible && !p.plausible.flag ? p.plausible : undefined;
  b = {
    lo,
    hi,
    loExclusive: rateDefault ? true : Boolean(p.minExclusive),
    hiExclusive: Boolean(p.maxExclusive),
    loLabel: rateDefault ? '-100%' : (p.minLabel ?? formatNumber(lo)),
    hiLabel: p.maxLabel ?? formatNumber(hi),
    plLo: pl?.min ?? -Infinity,
    plHi: pl?.max ?? Infinity,
    plausible: pl,
    any: lo !== -Infinity || hi !== Infinity || pl !== undefined,
  };
  boundsCache.set(p, b);
  return b;
}

function withinBounds(x: number, b: Bounds): boolean {
  return (b.loExclusive ? x > b.lo : x >= b.lo) && (b.hiExclusive ? x < b.hi : x <= b.hi) && x >= b.plLo && x <= b.plHi;
}

/** The bounds message for a value already known to be outside them. */
function boundsError(x: number, b: Bounds, what: string): Error {
  if (b.plausible) {
    // an implausible fraction first ("bedoelt u 2,5%?"), unless a hard bound says it better
    try {
      checkPlausible(x, { plausible: b.plausible, min: b.lo, max: b.hi, minExclusive: b.loExclusive, maxExclusive: b.hiExclusive }, what);
    } catch (e) {
      return e as Error;
    }
  }
  if (!(b.loExclusive ? x > b.lo : x >= b.lo)) return invalid(what, b.loExclusive ? MSG.greaterThan(b.loLabel) : MSG.atLeast(b.loLabel), x);
  return invalid(what, b.hiExclusive ? MSG.lessThan(b.hiLabel) : MSG.atMost(b.hiLabel), x);
}

/**
 * Does a 0 from an older desktop build's empty cell mean "blank" for this
 * parameter? Years, texts and enums: always. Numbers, rates and booleans:
 * never, since 0 is a value a user types (the help says so).
 */
export function zeroMeansBlank(p: ParamSpec): boolean {
  switch (p.kind) {
    case 'year':
    case 'text':
    case 'enum':
      return true;
    default:
      return false;
  }
}

const zeroBlankCache = new WeakMap<object, boolean>();
function zeroBlank(p: ParamSpec): boolean {
  let z = zeroBlankCache.get(p);
  if (z === undefined) zeroBlankCache.set(p, (z = zeroMeansBlank(p)));
  return z;
}

/** Blank, or a 0 that stands for an empty cell of an older desktop build. */
function isBlankFor(v: unknown, p: ParamSpec): boolean {
  return isBlank(v) || (v === 0 && zeroBlank(p));
}

function missing<T>(p: { name: string; optional?: boolean; default?: T }): T | undefined {
  if (p.default !== undefined) return p.default;
  if (p.optional) return undefined;
  throw invalid(p.name, MSG.required);
}

// ---------------------------------------------------------------------------
// One function per kind

function normaliseNumber(raw: unknown, p: NumberParam): number | undefined {
  const v = unwrapSingle(raw);
  if (isBlankFor(v, p)) return missing(p);
  if (typeof v !== 'number') throw invalid(p.name, MSG.notNumber, v);
  if (v - v !== 0) throw invalid(p.name, MSG.notFinite, v); // NaN, ±Infinity
  const x = v === 0 ? 0 : v; // −0 is 0
  if (p.kind === 'year') {
    if (!Number.isInteger(x) || x < YEAR_MIN || x > YEAR_MAX) throw invalid(p.name, MSG.notYear(YEAR_MIN, YEAR_MAX), x);
  } else if (p.kind === 'integer' && !Number.isInteger(x)) {
    throw invalid(p.name, MSG.notInteger, x);
  }
  const b = boundsOf(p);
  if (b.any && !withinBounds(x, b)) throw boundsError(x, b, p.name);
  return x;
}

/** A cell of a series or a `lines` table that failed the number check: the message. */
function seriesCellError(p: SeriesParam, c: unknown, pos: string, label: string): Error {
  if (typeof c !== 'number') return invalid(p.name, pos, c);
  if (c - c !== 0) return invalid(p.name, `${pos}: ${MSG.notFinite}`, c);
  return boundsError(c, boundsOf(p), label);
}

function tooLong(p: SeriesParam, n: number): Error {
  const max = p.maxLength ?? SERIES_MAX;
  return invalid(p.name, MSG.seriesTooLong(max), described(`${formatNumber(n)} waarden`));
}

/** The cells of one row (or, with `column`, the first cell of each row) as numbers: blanks are 0, −0 is 0. */
function readCells(p: SeriesParam, src: readonly unknown[], column: boolean): number[] {
  const b = boundsOf(p);
  const n = src.length;
  const values = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const c = column ? (src[i] as unknown[])[0] : src[i];
    if (typeof c === 'number' && c - c === 0 && (!b.any || withinBounds(c, b))) values[i] = c === 0 ? 0 : c;
    else if (isBlank(c))
      values[i] = 0; // blank cells count as 0
    else throw seriesCellError(p, c, MSG.seriesText(i + 1), `${p.name} (positie ${i + 1})`);
  }
  return values;
}

/** A table of posts (rows) × years (columns), summed per year. */
function normaliseLines(rows: unknown[][], p: SeriesParam): NormalisedSeries {
  let width = 0;
  for (let r = 0; r < rows.length; r++) if (rows[r].length > width) width = rows[r].length;
  const max = p.maxLength ?? SERIES_MAX;
  if (width > max) throw invalid(p.name, MSG.seriesTooLong(max), described(`${formatNumber(width)} jaren`));
  if (rows.length * width > TABLE_MAX_CELLS) throw invalid(p.name, MSG.tooManyCells(TABLE_MAX_CELLS), described(`${formatNumber(rows.length * width)} cellen`));
  const b = boundsOf(p);
  const values = new Array<number>(width).fill(0);
  for (let ri = 0; ri < rows.length; ri++) {
    const r = rows[ri];
    for (let ci = 0; ci < width; ci++) {
      const c = r[ci];
      if (typeof c === 'number' && c - c === 0 && (!b.any || withinBounds(c, b))) values[ci] += c === 0 ? 0 : c;
      else if (!isBlank(c)) throw seriesCellError(p, c, MSG.cellText(ri + 1, ci + 1), `${p.name} (rij ${ri + 1}, kolom ${ci + 1})`);
    }
  }
  // The posts one row each, built only for a function that asks (most need the yearly sums only). The cells were
  // checked above and are read within the same call: blanks count as 0, −0 is 0.
  let lines: number[][] | undefined;
  return {
    values,
    orientation: 'row',
    get lines(): number[][] {
      if (!lines) {
        lines = rows.map((r) => {
          const line = new Array<number>(width);
          for (let ci = 0; ci < width; ci++) {
            const c = r[ci];
            line[ci] = typeof c === 'number' && c !== 0 ? c : 0;
          }
          return line;
        });
      }
      return lines;
    },
  };
}

function normaliseSeries(raw: unknown, p: SeriesParam): NormalisedSeries | undefined {
  if (isBlank(raw) || (Array.isArray(raw) && raw.length === 0)) return missing(p);
  const max = p.maxLength ?? SERIES_MAX;
  let values: number[];
  let orientation: Orientation = 'row';
  if (!Array.isArray(raw)) {
    values = readCells(p, [raw], false);
  } else if (!Array.isArray(raw[0]) && !raw.some(Array.isArray)) {
    // a flat JS array from call()
    if (raw.length > max) throw tooLong(p, raw.length);
    values = readCells(p, raw, false);
  } else {
    const rows = raw as unknown[][];
    let width = 0;
    for (let r = 0; r < rows.length; r++) {
      if (!Array.isArray(rows[r])) throw invalid(p.name, MSG.notSeries, raw);
      if (rows[r].length > width) width = rows[r].length;
    }
    if (rows.length === 1) {
      const row = rows[0];
      if (row.length > max) throw tooLong(p, row.length);
      values = readCells(p, row, false);
    } else if (width <= 1) {
      if (rows.length > max) throw tooLong(p, rows.length);
      orientation = 'column';
      values = readCells(p, rows, true);
    } else if (p.lines) {
      return normaliseLines(rows, p);
    } else throw invalid(p.name, MSG.notSeries, raw);
  }
  const min = p.minLength ?? 1;
  if (values.length < min) throw invalid(p.name, MSG.seriesTooShort(min), described(`${values.length} waarden`));
  return { values, orientation };
}

/** A cell of a table: blank → null, −0 → 0; anything Excel cannot hold is an error. */
function tableCell(c: unknown, p: TableParam, ri: number, ci: number): Cell {
  if (isBlank(c)) return null;
  if (typeof c === 'number') {
    if (c - c !== 0) throw invalid(p.name, MSG.cellText(ri + 1, ci + 1), c);
    return c === 0 ? 0 : c;
  }
  if (typeof c === 'string' || typeof c === 'boolean') return c;
  throw invalid(p.name, MSG.cellText(ri + 1, ci + 1), String(c));
}

/** A blank row: every cell blank. */
function isBlankRow(r: readonly Cell[]): boolean {
  for (let i = 0; i < r.length; i++) if (r[i] !== null) return false;
  return true;
}

function normaliseTable(raw: unknown, p: TableParam): Matrix | undefined {
  if (isBlank(raw)) return missing(p);
  let rows: unknown[][];
  if (!Array.isArray(raw)) rows = [[raw]];
  else if (raw.length > 0 && !raw.some(Array.isArray)) rows = [raw];
  else if (raw.every(Array.isArray)) rows = raw as unknown[][];
  else throw invalid(p.name, MSG.notSeries, raw);
  let cellCount = 0;
  for (let r = 0; r < rows.length; r++) cellCount += rows[r].length;
  const maxCells = p.maxCells ?? TABLE_MAX_CELLS;
  if (cellCount > maxCells) throw invalid(p.name, MSG.tooManyCells(maxCells), described(`${formatNumber(cellCount)} cellen`));
  // Drop blank rows, then trailing blank columns.
  const kept: Cell[][] = [];
  let width = 0;
  for (let ri = 0; ri < rows.length; ri++) {
    const r = rows[ri];
    const row = new Array<Cell>(r.length);
    for (let ci = 0; ci < r.length; ci++) row[ci] = tableCell(r[ci], p, ri, ci);
    if (isBlankRow(row)) continue;
    for (let c = row.length - 1; c >= width; c--) {
      if (row[c] !== null) {
        width = c + 1;
        break;
      }
    }
    kept.push(row);
  }
  for (const row of kept) {
    const n = row.length;
    row.length = width;
    for (let c = n; c < width; c++) row[c] = null;
  }
  if (kept.length === 0) return missing(p);
  if (p.columns && (width < p.columns.min || width > p.columns.max)) {
    const want = p.columns.min === p.columns.max ? `${p.columns.min}` : `${p.columns.min} tot ${p.columns.max}`;
    throw invalid(p.name, MSG.tableColumns(want), described(`${width} kolommen`));
  }
  if (p.numbers)
    kept.forEach((row, ri) =>
      row.forEach((c, ci) => {
        if (c === null) row[ci] = 0;
        else if (typeof c !== 'number') throw invalid(p.name, MSG.cellText(ri + 1, ci + 1), c);
      }),
    );
  return kept;
}

const enumIndex = new WeakMap<object, Map<string, string>>();

function normaliseEnum(raw: unknown, p: EnumParam): string | undefined {
  const v = unwrapSingle(raw);
  if (isBlankFor(v, p)) return missing(p);
  if (typeof v !== 'string') throw invalid(p.name, MSG.notOneOf(p.values), v);
  let index = enumIndex.get(p);
  if (!index) {
    index = new Map(p.values.map((x) => [x.toUpperCase(), x] as const));
    enumIndex.set(p, index);
  }
  const hit = index.get(v) ?? index.get(v.trim().toUpperCase());
  if (hit === undefined) throw invalid(p.name, MSG.notOneOf(p.values), v);
  return hit;
}

function normaliseText(raw: unknown, p: TextParam): string | undefined {
  const v = unwrapSingle(raw);
  if (isBlankFor(v, p)) return missing(p);
  if (typeof v === 'number') return numberAsText(v);
  if (typeof v === 'boolean') return String(v);
  if (typeof v !== 'string') throw invalid(p.name, MSG.notText, v);
  const max = p.maxLength ?? TEXT_MAX;
  if (v.length > max) throw invalid(p.name, MSG.textTooLong(max), described(`${formatNumber(v.length)} tekens`));
  return v;
}

const TRUE_TEXT = new Set(['WAAR', 'TRUE', 'JA']);
const FALSE_TEXT = new Set(['ONWAAR', 'FALSE', 'NEE']);

function normaliseBoolean(raw: unknown, p: BooleanParam): boolean | undefined {
  const v = unwrapSingle(raw);
  if (isBlank(v)) return missing(p);
  if (typeof v === 'boolean') return v;
  if (v === 0 || v === 1) return v === 1; // an empty cell of an older desktop build is 0: ONWAAR
  if (typeof v === 'string') {
    const k = v.trim().toUpperCase();
    if (TRUE_TEXT.has(k)) return true;
    if (FALSE_TEXT.has(k)) return false;
  }
  throw invalid(p.name, MSG.notBoolean, v);
}

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
    case 'labelled':
      return normaliseLabelled(raw, p, normaliseTable);
    case 'tuple':
      return normaliseTuple(raw, p, normaliseArg);
    case 'rows':
      return normaliseRows(raw, p, normaliseArg, normaliseTable);
    case 'enum':
      return normaliseEnum(raw, p);
    case 'record':
      return normaliseRecord(raw, p, normaliseArg);
    case 'text':
      return normaliseText(raw, p);
    case 'boolean':
      return normaliseBoolean(raw, p);
  }
}
