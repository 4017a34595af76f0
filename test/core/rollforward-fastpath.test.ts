/**
 * The float path of the grondexploitatie roll-forward (GREX.BOEKWAARDE,
 * GREX.RESULTAAT, rollForwardTotals) answers only where its error bound
 * proves every figure within a tenth of a cent of the 34-digit decimal path.
 * A corpus of 100,000 cases, realistic and adversarial (long horizons,
 * negative boekwaarden, a boekwaarde passing through 0, rates near −100%,
 * huge and tiny amounts), checks the proof figure by figure, and reports how
 * often the decimal fallback runs and how often it changed the answer.
 */
import { D, IndexCurve, indexFactorsFloat } from '../../src/core';
import { grexInputOf, grexResult, grexResultFloat, grexRollForwardFloat, rollForward, rollForwardTotals, type GrexNumbers } from '../../src/core/grex';
import { call } from '../../src/functions/call';
import { rng, pick, int, between } from '../helpers/random';

const TOL = 0.001;
/** |a − b| with b a decimal: in doubles where that is clearly decided, exactly otherwise. */
const diff = (a: number, b: InstanceType<typeof D>) => {
  const bn = b.toNumber();
  const quick = Math.abs(a - bn);
  return quick + 4 * Number.EPSILON * Math.abs(bn) < TOL / 2 ? quick : new D(a).minus(b).abs().toNumber();
};

type Kind = 'gewoon' | 'lang' | 'negatief' | 'nuldoorgang' | 'bijna-100%' | 'groot' | 'klein';
const KINDS: Kind[] = ['gewoon', 'gewoon', 'gewoon', 'lang', 'negatief', 'nuldoorgang', 'bijna-100%', 'groot', 'klein'];

function makeCase(r: () => number, kind: Kind): GrexNumbers {
  const len = kind === 'lang' ? int(r, 60, 120) : int(r, 1, 30);
  const scale = kind === 'groot' ? pick(r, [1e11, 1e12, 1e13, 1e15]) : kind === 'klein' ? pick(r, [1e-6, 1e-3, 1]) : pick(r, [1e4, 1e6, 1e7]);
  const cents = (x: number) => (kind === 'klein' ? x : Math.round(x * 100) / 100);
  const kosten = Array.from({ length: len }, () => (r() < 0.2 ? 0 : cents(between(r, 0, 1) * scale)));
  const opbrengsten = Array.from({ length: len }, () => (r() < 0.3 ? 0 : cents(between(r, 0, kind === 'negatief' ? 3 : 1.2) * scale)));
  const start = int(r, 2000, 2060);
  let rente = Math.round(between(r, -0.01, 0.06) * 1e5) / 1e5;
  let idx = Math.round(between(r, -0.02, 0.05) * 1e4) / 1e4;
  if (kind === 'bijna-100%') {
    rente = pick(r, [-0.9, -0.99, -0.999999, 0.9, 1]);
    idx = pick(r, [-0.9, -0.99, -0.999, 0.5]);
  }
  if (kind === 'lang') rente = Math.round(between(r, 0, 0.2) * 1e4) / 1e4;
  let begin = cents(between(r, -0.5, 2) * scale);
  if (kind === 'negatief') begin = -Math.abs(begin);
  if (kind === 'nuldoorgang') {
    // the boekwaarde of 1-1 of the second year is (almost) exactly 0
    begin = cents(scale);
    opbrengsten[0] = 0;
    kosten[0] = 0;
    if (len > 1) {
      const bw1 = begin * (1 + rente);
      opbrengsten[0] = Math.max(0, bw1 + pick(r, [0, 1e-9, -1e-9, 0.001]));
    }
  }
  const perYear = r() < 0.3;
  const moment = pick(r, ['begin', 'begin', 'midden', 'eind'] as const);
  const curve = (base: number) =>
    (perYear
      ? IndexCurve.perYear(
          start,
          Array.from({ length: int(r, 1, 8) }, () => Math.max(-0.999, base + between(r, -0.01, 0.01))),
          'index',
        )
      : IndexCurve.scalar(base)
    ).at(moment);
  return {
    start,
    beginboekwaarde: begin,
    kosten,
    opbrengsten,
    rente,
    kostenindex: r() < 0.85 ? curve(idx) : undefined,
    opbrengstenindex: r() < 0.85 ? curve(idx / 2) : undefined,
    renteOverNegatief: r() < 0.25,
    prijspeiljaar: r() < 0.3 ? start + int(r, -5, 10) : undefined,
    opbrengstenBevrorenVanaf: r() < 0.2 ? start + int(r, 0, 15) : undefined,
  };
}

