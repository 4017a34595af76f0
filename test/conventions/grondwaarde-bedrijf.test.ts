/**
 * Commercial residual land value with the AK grondslag. Textbook parameters
 * (http://www.bisdomgroningen.nl/category/flexplek-huren-schiphol/, stored
 * excerpt): huur €180/m² VVO, VVO 800, BAR 7,5%, bouwkosten €900.000,
 * bijkomende 18%, AK 5%, W&R 10% of the netto opbrengst.
 *   V = 180 × 800 / 0,075 = 1.920.000;  S = 900.000 × 1,18 = 1.062.000
 *   AK over S:      1.920.000 − 1.062.000 − 53.100 − 192.000 = 612.900
 *   AK over S + RGW: 612.900 / 1,05 = 583.714,2857…
 *   AK over V:      1.920.000 − 1.062.000 − 96.000 − 192.000 = 570.000 (today's result with ak_wr_pct 15%)
 */
import { expectClose, excelError, num } from '../helpers/cases';
import { between, pick, rng } from '../helpers/random';

const BASE = [180, 800, 0.075, 900000, 0.18];
const F = 'GREX.GRONDWAARDE.BEDRIJF';

describe('AK grondslag of GREX.GRONDWAARDE.BEDRIJF', () => {
  test('AK 5% over bouw- plus bijkomende kosten: 612.900 where the single base gives 570.000', () => {
    expectClose(num(F, ...BASE, 0.1, 0.05, 'STICHTINGSKOSTEN'), {
      name: 'STICHTINGSKOSTEN',
      source: 'hand with the textbook parameters',
      expected: 612900,
      abs: 1e-6,
    });
    expectClose(num(F, ...BASE, 0.15), { name: 'default', source: 'existing worked case', expected: 570000, abs: 1e-6 });
    expectClose(num(F, ...BASE, 0.1, 0.05), { name: 'AK over OPBRENGST', source: 'same as the default', expected: 570000, abs: 1e-6 });
  });

  test('"INCLGROND" is solved exactly: substituting the result returns it', () => {
    const rgw = num(F, ...BASE, 0.1, 0.05, 'INCLGROND');
    expectClose(rgw, { name: 'INCLGROND', source: 'hand: 612.900 / 1,05', expected: 612900 / 1.05, abs: 1e-6 });
    expectClose(1920000 - 1062000 - 0.05 * (1062000 + rgw) - 0.1 * 1920000, { name: 'fixed point', source: 'substitution', expected: rgw, abs: 1e-6 });
  });

  test('W&R on another base, and the default equals ak_pct 0 on random inputs', () => {
    expectClose(num(F, ...BASE, 0.1, 0.05, 'STICHTINGSKOSTEN', 'STICHTINGSKOSTEN'), {
      name: 'both on S',
      source: 'hand: 1.920.000 − 1.062.000 − 15% × 1.062.000',
      expected: 1920000 - 1062000 - 0.15 * 1062000,
      abs: 1e-6,
    });
    const r = rng(5);
    for (let i = 0; i < 50; i++) {
      const args = [between(r, 50, 300), between(r, 100, 5000), between(r, 0.04, 0.1), between(r, 1e5, 5e6), between(r, 0, 0.3), between(r, 0, 0.3)];
      expect(num(F, ...args, 0)).toBeCloseTo(num(F, ...args), 6);
      const g = pick(r, ['OPBRENGST', 'STICHTINGSKOSTEN', 'INCLGROND']);
      const v = num(F, ...args, between(r, 0, 0.1), g);
      expect(Number.isFinite(v)).toBe(true);
    }
  });

  test('an unknown grondslag names the parameter', () => {
    const e = excelError(F, ...BASE, 0.1, 0.05, 'VON_EX');
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toContain('ak_grondslag');
    expect(e.message).toContain('STICHTINGSKOSTEN');
  });
});
