/**
 * Residual land value (docs/methode/grondwaarde.md).
 * Published cases carry their URL; own cases were computed independently with
 * Python's decimal module (40 digits) from the written formula, not from our code:
 *
 *   V = 363.000 / 1,21 = 300.000;  S = 150.000 × 1,2 = 180.000;  O = 5.000;  ak = 3%, wr = 5%
 *   RGW = (V − S − O − F) / (1 + a),  F = Σ pct × (V for VON, S otherwise),  a = Σ pct with INCLGROND
 */
import { GrexError } from '../../src/core';
import { residualLandValue, type Grondslag } from '../../src/core/grondwaarde';
import { evaluate } from '../../src/cli/evaluate';
import { expectClose, num, excelError } from '../helpers/cases';

const F = 'GREX.RESIDUELEGRONDWAARDE';

describe('published examples', () => {
  const DE_MARNE = 'Gemeente De Marne (2009), https://5dok.net/article/methoden-voor-het-bepalen-van-grondprijzen.zpn63x34';

  test('De Marne 2009: €75.000 for the land within ±1%, €94/m² to the euro', () => {
    // VON €239.000 incl. 19% BTW; 450 m³ × €225 = 101.250; bijkomende kosten incl. winst 24%; AK = W&R = 0 (in the 24%).
    // Unrounded: 239.000/1,19 − 101.250 × 1,24 = 200.840,34 − 125.550 = 75.290,34 (published, rounded: 75.000).
    const rgw = num(F, 239000, 0.19, 450 * 225, 0.24, 0, 0);
    expectClose(rgw, { name: 'De Marne RGW', source: DE_MARNE, expected: 75000, rel: 0.01 });
    expect(Math.round(rgw / 800)).toBe(94); // published residuele grondprijs €94/m² (kavel 800 m²)
  });

  test('De Marne 2009: the published intermediate figures within ±1%', () => {
    const b = residualLandValue({ vonInclBtw: 239000, btw: 0.19, bouwkosten: 450 * 225, bijkomendePct: 0.24, akPct: 0, wrPct: 0 });
    expectClose(b.vonExclBtw.toNumber(), { name: 'VON excl. BTW', source: DE_MARNE + ' (published 201.500)', expected: 201500, rel: 0.01 });
    expectClose(b.bouwkosten.toNumber(), { name: 'bouwkosten', source: DE_MARNE + ' (published 101.000)', expected: 101000, rel: 0.01 });
    expectClose(b.stichtingskosten.toNumber(), { name: 'totale bouwkosten', source: DE_MARNE + ' (published 126.000)', expected: 126000, rel: 0.01 });
  });

  test.each([
    // Both subtract costs from a sales price without stating the BTW treatment: reproduced with btw = 0 and no
    // bijkomende kosten, AK or W&R (the costs are the whole of their "kosten").
    ['vastgoedplan.nl: 400.000 − 215.000', 400000, 215000, 185000, 350, 529, 'https://www.vastgoedplan.nl/residuele-grondwaarde-berekenen'],
    ['amsterplan.nl: 325.000 − 170.000', 325000, 170000, 155000, 250, 620, 'https://amsterplan.nl/residuele-grondwaarde/'],
  ])('%s', (name, price, costs, expected, m2, perM2, url) => {
    const rgw = num(F, price, 0, costs, 0, 0, 0);
    expectClose(rgw, { name, source: url, expected });
    expect(Math.round(rgw / m2)).toBe(perM2);
  });
});

