/**
 * GREX.ONRENDABELETOP and GREX.VERPLAATSING.BUSINESSCASE (docs/methode/verplaatsing.md#onrendabele-top, #businesscase).
 * Reference values of the worked case were computed with Python's decimal
 * module (40 digits) from the written formulas, not from our code; the
 * invariants recompute the OT with GREX.NCW on series built here by hand.
 */
import { num, value, excelError, expectClose } from '../helpers/cases';
import { fundingWaterfall, revolvingFund } from '../../src/core/verplaatsing';
import { dec, YearlySeries } from '../../src/core';
import { rng, between, int, pick } from '../helpers/random';
import { at, numAt, rows } from './spill';

const OT = 'GREX.ONRENDABELETOP';
const BC = 'GREX.VERPLAATSING.BUSINESSCASE';
const ncw = (d: number, flows: number[], start: number, peil?: number, timing?: string) => num('GREX.NCW', d, flows, start, peil ?? null, timing ?? null);

describe('GREX.ONRENDABELETOP = NCW(kosten) − NCW(opbrengsten)', () => {
  test('worked case at 2%', () => {
    // 1.000.000/1,02 + 500.000/1,02² − 200.000/1,02² − 1.200.000/1,02³ = 137.955,98977768731483…
    expectClose(num(OT, 0.02, [[1000000, 500000, 0]], [[0, 200000, 1200000]], 2025), {
      name: 'OT 2%',
      source: 'hand (Python decimal, 40 digits)',
      expected: 137955.989777687314833661,
      abs: 1e-6,
    });
  });
  test('zero rate: the nominal difference', () => {
    expect(num(OT, 0, [[100, 200]], [[50]], 2025)).toBe(250);
  });
  test('negative = overschot', () => {
    expect(num(OT, 0.02, [[100]], [[0, 0, 1000]], 2025)).toBeLessThan(0);
  });
  const r = rng(5);
  const cases = Array.from({ length: 40 }, () => {
    const n = int(r, 1, 15);
    const m = int(r, 1, 15);
    return {
      d: Math.round(between(r, 0, 0.08) * 1e4) / 1e4,
      k: Array.from({ length: n }, () => Math.round(between(r, 0, 2e6))),
      o: Array.from({ length: m }, () => Math.round(between(r, 0, 2e6))),
      start: int(r, 2020, 2030),
      shift: int(r, -2, 2),
      timing: pick(r, ['eind', 'midden', 'begin']),
    };
  });
  test.each(cases.map((c, i) => [i, c] as const))('invariant #%i: equals GREX.NCW(kosten) − GREX.NCW(opbrengsten)', (_i, c) => {
    const peil = c.start + c.shift;
    const direct = ncw(c.d, c.k, c.start, peil, c.timing) - ncw(c.d, c.o, c.start, peil, c.timing);
    expectClose(num(OT, c.d, [c.k], [c.o], c.start, peil, c.timing), { name: 'OT invariant', source: 'identity with GREX.NCW', expected: direct, abs: 1e-6 });
  });
  test('a table of posts × years is summed per year', () => {
    // posts {100,0;50,25} = {150,25}: 150/1,1 + 25/1,21 − 0
    expect(
      num(
        OT,
        0.1,
        [
          [100, 0],
          [50, 25],
        ],
        [[0]],
        2025,
      ),
    ).toBeCloseTo(150 / 1.1 + 25 / 1.21, 9);
  });
  test.each([
    [[0.02, [[100, -5]], [[0]], 2025], 'GREX.ONRENDABELETOP: kosten (positie 2) moet ten minste 0 zijn (ontvangen: -5)'],
    [[-1, [[100]], [[0]]], 'GREX.ONRENDABELETOP: disconteringsvoet moet groter zijn dan -100% (ontvangen: -1)'],
    [[0.02, [[100]], [[0]], null, 2024], 'GREX.ONRENDABELETOP: peiljaar kan alleen samen met startjaar worden opgegeven'],
  ])('bad input %j', (args, message) => {
    expect(excelError(OT, ...args)).toEqual({ code: '#VALUE!', message });
  });
});

