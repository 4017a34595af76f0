/** The relocation core on its own: canon series, series sums, the business-case instrument. */
import { addSeries } from '../../src/core';
import { businessCase, canonSeries, onrendabeleTop } from '../../src/core/verplaatsing';
import { presentValue, YearlySeries, GrexError } from '../../src/core';

const s = (start: number, xs: number[]) => YearlySeries.ofNumbers(start, xs);

describe('canonSeries', () => {
  test('canon × (1 + groei)^(k − 1) from the first year; restwaarde in the last year', () => {
    // 1.000; 1.025; 1.050,625; + restwaarde 10.000 in 2029
    const c = canonSeries({ canon: 1000, eersteJaar: 2027, looptijd: 3, groei: 0.025, restwaarde: 10000 });
    expect(c.start).toBe(2027);
    expect(c.values.map((v) => v.toString())).toEqual(['1000', '1025', '11050.625']);
  });
});

describe('addSeries', () => {
  test('sums over the union of years', () => {
    const x = addSeries(s(2025, [1, 2]), s(2027, [10]), s(2024, [0.1]));
    expect(x.start).toBe(2024);
    expect(x.values.map((v) => v.toString())).toEqual(['0.1', '1', '2', '10']);
  });
});

describe('businessCase instrument', () => {
  const input = {
    disconteringsvoet: 0.03,
    startjaar: 2025,
    peiljaar: 2025,
    timing: 'midden' as const,
    schadeloosstelling: s(2025, [2000000]),
    kosten: s(2025, [100000, 300000]),
    opbrengstOudeLocatie: s(2025, [0, 0, 900000]),
    opbrengstNieuweLocatie: s(2025, [0, 500000]),
    erfpacht: { canon: 20000, eersteJaar: 2026, looptijd: 20, groei: 0.01 },
    bijdragen: [],
  };
  test('OT = presentValue(costs) − presentValue(revenues), the same building block', () => {
    const bc = businessCase(input);
    const costs = s(2025, [2100000, 300000]);
    const rev = addSeries(s(2025, [0, 500000, 900000]), canonSeries(input.erfpacht));
    const direct = presentValue(0.03, costs, 2025, 'midden').minus(presentValue(0.03, rev, 2025, 'midden'));
    expect(bc.ot.ncw.minus(direct).abs().toNumber()).toBeLessThan(1e-20);
    expect(bc.ot.ncw.eq(onrendabeleTop(0.03, costs, rev, 2025, 'midden').ncw)).toBe(true);
  });
  test('net flows = revenues − costs per year', () => {
    const bc = businessCase(input);
    expect(bc.netto.at(2025).toNumber()).toBe(-2100000);
    expect(bc.netto.at(2026).toNumber()).toBe(-300000 + 500000 + 20000);
  });
  test('an erfpacht that starts before the case is refused', () => {
    expect(() => businessCase({ ...input, erfpacht: { ...input.erfpacht, eersteJaar: 2024 } })).toThrow(GrexError);
  });
});
