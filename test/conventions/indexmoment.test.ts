/**
 * The indexation moment (begin / midden / eind): an amount at prijspeil
 * 1-1-p in year t is indexed to 1-1-t, 1-7-t or 31-12-t. Textbook
 * "Investeren in vastgoed, grond en gebieden" ch. 2: CF₀(1+i)^(t−1) at the
 * start, ^(t−0,5) in the middle, ^t at the end of year t (year 1 = the first
 * year), stored excerpt http://www.spiritz.nl/uncategorized/de-9010-regel/.
 * Hand values below follow those powers, not the code.
 */
import { IndexCurve, INDEX_MOMENTS, YearlySeries } from '../../src/core';
import { rollForward } from '../../src/core/grex';
import { expectClose, excelError, num, value } from '../helpers/cases';
import { between, int, pick, rng } from '../helpers/random';

const rows = (r: unknown) => r as number[][];

describe('worked cases', () => {
  test('€ 1.000.000 at 3% indexed to the end of 2025 is € 1.030.000', () => {
    expectClose(num('GREX.INDEXEER', 1_000_000, 0.03, 2025, null, 'eind'), {
      name: 'INDEXEER eind',
      source: 'hand: 1.000.000 × 1,03^(2025 − 2025 + 1)',
      expected: 1_030_000,
    });
    expectClose(num('GREX.INDEXEER', 1_000_000, 0.03, 2025, null, 'midden'), {
      name: 'INDEXEER midden',
      source: 'hand: 1.000.000 × 1,03^0,5',
      expected: 1_014_889.156509222,
    });
    expectClose(num('GREX.INDEXEER', 1_000_000, 0.03, 2025, null, 'begin'), {
      name: 'INDEXEER begin',
      source: 'hand: no indexation inside the prijspeiljaar',
      expected: 1_000_000,
    });
    expectClose(num('GREX.INDEXEER', 1_000_000, 0.03, 2025), {
      name: 'INDEXEER default',
      source: "default is today's begin moment",
      expected: 1_000_000,
    });
  });

  test('three years at 2%: exponents t − p, t − p + ½, t − p + 1', () => {
    const b = [[100, 100, 100]];
    const expect3 = (moment: string, exps: number[]) => {
      const r = rows(value('GREX.INDEXEER', b, 0.02, 2025, null, moment))[0];
      r.forEach((v, i) =>
        expectClose(v, { name: `${moment} ${2025 + i}`, source: `hand: 100 × 1,02^${exps[i]}`, expected: 100 * 1.02 ** exps[i], rel: 1e-12 }),
      );
    };
    expect3('begin', [0, 1, 2]);
    expect3('midden', [0.5, 1.5, 2.5]);
    expect3('eind', [1, 2, 3]);
  });

  test('per-year rates (Gorinchem 2022: kosten 3,5% 2023, 3,0% 2024, 2,0% e.v.): the moment uses the rate of the year itself', () => {
    // prijspeil 1-1-2023, amounts in 2023, 2024, 2025.
    //  eind:   1,035; 1,035 × 1,03; 1,035 × 1,03 × 1,02
    //  midden: 1,035^½; 1,035 × 1,03^½; 1,035 × 1,03 × 1,02^½
    const r = rows(value('GREX.INDEXEER', [[1, 1, 1]], [[0.035, 0.03, 0.02]], 2023, null, 'eind'))[0];
    [1.035, 1.035 * 1.03, 1.035 * 1.03 * 1.02].forEach((e, i) => expectClose(r[i], { name: `eind ${i}`, source: 'hand', expected: e, rel: 1e-12 }));
    const m = rows(value('GREX.INDEXEER', [[1, 1, 1]], [[0.035, 0.03, 0.02]], 2023, null, 'midden'))[0];
    [Math.sqrt(1.035), 1.035 * Math.sqrt(1.03), 1.035 * 1.03 * Math.sqrt(1.02)].forEach((e, i) =>
      expectClose(m[i], { name: `midden ${i}`, source: 'hand', expected: e, rel: 1e-12 }),
    );
  });

  test('GREX.BOEKWAARDE and GREX.RESULTAAT with indexmoment "eind" (hand case)', () => {
    // begin 1.000; kosten 500, 300; opbrengsten 0, 600; rente 3%; kostenindex 2%, opbrengstenindex 1,5%; start 2025.
    //  2025: K = 500 × 1,02 = 510;        O = 0;                      R = 30;   BW = 1.540
    //  2026: K = 300 × 1,02² = 312,12;    O = 600 × 1,015² = 618,135; R = 46,2; BW = 1.280,185
    const args = [1000, [[500, 300]], [[0, 600]], 0.03, 2025, 0.02, 0.015];
    const bw = rows(value('GREX.BOEKWAARDE', ...args, null, null, null, null, 'eind'));
    const want = [
      [2025, 1000, 510, 0, 30, 1540],
      [2026, 1540, 312.12, 618.135, 46.2, 1280.185],
    ];
    bw.forEach((row, i) => row.forEach((v, j) => expectClose(v, { name: `BOEKWAARDE ${i},${j}`, source: 'hand', expected: want[i][j], abs: 1e-9 })));
    const res = rows(value('GREX.RESULTAAT', 1000, [[500, 300]], [[0, 600]], 0.03, 0.02, 2025, 0.02, 0.015, null, null, null, 'eind'))[0];
    expectClose(res[0], { name: 'nominaal', source: 'no index in the nominal result', expected: -1200 });
    expectClose(res[1], { name: 'eindwaarde', source: 'hand', expected: -1280.185, abs: 1e-9 });
    expectClose(res[2], { name: 'NCW', source: 'hand: −1.280,185 / 1,02²', expected: -1280.185 / 1.0404, abs: 1e-9 });
  });

  test("the default keeps today's figures (hand case of the existing GREX.BOEKWAARDE help)", () => {
    const plain = rows(value('GREX.BOEKWAARDE', 1000, [[500, 300]], [[0, 600]], 0.03, 2025, 0.02, 0.015));
    const begin = rows(value('GREX.BOEKWAARDE', 1000, [[500, 300]], [[0, 600]], 0.03, 2025, 0.02, 0.015, null, null, null, null, 'begin'));
    expect(begin).toEqual(plain);
    expectClose(plain[1][5], { name: 'BW 2026', source: 'existing help example', expected: 1272.9, abs: 1e-9 });
  });
});

