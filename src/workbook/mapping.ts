/**
 * The mapping of a hand-built grondexploitatie: which cells of the workbook
 * hold the years, the cost and revenue posts at prijspeil, the parameters,
 * the workbook's own intermediate rows and its result cells.
 *
 * `recognise` proposes a mapping for every sheet that holds a row of years
 * with cost or revenue posts under or above it. The user confirms or corrects
 * it; the confirmed mapping is stored as defined names (see names.ts).
 */
import { RangeRef } from './address';
import { Sheet, Workbook, cellAt, numberAt, textAt } from './model';
import { ParamKey, ResultKey, RowKind, classifyParam, classifyResult, classifyRow } from './labels';

export type RowKey =
  | 'kostenindex'
  | 'opbrengstenindex'
  | 'kosten_nominaal'
  | 'opbrengsten_nominaal'
  | 'boekwaarde_begin'
  | 'rente_per_jaar'
  | 'boekwaarde_eind'
  | 'saldo'
  | 'kosten_totaal'
  | 'opbrengsten_totaal';

export interface Mapping {
  /** The sheet with the year row. */
  sheet: string;
  /** The year header: one row, one cell per year. */
  years: RangeRef;
  /** One range per cost post (a row across the year columns). */
  costs: RangeRef[];
  revenues: RangeRef[];
  /** A single cell, or (for the index rates) a row across the year columns. */
  params: Partial<Record<ParamKey, RangeRef>>;
  results: Partial<Record<ResultKey, RangeRef>>;
  rows: Partial<Record<RowKey, RangeRef>>;
}

const YEAR_MIN = 1950;
const YEAR_MAX = 2150;
const isYear = (v: number | undefined): v is number => v !== undefined && Number.isInteger(v) && v >= YEAR_MIN && v <= YEAR_MAX;

function lastRow(s: Sheet): number {
  return s.cells.length - 1;
}
function lastCol(s: Sheet, r: number): number {
  return (s.cells[r]?.length ?? 0) - 1;
}

/** The longest run of consecutive years across one row (at least 2), topmost first. */
export function findYearRow(s: Sheet): RangeRef | undefined {
  let best: RangeRef | undefined;
  for (let r = 0; r <= lastRow(s); r++) {
    const n = lastCol(s, r);
    for (let c = 0; c <= n; c++) {
      const y = numberAt(s, r, c);
      if (!isYear(y)) continue;
      let k = 1;
      while (numberAt(s, r, c + k) === y + k) k++;
      if (k >= 2 && (!best || k > best.cols)) best = { sheet: s.name, row: r, col: c, rows: 1, cols: k };
      c += k - 1;
    }
  }
  return best;
}

/** The text left of the year block in a row: its label (code and name cells joined). */
export function rowLabel(s: Sheet, row: number, firstYearCol: number): string {
  const parts: string[] = [];
  for (let c = 0; c < firstYearCol; c++) {
    const t = textAt(s, row, c);
    if (t !== undefined && !/^[\d.\s]+$/.test(t)) parts.push(t);
  }
  return parts.join(' ');
}

function numbersIn(s: Sheet, row: number, years: RangeRef): number {
  let k = 0;
  for (let c = years.col; c < years.col + years.cols; c++) if (numberAt(s, row, c) !== undefined || cellAt(s, row, c)?.error) k++;
  return k;
}

const ROW_KEY: Partial<Record<RowKind, RowKey>> = {
  'index-costs': 'kostenindex',
  'index-revenues': 'opbrengstenindex',
  'nominal-costs': 'kosten_nominaal',
  'nominal-revenues': 'opbrengsten_nominaal',
  'boekwaarde-begin': 'boekwaarde_begin',
  rente: 'rente_per_jaar',
  'boekwaarde-eind': 'boekwaarde_eind',
  saldo: 'saldo',
  'total-costs': 'kosten_totaal',
  'total-revenues': 'opbrengsten_totaal',
};

