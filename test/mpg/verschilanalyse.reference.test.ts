/**
 * The verschilanalyse shares sub-results across its 2^n coalitions (indexed yearly totals, one roll-forward per
 * coalition without the disconteringsvoet, the float path with its error bound). This test keeps a straightforward
 * reference: every coalition's mixed model built from the vintages as docs/methode/mpg.md defines it and evaluated
 * on its own as GREX.RESULTAAT evaluates a model (grexValues: the float path where its bound holds, decimals
 * otherwise), and the Shapley values from the marginal contributions over all coalitions; Totaal is
 * RESULTAAT(nieuw) − RESULTAAT(oud). Both must agree to a tenth of a cent, on random pairs of vintages and on a
 * large pair with all nine groups changed.
 */
import fc from 'fast-check';
import { Dec, dec, IndexCurve, YearlySeries, ZERO } from '../../src/core';
import type { GrexInput } from '../../src/core/grex';
import {
  borrowShares,
  DRIVER_LABELS,
  grexValues,
  prepare,
  sameCurve,
  sameShares,
  shapleyWeights,
  spread,
  verschilanalyse,
  type Basis,
  resultOn,
  type Prepared,
  type Vintage,
} from '../../src/core/mpg';

/** The mixed model's costs or revenues: volume of vintage `vol`, fasering of vintage `fas`. */
function mixed(p: Prepared[], vol: number, fas: number, kind: 'K' | 'O'): YearlySeries {
  const own = (x: Prepared) => (kind === 'K' ? x.kosten : x.opbrengsten);
  const volume = (x: Prepared) => (kind === 'K' ? x.volK : x.volO);
  const shares = (x: Prepared) => (kind === 'K' ? x.shK : x.shO);
  if (vol === fas) return own(p[vol]);
  const f = p[fas];
  const inWindow = own(p[vol]).values.every((v, i) => v.isZero() || (own(p[vol]).start + i >= f.a && own(p[vol]).start + i <= f.e));
  if (sameShares(shares(p[vol]), shares(f)) && inWindow) return own(p[vol]).window(f.a, f.e);
  if (volume(p[vol]).eq(volume(f))) return own(f);
  return spread(volume(p[vol]), shares(f), f.a, f.e);
}

/** The verschilanalyse by the definition: 2^n mixed models, each on the decimal path, and the marginal contributions. */
function reference(oud: Vintage, nieuw: Vintage, basis: Basis): { effects: Dec[]; totaal: Dec } {
  const p = [prepare(oud), prepare(nieuw)];
  borrowShares(p[0], p[1]);
  const [o, n] = p;
  const from = Math.min(o.a, n.a, o.prijspeiljaar, n.prijspeiljaar) - 1;
  const to = Math.max(o.e, n.e, o.prijspeiljaar, n.prijspeiljaar) + 1;
  const changed = [
    o.startjaar !== n.startjaar || o.prijspeiljaar !== n.prijspeiljaar,
    !o.rente.eq(n.rente) || o.renteOverNegatief !== n.renteOverNegatief,
    !o.disconteringsvoet.eq(n.disconteringsvoet),
    !sameCurve(o.kostenindex, n.kostenindex, from, to),
    !sameCurve(o.opbrengstenindex, n.opbrengstenindex, from, to),
    o.a !== n.a || o.e !== n.e || !sameShares(o.shK, n.shK) || !sameShares(o.shO, n.shO),
    !o.volK.eq(n.volK),
    !o.volO.eq(n.volO),
    !o.beginboekwaarde.eq(n.beginboekwaarde),
  ];
  const players = changed.flatMap((c, g) => (c ? [g] : []));
  const v = (mask: number): Dec => {
    const pick = changed.map((_, g) => (players.includes(g) && mask & (1 << players.indexOf(g)) ? 1 : 0));
    const [moment, rente, disconto, kidx, oidx, , volK, volO, bw] = pick.map((i) => p[i]);
    if (basis === 'NOMINAAL') return volO.volO.minus(volK.volK).minus(bw.beginboekwaarde);
    const x: GrexInput = {
      beginboekwaarde: bw.beginboekwaarde,
      kosten: mixed(p, pick[6], pick[5], 'K'),
      opbrengsten: mixed(p, pick[7], pick[5], 'O'),
      rente: rente.rente,
      renteOverNegatief: rente.renteOverNegatief,
      kostenindex: kidx.kostenindex,
      opbrengstenindex: oidx.opbrengstenindex,
      prijspeiljaar: moment.prijspeiljaar,
    };
    const r = grexValues(x, disconto.disconteringsvoet, moment.startjaar);
    return basis === 'EW' ? r.eindwaarde : r.ncw;
  };
  const w = shapleyWeights(players.length);
  const effects = changed.map(() => ZERO);
  players.forEach((g, i) => {
    for (let mask = 0; mask < 1 << players.length; mask++) {
      if (mask & (1 << i)) continue;
      let size = 0;
      for (let m = mask; m; m &= m - 1) size++;
      effects[g] = effects[g].plus(w[size].times(v(mask | (1 << i)).minus(v(mask))));
    }
  });
  return { effects, totaal: resultOn(nieuw, basis).minus(resultOn(oud, basis)) };
}

