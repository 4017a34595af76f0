/**
 * GREX.ERFPACHT.AFKOOPSOM, .NCW and .VERGELIJK (docs/methode/erfpacht.md#formules).
 * Hand cases: Python's decimal module (40 digits) evaluating the written formula
 *   factor(k, g, n) = [1 − ((1+g)/(1+k))^n] / (k − g);  k = g: n / (1+k);  n = ∞: 1 / (k − g)
 * not our code. Cross-checks go through a different path (an explicit yearly series and GREX.NCW).
 */
import { D } from '../../src/core';
import { erfpachtValue, compareWithSale } from '../../src/core/erfpacht';
import { expectClose, num, value, excelError } from '../helpers/cases';

const HAND = 'hand: closed form, Python decimal 40 digits';

describe('AFKOOPSOM: each variant', () => {
  test.each([
    // [canon, k, g, n, betaling, expected, derivation]
    [1000, 0.05, undefined, undefined, undefined, 20000, 'eeuwigdurend, vlak: 1000 / 0,05'],
    [1000, 0.04, 0.02, undefined, 'ACHTERAF', 50000, 'eeuwigdurend, groeiend: 1000 / (0,04 − 0,02)'],
    [1000, 0.04, 0.02, undefined, 'VOORAF', 52000, 'eeuwigdurend, vooraf: 50000 × 1,04'],
    [1000, 0.04, 0, 30, undefined, 17292.03330066448201817638738786935452701, 'looptijd 30, vlak: 1000 × (1 − 1,04^−30) / 0,04'],
    [1000, 0.04, 0.02, 30, 'ACHTERAF', 22076.1704585514341975086452516893930805, 'looptijd 30, groeiend: 1000/0,02 × (1 − (1,02/1,04)^30)'],
    [1000, 0.04, 0.02, 30, 'VOORAF', 22959.21727689349156540899106175696880372, 'looptijd 30, groeiend, vooraf: × 1,04'],
    [1000, 0.03, 0.03, 10, undefined, 9708.737864077669902912621359223300970874, 'rekenrente = groei: 10 × 1000 / 1,03'],
    [1000, 0.02, 0.04, 10, undefined, 10715.79412663391952932886648266248154515, 'rekenrente < groei over een looptijd is toegestaan'],
    [1000, 0.04, 0.02, 1, undefined, 961.5384615384615384615384615384615384615, 'één jaar: 1000 / 1,04'],
  ] as const)('canon %d, k %d, g %s, n %s, %s', (c, k, g, n, bet, expected, why) => {
    expectClose(num('ERFPACHT.AFKOOPSOM', c, k, g, n, bet), { name: why, source: HAND, expected });
  });

  test('a term afkoop equals GREX.NCW of the explicit canon series (another code path)', () => {
    for (const [k, g, n] of [
      [0.04, 0.02, 30],
      [0.03, 0.03, 10],
      [0.02, 0.04, 99],
      [0.05, -0.01, 50],
    ]) {
      const flows = Array.from({ length: n }, (_, t) => 1000 * Math.pow(1 + g, t));
      const pv = num('NCW', k, flows);
      expectClose(num('ERFPACHT.AFKOOPSOM', 1000, k, g, n), { name: `k=${k} g=${g} n=${n}`, source: 'identity with GREX.NCW', expected: pv, rel: 1e-12 });
      expectClose(num('ERFPACHT.AFKOOPSOM', 1000, k, g, n, 'VOORAF'), {
        name: 'vooraf',
        source: 'GREX.NCW with timing "begin"',
        expected: num('NCW', k, flows, 2025, 2025, 'begin'),
        rel: 1e-12,
      });
    }
  });

  test('Rotterdam terms 50, 75, 99 rise towards the eeuwigdurende afkoop', () => {
    const a = [50, 75, 99].map((n) => num('ERFPACHT.AFKOOPSOM', 1000, 0.04, 0.02, n));
    const perpetual = num('ERFPACHT.AFKOOPSOM', 1000, 0.04, 0.02);
    expect(a[0]).toBeLessThan(a[1]);
    expect(a[1]).toBeLessThan(a[2]);
    expect(a[2]).toBeLessThan(perpetual);
    // the gap is the perpetuity times ((1+g)/(1+k))^n
    expectClose(perpetual - a[2], { name: 'gap after 99 years', source: 'identity', expected: 50000 * Math.pow(1.02 / 1.04, 99), rel: 1e-9 });
  });

  test('bad input: rekenrente ≤ groei for an eeuwigdurende afkoop, negative term', () => {
    expect(excelError('ERFPACHT.AFKOOPSOM', 1000, 0.02, 0.02)).toEqual({
      code: '#VALUE!',
      message: 'GREX.ERFPACHT.AFKOOPSOM: rekenrente moet groter zijn dan groei (2%) bij een eeuwigdurende looptijd (ontvangen: 0,02)',
    });
    expect(excelError('ERFPACHT.AFKOOPSOM', 1000, 0.01, 0.025).message).toBe(
      'GREX.ERFPACHT.AFKOOPSOM: rekenrente moet groter zijn dan groei (2,5%) bij een eeuwigdurende looptijd (ontvangen: 0,01)',
    );
    expect(excelError('ERFPACHT.AFKOOPSOM', 1000, 0.04, 0.02, -5)).toEqual({
      code: '#VALUE!',
      message: 'GREX.ERFPACHT.AFKOOPSOM: looptijd moet ten minste 1 zijn (ontvangen: -5)',
    });
    expect(excelError('ERFPACHT.AFKOOPSOM', 1000, 0.04, 0.02, 2.5).message).toBe(
      'GREX.ERFPACHT.AFKOOPSOM: looptijd moet een geheel getal zijn (ontvangen: 2,5)',
    );
    expect(excelError('ERFPACHT.AFKOOPSOM', 1000, 0.04, 0.02, 10, 'JAARLIJKS').code).toBe('#VALUE!');
    expect(excelError('ERFPACHT.AFKOOPSOM', 1000, -1).message).toBe('GREX.ERFPACHT.AFKOOPSOM: rekenrente moet groter zijn dan -100% (ontvangen: -1)');
  });
});

