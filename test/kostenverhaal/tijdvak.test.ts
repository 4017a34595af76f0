/**
 * GREX.KOSTENVERHAAL (met tijdvak, Ow 13.14 + 13.18) and GREX.MACROAFTOPPING.
 * Expected values: hand derivation beside each case, evaluated with Python's
 * decimal module (40 digits) from the written formula — not from our output.
 */
import { ZERO } from '../../src/core';
import { allocateWithPeriod } from '../../src/core/kostenverhaal';
import { evaluate } from '../../src/cli/evaluate';
import { expectClose, num, value, excelError } from '../helpers/cases';
import { rng, between, int } from '../helpers/random';

const F = 'GREX.KOSTENVERHAAL';
const O = [1000000, 600000, 400000];
const IW = [300000, 200000, 100000];

type Row = [number, number, number, number, string];
const rows = (...args: unknown[]) => value(F, ...args) as Row[];

function expectRows(actual: Row[], expected: [number, number, number, number][], source: string): void {
  expect(actual.length).toBe(expected.length);
  expected.forEach((e, i) => {
    const names = ['aandeel', 'toegerekende kosten', 'bijdrage', 'plafond'];
    e.forEach((x, j) => expectClose(actual[i][j] as number, { name: `locatie ${i + 1}: ${names[j]}`, source, expected: x, abs: 1e-6 }));
  });
}

describe('an area of three locations', () => {
  test('without macroaftopping', () => {
    // K_tot = 600.000 + 1.000.000 = 1.600.000 < O_tot = 2.000.000 → K_verh = 1.600.000.
    // aandeel 0,5 | 0,3 | 0,2 → toegerekend 800.000 | 480.000 | 320.000;
    // bijdrage = toegerekend − IW: 500.000 | 280.000 | 220.000; plafond O − IW: 700.000 | 400.000 | 300.000.
    const r = rows(O, IW, 1000000);
    expectRows(
      r,
      [
        [0.5, 800000, 500000, 700000],
        [0.3, 480000, 280000, 400000],
        [0.2, 320000, 220000, 300000],
      ],
      'hand, by the formulas of docs/methode/kostenverhaal.md#met-tijdvak',
    );
    expect(r.map((x) => x[4])).toEqual(['', '', '']);
  });

  test('with macroaftopping', () => {
    // K_tot = 600.000 + 1.800.000 = 2.400.000 > O_tot = 2.000.000 → K_verh = 2.000.000.
    // toegerekend 1.000.000 | 600.000 | 400.000 (= O_i); bijdrage 700.000 | 400.000 | 300.000 = plafond.
    const r = rows(O, IW, 1800000);
    expectRows(
      r,
      [
        [0.5, 1000000, 700000, 700000],
        [0.3, 600000, 400000, 400000],
        [0.2, 400000, 300000, 300000],
      ],
      'hand, Ow 13.14 lid 2',
    );
    expect(r.reduce((s, x) => s + x[1], 0)).toBeCloseTo(2000000, 6); // Σ toegerekend = Σ opbrengsten
    const signal = 'macroaftopping: kosten 2.400.000 afgetopt op de opbrengsten 2.000.000 (Ow 13.14 lid 2); het verschil blijft ten laste van de gemeente';
    expect(r.map((x) => x[4])).toEqual([signal, signal, signal]);
  });

  test('own costs within the raming are deducted (Ow 13.18 lid 2 onder b)', () => {
    // as without aftopping, location 2 made 50.000 itself: 480.000 − 200.000 − 50.000 = 230.000.
    const r = rows(O, IW, 1000000, [0, 50000, 0]);
    expectRows(
      r,
      [
        [0.5, 800000, 500000, 700000],
        [0.3, 480000, 230000, 400000],
        [0.2, 320000, 220000, 300000],
      ],
      'hand, Ow 13.18',
    );
  });

  test('overige_kosten may be a list of posts (summed)', () => {
    expect(rows(O, IW, [[400000], [350000], [250000]])).toEqual(rows(O, IW, 1000000));
  });

  test('four locations, aftopping, own costs and a location without revenue', () => {
    // O = 750.000 | 1.250.000 | 500.000 | 0 (Σ 2.500.000); IW = 400.000 | 350.000 | 0 | 20.000 (Σ 770.000);
    // K_tot = 770.000 + 2.600.000 = 3.370.000 → K_verh = 2.500.000; aandeel 0,3 | 0,5 | 0,2 | 0.
    // bijdrage: 750.000 − 400.000 − 10.000 = 340.000; 1.250.000 − 350.000 = 900.000; 500.000 − 0 − 25.000 = 475.000; 0.
    // plafond: 350.000 | 900.000 | 500.000 | −20.000 (negative: no contribution).
    const r = rows([750000, 1250000, 500000, 0], [400000, 350000, 0, 20000], 2600000, [10000, 0, 25000, 0]);
    expectRows(
      r,
      [
        [0.3, 750000, 340000, 350000],
        [0.5, 1250000, 900000, 900000],
        [0.2, 500000, 475000, 500000],
        [0, 0, 0, -20000],
      ],
      'hand',
    );
  });
});

