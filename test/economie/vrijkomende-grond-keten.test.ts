/**
 * GREX.VERPLAATSING.VRIJKOMENDEGROND and GREX.SCHUIFRUIMTE.KETEN: hand
 * cases, the composition with GREX.VERPLAATSING.BUSINESSCASE through its
 * opbrengst_oude_locatie argument, the chain as the sum of its steps'
 * GREX.ONRENDABELETOP, and bad input with the Dutch message.
 */
import { excelError, expectClose, num, value } from '../helpers/cases';
import { between, int, rng } from '../helpers/random';

const VG = 'GREX.VERPLAATSING.VRIJKOMENDEGROND';
const KETEN = 'GREX.SCHUIFRUIMTE.KETEN';
type Row = (string | number)[];

describe('GREX.VERPLAATSING.VRIJKOMENDEGROND', () => {
  const gebieden = [
    ['vrijkomende kavel', 12000, 90, 350, 900000, 1, 'VERWORVEN'],
    ['grond binnen de contour', 30000, 250, 400, 600000, 0.6, 'KOSTENVERHAAL'],
  ];
  test('hand case: acquired plot and land freed from the contour', () => {
    const r = value(VG, gebieden) as Row[];
    // kavel: bruto 12.000 × 260 = 3.120.000; netto 2.220.000; bijdrage 12.000 × 350 − 900.000 = 3.300.000
    // contour: bruto 30.000 × 150 = 4.500.000; netto 3.900.000; bijdrage 0,6 × 3.900.000 = 2.340.000
    expect(r).toEqual([
      ['vrijkomende kavel', 12000, 3120000, 900000, 2220000, 3300000],
      ['grond binnen de contour', 30000, 4500000, 600000, 3900000, 2340000],
      ['Totaal', 42000, 7620000, 1500000, 6120000, 5640000],
    ]);
  });
  test('the bijdrage per wijze: EIGEN keeps a loss, KOSTENVERHAAL and BIJDRAGE never go below 0', () => {
    const loss = (w: string) => (value(VG, [['x', 1000, 100, 120, 50000, 0.5, w]]) as Row[])[0][5];
    expect(loss('EIGEN')).toBe(-15000); // 0,5 × (20.000 − 50.000)
    expect(loss('KOSTENVERHAAL')).toBe(0);
    expect(loss('BIJDRAGE')).toBe(0);
    expect(loss('VERWORVEN')).toBe(70000); // 1.000 × 120 − 50.000
    // a blank wijze (six columns) is EIGEN
    expect((value(VG, [['x', 1000, 100, 120, 5000, 1]]) as Row[])[0][5]).toBe(15000);
  });
  test('feeds the business case: the OT falls by the NCW of the bijdrage in its year', () => {
    const total = (value(VG, gebieden) as Row[])[2][5] as number;
    const bc = (extra: number) =>
      value('GREX.VERPLAATSING.BUSINESSCASE', 0.02, [[3_000_000, 0, 0]], [[500_000, 250_000, 0]], [[0, 0, extra]], null, null, null, null, 2026) as Row[];
    const without = bc(0)[0][1] as number;
    const withUplift = bc(total)[0][1] as number;
    expectClose(without - withUplift, { name: 'uplift in the OT', source: 'NCW of 5.640.000 in year 3 at 2%', expected: total / 1.02 ** 3, abs: 1e-6 });
  });
  test('bad input', () => {
    expect(excelError(VG, [['x', 1, 2, 3, 4]]).message).toContain('GREX.VERPLAATSING.VRIJKOMENDEGROND: gebieden moet 6 of 7 kolommen hebben');
    expect(excelError(VG, [['x', 1, 2, 3, 4, 1.5]]).message).toContain('gebieden (rij 1, kolom 6) mag hoogstens 100% zijn (ontvangen: 1,5)');
    expect(excelError(VG, [['x', 1, 2, 3, 4, 1, 'GEKOCHT']]).message).toContain(
      'gebieden (rij 1, kolom 7) bevat een onbekende wijze; kies "VERWORVEN", "EIGEN", "KOSTENVERHAAL", "BIJDRAGE"',
    );
    expect(excelError(VG, [['x', -1, 2, 3, 4, 1]]).message).toContain('gebieden (rij 1, kolom 2) moet ten minste 0 zijn');
  });
});

describe('GREX.SCHUIFRUIMTE.KETEN', () => {
  test('hand case: two steps at 0% are the nominal differences', () => {
    const r = value(
      KETEN,
      0,
      [
        [100, 200],
        [50, 0],
      ],
      [
        [0, 250],
        [80, 0],
      ],
    ) as Row[];
    expect(r).toEqual([
      ['stap 1', 300, 250, 50],
      ['stap 2', 50, 80, -30],
      ['Totaal', 350, 330, 20],
    ]);
  });
  const g = rng(12018);
  const cases = Array.from({ length: 20 }, () => {
    const steps = int(g, 1, 5);
    const years = int(g, 2, 8); // a one-column range is one step with the years downwards (tested below)
    const row = () => Array.from({ length: years }, () => Math.round(between(g, 0, 2e6)));
    return { d: int(g, 0, 60) / 1000, k: Array.from({ length: steps }, row), o: Array.from({ length: steps }, row), start: int(g, 2020, 2030) };
  });
  test.each(cases.map((c, i) => [i, c] as const))('invariant #%i: each step is GREX.ONRENDABELETOP and the total their sum', (_i, c) => {
    const r = value(KETEN, c.d, c.k, c.o, c.start) as Row[];
    let sum = 0;
    c.k.forEach((k, s) => {
      const ot = num('GREX.ONRENDABELETOP', c.d, [k], [c.o[s]], c.start);
      expectClose(r[s][3] as number, { name: `stap ${s + 1}`, source: 'GREX.ONRENDABELETOP of the step', expected: ot, abs: 1e-6 });
      sum += ot;
    });
    expectClose(r[r.length - 1][3] as number, { name: 'Totaal', source: 'Σ steps', expected: sum, abs: 1e-5 });
  });
  test('a range one column wide is one step with the years downwards, as in GREX.VERPLAATSING.BUSINESSCASE', () => {
    const r = value(KETEN, 0, [[100], [200]], [[50], [0]]) as Row[];
    expect(r).toEqual([
      ['stap 1', 300, 50, 250],
      ['Totaal', 300, 50, 250],
    ]);
  });
  test('bad input', () => {
    expect(
      excelError(
        KETEN,
        0.02,
        [
          [1, 2],
          [3, 4],
        ],
        [[1, 2]],
      ).message,
    ).toContain('GREX.SCHUIFRUIMTE.KETEN: opbrengsten moet evenveel stappen (rijen) hebben als kosten (2)');
    expect(excelError(KETEN, 0.02, [[1, -2]], [[1, 2]]).message).toContain('kosten (positie 2) moet ten minste 0 zijn');
  });
});
