/**
 * GREX.RESULTAAT and GREX.NCW keep the part of a call that does not depend on the disconteringsvoet in the memo
 * (FunctionSpec.split), so a changed rate only discounts again. The kept part must never answer for another
 * call: a cached evaluation equals an uncached one across random inputs, for a changed rate, the same rate again
 * and a change in any other argument (blank cells, empty text, indexmoment, opbrengsten_bevriezen_vanaf,
 * rente_over_negatief, prijspeiljaar …); results stay frozen; a changed rate adds no memo entry.
 */
import fc from 'fast-check';
import { tryCall } from '../../src/functions/call';
import { memoStats, setMemo, type Outcome } from '../../src/functions/invoke';
import { findFunction } from '../../src/functions/registry';

afterAll(() => setMemo(true));

const names = (id: string) => findFunction(id)!.params.map((p) => p.name);
const RES = names('RESULTAAT');
const NCW = names('NCW');

/** Outcomes of a list of calls with the memo off (each computed on its own). */
function uncached(id: string, calls: unknown[][]): Outcome[] {
  setMemo(false);
  const out = calls.map((args) => tryCall(id, ...args));
  setMemo(true);
  return out;
}

const rate = fc.integer({ min: -50, max: 80 }).map((x) => x / 1000);
// amounts of 10^15 leave the float bound unproven: the decimal fallback finishes those parts
const amount = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 3_000_000 }), weight: 12 },
  { arbitrary: fc.constant(null), weight: 3 },
  { arbitrary: fc.integer({ min: 0, max: 1e15 }), weight: 1 },
);
const table = (years: number) => fc.array(fc.array(amount, { minLength: years, maxLength: years }), { minLength: 1, maxLength: 3 });

/** Arguments of GREX.RESULTAAT, by parameter name, with blanks and every optional parameter. */
const resultaat = fc.integer({ min: 2, max: 8 }).chain((years) =>
  fc.record({
    beginboekwaarde: fc.integer({ min: -2_000_000, max: 5_000_000 }),
    kosten: table(years),
    opbrengsten: table(years),
    rente: rate,
    disconteringsvoet: rate,
    startjaar: fc.integer({ min: 2024, max: 2026 }),
    kostenindex: fc.oneof(
      rate,
      fc.array(rate, { minLength: 2, maxLength: 3 }).map((r) => [r]),
      fc.constant(null),
    ),
    opbrengstenindex: fc.oneof(rate, fc.constant(null)),
    rente_over_negatief: fc.oneof(fc.boolean(), fc.constant(null)),
    prijspeiljaar: fc.oneof(fc.integer({ min: 2023, max: 2027 }), fc.constant(null)),
    opbrengsten_bevriezen_vanaf: fc.oneof(fc.integer({ min: 2025, max: 2032 }), fc.constant(null)),
    indexmoment: fc.constantFrom(null, 'begin', 'midden', 'eind'),
    indexreeks_vanaf: fc.oneof(fc.integer({ min: 2022, max: 2024 }), fc.constant(null)),
  }),
);

/** Another value for one argument: a number moved, a blank filled, a value blanked, a cell of a table changed. */
function changed(v: unknown, seed: number): unknown {
  if (Array.isArray(v)) {
    const rows = v.map((r) => (Array.isArray(r) ? r.slice() : r));
    const row = rows[seed % rows.length];
    if (Array.isArray(row)) row[seed % row.length] = seed % 3 === 0 ? null : seed % 3 === 1 ? '' : 1000 + seed;
    else rows[seed % rows.length] = typeof row === 'number' ? row + 0.001 : 0.01;
    return rows;
  }
  if (typeof v === 'number') return seed % 2 ? v + (Math.abs(v) < 1 ? 0.001 : 1) : null;
  if (typeof v === 'boolean') return !v;
  if (v === 'begin' || v === 'midden' || v === 'eind') return v === 'eind' ? 'begin' : 'eind';
  return seed % 2 ? 2026 : 'midden';
}

function expectSameOutcomes(id: string, base: unknown[], variants: unknown[][]): void {
  const want = uncached(id, [base, ...variants]);
  setMemo(true);
  const first = tryCall(id, ...base);
  expect(first).toEqual(want[0]);
  variants.forEach((args, i) => {
    tryCall(id, ...base); // the base's part is in the memo each time
    expect(tryCall(id, ...args)).toEqual(want[i + 1]);
    expect(tryCall(id, ...args)).toEqual(want[i + 1]); // the same call again
  });
}

test('GREX.RESULTAAT: cached and uncached agree for a new rate and for a change in any other argument', () => {
  fc.assert(
    fc.property(resultaat, fc.array(rate, { minLength: 1, maxLength: 3 }), fc.integer({ min: 0, max: 1e6 }), (r, rates, seed) => {
      const base = RES.map((n) => (r as Record<string, unknown>)[n]);
      const d = RES.indexOf('disconteringsvoet');
      const variants = [
        ...rates.map((x) => base.map((v, i) => (i === d ? x : v))),
        base.map((v, i) => (i === d ? null : v)),
        ...RES.flatMap((_, j) => (j === d ? [] : [base.map((v, i) => (i === j ? changed(v, seed + j) : v))])),
        // a change elsewhere together with a new rate
        base.map((v, i) => (i === d ? 0.031 : i === 1 ? changed(v, seed) : v)),
      ];
      expectSameOutcomes('RESULTAAT', base, variants);
    }),
    { numRuns: 120 },
  );
});

test('GREX.NCW: cached and uncached agree for a new rate and for a change in any other argument', () => {
  const ncw = fc.record({
    disconteringsvoet: rate,
    kasstromen: fc.array(amount, { minLength: 1, maxLength: 12 }).map((r) => [r]),
    startjaar: fc.integer({ min: 2020, max: 2030 }),
    peiljaar: fc.oneof(fc.integer({ min: 2018, max: 2032 }), fc.constant(null)),
    timing: fc.constantFrom(null, 'begin', 'midden', 'eind'),
  });
  fc.assert(
    fc.property(ncw, fc.array(rate, { minLength: 1, maxLength: 3 }), fc.integer({ min: 0, max: 1e6 }), (r, rates, seed) => {
      const base = NCW.map((n) => (r as Record<string, unknown>)[n]);
      const variants = [
        ...rates.map((x) => [x, ...base.slice(1)]),
        [-1, ...base.slice(1)],
        ...NCW.slice(1).map((_, j) => base.map((v, i) => (i === j + 1 ? changed(v, seed + j) : v))),
      ];
      expectSameOutcomes('NCW', base, variants);
    }),
    { numRuns: 150 },
  );
});

test('a changed rate adds no memo entry, and every result is frozen', () => {
  setMemo(true);
  const args = (d: number) => [1e6, [[100, 200, 300]], [[0, 0, 900]], 0.03, d, 2025, 0.02, 0.01];
  const a = tryCall('RESULTAAT', ...args(0.02));
  const size = memoStats().size;
  for (let i = 1; i <= 50; i++) tryCall('RESULTAAT', ...args(0.02 + i / 1000));
  expect(memoStats().size).toBe(size);
  const b = tryCall('RESULTAAT', ...args(0.02));
  expect(b).toEqual(a);
  if (!a.ok || !b.ok) throw new Error('RESULTAAT should accept these arguments');
  expect(Object.isFrozen(a.value) && Object.isFrozen((a.value as unknown[][])[0])).toBe(true);
  expect(Object.isFrozen(b.value) && Object.isFrozen((b.value as unknown[][])[0])).toBe(true);
});