describe('verdeelsleutel gewichten (weighted units)', () => {
  test('equal weights: the third location is limited to its plafond and flagged', () => {
    // K_verh = 1.600.000; aandeel 1/3 each → toegerekend 533.333,33;
    // bijdrage 233.333,33 | 333.333,33 | min(433.333,33; 300.000) = 300.000.
    const r = rows(O, IW, 1000000, null, [1, 1, 1]);
    const third = 1600000 / 3;
    expectRows(
      r,
      [
        [1 / 3, third, third - 300000, 700000],
        [1 / 3, third, third - 200000, 400000],
        [1 / 3, third, 300000, 300000],
      ],
      'hand',
    );
    expect(r[0][4]).toBe('');
    expect(r[2][4]).toBe('bijdrage begrensd op het plafond O − IW (300.000); het verschil blijft ten laste van de gemeente');
  });
  test('weights proportional to the opbrengsten give the default allocation', () => {
    expect(rows(O, IW, 1800000, null, [5, 3, 2])).toEqual(rows(O, IW, 1800000));
  });
});

describe('the €10.000 threshold (Omgevingsbesluit, afzien van kostenverhaal) is reported, not applied', () => {
  test('total of contributions 5.000: every row carries the warning, contributions stay', () => {
    // K_tot = 135.000 + 5.000 = 140.000 ≤ 150.000; aandeel 2/3 | 1/3 → toegerekend 93.333,33 | 46.666,67;
    // bijdrage 3.333,33 | 1.666,67; Σ = 5.000 < 10.000.
    const r = rows([100000, 50000], [90000, 45000], 5000);
    expectClose(r[0][2], { name: 'bijdrage 1', source: 'hand', expected: 3333.333333333333, abs: 1e-6 });
    expectClose(r[1][2], { name: 'bijdrage 2', source: 'hand', expected: 1666.666666666667, abs: 1e-6 });
    const warning =
      'totaal te verhalen bijdragen 5.000 < 10.000: het bevoegd gezag kan afzien van kostenverhaal (Omgevingsbesluit, ' +
      'afzien van kostenverhaal); niet automatisch toegepast';
    expect(r.map((x) => x[4])).toEqual([warning, warning]);
  });
  test('exactly 10.000 is not below the threshold ("minder dan")', () => {
    // K_tot = 135.000 + 10.000 = 145.000; bijdragen 6.666,67 + 3.333,33 = 10.000.
    const a = allocateWithPeriod({ opbrengsten: [100000, 50000], inbrengwaarden: [90000, 45000], overigeKosten: 10000 });
    expect(a.bijdragenTotaal.toNumber()).toBeCloseTo(10000, 9);
    expect(a.onderAfzienDrempel).toBe(false);
    expect(rows([100000, 50000], [90000, 45000], 10000).map((x) => x[4])).toEqual(['', '']);
  });
  test('signals are joined with "; " (aftopping and threshold together)', () => {
    // O = 5.000, IW = 0, overige 8.000: K = 8.000 > 5.000 → toegerekend 5.000 = bijdrage < 10.000.
    const r = rows([5000], [0], 8000);
    expect(r[0][2]).toBe(5000);
    expect(r[0][4]).toBe(
      'macroaftopping: kosten 8.000 afgetopt op de opbrengsten 5.000 (Ow 13.14 lid 2); het verschil blijft ten laste van de gemeente; ' +
        ('totaal te verhalen bijdragen 5.000 < 10.000: het bevoegd gezag kan afzien van kostenverhaal (Omgevingsbesluit, ' +
          'afzien van kostenverhaal); niet automatisch toegepast'),
    );
  });
  test('9.999,99 is below', () => {
    // one location: O = 100.000, IW = 0, overige 9.999,99 → bijdrage 9.999,99.
    expect(rows([100000], [0], 9999.99)[0][4]).toMatch(/^totaal te verhalen bijdragen 9\.999,99 < 10\.000/);
  });
});

