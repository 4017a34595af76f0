/**
 * GREX.HERVERKAVELING: a hand case, the invariants (the settlements sum to
 * 0 exactly; an owner allotted exactly their share settles 0; aanspraak +
 * verrekening = toegedeeld), rounding to cents by largest remainder, and bad
 * input with the Dutch message.
 */
import { D } from '../../src/core';
import { excelError, value } from '../helpers/cases';
import { int, rng } from '../helpers/random';

const HV = 'GREX.HERVERKAVELING';
type Row = (string | number)[];
const exact = (x: unknown) => new D(String(x));

describe('GREX.HERVERKAVELING', () => {
  test('hand case: inbreng 2 mln, toegedeeld 2,2 mln', () => {
    const r = value(HV, [[1e6, 5e5, 5e5]], [[1.2e6, 3e5, 7e5]]) as Row[];
    expect(r).toEqual([
      ['eigenaar 1', 1e6, 0.5, 1.1e6, 1.2e6, 1e5],
      ['eigenaar 2', 5e5, 0.25, 5.5e5, 3e5, -2.5e5],
      ['eigenaar 3', 5e5, 0.25, 5.5e5, 7e5, 1.5e5],
      ['Totaal', 2e6, 1, 2.2e6, 2.2e6, 0],
    ]);
  });

  test('thirds: the cents are shared by largest remainder and sum to 0', () => {
    // aanspraak 1.000.000 / 3 each = 333.333,333…; toegedeeld 400.000 | 300.000 | 300.000
    const r = value(HV, [[1, 1, 1]], [[400000, 300000, 300000]]) as Row[];
    expect(r.slice(0, 3).map((x) => x[5])).toEqual([66666.67, -33333.33, -33333.34]);
    expect(r[3][5]).toBe(0);
  });

  test('decimalen 0: whole euros', () => {
    const r = value(HV, [[1, 1, 1]], [[400000, 300000, 300000]], 0) as Row[];
    expect(r.slice(0, 3).map((x) => x[5])).toEqual([66667, -33333, -33334]);
  });

  const g = rng(2026);
  const cases = Array.from({ length: 40 }, () => {
    const k = int(g, 2, 12);
    const inbreng = Array.from({ length: k }, () => int(g, 0, 3_000_000) + int(g, 0, 99) / 100);
    inbreng[0] += 1; // at least one positive
    const toegedeeld = Array.from({ length: k }, () => int(g, 0, 4_000_000) + int(g, 0, 99) / 100);
    return { inbreng, toegedeeld };
  });
  test.each(cases.map((c, i) => [i, c] as const))('invariant #%i: settlements sum to 0 exactly and aanspraak + verrekening = toegedeeld', (_i, c) => {
    const r = value(HV, [c.inbreng], [c.toegedeeld]) as Row[];
    const owners = r.slice(0, -1);
    const sum = owners.reduce((s, row) => s.plus(exact(row[5])), new D(0));
    expect(sum.isZero()).toBe(true);
    for (const row of owners) {
      expect(exact(row[5]).decimalPlaces()).toBeLessThanOrEqual(2);
      expect(exact(row[3]).plus(exact(row[5])).minus(exact(row[4])).abs().lt(1e-6)).toBe(true);
    }
    expect(r[r.length - 1][5]).toBe(0);
  });

  const shares = Array.from({ length: 25 }, () => {
    const k = int(g, 2, 8);
    const inbreng = Array.from({ length: k }, () => int(g, 1, 500) * 1000);
    const factor = int(g, 1, 30) / 10; // total allotted = factor × total inbreng
    const total = inbreng.reduce((s, x) => s + x, 0) * factor;
    const j = int(g, 0, k - 1);
    const mine = inbreng[j] * factor; // exactly the owner's share
    const rest = total - mine;
    const weights = Array.from({ length: k }, () => int(g, 1, 9));
    const wsum = weights.reduce((s, w, i) => (i === j ? s : s + w), 0);
    const toegedeeld = weights.map((w, i) => (i === j ? mine : Math.round(((rest * w) / wsum) * 100) / 100));
    // put the rounding difference on another owner so the allotment totals `total`
    const other = (j + 1) % k;
    toegedeeld[other] = Math.round((toegedeeld[other] + total - toegedeeld.reduce((s, x) => s + x, 0)) * 100) / 100;
    return { inbreng, toegedeeld, j };
  });
  test.each(shares.map((c, i) => [i, c] as const))('invariant #%i: an owner allotted exactly their share settles 0', (_i, c) => {
    const r = value(HV, [c.inbreng], [c.toegedeeld]) as Row[];
    expect(r[c.j][5]).toBe(0);
  });

  test('bad input', () => {
    expect(excelError(HV, [[0, 0]], [[1, 1]]).message).toContain('GREX.HERVERKAVELING: inbrengwaarden moet samen groter zijn dan 0');
    expect(excelError(HV, [[1, 2]], [[1]]).message).toContain('GREX.HERVERKAVELING: toegedeelde_waarden moet even lang zijn als inbrengwaarden (2 waarden)');
    expect(excelError(HV, [[1, -2]], [[1, 1]]).message).toContain('inbrengwaarden (positie 2) moet ten minste 0 zijn');
    expect(excelError(HV, [[1]], [[1]], 9).message).toContain('decimalen mag hoogstens 6 zijn');
  });
});
