/**
 * One vintage (herziening) of a grondexploitatie as the verschilanalyse sees
 * it, prepared once: its per-year totals, its volumes and fasering, its index
 * curves with the factors cached, and its parameters.
 *
 *   volume_K   = Σ_t K_t                (all cost posts, at the vintage's own prijspeil)
 *   fasering_K = K_t / volume_K per calendar year t (the distribution over years)
 * and the same for the opbrengsten. All posts of a kind share one index, so
 * only the per-year totals matter for the result; a vintage without any
 * costs (volume 0) has no fasering of its own and takes the other vintage's.
 */
import { Dec, DecInput, dec, ZERO } from '../numeric';
import { YearlySeries } from '../series';
import { IndexCurve } from '../index-curve';
import type { GrexInput } from '../grex';

export interface Vintage extends GrexInput {
  disconteringsvoet: DecInput;
}

/** A distribution over calendar years: shares[i] belongs to year `start + i`. */
export interface Shares {
  start: number;
  values: Dec[];
}

export interface Prepared {
  /** Peildatum of the NCW (1-1-startjaar) and the prijspeiljaar. */
  startjaar: number;
  prijspeiljaar: number;
  beginboekwaarde: Dec;
  rente: Dec;
  renteOverNegatief: boolean;
  disconteringsvoet: Dec;
  kostenindex: IndexCurve;
  /** The revenue index with the freeze already applied. */
  opbrengstenindex: IndexCurve;
  /** The window of the series: first and last year. */
  a: number;
  e: number;
  kosten: YearlySeries;
  opbrengsten: YearlySeries;
  volK: Dec;
  volO: Dec;
  shK: Shares;
  shO: Shares;
}

/** An index curve whose factors are computed once per (prijspeil, window). */
function memoised(c: IndexCurve): IndexCurve {
  const cache = new Map<string, Dec[]>();
  const own = c.factors.bind(c);
  c.factors = (p: number, from: number, to: number): Dec[] => {
    const key = `${p},${from},${to}`;
    let f = cache.get(key);
    if (!f) cache.set(key, (f = own(p, from, to)));
    return f;
  };
  return c;
}

function sharesOf(s: YearlySeries, total: Dec): Shares {
  return { start: s.start, values: total.isZero() ? s.values.map(() => ZERO) : s.values.map((v) => v.div(total)) };
}

export function prepare(v: Vintage): Prepared {
  const oc = v.opbrengstenindex ?? IndexCurve.none();
  const volK = v.kosten.total();
  const volO = v.opbrengsten.total();
  return {
    startjaar: v.kosten.start,
    prijspeiljaar: v.prijspeiljaar ?? v.kosten.start,
    beginboekwaarde: dec(v.beginboekwaarde),
    rente: dec(v.rente),
    renteOverNegatief: v.renteOverNegatief ?? false,
    disconteringsvoet: dec(v.disconteringsvoet),
    kostenindex: memoised(v.kostenindex ?? IndexCurve.none()),
    opbrengstenindex: memoised(v.opbrengstenBevrorenVanaf === undefined ? oc : oc.frozenFrom(v.opbrengstenBevrorenVanaf)),
    a: v.kosten.start,
    e: v.kosten.end,
    kosten: v.kosten,
    opbrengsten: v.opbrengsten,
    volK,
    volO,
    shK: sharesOf(v.kosten, volK),
    shO: sharesOf(v.opbrengsten, volO),
  };
}

/** A vintage without costs (or revenues) takes the other vintage's fasering of that kind. */
export function borrowShares(x: Prepared, y: Prepared): void {
  if (x.volK.isZero() && !y.volK.isZero()) x.shK = y.shK;
  if (x.volO.isZero() && !y.volO.isZero()) x.shO = y.shO;
  if (y.volK.isZero() && !x.volK.isZero()) y.shK = x.shK;
  if (y.volO.isZero() && !x.volO.isZero()) y.shO = x.shO;
}

const shareAt = (s: Shares, y: number): Dec => {
  const i = y - s.start;
  return i >= 0 && i < s.values.length ? s.values[i] : ZERO;
};

export function sameShares(p: Shares, q: Shares): boolean {
  const from = Math.min(p.start, q.start);
  const to = Math.max(p.start + p.values.length, q.start + q.values.length);
  for (let y = from; y < to; y++) if (!shareAt(p, y).eq(shareAt(q, y))) return false;
  return true;
}

/** volume × shares laid on the years a … e; shares outside the window go to its nearest year. */
export function spread(volume: Dec, s: Shares, a: number, e: number): YearlySeries {
  const out: Dec[] = Array.from({ length: e - a + 1 }, () => ZERO);
  s.values.forEach((w, i) => {
    if (w.isZero()) return;
    const y = Math.min(Math.max(s.start + i, a), e);
    out[y - a] = out[y - a].plus(volume.times(w));
  });
  return new YearlySeries(a, out);
}

/** Do two curves index to the same moment with the same rate in every year from `from` to `to`? */
export function sameCurve(c: IndexCurve, d: IndexCurve, from: number, to: number): boolean {
  if (c.moment !== d.moment) return false;
  for (let y = from; y <= to; y++) if (!c.rate(y).eq(d.rate(y))) return false;
  return true;
}
