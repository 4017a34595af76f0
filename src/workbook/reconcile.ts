/**
 * Recompute a mapped grondexploitatie with GREX's own core and find the
 * conventions that reproduce the workbook's figures.
 *
 * The roll-forward is the core's (src/core/grex: boekwaarde, rente over the
 * boekwaarde of 1 January, the negative-boekwaarde choice, the revenue-index
 * freeze); NCW and discounting are the core's (src/core/discount). The
 * variants tested are the ones met in municipal models:
 *  - ncw_basis "eindwaarde": NCW = EW / (1+d)^(T − t0 + k), k = discount_offset
 *    (the BBV: k = 1; Almere publishes k = 1, Goirle's figures imply k = 2);
 *    "kasstromen": NCW = the present value of the yearly saldo (Excel's NPV),
 *    minus the boekwaarde of 1-1, with the first year discounted k years;
 *  - rente over a negative boekwaarde or not;
 *  - the index exponent t − p + o, o = index_offset ∈ {0, ½, 1} (1 January,
 *    mid-year, 31 December of year t: the core's indexation moment begin,
 *    midden, eind);
 *  - the revenue index frozen (0%) from year t0 + n on;
 *  - the sign of the result (positive or negative is winst).
 */
import { Dec, dec } from '../core/numeric';
import { YearlySeries } from '../core/series';
import { IndexCurve } from '../core/index-curve';
import { presentValue } from '../core/discount';
import { rollForward, revenueCurve, ncwOfEndValue } from '../core/grex';
import { CellRef, cellText } from './address';
import { ModelInputs } from './extract';
import { RowKey } from './mapping';

export interface Conventions {
  ncw_basis: 'eindwaarde' | 'kasstromen';
  discount_offset: number;
  interest_on_negative: boolean | null;
  index_offset: 0 | 0.5 | 1;
  revenue_index_frozen_after: number | null;
  sign: 'positive-is-profit' | 'negative-is-profit';
}

export const BBV_CONVENTIONS: Conventions = {
  ncw_basis: 'eindwaarde',
  discount_offset: 1,
  interest_on_negative: false,
  index_offset: 0,
  revenue_index_frozen_after: null,
  sign: 'positive-is-profit',
};

/** The BBV disconteringsvoet (the ECB inflation target). */
export const BBV_DISCOUNT_RATE = 0.02;

export interface YearRow {
  year: number;
  kostenindex: Dec;
  opbrengstenindex: Dec;
  kosten: Dec;
  opbrengsten: Dec;
  begin: Dec;
  rente: Dec;
  eind: Dec;
}

export interface Recomputation {
  rows: YearRow[];
  /** Positive = winst. */
  eindwaarde: number;
  ncw: number;
  /** NCW including (true) or excluding the boekwaarde of 1-1 (kasstromen basis only). */
  withBoekwaarde: boolean;
}

function curveOf(rate: number | number[], t0: number): IndexCurve {
  return Array.isArray(rate) ? IndexCurve.perYear(t0, rate) : IndexCurve.scalar(rate);
}

/** The index offset of the report as the core's indexation moment (1 January, 1 July, 31 December of year t). */
const MOMENT = { 0: 'begin', 0.5: 'midden', 1: 'eind' } as const;

/** Index factors for years t0…T at the indexation moment o, by the core (GREX.INDEXEER's indexmoment). */
function factors(curve: IndexCurve, p: number, t0: number, T: number, o: 0 | 0.5 | 1): Dec[] {
  return curve.at(MOMENT[o]).factors(p, t0, T);
}

export interface Variant {
  index_offset: 0 | 0.5 | 1;
  frozen: number | null;
  negative: boolean;
}

