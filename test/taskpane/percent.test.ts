/** The form's percentage parsing: what an analyst types in a field that says "(%)". */
import { percentText, readPercent } from '../../src/taskpane/ui/percent';

describe('a percent field (rente, −5% … 20%)', () => {
  test.each([
    ['2', 0.02, '= 2%'],
    ['2%', 0.02, '= 2%'],
    ['2,5', 0.025, '= 2,5%'],
    ['2.5', 0.025, '= 2,5%'],
    ['2,5 %', 0.025, '= 2,5%'],
    ['0,025', 0.025, '= 2,5%'],
    ['0,02', 0.02, '= 2%'],
    ['0,92', 0.0092, '= 0,92%'], // 92% is outside the field: read as 0,92% (Gorinchem's rente)
    ['0,5%', 0.005, '= 0,5%'],
    ['-0,5%', -0.005, '= -0,5%'],
    ['0', 0, '= 0%'],
  ])('"%s" → %d', (typed, fraction, shown) => {
    const r = readPercent(typed, -5, 20)!;
    expect(r.fraction).toBeCloseTo(fraction, 12);
    expect(r.shown).toBe(shown);
  });
  test('a typed 0,02 is never stored as 0,02%, and the reading says how to get 0,02%', () => {
    const r = readPercent('0,02', -5, 20)!;
    expect(r.fraction).toBe(0.02);
    expect(r.note).toBe('gelezen als fractie; bedoelt u 0,02%, typ dan 0,02%');
    expect(readPercent('0,02%', -5, 20)!.fraction).toBeCloseTo(0.0002, 12);
  });
  test('not a number', () => {
    expect(readPercent('twee', 0, 20)).toBeUndefined();
    expect(readPercent('', 0, 20)).toBeUndefined();
  });
  test('shown back the Dutch way', () => {
    expect(percentText(2.5)).toBe('2,5%');
    expect(percentText(0.1 + 0.2)).toBe('0,3%');
  });
});
