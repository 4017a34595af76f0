/**
 * Cross-check of GREX.IRR against LibreOffice Calc's native IRR on 150 seeded
 * random series with exactly one sign change (investments first, then
 * revenues; zeros in between), lengths 2–40, IRRs from about −60% to +150%.
 * Calc's IRR is wrapped in N() so that Calc does not format the rate as a
 * percentage in the CSV. From its default guess of 10% Calc's Newton iteration
 * diverges on many negative rates (it lands below −100% or fails), so Calc gets
 * as its guess GREX's rate rounded to one decimal (e.g. −0,3): Calc still
 * iterates to the root on its own. Calc's IRR stops when the step is below 1e-10, so the agreement asked is
 * 1e-8 absolute on the rate; in addition GREX's rate must make the NPV vanish
 * to 1e-9 of the sum of the absolute flows.
 */
import { call } from '../../src/functions/call';
import { between, int, rng } from '../helpers/random';
import { col, flatOds, formulaCell, numCell, runCalc } from '../helpers/libreoffice';

function makeCases(n: number): number[][] {
  const r = rng(20261201);
  const out: number[][] = [];
  while (out.length < n) {
    const len = int(r, 2, 40);
    const invest = int(r, 1, Math.max(1, Math.min(5, len - 1)));
    const flows = Array.from({ length: len }, (_, i) => {
      if (i < invest) return -Math.round(between(r, 1e4, 5e6));
      return r() < 0.1 ? 0 : Math.round(between(r, 0, 2e6));
    });
    if (!flows.slice(invest).some((x) => x > 0)) flows[len - 1] = 1e6;
    out.push(flows);
  }
  return out;
}

const cases = makeCases(150);
let sheet: string[][] = [];

beforeAll(() => {
  sheet = runCalc(
    flatOds(
      cases.map((flows, k) => {
        const row = k + 1;
        const ref = `[.${col(3)}${row}:.${col(2 + flows.length)}${row}]`;
        const guess = Math.round((call('GREX.IRR', [flows]) as number) * 10) / 10;
        return `${formulaCell(`N(IRR(${ref};${guess}))`)}<table:table-cell/>${flows.map(numCell).join('')}`;
      }),
    ),
  );
});

test('one row per case and a spread of rates', () => {
  expect(sheet.length).toBeGreaterThanOrEqual(cases.length);
  const rates = cases.map((f) => call('GREX.IRR', [f]) as number);
  expect(Math.min(...rates)).toBeLessThan(0);
  expect(Math.max(...rates)).toBeGreaterThan(0.3);
});

test.each(cases.map((f, k) => [k, f.length, f] as const))('case %i (%i years): GREX.IRR = LibreOffice IRR', (k, _n, flows) => {
  const grex = call('GREX.IRR', [flows], 2025) as number;
  const lo = Number(sheet[k][0]);
  expect(Number.isFinite(lo)).toBe(true);
  if (!(Math.abs(grex - lo) <= 1e-8)) throw new Error(`IRR case ${k}: GREX ${grex}, LibreOffice ${lo}`);
  const scale = flows.reduce((a, x) => a + Math.abs(x), 0);
  const npv = flows.reduce((a, x, i) => a + x / Math.pow(1 + grex, i), 0);
  expect(Math.abs(npv)).toBeLessThanOrEqual(1e-9 * scale);
});
