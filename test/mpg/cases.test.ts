/**
 * Worked cases for the MPG functions, transcribed from published MPG tables
 * (source beside each), plus bad input with its Dutch message.
 */
import { expectClose, excelError, value } from '../helpers/cases';
import { verschilanalyse, weerstandsratio, type Vintage } from '../../src/core/mpg';
import { IndexCurve, YearlySeries } from '../../src/core';

const ALMERE_BUITEN = 'Almere MPGA 2024, Centrum Almere Buiten, https://almerempga2024.bestuursrapportage.nl/p44325/verschillenanalyse (read 2026-12-01)';
const ALMERE_VAART = 'Almere MPGA 2024, 803 De Vaart 4-6, https://almerempga2024.bestuursrapportage.nl/p44296/verschillenanalyse (read 2026-12-01)';
const DALFSEN = 'Dalfsen jaarverslag 2019, actualiteit grondexploitaties, https://dalfsen.jaarverslag-2019.nl/p5169/actualiteit-grondexploitaties';

describe('published per-complex figures: EW = opbrengsten − kosten + faseringsinvloeden', () => {
  // [complex, vintage, totale kosten, totale opbrengsten, faseringsinvloeden, EW, NCW, peiljaar, einddatum]
  const rows: [string, string, number, number, number, number, number, number, number, string][] = [
    ['Centrum Almere Buiten', 'MPGA 2024', 39_670_139, 38_243_725, -186_899, -1_613_313, -1_490_452, 2024, 2027, ALMERE_BUITEN],
    ['Centrum Almere Buiten', 'MPGA 2023', 39_345_063, 38_179_731, -100_846, -1_266_179, -1_193_149, 2023, 2025, ALMERE_BUITEN],
    ['De Vaart 4-6', 'MPGA 2024', 55_682_302, 67_569_768, 449_369, 12_336_835, 10_322_912, 2024, 2032, ALMERE_VAART],
    ['De Vaart 4-6', 'MPGA 2023', 51_894_691, 65_915_538, 942_172, 14_963_019, 12_770_793, 2023, 2030, ALMERE_VAART],
  ];
  test.each(rows)('%s %s', (name, vintage, k, o, f, ew, ncw, peil, eind, source) => {
    expectClose(o - k + f, { name: `${name} ${vintage}: EW identity`, source, expected: ew, abs: 3 });
    // NCW = EW / 1,02^(einddatum − peiljaar + 1), as GREX.RESULTAAT discounts
    expectClose(ew / 1.02 ** (eind - peil + 1), { name: `${name} ${vintage}: NCW from EW`, source, expected: ncw, abs: 10 });
  });
  test('the published differences are resultaateffecten: kosten oud − nieuw, the rest nieuw − oud, and they add up to ΔEW', () => {
    const [n, o] = [rows[0], rows[1]];
    expect(o[2] - n[2]).toBe(-325_076); // published "verschil" totale kosten
    expect(n[3] - o[3]).toBe(63_994);
    expect(n[4] - o[4]).toBe(-86_053);
    expectClose(o[2] - n[2] + (n[3] - o[3]) + (n[4] - o[4]), { name: 'ΔEW from the differences', source: ALMERE_BUITEN, expected: -347_134, abs: 3 });
  });
  test('Dalfsen: resultaat op eindwaarde C = opbrengsten E + rente F − boekwaarde A − nog te maken kosten D', () => {
    // Grift III 2019 and Oosterdalfsen 2019/2020 (x € 1); the page prints the formula with inverted signs
    for (const [a, d, e, f, c] of [
      [5_873_000, 1_469_000, 8_593_000, -41_000, 1_210_000],
      [2_911_000, 4_136_000, 8_149_000, -14_000, 1_088_000],
      [1_674_000, 2_833_000, 5_530_000, 47_000, 1_070_000],
    ]) {
      expectClose(e - (a + d) + f, { name: 'Dalfsen C', source: DALFSEN, expected: c, abs: 1000 });
    }
  });
});

