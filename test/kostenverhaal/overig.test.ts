/**
 * GREX.KOSTENVERHAAL.ZONDERTIJDVAK (Ow 13.15), GREX.EINDAFREKENING (Ow 13.20),
 * GREX.FINANCIELEBIJDRAGE.MAX (Ow 13.23, joint cap) and the kostensoortenlijst.
 * Expected values: hand derivation beside each case (Python decimal for the non-trivial ones).
 */
import {
  finalSettlementRefund,
  KOSTENSOORTEN,
  KOSTENSOORTEN_STATUS,
  kostensoortenVoor,
  kostensoortenInvoerblad,
  INVOERBLAD_KOLOMMEN,
} from '../../src/core/kostenverhaal';
import { evaluate } from '../../src/cli/evaluate';
import { expectClose, num, value, excelError } from '../helpers/cases';
import { rng, between } from '../helpers/random';

describe('GREX.KOSTENVERHAAL.ZONDERTIJDVAK', () => {
  const F = 'GREX.KOSTENVERHAAL.ZONDERTIJDVAK';
  test.each([
    ['the allocated costs are lowest', 50000, 100000, 80000, 50000],
    ['the maximum per activiteit is lowest', 120000, 100000, 150000, 100000],
    ['the waardevermeerdering is lowest', 80000, 100000, 60000, 60000],
    ['a loss of value gives 0, never a payment', 80000, 100000, -20000, 0],
  ])('%s', (_l, k, max, wv, expected) => {
    expect(num(F, k, max, wv)).toBe(expected);
  });
  test('per location, one maximum for all, shape of toegerekende_kosten', () => {
    // min(120.000; 100.000; 150.000) = 100.000; min(80.000; 100.000; 60.000) = 60.000; min(30.000; 100.000; 90.000) = 30.000
    expect(value(F, [[120000], [80000], [30000]], 100000, [[150000], [60000], [90000]])).toEqual([[100000], [60000], [30000]]);
    expect(value(F, [[120000, 80000, 30000]], 100000, [[150000, 60000, 90000]])).toEqual([[100000, 60000, 30000]]);
  });
  test('invariant: never above any of the three, never negative', () => {
    const r = rng(1315);
    for (let i = 0; i < 300; i++) {
      const k = between(r, 0, 1e6),
        m = between(r, 0, 1e6),
        wv = between(r, -2e5, 1e6);
      const b = num(F, k, m, wv);
      expect(b).toBeGreaterThanOrEqual(0);
      expect(b).toBeLessThanOrEqual(k);
      expect(b).toBeLessThanOrEqual(m);
      expect(b).toBeLessThanOrEqual(Math.max(0, wv));
    }
  });
  test.each([
    [
      'waardevermeerdering of another length',
      [[1, 2, 3], 5, [1, 2]],
      `${F}: waardevermeerdering moet één waarde of evenveel waarden als toegerekende_kosten (3) bevatten (ontvangen: ` + `2 waarden)`,
    ],
    [
      'maximum of another length',
      [[1, 2], [1, 2, 3], 5],
      `${F}: maximum_per_activiteit moet één waarde of evenveel waarden als toegerekende_kosten (2) bevatten (ontvangen: ` + `3 waarden)`,
    ],
    ['negative toegerekende kosten', [[-1], 5, 5], `${F}: toegerekende_kosten (positie 1) moet ten minste 0 zijn (ontvangen: -1)`],
  ])('bad input: %s', (_l, args, message) => {
    expect(excelError(F, ...(args as unknown[]))).toEqual({ code: '#VALUE!', message });
  });
  test('grex eval', () => {
    expect(evaluate('=GREX.KOSTENVERHAAL.ZONDERTIJDVAK({120000,80000},100000,{150000,60000})')).toEqual([[100000, 60000]]);
  });
});

