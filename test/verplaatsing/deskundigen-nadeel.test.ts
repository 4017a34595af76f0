/**
 * GREX.DESKUNDIGENKOSTEN (RWS beleidsregel 2022, Stcrt. 2022, 31360, art. 1)
 * and GREX.NADEELCOMPENSATIE (Ow art. 15.7 lid 1: 4%; Wro art. 6.2: 2%).
 * Expected values by hand in the comments.
 */
import { num, excelError, expectClose } from '../helpers/cases';
import { deskundigenkosten, nadeelcompensatie } from '../../src/core/verplaatsing';

const DK = 'GREX.DESKUNDIGENKOSTEN';
const NC = 'GREX.NADEELCOMPENSATIE';
const RWS = 'RWS beleidsregel 2022 art. 1: 2%, min € 2.250, max € 20.000 (stcrt-2022-31360)';

describe('deskundigenkosten: 2% between € 2.250 and € 20.000', () => {
  test.each([
    ['nothing to compensate: the minimum', 0, 2250],
    ['minimum: 2% × 50.000 = 1.000 < 2.250', 50000, 2250],
    ['exactly at the minimum: 2% × 112.500 = 2.250', 112500, 2250],
    ['in between: 2% × 145.080 = 2.901,60 (Oost-Brabant total)', 145080, 2901.6],
    ['in between: 2% × 500.000 = 10.000', 500000, 10000],
    ['exactly at the cap: 2% × 1.000.000 = 20.000', 1000000, 20000],
    ['cap: 2% × 2.000.000 = 40.000 > 20.000', 2000000, 20000],
  ])('%s', (name, s, expected) => {
    expectClose(num(DK, s), { name, source: RWS, expected, abs: 1e-9 });
  });
  test("other parameters (a municipality's own rule): 3%, min 1.000, max 5.000", () => {
    // 3% × 100.000 = 3.000; 3% × 20.000 = 600 → 1.000; 3% × 1.000.000 = 30.000 → 5.000
    expect(num(DK, 100000, 0.03, 1000, 5000)).toBeCloseTo(3000, 9);
    expect(num(DK, 20000, 0.03, 1000, 5000)).toBe(1000);
    expect(num(DK, 1000000, 0.03, 1000, 5000)).toBe(5000);
  });
  test('never below the minimum nor above the maximum (sweep)', () => {
    for (let s = 0; s <= 3_000_000; s += 12_345) {
      const k = num(DK, s);
      expect(k).toBeGreaterThanOrEqual(2250);
      expect(k).toBeLessThanOrEqual(20000);
    }
  });
  test('core stays exact: 2% × 145.080,05 = 2.901,601', () => {
    expect(deskundigenkosten(145080.05).toString()).toBe('2901.601');
  });
  test.each([
    [[100000, 0.02, 5000, 1000], 'GREX.DESKUNDIGENKOSTEN: maximum moet ten minste gelijk zijn aan minimum (5000) (ontvangen: 1000)'],
    [[-5], 'GREX.DESKUNDIGENKOSTEN: schadeloosstelling moet ten minste 0 zijn (ontvangen: -5)'],
    [[1000, -0.01], 'GREX.DESKUNDIGENKOSTEN: percentage moet ten minste 0 zijn (ontvangen: -0,01)'],
  ])('bad input %j', (args, message) => {
    const e = excelError(DK, ...args);
    expect(e).toEqual({ code: '#VALUE!', message });
  });
});

describe('nadeelcompensatie: max(0, waardevermindering − nmr × waarde_voor)', () => {
  const OW = 'Ow art. 15.7 lid 1: 4% (rechtspraakbestuursrecht.nl; kst-34986-52)';
  const WRO = 'Wro art. 6.2 lid 2: 2% (rechtspraakbestuursrecht.nl)';
  test.each([
    // waarde 400.000: forfait OW 16.000, WRO 8.000
    ['OW default: 25.000 − 16.000', [400000, 25000], 9000, OW],
    ['OW explicit', [400000, 25000, 'OW'], 9000, OW],
    ['WRO: 25.000 − 8.000', [400000, 25000, 'WRO'], 17000, WRO],
    ['regime is case-insensitive', [400000, 25000, ' wro '], 17000, WRO],
    ['OW: loss below the forfait (12.000 < 16.000) gives 0', [400000, 12000], 0, OW],
    ['WRO: loss below the forfait (7.000 < 8.000) gives 0', [400000, 7000, 'WRO'], 0, WRO],
    ['OW: loss exactly at the forfait gives 0', [400000, 16000], 0, OW],
    ['same loss, both regimes: 12.000 − 8.000 under WRO', [400000, 12000, 'WRO'], 4000, WRO],
    ['WRO with a case-specific 3%: 25.000 − 12.000', [400000, 25000, 'WRO', 0.03], 13000, 'RvS/Rb case law 2–3,5%'],
    ['OW lid 3: forfait not applied (nmr_pct 0)', [400000, 25000, 'OW', 0], 25000, 'Ow art. 15.7 lid 3'],
    ['WRO inkomensderving: 5.000 − 2% × inkomen 80.000 = 3.400', [80000, 5000, 'WRO'], 3400, WRO + ' (2% van het inkomen)'],
    ['decimal value: 4% × 312.345,67 = 12.493,8268; 20.000 − that', [312345.67, 20000], 7506.1732, OW],
  ])('%s', (name, args, expected, source) => {
    expectClose(num(NC, ...args), { name, source, expected, abs: 1e-9 });
  });
  test('never negative, and never more than the loss (sweep)', () => {
    for (let wv = 0; wv <= 60000; wv += 2500) {
      for (const regime of ['OW', 'WRO']) {
        const x = num(NC, 400000, wv, regime);
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(wv);
      }
    }
  });
  test('the core gives the exact decimal', () => {
    expect(nadeelcompensatie(312345.67, 20000).toString()).toBe('7506.1732');
  });
  test.each([
    [[400000, 25000, 'PLANSCHADE'], 'GREX.NADEELCOMPENSATIE: regime moet een van deze waarden zijn: "OW", "WRO" (ontvangen: "PLANSCHADE")'],
    [[400000, -1], 'GREX.NADEELCOMPENSATIE: waardevermindering moet ten minste 0 zijn (ontvangen: -1)'],
    [[400000, 1000, 'OW', 1.5], 'GREX.NADEELCOMPENSATIE: nmr_pct mag hoogstens 1 zijn (ontvangen: 1,5)'],
    [[null, 1000], 'GREX.NADEELCOMPENSATIE: waarde_voor is verplicht'],
  ])('bad input %j', (args, message) => {
    expect(excelError(NC, ...args)).toEqual({ code: '#VALUE!', message });
  });
});
