/**
 * The grondexploitatie roll-forward (boekwaarde.ts) in doubles, with an
 * a-posteriori error bound against the 34-digit decimal path. A float result
 * is used only where the bound proves every figure within FAST_PATH_TOLERANCE
 * (a tenth of a cent) of the decimal path; otherwise the decimal path runs.
 * test/core/rollforward-fastpath.test.ts checks this on 100,000 cases.
 *
 * Error model (first order, u = 2^-53; Higham, Accuracy and Stability of
 * Numerical Algorithms, ch. 2–3), per year t with e_t the bound on the
 * boekwaarde of 1 January:
 *  - each input double differs from the decimal the decimal path reads by
 *    ≤ u relative (shortest decimal of the same double); so does the rate;
 *  - indexed amount K = x·f: relative error ≤ u (x) + ρ_f (factor, from
 *    index-curve-float.ts) + u (product);
 *  - interest R = r·BW: ≤ e_t·|r|(1+u) + 2u·|BW·r|; where |BW| ≤ e_t the sign
 *    of the exact boekwaarde is unknown, so the choice "interest or not" may
 *    differ: then ≤ |BW·r| + (|BW| + e_t)·|r|(1+u);
 *  - BW(31-12) = BW + K − O + R: three roundings, ≤ u each of the partial sums;
 *  - the decimal path's own rounding, 1e-33 relative per operation.
 * Second-order terms are below n²u² relative; the bound is scaled by
 * (1 + 1e-6) to cover them.
 */
import { IndexCurve } from '../index-curve';
import { indexFactorsFloat, DECIMAL_STEP } from '../index-curve-float';
import { YearlySeries, requireSameLength } from '../series';
import { FAST_PATH_TOLERANCE } from '../discount';
import { invalid } from '../errors';
import { MSG } from '../messages';
import { type GrexInput, revenueCurve, rollForward } from './boekwaarde';
import { grexResult, ncwOfEndValue } from './resultaat';

const U = Number.EPSILON / 2;
const SECOND_ORDER = 1 + 1e-6;

/**
 * Round to 15 significant digits, so that 0,1 + 0,2 shows as 0,3 as on the
 * decimal path. Moves x by at most SNAP·|x|, which the bound includes.
 */
const SNAP = 5e-15;
function snap(x: number): number {
  return x === 0 ? 0 : Number(x.toPrecision(15));
}

/** x snapped to 15 digits where its bound, with the snap, proves it within FAST_PATH_TOLERANCE; else undefined. */
export function provenSnap(x: number, bound: number): number | undefined {
  return bound + SNAP * Math.abs(x) < FAST_PATH_TOLERANCE ? snap(x) : undefined;
}

/** A grondexploitatie with its yearly amounts as plain numbers (the adapter's view). */
export interface GrexNumbers extends Omit<GrexInput, 'beginboekwaarde' | 'kosten' | 'opbrengsten' | 'rente'> {
  /** Calendar year of the first value. */
  start: number;
  beginboekwaarde: number;
  /** Costs per year at price level. */
  kosten: readonly number[];
  /** Revenues per year at price level, as many years as kosten. */
  opbrengsten: readonly number[];
  rente: number;
}

/** Roll-forward parameters on yearly totals that are already indexed. */
export interface RollForwardParams {
  beginboekwaarde: number;
  rente: number;
  renteOverNegatief?: boolean;
  /** Discount rate for the NCW at 1-1 of the first year (default: no NCW). */
  disconteringsvoet?: number;
}

export interface FloatRollForward {
  begin: number[];
  rente: number[];
  eind: number[];
  /** Largest error bound of any figure (begin, interest, end) against the decimal path. */
  bound: number;
  /** Error bound of the last boekwaarde. */
  endBound: number;
}

/**
 * The roll-forward over indexed yearly amounts in doubles. `kErr`/`oErr` bound
 * the absolute error of each amount against the decimal path. undefined when
 * a value is not finite.
 */