describe('GREX.EINDAFREKENING (Ow 13.20: refund of the excess over 5%, never a surcharge)', () => {
  const F = 'GREX.EINDAFREKENING';
  const SRC = 'Ow 13.20, https://rechtspraakbestuursrecht.nl/artikel-13-20-ow-voorwaarden-eindafrekening/; hand';
  test.each([
    // betaald, herberekend, [rente, jaren], expected, derivation
    ['exactly 5% lower: no refund', [100000, 95000], 0], // 95.000 = 95% × 100.000, not "more than 5%"
    ['just above 5% lower (5,00001%)', [100000, 94999.99], 0.01], // 100.000 − 94.999,99 − 5.000 = 0,01
    ['just below 5% lower (4,99999%)', [100000, 95000.01], 0],
    ['10% lower', [100000, 90000], 5000], // 10.000 − 5.000
    ['10% lower with 3% over 2 years', [100000, 90000, 0.03, 2], 5304.5], // 5.000 × 1,0609
    ['nothing due any more, 4% over 5 years', [80000, 0, 0.04, 5], 92465.6205824], // 76.000 × 1,04^5 (Python decimal)
    ['odd amounts exactly at 5%', [123456.78, 117283.941], 0], // 0,95 × 123.456,78 = 117.283,941
    ['odd amounts a tenth of a cent past 5%', [123456.78, 117283.94], 0.001],
    ['recomputed higher: never a surcharge', [100000, 130000], 0],
  ])('%s', (name, args, expected) => {
    expectClose(num(F, ...(args as unknown[])), { name, source: SRC, expected, abs: 1e-9 });
  });
  test('the decimal core is exact at the boundary', () => {
    expect(finalSettlementRefund(100000, 95000).toString()).toBe('0');
    expect(finalSettlementRefund(100000, '94999.99').toString()).toBe('0.01');
  });
  test('invariant: never negative, zero unless more than 5% lower, never more than the amount paid back plus interest', () => {
    const r = rng(1320);
    for (let i = 0; i < 500; i++) {
      const b = between(r, 0, 1e6),
        h = between(r, 0, 1.2) * b;
      const x = num(F, b, h);
      expect(x).toBeGreaterThanOrEqual(0);
      if (h >= 0.95 * b) expect(x).toBe(0);
      expect(x).toBeLessThanOrEqual(Math.max(0, b - h));
    }
  });
  test.each([
    ['negative betaald', [-1, 0], `${F}: betaald moet ten minste 0 zijn (ontvangen: -1)`],
    ['negative rente', [100, 0, -0.01], `${F}: rente moet ten minste 0% zijn (ontvangen: -0,01)`],
    ['negative jaren', [100, 0, 0.02, -1], `${F}: jaren moet ten minste 0 zijn (ontvangen: -1)`],
  ])('bad input: %s', (_l, args, message) => {
    expect(excelError(F, ...(args as unknown[]))).toEqual({ code: '#VALUE!', message });
  });
  test('grex eval', () => {
    expect(evaluate('=GREX.EINDAFREKENING(100000,90000,0.03,2)')).toBeCloseTo(5304.5, 9);
    expect(evaluate('=GREX.EINDAFREKENING(100000,90000,,)')).toBe(5000);
  });
});

