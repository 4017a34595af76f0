/**
 * The one door of the MPG calculations to the grondexploitatie core
 * (src/core/mpg/evaluate.ts): it answers with GREX.RESULTAAT's fast path and
 * stays within a tenth of a cent of the decimal path, also for an NCW at
 * another peildatum than the first year (a mixed model of the
 * verschilanalyse), and it falls back to decimals where the float bound does
 * not hold.
 */
import fc from 'fast-check';
import { grexValues } from '../../src/core/mpg';
import { grexResult, ncwOfEndValue, rollForwardStats, type GrexInput } from '../../src/core/grex';
import { IndexCurve, YearlySeries } from '../../src/core';

const model = fc.record({
  start: fc.integer({ min: 2020, max: 2030 }),
  kosten: fc.array(fc.integer({ min: 0, max: 5_000_000 }), { minLength: 1, maxLength: 30 }),
  bw: fc.integer({ min: -5_000_000, max: 20_000_000 }),
  rente: fc.integer({ min: 0, max: 60 }).map((x) => x / 1000),
  d: fc.integer({ min: 0, max: 40 }).map((x) => x / 1000),
  ki: fc.integer({ min: -20, max: 60 }).map((x) => x / 1000),
  moment: fc.constantFrom('begin', 'midden', 'eind' as const),
  shift: fc.integer({ min: -3, max: 3 }),
  neg: fc.boolean(),
});

test('grexValues equals the decimal path within a tenth of a cent, with the NCW at another peildatum', () => {
  fc.assert(
    fc.property(model, (m) => {
      const x: GrexInput = {
        beginboekwaarde: m.bw,
        kosten: YearlySeries.ofNumbers(m.start, m.kosten),
        opbrengsten: YearlySeries.ofNumbers(
          m.start,
          m.kosten.map((k, i) => (k * (i + 2)) % 7_000_000),
        ),
        rente: m.rente,
        renteOverNegatief: m.neg,
        kostenindex: IndexCurve.scalar(m.ki).at(m.moment),
        opbrengstenindex: IndexCurve.perYear(m.start, [0.02, 0.015]).at(m.moment),
      };
      const peiljaar = m.start + m.shift;
      const got = grexValues(x, m.d, peiljaar);
      const want = grexResult(x, m.d);
      const ncw = ncwOfEndValue(want.eindwaarde, m.d, peiljaar, x.kosten.end);
      expect(got.nominaal.minus(want.nominaal).abs().toNumber()).toBeLessThan(0.001);
      expect(got.eindwaarde.minus(want.eindwaarde).abs().toNumber()).toBeLessThan(0.001);
      expect(got.ncw.minus(ncw).abs().toNumber()).toBeLessThan(0.001);
    }),
    { numRuns: 300 },
  );
});

test('amounts too large for the float bound go to the decimal path', () => {
  const x: GrexInput = {
    beginboekwaarde: 1e17,
    kosten: YearlySeries.ofNumbers(2025, [3e16, 1e16, 2e16]),
    opbrengsten: YearlySeries.ofNumbers(2025, [0, 0, 7e16]),
    rente: 0.031,
    kostenindex: IndexCurve.scalar(0.027),
  };
  const before = rollForwardStats.fallback;
  const got = grexValues(x, 0.02);
  expect(rollForwardStats.fallback).toBe(before + 1);
  const want = grexResult(x, 0.02);
  // what GREX.RESULTAAT returns on its decimal path: the decimals as numbers
  expect(got.eindwaarde.toNumber()).toBe(want.eindwaarde.toNumber());
  expect(got.ncw.toNumber()).toBe(want.ncw.toNumber());
});
