/**
 * Nadeelcompensatie under the Omgevingswet: the 4% of Ow 15.7 lid 1 is fixed;
 * lid 3 (forfait left out after an earlier claim) and lid 4 (AMvB cases
 * without compensation) are the exceptions (text read at
 * https://rechtspraakbestuursrecht.nl/artikel-15-7-ow-normaal-maatschappelijk-risico/).
 * Inkomensschade has no forfait (SAOZ). Under the Wro the NMR stays free.
 */
import { expectClose, excelError, num } from '../helpers/cases';

const NC = 'GREX.NADEELCOMPENSATIE';

describe('Ow 15.7: the percentage under "OW"', () => {
  test('4% (default or explicit) and 0 (lid 3) are accepted as before', () => {
    expectClose(num(NC, 400000, 25000), { name: 'default', source: 'lid 1: 25.000 − 16.000', expected: 9000 });
    expectClose(num(NC, 400000, 25000, 'OW', 0.04), { name: 'explicit 4%', source: 'lid 1', expected: 9000 });
    expectClose(num(NC, 400000, 25000, 'OW', 0), { name: 'nmr 0', source: 'lid 3', expected: 25000 });
  });

  test('another percentage is refused and the message says what is allowed', () => {
    const e = excelError(NC, 400000, 25000, 'OW', 0.03);
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toBe(
      'GREX.NADEELCOMPENSATIE: nmr_pct is onder de Omgevingswet 4% van de waarde (art. 15.7 lid 1). Een ander ' +
        'percentage alleen met reden "INKOMENSSCHADE" (geen forfait, Awb 4:126); 0 bij art. 15.7 lid 3; voor planschade ' +
        'onder de oude Wro: regime "WRO" (ontvangen: 0,03)',
    );
  });

  test('reden LID3, LID4 and INKOMENSSCHADE', () => {
    expectClose(num(NC, 400000, 25000, 'OW', null, 'LID3'), { name: 'LID3', source: 'lid 3: no forfait', expected: 25000 });
    expect(num(NC, 400000, 25000, 'OW', null, 'LID4')).toBe(0);
    expectClose(num(NC, 80000, 5000, 'OW', 0.03, 'INKOMENSSCHADE'), { name: 'inkomensschade', source: 'Awb 4:126, 5.000 − 3% × 80.000', expected: 2600 });
    expect(excelError(NC, 80000, 5000, 'OW', null, 'INKOMENSSCHADE').message).toContain('nmr_pct is verplicht bij reden "INKOMENSSCHADE"');
    expect(excelError(NC, 400000, 25000, 'OW', 0.02, 'LID3').message).toContain('moet leeg of 0 zijn bij reden "LID3"');
  });

  test('under "WRO" the NMR stays free (case law 2–5%) and a reden does not apply', () => {
    expectClose(num(NC, 400000, 25000, 'WRO', 0.035), {
      name: 'WRO 3,5%',
      source: 'Rb Noord-Holland 2021 (ECLI:NL:RBNHO:2021:7903): 25.000 − 14.000',
      expected: 11000,
    });
    expectClose(num(NC, 400000, 25000, 'WRO', 0.05), { name: 'WRO 5%', source: '25.000 − 20.000', expected: 5000 });
    expect(excelError(NC, 400000, 25000, 'WRO', null, 'LID3').message).toBe(
      'GREX.NADEELCOMPENSATIE: reden kan alleen bij regime "OW" (de uitzonderingen van art. 15.7 Omgevingswet) (ontvangen: "LID3")',
    );
  });
});
