/**
 * GREX.ERFPACHT.KASSTROOM (yearly canon schedule) and GREX.ERFPACHT.AFKOOPVERGELIJK (the
 * erfpachter's view). Expected values: Python's decimal module (40 digits) on the written
 * rules, or a year-by-year scan for the payback year — not our code.
 */
import { canonSchedule } from '../../src/core/erfpacht';
import { expectClose, num, value, excelError } from '../helpers/cases';

const HAND = 'hand: Python decimal 40 digits';
const col = (rows: number[][], c: number) => rows.map((r) => r[c]);

describe('KASSTROOM', () => {
  test('Den Haag-like: revision every 5 years to a land value growing 3% a year', () => {
    const rows = value('ERFPACHT.KASSTROOM', 100000, 0.02, 20, 5, 0.03, undefined, 2025) as number[][];
    expect(rows.length).toBe(20);
    expect(col(rows, 0)).toEqual(Array.from({ length: 20 }, (_, i) => 2025 + i));
    // canon per period: 100.000 × 1,03^(5p) × 2%  (Python decimal)
    const perPeriod = [2000, 2318.5481486, 2687.83275868824384098, 3115.934833201529161044765904814];
    rows.forEach((r, i) => {
      expectClose(r[3], { name: `canon ${r[0]}`, source: HAND, expected: perPeriod[Math.floor(i / 5)] });
      expect(r[2]).toBe(0.02);
      expect(r[4]).toBe(0);
      expect(r[5]).toBe(r[3]);
    });
    expectClose(rows[15][1], { name: 'grondwaarde 2040', source: HAND, expected: 155796.7416600764580522382952407 });
  });

  test('Rotterdam: voortdurende erfpacht with 50-year terms, a land value per term, growth after the last', () => {
    const rows = value('ERFPACHT.KASSTROOM', [100000, 250000], 0.03, 120, 50, 0.02, undefined, 2025) as number[][];
    expectClose(rows[0][3], { name: 'canon term 1', source: HAND, expected: 3000 });
    expectClose(rows[49][3], { name: 'canon last year of term 1', source: HAND, expected: 3000 });
    expectClose(rows[50][3], { name: 'canon term 2 (given land value)', source: HAND, expected: 7500 });
    // term 3: 250.000 × 1,02^50 × 3% = 20.186,91021805204045420565516364944613922
    expectClose(rows[100][3], { name: 'canon term 3 (grown after the last given value)', source: HAND, expected: 20186.91021805204045420565516364944613922 });
  });

  test('canonpercentage per revision, the last one continues', () => {
    const rows = value('ERFPACHT.KASSTROOM', 1000, [0.02, 0.03], 6, 2) as number[][];
    expect(col(rows, 0)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(col(rows, 3)).toEqual([20, 20, 30, 30, 30, 30]);
  });

  test('indexation between revisions with the floor and rounding up to cents', () => {
    // canon 1000 × 5% = 50; indexatie 2%, −1%, 3% (3% continues); each canon rounded up to cents (Python decimal):
    // vloer 1: 50; 51,00; 51,00 (−1% floored); 52,53; 54,11 — vloer 0: 50; 51,00; 50,49; 52,01; 53,58
    const kasstroom = (vloer: number | undefined) =>
      value('ERFPACHT.KASSTROOM', 1000, 0.05, 5, undefined, undefined, [0.02, -0.01, 0.03], 2025, undefined, undefined, vloer, 'CENT_OMHOOG') as number[][];
    const withFloor = kasstroom(undefined);
    expect(col(withFloor, 3)).toEqual([50, 51, 51, 52.53, 54.11]);
    const noFloor = kasstroom(0);
    expect(col(noFloor, 3)).toEqual([50, 51, 50.49, 52.01, 53.58]);
  });

  test('a revision restarts from the new land value, indexation only within the period', () => {
    // 1000 × 2% = 20, indexed 10%: 22, then the revision in year 3 resets to 20 (land value unchanged)
    const rows = value('ERFPACHT.KASSTROOM', 1000, 0.02, 4, 2, 0, 0.1) as number[][];
    expect(col(rows, 3).map((x) => Math.round(x * 1e9) / 1e9)).toEqual([20, 22, 20, 22]);
  });

  test('niet_lager_bij_herziening: a revised canon never falls below the canon of the year before (Vlaardingen)', () => {
    // land value 1000 then 500, cp 2%, indexation 10%: 20; 22; revision 500 × 2% = 10 → kept at 22; 24,2
    const u = undefined;
    const off = value('ERFPACHT.KASSTROOM', [1000, 500], 0.02, 4, 2, u, 0.1) as number[][];
    expect(col(off, 3).map((x) => Math.round(x * 1e9) / 1e9)).toEqual([20, 22, 10, 11]);
    const on = value('ERFPACHT.KASSTROOM', [1000, 500], 0.02, 4, 2, u, 0.1, u, u, u, u, u, true) as number[][];
    expect(col(on, 3).map((x) => Math.round(x * 1e9) / 1e9)).toEqual([20, 22, 22, 24.2]);
    // a higher revised canon is unaffected: 1000 then 2000 → 20; 22; 40; 44
    const up = value('ERFPACHT.KASSTROOM', [1000, 2000], 0.02, 4, 2, u, 0.1, u, u, u, u, u, true) as number[][];
    expect(col(up, 3).map((x) => Math.round(x * 1e9) / 1e9)).toEqual([20, 22, 40, 44]);
  });

  test('buy-off: the canons stop, the afkoopsom appears in its own column and in the kasstroom', () => {
    const rows = value('ERFPACHT.KASSTROOM', 100000, [0.02, 0.025], 10, 5, 0, 0.02, 2025, 2032, 0.04) as number[][];
    // canons 2032–2034 without buy-off: 2.500 × 1,02^2 = 2.601; 2.653,02; 2.706,0804
    // afkoopsom = 2.601 + 2.653,02/1,04 + 2.706,0804/1,04² = 7.653,904215976331360946745562130177514793
    expect(col(rows, 3)).toEqual([2000, 2040, 2080.8, 2122.416, 2164.86432, 2500, 2550, 0, 0, 0]);
    expectClose(rows[7][4], { name: 'afkoopsom 2032', source: HAND, expected: 7653.904215976331360946745562130177514793 });
    expect(col(rows, 4).filter((x) => x !== 0).length).toBe(1);
    rows.forEach((r) => expect(r[5]).toBeCloseTo(r[3] + r[4], 9));
  });

  test('invariant: GREX.NCW of the kasstroom at the rekenrente is the same with and without buy-off (eind and begin timing)', () => {
    for (const [A, k] of [
      [2025, 0.04],
      [2031, 0.03],
      [2049, 0.06],
      [2040, 0.0239],
    ] as const) {
      const args = [[120000, 150000], [0.02, 0.022, 0.025], 25, 10, 0.015, [0.02, 0.03, 0.01], 2025] as const;
      const plain = col(value('ERFPACHT.KASSTROOM', ...args) as number[][], 5);
      const bought = col(value('ERFPACHT.KASSTROOM', ...args, A, k) as number[][], 5);
      for (const timing of ['eind', 'begin']) {
        expectClose(num('NCW', k, bought, 2025, 2025, timing), {
          name: `afkoop ${A} @${k} ${timing}`,
          source: 'identity: the afkoopsom is the value of the canons it replaces',
          expected: num('NCW', k, plain, 2025, 2025, timing),
          rel: 1e-12,
        });
      }
    }
  });

  test('without revision and with indexation g, the series reproduces GREX.ERFPACHT.AFKOOPSOM for the term', () => {
    const rows = value('ERFPACHT.KASSTROOM', 10800, 0.0239, 50, undefined, undefined, 0.02) as number[][];
    expectClose(num('NCW', 0.0439, col(rows, 5)), {
      name: 'NCW of the series',
      source: 'growing annuity, GREX.ERFPACHT.AFKOOPSOM',
      expected: num('ERFPACHT.AFKOOPSOM', 258.12, 0.0439, 0.02, 50),
      rel: 1e-12,
    });
  });

  test('the header row and the core rows', () => {
    const rows = value(
      'ERFPACHT.KASSTROOM',
      1000,
      0.02,
      2,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      true,
    ) as unknown[][];
    expect(rows[0]).toEqual(['jaar', 'grondwaarde', 'canonpercentage', 'canon', 'afkoopsom', 'kasstroom']);
    expect(rows.length).toBe(3);
    expect(canonSchedule({ grondwaarden: ['1000'], canonpercentages: ['0.0239'], looptijd: 1 })[0].canon.toString()).toBe('23.9');
  });

  test('bad input', () => {
    expect(excelError('ERFPACHT.KASSTROOM', 100, 0.02, -3)).toEqual({
      code: '#VALUE!',
      message: 'GREX.ERFPACHT.KASSTROOM: looptijd moet ten minste 1 zijn (ontvangen: -3)',
    });
    expect(excelError('ERFPACHT.KASSTROOM', 100, 0.02, 5, undefined, undefined, undefined, 2025, 2031, 0.04).message).toBe(
      'GREX.ERFPACHT.KASSTROOM: afkoopjaar moet een jaar binnen de looptijd zijn (2025 t/m 2029) (ontvangen: 2031)',
    );
    expect(excelError('ERFPACHT.KASSTROOM', 100, 0.02, 5, undefined, undefined, undefined, 2025, 2026).message).toBe(
      'GREX.ERFPACHT.KASSTROOM: rekenrente is verplicht als afkoopjaar is opgegeven',
    );
    expect(excelError('ERFPACHT.KASSTROOM', 100, 0.02, 5, 0).message).toBe('GREX.ERFPACHT.KASSTROOM: herziening moet ten minste 1 zijn (ontvangen: 0)');
    expect(excelError('ERFPACHT.KASSTROOM', [100, -5], 0.02, 5).message).toBe(
      'GREX.ERFPACHT.KASSTROOM: grondwaarde (positie 2) moet ten minste 0 zijn (ontvangen: -5)',
    );
    expect(excelError('ERFPACHT.KASSTROOM', 100, 0.02, 5, undefined, undefined, [0.02, -1]).message).toBe(
      'GREX.ERFPACHT.KASSTROOM: indexatie (positie 2) moet groter zijn dan -100% (ontvangen: -1)',
    );
    expect(excelError('ERFPACHT.KASSTROOM', 100, 0.02, 1001).message).toBe('GREX.ERFPACHT.KASSTROOM: looptijd mag hoogstens 1000 zijn (ontvangen: 1001)');
  });
});

/** The smallest m with Σ_{t=1..m} canon (1+g)^(t−1) / (1+r)^(t or t−1) ≥ S, by scanning year by year (float). */
function scanPayback(canon: number, S: number, r: number, g: number, n: number, vooraf = false): number | undefined {
  let s = 0;
  for (let t = 1; t <= n; t++) {
    s += (canon * Math.pow(1 + g, t - 1)) / Math.pow(1 + r, vooraf ? t - 1 : t);
    if (s >= S) return t;
  }
  return undefined;
}

describe("AFKOOPVERGELIJK: the erfpachter's view", () => {
  test('worked example of the help: Amsterdam canon 193,59, afkoopsom 8.100, 2% indexation', () => {
    // 4%: 193,59 / 0,02 = 9.679,50 → voordeel 1.579,50; payback year 94 (Python decimal scan)
    expect(value('ERFPACHT.AFKOOPVERGELIJK', 193.59, 8100, 0.04, 0.02)).toEqual([[expect.closeTo(9679.5, 9), 8100, expect.closeTo(1579.5, 9), 94]]);
    // 5%: 193,59 / 0,03 = 6.453 < 8.100: never
    expect(value('ERFPACHT.AFKOOPVERGELIJK', 193.59, 8100, 0.05, 0.02)).toEqual([[expect.closeTo(6453, 9), 8100, expect.closeTo(-1647, 9), 'nooit']]);
  });

  test('a term, flat canon, with a calendar year', () => {
    // 100 years at 2%: 193,59 × (1 − 1,02^−100)/0,02 = 8.343,409894009420978251903754074861396125; payback year 92 → 2116
    const r = value('ERFPACHT.AFKOOPVERGELIJK', 193.59, 8100, 0.02, 0, 100, undefined, 2025) as (number | string)[][];
    expectClose(r[0][0] as number, { name: 'NCW canons 100 jaar', source: HAND, expected: 8343.409894009420978251903754074861396125 });
    expect(r[0][3]).toBe(2116);
    // 50 years: 6.083,30 < 8.100
    expect((value('ERFPACHT.AFKOOPVERGELIJK', 193.59, 8100, 0.02, 0, 50) as unknown[][])[0][3]).toBe('niet binnen de looptijd (50 jaar)');
  });

  test('vooraf: payback year 85 (Python decimal scan), NCW × (1 + r)', () => {
    const r = value('ERFPACHT.AFKOOPVERGELIJK', 193.59, 8100, 0.04, 0.02, undefined, 'VOORAF') as number[][];
    expectClose(r[0][0], { name: 'NCW vooraf', source: HAND, expected: 10066.68 });
    expect(r[0][3]).toBe(85);
  });

  test('the payback year agrees with a year-by-year scan on many cases', () => {
    for (const r of [0.01, 0.03, 0.05])
      for (const g of [0, 0.02])
        for (const S of [500, 5000, 20000])
          for (const vooraf of [false, true]) {
            const n = 200;
            const expected = scanPayback(1000, S, r, g, n, vooraf);
            const got = (value('ERFPACHT.AFKOOPVERGELIJK', 1000, S, r, g, n, vooraf ? 'VOORAF' : 'ACHTERAF') as unknown[][])[0][3];
            expect(got).toBe(expected ?? 'niet binnen de looptijd (200 jaar)');
          }
  });

  test('bad input names the parameter', () => {
    expect(excelError('ERFPACHT.AFKOOPVERGELIJK', 193.59, 8100, 0.02, 0.02).message).toBe(
      'GREX.ERFPACHT.AFKOOPVERGELIJK: financieringsrente moet groter zijn dan groei (2%) bij een eeuwigdurende looptijd (ontvangen: 0,02)',
    );
    expect(excelError('ERFPACHT.AFKOOPVERGELIJK', 193.59, 0, 0.04).message).toBe(
      'GREX.ERFPACHT.AFKOOPVERGELIJK: afkoopsom moet groter zijn dan 0 (ontvangen: 0)',
    );
    expect(excelError('ERFPACHT.AFKOOPVERGELIJK', 193.59, 8100, 0.04, 0, -10).message).toBe(
      'GREX.ERFPACHT.AFKOOPVERGELIJK: looptijd moet ten minste 1 zijn (ontvangen: -10)',
    );
  });
});
