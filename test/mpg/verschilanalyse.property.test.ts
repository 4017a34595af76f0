/**
 * GREX.VERSCHILANALYSE over random pairs of vintages (different posts and
 * years): the rows add up to Totaal to the cent, Totaal is RESULTAAT(nieuw)
 * − RESULTAAT(oud), an unchanged group is exactly 0, swapping the vintages
 * negates every row, a single changed group carries the whole change, and
 * the order of the parameter rows does not matter. The vintages may set
 * the indexation moment and the first year of the index series.
 */
import fc from 'fast-check';
import { call } from '../../src/functions/call';
import { DRIVER_LABELS } from '../../src/core/mpg';

interface V {
  kosten: number[][];
  opbrengsten: number[][];
  params: [string, unknown][];
}

const amount = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 2_000_000 }));
const rate = (lo: number, hi: number) => fc.integer({ min: Math.round(lo * 1000), max: Math.round(hi * 1000) }).map((x) => x / 1000);

const vintage: fc.Arbitrary<V> = fc
  .record({
    start: fc.integer({ min: 2020, max: 2026 }),
    years: fc.integer({ min: 2, max: 7 }), // one year with several posts would read as a column
    kPosts: fc.integer({ min: 1, max: 3 }),
    oPosts: fc.integer({ min: 1, max: 3 }),
    bw: fc.integer({ min: -1_000_000, max: 3_000_000 }),
    rente: rate(0, 0.05),
    d: fc.constantFrom(0.02, 0.02, 0.03),
    ki: fc.oneof(rate(-0.01, 0.05), fc.array(rate(-0.01, 0.05), { minLength: 2, maxLength: 4 })),
    oi: rate(-0.02, 0.04),
    neg: fc.boolean(),
    pp: fc.integer({ min: -2, max: 1 }),
    freeze: fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined }),
    moment: fc.option(fc.constantFrom('begin', 'midden', 'eind'), { nil: undefined }),
    reeksVanaf: fc.option(fc.integer({ min: -2, max: 0 }), { nil: undefined }),
  })
  .chain((r) =>
    fc.record({
      kosten: fc.array(fc.array(amount, { minLength: r.years, maxLength: r.years }), { minLength: r.kPosts, maxLength: r.kPosts }),
      opbrengsten: fc.array(fc.array(amount, { minLength: r.years, maxLength: r.years }), { minLength: r.oPosts, maxLength: r.oPosts }),
      params: fc.constant([
        ['startjaar', r.start],
        ['beginboekwaarde', r.bw],
        ['rente', r.rente],
        ['disconteringsvoet', r.d],
        ['kostenindex', r.ki],
        ['opbrengstenindex', r.oi],
        ['rente_over_negatief', r.neg],
        ['prijspeiljaar', r.start + r.pp],
        ...(r.freeze === undefined ? [] : [['opbrengsten_bevriezen_vanaf', r.start + r.freeze]]),
        ...(r.moment === undefined ? [] : [['indexmoment', r.moment]]),
        ...(r.reeksVanaf === undefined ? [] : [['indexreeks_vanaf', r.start + r.reeksVanaf]]),
      ] as [string, unknown][]),
    }),
  );

const rows = (p: [string, unknown][]) => p.map(([n, v]) => [n, ...(Array.isArray(v) ? v : [v])]);
const va = (o: V, n: V, basis: string, po = rows(o.params), pn = rows(n.params)) =>
  (call('VERSCHILANALYSE', o.kosten, o.opbrengsten, po, n.kosten, n.opbrengsten, pn, basis) as [string, number][]).map((r) => r[1]);

function resultaat(v: V, basis: string): number {
  const p = Object.fromEntries(v.params);
  const r = call(
    'RESULTAAT',
    p.beginboekwaarde,
    v.kosten,
    v.opbrengsten,
    p.rente,
    p.disconteringsvoet,
    p.startjaar,
    Array.isArray(p.kostenindex) ? [p.kostenindex] : p.kostenindex,
    p.opbrengstenindex,
    p.rente_over_negatief,
    p.prijspeiljaar,
    p.opbrengsten_bevriezen_vanaf ?? null,
    p.indexmoment ?? null,
    p.indexreeks_vanaf ?? null,
  ) as number[][];
  return r[0][basis === 'NOMINAAL' ? 0 : basis === 'EW' ? 1 : 2];
}

const basis = fc.constantFrom('NCW', 'EW', 'NOMINAAL');
const RUNS = { numRuns: 60 };
const sum = (xs: number[]) => xs.slice(0, -1).reduce((s, x) => s + x, 0);