describe('own cases for each grondslag', () => {
  // Python decimal, 40 digits (see header): V = 300.000, S = 180.000, O = 5.000.
  test.each([
    ['VON', 'VON', 91000], // 300.000 − 180.000 − 5.000 − 0,08 × 300.000
    ['STICHTINGSKOSTEN', 'STICHTINGSKOSTEN', 100600], // 115.000 − 0,08 × 180.000
    ['INCLGROND', 'INCLGROND', 93148.14814814814814814814814814814814815], // (115.000 − 14.400) / 1,08
    ['INCLGROND', 'VON', 91844.66019417475728155339805825242718447], // (115.000 − 5.400 − 15.000) / 1,03
    ['STICHTINGSKOSTEN', 'INCLGROND', 95809.52380952380952380952380952380952381], // (115.000 − 5.400 − 9.000) / 1,05
    ['VON', 'STICHTINGSKOSTEN', 97000], // 115.000 − 9.000 − 9.000
  ] as const)('ak over %s, wr over %s', (gAk, gWr, expected) => {
    const rgw = num(F, 363000, 0.21, 150000, 0.2, 0.03, 0.05, gAk, gWr, 5000);
    expectClose(rgw, { name: `RGW ${gAk}/${gWr}`, source: 'hand: closed form, Python decimal', expected });
  });

  const combos: [Grondslag, Grondslag][] = [];
  for (const a of ['VON', 'STICHTINGSKOSTEN', 'INCLGROND'] as const) for (const b of ['VON', 'STICHTINGSKOSTEN', 'INCLGROND'] as const) combos.push([a, b]);

  test.each(combos)('substituting the solution back satisfies the residual equation (ak %s, wr %s)', (gAk, gWr) => {
    // The equation written independently of the core: RGW = V − S − O − ak × g_ak(RGW) − wr × g_wr(RGW).
    const V = 420000 / 1.21,
      S = 210000 * 1.17,
      O = 12500,
      ak = 0.04,
      wr = 0.08;
    const rgw = num(F, 420000, 0.21, 210000, 0.17, ak, wr, gAk, gWr, O);
    const g = (k: Grondslag) => (k === 'VON' ? V : k === 'STICHTINGSKOSTEN' ? S : S + rgw);
    const rhs = V - S - O - ak * g(gAk) - wr * g(gWr);
    expect(Math.abs(rhs - rgw)).toBeLessThan(1e-8);
  });

  test('the breakdown reports AK and W&R over the solved base', () => {
    const b = residualLandValue({
      vonInclBtw: 363000,
      btw: 0.21,
      bouwkosten: 150000,
      bijkomendePct: 0.2,
      akPct: 0.03,
      wrPct: 0.05,
      akGrondslag: 'INCLGROND',
      wrGrondslag: 'INCLGROND',
      overigeKosten: 5000,
    });
    const r = b.residueleGrondwaarde;
    // RGW + AK + W&R + S + O = V exactly (to the 30th digit)
    expect(r.plus(b.algemeneKosten).plus(b.winstRisico).plus(b.stichtingskosten).plus(b.overigeKosten).minus(b.vonExclBtw).abs().toNumber()).toBeLessThan(
      1e-25,
    );
    expect(b.algemeneKosten.minus(r.plus(180000).times(0.03)).abs().toNumber()).toBeLessThan(1e-25);
  });
});

describe('invariants', () => {
  test('with AK = W&R = 0 the grondslag does not matter', () => {
    const base = num(F, 350000, 0.21, 160000, 0.2, 0, 0, 'VON', 'VON', 1000);
    for (const g of ['STICHTINGSKOSTEN', 'INCLGROND']) expect(num(F, 350000, 0.21, 160000, 0.2, 0, 0, g, g, 1000)).toBeCloseTo(base, 9);
  });
  test('a positive land value is lower with INCLGROND than with STICHTINGSKOSTEN (its base is larger)', () => {
    const s = num(F, 363000, 0.21, 150000, 0.2, 0.03, 0.05, 'STICHTINGSKOSTEN', 'STICHTINGSKOSTEN');
    const i = num(F, 363000, 0.21, 150000, 0.2, 0.03, 0.05, 'INCLGROND', 'INCLGROND');
    expect(s).toBeGreaterThan(0);
    expect(i).toBeLessThan(s);
  });
  test('higher building costs give a lower land value; a loss-making plan gives a negative value', () => {
    const lo = num(F, 363000, 0.21, 150000, 0.2, 0.03, 0.05);
    const hi = num(F, 363000, 0.21, 250000, 0.2, 0.03, 0.05);
    expect(hi).toBeLessThan(lo);
    expect(num(F, 363000, 0.21, 300000, 0.2, 0.03, 0.05, 'INCLGROND', 'INCLGROND')).toBeLessThan(0);
  });
});