test('100,000 cases: the roll-forward float path within 0.001 of the decimal path wherever it answers', () => {
  const r = rng(2026);
  const N = 100_000;
  const count: Record<string, { n: number; fast: number; fallbackNeeded: number }> = {};
  let worst = 0;
  let worstCase = '';
  for (let c = 0; c < N; c++) {
    const kind = KINDS[c % KINDS.length];
    const x = makeCase(r, kind);
    const k = (count[kind] ??= { n: 0, fast: 0, fallbackNeeded: 0 });
    k.n++;
    const ref = rollForward(grexInputOf(x));
    const f = grexRollForwardFloat(x);
    let err = 0;
    if (f) {
      for (let i = 0; i < ref.length; i++) {
        const row = f.rows[i];
        const e = ref[i];
        err = Math.max(err, diff(row[1], e.begin), diff(row[2], e.kosten), diff(row[3], e.opbrengsten), diff(row[4], e.rente), diff(row[5], e.eind));
      }
    }
    if (f && f.bound < TOL) {
      k.fast++;
      if (err > worst) {
        worst = err;
        worstCase = JSON.stringify({ kind, bound: f.bound, ...x, kosten: x.kosten.length });
      }
    } else if (!f || !(err < TOL)) k.fallbackNeeded++;
    // GREX.RESULTAAT's three figures on every tenth case
    if (c % 10 === 0) {
      const d = pick(r, [0.02, 0.025, -0.5, 0.3]);
      const fr = grexResultFloat(x, d);
      if (fr && fr.bound < TOL) {
        const res = grexResult(grexInputOf(x), d);
        const e2 = Math.max(diff(fr.values[0], res.nominaal), diff(fr.values[1], res.eindwaarde), diff(fr.values[2], res.ncw));
        if (e2 > worst) {
          worst = e2;
          worstCase = JSON.stringify({ kind: `${kind} (resultaat)`, d, bound: fr.bound });
        }
      }
    }
  }
  const lines = Object.entries(count).map(
    ([kind, k]) =>
      `${kind}: ${k.n} gevallen, float-pad ${((100 * k.fast) / k.n).toFixed(1)}%, terugval ${k.n - k.fast} waarvan ${k.fallbackNeeded} ` +
      `nodig (float > 0,001 ernaast of niet eindig)`,
  );
  console.log(`Roll-forward float-pad over ${N} gevallen (grootste verschil waar het antwoordde: ${worst.toExponential(2)})\n${lines.join('\n')}`);
  if (!(worst < TOL)) throw new Error(`largest difference ${worst} for ${worstCase}`);
  // ordinary municipal models never need the decimal path
  expect(count.gewoon.fast / count.gewoon.n).toBeGreaterThan(0.999);
  expect(count.negatief.fast / count.negatief.n).toBeGreaterThan(0.99);
  // and the fallback mostly runs where it is needed (huge amounts, rates near −100%, long horizons):
  // where it ran without changing the answer beyond 0.001 is a small share of all cases
  const needless = Object.values(count).reduce((s, k) => s + k.n - k.fast - k.fallbackNeeded, 0);
  expect(needless).toBeLessThan(0.08 * N);
});

test('index factors in doubles agree with IndexCurve.factors within their bound, at each indexation moment', () => {
  const r = rng(5);
  for (let c = 0; c < 2000; c++) {
    const start = int(r, 2000, 2050);
    const curve =
      r() < 0.5
        ? IndexCurve.scalar(between(r, -0.5, 0.5))
        : IndexCurve.perYear(
            start,
            Array.from({ length: int(r, 1, 10) }, () => between(r, -0.3, 0.3)),
          );
    const price = start + int(r, -10, 10);
    const to = start + int(r, 0, 60);
    const moment = (['begin', 'midden', 'eind'] as const)[c % 3];
    const used = (c % 2 === 0 ? curve.frozenFrom(start + 5) : curve).at(moment);
    const f = indexFactorsFloat(used, price, start, to);
    const ref = used.factors(price, start, to);
    expect(f).toBeDefined();
    ref.forEach((x, i) => {
      const rel = new D(f!.factors[i]).minus(x).abs().div(x).toNumber();
      expect(rel).toBeLessThanOrEqual(f!.relErr[i] * (1 + 1e-6));
    });
  }
});

test('rollForwardTotals: the verschilanalyse entry gives the decimal result, fast or not', () => {
  const kosten = [1000, 500, 300];
  const opbrengsten = [0, 0, 2500];
  const p = { beginboekwaarde: 1000, rente: 0.03, disconteringsvoet: 0.02 };
  const fast = rollForwardTotals(kosten, opbrengsten, p);
  // by hand: 2000 + 30 = 2030 → +500 + 60,90 = 2590,90 → +300 − 2500 + 77,727 = 468,627
  expect(fast.exact).toBe(false);
  expect(fast.eindwaarde).toBeCloseTo(-468.627, 9);
  expect(fast.ncw).toBeCloseTo(-468.627 / 1.02 ** 3, 9);
  // near −100% the float path refuses and the decimal path answers
  const slow = rollForwardTotals([1e15, 0, 0], [0, 0, 1], { beginboekwaarde: 1e15, rente: -0.999999, disconteringsvoet: 0.02 });
  expect(slow.exact).toBe(true);
  expect(() => rollForwardTotals([1, 2], [1], p)).toThrow(/opbrengsten moet even lang zijn als kosten/);
});

test('GREX.BOEKWAARDE and GREX.RESULTAAT answer through the fast path with the worked example', () => {
  // 2025: 1.000 + 500 + 30 = 1.530; 2026: 1.530 + 306 − 609 + 45,90 = 1.272,90
  const rows = call('GREX.BOEKWAARDE', 1000, [[500, 300]], [[0, 600]], 0.03, 2025, 0.02, 0.015) as number[][];
  expect(rows[1][5]).toBeCloseTo(1272.9, 9);
  const res = call('GREX.RESULTAAT', 1000, [[500, 300]], [[0, 600]], 0.03, 0.02, 2025, 0.02, 0.015) as number[][];
  expect(res[0][0]).toBeCloseTo(-1200, 9);
  expect(res[0][2]).toBeCloseTo(-1272.9 / 1.02 ** 2, 9);
});
