/**
 * GREX.BARCODE: the land a growth programme claims per function under the
 * norm table (docs/methode/barcode.md#normentabel). Expected values are computed by
 * hand in the comments (products and sums of integers), not by our code.
 */
import { EXAMPLE_NORMS, VOORBEELDWAARDE, exampleNormRows, NORM_HEADER, BARCODE_COLUMNS } from '../../src/core/barcode';
import { expectClose, value, excelError } from '../helpers/cases';
import { EXAMPLE, PROGRAMME, rows } from './fixtures';

describe('the shipped example norm table', () => {
  test('the two public Utrecht values carry their source; every other row is marked "voorbeeldwaarde, niet geverifieerd"', () => {
    const groen = EXAMPLE_NORMS.find((n) => n.functie === 'Openbaar groen')!;
    expect(groen).toMatchObject({ eenheid: 'huishouden', m2: 75, geverifieerd: true });
    expect(groen.bron).toContain('https://www.nhnieuws.nl/nieuws/n152895/');
    const boom = EXAMPLE_NORMS.find((n) => n.functie.startsWith('Bomen'))!;
    expect(boom).toMatchObject({ eenheid: 'woning', geverifieerd: true });
    expect(boom.bron).toContain('https://eenutrecht.nl/bouwen-in-utrecht-zonder-leefbaar-fundament/');
    // the 0 m² per tree is our own choice, so it says so
    expect(boom.bron).toContain(VOORBEELDWAARDE);
    const others = EXAMPLE_NORMS.filter((n) => !n.geverifieerd);
    expect(others.length).toBe(EXAMPLE_NORMS.length - 2);
    for (const n of others) expect(n.bron).toBe('voorbeeldwaarde, niet geverifieerd');
  });
  test('as sheet rows: a header and one row per norm, seven columns, readable by GREX.BARCODE', () => {
    const r = exampleNormRows();
    expect(r[0]).toEqual([...NORM_HEADER]);
    expect(r.length).toBe(EXAMPLE_NORMS.length + 1);
    for (const row of r) expect(row.length).toBe(7);
    expect(() => value('GREX.BARCODE', [['woning', 1]], r)).not.toThrow();
  });
});

describe('worked case: 3.000 woningen, 2.800 huishoudens, 2.000 banen against the example table', () => {
  // Wonen            3000 × 60 = 180.000
  // Werken           2000 × 25 =  50.000
  // Openbaar groen   2800 × 75 = 210.000   (per huishouden)
  // Bomen            3000 × 0  =       0
  // Onderwijs        3000 × 4  =  12.000
  // Sport            3000 × 6  =  18.000
  // Zorg en welzijn  3000 × 2  =   6.000
  // totaal                       476.000
  const out = rows(value('GREX.BARCODE', PROGRAMME, EXAMPLE));
  const src = 'hand: aantal × norm of the example table (core/barcode/example-norms.ts)';
  test.each([
    ['Wonen', 180000, 180 / 476],
    ['Werken', 50000, 50 / 476],
    ['Openbaar groen', 210000, 210 / 476],
    ['Bomen (1 per nieuwe woning)', 0, 0],
    ['Onderwijs', 12000, 12 / 476],
    ['Sport', 18000, 18 / 476],
    ['Zorg en welzijn', 6000, 6 / 476],
  ])('%s claims %d m²', (name, claim, aandeel) => {
    const row = out.find((r) => r[0] === name)!;
    expectClose(row[1] as number, { name: `${name} claim`, source: src, expected: claim });
    expectClose(row[2] as number, { name: `${name} aandeel`, source: `${src}; share = claim / 476.000`, expected: aandeel });
  });
  test('total row 476.000 m², share 1', () => {
    const last = out[out.length - 1];
    expect(last[0]).toBe('totaal');
    expectClose(last[1] as number, { name: 'totaal', source: src, expected: 476000 });
    expect(last[2]).toBe(1);
  });
  test('columns: functie, claim, aandeel, eenheid, aantal, norm, categorie, bron, signalering', () => {
    expect(out[0].length).toBe(BARCODE_COLUMNS.length);
    expect(out[0]).toEqual(['Wonen', 180000, 180 / 476, 'woning', 3000, 60, 'wonen', 'voorbeeldwaarde, niet geverifieerd', '']);
    expect(out[2][7]).toContain('Rekenkamer Utrecht 2024');
  });
});

describe('invariants', () => {
  test('the shares add up to 1 and the total is the sum of the claims', () => {
    const out = rows(
      value(
        'GREX.BARCODE',
        [
          ['woning', 1234],
          ['huishouden', 1100],
          ['baan', 987.5],
        ],
        EXAMPLE,
      ),
    );
    const body = out.slice(0, -1);
    const sumClaims = body.reduce((s, r) => s + (r[1] as number), 0);
    const sumShares = body.reduce((s, r) => s + (r[2] as number), 0);
    expect(Math.abs(sumShares - 1)).toBeLessThan(1e-12);
    expect(Math.abs(sumClaims - (out[out.length - 1][1] as number))).toBeLessThan(1e-6);
  });
  test('doubling the programme doubles every claim and leaves the shares', () => {
    const a = rows(value('GREX.BARCODE', PROGRAMME, EXAMPLE));
    const b = rows(
      value(
        'GREX.BARCODE',
        PROGRAMME.map(([u, n]) => [u, (n as number) * 2]),
        EXAMPLE,
      ),
    );
    a.forEach((r, i) => {
      expect(b[i][1]).toBe((r[1] as number) * 2);
      expect(Math.abs((b[i][2] as number) - (r[2] as number))).toBeLessThan(1e-15);
    });
  });
});

