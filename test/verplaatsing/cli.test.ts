/** `grex eval` runs every function of this area (Excel's en-US syntax). */
import { evaluate } from '../../src/cli/evaluate';
import { formatResult } from '../../src/cli/evaluate';

describe('grex eval', () => {
  test('SCHADELOOSSTELLING.VERPLAATSING: labelled spill with the total', () => {
    // ((1.500.000 − 1.000.000) × 0,04 − 5.000) × 10 = 150.000; + 50.000 → 1.200.000
    const r = evaluate('=GREX.SCHADELOOSSTELLING.VERPLAATSING(1000000,1500000,0.04,5000,,{"verhuiskosten",50000})');
    expect(r).toEqual([
      ['werkelijke waarde', 1000000],
      ['financieringsschade', 150000],
      ['verhuiskosten', 50000],
      ['totaal', 1200000],
    ]);
    expect(formatResult(r).split('\n')[3]).toBe('totaal\t1200000');
  });
  test('SCHADELOOSSTELLING.LIQUIDATIE with a column of amounts', () => {
    // 400.000 + 60.000 × 7 + 25.000 + 15.000 = 860.000
    expect(evaluate('=GREX.SCHADELOOSSTELLING.LIQUIDATIE(400000,60000,7,{25000;15000})')).toEqual([
      ['werkelijke waarde', 400000],
      ['gekapitaliseerd inkomen', 420000],
      ['overige post 1', 25000],
      ['overige post 2', 15000],
      ['totaal', 860000],
    ]);
  });
  test('DESKUNDIGENKOSTEN with omitted arguments', () => {
    expect(evaluate('=GREX.DESKUNDIGENKOSTEN(145080,,,)')).toBeCloseTo(2901.6, 9);
  });
  test('NADEELCOMPENSATIE both regimes', () => {
    expect(evaluate('=GREX.NADEELCOMPENSATIE(400000,25000,"OW")')).toBe(9000);
    expect(evaluate('=grex.nadeelcompensatie(400000,25000,"wro",0.035)')).toBe(11000); // 25.000 − 3,5% × 400.000
  });
  test('ONRENDABELETOP with a posts × years table', () => {
    // d = 0: (100 + 50 + 0 + 25) − 60 = 115
    expect(evaluate('=GREX.ONRENDABELETOP(0,{100,0;50,25},{60},2025,,"midden")')).toBe(115);
  });
  test('VERPLAATSING.BUSINESSCASE', () => {
    // d = 0: OT = 3.000.000 + 400.000 − 1.800.000 = 1.600.000; gemeente 1.000.000, provincie 600.000; fund 1.000.000 at 0%:
    // net 2025 −3.400.000, 2026 +1.800.000 → repaid in 2026
    const r = evaluate(
      '=GREX.VERPLAATSING.BUSINESSCASE(0,{3000000,0},{400000,0},{0,1800000},,,{"gemeente",1000000;"provincie",1000000},{1000000,0,5},2025)',
    ) as (string | number)[][];
    expect(r[0]).toEqual(['onrendabele top (NCW)', 1600000]);
    expect(r.find((x) => x[0] === 'bijdrage gebruikt: provincie')).toEqual(['bijdrage gebruikt: provincie', 600000]);
    expect(r.find((x) => x[0] === 'fonds: terugbetaald in jaar')).toEqual(['fonds: terugbetaald in jaar', 2026]);
  });
});
