/**
 * Eindafrekening without a tijdvak: Ow 13.20 lid 3 (text read at
 * https://rechtspraakbestuursrecht.nl/artikel-13-20-ow-voorwaarden-eindafrekening/):
 * no refund in so far as the costs were made for the listed kostensoorten and
 * the maximum of Ow 13.15 lid 1 onder a is not exceeded.
 */
import { expectClose, excelError, num } from '../helpers/cases';
import { between, rng } from '../helpers/random';

describe('GREX.EINDAFREKENING regime', () => {
  test('betaald 100.000, herberekend 80.000: 15.000 with a tijdvak, 0 without', () => {
    expectClose(num('GREX.EINDAFREKENING', 100000, 80000), { name: 'default', source: 'Ow 13.20 lid 2: 20.000 − 5% × 100.000', expected: 15000 });
    expectClose(num('GREX.EINDAFREKENING', 100000, 80000, null, null, 'TIJDVAK'), { name: 'TIJDVAK', source: 'Ow 13.20 lid 2', expected: 15000 });
    expect(num('GREX.EINDAFREKENING', 100000, 80000, null, null, 'ZONDERTIJDVAK')).toBe(0);
    expect(num('GREX.EINDAFREKENING', 100000, 80000, 0.03, 2, 'zondertijdvak')).toBe(0);
  });

  test("the default is the tijdvak regime on random inputs (today's result unchanged)", () => {
    const r = rng(1320);
    for (let i = 0; i < 100; i++) {
      const b = between(r, 0, 1e6);
      const h = between(r, 0, 1.2e6);
      expect(num('GREX.EINDAFREKENING', b, h, 0.02, 3)).toBe(num('GREX.EINDAFREKENING', b, h, 0.02, 3, 'TIJDVAK'));
      expect(num('GREX.EINDAFREKENING', b, h, 0.02, 3, 'ZONDERTIJDVAK')).toBe(0);
    }
  });

  test('an unknown regime names the parameter and the two choices', () => {
    const e = excelError('GREX.EINDAFREKENING', 100000, 80000, null, null, 'GEEN');
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toContain('regime');
    expect(e.message).toContain('ZONDERTIJDVAK');
  });
});