describe('invariants over seeded random areas', () => {
  const r = rng(4);
  const cases = Array.from({ length: 200 }, (_, k) => {
    const n = int(r, 1, 8);
    const o = Array.from({ length: n }, () => Math.round(between(r, 0, 2e6)));
    if (o.reduce((s, x) => s + x, 0) === 0) o[0] = 1;
    const iw = o.map((x) => Math.round(between(r, 0, 1.2) * x));
    const eigen = o.map(() => (r() < 0.3 ? Math.round(between(r, 0, 2e5)) : 0));
    const w = k % 2 ? o.map(() => Math.round(between(r, 0, 10))) : undefined;
    if (w && w.reduce((s, x) => s + x, 0) === 0) w[0] = 1;
    return [k, o, iw, Math.round(between(r, 0, 3e6)), eigen, w] as const;
  });
  test.each(cases)('area %i', (_k, o, iw, overige, eigen, w) => {
    const a = allocateWithPeriod({ opbrengsten: o, inbrengwaarden: iw, overigeKosten: overige, eigenKosten: eigen, gewichten: w });
    const oTot = o.reduce((s, x) => s + x, 0);
    const kTot = iw.reduce((s, x) => s + x, 0) + overige;
    // Σ toegerekend = min(K, O); with aftopping = Σ opbrengsten
    const allocated = a.locaties.reduce((s, l) => s.plus(l.toegerekend), ZERO);
    expect(allocated.minus(Math.min(kTot, oTot)).abs().toNumber()).toBeLessThan(1e-20);
    if (kTot > oTot) expect(allocated.minus(oTot).abs().toNumber()).toBeLessThan(1e-20);
    a.locaties.forEach((l, i) => {
      expect(l.bijdrage.gte(0)).toBe(true);
      expect(l.bijdrage.lte(Math.max(0, o[i] - iw[i]))).toBe(true); // never above the plafond
      expect(l.bijdrage.lte(l.toegerekend)).toBe(true);
      if (!w) expect(l.begrensd).toBe(false); // with the opbrengst key the plafond never binds
    });
  });
});

describe('bad input: Dutch #VALUE! naming the parameter', () => {
  test.each([
    [
      'inbrengwaarden shorter than opbrengsten',
      [O, [300000, 200000], 1000000],
      `${F}: inbrengwaarden moet even lang zijn als opbrengsten (3 waarden) (ontvangen: 2 waarden)`,
    ],
    ['eigen_kosten longer', [O, IW, 1000000, [1, 2, 3, 4]], `${F}: eigen_kosten moet even lang zijn als opbrengsten (3 waarden) (ontvangen: 4 waarden)`],
    ['gewichten of another length', [O, IW, 1000000, null, [1, 2]], `${F}: gewichten moet even lang zijn als opbrengsten (3 waarden) (ontvangen: 2 waarden)`],
    ['negative opbrengst', [[100, -5, 3], IW, 0], `${F}: opbrengsten (positie 2) moet ten minste 0 zijn (ontvangen: -5)`],
    ['no opbrengsten at all', [[0, 0, 0], IW, 0], `${F}: opbrengsten moeten samen groter zijn dan 0 (ontvangen: som 0)`],
    ['weights all zero', [O, IW, 0, null, [0, 0, 0]], `${F}: gewichten moeten samen groter zijn dan 0 (ontvangen: som 0)`],
    ['text in inbrengwaarden', [O, [1, 'x', 3], 0], `${F}: inbrengwaarden bevat op positie 2 geen getal (ontvangen: "x")`],
  ])('%s', (_l, args, message) => {
    expect(excelError(F, ...(args as unknown[]))).toEqual({ code: '#VALUE!', message });
  });
  test('the core checks lengths too', () => {
    expect(() => allocateWithPeriod({ opbrengsten: [1, 2], inbrengwaarden: [1], overigeKosten: 0 })).toThrow(
      'inbrengwaarden moet even lang zijn als opbrengsten (2 waarden) (ontvangen: 1 waarden)',
    );
  });
});

describe('GREX.MACROAFTOPPING (Ow 13.14 lid 2)', () => {
  test.each([
    ['costs above revenues', [1600000, 800000], 2000000, 2000000],
    ['costs below revenues', 1600000, [1200000, 800000], 1600000],
    ['equal', 5, 5, 5],
    ['no revenue', 100, 0, 0],
  ])('%s', (_l, k, o, expected) => {
    expect(num('GREX.MACROAFTOPPING', k, o)).toBe(expected);
  });
  test('bad input: negative cost post', () => {
    expect(excelError('GREX.MACROAFTOPPING', [10, -1], 5)).toEqual({
      code: '#VALUE!',
      message: 'GREX.MACROAFTOPPING: kosten (positie 2) moet ten minste 0 zijn (ontvangen: -1)',
    });
  });
  test('agrees with the total allocated by GREX.KOSTENVERHAAL', () => {
    const r = rows(O, IW, 1800000);
    expect(r.reduce((s, x) => s + x[1], 0)).toBeCloseTo(num('GREX.MACROAFTOPPING', [...IW, 1800000], O), 6);
  });
});

describe('grex eval', () => {
  test('KOSTENVERHAAL spills one row per location with five columns', () => {
    const r = evaluate('=GREX.KOSTENVERHAAL({1000000;600000;400000},{300000;200000;100000},1800000,,)') as Row[];
    expect(r.length).toBe(3);
    expect(r[0].length).toBe(5);
    expect(r.map((x) => x[2])).toEqual([700000, 400000, 300000]);
  });
  test('KOSTENVERHAAL with weights', () => {
    const r = evaluate('=GREX.KOSTENVERHAAL({1000000,600000,400000},{300000,200000,100000},1000000,{0,0,0},{1,1,1})') as Row[];
    expect(r[2][2]).toBe(300000);
  });
  test('MACROAFTOPPING', () => {
    expect(evaluate('=GREX.MACROAFTOPPING({1600000,800000},2000000)')).toBe(2000000);
  });
});
