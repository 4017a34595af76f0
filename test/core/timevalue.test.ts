/**
 * Discounting, end value and indexation in the core (docs/methode/tijdwaarde-bbv.md#formules).
 * Expected values are computed by hand below each case (Python's decimal module
 * at 40 digits was used to evaluate the written formula, not our code).
 */
import {
  D,
  YearlySeries,
  presentValue,
  endValue,
  presentValueFloat,
  endValueFloat,
  IndexCurve,
  discountExponent,
  compoundExponent,
  internalRateOfReturn,
  GrexError,
} from '../../src/core';
import { expectClose } from '../helpers/cases';

const s = (start: number, xs: number[]) => YearlySeries.ofNumbers(start, xs);

describe('timing exponents (eind, midden, begin)', () => {
  test.each([
    ['eind', 2025, 2025, 1],
    ['midden', 2025, 2025, 0.5],
    ['begin', 2025, 2025, 0],
    ['eind', 2030, 2025, 6],
    ['begin', 2024, 2025, -1],
  ] as const)('discount n for %s, t=%i, peiljaar=%i is %d', (timing, t, p, n) => {
    expect(discountExponent(t, p, timing)).toBe(n);
  });
  test.each([
    ['eind', 2025, 2030, 5],
    ['midden', 2025, 2030, 5.5],
    ['begin', 2025, 2030, 6],
    ['eind', 2030, 2030, 0],
  ] as const)('compound m for %s, t=%i, eindjaar=%i is %d', (timing, t, e, m) => {
    expect(compoundExponent(t, e, timing)).toBe(m);
  });
});

describe('presentValue', () => {
  test('NPV convention: 100, 200, 300 at 2%, eind', () => {
    // 100/1.02 + 200/1.02^2 + 300/1.02^3 = 98.0392156862745098 + 192.2337562475970780 + 282.6966866... = 572.96967229798493792
    expectClose(presentValue(0.02, s(2025, [100, 200, 300]), 2025, 'eind').toNumber(), {
      name: 'NCW 100/200/300 @2%',
      source: 'hand: Σ x/1.02^(i+1)',
      expected: 572.9696722979849379,
    });
  });
  test('midden, peiljaar one year before the start', () => {
    // exponents 1.5, 2.5, 3.5: 100/1.02^1.5 + 200/1.02^2.5 + 300/1.02^3.5 = 567.32451322600003669
    expectClose(presentValue(0.02, s(2025, [100, 200, 300]), 2024, 'midden').toNumber(), {
      name: 'NCW midden',
      source: 'hand: exponents t − peiljaar + 0.5',
      expected: 567.3245132260000367,
    });
  });
  test('begin timing equals eind timing times (1+d)', () => {
    const eind = presentValue(0.05, s(2025, [10, 20, 30, 40]), 2025, 'eind');
    const begin = presentValue(0.05, s(2025, [10, 20, 30, 40]), 2025, 'begin');
    expect(begin.div(eind).toNumber()).toBeCloseTo(1.05, 14);
  });
  test('zero rate gives the plain sum', () => {
    expect(presentValue(0, s(2025, [1.1, 2.2, 3.3]), 2025, 'midden').toString()).toBe('6.6');
  });
  test('rate at or below −100% is refused', () => {
    expect(() => presentValue(-1, s(2025, [1]), 2025, 'eind')).toThrow(GrexError);
  });
});

describe('endValue', () => {
  test('100, 200, 300 at 3% to the last year', () => {
    // 100×1.03² + 200×1.03 + 300 = 106.09 + 206 + 300 = 612.09 exactly
    expect(endValue(0.03, s(2025, [100, 200, 300]), 2027, 'eind').toString()).toBe('612.09');
  });
  test('end value discounted over the whole period equals the present value', () => {
    const flows = s(2025, [-500, 120, 130, 140, 150, 160]);
    const ew = endValue(0.02, flows, 2030, 'eind');
    const pv = presentValue(0.02, flows, 2025, 'eind');
    // EW(31-12-2030) / 1.02^6 = NCW(1-1-2025)
    expect(ew.div(new D(1.02).pow(6)).minus(pv).abs().toNumber()).toBeLessThan(1e-25);
  });
});

