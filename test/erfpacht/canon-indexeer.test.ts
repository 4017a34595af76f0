/**
 * GREX.ERFPACHT.CANON, .AFKOOPSOM (Amsterdam) and .INDEXEER (docs/methode/erfpacht.md).
 * Expected values: the published figures, and hand cases evaluated with Python's decimal
 * module (40 digits) from the written formula, not from our code.
 */
import { canon, indexCanon, indexRatio } from '../../src/core/erfpacht';
import { expectClose, num, excelError } from '../helpers/cases';

const LAAGBOUW = 'De Laagbouw, voorbeeldberekening afkoop erfpacht: http://www.delaagbouw.nl/index.php/buurtnieuws/223-voorbeeldberekening-afkoop-erfpacht';
const GRONDVERMOGEN = 'Grondvermogen: A × B/C, factor ≥ 1,0, naar boven op hele centen: https://www.grondvermogen.nl/faq/canon/';

describe('Amsterdam overstap, published example', () => {
  // WOZ 2014 €200.000 × BSQ 6% = grondwaarde €12.000 (the user's input); −10% = 10.800; canon 2,39%.
  test('the canon steps: 258,12 before and 193,59 after the 25% korting (published €258 and €194)', () => {
    expect(200000 * 0.06).toBe(12000);
    expectClose(num('ERFPACHT.CANON', 12000, 0.0239, 0.1), {
      name: 'canon 10.800 × 2,39%',
      source: LAAGBOUW + ' (10.800 × 0,0239 = 258,12)',
      expected: 258.12,
    });
    expectClose(num('ERFPACHT.CANON', 12000, 0.0239, 0.1, 0.25), {
      name: 'canon na 25% korting',
      source: LAAGBOUW + ' (258,12 × 0,75 = 193,59)',
      expected: 193.59,
    });
    expect(num('ERFPACHT.CANON', 12000, 0.0239, 0.1, 0, 'EURO')).toBe(258); // published €258
    expect(num('ERFPACHT.CANON', 12000, 0.0239, 0.1, 0.25, 'EURO')).toBe(194); // published €194
  });

  test('exact mode: 193,59 / 2,39% = 8.100,00', () => {
    const c = num('ERFPACHT.CANON', 12000, 0.0239, 0.1, 0.25);
    expectClose(num('ERFPACHT.AFKOOPSOM', c, 0.0239), { name: 'afkoopsom exact', source: LAAGBOUW, expected: 8100 });
  });

  test('publication mode: canon rounded to €194 first, 194 / 2,39% = 8.117,15 (published €8.117)', () => {
    const c = num('ERFPACHT.CANON', 12000, 0.0239, 0.1, 0.25, 'EURO');
    const a = num('ERFPACHT.AFKOOPSOM', c, 0.0239);
    // Python decimal: 194 / 0.0239 = 8117.154811715481171548117154811715481172
    expectClose(a, { name: 'afkoopsom na afronding', source: LAAGBOUW, expected: 8117.154811715481171548 });
    expect(Math.round(a)).toBe(8117);
  });

  test('the core keeps the canon exact in decimals', () => {
    expect(canon(12000, '0.0239', '0.1', '0.25').toString()).toBe('193.59');
  });
});