// The worked business case (also the help example):
//   2025: schadeloosstelling 3.000.000 + sloop/sanering 500.000; 2026: sloop 250.000 + plankosten 150.000
//   2027: vrijkomende locatie 1.800.000; new site in erfpacht from 2027, 30 years, canon 60.000, +2%/yr
//   d = 2%, eind, peiljaar 2025; bijdragen gemeente 1.000.000, provincie 1.000.000; fonds 2.000.000 at 3%
const CASE = [
  0.02,
  [[3000000, 0, 0]],
  [
    [500000, 250000, 0],
    [0, 150000, 0],
  ],
  [[0, 0, 1800000]],
  null,
  [[60000, 2027, 30, 0.02]],
  [
    ['gemeente', 1000000],
    ['provincie', 1000000],
  ],
  [[2000000, 0.03]],
  2025,
];
const PY = {
  pvK: 3815840.061514801999231065,
  pvO: 3392360.404369360200827736,
  ot: 423479.657145441798403329,
  nom: -334084.752310061265170431,
  interest: 219180.050200589166,
  repaid: 2219180.050200589166,
};
const SRC_PY = 'hand: Python decimal (40 digits) over the written formulas';

describe('GREX.VERPLAATSING.BUSINESSCASE: worked case', () => {
  const r = value(BC, ...CASE);
  test.each([
    ['onrendabele top (NCW)', PY.ot],
    ['onrendabele top (nominaal)', PY.nom],
    ['NCW kosten', PY.pvK],
    ['NCW opbrengsten', PY.pvO],
    ['bijdrage gebruikt: gemeente', PY.ot],
    ['bijdrage gebruikt: provincie', 0],
    ['restant tekort (NCW)', 0],
    ['fonds: lening', 2000000],
    ['fonds: rente', PY.interest],
    ['fonds: aflossing', PY.repaid],
    ['fonds: restschuld', 0],
  ])('%s', (label, expected) => {
    expectClose(numAt(r, label), { name: label, source: SRC_PY, expected, abs: 1e-6 });
  });
  test('the fund is repaid in 2033', () => {
    // balance grows at 3% until the 1.800.000 of 2027; then canons (~60–70k) repay until 2033
    expect(at(r, 'fonds: terugbetaald in jaar')).toBe(2033);
  });
  test('the labels, in order', () => {
    expect(rows(r).map((x) => x[0])).toEqual([
      'onrendabele top (NCW)',
      'onrendabele top (nominaal)',
      'NCW kosten',
      'NCW opbrengsten',
      'bijdrage gebruikt: gemeente',
      'bijdrage gebruikt: provincie',
      'restant tekort (NCW)',
      'fonds: lening',
      'fonds: rente',
      'fonds: aflossing',
      'fonds: restschuld',
      'fonds: terugbetaald in jaar',
    ]);
  });
  test('no fund given: no fund lines', () => {
    const noFund = value(BC, ...CASE.slice(0, 7), null, 2025);
    expect(rows(noFund).some(([l]) => l.startsWith('fonds'))).toBe(false);
  });
});