describe('reading the ranges', () => {
  test('header rows, unit spelling (case, spaces, m2/m²) and a blank number (= 0)', () => {
    // Kantoren 5.000 m² bvo × 1,5 = 7.500; Wonen 10 × 60 = 600; banen blank = 0
    const out = rows(
      value(
        'GREX.BARCODE',
        [
          ['Eenheid', 'Aantal'],
          ['  WONING ', 10],
          ['m2 BVO', 5000],
          ['baan', null],
        ],
        [
          ['functie', 'eenheid', 'norm'],
          ['Wonen', 'woning', 60],
          ['Kantoren', 'm² bvo', 1.5],
          ['Werken', 'baan', 25],
        ],
      ),
    );
    expect(out.map((r) => r[1])).toEqual([600, 7500, 0, 8100]);
  });
  test('a norm whose unit is not in the programme claims 0 and is signalled', () => {
    // programme without households: the green norm per huishouden claims nothing, visibly
    const out = rows(value('GREX.BARCODE', [['woning', 100]], EXAMPLE));
    const groen = out.find((r) => r[0] === 'Openbaar groen')!;
    expect(groen[1]).toBe(0);
    expect(groen[8]).toBe('eenheid "huishouden" komt niet voor in het programma: ruimteclaim 0');
  });
  test('an empty programme claims nothing: shares 0 and a note', () => {
    const out = rows(value('GREX.BARCODE', [['woning', 0]], [['Wonen', 'woning', 60]]));
    expect(out).toEqual([
      ['Wonen', 0, 0, 'woning', 0, 60, '', '', ''],
      ['totaal', 0, 0, '', '', '', '', '', 'het programma claimt geen grond: aandelen 0'],
    ]);
  });
});

describe('bad input: #VALUE! with a Dutch message naming the parameter, the row and the value', () => {
  const norms = [
    ['Wonen', 'woning', 60],
    ['Werken', 'baan', 25],
  ];
  test.each([
    [
      'a unit in the programme that no norm uses',
      [
        ['woning', 10],
        ['kantoor', 5],
      ],
      norms,
      'GREX.BARCODE: programma (rij 2): eenheid komt in geen enkele norm voor (voeg een norm toe of verwijder de regel) (ontvangen: "kantoor")',
    ],
    [
      'a negative norm',
      [['woning', 10]],
      [
        ['Wonen', 'woning', 60],
        ['Sport', 'woning', -5],
      ],
      'GREX.BARCODE: normen (rij 2): m² per eenheid mag niet negatief zijn (ontvangen: -5)',
    ],
    [
      'an unknown category',
      [['woning', 10]],
      [['Wonen', 'woning', 60, 'kantoren']],
      'GREX.BARCODE: normen (rij 1): categorie moet een van deze waarden zijn: "wonen", "werken", "voorziening", ' +
        '"groen", "sport", "mobiliteit" (ontvangen: "kantoren")',
    ],
    [
      'an unknown milieu- or functiemengingscategorie',
      [['baan', 10]],
      [['Werken', 'baan', 25, 'werken', null, 'D']],
      'GREX.BARCODE: normen (rij 1): milieucategorie of functiemengingscategorie moet "A", "B", "C" of een ' +
        'milieucategorie zijn ("1", "2", "3.1", "3.2", "4.1", "4.2", "5.1", "5.2", "5.3", "6") (ontvangen: "D")',
    ],
    [
      'stackable below one layer',
      [['woning', 10]],
      [['Wonen', 'woning', 60, 'wonen', 0.5]],
      'GREX.BARCODE: normen (rij 1): stapelbaar tot moet ten minste 1 zijn (ontvangen: 0,5)',
    ],
    [
      'a norm typed as text',
      [['woning', 10]],
      [
        ['Wonen', 'woning', 60],
        ['Sport', 'woning', 'zes'],
      ],
      'GREX.BARCODE: normen (rij 2): m² per eenheid moet een getal zijn (ontvangen: "zes")',
    ],
    [
      'a missing norm',
      [['woning', 10]],
      [
        ['Wonen', 'woning', 60],
        ['Sport', 'woning', null, 'sport'],
      ],
      'GREX.BARCODE: normen (rij 2): m² per eenheid ontbreekt (vul een getal in)',
    ],
    [
      'a function twice',
      [['woning', 10]],
      [
        ['Wonen', 'woning', 60],
        ['wonen ', 'woning', 30],
      ],
      'GREX.BARCODE: normen (rij 2): functie komt al voor in rij 1; geef elke functie een eigen naam (ontvangen: "wonen")',
    ],
    [
      'a unit twice in the programme',
      [
        ['woning', 10],
        ['Woning', 5],
      ],
      norms,
      'GREX.BARCODE: programma (rij 2): eenheid komt al voor in rij 1; tel de aantallen op in één rij (ontvangen: "Woning")',
    ],
    ['a negative number of units', [['woning', -10]], norms, 'GREX.BARCODE: programma (rij 1): aantal mag niet negatief zijn (ontvangen: -10)'],
    ['a programme with three columns', [['woning', 10, 1]], norms, 'GREX.BARCODE: programma moet 2 kolommen hebben (ontvangen: 3 kolommen)'],
  ])('%s', (_what, programma, normen, message) => {
    expect(excelError('GREX.BARCODE', programma, normen)).toEqual({ code: '#VALUE!', message });
  });
});
