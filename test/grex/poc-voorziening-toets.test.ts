/**
 * GREX.POC, GREX.VERLIESVOORZIENING, GREX.RENTEPERCENTAGE and GREX.BBV.TOETS
 * (docs/methode/tijdwaarde-bbv.md#tussentijdse-winstneming-poc … #bbv-toets). Expected values are worked out
 * by hand beside each case.
 */
import { percentageOfCompletion, lossProvision, grexInterestRate, bbvToets, FINDING } from '../../src/core/grex';
import { expectClose, excelError, num, value } from '../helpers/cases';
import { rng, between } from '../helpers/random';

const row = (name: string, ...args: unknown[]) => (value(name, ...args) as number[][])[0];

describe('GREX.POC (percentage of completion)', () => {
  test('first year: POC = 40% × 25% = 10%; winst 10% × 200 = 20', () => {
    // Medemblik 2018 formula: percentage gerealiseerde kosten × percentage gerealiseerde inkomsten × verwacht resultaat
    const [poc, cum, jaar] = row('GREX.POC', 400, 1000, 300, 1200, 200);
    expectClose(poc, { name: 'POC', source: '400/1000 × 300/1200', expected: 0.1 });
    expectClose(cum, { name: 'cumulatieve winst', source: '0,1 × 200', expected: 20 });
    expectClose(jaar, { name: 'winst dit jaar', source: '20 − 0', expected: 20 });
  });
  test('second year with a terugname: the expected result falls to 50', () => {
    // POC = 600/1000 × 600/1200 = 0,3; cumulatief 0,3 × 50 = 15; already taken 20 → −5 (terugname)
    const [poc, cum, jaar] = row('GREX.POC', 600, 1000, 600, 1200, 50, 20);
    expectClose(poc, { name: 'POC', source: '0,6 × 0,5', expected: 0.3 });
    expectClose(cum, { name: 'cumulatieve winst', source: '0,3 × 50', expected: 15 });
    expectClose(jaar, { name: 'terugname', source: '15 − 20', expected: -5 });
  });
  test('the expected result turns into a loss: all profit taken before is reversed', () => {
    // verwacht resultaat −100 ≤ 0 → cumulatieve winst 0; winst dit jaar = 0 − 15 = −15
    expect(row('GREX.POC', 800, 1000, 900, 1200, -100, 15).slice(1)).toEqual([0, -15]);
  });
  test('POC with decimal inputs stays exact: 1/3 × 1/3 of 900 is 100', () => {
    // 100/300 × 400/1200 × 900 = 100 (decimal path; a float product would give 99.99999999999999)
    expectClose(row('GREX.POC', 100, 300, 400, 1200, 900)[1], { name: 'winst', source: '1/9 × 900', expected: 100, abs: 1e-12 });
  });
  describe('invariant: no profit when no revenue is realised or the result is ≤ 0', () => {
    const r = rng(7);
    const cases = Array.from({ length: 50 }, () => ({
      kt: Math.round(between(r, 1, 1e7)),
      ot: Math.round(between(r, 1, 1e7)),
      res: Math.round(between(r, -1e6, 1e6)),
      reeds: Math.round(between(r, 0, 1e5)),
    }));
    test.each(cases)('%j', ({ kt, ot, res, reeds }) => {
      const kr = Math.round(kt / 2);
      // no revenue realised
      const [p0, c0, j0] = row('GREX.POC', kr, kt, 0, ot, Math.abs(res) + 1, reeds);
      expect([p0, c0, j0]).toEqual([0, 0, -reeds]);
      // result ≤ 0
      const [, c1, j1] = row('GREX.POC', kr, kt, ot / 2, ot, -Math.abs(res), reeds);
      expect(c1).toBe(0);
      expect(j1).toBe(-reeds);
      // and with both positive the cumulative profit never exceeds the expected result
      const [p2, c2] = row('GREX.POC', kr, kt, ot / 2, ot, Math.abs(res) + 1);
      expect(p2).toBeGreaterThan(0);
      expect(p2).toBeLessThanOrEqual(1);
      expect(c2).toBeLessThanOrEqual(Math.abs(res) + 1);
    });
  });
  test('complete: POC = 1 and the whole result is taken', () => {
    expect(row('GREX.POC', 1000, 1000, 1200, 1200, 200, 150)).toEqual([1, 200, 50]);
  });
  test('bad input', () => {
    expect(excelError('GREX.POC', 1100, 1000, 0, 1200, 200)).toEqual({
      code: '#VALUE!',
      message: 'GREX.POC: gerealiseerde_kosten mag niet groter zijn dan totale_kosten (1000) (ontvangen: 1100)',
    });
    expect(excelError('GREX.POC', 100, 1000, 1300.5, 1200, 200).message).toBe(
      'GREX.POC: gerealiseerde_opbrengsten mag niet groter zijn dan totale_opbrengsten (1200) (ontvangen: 1300,5)',
    );
    expect(excelError('GREX.POC', 0, 0, 0, 1200, 200).message).toBe('GREX.POC: totale_kosten moet groter zijn dan 0 (ontvangen: 0)');
    expect(excelError('GREX.POC', 10, 100, 10, 100, 200, -1).message).toBe('GREX.POC: reeds_genomen_winst moet ten minste 0 zijn (ontvangen: -1)');
    expect(() =>
      percentageOfCompletion({ gerealiseerdeKosten: 1, totaleKosten: 1, gerealiseerdeOpbrengsten: 0, totaleOpbrengsten: 0, verwachtResultaat: 1 }),
    ).toThrow(/totale_opbrengsten moet groter zijn dan 0/);
  });
});

