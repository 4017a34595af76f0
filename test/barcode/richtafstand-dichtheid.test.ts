/**
 * GREX.RICHTAFSTAND (VNG Bedrijven en milieuzonering 2009,
 * docs/methode/barcode.md#richtafstanden) and the density metrics GREX.FMI, GREX.FSI, GREX.MXI
 * (docs/methode/barcode.md#dichtheid-en-menging). Expected values are typed from the method table and
 * computed by hand.
 */
import { num, excelError, expectClose } from '../helpers/cases';
import { REGISTRY } from '../../src/functions/registry';

describe('richtafstand: every category in both area types (the VNG 2009 table)', () => {
  // rustige woonwijk: 10 30 50 100 200 300 500 700 1000 1500; gemengd gebied one afstandsstap lower:
  // 0 10 30 50 100 200 300 500 700 1000
  test.each([
    ['1', 10, 0],
    ['2', 30, 10],
    ['3.1', 50, 30],
    ['3.2', 100, 50],
    ['4.1', 200, 100],
    ['4.2', 300, 200],
    ['5.1', 500, 300],
    ['5.2', 700, 500],
    ['5.3', 1000, 700],
    ['6', 1500, 1000],
  ])('categorie %s: rustig %d m, gemengd %d m', (cat, rustig, gemengd) => {
    expect(num('GREX.RICHTAFSTAND', cat)).toBe(rustig);
    expect(num('GREX.RICHTAFSTAND', cat, 'RUSTIG')).toBe(rustig);
    expect(num('GREX.RICHTAFSTAND', cat, 'gemengd')).toBe(gemengd);
  });
  test.each([
    ['number 3.1', 3.1, 50],
    ['number 1', 1, 10],
    ['number 6', 6, 1500],
    ['Dutch text "3,1"', '3,1', 50],
    ['text with spaces " 5.2 "', ' 5.2 ', 700],
    ['1×1 range', [[4.2]], 300],
  ])('accepts %s', (_what, cat, m) => {
    expect(num('GREX.RICHTAFSTAND', cat)).toBe(m);
  });
  test('the gemengd value is always the rustig value of the category below (one step)', () => {
    const cats = ['1', '2', '3.1', '3.2', '4.1', '4.2', '5.1', '5.2', '5.3', '6'];
    for (let i = 1; i < cats.length; i++) expect(num('GREX.RICHTAFSTAND', cats[i], 'GEMENGD')).toBe(num('GREX.RICHTAFSTAND', cats[i - 1]));
  });
  test('the help says it is the 2009 system and names the Omgevingswet successor with milieugebruiksruimte', () => {
    const spec = REGISTRY.find((s) => s.id === 'RICHTAFSTAND')!;
    const help = spec.help.notes!.join(' ');
    expect(help).toContain('editie 2009');
    expect(help).toContain('Activiteiten en milieuzonering');
    expect(help).toContain('milieugebruiksruimte per bedrijf');
    expect(spec.sources.some((s) => s.url === 'https://vng.nl/artikelen/milieuzonering-nieuwe-stijl')).toBe(true);
  });
  test.each([
    ['"7"', '7'],
    ['"3.3"', '3.3'],
    ['number 3.3', 3.3],
    ['"A" (a functiemengingscategorie)', 'A'],
    ['TRUE', true],
  ])('refuses %s', (_what, cat) => {
    const e = excelError('GREX.RICHTAFSTAND', cat);
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toMatch(/^GREX\.RICHTAFSTAND: milieucategorie moet een milieucategorie zijn: "1", "2", "3\.1", /);
  });
  test('exact message for an unknown category and an unknown area type', () => {
    expect(excelError('GREX.RICHTAFSTAND', '7').message).toBe(
      'GREX.RICHTAFSTAND: milieucategorie moet een milieucategorie zijn: "1", "2", "3.1", "3.2", "4.1", "4.2", "5.1", "5.2", "5.3" of "6" (ontvangen: "7")',
    );
    expect(excelError('GREX.RICHTAFSTAND', '2', 'STAD').message).toBe(
      'GREX.RICHTAFSTAND: gebiedstype moet een van deze waarden zijn: "RUSTIG", "GEMENGD" (ontvangen: "STAD")',
    );
  });
});

describe('FMI = 100 × banen / (banen + woningen)', () => {
  test.each([
    // banen, woningen, expected, derivation
    [400, 1000, (100 * 400) / 1400, '40.000 / 1.400 = 28,5714…'],
    [2000, 3000, 40, '200.000 / 5.000'],
    [500, 500, 50, 'as many jobs as homes'],
    [0, 750, 0, 'only housing'],
    [120, 0, 100, 'only jobs'],
  ])('banen %d, woningen %d', (banen, woningen, expected, derivation) => {
    expectClose(num('GREX.FMI', banen, woningen), { name: `FMI(${banen}, ${woningen})`, source: `hand: ${derivation}`, expected });
  });
  test.each([
    [[0, 0], 'GREX.FMI: banen en woningen zijn samen 0: de FMI is dan niet gedefinieerd'],
    [[-1, 10], 'GREX.FMI: banen moet ten minste 0 zijn (ontvangen: -1)'],
    [[10, -3], 'GREX.FMI: woningen moet ten minste 0 zijn (ontvangen: -3)'],
  ])('refuses %j', (args, message) => {
    expect(excelError('GREX.FMI', ...args)).toEqual({ code: '#VALUE!', message });
  });
});

describe('FSI = bvo / terreinoppervlak and MXI = bvo_wonen / bvo_totaal', () => {
  test.each([
    [150000, 100000, 1.5],
    [0, 5000, 0],
    [12345, 10000, 1.2345],
  ])('FSI(%d, %d) = %d', (bvo, terrein, expected) => {
    expectClose(num('GREX.FSI', bvo, terrein), { name: 'FSI', source: 'hand: bvo / terrein', expected });
  });
  test.each([
    [80000, 100000, 0.8],
    [0, 100, 0],
    [100, 100, 1],
    [1, 3, 1 / 3],
  ])('MXI(%d, %d) = %d', (w, t, expected) => {
    expectClose(num('GREX.MXI', w, t), { name: 'MXI', source: 'hand: wonen / totaal', expected });
  });
  test.each([
    ['GREX.FSI', [1000, 0], 'GREX.FSI: terreinoppervlak moet groter zijn dan 0 (ontvangen: 0)'],
    ['GREX.FSI', [-5, 100], 'GREX.FSI: bvo moet ten minste 0 zijn (ontvangen: -5)'],
    ['GREX.MXI', [120, 100], 'GREX.MXI: bvo_wonen mag niet groter zijn dan bvo_totaal (100) (ontvangen: 120)'],
    ['GREX.MXI', [0, 0], 'GREX.MXI: bvo_totaal moet groter zijn dan 0 (ontvangen: 0)'],
    ['GREX.MXI', [-1, 100], 'GREX.MXI: bvo_wonen moet ten minste 0 zijn (ontvangen: -1)'],
  ])('%s %j refused', (fn, args, message) => {
    expect(excelError(fn, ...args)).toEqual({ code: '#VALUE!', message });
  });
});
