/**
 * GREX.IRR: the rate at which the NCW of the series is 0, only for series with
 * exactly one sign change (Descartes: then the rate > −100% is unique).
 */
import { expectClose, excelError, num } from '../helpers/cases';
import { presentValueNumber } from '../../src/core';
import { between, int, pick, rng } from '../helpers/random';

describe('worked cases', () => {
  test('−100, 110: 10%; −1.000, 300, 400, 500: 8,8963%', () => {
    expectClose(num('GREX.IRR', [[-100, 110]]), { name: 'one year', source: 'hand: 110/100 − 1', expected: 0.1, abs: 1e-12 });
    const r = num('GREX.IRR', [[-1000, 300, 400, 500]], 2025);
    expectClose(-1000 + 300 / (1 + r) + 400 / (1 + r) ** 2 + 500 / (1 + r) ** 3, { name: 'NPV at IRR', source: 'definition', expected: 0, abs: 1e-8 });
    expectClose(r, { name: 'IRR', source: 'bisection by hand (0,0889633947)', expected: 0.08896339469335, abs: 1e-10 });
  });

  test('zeros do not count as a sign change; a column works as a row', () => {
    expectClose(num('GREX.IRR', [[-100, 0, 0, 121]]), { name: 'zeros', source: 'hand: (1 + r)^3 = 1,21', expected: 1.21 ** (1 / 3) - 1, abs: 1e-12 });
    expect(num('GREX.IRR', [[-100], [50], [60]])).toBeCloseTo(num('GREX.IRR', [[-100, 50, 60]]), 12);
  });
});

describe('invariant: GREX.NCW at the IRR is 0 for every startjaar and timing', () => {
  test('random series with one sign change', () => {
    const r = rng(9);
    for (let i = 0; i < 100; i++) {
      const len = int(r, 2, 30);
      const k = int(r, 1, len - 1);
      const flows = Array.from({ length: len }, (_, j) => (j < k ? -between(r, 100, 1e6) : between(r, 0, 5e5)));
      flows[len - 1] = Math.max(flows[len - 1], 1);
      const start = int(r, 2000, 2040);
      const timing = pick(r, ['eind', 'midden', 'begin'] as const);
      const irr = num('GREX.IRR', [flows], start, timing);
      expect(num('GREX.IRR', [flows])).toBe(irr);
      // tolerance relative to the sum of the discounted absolute flows (large when the rate is near −100%)
      const o = { eind: 1, midden: 0.5, begin: 0 }[timing];
      const scale = flows.reduce((a, x, j) => a + Math.abs(x) / (1 + irr) ** (j + o), 0);
      // the NCW core at the IRR (GREX.NCW itself refuses an implausible rate such as −93% as a typing error)
      expect(Math.abs(presentValueNumber(irr, flows, start, start, timing))).toBeLessThanOrEqual(1e-9 * scale);
      if (irr >= -0.05 && irr <= 0.25) expect(Math.abs(num('GREX.NCW', irr, [flows], start, null, timing))).toBeLessThanOrEqual(1e-9 * scale);
    }
  });
});

describe('#NUM! with a Dutch message naming what was found', () => {
  test('no sign change', () => {
    expect(excelError('GREX.IRR', [[100, 200]])).toEqual({
      code: '#NUM!',
      message:
        'GREX.IRR: kasstromen hebben geen tekenwisseling (alle bedragen zijn positief of 0); een interne rentevoet ' +
        'bestaat alleen als er zowel negatieve (investeringen) als positieve bedragen (opbrengsten) zijn',
    });
    expect(excelError('GREX.IRR', [[-100, -200]]).message).toContain('alle bedragen zijn negatief of 0');
    expect(excelError('GREX.IRR', [[0, 0]]).message).toContain('alle bedragen zijn 0');
  });
  test('more than one sign change names the years', () => {
    expect(excelError('GREX.IRR', [[-100, 230, -132]], 2025)).toEqual({
      code: '#NUM!',
      message:
        'GREX.IRR: kasstromen wisselen 2 keer van teken (in 2026, 2027); dan kunnen er meerdere interne rentevoeten ' +
        'zijn en is er geen eenduidige uitkomst. Gebruik GREX.NCW met een gekozen disconteringsvoet, of voeg kasstromen samen tot één tekenwisseling',
    });
    expect(excelError('GREX.IRR', [[-100, 0, 230, 0, -132]]).message).toContain('(in 3, 5)');
  });
  test('a single value is too short', () => {
    expect(excelError('GREX.IRR', [[-100]]).code).toBe('#VALUE!');
  });
});