describe("NCW and VERGELIJK: the municipality's view", () => {
  test('own cases', () => {
    // canons 100.000 × 2% × (1 − (1,02/1,04)^50)/0,02 = 62.125,96…; land not growing returns 100.000/1,04^50 = 14.071,26…
    expectClose(num('ERFPACHT.NCW', 100000, 0.02, 0.02, 0.04, 50, 0), {
      name: 'NCW, grond zonder groei',
      source: HAND,
      expected: 76197.22243626526461139372330496458774458,
    });
    const v = erfpachtValue({ grondwaarde: 100000, canonpercentage: 0.02, groei: 0.02, rekenrente: 0.04, looptijd: 50, grondwaardegroei: 0 });
    expectClose(v.ncwCanons.toNumber(), { name: 'NCW canons', source: HAND, expected: 62125.960902941293186635404579598461376 });
    expectClose(v.reversie.toNumber(), { name: 'terugval', source: HAND, expected: 14071.26153332397142475831872536612636858 });
  });

  test('VERGELIJK spills NCW erfpacht, koopsom, verschil, break-even', () => {
    // k = 5%, g = 2%, n = 50: canons 51.018,90 + terugval 23.471,65 = 74.490,55 (Python decimal)
    const r = value('ERFPACHT.VERGELIJK', 100000, 0.02, 0.02, 0.05, 50) as number[][];
    expect(r.length).toBe(1);
    expectClose(r[0][0], { name: 'NCW erfpacht', source: HAND, expected: 74490.55025364876177441945340935302889059 });
    expect(r[0][1]).toBe(100000); // koopsom defaults to the grondwaarde
    expectClose(r[0][2], { name: 'verschil', source: HAND, expected: -25509.44974635123822558054659064697110941 });
    expectClose(r[0][3], { name: 'break-even', source: 'identity: k − g', expected: 0.03, abs: 1e-15 });
  });

  test('break-even with a koopsom and land that does not grow (closed form, not iteration)', () => {
    // cp* = (120.000 − 100.000/1,05^50) / (100.000 × (1 − (1,02/1,05)^50)/0,03) = 0,043622903829463782437… (Python decimal)
    const r = value('ERFPACHT.VERGELIJK', 100000, 0.02, 0.02, 0.05, 50, 120000, 0) as number[][];
    expectClose(r[0][0], { name: 'NCW erfpacht', source: HAND, expected: 59739.27218994054209719273089697753033975 });
    expectClose(r[0][2], { name: 'verschil', source: HAND, expected: -60260.72781005945790280726910302246966025 });
    expectClose(r[0][3], { name: 'break-even', source: HAND, expected: 0.04362290382946378243700874272499437451321, abs: 1e-15 });
    // at the break-even canonpercentage the NCW equals the koopsom (decimal core, to 1e-25)
    const c = compareWithSale({ grondwaarde: 100000, canonpercentage: 0.02, groei: 0.02, rekenrente: 0.05, looptijd: 50, grondwaardegroei: 0 }, 120000);
    const at = erfpachtValue({ grondwaarde: 100000, canonpercentage: c.breakEven, groei: 0.02, rekenrente: 0.05, looptijd: 50, grondwaardegroei: 0 });
    expect(at.ncw.minus(120000).abs().toNumber()).toBeLessThan(1e-25);
  });

  describe('invariant: canonpercentage = rekenrente − groei and land growing at groei ⇒ NCW = grondwaarde', () => {
    const cases: [number, number, number][] = [];
    for (const n of [1, 10, 50, 99])
      for (const [k, g] of [
        [0.0439, 0.02],
        [0.05, 0],
        [0.03, 0.025],
        [0.02, -0.01],
        [0.1, 0.07],
      ])
        cases.push([n, k, g]);
    test.each(cases)('looptijd %d, rekenrente %d, groei %d', (n, k, g) => {
      const G = 123456.78;
      const cp = new D(k).minus(g).toNumber(); // exact decimal difference, e.g. 0.0439 − 0.02 = 0.0239
      expectClose(num('ERFPACHT.NCW', G, cp, g, k, n), {
        name: 'NCW canons + terugval',
        source: 'equivalence, docs/methode/erfpacht.md#formules',
        expected: G,
        rel: 1e-9,
      });
      const r = value('ERFPACHT.VERGELIJK', G, cp, g, k, n) as number[][];
      expectClose(r[0][3], { name: 'break-even = rekenrente − groei', source: 'equivalence, docs/methode/erfpacht.md#formules', expected: cp, abs: 1e-15 });
      // a second path: the yearly canons through GREX.NCW plus the reversion discounted by hand
      const flows = Array.from({ length: n }, (_, t) => cp * G * Math.pow(1 + g, t));
      const viaSeries = num('NCW', k, flows) + (G * Math.pow(1 + g, n)) / Math.pow(1 + k, n);
      expectClose(viaSeries, { name: 'via GREX.NCW', source: 'equivalence, docs/methode/erfpacht.md#formules', expected: G, rel: 1e-9 });
    });
    test('the decimal core holds it to 30 digits', () => {
      const v = erfpachtValue({ grondwaarde: '10800', canonpercentage: '0.0239', groei: '0.02', rekenrente: '0.0439', looptijd: 99 });
      expect(v.ncw.minus(10800).abs().toNumber()).toBeLessThan(1e-26);
    });
  });

  test('bad input', () => {
    expect(excelError('ERFPACHT.NCW', 100000, 0.02, 0.02, 0.04, -1)).toEqual({
      code: '#VALUE!',
      message: 'GREX.ERFPACHT.NCW: looptijd moet ten minste 1 zijn (ontvangen: -1)',
    });
    expect(excelError('ERFPACHT.NCW', 100000, 0.02, 0.02, 0.04).message).toBe('GREX.ERFPACHT.NCW: looptijd is verplicht');
    expect(excelError('ERFPACHT.VERGELIJK', 0, 0.02, 0.02, 0.04, 10).message).toBe(
      'GREX.ERFPACHT.VERGELIJK: grondwaarde moet groter zijn dan 0 (ontvangen: 0)',
    );
    expect(excelError('ERFPACHT.VERGELIJK', 1000, -0.01, 0.02, 0.04, 10).message).toBe(
      'GREX.ERFPACHT.VERGELIJK: canonpercentage moet ten minste 0% zijn (ontvangen: -0,01)',
    );
  });
});

test('fuzzer regression: an extreme groei prints as a number, not "Infinity%"', () => {
  expect(excelError('ERFPACHT.AFKOOPSOM', 1, 0.01, 1e308).message).toBe(
    'GREX.ERFPACHT.AFKOOPSOM: groei is niet aannemelijk (verwacht hoogstens 25%); een percentage is een fractie: 2% = 0,02 (ontvangen: 1E+308)',
  );
});