/** The roll-forward and the EW of one variant (NCW filled in by `ncwOf`). */
export function rollVariant(x: ModelInputs, v: Variant): YearRow[] {
  const { t0, T, prijspeiljaar: p } = x;
  const kc = curveOf(x.kostenstijging, t0);
  const oc = revenueCurve({ opbrengstenindex: curveOf(x.opbrengstenstijging, t0), opbrengstenBevrorenVanaf: v.frozen === null ? undefined : t0 + v.frozen });
  const kf = factors(kc, p, t0, T, v.index_offset);
  const of = factors(oc, p, t0, T, v.index_offset);
  const kosten = new YearlySeries(
    t0,
    x.costs.map((k, i) => dec(k).times(kf[i])),
  );
  const opbrengsten = new YearlySeries(
    t0,
    x.revenues.map((k, i) => dec(k).times(of[i])),
  );
  const rf = rollForward({ beginboekwaarde: x.beginboekwaarde, kosten, opbrengsten, rente: x.rente, renteOverNegatief: v.negative });
  return rf.map((r, i) => ({
    year: r.jaar,
    kostenindex: kf[i],
    opbrengstenindex: of[i],
    kosten: r.kosten,
    opbrengsten: r.opbrengsten,
    begin: r.begin,
    rente: r.rente,
    eind: r.eind,
  }));
}

/** NCW (positive = winst) of a roll-forward under a basis and discount offset. */
export function ncwOf(x: ModelInputs, rows: YearRow[], basis: Conventions['ncw_basis'], k: number, d: number, withBoekwaarde = true): number {
  const ew = rows[rows.length - 1].eind.neg();
  if (basis === 'eindwaarde') return ncwOfEndValue(ew, d, x.t0 + 1 - k, x.T).toNumber();
  const saldo = new YearlySeries(
    x.t0,
    rows.map((r) => r.opbrengsten.minus(r.kosten)),
  );
  const pv = k === 0 ? presentValue(d, saldo, x.t0, 'begin') : presentValue(d, saldo, x.t0 + 1 - k, 'eind');
  return (withBoekwaarde ? pv.minus(dec(x.beginboekwaarde)) : pv).toNumber();
}

export interface Divergence {
  cell: string;
  row_label: string;
  year: number;
}

export interface Reconciliation {
  conventions: Conventions;
  grex: { eindwaarde: number; ncw: number };
  bbv: { eindwaarde: number; ncw: number };
  gap: number | null;
  /** The gaps on the eindwaarde and the NCW separately (undefined where the workbook has no such cell). */
  gaps: { eindwaarde?: number; ncw?: number };
  first_divergence: Divergence | null;
  rows: YearRow[];
}

const ROW_ORDER: { key: RowKey; pick: (r: YearRow) => Dec; index?: boolean }[] = [
  { key: 'kostenindex', pick: (r) => r.kostenindex, index: true },
  { key: 'kosten_nominaal', pick: (r) => r.kosten },
  { key: 'opbrengstenindex', pick: (r) => r.opbrengstenindex, index: true },
  { key: 'opbrengsten_nominaal', pick: (r) => r.opbrengsten },
  { key: 'boekwaarde_begin', pick: (r) => r.begin },
  { key: 'rente_per_jaar', pick: (r) => r.rente },
  { key: 'saldo', pick: (r) => r.opbrengsten.minus(r.kosten) },
  { key: 'boekwaarde_eind', pick: (r) => r.eind },
];

const near = (a: number, b: number, index: boolean) => Math.abs(a - b) <= (index ? 1e-6 * Math.max(1, Math.abs(b)) : 1);

/** The sign a workbook row is written in (+1 or −1), chosen on its first clearly nonzero year. */
function rowSign(values: (number | undefined)[], ours: number[]): number {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== undefined && Math.abs(v) > 1 && Math.abs(ours[i]) > 1) return Math.sign(v) === Math.sign(ours[i]) ? 1 : -1;
  }
  return 1;
}

/** The first (year, row) where the workbook's own intermediate rows part from the recomputation. */
export function firstDivergence(x: ModelInputs, rows: YearRow[]): Divergence | null {
  const present = ROW_ORDER.filter((o) => x.rows[o.key]);
  const ours = present.map((o) => rows.map((r) => o.pick(r).toNumber()));
  const signs = present.map((o, j) => (o.index ? 1 : rowSign(x.rows[o.key]!.values, ours[j])));
  for (let i = 0; i < rows.length; i++) {
    for (let j = 0; j < present.length; j++) {
      const wr = x.rows[present[j].key]!;
      const v = wr.values[i];
      if (v === undefined || !near(signs[j] * v, ours[j][i], !!present[j].index)) {
        const cell: CellRef = wr.cells[i];
        return { cell: cellText(cell), row_label: wr.label, year: rows[i].year };
      }
    }
  }
  return null;
}