function expectSame(oud: Vintage, nieuw: Vintage, basis: Basis): void {
  const got = verschilanalyse(oud, nieuw, basis);
  const want = reference(oud, nieuw, basis);
  got.effects.forEach((x, g) => {
    const diff = x.minus(want.effects[g]).abs().toNumber();
    if (!(diff < 0.001)) throw new Error(`${DRIVER_LABELS[g]}: ${x} tegen ${want.effects[g]} (${basis})`);
  });
  expect(got.totaal.minus(want.totaal).abs().toNumber()).toBeLessThan(0.001);
}

const rate = (lo: number, hi: number) => fc.integer({ min: Math.round(lo * 1000), max: Math.round(hi * 1000) }).map((x) => x / 1000);
const amounts = (years: number, max: number) => fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max })), { minLength: years, maxLength: years });

const vintage: fc.Arbitrary<Vintage> = fc
  .record({
    start: fc.integer({ min: 2020, max: 2026 }),
    years: fc.integer({ min: 1, max: 12 }),
    big: fc.boolean(),
    bw: fc.integer({ min: -3_000_000, max: 5_000_000 }),
    rente: rate(-0.01, 0.06),
    d: rate(0, 0.04),
    ki: fc.oneof(rate(-0.02, 0.06), fc.array(rate(-0.02, 0.06), { minLength: 2, maxLength: 5 })),
    oi: rate(-0.02, 0.05),
    neg: fc.boolean(),
    pp: fc.integer({ min: -2, max: 2 }),
    freeze: fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined }),
    moment: fc.constantFrom('begin' as const, 'midden' as const, 'eind' as const),
  })
  .chain((r) =>
    fc.record({
      // amounts of 10^15 leave the float bound unproven: those coalitions take the decimal path
      kosten: amounts(r.years, r.big ? 1e15 : 3_000_000),
      opbrengsten: amounts(r.years, r.big ? 1e15 : 4_000_000),
      r: fc.constant(r),
    }),
  )
  .map(({ kosten, opbrengsten, r }) => ({
    beginboekwaarde: r.bw,
    kosten: YearlySeries.ofNumbers(r.start, kosten),
    opbrengsten: YearlySeries.ofNumbers(r.start, opbrengsten),
    rente: r.rente,
    renteOverNegatief: r.neg,
    kostenindex: (Array.isArray(r.ki) ? IndexCurve.perYear(r.start, r.ki) : IndexCurve.scalar(r.ki)).at(r.moment),
    opbrengstenindex: IndexCurve.scalar(r.oi).at(r.moment),
    prijspeiljaar: r.start + r.pp,
    opbrengstenBevrorenVanaf: r.freeze === undefined ? undefined : r.start + r.freeze,
    disconteringsvoet: r.d,
  }));

const basis = fc.constantFrom<Basis>('NCW', 'EW', 'NOMINAAL');

test('shared sub-results give the reference evaluation per coalition to a tenth of a cent (random vintages)', () => {
  fc.assert(
    fc.property(vintage, vintage, basis, (o, n, b) => expectSame(o, n, b)),
    { numRuns: 150 },
  );
});

test('a variant of one vintage (same years, some groups changed) agrees with the reference', () => {
  const change = fc.record({ bw: fc.boolean(), rente: fc.boolean(), d: fc.boolean(), ki: fc.boolean(), vol: fc.boolean() });
  fc.assert(
    fc.property(vintage, change, basis, (o, c, b) => {
      const n: Vintage = {
        ...o,
        beginboekwaarde: c.bw ? dec(o.beginboekwaarde).plus(250_000) : o.beginboekwaarde,
        rente: c.rente ? dec(o.rente).plus(0.004) : o.rente,
        disconteringsvoet: c.d ? dec(o.disconteringsvoet).plus(0.01) : o.disconteringsvoet,
        kostenindex: c.ki ? IndexCurve.scalar(0.031) : o.kostenindex,
        kosten: c.vol
          ? new YearlySeries(
              o.kosten.start,
              o.kosten.values.map((x) => x.times(1.1)),
            )
          : o.kosten,
      };
      expectSame(o, n, b);
    }),
    { numRuns: 100 },
  );
});

test('30 years, all nine groups changed (512 coalitions): the same as the reference', () => {
  let s = 7;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const years = (start: number, n: number, scale: number) =>
    YearlySeries.ofNumbers(
      start,
      Array.from({ length: n }, () => Math.round(rnd() * scale)),
    );
  const oud: Vintage = {
    beginboekwaarde: 2e6,
    kosten: years(2025, 30, 2e7),
    opbrengsten: years(2025, 30, 2.4e7),
    rente: 0.025,
    kostenindex: IndexCurve.scalar(0.03),
    opbrengstenindex: IndexCurve.scalar(0.02),
    prijspeiljaar: 2025,
    disconteringsvoet: 0.02,
  };
  const nieuw: Vintage = {
    beginboekwaarde: 2.4e6,
    kosten: years(2026, 31, 2.1e7),
    opbrengsten: years(2026, 31, 2.3e7),
    rente: 0.028,
    kostenindex: IndexCurve.scalar(0.035),
    opbrengstenindex: IndexCurve.scalar(0.018).frozenFrom(2040),
    prijspeiljaar: 2026,
    disconteringsvoet: 0.021,
  };
  expect(verschilanalyse(oud, nieuw).changed.every(Boolean)).toBe(true);
  for (const b of ['NCW', 'EW'] as const) expectSame(oud, nieuw, b);
});