describe('bad input: Dutch #VALUE! naming the parameter', () => {
  test.each([
    ['BTW typed as 121', [239000, 121, 101250, 0.24, 0, 0], `${F}: btw mag hoogstens 100% zijn (ontvangen: 121)`],
    ['negative BTW', [239000, -0.21, 101250, 0.24, 0, 0], `${F}: btw moet ten minste 0% zijn (ontvangen: -0,21)`],
    [
      'unknown grondslag',
      [239000, 0.19, 101250, 0.24, 0.03, 0.05, 'GROND'],
      `${F}: ak_grondslag moet een van deze waarden zijn: "VON", "STICHTINGSKOSTEN", "INCLGROND" (ontvangen: "GROND")`,
    ],
    [
      'unknown wr grondslag',
      [239000, 0.19, 101250, 0.24, 0.03, 0.05, 'VON', 'omzet'],
      `${F}: wr_grondslag moet een van deze waarden zijn: "VON", "STICHTINGSKOSTEN", "INCLGROND" (ontvangen: "omzet")`,
    ],
    ['VON of 0', [0, 0.21, 101250, 0.24, 0, 0], `${F}: von_incl_btw moet groter zijn dan 0 (ontvangen: 0)`],
    [
      'bijkomende kosten as 24 instead of 0,24',
      [239000, 0.19, 101250, 24, 0, 0],
      `${F}: bijkomende_kosten_pct 2400% is niet aannemelijk; bedoelt u 24%? Typ 24% of 0,24 (ontvangen: 24)`,
    ],
    ['negative bouwkosten', [239000, 0.19, -1, 0.24, 0, 0], `${F}: bouwkosten moet ten minste 0 zijn (ontvangen: -1)`],
    ['missing ak_pct', [239000, 0.19, 101250, 0.24, null, 0], `${F}: ak_pct is verplicht`],
  ])('%s', (_label, args, message) => {
    const e = excelError(F, ...(args as unknown[]));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toBe(message);
  });

  test('the grondslag is case-insensitive', () => {
    expect(num(F, 363000, 0.21, 150000, 0.2, 0.03, 0.05, ' inclgrond ', 'Inclgrond', 5000)).toBeCloseTo(93148.14814814815, 6);
  });

  test('the core refuses an unknown grondslag with the parameter name', () => {
    expect(() => residualLandValue({ vonInclBtw: 1, btw: 0, bouwkosten: 0, bijkomendePct: 0, akPct: 0, wrPct: 0, wrGrondslag: 'X' as Grondslag })).toThrow(
      GrexError,
    );
    expect(() => residualLandValue({ vonInclBtw: 1, btw: 0, bouwkosten: 0, bijkomendePct: 0, akPct: 0, wrPct: 0, wrGrondslag: 'X' as Grondslag })).toThrow(
      /^wr_grondslag moet een van/,
    );
  });
});

describe('grex eval', () => {
  test('runs RESIDUELEGRONDWAARDE with omitted arguments', () => {
    // 363.000/1,21 − 180.000 − 0,03 × 300.000 − 0,05 × 180.000 − 5.000 = 300.000 − 180.000 − 9.000 − 9.000 − 5.000 = 97.000
    expect(evaluate('=GREX.RESIDUELEGRONDWAARDE(363000,0.21,150000,0.2,0.03,0.05,,"STICHTINGSKOSTEN",5000)')).toBeCloseTo(97000, 9);
  });
});