/** How many of the workbook's intermediate cells the recomputation matches (a tie-breaker). */
function rowMatches(x: ModelInputs, rows: YearRow[]): number {
  let k = 0;
  for (const o of ROW_ORDER) {
    const wr = x.rows[o.key];
    if (!wr) continue;
    const ours = rows.map((r) => o.pick(r).toNumber());
    const s = o.index ? 1 : rowSign(wr.values, ours);
    wr.values.forEach((v, i) => {
      if (v !== undefined && near(s * v, ours[i], !!o.index)) k++;
    });
  }
  return k;
}

function frozenCandidates(x: ModelInputs): (number | null)[] {
  const n = x.years.length;
  const rising = Array.isArray(x.opbrengstenstijging) ? x.opbrengstenstijging.some((r) => r !== 0) : x.opbrengstenstijging !== 0;
  if (!rising || n < 2) return [null];
  const out: (number | null)[] = [null, 10];
  for (let k = 1; k < n; k++) if (k !== 10) out.push(k);
  return out.filter((k) => k === null || k < n);
}

const NCW_VARIANTS: { basis: Conventions['ncw_basis']; k: number; withBw: boolean }[] = [
  { basis: 'eindwaarde', k: 1, withBw: true },
  { basis: 'eindwaarde', k: 2, withBw: true },
  { basis: 'eindwaarde', k: 0, withBw: true },
  { basis: 'kasstromen', k: 1, withBw: true },
  { basis: 'kasstromen', k: 0, withBw: true },
  { basis: 'kasstromen', k: 1, withBw: false },
];

/** Within this many euros a figure counts as reproduced. */
export const REPRODUCED = 1;
const TIE = 0.005;

interface RollCandidate {
  v: Variant;
  rows: YearRow[];
  /** EW, positive = winst. */
  ew: number;
  /** The gap on the workbook's EW (with the better sign), or the best NCW gap when there is no EW cell. */
  score: number;
  sign: 1 | -1;
  matches: number;
}

function signFor(ref: number, ours: number): 1 | -1 {
  return Math.abs(ref + ours) < Math.abs(ref - ours) ? -1 : 1;
}

/** The NCW variant that reproduces the workbook's NCW best, or the BBV variant when none does (or there is no NCW cell). */
function bestNcw(
  x: ModelInputs,
  rows: YearRow[],
  sign: 1 | -1,
): { basis: Conventions['ncw_basis']; k: number; withBw: boolean; ncw: number; gap: number | undefined } {
  const w = x.workbook.ncw;
  let best: { basis: Conventions['ncw_basis']; k: number; withBw: boolean; ncw: number; gap: number | undefined } | undefined;
  for (const nv of NCW_VARIANTS) {
    const ncw = ncwOf(x, rows, nv.basis, nv.k, x.disconteringsvoet, nv.withBw);
    const gap = w === undefined ? undefined : Math.abs(w - sign * ncw);
    if (!best) best = { ...nv, ncw, gap };
    else if (gap !== undefined && gap < best.gap! - TIE) best = { ...nv, ncw, gap };
  }
  if (best!.gap !== undefined && best!.gap > REPRODUCED) {
    const dflt = NCW_VARIANTS[0];
    const ncw = ncwOf(x, rows, dflt.basis, dflt.k, x.disconteringsvoet, dflt.withBw);
    return { ...dflt, ncw, gap: Math.abs(w! - sign * ncw) };
  }
  return best!;
}

/**
 * The conventions that reproduce the workbook: first the roll-forward variant
 * (index moment, freeze, rente over a negative boekwaarde, sign) on the
 * workbook's eindwaarde, then the NCW variant on its NCW. When no variant
 * reproduces the eindwaarde, the one that matches most of the workbook's own
 * intermediate cells wins (a number typed over one cell must not be "explained"
 * by an odd convention). Ties keep the BBV choice, which is tried first.
 */