describe('invariant: OT equals NCW(costs) − NCW(revenues) computed directly with GREX.NCW', () => {
  const r = rng(11);
  const cases = Array.from({ length: 30 }, () => {
    const n = int(r, 2, 8); // a posts × years table needs ≥ 2 year columns: one column is read as one series (normalise.ts)
    const start = int(r, 2020, 2030);
    const lease = r() < 0.6;
    return {
      d: Math.round(between(r, 0, 0.07) * 1e4) / 1e4,
      start,
      peil: start + int(r, -1, 2),
      timing: pick(r, ['eind', 'midden', 'begin']),
      comp: Array.from({ length: int(r, 1, 3) }, () => Math.round(between(r, 0, 5e6))),
      kosten: [Array.from({ length: n }, () => Math.round(between(r, 0, 1e6))), Array.from({ length: n }, () => Math.round(between(r, 0, 3e5)))],
      oud: Array.from({ length: int(r, 1, 10) }, () => Math.round(between(r, 0, 3e6))),
      nieuw: Array.from({ length: int(r, 1, 10) }, () => Math.round(between(r, 0, 1e6))),
      lease: lease
        ? [Math.round(between(r, 1e4, 2e5)), start + int(r, 0, 5), int(r, 1, 60), Math.round(between(r, 0, 0.03) * 1e4) / 1e4, Math.round(between(r, 0, 2e6))]
        : null,
    };
  });
  test.each(cases.map((c, i) => [i, c] as const))('case #%i', (_i, c) => {
    const out = value(BC, c.d, [c.comp], c.kosten, [c.oud], [c.nieuw], c.lease ? [c.lease] : null, null, null, c.start, c.peil, c.timing);
    // Costs and revenues as plain yearly arrays from startjaar, built here.
    const len = 400;
    const K = new Array(len).fill(0);
    const O = new Array(len).fill(0);
    c.comp.forEach((x, i) => (K[i] += x));
    c.kosten.forEach((row) => row.forEach((x, i) => (K[i] += x)));
    c.oud.forEach((x, i) => (O[i] += x));
    c.nieuw.forEach((x, i) => (O[i] += x));
    if (c.lease) {
      const [canon, first, term, g, rest] = c.lease;
      for (let k = 1; k <= term; k++) O[first - c.start + k - 1] += canon * Math.pow(1 + g, k - 1);
      O[first - c.start + term - 1] += rest;
    }
    const direct = ncw(c.d, K, c.start, c.peil, c.timing) - ncw(c.d, O, c.start, c.peil, c.timing);
    const nominal = K.reduce((s, x) => s + x, 0) - O.reduce((s, x) => s + x, 0);
    const tol = 1e-6 * Math.max(1, Math.abs(direct), 1e6);
    expectClose(numAt(out, 'onrendabele top (NCW)'), { name: 'OT NCW', source: 'GREX.NCW(kosten) − GREX.NCW(opbrengsten)', expected: direct, abs: tol });
    expectClose(numAt(out, 'onrendabele top (nominaal)'), { name: 'OT nominaal', source: 'Σ kosten − Σ opbrengsten', expected: nominal, abs: tol });
    expectClose(numAt(out, 'restant tekort (NCW)'), { name: 'no contributions: the whole gap', source: 'max(0, OT)', expected: Math.max(0, direct), abs: tol });
  });
});

describe('funding waterfall', () => {
  test('Dolderman split (Dordrecht 2018): OT € 3 mln covered by gemeente € 1,5 mln + provincie € 1,5 mln', () => {
    // Only the OT and the split are published; at d = 0 a single 3.000.000 cost is an OT of 3.000.000.
    const r = value(BC, 0, [[3000000]], null, null, null, null, [
      ['gemeente', 1500000],
      ['provincie', 1500000],
    ]);
    expect(numAt(r, 'onrendabele top (NCW)')).toBe(3000000);
    expect(numAt(r, 'bijdrage gebruikt: gemeente')).toBe(1500000);
    expect(numAt(r, 'bijdrage gebruikt: provincie')).toBe(1500000);
    expect(numAt(r, 'restant tekort (NCW)')).toBe(0);
  });
  test('in the order given, each at most its amount; the rest stays open', () => {
    // OT 3.000.000: gemeente 1.000.000, provincie 500.000, ROM-fonds 2.000.000 → 1.500.000 left → ROM 1.500.000, subsidie 0
    const r = value(BC, 0, [[3000000]], null, null, null, null, [
      ['gemeente', 1000000],
      ['provincie', 500000],
      ['ROM-fonds', 2000000],
      ['subsidie', 400000],
    ]);
    expect(rows(r).slice(4, 9)).toEqual([
      ['bijdrage gebruikt: gemeente', 1000000],
      ['bijdrage gebruikt: provincie', 500000],
      ['bijdrage gebruikt: ROM-fonds', 1500000],
      ['bijdrage gebruikt: subsidie', 0],
      ['restant tekort (NCW)', 0],
    ]);
  });
  test('contributions short of the gap leave a positive restant', () => {
    const r = value(BC, 0, [[3000000]], null, null, null, null, [[1000000], [1000000]]);
    expect(numAt(r, 'bijdrage gebruikt: bijdrage 1')).toBe(1000000);
    expect(numAt(r, 'restant tekort (NCW)')).toBe(1000000);
  });
  test('no onrendabele top: nothing is used, restant 0', () => {
    const r = value(BC, 0, [[100]], null, [[500]], null, null, [['gemeente', 1000]]);
    expect(numAt(r, 'onrendabele top (NCW)')).toBe(-400);
    expect(numAt(r, 'bijdrage gebruikt: gemeente')).toBe(0);
    expect(numAt(r, 'restant tekort (NCW)')).toBe(0);
  });
  test('property: never a negative gap, never more than offered, and used + restant = max(0, OT)', () => {
    const r = rng(42);
    for (let i = 0; i < 500; i++) {
      const gap = dec(Math.round(between(r, -1e6, 5e6) * 100) / 100);
      const offers = Array.from({ length: int(r, 0, 6) }, (_, k) => ({ label: `b${k}`, amount: dec(Math.round(between(r, 0, 2e6) * 100) / 100) }));
      const w = fundingWaterfall(gap, offers);
      expect(w.restant.isNegative()).toBe(false);
      let used = dec(0);
      w.lines.forEach((l, k) => {
        expect(l.used.isNegative()).toBe(false);
        expect(l.used.lte(offers[k].amount)).toBe(true);
        used = used.plus(l.used);
      });
      expect(used.plus(w.restant).toString()).toBe((gap.isNegative() ? dec(0) : gap).toString());
    }
  });
});

