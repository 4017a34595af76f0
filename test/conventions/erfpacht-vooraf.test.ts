/**
 * Erfpacht canons paid in advance (betaling VOORAF). Hand derivation:
 *   NCW = cp × G × F × (1 + k) + G q^n,  F = (1 − q^n)/(k − g),  q = (1+g)/(1+k)
 *   break-even at koopsom = G, g_land = g:  cp* = (1 − q^n) / (F (1 + k)) = (k − g)/(1 + k)
 *   at cp = k − g:  NCW = G (1 + k (1 − q^n)).
 * Audit case: G 200.000, cp 2,4%, g 2%, k 4,4%, 50 years → NCW 206.049,15 and break-even 2,2989%.
 */
import { expectClose, num, value } from '../helpers/cases';
import { between, int, rng } from '../helpers/random';

const row = (r: unknown) => (r as number[][])[0];

describe('worked case', () => {
  test('G 200.000, cp 2,4%, g 2%, k 4,4%, 50 years VOORAF: NCW 206.049,15, break-even 2,2989%', () => {
    const q = 1.02 / 1.044;
    expectClose(num('GREX.ERFPACHT.NCW', 200000, 0.024, 0.02, 0.044, 50, null, 'VOORAF'), {
      name: 'NCW vooraf',
      source: 'audit figure 206.049,15; hand 200.000 × (1 + 0,044 × (1 − q^50))',
      expected: 200000 * (1 + 0.044 * (1 - q ** 50)),
      rel: 1e-12,
    });
    expectClose(num('GREX.ERFPACHT.NCW', 200000, 0.024, 0.02, 0.044, 50, null, 'VOORAF'), {
      name: 'rounded',
      source: 'audit',
      expected: 206049.15,
      abs: 0.005,
    });
    const [ncw, koop, verschil, be] = row(value('GREX.ERFPACHT.VERGELIJK', 200000, 0.024, 0.02, 0.044, 50, null, null, 'VOORAF'));
    expectClose(ncw, { name: 'VERGELIJK NCW', source: 'audit', expected: 206049.15, abs: 0.005 });
    expect(koop).toBe(200000);
    expectClose(verschil, { name: 'verschil', source: 'NCW − koopsom', expected: 6049.15, abs: 0.005 });
    expectClose(be, { name: 'break-even', source: 'audit 2,2989%; hand 0,024 / 1,044', expected: 0.024 / 1.044, rel: 1e-12 });
    expectClose(be, { name: 'break-even rounded', source: 'audit', expected: 0.022989, abs: 5e-7 });
  });

  test('ACHTERAF (the default) keeps the equivalence at cp = k − g', () => {
    expectClose(num('GREX.ERFPACHT.NCW', 200000, 0.024, 0.02, 0.044, 50), { name: 'achteraf', source: 'equivalence', expected: 200000, rel: 1e-12 });
    expect(num('GREX.ERFPACHT.NCW', 200000, 0.024, 0.02, 0.044, 50, null, 'ACHTERAF')).toBe(num('GREX.ERFPACHT.NCW', 200000, 0.024, 0.02, 0.044, 50));
  });
});