describe('GREX.FINANCIELEBIJDRAGE.MAX (Ow 13.23, joint cap with kostenverhaal)', () => {
  const F = 'GREX.FINANCIELEBIJDRAGE.MAX';
  test.each([
    ['tijdvak: O − IW − kostenverhaal', ['TIJDVAK', 1000000, 300000, 0, 500000], 200000],
    ['tijdvak without kostenverhaal', ['TIJDVAK', 1000000, 300000, 999999], 700000], // waardevermeerdering ignored
    ['zonder tijdvak: WV − kostenverhaal', ['ZONDERTIJDVAK', 0, 0, 150000, 100000], 50000],
    ['zonder tijdvak ignores O and IW', ['zondertijdvak', 5e6, 1, 150000], 150000],
    ['kostenverhaal already uses the cap', ['TIJDVAK', 1000000, 300000, 0, 700000], 0],
    ['kostenverhaal above the cap: 0, not negative', ['TIJDVAK', 1000000, 300000, 0, 900000], 0],
    ['inbrengwaarde above opbrengst', ['TIJDVAK', 100, 300, 0], 0],
  ])('%s', (_l, args, expected) => {
    expect(num(F, ...(args as unknown[]))).toBe(expected);
  });
  test('invariant with GREX.KOSTENVERHAAL: kostenverhaal + financiële bijdrage ≤ plafond of each location', () => {
    const rows = value('GREX.KOSTENVERHAAL', [1000000, 600000, 400000], [300000, 200000, 100000], 1000000) as number[][];
    const O = [1000000, 600000, 400000],
      IW = [300000, 200000, 100000];
    rows.forEach((r, i) => {
      const fb = num(F, 'TIJDVAK', O[i], IW[i], 0, r[2]);
      expect(r[2] + fb).toBeCloseTo(r[3], 6); // here exactly at the plafond
    });
  });
  test.each([
    ['unknown regime', ['MET', 1, 0, 0], `${F}: regime moet een van deze waarden zijn: "TIJDVAK", "ZONDERTIJDVAK" (ontvangen: "MET")`],
    ['missing regime', [null, 1, 0, 0], `${F}: regime is verplicht`],
    ['negative kostenverhaal', ['TIJDVAK', 1, 0, 0, -5], `${F}: kostenverhaal moet ten minste 0 zijn (ontvangen: -5)`],
  ])('bad input: %s', (_l, args, message) => {
    expect(excelError(F, ...(args as unknown[]))).toEqual({ code: '#VALUE!', message });
  });
  test('grex eval', () => {
    expect(evaluate('=GREX.FINANCIELEBIJDRAGE.MAX("ZONDERTIJDVAK",0,0,150000,100000)')).toBe(50000);
    expect(evaluate('=GREX.FINANCIELEBIJDRAGE.MAX("TIJDVAK",1000000,300000,0,)')).toBe(700000);
  });
});

describe('kostensoortenlijst as data (after the Bro list, [R])', () => {
  test('every item is tabel A or B, tagged R, with a unique id that is not an official item number', () => {
    const ids = KOSTENSOORTEN.map((k) => k.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const k of KOSTENSOORTEN) {
      expect(['A', 'B']).toContain(k.tabel);
      expect(k.tag).toBe('R');
      expect(k.id).not.toMatch(/^[AB]\d/);
      expect(k.omschrijving.length).toBeGreaterThan(3);
    }
    expect(KOSTENSOORTEN.some((k) => k.tabel === 'A')).toBe(true);
    expect(KOSTENSOORTEN.some((k) => k.tabel === 'B')).toBe(true);
  });
  test('the items of the Bro predecessor list are all there', () => {
    const text = KOSTENSOORTEN.map((k) => `${k.omschrijving} ${k.toelichting}`)
      .join(' ')
      .toLowerCase();
    for (const w of [
      'inbrengwaarde',
      'vrijmaken van rechten',
      'onderzoek',
      'sloop',
      'bodemsanering',
      'riolering',
      'nutsvoorzieningen',
      'bovenwijkse',
      'plankosten',
      'planschade',
      'rente',
    ]) {
      expect(text).toContain(w);
    }
  });
  test('the status says it is unverified and derived from the Bro', () => {
    expect(KOSTENSOORTEN_STATUS).toContain('[R]: niet geverifieerd, ontleend aan de Bro-systematiek');
  });
  test('without tijdvak only tabel A', () => {
    expect(kostensoortenVoor('ZONDERTIJDVAK').every((k) => k.tabel === 'A')).toBe(true);
    expect(kostensoortenVoor('TIJDVAK').length).toBe(KOSTENSOORTEN.length);
  });
  test('an input sheet: header plus one row per kostensoort', () => {
    const sheet = kostensoortenInvoerblad('ZONDERTIJDVAK');
    expect(sheet[0]).toEqual([...INVOERBLAD_KOLOMMEN]);
    expect(sheet.length).toBe(1 + kostensoortenVoor('ZONDERTIJDVAK').length);
    sheet.slice(1).forEach((row) => expect(row.length).toBe(INVOERBLAD_KOLOMMEN.length));
  });
  test('the inbrengwaarde is not a cost post on the input sheet (GREX.KOSTENVERHAAL takes it as inbrengwaarden)', () => {
    const sheet = kostensoortenInvoerblad('TIJDVAK');
    expect(sheet.map((r) => r[0])).not.toContain('inbreng');
    expect(sheet.length).toBe(1 + KOSTENSOORTEN.length - 1);
    expect(KOSTENSOORTEN.find((k) => k.id === 'inbreng')?.viaArgument).toBe('inbrengwaarden');
  });
});