describe('revolving-fund loan', () => {
  test('not repaid within its looptijd: says so, with the balance', () => {
    // 2.000.000 at 3% for 5 years: 2025: 2.060.000 (negative year); 2026: 2.121.800; 2027: 2.185.454 − 1.800.000 = 385.454;
    // 2028: 397.017,62 − 61.200 = 335.817,62; 2029: 345.892,1486 − 62.424 = 283.468,1486 … Python: restschuld 219.814,1486
    const CASE5 = [...CASE.slice(0, 7), [[2000000, 0.03, 5]], 2025];
    const r = value(BC, ...CASE5);
    expect(at(r, 'fonds: terugbetaald in jaar')).toBe('niet binnen de looptijd (t/m 2029)');
    expectClose(numAt(r, 'fonds: restschuld'), { name: 'restschuld 2029', source: SRC_PY, expected: 219814.1486, abs: 1e-6 });
    expectClose(numAt(r, 'fonds: rente'), { name: 'rente t/m 2029', source: SRC_PY, expected: 203438.1486, abs: 1e-6 });
    expectClose(numAt(r, 'fonds: aflossing'), { name: 'aflossing t/m 2029', source: SRC_PY, expected: 1983624, abs: 1e-6 });
  });
  test('not repaid within the horizon (last cash flow 2056)', () => {
    const r = value(BC, ...CASE.slice(0, 7), [[5000000, 0.05]], 2025);
    expect(at(r, 'fonds: terugbetaald in jaar')).toBe('niet binnen de horizon (t/m 2056)');
    expectClose(numAt(r, 'fonds: restschuld'), { name: 'restschuld 2056', source: SRC_PY, expected: 11394501.689236558658723, rel: 1e-12 });
  });
  test('a looptijd beyond the horizon stops at the horizon', () => {
    const r = value(BC, ...CASE.slice(0, 7), [[5000000, 0.05, 100]], 2025);
    expect(at(r, 'fonds: terugbetaald in jaar')).toBe('niet binnen de horizon (t/m 2056)');
  });
  test('schedule identities: each year end = begin + interest − repayment; repayment ≤ positive net flow', () => {
    const net = new YearlySeries(2025, [-100, 50, 80, -20, 500]);
    const s = revolvingFund({ bedrag: 100, rente: 0.1 }, net, 2025);
    // 2025: 100 → 110 (no repayment); 2026: 121 − 50 = 71; 2027: 78,1 − 78,1 = 0 → repaid 2027
    expect(s.rows.map((x) => x.end.toString())).toEqual(['110', '71', '0']);
    expect(s.repaidYear).toBe(2027);
    s.rows.forEach((x) => {
      expect(x.begin.plus(x.interest).minus(x.repayment).eq(x.end)).toBe(true);
      expect(x.repayment.lte(net.at(x.year).isNegative() ? dec(0) : net.at(x.year))).toBe(true);
    });
  });
});