/** A one-complex model for the restatement case. */
function model(start: number, bw: number, kosten: number[], opbrengsten: number[]): Vintage {
  return {
    beginboekwaarde: bw,
    kosten: YearlySeries.ofNumbers(start, kosten),
    opbrengsten: YearlySeries.ofNumbers(start, opbrengsten),
    rente: 0.025,
    kostenindex: IndexCurve.scalar(0.02),
    opbrengstenindex: IndexCurve.scalar(0.015),
    prijspeiljaar: 2023,
    disconteringsvoet: 0.02,
  };
}

describe('restatement of the old result to the new peildatum (× (1 + d))', () => {
  test('the old vintage with only the peildatum moved one year on is its NCW × 1,02, as Almere restates it', () => {
    // Almere MPGA 2023: last year's result × 1,02 "om het op p.p. 1-1-2023 te brengen"
    // (https://almerempga2023.bestuursrapportage.nl/p38221/verschilanalyse). Published pair: Centrum Almere Buiten
    // 2023 NCW −1.193.149 × 1,02 = −1.217.012 = EW 2023 / 1,02^2 (the same EW seen from 1-1-2024).
    expectClose(-1_193_149 * 1.02, { name: 'Almere restated', source: ALMERE_BUITEN, expected: -1_266_179 / 1.02 ** 2, abs: 2 });
    const oud = model(2023, 2_000_000, [500_000, 800_000, 300_000], [0, 1_500_000, 2_500_000]);
    const nieuw = model(2024, 2_600_000, [850_000, 300_000], [1_400_000, 2_600_000]);
    const r = verschilanalyse(oud, nieuw, 'NCW');
    expect(r.herrekendOud.toNumber()).toBeCloseTo(r.oud.times(1.02).toNumber(), 8);
    // the effects still add up to the whole change
    const sum = r.effects.reduce((s, x) => s.plus(x), r.effects[0].minus(r.effects[0]));
    expect(sum.minus(r.totaal).abs().toNumber()).toBeLessThan(1e-12);
  });
  test('two years on: × 1,02²; on EW basis the peildatum alone changes nothing', () => {
    const oud = model(2023, 1_000_000, [200_000, 0, 0, 0], [0, 0, 0, 2_000_000]);
    const nieuw = model(2025, 1_500_000, [0, 2_100_000], [0, 0]);
    expect(verschilanalyse(oud, nieuw, 'NCW').herrekendOud.toNumber()).toBeCloseTo(verschilanalyse(oud, nieuw, 'NCW').oud.times(1.0404).toNumber(), 8);
    const ew = verschilanalyse(oud, nieuw, 'EW');
    expect(ew.herrekendOud.eq(ew.oud)).toBe(true);
  });
});

