/** The one Dutch amount formatter of sheets, reports and the pane (no Intl needed). */
import { formatAmount, formatEuro } from '../../src/core/messages';

test.each([
  [1234567.891, 2, 0, '1.234.567,89'],
  [1234567.8, 2, 2, '1.234.567,80'],
  [-1234.5, 2, 0, '-1.234,5'],
  [-0.001, 2, 0, '0'],
  [999.995, 2, 0, '1.000'], // toFixed rounds half up here (999.995 is stored just above)
  [0.0239, 4, 0, '0,0239'],
  [100, 0, 0, '100'],
  [1e21, 2, 0, '1E+21'],
])('formatAmount(%p, %p, %p) = %p', (x, max, min, want) => {
  expect(formatAmount(x, max, min)).toBe(want);
});

test('formatEuro: fixed decimals, the sign before the digits, as toLocaleString("nl-NL") gives it', () => {
  expect(formatEuro(22384467.674)).toBe('€ 22.384.467,67');
  expect(formatEuro(-1201877.5)).toBe('€ -1.201.877,50');
  expect(formatEuro(854537, 0)).toBe('€ 854.537');
  for (const x of [0, 1, 12.5, 1234.56, -98765.4321, 1e9 + 0.5]) {
    expect(formatEuro(x)).toBe('€ ' + x.toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
  }
});