describe('business case: erfpacht canon series', () => {
  test('canons from their first year, growing, plus the restwaarde in the last year', () => {
    // d = 0: OT = 1.000 − (100 + 110 + 121 + 50) = 619 with canon 100, +10%, 3 years, restwaarde 50
    expect(numAt(value(BC, 0, [[1000]], null, null, null, [[100, 2026, 3, 0.1, 50]], null, null, 2025), 'onrendabele top (NCW)')).toBeCloseTo(619, 9);
    // at 10%, eind, peiljaar 2025: 100/1,1² + 110/1,1³ + 171/1,1⁴ − … revenue NCW = 82,6446… + 82,6446… + 116,7953…
    const pv = 100 / 1.1 ** 2 + 110 / 1.1 ** 3 + 171 / 1.1 ** 4;
    expect(numAt(value(BC, 0.1, [[1000]], null, null, null, [[100, 2026, 3, 0.1, 50]], null, null, 2025), 'NCW opbrengsten')).toBeCloseTo(pv, 9);
  });
});

describe('bad input: Dutch #VALUE! naming the parameter', () => {
  test.each([
    [
      [0.02, [[1000]], null, null, null, [[100, 2024, 10]], null, null, 2025],
      'GREX.VERPLAATSING.BUSINESSCASE: erfpacht_nieuwe_locatie (positie 2, eerste jaar) valt vóór het startjaar (2025) (ontvangen: 2024)',
    ],
    [
      [0.02, [[1000]], null, null, null, [[100, 2026, 0]], null, null, 2025],
      'GREX.VERPLAATSING.BUSINESSCASE: erfpacht_nieuwe_locatie (positie 3, looptijd) moet een geheel aantal jaren van ' +
        'ten minste 1 zijn (hoogstens 1000) (ontvangen: 0)',
    ],
    [
      [0.02, [[1000]], null, null, null, [[100, 2026]], null, null, 2025],
      'GREX.VERPLAATSING.BUSINESSCASE: erfpacht_nieuwe_locatie moet ten minste 3 waarden bevatten (ontvangen: 2 waarden)',
    ],
    [
      [0.02, [[1000]], null, null, null, null, [['gemeente', -5]]],
      'GREX.VERPLAATSING.BUSINESSCASE: bijdragen bevat in rij 1 een negatief bedrag (ontvangen: -5)',
    ],
    [
      [0.02, [[1000]], null, null, null, null, [['gemeente', 'veel']]],
      'GREX.VERPLAATSING.BUSINESSCASE: bijdragen bevat in rij 1, kolom 2 geen getal (ontvangen: "veel")',
    ],
    [
      [0.02, [[1000]], null, null, null, null, null, [[0, 0.03]]],
      'GREX.VERPLAATSING.BUSINESSCASE: fonds (positie 1, bedrag) moet groter zijn dan 0 (ontvangen: 0)',
    ],
    [
      [0.02, [[1000]], null, null, null, null, null, [[100, 0.03, 2.5]]],
      'GREX.VERPLAATSING.BUSINESSCASE: fonds (positie 3, looptijd) moet een geheel aantal jaren van ten minste 1 zijn (of leeg) (ontvangen: 2,5)',
    ],
    [
      [
        0.02,
        [
          [1000, 0],
          [0, -3],
        ],
      ],
      'GREX.VERPLAATSING.BUSINESSCASE: schadeloosstelling (rij 2, kolom 2) moet ten minste 0 zijn (ontvangen: -3)',
    ],
    [[0.02, null], 'GREX.VERPLAATSING.BUSINESSCASE: schadeloosstelling is verplicht'],
  ])('bad input %#', (args, message) => {
    expect(excelError(BC, ...(args as unknown[]))).toEqual({ code: '#VALUE!', message });
  });
});