describe('invariants', () => {
  const r = rng(17);
  const curves = () => {
    const start = int(r, 2015, 2030);
    const rates = Array.from({ length: int(r, 1, 6) }, () => between(r, -0.05, 0.08));
    return { start, curve: IndexCurve.perYear(start, rates) };
  };

  test('eind of year t = begin of year t + 1; midden² = begin × eind; factors() = factor() for every moment', () => {
    for (let n = 0; n < 200; n++) {
      const { start, curve } = curves();
      const p = start + int(r, -3, 5);
      const t = start + int(r, -4, 8);
      const b = curve.factor(p, t);
      const e = curve.at('eind').factor(p, t);
      const m = curve.at('midden').factor(p, t);
      expect(
        e
          .minus(curve.factor(p, t + 1))
          .abs()
          .toNumber(),
      ).toBeLessThan(1e-15);
      expect(m.pow(2).minus(b.times(e)).abs().toNumber()).toBeLessThan(1e-15);
      const moment = pick(r, INDEX_MOMENTS);
      const c = curve.at(moment);
      c.factors(p, t - 2, t + 2).forEach((f, i) =>
        expect(
          f
            .minus(c.factor(p, t - 2 + i))
            .abs()
            .toNumber(),
        ).toBeLessThan(1e-15),
      );
    }
  });

  test('a frozen revenue curve does not grow inside a frozen year, whatever the moment', () => {
    const c = IndexCurve.scalar(0.03).frozenFrom(2030).at('eind');
    expect(c.factor(2025, 2030).toNumber()).toBeCloseTo(1.03 ** 5, 12);
    expect(c.factor(2025, 2029).toNumber()).toBeCloseTo(1.03 ** 5, 12);
    expect(c.at('midden').factor(2025, 2031).toNumber()).toBeCloseTo(1.03 ** 5, 12);
  });

  test('the roll-forward takes a curve with its moment as it is (no change in the boekwaarde rules)', () => {
    const kosten = YearlySeries.ofNumbers(2025, [100, 100]);
    const opb = YearlySeries.ofNumbers(2025, [0, 0]);
    const rowsEind = rollForward({ beginboekwaarde: 0, kosten, opbrengsten: opb, rente: 0, kostenindex: IndexCurve.scalar(0.1).at('eind') });
    expectClose(rowsEind[0].kosten.toNumber(), { name: 'K 2025', source: 'hand: 100 × 1,1', expected: 110 });
    expectClose(rowsEind[1].kosten.toNumber(), { name: 'K 2026', source: 'hand: 100 × 1,1²', expected: 121 });
  });
});

describe('bad input', () => {
  test('an unknown moment names the parameter and the choices', () => {
    const e = excelError('GREX.INDEXEER', 100, 0.02, 2025, null, 'jaareinde');
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toContain('indexmoment');
    expect(e.message).toContain('midden');
  });
});