export function rollForwardFloat(
  kosten: readonly number[],
  kErr: readonly number[] | undefined,
  opbrengsten: readonly number[],
  oErr: readonly number[] | undefined,
  p: RollForwardParams,
): FloatRollForward | undefined {
  const n = kosten.length;
  const r = p.rente;
  const rAbs = Math.abs(r);
  const always = p.renteOverNegatief === true;
  const begin = new Array<number>(n);
  const rente = new Array<number>(n);
  const eind = new Array<number>(n);
  let bw = p.beginboekwaarde;
  let e = U * Math.abs(bw);
  let worst = e;
  for (let t = 0; t < n; t++) {
    const k = kosten[t];
    const o = opbrengsten[t];
    const ek = kErr ? kErr[t] : (2 * U + DECIMAL_STEP) * Math.abs(k);
    const eo = oErr ? oErr[t] : (2 * U + DECIMAL_STEP) * Math.abs(o);
    const a = Math.abs(bw);
    let R = 0;
    let eR = 0;
    if (always) {
      R = bw * r;
      eR = e * rAbs * (1 + U) + (2 * U + DECIMAL_STEP) * Math.abs(R);
    } else if (a > e) {
      // the exact boekwaarde has the same sign: the same choice as the decimal path
      if (bw > 0) {
        R = bw * r;
        eR = e * rAbs * (1 + U) + (2 * U + DECIMAL_STEP) * Math.abs(R);
      }
    } else {
      // the sign of the exact boekwaarde is not known: interest or not may differ
      if (bw > 0) R = bw * r;
      eR = a * rAbs + (a + e) * rAbs * (1 + U);
    }
    const s1 = bw + k;
    const s2 = s1 - o;
    const end = s2 + R;
    begin[t] = bw;
    rente[t] = R;
    eind[t] = end;
    e += ek + eo + eR + (U + DECIMAL_STEP) * (Math.abs(s1) + Math.abs(s2) + Math.abs(end));
    const m = eR > e ? eR : e;
    if (m > worst) worst = m;
    if (ek > worst) worst = ek;
    if (eo > worst) worst = eo;
    bw = end;
  }
  if (!Number.isFinite(bw) || !Number.isFinite(worst)) return undefined;
  for (let t = 0; t < n; t++) if (!Number.isFinite(eind[t]) || !Number.isFinite(rente[t])) return undefined;
  return { begin, rente, eind, bound: worst * SECOND_ORDER, endBound: e * SECOND_ORDER };
}

/** x/(1+d)^years in doubles with its error bound, given an error bound on x (years may be 0 or negative). */
export function discountFloat(x: number, xErr: number, d: number, years: number): { value: number; bound: number } | undefined {
  const base = 1 + d;
  if (!(base > 0)) return undefined;
  const beta = U * (1 + Math.abs(d) / base) + U;
  const f = Math.pow(base, -years);
  const value = x * f;
  const m = Math.abs(years) + 2;
  const rel = m * beta + 2 * Number.EPSILON + DECIMAL_STEP * m;
  const bound = (xErr * f * (1 + rel) + Math.abs(value) * (rel + U)) * SECOND_ORDER;
  if (!Number.isFinite(value) || !Number.isFinite(bound) || f === 0) return undefined;
  return { value, bound };
}

/**
 * The roll-forward on yearly totals that are already indexed (nominal
 * amounts of each year), for callers that evaluate many variants of one
 * grondexploitatie (a Shapley verschillenanalyse: 512–1,024 evaluations):
 *
 *   rollForwardTotals(kosten, opbrengsten, { beginboekwaarde, rente, renteOverNegatief, disconteringsvoet })
 *     → { eindwaarde, ncw, exact }
 *
 * eindwaarde = −BW(31-12 of the last year), ncw = eindwaarde/(1+d)^n at 1-1
 * of the first year (NaN without a disconteringsvoet). The float path answers
 * where its bound proves the figures within a tenth of a cent of the decimal
 * path; otherwise the decimal path answers (`exact` true).
 */