describe('GREX.VERSCHILANALYSE worked by hand', () => {
  const P = [
    ['startjaar', 2025],
    ['rente', 0.02],
  ];
  test('only costs up: the whole change is Kosten (volume)', () => {
    const r = value('VERSCHILANALYSE', [[0, 1000]], [[0, 1200]], P, [[0, 1100]], [[0, 1200]], P, 'NOMINAAL') as [string, number][];
    expect(r.map((x) => x[0])).toEqual([
      'Peildatum en prijspeil',
      'Rente',
      'Disconteringsvoet',
      'Kostenindex',
      'Opbrengstenindex',
      'Fasering',
      'Kosten (volume)',
      'Opbrengsten (volume)',
      'Beginboekwaarde',
      'Totaal',
    ]);
    expect(r[6][1]).toBe(-100);
    expect(r[9][1]).toBe(-100);
  });
  test('rente and a one-year delay together: the interaction is split equally (hand derivation of the four coalitions)', () => {
    // oud: boekwaarde 1000 on 1-1-2025, revenue 1000 at the end of 2025, years 2025–2026, rente 0.
    // nieuw: the same revenue a year later (2026) and rente 10%. Only the groups rente and fasering differ.
    const po = [
      ['startjaar', 2025],
      ['rente', 0],
      ['beginboekwaarde', 1000],
    ];
    const pn = [
      ['startjaar', 2025],
      ['rente', 0.1],
      ['beginboekwaarde', 1000],
    ];
    const r = value('VERSCHILANALYSE', [[0, 0]], [[1000, 0]], po, [[0, 0]], [[0, 1000]], pn, 'EW') as [string, number][];
    // v(∅) = 0; v(rente) = −110 (2025: 1000 + 100 rente − 1000 = 100; 2026: 100 + 10 = 110);
    // v(fasering) = 0 (no rente); v(both) = −(1000 × 1,1 × 1,1 − 1000) = −210.
    // Shapley: rente = ½(−110 − 0) + ½(−210 − 0) = −160; fasering = ½(0 − 0) + ½(−210 + 110) = −50.
    expect(r[1][1]).toBeCloseTo(-160, 9);
    expect(r[5][1]).toBeCloseTo(-50, 9);
    expect(r[9][1]).toBeCloseTo(-210, 9);
  });
  test('TOTALEN: the published layout with its identity', () => {
    const t = value('VERSCHILANALYSE.TOTALEN', [[0, 1000]], [[0, 1200]], P, [[0, 1100]], [[0, 1200]], P) as [string, number, number, number][];
    expect(t.map((x) => x[0])).toEqual(['Totale kosten', 'Totale opbrengsten', 'Faseringsinvloeden', 'Eindwaarde', 'NCW']);
    expect(t[0]).toEqual(['Totale kosten', 1000, 1100, -100]);
    for (const i of [1, 2] as const) expect(t[3][i]).toBeCloseTo(t[1][i] - t[0][i] + t[2][i], 9);
    expect(t[3][3]).toBeCloseTo(t[0][3] + t[1][3] + t[2][3], 9);
  });
  test('bad input: an unknown parameter name names what was probably meant', () => {
    const e = excelError(
      'VERSCHILANALYSE',
      [[1, 2]],
      [[3, 4]],
      [
        ['rente', 0.02],
        ['disconteringvoet', 0.02],
      ],
      [[1, 2]],
      [[3, 4]],
      [['rente', 0.02]],
    );
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toMatch(/parameters_oud rij 2: onbekende naam "disconteringvoet"; bedoelt u "disconteringsvoet"\?/);
  });
  test('bad input: a value is checked as the parameter itself, prefixed by the record', () => {
    expect(excelError('VERSCHILANALYSE', [[1, 2]], [[3, 4]], [['rente', -2]], [[1, 2]], [[3, 4]], [['rente', 0.02]]).message).toMatch(
      /parameters_oud: rente moet groter zijn dan -100%/,
    );
    expect(excelError('VERSCHILANALYSE', [[1, 2]], [[3, 4]], [['startjaar', 2025]], [[1, 2]], [[3, 4]], [['rente', 0.02]]).message).toMatch(
      /parameters_oud: rente is verplicht/,
    );
    expect(
      excelError(
        'VERSCHILANALYSE',
        [[1, 2]],
        [[3, 4]],
        [
          ['rente', 0.02],
          ['Rente', 0.03],
        ],
        [[1, 2]],
        [[3, 4]],
        [['rente', 0.02]],
      ).message,
    ).toMatch(/"rente" staat er twee keer in/);
    expect(excelError('VERSCHILANALYSE', [[1, 2]], [[3, 4, 5]], [['rente', 0.02]], [[1, 2]], [[3, 4]], [['rente', 0.02]]).message).toMatch(
      /opbrengsten_oud moet even lang zijn als kosten_oud/,
    );
  });
});

