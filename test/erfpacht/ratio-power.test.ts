/**
 * 1 − ((1+a)/(1+b))^n without cancellation (src/core/erfpacht/ratio-power.ts).
 * Expected values: Python's decimal module at 150 digits, not our code.
 */
import { oneMinusRatioPower } from '../../src/core/erfpacht';
import { expectClose, value } from '../helpers/cases';

const HAND = 'Python decimal, 150 digits';

describe('oneMinusRatioPower', () => {
  test.each([
    ['0', '1e-40', 10, 9.9999999999999999999999999999999999999945e-40, 'rates equal to 34 digits in 1 + r: the series'],
    ['0.02', '0.0439', 50, 0.685903057547362479828593343433372923068, 'closed form'],
    ['0.0001', '0.0002', 5, 0.000499800069977506808030549850839509743, 'n·e = 5·10⁻⁴: the series'],
    ['0.0001', '0.0003', 10, 0.001997602218261212066700115323923901726, 'n·e = 2·10⁻³: the closed form'],
  ] as const)('a=%s b=%s n=%d', (a, b, n, expected, why) => {
    expectClose(oneMinusRatioPower(a, b, n).toNumber(), { name: why, source: HAND, expected, rel: 1e-15 });
  });
  test('zero when the rates are equal', () => {
    expect(oneMinusRatioPower('0.03', '0.03', 40).isZero()).toBe(true);
  });
  test('fuzzer regression: VERGELIJK with rates of 10⁻⁹⁵ gave 0/0; the break-even is k − g_land', () => {
    // q_land^n = ((1 + g_land)/(1 + k))^275 equals 1 to 34 digits; cp* = (1 − q_land^n)/factor → k − g_land to first order
    const r = value(
      'ERFPACHT.VERGELIJK',
      5.753180550064139e-35,
      9.4e-323,
      3.926529029868787e-200,
      2.8838200512380234e-95,
      275,
      null,
      -5.247493138304902e-180,
    ) as number[][];
    expectClose(r[0][3], {
      name: 'break-even',
      source: 'first-order: k − g_land (g terms are 10⁻¹⁸⁰ and smaller)',
      expected: 2.8838200512380234e-95,
      rel: 1e-12,
    });
  });
});
