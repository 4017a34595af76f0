/**
 * The verschilanalyse between two vintages (herzieningen) of one
 * grondexploitatie: the change of the result, RESULTAAT(nieuw) −
 * RESULTAAT(oud), split over driver groups by their Shapley values.
 *
 * The game: a coalition S of driver groups is the model in which the groups
 * in S take the new vintage's inputs and all others the old one's; v(S) is
 * its result on the chosen basis (nominaal, eindwaarde or NCW), computed
 * by the grondexploitatie core (evaluate.ts). v(∅) = RESULTAAT(oud),
 * v(all) = RESULTAAT(nieuw). Each group's effect is its Shapley value
 * (shapley.ts): the rows add up to the total, an unchanged group gets 0,
 * swapping old and new negates every row, and no order of the groups is
 * preferred. Method and sources: docs/methode/mpg.md.
 *
 * The groups and their inputs (a mixed model takes each group from one vintage):
 *  0 peildatum en prijspeil  startjaar (the NCW is at 1-1-startjaar) and prijspeiljaar
 *  1 rente                   rente, rente_over_negatief
 *  2 disconteringsvoet       disconteringsvoet
 *  3 kostenindex             kostenindex
 *  4 opbrengstenindex        opbrengstenindex, opbrengsten_bevriezen_vanaf
 *  5 fasering                the years of the model (first … last year of the series) and the
 *                            distribution of the costs and of the revenues over the calendar years
 *  6 kosten (volume)         Σ kosten over all posts and years, at the vintage's prijspeil
 *  7 opbrengsten (volume)    Σ opbrengsten, idem
 *  8 beginboekwaarde         beginboekwaarde, standing at 1-1 of the model's first year
 * A mixed model runs over the fasering's years, with the beginboekwaarde at
 * 1-1 of its first year; its costs in year t are volume_K × fasering_K(t)
 * (the vintage's own amounts where volume and fasering come from the same
 * vintage, or where one of them did not change); its NCW is at 1-1 of the
 * peildatum group's startjaar: EW / (1 + d)^(last year − startjaar + 1).
 */
import { Dec, dec, ZERO } from '../numeric';
import type { YearlySeries } from '../series';
import { discountFloat, indexedAmountsFloat, provenSnap, rollForwardFloat, type GrexInput } from '../grex';
import { grexValues, numbersOf } from './evaluate';
import { shapley } from './shapley';
import { borrowShares, prepare, Prepared, sameCurve, sameShares, spread, Vintage } from './vintage';

export type Basis = 'NCW' | 'EW' | 'NOMINAAL';
export const BASES: readonly Basis[] = ['NCW', 'EW', 'NOMINAAL'];

export const DRIVER_LABELS = [
  'Peildatum en prijspeil',
  'Rente',
  'Disconteringsvoet',
  'Kostenindex',
  'Opbrengstenindex',
  'Fasering',
  'Kosten (volume)',
  'Opbrengsten (volume)',
  'Beginboekwaarde',
] as const;
export const TOTAL_LABEL = 'Totaal';

const G = { moment: 0, rente: 1, disconto: 2, kidx: 3, oidx: 4, fas: 5, volK: 6, volO: 7, bw: 8 } as const;
const NGROUPS = DRIVER_LABELS.length;

export interface Verschil {
  /** One effect per driver group, in the order of DRIVER_LABELS (positive = voordelig). */
  effects: Dec[];
  /** RESULTAAT(nieuw) − RESULTAAT(oud) on the basis. */
  totaal: Dec;
  oud: Dec;
  nieuw: Dec;
  /** Which groups differ between the two vintages. */
  changed: boolean[];
  /**
   * The old vintage restated to the new peildatum and prijspeil: v({peildatum en prijspeil}).
   * With only the startjaar moved by k years this is oud × (1 + d)^k on NCW basis (the MPG restatement).
   */
  herrekendOud: Dec;
}

/** The result of one vintage on a basis, exactly as GREX.RESULTAAT computes it. */
export function resultOn(v: Vintage, basis: Basis): Dec {
  const r = grexValues(v, v.disconteringsvoet);
  return basis === 'NCW' ? r.ncw : basis === 'EW' ? r.eindwaarde : r.nominaal;
}

function changedGroups(p: readonly [Prepared, Prepared]): boolean[] {
  const [o, n] = p;
  const from = Math.min(o.a, n.a, o.prijspeiljaar, n.prijspeiljaar) - 1;
  const to = Math.max(o.e, n.e, o.prijspeiljaar, n.prijspeiljaar) + 1;
  const c: boolean[] = [];
  c[G.moment] = o.startjaar !== n.startjaar || o.prijspeiljaar !== n.prijspeiljaar;
  c[G.rente] = !o.rente.eq(n.rente) || o.renteOverNegatief !== n.renteOverNegatief;
  c[G.disconto] = !o.disconteringsvoet.eq(n.disconteringsvoet);
  c[G.kidx] = !sameCurve(o.kostenindex, n.kostenindex, from, to);
  c[G.oidx] = !sameCurve(o.opbrengstenindex, n.opbrengstenindex, from, to);
  c[G.fas] = o.a !== n.a || o.e !== n.e || !sameShares(o.shK, n.shK) || !sameShares(o.shO, n.shO);
  c[G.volK] = !o.volK.eq(n.volK);
  c[G.volO] = !o.volO.eq(n.volO);
  c[G.bw] = !o.beginboekwaarde.eq(n.beginboekwaarde);
  return c;
}

/**
 * The costs (or revenues) of a mixed model: volume from vintage `vol`,
 * fasering from vintage `fas`. The vintage's own series where that is the
 * same thing, so the pure vintages are evaluated on exactly their input.
 */