describe('GREX.WEERSTANDSRATIO', () => {
  const row = (...a: unknown[]) => (value('WEERSTANDSRATIO', ...a) as unknown[][])[0];
  test.each([
    [14_545, 5_000, 2.909, 'A', 'uitstekend', 'Buren begroting 2025 (published 2,91), https://buren.begroting-2025.nl/p18194/weerstandsratio'],
    [
      46_800,
      20_820,
      46_800 / 20_820,
      'A',
      'uitstekend',
      'Weert jaarstukken 2018 (published 2,25), https://weert.jaarverslag-2018.nl/p16639/confrontatie-risicos-met-beschikbaar-weerstandsvermogen',
    ],
    [
      28_231,
      24_045,
      28_231 / 24_045,
      'C',
      'voldoende',
      'Medemblik jaarverslag 2020 (published 1,2), https://medemblik.jaarverslag-2020.nl/p5140/weerstandsvermogen',
    ],
    [
      45_350_000,
      9_050_000,
      45_350_000 / 9_050_000,
      'A',
      'uitstekend',
      'Someren begroting 2018 (published 5,0), http://someren.begroting-2018.nl/p5406/weerstandsvermogen',
    ],
  ])('%d / %d', (b, n, ratio, klasse, waardering, source) => {
    const r = row(b, n);
    expectClose(r[0] as number, { name: 'ratio', source, expected: ratio });
    expect(r.slice(1)).toEqual([klasse, waardering]);
  });
  test('boundaries belong to the higher class, on the exact quotient', () => {
    const cls = (b: number, n: number) => row(b, n)[1];
    expect([cls(2, 1), cls(1.4, 1), cls(1, 1), cls(0.8, 1), cls(0.6, 1), cls(0.59, 1)]).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect([cls(1999999, 1000000), cls(139999, 100000)]).toEqual(['B', 'C']);
    // 0,7 / 0,5 = 1,4 exactly in decimals (1,3999999999999999 in floating point)
    expect(cls(0.7, 0.5)).toBe('B');
    expect(weerstandsratio(0.7, 0.5).ratio.toString()).toBe('1.4');
    expect(cls(-5, 1)).toBe('F');
  });
  test('benodigd 0 is a clear message, not a division by zero', () => {
    const e = excelError('WEERSTANDSRATIO', 100, 0);
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toMatch(/benodigd is 0: zonder benodigde weerstandscapaciteit/);
    expect(excelError('WEERSTANDSRATIO', 100, -1).message).toMatch(/benodigd moet ten minste 0 zijn/);
  });
});

describe('GREX.RISICO.PORTEFEUILLE', () => {
  const table = (...a: unknown[]) => value('RISICO.PORTEFEUILLE', ...a) as (string | number)[][];
  test('the grondbedrijf amount is computed over all risks at once, not summed', () => {
    // two complexes, one risk of 100.000 at 7% each: alone 0 at 90% (93% no loss), together 100.000 (86,49% no loss)
    const t = table([['Noord'], ['Zuid']], [[100_000], [100_000]], [0.07, 0.07], 0.9);
    expect(t.map((r) => r[0])).toEqual(['Noord', 'Zuid', 'Som per complex', 'Grondbedrijf (samen)', 'Spreidingsvoordeel']);
    expect([t[0][1], t[1][1], t[2][1], t[3][1], t[4][1]]).toEqual([0, 0, 0, 100_000, -100_000]);
  });
  test('the grondbedrijf equals GREX.RISICO.WEERSTAND over the whole register, and complexes equal their own registers', () => {
    const g = [[50_000], [80_000], [20_000], [120_000]];
    const k = [0.5, 0.3, 0.9, 0.2];
    const t = table([['A'], ['B'], ['A'], ['C']], g, k, 0.9, 20_000, 7, 150_000);
    const all = (value('RISICO.WEERSTAND', g, k, 0.9, 20_000, 7, 150_000) as number[][])[0];
    expect(t[4]).toEqual(['Grondbedrijf (samen)', all[0], all[1]]);
    expect(t[6]).toEqual(['Kans op overschrijding', all[2], '']);
    const a = (value('RISICO.WEERSTAND', [[50_000], [20_000]], [0.5, 0.9], 0.9, 20_000, 7) as number[][])[0];
    expect(t[0]).toEqual(['A', a[0], a[1]]);
    expect(t[3][1]).toBe((t[0][1] as number) + (t[1][1] as number) + (t[2][1] as number));
    // many independent complexes: the joint amount is below the sum
    const n = 12;
    const big = table(
      Array.from({ length: n }, (_, i) => [`C${i}`]),
      Array.from({ length: n }, () => [[100_000, 200_000, 400_000]]).map((r) => r[0]),
      Array.from({ length: n }, () => 0.3),
    );
    expect(big[n + 1][1] as number).toBeLessThan(big[n][1] as number);
  });
  test('bad input: complex names must match the register', () => {
    expect(excelError('RISICO.PORTEFEUILLE', [['A']], [[1], [2]], [0.5, 0.5]).message).toMatch(/complexen moet één naam per risico hebben/);
  });
});