export function rollForwardTotals(
  kosten: readonly number[],
  opbrengsten: readonly number[],
  p: RollForwardParams,
): { eindwaarde: number; ncw: number; exact: boolean } {
  if (kosten.length === 0) throw invalid('kosten', MSG.seriesTooShort(1));
  requireSameLength(kosten, opbrengsten, 'opbrengsten', 'kosten');
  const n = kosten.length;
  const fast = rollForwardFloat(kosten, undefined, opbrengsten, undefined, p);
  if (fast && fast.bound < FAST_PATH_TOLERANCE) {
    const ew = -fast.eind[n - 1];
    if (p.disconteringsvoet === undefined) return { eindwaarde: ew, ncw: NaN, exact: false };
    const pv = discountFloat(ew, fast.endBound, p.disconteringsvoet, n);
    if (pv && pv.bound < FAST_PATH_TOLERANCE) return { eindwaarde: ew, ncw: pv.value, exact: false };
  }
  const rows = rollForward({
    beginboekwaarde: p.beginboekwaarde,
    kosten: YearlySeries.ofNumbers(1, kosten),
    opbrengsten: YearlySeries.ofNumbers(1, opbrengsten),
    rente: p.rente,
    renteOverNegatief: p.renteOverNegatief,
  });
  const ew = rows[n - 1].eind.neg();
  const ncw = p.disconteringsvoet === undefined ? NaN : ncwOfEndValue(ew, p.disconteringsvoet, 1, n).toNumber();
  return { eindwaarde: ew.toNumber(), ncw, exact: true };
}

/** The decimal path's input. */
export function grexInputOf(x: GrexNumbers): GrexInput {
  return { ...x, kosten: YearlySeries.ofNumbers(x.start, x.kosten), opbrengsten: YearlySeries.ofNumbers(x.start, x.opbrengsten) };
}

/** Amounts × index factors in doubles, with the absolute error bound of each against the decimal path. */
export interface FloatAmounts {
  x: number[];
  err: number[];
}

/**
 * Yearly amounts at price level `price` indexed with `curve` for the years from `from` on (IndexCurve.factors
 * in doubles), or undefined where the factors are not proven (use the decimal path).
 */
export function indexedAmountsFloat(amounts: readonly number[], curve: IndexCurve, price: number, from: number): FloatAmounts | undefined {
  const n = amounts.length;
  const f = indexFactorsFloat(curve, price, from, from + n - 1);
  if (!f) return undefined;
  const x = new Array<number>(n);
  const err = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    x[i] = amounts[i] * f.factors[i];
    err[i] = Math.abs(x[i]) * (2 * U + f.relErr[i] + DECIMAL_STEP);
  }
  return { x, err };
}

/** Indexed costs and revenues of a grondexploitatie in doubles, or undefined (use the decimal path). */
function indexedFloat(x: GrexNumbers): { k: FloatAmounts; o: FloatAmounts } | undefined {
  const price = x.prijspeiljaar ?? x.start;
  const k = indexedAmountsFloat(x.kosten, x.kostenindex ?? IndexCurve.none(), price, x.start);
  const o = k && indexedAmountsFloat(x.opbrengsten, revenueCurve(x), price, x.start);
  return o && { k, o };
}

function checkLengths(x: GrexNumbers): void {
  if (x.kosten.length === 0) throw invalid('kosten', MSG.seriesTooShort(1));
  requireSameLength(x.kosten, x.opbrengsten, 'opbrengsten', 'kosten');
}

/**
 * The float roll-forward of a grondexploitatie as rows [jaar, boekwaarde 1-1,
 * kosten, opbrengsten, rente, boekwaarde 31-12] with the error bound of its
 * worst figure; undefined where a value is not finite. `bound` < tolerance
 * proves every figure within it.
 */
export function grexRollForwardFloat(x: GrexNumbers): { rows: number[][]; bound: number; endBound: number } | undefined {
  const ix = indexedFloat(x);
  if (!ix) return undefined;
  const { k, o } = ix;
  const rf = rollForwardFloat(k.x, k.err, o.x, o.err, x);
  if (!rf) return undefined;
  let bound = rf.bound;
  let largest = 0;
  for (let i = 0; i < k.err.length; i++) {
    bound = Math.max(bound, k.err[i], o.err[i]);
    largest = Math.max(largest, Math.abs(rf.begin[i]), Math.abs(k.x[i]), Math.abs(o.x[i]), Math.abs(rf.rente[i]), Math.abs(rf.eind[i]));
  }
  const rows = new Array<number[]>(x.kosten.length);
  for (let i = 0; i < rows.length; i++) rows[i] = [x.start + i, snap(rf.begin[i]), snap(k.x[i]), snap(o.x[i]), snap(rf.rente[i]), snap(rf.eind[i])];
  return { rows, bound: bound + SNAP * largest, endBound: rf.endBound };
}

/**
 * What GREX.RESULTAAT computes before the disconteringsvoet enters (it only discounts the end value):
 * grexResultNumbers(x, d) = grexResultFinish(grexResultPart(x), d), so a caller may keep the part and
 * finish it for another rate.
 */
