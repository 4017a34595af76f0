/** `grex eval` runs every erfpacht function (Excel's en-US syntax). */
import { evaluate, tryEvaluate } from '../../src/cli/evaluate';

describe('grex eval', () => {
  test('ERFPACHT.CANON with omitted arguments', () => {
    expect(evaluate('=GREX.ERFPACHT.CANON(12000,0.0239,0.1,,)')).toBeCloseTo(258.12, 9);
    expect(evaluate('=grex.erfpacht.canon(12000,0.0239,0.1,0.25,"euro")')).toBe(194);
  });
  test('ERFPACHT.AFKOOPSOM eeuwigdurend and for a term', () => {
    expect(evaluate('=GREX.ERFPACHT.AFKOOPSOM(193.59,0.0239)')).toBeCloseTo(8100, 9);
    expect(evaluate('=GREX.ERFPACHT.AFKOOPSOM(1000,0.03,0.03,10,"VOORAF")')).toBeCloseTo(10000, 9); // 10 × 1000 / 1,03 × 1,03
  });
  test('ERFPACHT.INDEXEER', () => {
    expect(evaluate('=GREX.ERFPACHT.INDEXEER(123.45,100.1,100,1,"CENT_OMHOOG")')).toBe(123.58);
  });
  test('ERFPACHT.NCW and ERFPACHT.VERGELIJK', () => {
    expect(evaluate('=GREX.ERFPACHT.NCW(10800,0.0239,0.02,0.0439,99)')).toBeCloseTo(10800, 8);
    const r = evaluate('=GREX.ERFPACHT.VERGELIJK(10800,0.0239,0.02,0.0439,10,12000)') as number[][];
    expect(r[0][1]).toBe(12000);
    expect(r[0].length).toBe(4);
  });
  test('ERFPACHT.KASSTROOM with a row of canonpercentages and a column of indexations', () => {
    const r = evaluate('=GREX.ERFPACHT.KASSTROOM({1000,2000},{0.02,0.03},4,2,,{0.1;0},2025)') as number[][];
    // 2025: 1000 × 2% = 20; 2026: × 1,1 = 22; 2027: 2000 × 3% = 60; 2028: × 1,0 = 60
    expect(r.map((x) => [x[0], Math.round(x[3] * 1e9) / 1e9])).toEqual([
      [2025, 20],
      [2026, 22],
      [2027, 60],
      [2028, 60],
    ]);
  });
  test('ERFPACHT.KASSTROOM without a startjaar: the afkoopjaar is a contract year', () => {
    // rekenrente 0: the afkoopsom in year 2 is the plain sum of the canons of years 2 and 3 (20 + 20)
    expect(evaluate('=GREX.ERFPACHT.KASSTROOM(1000,0.02,3,,,,,2,0)')).toEqual([
      [1, 1000, 0.02, 20, 0, 20],
      [2, 1000, 0.02, 0, 40, 40],
      [3, 1000, 0.02, 0, 0, 0],
    ]);
  });
  test('ERFPACHT.AFKOOPVERGELIJK', () => {
    expect(evaluate('=GREX.ERFPACHT.AFKOOPVERGELIJK(193.59,8100,0.05,0.02)')).toEqual([[expect.closeTo(6453, 9), 8100, expect.closeTo(-1647, 9), 'nooit']]);
  });
  test('an error prints its Excel code and Dutch message', () => {
    const out = tryEvaluate('=GREX.ERFPACHT.AFKOOPSOM(1000,0.02,0.03)');
    expect(out.ok).toBe(false);
    if (!out.ok)
      expect(out.error).toEqual({
        code: '#VALUE!',
        message: 'GREX.ERFPACHT.AFKOOPSOM: rekenrente moet groter zijn dan groei (3%) bij een eeuwigdurende looptijd (ontvangen: 0,02)',
      });
  });
});