function mixSeries(p: readonly [Prepared, Prepared], vol: number, fas: number, kind: 'K' | 'O'): YearlySeries {
  const pv = p[vol];
  const pf = p[fas];
  const series = (x: Prepared) => (kind === 'K' ? x.kosten : x.opbrengsten);
  const volume = (x: Prepared) => (kind === 'K' ? x.volK : x.volO);
  const shares = (x: Prepared) => (kind === 'K' ? x.shK : x.shO);
  if (vol === fas) return series(pv);
  if (sameShares(shares(pv), shares(pf)) && within(series(pv), pf.a, pf.e)) return series(pv).window(pf.a, pf.e);
  if (volume(pv).eq(volume(pf))) return series(pf);
  return spread(volume(pv), shares(pf), pf.a, pf.e);
}

/** Are all non-zero amounts of `s` in the years a … e? */
function within(s: YearlySeries, a: number, e: number): boolean {
  return s.values.every((v, i) => v.isZero() || (s.start + i >= a && s.start + i <= e));
}

export function verschilanalyse(oud: Vintage, nieuw: Vintage, basis: Basis = 'NCW'): Verschil {
  const p = [prepare(oud), prepare(nieuw)] as const;
  borrowShares(p[0], p[1]);
  const changed = changedGroups(p);
  const players = changed.map((c, g) => (c ? g : -1)).filter((g) => g >= 0);
  const o = resultOn(oud, basis);
  const n = resultOn(nieuw, basis);
  // Shared across coalitions: the mixed series, the indexed yearly amounts per (volume, fasering, index,
  // prijspeil) of each kind, and the roll-forward per coalition of all groups but the disconteringsvoet (it only
  // discounts the end value).
  const cache = new Map<string, unknown>();
  const once = <T>(key: string, f: () => T): T => {
    if (!cache.has(key)) cache.set(key, f());
    return cache.get(key) as T;
  };
  const mix = (vol: number, fas: number, kind: 'K' | 'O') => once(kind + vol + fas, () => mixSeries(p, vol, fas, kind));
  const indexed = (pick: number[], kind: 'K' | 'O') => {
    const [vol, idx] = kind === 'K' ? [pick[G.volK], pick[G.kidx]] : [pick[G.volO], pick[G.oidx]];
    const [fas, mom] = [pick[G.fas], pick[G.moment]];
    const curve = kind === 'K' ? p[idx].kostenindex : p[idx].opbrengstenindex;
    return once(`${kind}${vol}${fas}${idx}${mom}`, () => indexedAmountsFloat(numbersOf(mix(vol, fas, kind)), curve, p[mom].prijspeiljaar, p[fas].a));
  };
  const num = p.map((x) => [x.beginboekwaarde.toNumber(), x.rente.toNumber(), x.disconteringsvoet.toNumber()]);
  const di = players.indexOf(G.disconto);
  /** v(S) in doubles where the float bound proves it within a tenth of a cent of the decimal path. */
  const fast = (mask: number, pick: number[]): number | undefined => {
    const rf = once(`r${di < 0 ? mask : mask & ~(1 << di)}`, () => {
      const k = indexed(pick, 'K');
      const q = k && indexed(pick, 'O');
      const r = pick[G.rente];
      return (
        q && rollForwardFloat(k.x, k.err, q.x, q.err, { beginboekwaarde: num[pick[G.bw]][0], rente: num[r][1], renteOverNegatief: p[r].renteOverNegatief })
      );
    });
    if (!rf) return undefined;
    const ew = -rf.eind[rf.eind.length - 1];
    if (basis === 'EW') return provenSnap(ew, rf.endBound);
    const pv = discountFloat(ew, rf.endBound, num[pick[G.disconto]][2], p[pick[G.fas]].e - p[pick[G.moment]].startjaar + 1);
    return pv && provenSnap(pv.value, Math.max(rf.endBound, pv.bound));
  };
  const full = (1 << players.length) - 1;
  const value = (mask: number): Dec => {
    const pick = new Array<number>(NGROUPS).fill(0);
    players.forEach((g, i) => {
      if (mask & (1 << i)) pick[g] = 1;
    });
    const b = p[pick[G.bw]].beginboekwaarde;
    if (basis === 'NOMINAAL') return p[pick[G.volO]].volO.minus(p[pick[G.volK]].volK).minus(b);
    if (mask === 0 || mask === full) return mask ? n : o; // the pure vintages: exactly GREX.RESULTAAT's figures
    const f = fast(mask, pick);
    if (f !== undefined) return dec(f);
    const m = p[pick[G.moment]];
    const x: GrexInput = {
      beginboekwaarde: b,
      kosten: mix(pick[G.volK], pick[G.fas], 'K'),
      opbrengsten: mix(pick[G.volO], pick[G.fas], 'O'),
      rente: p[pick[G.rente]].rente,
      renteOverNegatief: p[pick[G.rente]].renteOverNegatief,
      kostenindex: p[pick[G.kidx]].kostenindex,
      opbrengstenindex: p[pick[G.oidx]].opbrengstenindex,
      prijspeiljaar: m.prijspeiljaar,
    };
    const r = grexValues(x, p[pick[G.disconto]].disconteringsvoet, m.startjaar);
    return basis === 'EW' ? r.eindwaarde : r.ncw;
  };
  const values = Array.from({ length: 1 << players.length }, (_, mask) => value(mask));
  const phi = shapley(values, players.length);
  const effects: Dec[] = Array.from({ length: NGROUPS }, () => ZERO);
  players.forEach((g, i) => {
    effects[g] = phi[i];
  });
  const mi = players.indexOf(G.moment);
  return { effects, totaal: n.minus(o), oud: o, nieuw: n, changed, herrekendOud: mi >= 0 ? values[1 << mi] : values[0] };
}