describe('GREX.VERLIESVOORZIENING (max(0, −resultaat) on the basis passed)', () => {
  test.each([
    [-250000, 250000],
    [-0.01, 0.01],
    [0, 0],
    [1e6, 0],
  ])('resultaat %d → voorziening %d', (res, v) => {
    expect(num('GREX.VERLIESVOORZIENING', res)).toBe(v);
  });
  test('the full NCW loss of GREX.RESULTAAT', () => {
    // begin 1.000, kosten 500, opbrengsten 0 → eindwaarde −1.500 − 3% × 1.000 = −1.530; NCW = −1.530/1,02 = −1.500
    const [, , ncw] = row('GREX.RESULTAAT', 1000, [[500]], [[0]], 0.03, 0.02, 2025);
    expectClose(ncw, { name: 'NCW', source: '−1.530 / 1,02', expected: -1500 });
    expectClose(num('GREX.VERLIESVOORZIENING', ncw), { name: 'voorziening', source: 'max(0, 1.500)', expected: 1500 });
    expect(lossProvision(-0).isNegative()).toBe(false);
  });
  test('text is refused', () => {
    expect(excelError('GREX.VERLIESVOORZIENING', 'verlies').message).toBe('GREX.VERLIESVOORZIENING: resultaat moet een getal zijn (ontvangen: "verlies")');
  });
});

describe('GREX.RENTEPERCENTAGE (interest over vreemd vermogen only)', () => {
  test('r × VV / (VV + EV)', () => {
    // 2,5% × 75 / (75 + 25) = 1,875%
    expectClose(num('GREX.RENTEPERCENTAGE', 0.025, 75e6, 25e6), { name: 'rente', source: '0,025 × 0,75', expected: 0.01875 });
    expect(grexInterestRate('0.03', 1, 2).toString()).toBe('0.01');
  });
  test('no vreemd vermogen: no interest', () => {
    expect(num('GREX.RENTEPERCENTAGE', 0.03, 0, 1e6)).toBe(0);
  });
  test('only vreemd vermogen: the full average rate', () => {
    expect(num('GREX.RENTEPERCENTAGE', 0.0219, 5e6, 0)).toBe(0.0219);
  });
  test('bad input', () => {
    expect(excelError('GREX.RENTEPERCENTAGE', 0.03, 0, 0).message).toBe(
      'GREX.RENTEPERCENTAGE: vreemd_vermogen en eigen_vermogen zijn samen 0: het totale vermogen moet groter zijn dan 0 (ontvangen: 0)',
    );
    expect(excelError('GREX.RENTEPERCENTAGE', 0.03, -1, 10).message).toBe('GREX.RENTEPERCENTAGE: vreemd_vermogen moet ten minste 0 zijn (ontvangen: -1)');
  });
});