export interface GrexResultPart {
  x: GrexNumbers;
  /** The float end value with its bound; undefined where not finite. */
  ew?: { value: number; bound: number };
  nom: { value: number; bound: number };
}

export function grexResultPart(x: GrexNumbers): GrexResultPart {
  checkLengths(x);
  // Only the last boekwaarde is needed: no rows (snapping every figure costs more than the roll-forward itself).
  const ix = indexedFloat(x);
  const rf = ix && rollForwardFloat(ix.k.x, ix.k.err, ix.o.x, ix.o.err, x);
  return { x, ew: rf && { value: -snap(rf.eind[rf.eind.length - 1]), bound: rf.endBound }, nom: nominalFloat(x) };
}

function resultFloat(p: GrexResultPart, d: number): { values: [number, number, number]; bound: number } | undefined {
  const { ew, nom } = p;
  if (!ew) return undefined;
  const pv = discountFloat(ew.value, ew.bound + SNAP * Math.abs(ew.value), d, p.x.kosten.length);
  if (!pv || !Number.isFinite(nom.value)) return undefined;
  return {
    values: [snap(nom.value), ew.value, snap(pv.value)],
    bound: Math.max(ew.bound, pv.bound, nom.bound) + SNAP * Math.max(Math.abs(nom.value), Math.abs(pv.value)),
  };
}

/** [nominaal, eindwaarde, NCW] in doubles with the bound of the worst of the three; undefined where not finite. */
export function grexResultFloat(x: GrexNumbers, disconteringsvoet: number): { values: [number, number, number]; bound: number } | undefined {
  return resultFloat(grexResultPart(x), disconteringsvoet);
}

/** Counts of the fast path's answers and fallbacks (the bench and the corpus test report them). */
export const rollForwardStats = { fast: 0, fallback: 0 };

/** The roll-forward as rows [jaar, boekwaarde 1-1, kosten, opbrengsten, rente, boekwaarde 31-12]: float where proven. */
export function rollForwardRows(x: GrexNumbers): number[][] {
  checkLengths(x);
  const f = grexRollForwardFloat(x);
  if (f && f.bound < FAST_PATH_TOLERANCE) {
    rollForwardStats.fast++;
    return f.rows;
  }
  rollForwardStats.fallback++;
  return rollForward(grexInputOf(x)).map((r) => [
    r.jaar,
    r.begin.toNumber(),
    r.kosten.toNumber(),
    r.opbrengsten.toNumber(),
    r.rente.toNumber(),
    r.eind.toNumber(),
  ]);
}

/** Σ opbrengsten − Σ kosten − beginboekwaarde in doubles with its bound. */
function nominalFloat(x: GrexNumbers): { value: number; bound: number } {
  let s = -x.beginboekwaarde;
  let abs = Math.abs(s);
  let err = U * abs;
  for (let i = 0; i < x.kosten.length; i++) {
    s += x.opbrengsten[i];
    err += U * (Math.abs(x.opbrengsten[i]) + Math.abs(s));
    s -= x.kosten[i];
    err += U * (Math.abs(x.kosten[i]) + Math.abs(s));
    abs += Math.abs(x.opbrengsten[i]) + Math.abs(x.kosten[i]);
  }
  return { value: s, bound: (err + DECIMAL_STEP * 3 * abs) * SECOND_ORDER };
}

/** [nominaal, eindwaarde, NCW] of GREX.RESULTAAT from its part: float where proven, the decimal path otherwise. */
export function grexResultFinish(p: GrexResultPart, disconteringsvoet: number): [number, number, number] {
  const f = resultFloat(p, disconteringsvoet);
  if (f && f.bound < FAST_PATH_TOLERANCE) {
    rollForwardStats.fast++;
    return f.values;
  }
  rollForwardStats.fallback++;
  const r = grexResult(grexInputOf(p.x), disconteringsvoet);
  return [r.nominaal.toNumber(), r.eindwaarde.toNumber(), r.ncw.toNumber()];
}

/** [nominaal, eindwaarde, NCW] of GREX.RESULTAAT: float where proven, the decimal path otherwise. */
export function grexResultNumbers(x: GrexNumbers, disconteringsvoet: number): [number, number, number] {
  return grexResultFinish(grexResultPart(x), disconteringsvoet);
}