describe('GREX.ERFPACHT.INDEXEER: Grondvermogen CPI formula A × B/C', () => {
  test.each([
    // [A, B, C, vloer, afronding, expected, derivation]
    [123.45, 102.6, 100, undefined, 'CENT_OMHOOG', 126.66, '123,45 × 1,026 = 126,6597 → up to 126,66'],
    [123.45, 100.1, 100, undefined, 'CENT_OMHOOG', 123.58, '123,45 × 1,001 = 123,57345 → up to 123,58 (half-up would give 123,57)'],
    [100, 103.1, 100, undefined, 'CENT_OMHOOG', 103.1, '100 × 1,031 = 103,10 exactly: rounding up adds nothing'],
    [123.45, 99.5, 100, undefined, 'CENT_OMHOOG', 123.45, 'B/C = 0,995 < 1,0: the factor is 1,0 (floor)'],
    [123.45, 99.5, 100, 0, 'GEEN', 122.83275, 'vloer 0: 123,45 × 0,995 = 122,83275 (a decrease)'],
    [1234.56, 102.6, 100, 1, 'EURO', 1267, '1234,56 × 1,026 = 1266,65856 → 1267'],
    [1234.56, 102.6, 100, 1, 'GEEN', 1266.65856, 'unrounded'],
  ] as const)('A=%d, B=%d, C=%d, vloer %s, %s → %d', (A, B, C, vloer, afronding, expected, why) => {
    expectClose(num('ERFPACHT.INDEXEER', A, B, C, vloer, afronding), { name: why, source: GRONDVERMOGEN + '; hand, Python decimal', expected });
  });

  test('twelve years of the published Grondvermogen indexations 2009–2020, rounded up to cents each year', () => {
    // Published rates 3,1%; 0,4%; 1,6%; 2,7%; 2,3%; 2,4%; 0,9%; 0,6%; 0,1%; 1,5%; 1,9%; 2,6% applied to a monthly
    // canon of 100,00 as B/C = 1 + rate, each new canon rounded up to whole cents (Python decimal, ROUND_CEILING):
    const rates = [0.031, 0.004, 0.016, 0.027, 0.023, 0.024, 0.009, 0.006, 0.001, 0.015, 0.019, 0.026];
    const expected = [103.1, 103.52, 105.18, 108.02, 110.51, 113.17, 114.19, 114.88, 115.0, 116.73, 118.95, 122.05];
    let a = 100;
    rates.forEach((r, i) => {
      a = num('ERFPACHT.INDEXEER', a, 1 + r, 1, 1, 'CENT_OMHOOG');
      expectClose(a, { name: `canon 1-1-${2009 + i}`, source: GRONDVERMOGEN, expected: expected[i], abs: 1e-9 });
    });
    // Rounding up each year compounds: 122,05 against 121,9952528… unrounded (Python decimal).
    expect(a).toBeGreaterThan(121.9952528422362);
  });

  test('core: the floor and the ratio are exact decimals', () => {
    expect(indexCanon('123.45', indexRatio('102.6', '100'), 1, 'GEEN').toString()).toBe('126.6597');
    expect(indexCanon('123.45', indexRatio('99.5', '100'), '0.99', 'GEEN').toString()).toBe('122.83275'); // × 0,995 (above the floor)
    expect(indexCanon('123.45', indexRatio('98', '100'), '0.99', 'GEEN').toString()).toBe('122.2155'); // floor 0,99
  });

  test('bad input: Dutch #VALUE! naming the parameter', () => {
    expect(excelError('ERFPACHT.INDEXEER', 100, 102, 0)).toEqual({
      code: '#VALUE!',
      message: 'GREX.ERFPACHT.INDEXEER: index_oud moet groter zijn dan 0 (ontvangen: 0)',
    });
    expect(excelError('ERFPACHT.INDEXEER', 100, 102, 100, -0.5).message).toBe('GREX.ERFPACHT.INDEXEER: vloer moet ten minste 0 zijn (ontvangen: -0,5)');
    expect(excelError('ERFPACHT.INDEXEER', 100, 102, 100, 1, 'OMHOOG').message).toMatch(
      /^GREX\.ERFPACHT\.INDEXEER: afronding moet een van deze waarden zijn: "GEEN", "CENT_OMHOOG", "EURO" \(ontvangen: "OMHOOG"\)$/,
    );
    expect(excelError('ERFPACHT.CANON', 12000, 0.0239, 1.5).message).toBe('GREX.ERFPACHT.CANON: korting_grondwaarde mag hoogstens 100% zijn (ontvangen: 1,5)');
    expect(excelError('ERFPACHT.CANON', 12000, 0.0239, 0, 0, 'CENT_OMHOOG').code).toBe('#VALUE!'); // CANON rounds to euros only (its signature)
    expect(excelError('ERFPACHT.CANON', -1, 0.0239).message).toBe('GREX.ERFPACHT.CANON: grondwaarde moet ten minste 0 zijn (ontvangen: -1)');
  });
});