describe('GREX.VERSCHILANALYSE properties', () => {
  test('rows add up to Totaal to the cent, and Totaal = RESULTAAT(nieuw) − RESULTAAT(oud)', () => {
    fc.assert(
      fc.property(vintage, vintage, basis, (o, n, b) => {
        const r = va(o, n, b);
        expect(r).toHaveLength(DRIVER_LABELS.length + 1);
        expect(Math.abs(sum(r) - r[r.length - 1])).toBeLessThan(0.005);
        expect(Math.abs(r[r.length - 1] - (resultaat(n, b) - resultaat(o, b)))).toBeLessThan(0.005);
      }),
      RUNS,
    );
  });

  test('swapping old and new negates every row', () => {
    fc.assert(
      fc.property(vintage, vintage, basis, (o, n, b) => {
        const ab = va(o, n, b);
        const ba = va(n, o, b);
        ab.forEach((x, i) => expect(Math.abs(x + ba[i])).toBeLessThan(1e-6));
      }),
      RUNS,
    );
  });

  test('a parameter group that is the same in both vintages is exactly 0', () => {
    const groups: [number, string[]][] = [
      [1, ['rente', 'rente_over_negatief']],
      [2, ['disconteringsvoet']],
      [3, ['kostenindex', 'indexmoment', 'indexreeks_vanaf']],
      [4, ['opbrengstenindex', 'opbrengsten_bevriezen_vanaf', 'indexmoment', 'indexreeks_vanaf']],
      [8, ['beginboekwaarde']],
    ];
    fc.assert(
      fc.property(vintage, vintage, fc.constantFrom(...groups), basis, (o, n0, [row, names], b) => {
        // an index series belongs to the calendar years from its own startjaar: the same series from another year is another index
        const sameStart = o.params.find(([k]) => k === 'startjaar')![1] === n0.params.find(([k]) => k === 'startjaar')![1];
        fc.pre(sameStart || !o.params.some(([k, v]) => names.includes(k) && Array.isArray(v)));
        const keep = new Map(o.params.filter(([k]) => names.includes(k)));
        const n = { ...n0, params: [...n0.params.filter(([k]) => !names.includes(k)), ...keep] as [string, unknown][] };
        expect(va(o, n, b)[row]).toBe(0);
      }),
      RUNS,
    );
  });

  test('the same amounts (other posts, same totals per year) leave fasering and both volumes at exactly 0', () => {
    fc.assert(
      fc.property(vintage, vintage, basis, (o, n0, b) => {
        // the new vintage keeps the old years and per-year totals, split over a different number of posts
        const split = (m: number[][]) => {
          const t = m[0].map((_, j) => m.reduce((s, r) => s + r[j], 0));
          return [t.map((x) => Math.floor(x / 2)), t.map((x) => x - Math.floor(x / 2))];
        };
        const start = o.params.find(([k]) => k === 'startjaar')!;
        const n = {
          kosten: split(o.kosten),
          opbrengsten: split(o.opbrengsten),
          params: [...n0.params.filter(([k]) => k !== 'startjaar'), start] as [string, unknown][],
        };
        const r = va(o, n, b);
        expect([r[5], r[6], r[7]]).toEqual([0, 0, 0]);
      }),
      RUNS,
    );
  });

  test('changing only one group puts the whole change in that row', () => {
    const change: [number, (v: V) => V][] = [
      [1, (v) => ({ ...v, params: v.params.map(([k, x]) => [k, k === 'rente' ? (x as number) + 0.01 : x]) as [string, unknown][] })],
      [2, (v) => ({ ...v, params: v.params.map(([k, x]) => [k, k === 'disconteringsvoet' ? 0.025 + (x as number) : x]) as [string, unknown][] })],
      [3, (v) => ({ ...v, params: v.params.map(([k, x]) => [k, k === 'kostenindex' ? 0.041 : x]) as [string, unknown][] })],
      [6, (v) => ({ ...v, kosten: v.kosten.map((r) => r.map((x) => x * 2)) })],
      [7, (v) => ({ ...v, opbrengsten: v.opbrengsten.map((r) => r.map((x) => x * 3)) })],
      [8, (v) => ({ ...v, params: v.params.map(([k, x]) => [k, k === 'beginboekwaarde' ? (x as number) + 12345 : x]) as [string, unknown][] })],
      [0, (v) => ({ ...v, params: v.params.map(([k, x]) => [k, k === 'prijspeiljaar' ? (x as number) - 1 : x]) as [string, unknown][] })],
      [5, (v) => ({ ...v, kosten: v.kosten.map((r) => [...r.slice(1), r[0]]), opbrengsten: v.opbrengsten.map((r) => [...r.slice(1), r[0]]) })],
    ];
    fc.assert(
      fc.property(vintage, fc.constantFrom(...change), basis, (o, [row, f], b) => {
        const n = f(o);
        const r = va(o, n, b); // (scaling every amount changes the volume, not the fasering)
        const total = r[r.length - 1];
        r.slice(0, -1).forEach((x, i) => {
          if (i !== row) expect(x).toBe(0);
        });
        expect(Math.abs(r[row] - total)).toBeLessThan(1e-6);
      }),
      { numRuns: 80 },
    );
  });

  test('any permutation of the parameter rows gives the same result', () => {
    fc.assert(
      fc.property(vintage, vintage, basis, fc.integer({ min: 0, max: 1e6 }), (o, n, b, seed) => {
        const shuffle = <T>(xs: T[]) =>
          xs
            .map((x, i) => [((i + 1) * 7919 * (seed + 1)) % 10007, x] as const)
            .sort((p, q) => p[0] - q[0])
            .map((p) => p[1]);
        expect(va(o, n, b, shuffle(rows(o.params)), shuffle(rows(n.params)))).toEqual(va(o, n, b));
      }),
      RUNS,
    );
  });
});