describe('GREX.BBV.TOETS', () => {
  const lines = (...args: unknown[]) => (value('GREX.BBV.TOETS', ...args) as string[][]).map((r) => r[0]);
  test('no findings: an empty cell', () => {
    expect(value('GREX.BBV.TOETS', 2025, 2034, 0.02, 0.025)).toEqual([['']]);
    expect(bbvToets({ startjaar: 2025, eindjaar: 2034, disconteringsvoet: 0.02, rente: 0.025, vreemdVermogen: 1e6, opbrengstenindexNa10Jaar: true })).toEqual(
      [],
    );
  });
  test('looptijd 11 years without motivering; with a motivering none', () => {
    expect(lines(2025, 2035, 0.02, 0.02)).toEqual([FINDING.looptijd(2025, 2035, 11)]);
    expect(lines(2025, 2035, 0.02, 0.02)[0]).toMatch(/^Looptijd 2025–2035 is 11 jaar \(meer dan 10\).*'s-Hertogenbosch begroting 2018 \[V-ind\]\.$/);
    expect(value('GREX.BBV.TOETS', 2025, 2035, 0.02, 0.02, 'Afnamecontracten; opbrengsten na 2034 niet geïndexeerd')).toEqual([['']]);
    expect(lines(2025, 2035, 0.02, 0.02, '   ')).toHaveLength(1); // blank text is no motivering
  });
  test('disconteringsvoet other than 2%', () => {
    expect(lines(2025, 2030, 0.025, 0.02)).toEqual([
      'Disconteringsvoet is 2,5%, niet 2%. Regel: de NCW is de eindwaarde verdisconteerd met de ' +
        'ECB-inflatiedoelstelling van 2%, niet met de gemeentelijke rente; een andere voet moet worden toegelicht. ' +
        'Bron: Commissie BBV, notitie Grondbeleid 2023, volgens Scobe (2024) en Gorinchem jaarstukken 2022 [V-ind].',
    ]);
    expect(lines(2025, 2030, 0.0092, 0.0092)[0]).toMatch(/^Disconteringsvoet is 0,92%/);
    expect(lines(2025, 2030, 0.020000001, 0.02)).toHaveLength(1);
  });
  test('interest while vreemd vermogen is 0 (only when given)', () => {
    expect(lines(2025, 2030, 0.02, 0.015, null, 0)).toEqual([FINDING.renteZonderVreemdVermogen('1,5%')]);
    expect(lines(2025, 2030, 0.02, 0.015, null, 0)[0]).toMatch(/Koggenland begroting 2020.*\[V-ind\]\.$/);
    expect(value('GREX.BBV.TOETS', 2025, 2030, 0.02, 0.015, null, 1e6)).toEqual([['']]);
    expect(value('GREX.BBV.TOETS', 2025, 2030, 0.02, 0, null, 0)).toEqual([['']]);
  });
  test('revenue indexation after year 10 on a long looptijd', () => {
    expect(lines(2025, 2040, 0.02, 0.02, 'motivering', null, true)).toEqual([FINDING.opbrengstenindex(16)]);
    expect(value('GREX.BBV.TOETS', 2025, 2040, 0.02, 0.02, 'motivering', null, false)).toEqual([['']]);
    expect(value('GREX.BBV.TOETS', 2025, 2034, 0.02, 0.02, null, null, true)).toEqual([['']]); // 10 years: not long
  });
  test('all four at once, one line each, in the documented order', () => {
    const out = lines(2025, 2040, 0.04, 0.02, '', 0, true);
    expect(out).toHaveLength(4);
    expect(out.map((l) => l.slice(0, 12))).toEqual(['Looptijd 202', 'Discontering', 'Er wordt 2% ', 'De opbrengst']);
    out.forEach((l) => expect(l).toMatch(/Regel: .* Bron: .*\[(V|V-ind)\]\.$/));
  });
  test('a negative looptijd is bad input', () => {
    expect(excelError('GREX.BBV.TOETS', 2025, 2020, 0.02, 0.02)).toEqual({
      code: '#VALUE!',
      message: 'GREX.BBV.TOETS: eindjaar moet ten minste gelijk zijn aan startjaar (2025): de looptijd kan niet negatief zijn (ontvangen: 2020)',
    });
    expect(excelError('GREX.BBV.TOETS', 2025, 2030, 0.02, 0.02, null, -5).message).toBe(
      'GREX.BBV.TOETS: vreemd_vermogen moet ten minste 0 zijn (ontvangen: -5)',
    );
    expect(excelError('GREX.BBV.TOETS', 2025, 2030.5, 0.02, 0.02).message).toMatch(/^GREX.BBV.TOETS: eindjaar moet een jaartal zijn/);
  });
});

test('the tags the BBV.TOETS findings print are the source catalogue’s', async () => {
  const { FINDING_SOURCE_TAGS } = await import('../../src/core/grex/messages');
  const { sourceOf } = await import('../../src/core/sources');
  for (const [id, tag] of Object.entries(FINDING_SOURCE_TAGS)) expect([id, tag]).toEqual([id, sourceOf(id as Parameters<typeof sourceOf>[0]).tag]);
});
