/**
 * GREX.GRONDQUOTE, GREX.GRONDWAARDE.BEDRIJF and GREX.WAARDESPRONG.
 * Expected values computed by hand / Python decimal from the written formulas.
 */
import { evaluate } from '../../src/cli/evaluate';
import { expectClose, num, value, excelError } from '../helpers/cases';

describe('GREX.GRONDQUOTE', () => {
  test('own case: 96.000 / (363.000 / 1,21) = 0,32', () => {
    expectClose(num('GREX.GRONDQUOTE', 96000, 363000, 0.21), { name: 'GQ', source: 'hand: 96.000 / 300.000', expected: 0.32 });
  });
  test('De Marne 2009: 75.290,34 / 200.840,34', () => {
    // Python decimal: (239000/1.19 − 125550) / (239000/1.19) = 0.3748765690376569037656903765690376569038
    const rgw = num('GREX.RESIDUELEGRONDWAARDE', 239000, 0.19, 101250, 0.24, 0, 0);
    expectClose(num('GREX.GRONDQUOTE', rgw, 239000, 0.19), { name: 'GQ De Marne', source: 'hand from the De Marne 2009 inputs', expected: 0.3748765690376569 });
  });
  test('invariant: GQ × VON excl. BTW gives the land value back', () => {
    const gq = num('GREX.GRONDQUOTE', 123456.78, 412000, 0.21);
    expect(gq * (412000 / 1.21)).toBeCloseTo(123456.78, 6);
  });
  test.each([
    ['btw 121', [96000, 363000, 121], 'GREX.GRONDQUOTE: btw mag hoogstens 100% zijn (ontvangen: 121)'],
    ['VON negative', [96000, -1, 0.21], 'GREX.GRONDQUOTE: von_incl_btw moet groter zijn dan 0 (ontvangen: -1)'],
  ])('bad input: %s', (_l, args, message) => {
    expect(excelError('GREX.GRONDQUOTE', ...(args as unknown[]))).toEqual({ code: '#VALUE!', message });
  });
});

describe('GREX.GRONDWAARDE.BEDRIJF', () => {
  test('textbook parameters (bisdomgroningen.nl; the published result is in a figure we do not have)', () => {
    // BAR 7,5%, BVO 1.000 × vormfactor 0,8 = 800 m² VVO, huur €180, bouwkosten 1.000 × €900, bijkomend 18%, AK 5% + W&R 10%:
    // 180 × 800 / 0,075 = 1.920.000; − 900.000 × 1,18 = 1.062.000; − 0,15 × 1.920.000 = 288.000 → 570.000.
    expectClose(num('GREX.GRONDWAARDE.BEDRIJF', 180, 800, 0.075, 900000, 0.18, 0.15), {
      name: 'RGW bedrijfskavel',
      source: 'hand with the parameters of http://www.bisdomgroningen.nl/category/flexplek-huren-schiphol/',
      expected: 570000,
    });
  });
  test('a higher BAR lowers the value', () => {
    expect(num('GREX.GRONDWAARDE.BEDRIJF', 180, 800, 0.08, 900000, 0.18, 0.15)).toBeLessThan(570000);
  });
  test.each([
    ['BAR 0', [180, 800, 0, 900000, 0.18, 0.15], 'GREX.GRONDWAARDE.BEDRIJF: bar moet groter zijn dan 0% (ontvangen: 0)'],
    [
      'BAR as 7,5',
      [180, 800, 7.5, 900000, 0.18, 0.15],
      'GREX.GRONDWAARDE.BEDRIJF: bar 750% is niet aannemelijk; bedoelt u 7,5%? Typ 7,5% of 0,075 (ontvangen: 7,5)',
    ],
    ['negative VVO', [180, -800, 0.075, 900000, 0.18, 0.15], 'GREX.GRONDWAARDE.BEDRIJF: vvo moet ten minste 0 zijn (ontvangen: -800)'],
  ])('bad input: %s', (_l, args, message) => {
    expect(excelError('GREX.GRONDWAARDE.BEDRIJF', ...(args as unknown[]))).toEqual({ code: '#VALUE!', message });
  });
  test('grex eval', () => {
    expect(evaluate('=GREX.GRONDWAARDE.BEDRIJF(180,800,0.075,900000,0.18,0.15)')).toBeCloseTo(570000, 6);
  });
});

describe('GREX.WAARDESPRONG', () => {
  test.each([
    ['uplift', 500000, 4000000, 2500000, [[3500000, 1000000]]], // 4.000.000 − 500.000; − 2.500.000
    ['costs exceed the uplift', 1000000, 1800000, 1000000, [[800000, -200000]]],
    ['loss of value', 1000000, 800000, 100000, [[-200000, -300000]]],
  ])('%s', (_l, voor, na, kosten, expected) => {
    expect(value('GREX.WAARDESPRONG', voor, na, kosten)).toEqual(expected);
  });
  test('bad input: negative costs', () => {
    expect(excelError('GREX.WAARDESPRONG', 1, 2, -3)).toEqual({
      code: '#VALUE!',
      message: 'GREX.WAARDESPRONG: grondproductiekosten moet ten minste 0 zijn (ontvangen: -3)',
    });
  });
  test('grex eval spills one row: bruto, netto', () => {
    expect(evaluate('=GREX.WAARDESPRONG(500000,4000000,2500000)')).toEqual([[3500000, 1000000]]);
  });
});

describe('grex eval runs GRONDQUOTE', () => {
  test('=GREX.GRONDQUOTE(96000,363000,0.21)', () => {
    expect(evaluate('=GREX.GRONDQUOTE(96000,363000,0.21)')).toBeCloseTo(0.32, 12);
  });
});
