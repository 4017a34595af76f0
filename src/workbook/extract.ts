/**
 * From a mapping to the numbers GREX recomputes with: years, costs and
 * revenues per year at prijspeil (summed over the posts), the parameters, and
 * the workbook's own intermediate rows and results as it saved them.
 */
import { CellRef, RangeRef, cellText } from './address';
import { Workbook, cellAt, findSheet, numberAt, textAt } from './model';
import { Mapping, RowKey, rowLabel } from './mapping';
import { ParamKey } from './labels';
import { postSign } from './live';

export interface WorkbookRow {
  key: RowKey;
  label: string;
  /** One cell per year. */
  cells: CellRef[];
  values: (number | undefined)[];
}

export interface ModelInputs {
  sheet: string;
  t0: number;
  T: number;
  years: number[];
  costs: number[];
  revenues: number[];
  rente: number;
  disconteringsvoet: number;
  kostenstijging: number | number[];
  opbrengstenstijging: number | number[];
  prijspeiljaar: number;
  beginboekwaarde: number;
  motivering?: string;
  /** Parameters the mapping does not give (GREX assumed a default). */
  missing: ParamKey[];
  workbook: { eindwaarde?: number; ncw?: number; nominaal?: number; cells: { eindwaarde?: string; ncw?: string; nominaal?: string } };
  rows: Partial<Record<RowKey, WorkbookRow>>;
}

function rowValues(wb: Workbook, r: RangeRef): (number | undefined)[] {
  const s = findSheet(wb, r.sheet);
  const out: (number | undefined)[] = [];
  for (let c = r.col; c < r.col + r.cols; c++) out.push(s ? numberAt(s, r.row, c) : undefined);
  return out;
}

function single(wb: Workbook, r: RangeRef | undefined): number | undefined {
  if (!r) return undefined;
  const s = findSheet(wb, r.sheet);
  return s ? numberAt(s, r.row, r.col) : undefined;
}

/** A prijspeil cell as a year: 2024, a date (serial number), or text such as "1-1-2024". */
export function yearOf(wb: Workbook, r: RangeRef | undefined): number | undefined {
  if (!r) return undefined;
  const s = findSheet(wb, r.sheet);
  const v = s ? cellAt(s, r.row, r.col)?.value : undefined;
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= 1950 && v <= 2150) return v;
    if (v > 18000 && v < 100000) return new Date(Date.UTC(1899, 11, 30) + Math.round(v) * 86400000).getUTCFullYear();
  }
  if (typeof v === 'string') {
    const m = /(19[5-9]\d|20\d\d|21[0-4]\d)/.exec(v);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** Sum of post rows per year; a post entered with negative amounts counts by its size. */
function sumPosts(wb: Workbook, posts: readonly RangeRef[], n: number): number[] {
  const out = new Array<number>(n).fill(0);
  for (const p of posts) {
    const v = rowValues(wb, p);
    const sign = postSign(v);
    for (let i = 0; i < n; i++) out[i] += sign * (v[i] ?? 0);
  }
  return out;
}

export function extract(wb: Workbook, m: Mapping): ModelInputs {
  const years = rowValues(wb, m.years)
    .map((y, i) => y ?? NaN)
    .map((y, i, a) => (Number.isFinite(y) ? y : a[0] + i));
  const n = years.length;
  const t0 = years[0];
  const missing: ParamKey[] = [];
  const rate = (k: 'rente' | 'disconteringsvoet', dflt: number): number => {
    const v = single(wb, m.params[k]);
    if (v === undefined) missing.push(k);
    return v ?? dflt;
  };
  const index = (k: 'kostenstijging' | 'opbrengstenstijging'): number | number[] => {
    const r = m.params[k];
    if (!r) {
      missing.push(k);
      return 0;
    }
    if (r.cols > 1) return rowValues(wb, r).map((x) => x ?? 0);
    return single(wb, r) ?? 0;
  };
  const motRef = m.params.motivering;
  const motSheet = motRef && findSheet(wb, motRef.sheet);
  const rows: ModelInputs['rows'] = {};
  for (const [key, r] of Object.entries(m.rows) as [RowKey, RangeRef][]) {
    const s = findSheet(wb, r.sheet);
    if (!s) continue;
    const cells: CellRef[] = [];
    for (let c = r.col; c < r.col + r.cols; c++) cells.push({ sheet: s.name, row: r.row, col: c });
    rows[key] = { key, label: rowLabel(s, r.row, m.years.col) || key, cells, values: rowValues(wb, r) };
  }
  const ref = (r: RangeRef | undefined) => (r ? cellText(r) : undefined);
  const bw = single(wb, m.params.beginboekwaarde);
  if (bw === undefined) missing.push('beginboekwaarde');
  return {
    sheet: m.sheet,
    t0,
    T: years[n - 1],
    years,
    costs: sumPosts(wb, m.costs, n),
    revenues: sumPosts(wb, m.revenues, n),
    rente: rate('rente', 0),
    disconteringsvoet: rate('disconteringsvoet', 0.02),
    kostenstijging: index('kostenstijging'),
    opbrengstenstijging: index('opbrengstenstijging'),
    prijspeiljaar: yearOf(wb, m.params.prijspeil) ?? t0,
    beginboekwaarde: bw ?? 0,
    motivering: motSheet && motRef ? textAt(motSheet, motRef.row, motRef.col) : undefined,
    missing,
    workbook: {
      eindwaarde: single(wb, m.results.eindwaarde),
      ncw: single(wb, m.results.ncw),
      nominaal: single(wb, m.results.nominaal),
      cells: { eindwaarde: ref(m.results.eindwaarde), ncw: ref(m.results.ncw), nominaal: ref(m.results.nominaal) },
    },
    rows,
  };
}
