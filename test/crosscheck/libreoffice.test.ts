/**
 * Cross-check of GREX.NCW and GREX.EINDWAARDE against an independent
 * spreadsheet engine: LibreOffice Calc, headless, computes native NPV, PV,
 * FV and XNPV on a workbook this test writes (flat ODS). 240 seeded random
 * cases over all three timing conventions, peiljaar before/at/after the
 * start, and eindjaar after the last flow. Agreement: 1e-9 relative.
 *
 * How each convention maps onto native functions (derivation):
 *   NPV(d; x) = Σ x_i / (1+d)^(t−start+1)  = value at 1-1-start for "eind".
 *   GREX n = t − peil + o (o = 1 eind, ½ midden, 0 begin) = (t−start+1) + (start−peil+o−1)
 *     ⇒ NCW = NPV / (1+d)^(start−peil+o−1) = PV(d; start−peil+o−1; 0; −NPV).
 *   GREX m = eind − t + 1 − o ⇒ EW = NPV × (1+r)^(eind−start+2−o) = FV(r; eind−start+2−o; 0; −NPV).
 *   XNPV(d; {0, x…}; {0, 365·n_i…}) = Σ x_i / (1+d)^n_i for whole n_i ≥ 0 (eind/begin, peil ≤ start).
 */
import { call } from '../../src/functions/call';
import { rng, pick, between, int } from '../helpers/random';
import { col, flatOds, formulaCell as formula, numCell as num, runCalc } from '../helpers/libreoffice';

const OFFSET = { eind: 1, midden: 0.5, begin: 0 } as const;
type Timing = keyof typeof OFFSET;

interface Case {
  d: number;
  flows: number[];
  start: number;
  peil: number;
  eind: number;
  timing: Timing;
  xnpv: boolean;
}

function makeCases(n: number): Case[] {
  const r = rng(20261125);
  const out: Case[] = [];
  for (let k = 0; k < n; k++) {
    const len = int(r, 1, 40);
    const flows: number[] = Array.from({ length: len }, () => (r() < 0.1 ? 0 : Math.round(between(r, -0.3, 1) * 1e8) / 100));
    if (!flows.some((x) => x !== 0)) flows[0] = 1000;
    const start = int(r, 2000, 2040);
    const timing = pick(r, ['eind', 'midden', 'begin'] as const);
    const peil = start + int(r, -3, 3);
    const d = Math.round(between(r, -0.05, 0.15) * 1e4) / 1e4;
    const eind = start + len - 1 + int(r, 0, 5);
    out.push({ d, flows, start, peil, eind, timing, xnpv: timing !== 'midden' && peil <= start });
  }
  return out;
}

const empty = (k: number) => (k > 0 ? `<table:table-cell table:number-columns-repeated="${k}"/>` : '');

/**
 * Three rows per case: row 1 holds NPV-based NCW, EW, and XNPV in A–C and the
 * flows from column E; row 2 the XNPV values (0 first); row 3 the XNPV day offsets.
 */
function workbook(cases: Case[]): string {
  const rows: string[] = [];
  cases.forEach((c, k) => {
    const r1 = 3 * k + 1;
    const r2 = r1 + 1;
    const r3 = r1 + 2;
    const first = 5;
    const flowsRef = `[.${col(first)}${r1}:.${col(first + c.flows.length - 1)}${r1}]`;
    const npv = `NPV(${c.d};${flowsRef})`;
    const o = OFFSET[c.timing];
    const ncw = formula(`PV(${c.d};${c.start - c.peil + o - 1};0;-${npv})`);
    const ew = formula(`FV(${c.d};${c.eind - c.start + 2 - o};0;-${npv})`);
    const xnpv = c.xnpv
      ? formula(`XNPV(${c.d};[.${col(first)}${r2}:.${col(first + c.flows.length)}${r2}];[.${col(first)}${r3}:.${col(first + c.flows.length)}${r3}])`)
      : '<table:table-cell/>';
    rows.push(`${ncw}${ew}${xnpv}${empty(1)}${c.flows.map(num).join('')}`);
    const n = c.flows.map((_, i) => c.start + i - c.peil + o);
    rows.push(`${empty(4)}${num(0)}${c.flows.map(num).join('')}`);
    rows.push(`${empty(4)}${num(0)}${n.map((x) => num(365 * x)).join('')}`);
  });
  return flatOds(rows);
}

const cases = makeCases(240);
let sheet: string[][] = [];

beforeAll(() => {
  sheet = runCalc(workbook(cases));
});

function expectRel(actual: number, expected: number, what: string): void {
  const rel = Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-12);
  if (!(rel <= 1e-9)) throw new Error(`${what}: GREX ${actual}, LibreOffice ${expected}, relative error ${rel}`);
}

test('the workbook has one row triple per case', () => {
  expect(sheet.length).toBeGreaterThanOrEqual(3 * cases.length);
  expect(cases.length).toBeGreaterThanOrEqual(200);
  expect(new Set(cases.map((c) => c.timing)).size).toBe(3);
  expect(cases.filter((c) => c.xnpv).length).toBeGreaterThan(50);
});

test.each(cases.map((c, k) => [k, c.timing, c] as const))('case %i (%s): NCW = native NPV/PV and XNPV, EINDWAARDE = native FV', (k, _t, c) => {
  const row = sheet[3 * k];
  const ncw = call('GREX.NCW', c.d, [c.flows], c.start, c.peil, c.timing) as number;
  expectRel(ncw, Number(row[0]), `NCW case ${k}`);
  const ew = call('GREX.EINDWAARDE', c.d, [c.flows], c.start, c.eind, c.timing) as number;
  expectRel(ew, Number(row[1]), `EINDWAARDE case ${k}`);
  if (c.xnpv) expectRel(ncw, Number(row[2]), `NCW vs XNPV case ${k}`);
});