export function reconcile(x: ModelInputs): Reconciliation {
  const w = x.workbook;
  const cands: RollCandidate[] = [];
  const tryFrozen = (list: readonly (number | null)[]) => {
    for (const index_offset of [0, 0.5, 1] as const) {
      for (const frozen of list) {
        for (const negative of [false, true]) {
          const v: Variant = { index_offset, frozen, negative };
          const rows = rollVariant(x, v);
          const ew = rows[rows.length - 1].eind.neg().toNumber();
          let sign: 1 | -1 = 1;
          let score = Infinity;
          if (w.eindwaarde !== undefined) {
            sign = signFor(w.eindwaarde, ew);
            score = Math.abs(w.eindwaarde - sign * ew);
          } else if (w.ncw !== undefined) {
            for (const nv of NCW_VARIANTS) {
              const ncw = ncwOf(x, rows, nv.basis, nv.k, x.disconteringsvoet, nv.withBw);
              const sg = signFor(w.ncw, ncw);
              const g = Math.abs(w.ncw - sg * ncw);
              if (g < score - TIE) [score, sign] = [g, sg];
            }
          }
          cands.push({ v, rows, ew, score, sign, matches: rowMatches(x, rows) });
        }
      }
    }
  };
  // The common variants first (no freeze, the 10-year freeze); every other freeze year only when those do not reproduce.
  const all = frozenCandidates(x);
  const common: (number | null)[] = all.filter((k) => k === null || k === 10);
  tryFrozen(common);
  if (!cands.some((c) => c.score <= REPRODUCED)) tryFrozen(all.filter((k) => !common.includes(k)));
  const minScore = Math.min(...cands.map((c) => c.score));
  let b: RollCandidate;
  if (minScore <= REPRODUCED) {
    b = cands.find((c) => c.score <= minScore + TIE)!;
  } else {
    const maxMatches = Math.max(...cands.map((c) => c.matches));
    const pool = cands.filter((c) => c.matches === maxMatches);
    b = pool.reduce((a, c) => (c.score < a.score - TIE ? c : a));
  }
  // A choice the workbook does not reveal (the other value fits equally well) is reported as null.
  const equal = (c: RollCandidate) => Math.abs(c.score - b.score) <= TIE && c.matches === b.matches;
  const negVisible = !cands.some((c) => c.v.negative !== b.v.negative && c.v.index_offset === b.v.index_offset && c.v.frozen === b.v.frozen && equal(c));
  const frozenVisible =
    b.v.frozen === null || !cands.some((c) => c.v.frozen === null && c.v.index_offset === b.v.index_offset && c.v.negative === b.v.negative && equal(c));
  const n = bestNcw(x, b.rows, b.sign);
  const conventions: Conventions = {
    ncw_basis: n.basis,
    discount_offset: n.k,
    interest_on_negative: negVisible ? b.v.negative : null,
    index_offset: b.v.index_offset,
    revenue_index_frozen_after: frozenVisible ? b.v.frozen : null,
    sign: b.sign === 1 ? 'positive-is-profit' : 'negative-is-profit',
  };
  const bbvRows = rollVariant(x, { index_offset: 0, frozen: null, negative: false });
  const bbvEw = bbvRows[bbvRows.length - 1].eind.neg().toNumber();
  const gapEw = w.eindwaarde !== undefined ? Math.abs(w.eindwaarde - b.sign * b.ew) : undefined;
  const gaps = [gapEw, n.gap].filter((g): g is number => g !== undefined);
  return {
    conventions,
    grex: { eindwaarde: b.sign * b.ew, ncw: b.sign * n.ncw },
    bbv: { eindwaarde: bbvEw, ncw: ncwOf(x, bbvRows, 'eindwaarde', 1, BBV_DISCOUNT_RATE) },
    gap: gaps.length ? Math.max(...gaps) : null,
    gaps: { eindwaarde: gapEw, ncw: n.gap },
    first_divergence: firstDivergence(x, b.rows),
    rows: b.rows,
  };
}