/** The year-block rows of a model sheet: posts, intermediate rows (first of each kind). */
function recogniseRows(s: Sheet, years: RangeRef): Pick<Mapping, 'costs' | 'revenues' | 'rows'> {
  const costs: RangeRef[] = [];
  const revenues: RangeRef[] = [];
  const rows: Mapping['rows'] = {};
  let section: 'costs' | 'revenues' | undefined;
  for (let r = 0; r <= lastRow(s); r++) {
    if (r === years.row) continue;
    const label = rowLabel(s, r, years.col);
    const count = numbersIn(s, r, years);
    const kind = classifyRow(label, section);
    if (count === 0) {
      if (kind === 'section-costs') section = 'costs';
      else if (kind === 'section-revenues') section = 'revenues';
      continue;
    }
    const range: RangeRef = { sheet: s.name, row: r, col: years.col, rows: 1, cols: years.cols };
    if (kind === 'cost' || kind === 'section-costs') costs.push(range);
    else if (kind === 'revenue' || kind === 'section-revenues') revenues.push(range);
    else if (count * 2 >= years.cols) {
      // An intermediate row fills (most of) the year columns; a stray cell next to a label is not one.
      const key = ROW_KEY[kind];
      if (key && !rows[key]) rows[key] = range;
      if (kind === 'total-costs') section = 'costs';
      else if (kind === 'total-revenues') section = 'revenues';
      else if (key) section = undefined;
    }
    if (kind === 'cost') section = section ?? 'costs';
    if (kind === 'revenue') section = section ?? 'revenues';
  }
  // A block with only a total row: the total is the one post.
  if (costs.length === 0 && rows.kosten_totaal) costs.push(rows.kosten_totaal);
  if (revenues.length === 0 && rows.opbrengsten_totaal) revenues.push(rows.opbrengsten_totaal);
  return { costs, revenues, rows };
}

/** The value cell right of a label: the first number (or text, for a motivering) within six columns. */
function valueRightOf(s: Sheet, r: number, c: number, text: boolean): RangeRef | undefined {
  for (let k = c + 1; k <= c + 6 && k <= lastCol(s, r); k++) {
    const cell = cellAt(s, r, k);
    if (!cell) continue;
    if (text ? typeof cell.value === 'string' && cell.value.trim() !== '' : typeof cell.value === 'number' || cell.error)
      return { sheet: s.name, row: r, col: k, rows: 1, cols: 1 };
    if (!text && typeof cell.value === 'string' && cell.value.trim() !== '' && k > c + 1) return undefined;
  }
  return undefined;
}

/** A prijspeil typed as text ("1-1-2024", "prijspeil 2024"). */
function yearTextRightOf(s: Sheet, r: number, c: number): RangeRef | undefined {
  for (let k = c + 1; k <= c + 6 && k <= lastCol(s, r); k++) {
    const t = textAt(s, r, k);
    if (t !== undefined) return /(19[5-9]\d|20\d\d|21[0-4]\d)/.test(t) ? { sheet: s.name, row: r, col: k, rows: 1, cols: 1 } : undefined;
  }
  return undefined;
}

function rateLike(s: Sheet, ref: RangeRef): boolean {
  const cell = cellAt(s, ref.row, ref.col);
  return !!cell && (cell.format?.includes('%') || (typeof cell.value === 'number' && Math.abs(cell.value) < 0.3));
}

/** Parameter and result cells: the model sheet first, then the other sheets in order. */
function recogniseCells(wb: Workbook, model: Sheet, years: RangeRef): Pick<Mapping, 'params' | 'results'> {
  const params: Mapping['params'] = {};
  const results: Mapping['results'] = {};
  const order = [model, ...wb.sheets.filter((x) => x !== model)];
  for (const s of order) {
    const yearRow = s === model ? years : findYearRow(s);
    for (let r = 0; r <= lastRow(s); r++) {
      const inBlock = yearRow !== undefined && r !== yearRow.row && numbersIn(s, r, yearRow) >= 3;
      for (let c = 0; c <= lastCol(s, r); c++) {
        const label = textAt(s, r, c);
        if (label === undefined) continue;
        const p = classifyParam(label);
        if (p && !params[p]) {
          if (inBlock && s === model && c < years.col) {
            // A row of yearly rates (2%, 3%, …), not a row of index factors (1,02; 1,0404; …).
            const rates = Array.from({ length: years.cols }, (_, i) => numberAt(s, r, years.col + i));
            if ((p === 'kostenstijging' || p === 'opbrengstenstijging') && rates.every((v) => v === undefined || Math.abs(v) < 0.5))
              params[p] = { sheet: s.name, row: r, col: years.col, rows: 1, cols: years.cols };
          } else if (!inBlock) {
            const v = valueRightOf(s, r, c, p === 'motivering') ?? (p === 'prijspeil' ? yearTextRightOf(s, r, c) : undefined);
            if (v && (p === 'motivering' || p === 'prijspeil' || p === 'beginboekwaarde' || rateLike(s, v))) params[p] = v;
          }
        }
        const q = classifyResult(label);
        if (q && !results[q] && !inBlock) {
          const v = valueRightOf(s, r, c, false);
          if (v) results[q] = v;
        }
      }
    }
  }
  return { params, results };
}

/** A proposed mapping for every sheet with a year row and at least one post. */
export function recognise(wb: Workbook): Mapping[] {
  const out: Mapping[] = [];
  for (const s of wb.sheets) {
    const years = findYearRow(s);
    if (!years) continue;
    const rows = recogniseRows(s, years);
    if (rows.costs.length === 0 && rows.revenues.length === 0) continue;
    out.push({ sheet: s.name, years, ...rows, ...recogniseCells(wb, s, years) });
  }
  return out;
}