describe('invariants on random contracts', () => {
  const r = rng(4);
  test('VOORAF equivalence: NCW = G at cp = (k − g)/(1 + k); break-even = (k − g)/(1 + k); canons × (1 + k)', () => {
    for (let i = 0; i < 100; i++) {
      const G = between(r, 1e4, 1e7);
      const g = between(r, -0.01, 0.04);
      const k = g + between(r, 0.001, 0.05);
      const n = int(r, 1, 200);
      const cpV = (k - g) / (1 + k);
      expectClose(num('GREX.ERFPACHT.NCW', G, cpV, g, k, n, null, 'VOORAF'), { name: `equivalence ${i}`, source: 'derivation', expected: G, rel: 1e-10 });
      const be = row(value('GREX.ERFPACHT.VERGELIJK', G, 0.03, g, k, n, null, null, 'VOORAF'))[3];
      expectClose(be, { name: `break-even ${i}`, source: 'derivation', expected: cpV, rel: 1e-10 });
      // canons part: (NCW − reversie) scales by (1 + k)
      const cp = between(r, 0, 0.06);
      const rev = num('GREX.ERFPACHT.NCW', G, 0, g, k, n);
      const a = num('GREX.ERFPACHT.NCW', G, cp, g, k, n) - rev;
      const v = num('GREX.ERFPACHT.NCW', G, cp, g, k, n, null, 'VOORAF') - rev;
      expectClose(v, { name: `canons × (1+k) ${i}`, source: 'prae-numerando', expected: a * (1 + k), abs: 1e-6 * G });
      // the same factor as GREX.ERFPACHT.AFKOOPSOM's VOORAF
      const canon = cp * G;
      expectClose(v, {
        name: `= AFKOOPSOM vooraf ${i}`,
        source: 'consistency',
        expected: num('GREX.ERFPACHT.AFKOOPSOM', canon, k, g, n, 'VOORAF'),
        abs: 1e-6 * G,
      });
    }
  });
});

describe('GREX.ERFPACHT.KASSTROOM with canons in advance', () => {
  test('GREX.NCW of the canon column with timing "begin" + the reversion = GREX.ERFPACHT.NCW VOORAF', () => {
    const G = 200000;
    const rows = value('GREX.ERFPACHT.KASSTROOM', G, 0.024, 50, null, 0, 0.02, 2025) as number[][];
    const canons = [rows.map((x) => x[3])];
    const pvBegin = num('GREX.NCW', 0.044, canons, 2025, 2025, 'begin');
    const reversie = num('GREX.ERFPACHT.NCW', G, 0, 0.02, 0.044, 50);
    expectClose(pvBegin + reversie, {
      name: 'KASSTROOM vooraf',
      source: 'consistency',
      expected: num('GREX.ERFPACHT.NCW', G, 0.024, 0.02, 0.044, 50, null, 'VOORAF'),
      rel: 1e-10,
    });
  });

  test('betaling "VOORAF": the same amounts one row earlier, so GREX.NCW with its default timing gives ERFPACHT.NCW VOORAF', () => {
    const G = 200000;
    // grondwaarde, canonpercentage, looptijd, herziening, grondwaardegroei, indexatie, startjaar, …, kopregel, betaling
    const args = [G, 0.024, 50, null, 0, 0.02, 2025, null, null, null, null, null, false];
    const after = value('GREX.ERFPACHT.KASSTROOM', ...args) as number[][];
    const ahead = value('GREX.ERFPACHT.KASSTROOM', ...args, 'VOORAF') as number[][];
    expect(value('GREX.ERFPACHT.KASSTROOM', ...args, 'ACHTERAF')).toEqual(after);
    expect(ahead.map((r) => r[0])).toEqual(after.map((r) => r[0] - 1));
    expect(ahead[0][0]).toBe(2024); // the canon of 1-1-2025 falls at the end of 2024
    expect(ahead.map((r) => r.slice(1))).toEqual(after.map((r) => r.slice(1)));
    const flows = [ahead.map((x) => x[5])];
    const pv = num('GREX.NCW', 0.044, flows, 2024, 2025); // year-end flows from 2024, per 1-1-2025
    const reversie = num('GREX.ERFPACHT.NCW', G, 0, 0.02, 0.044, 50);
    expectClose(pv + reversie, {
      name: 'KASSTROOM VOORAF in GREX.NCW',
      source: 'consistency: €206.049,15 in docs/methode/conventies.md',
      expected: num('GREX.ERFPACHT.NCW', G, 0.024, 0.02, 0.044, 50, null, 'VOORAF'),
      rel: 1e-10,
    });
    expect(pv + reversie).toBeCloseTo(206049.15, 2);
  });
});
