/**
 * GREX.COMPENSATIE and GREX.AFBOUWTERMIJN: hand cases, the invariants
 * (AFBOUWTERMIJN with termijn 0 is the loss without phase-out and falls
 * monotonically in the term), and bad input with the Dutch message.
 */
import { excelError, expectClose, num, value } from '../helpers/cases';
import { between, int, rng } from '../helpers/random';

const COMP = 'GREX.COMPENSATIE';
const AFB = 'GREX.AFBOUWTERMIJN';
type Row = (string | number)[];

describe('GREX.COMPENSATIE', () => {
  test('hand case: per segment, and the Totaal verdict needs every segment', () => {
    const r = value(
      COMP,
      [
        ['HMC (cat. 3+)', 12],
        ['watergebonden', 4],
        ['gemengd', 6],
      ],
      [[10, 5, 8]],
    ) as Row[];
    expect(r).toEqual([
      ['HMC (cat. 3+)', 12, 12, 10, -2, 'tekort'],
      ['watergebonden', 4, 4, 5, 1, 'gecompenseerd'],
      ['gemengd', 6, 6, 8, 2, 'gecompenseerd'],
      ['Totaal', 22, 22, 23, 1, 'tekort'],
    ]);
  });
  test('exactly compensated is "gecompenseerd" (blijft minimaal gelijk)', () => {
    const r = value(COMP, [[5], [3]], [[5, 3]]) as Row[];
    expect(r.map((x) => x[5])).toEqual(['gecompenseerd', 'gecompenseerd', 'gecompenseerd']);
    expect(r[2][4]).toBe(0);
  });
  test('a factor of 1,5 ha back per ha lost', () => {
    const r = value(COMP, [[10]], [[14]], 1.5) as Row[];
    expect(r[0]).toEqual(['segment 1', 10, 15, 14, -1, 'tekort']);
  });
  test('bad input', () => {
    expect(excelError(COMP, [[1], [2]], [[1]]).message).toContain('GREX.COMPENSATIE: erbij moet evenveel rijen hebben als weg (2)');
    expect(excelError(COMP, [[1]], [[1]], -1).message).toContain('GREX.COMPENSATIE: factor moet ten minste 0 zijn (ontvangen: -1)');
    expect(excelError(COMP, [[1]], [[-1]]).message).toContain('erbij (positie 1) moet ten minste 0 zijn');
  });
});

describe('GREX.AFBOUWTERMIJN', () => {
  test('hand cases', () => {
    // 1.000.000 / 1,04^10 = 675.564,16882579…
    expectClose(num(AFB, 1e6, 10, 0.04), { name: 'WAARDE 10 y 4%', source: 'hand: 1e6 / 1.04^10', expected: 1e6 / 1.04 ** 10, abs: 1e-6 });
    // (50.000 / 0,04) × 1,04^−5
    expectClose(num(AFB, 50000, 5, 0.04, 'INKOMEN'), { name: 'INKOMEN perpetual', source: 'hand', expected: 50000 / 0.04 / 1.04 ** 5, abs: 1e-6 });
    // horizon 20 years: 50.000 × (1 − 1,04^−20) / 0,04 × 1,04^−5
    expectClose(num(AFB, 50000, 5, 0.04, 'INKOMEN', 20), {
      name: 'INKOMEN 20 y',
      source: 'hand',
      expected: (50000 * (1 - 1.04 ** -20)) / 0.04 / 1.04 ** 5,
      abs: 1e-6,
    });
    expect(num(AFB, 50000, 3, 0, 'INKOMEN', 20)).toBe(1_000_000);
  });
  test('kapitalisatiefactor 10 = perpetual at 10%', () => {
    expectClose(num(AFB, 100000, 0, 0.1, 'INKOMEN'), { name: 'factor 10', source: '1/0.1', expected: 1_000_000, abs: 1e-6 });
  });

  const g = rng(1818);
  const cases = Array.from({ length: 25 }, () => {
    const vorm = g() < 0.5 ? 'WAARDE' : 'INKOMEN';
    return { schade: Math.round(between(g, 1, 5e6)), r: int(g, 1, 120) / 1000, vorm, horizon: vorm === 'INKOMEN' && g() < 0.5 ? int(g, 1, 60) : null };
  });
  test.each(cases.map((c, i) => [i, c] as const))('invariant #%i: termijn 0 is the undiscounted loss; strictly falling in the term', (_i, c) => {
    const at = (t: number) => num(AFB, c.schade, t, c.r, c.vorm, c.horizon);
    const immediate = c.vorm === 'WAARDE' ? c.schade : c.horizon === null ? c.schade / c.r : (c.schade * (1 - (1 + c.r) ** -c.horizon)) / c.r;
    expectClose(at(0), { name: 'termijn 0', source: 'the loss without phase-out', expected: immediate, rel: 1e-12 });
    let prev = at(0);
    for (const t of [0.5, 1, 2, 5, 10, 25, 50]) {
      const v = at(t);
      expect(v).toBeLessThan(prev);
      expectClose(v, { name: `termijn ${t}`, source: 'loss / (1+r)^T', expected: immediate / (1 + c.r) ** t, rel: 1e-12 });
      prev = v;
    }
  });
  test('at rekenrente 0 the term changes nothing', () => {
    expect(num(AFB, 1000, 30, 0)).toBe(1000);
  });

  test('bad input', () => {
    expect(excelError(AFB, 1000, 5, 0, 'INKOMEN').message).toContain(
      'GREX.AFBOUWTERMIJN: rekenrente moet groter zijn dan 0 voor een eeuwigdurend inkomensverlies',
    );
    expect(excelError(AFB, 1000, -1, 0.04).message).toContain('GREX.AFBOUWTERMIJN: termijn moet ten minste 0 zijn (ontvangen: -1)');
    expect(excelError(AFB, 1000, 5, -0.01).message).toContain('rekenrente moet ten minste 0% zijn');
    expect(excelError(AFB, 1000, 5, 0.04, 'JAARLIJKS').message).toContain('vorm moet een van deze waarden zijn: "WAARDE", "INKOMEN"');
    expect(excelError(AFB, 1000, 5, 0.04, 'INKOMEN', 2.5).message).toContain('horizon moet een geheel getal zijn');
    expect(excelError(AFB, 1000, 5, 0.04, 'WAARDE', 20).message).toContain(
      'GREX.AFBOUWTERMIJN: horizon kan alleen samen met vorm "INKOMEN" worden opgegeven (ontvangen: 20)',
    );
  });
});