describe('float path agrees with the decimal path', () => {
  test('returns undefined when the bound cannot be met (huge amounts)', () => {
    expect(presentValueFloat(0.02, [1e15, 1e15], 2025, 2025, 'eind')).toBeUndefined();
  });
  test('near −100% the bound refuses instead of guessing', () => {
    expect(presentValueFloat(-0.99, Array(60).fill(1e6), 2025, 2025, 'eind')).toBeUndefined();
  });
  test('ordinary case within a tenth of a cent', () => {
    const xs = Array.from({ length: 60 }, (_, i) => 1000 * (i + 1));
    const fast = presentValueFloat(0.02, xs, 2025, 2025, 'midden')!;
    const ref = presentValue(0.02, s(2025, xs), 2025, 'midden').toNumber();
    expect(Math.abs(fast - ref)).toBeLessThan(0.001);
    const fastEw = endValueFloat(0.02, xs, 2025, 2084, 'begin')!;
    const refEw = endValue(0.02, s(2025, xs), 2084, 'begin').toNumber();
    expect(Math.abs(fastEw - refEw)).toBeLessThan(0.001);
  });
});

describe('IndexCurve (indexation from the price-level year)', () => {
  test('no indexation inside the price-level year', () => {
    expect(IndexCurve.scalar(0.03).factor(2025, 2025).toString()).toBe('1');
  });
  test('Gorinchem 2022 kostenstijging 3.5%, 3.0%, 2.0% e.v. from price level 2023', () => {
    const c = IndexCurve.perYear(2023, [0.035, 0.03, 0.02]);
    // 2026: 1.035 × 1.03 × 1.02 = 1.087371; 2027: × 1.02 (last rate continues) = 1.10911842
    expect(c.factor(2023, 2026).toString()).toBe('1.087371');
    expect(c.factor(2023, 2027).toString()).toBe('1.10911842');
  });
  test('deflates years before the price level', () => {
    expect(IndexCurve.scalar(0.25).factor(2025, 2024).toString()).toBe('0.8');
  });
  test('freeze after ten years sets the rate to zero from that year', () => {
    const c = IndexCurve.scalar(0.02).frozenFrom(2035);
    expect(c.factor(2025, 2040).toString()).toBe(new D(1.02).pow(10).toString());
  });
  test('factors() equals factor() year by year', () => {
    const c = IndexCurve.perYear(2020, [0.01, -0.02, 0.05]);
    const fs = c.factors(2022, 2019, 2026);
    // equal to the 30th digit (division before the price level rounds at 34 digits)
    fs.forEach((f, i) =>
      expect(
        f
          .minus(c.factor(2022, 2019 + i))
          .abs()
          .toNumber(),
      ).toBeLessThan(1e-30),
    );
  });
});

describe('internalRateOfReturn', () => {
  test('−100 then 110 is 10%', () => {
    expect(internalRateOfReturn([-100, 110])).toBeCloseTo(0.1, 12);
  });
  test('an annuity: −1000 then 5 × 250 (Excel IRR = 7.9308261%)', () => {
    // Solves 1000 = 250 × (1 − (1+r)^−5)/r; r = 0.0793082... (check: PV at r equals 1000)
    const r = internalRateOfReturn([-1000, 250, 250, 250, 250, 250]);
    const pv = [250, 250, 250, 250, 250].reduce((a, x, i) => a + x / Math.pow(1 + r, i + 1), 0);
    expect(pv).toBeCloseTo(1000, 9);
    expect(r).toBeCloseTo(0.0793083, 6);
  });
  test('no sign change: #NUM!', () => {
    expect(() => internalRateOfReturn([100, 100])).toThrow(/convergeert niet/);
  });
});
