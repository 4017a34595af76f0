/** `grex eval` runs every function of this area (Excel's en-US syntax). Expected values by hand beside each case. */
import { evaluate, formatResult, tryEvaluate } from '../../src/cli/evaluate';

describe('grex eval', () => {
  test('BOEKWAARDE with row constants and omitted arguments', () => {
    // 2025: 1.000 + 500 + 3% × 1.000 = 1.530; 2026: 1.530 + 300 × 1,02 − 600 × 1,015 + 3% × 1.530 = 1.272,9
    const r = evaluate('=GREX.BOEKWAARDE(1000,{500,300},{0,600},0.03,2025,0.02,0.015)') as number[][];
    expect(r).toHaveLength(2);
    expect(r[0]).toEqual([2025, 1000, 500, 0, 30, 1530]);
    expect(r[1][0]).toBe(2026);
    expect(r[1][5]).toBeCloseTo(1272.9, 9);
  });
  test('BOEKWAARDE with a posts × years table, rente_over_negatief and kopregel', () => {
    // kosten {100,0;50,0} sum to 150, 0; opbrengsten 400 in 2025 → BW −250; 2026 with interest on negative: −250 × 1,04 = −260
    const r = evaluate('=GREX.BOEKWAARDE(0,{100,0;50,0},{400,0},0.04,2025,,,TRUE,,,TRUE)') as (string | number)[][];
    expect(r[0][0]).toBe('jaar');
    expect(r[1]).toEqual([2025, 0, 150, 400, 0, -250]);
    expect(r[2]).toEqual([2026, -250, 0, 0, -10, -260]);
    expect(formatResult(r).split('\n')[2]).toBe('2026\t-250\t0\t0\t-10\t-260');
  });
  test('RESULTAAT with the revenue freeze as the last argument', () => {
    // 12 years of 100 revenue at 2%, frozen from 2035, no costs, no interest: nominal 1.200
    const r = evaluate(
      '=GREX.RESULTAAT(0,{0,0,0,0,0,0,0,0,0,0,0,0},{100,100,100,100,100,100,100,100,100,100,100,100},0,0.02,2025,0,0.02,FALSE,,2035)',
    ) as number[][];
    expect(r[0][0]).toBe(1200);
    expect(r[0][1]).toBeCloseTo(1338.770983972737077, 9);
  });
  test('RENTEPERCENTAGE', () => {
    expect(evaluate('=GREX.RENTEPERCENTAGE(0.03,60000000,40000000)')).toBeCloseTo(0.018, 15);
  });
  test('POC with a terugname', () => {
    expect(evaluate('=GREX.POC(600,1000,600,1200,50,20)')).toEqual([[0.3, 15, -5]]);
  });
  test('VERLIESVOORZIENING', () => {
    expect(evaluate('=GREX.VERLIESVOORZIENING(-1234.5)')).toBe(1234.5);
  });
  test('BBV.TOETS with every optional argument', () => {
    const r = evaluate('=GREX.BBV.TOETS(2025,2040,0.02,0.02,"",0,TRUE)') as string[][];
    expect(r.map((x) => x[0].split(' ')[0])).toEqual(['Looptijd', 'Er', 'De']);
  });
  test('RISICO.WEERSTAND with a column register and a reserve', () => {
    // one certain risk of 100 and one impossible one: benodigd 100, gemiddelde 100, P(total > 50) = 1
    expect(evaluate('=GREX.RISICO.WEERSTAND({100;200},{1;0},0.9,1000,7,50)')).toEqual([[100, 100, 1]]);
  });
  test('RISICO.WEERSTAND with a triangle register', () => {
    const r = evaluate('=GREX.RISICO.WEERSTAND({0,100,400;50,50,50},{1;1},0.5,20000,9)') as number[][];
    // median of the triangle (0,100,400): F(100) = 0,25 < 0,5 → 400 − √(0,5 × 400 × 300) = 155,05; + 50 = 205,05 (± sampling error)
    expect(Math.abs(r[0][0] - (450 - Math.sqrt(60000)))).toBeLessThan(5);
  });
  test('a bad argument prints a Dutch #VALUE! naming the parameter', () => {
    const out = tryEvaluate('=GREX.RISICO.WEERSTAND({100;200},{0.5;1.5})');
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.error).toEqual({ code: '#VALUE!', message: 'GREX.RISICO.WEERSTAND: kansen (positie 2) mag hoogstens 1 zijn (ontvangen: 1,5)' });
    const bw = tryEvaluate('=GREX.BOEKWAARDE(0,{1,2,3},{1,2},0.03)');
    expect(bw.ok ? '' : bw.error.message).toBe('GREX.BOEKWAARDE: opbrengsten moet even lang zijn als kosten (3 waarden) (ontvangen: 2 waarden)');
  });
});
