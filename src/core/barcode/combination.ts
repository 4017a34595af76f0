/**
 * The land a programme claims under a set of options, and the search for the
 * best combination of allowed options.
 *
 * Model (GREX's own, documented in the help of GREX.MENGOPTIES; no source
 * prescribes it). Start from the barcode claim c_f of every function, then:
 *   1 stapelen f with n lagen:          c_f ← c_f / n
 *   2 mengen w into housing h, share s: c_w ← (1 − s) × c_w   (the land moves into the plinth of h)
 *   3 combineren a and b, share s:      shared = s × min(c_a, c_b); the smaller of the two claims
 *                                       (b on a tie) is reduced by `shared` (it lies within the other)
 *   total = Σ_f c_f
 * A combination holds at most one option of each kind per function (see
 * options.ts `conflicts`), so the steps commute and each step is monotone:
 * no option, alone or added to a combination, increases the land claimed.
 *
 * Search: up to EXHAUSTIVE_MAX allowed options, every compatible subset is
 * evaluated (at most 2^12 = 4096). The best has the smallest total; on a tie
 * the fewest options; then the subset whose option numbers come first in
 * lexicographic order. Above EXHAUSTIVE_MAX a greedy heuristic: start with no
 * option, repeatedly add the compatible option that lowers the total most
 * (ties: the first in the table), stop when none lowers it. The greedy result
 * is never worse than the best single option (its first step), but the
 * optimum is not guaranteed.
 */
import { ZERO, sum, type Dec } from '../numeric';
import { conflicts, type MixOption } from './options';

export const EXHAUSTIVE_MAX = 12;

export interface ChoiceClaim {
  /** Claim per function (norm order) after the options. */
  claims: Dec[];
  total: Dec;
  /** Land moved into the plinth per housing function (norm index). */
  mixedInto: Map<number, Dec>;
}

/** Steps 1–3 on claims read with `get` and written with `set`; returns the land moved per housing function. */
function runSteps(options: readonly MixOption[], get: (i: number) => Dec, set: (i: number, v: Dec) => void): Map<number, Dec> {
  const mixedInto = new Map<number, Dec>();
  for (const o of options) if (o.soort === 'stapelen') set(o.functie, get(o.functie).div(o.factor));
  for (const o of options) {
    if (o.soort !== 'mengen') continue;
    const moved = get(o.functie).times(o.factor);
    set(o.functie, get(o.functie).minus(moved));
    const h = o.met as number;
    mixedInto.set(h, (mixedInto.get(h) ?? ZERO).plus(moved));
  }
  for (const o of options) {
    if (o.soort !== 'combineren') continue;
    const a = o.functie;
    const b = o.met as number;
    const smaller = get(a).lessThan(get(b)) ? a : b;
    set(smaller, get(smaller).minus(get(smaller).times(o.factor)));
  }
  return mixedInto;
}

/** Apply a compatible set of options to the base claims (steps 1–3 above). */
export function applyOptions(base: readonly Dec[], options: readonly MixOption[]): ChoiceClaim {
  const c = base.slice();
  const mixedInto = runSteps(
    options,
    (i) => c[i],
    (i, v) => {
      c[i] = v;
    },
  );
  return { claims: c, total: sum(c), mixedInto };
}

/**
 * The same total as applyOptions(base, options).total, touching only the
 * functions the options change: total = Σ base + Σ_touched (c_f − base_f).
 */
export function totalWith(base: readonly Dec[], baseTotal: Dec, options: readonly MixOption[]): Dec {
  const changed = new Map<number, Dec>();
  runSteps(
    options,
    (i) => changed.get(i) ?? base[i],
    (i, v) => {
      changed.set(i, v);
    },
  );
  let t = baseTotal;
  for (const [i, v] of changed) t = t.plus(v.minus(base[i]));
  return t;
}

/** Can these options be combined (no two of them conflict)? */
export function compatible(options: readonly MixOption[]): boolean {
  for (let i = 0; i < options.length; i++) for (let j = i + 1; j < options.length; j++) if (conflicts(options[i], options[j])) return false;
  return true;
}

export interface BestCombination {
  options: MixOption[];
  claim: ChoiceClaim;
  method: 'exhaustief' | 'heuristiek';
  /** Number of combinations evaluated (exhaustive) or options considered (heuristic). */
  searched: number;
}

function better(a: { total: Dec; set: readonly MixOption[] }, b: { total: Dec; set: readonly MixOption[] }): boolean {
  const c = a.total.comparedTo(b.total);
  if (c !== 0) return c < 0;
  if (a.set.length !== b.set.length) return a.set.length < b.set.length;
  for (let i = 0; i < a.set.length; i++) if (a.set[i].index !== b.set[i].index) return a.set[i].index < b.set[i].index;
  return false;
}

/** The best combination of the allowed options (exhaustive up to EXHAUSTIVE_MAX, greedy above). */
export function bestCombination(base: readonly Dec[], options: readonly MixOption[]): BestCombination {
  const allowed = options.filter((o) => o.allowed).sort((x, y) => x.index - y.index);
  if (allowed.length > EXHAUSTIVE_MAX) return greedy(base, allowed);
  const baseTotal = sum(base);
  let best = { total: baseTotal, set: [] as MixOption[] };
  let searched = 0;
  const chosen: MixOption[] = [];
  const visit = (from: number): void => {
    searched++;
    const total = totalWith(base, baseTotal, chosen);
    if (better({ total, set: chosen }, best)) best = { total, set: chosen.slice() };
    for (let i = from; i < allowed.length; i++) {
      if (chosen.some((o) => conflicts(o, allowed[i]))) continue;
      chosen.push(allowed[i]);
      visit(i + 1);
      chosen.pop();
    }
  };
  visit(0);
  return { options: best.set, claim: applyOptions(base, best.set), method: 'exhaustief', searched };
}

function greedy(base: readonly Dec[], allowed: readonly MixOption[]): BestCombination {
  const chosen: MixOption[] = [];
  const baseTotal = sum(base);
  let total = baseTotal;
  for (;;) {
    let pick: MixOption | undefined;
    let pickTotal = total;
    for (const o of allowed) {
      if (chosen.includes(o) || chosen.some((c) => conflicts(c, o))) continue;
      const t = totalWith(base, baseTotal, [...chosen, o]);
      if (t.lessThan(pickTotal)) {
        pick = o;
        pickTotal = t;
      }
    }
    if (!pick) break;
    chosen.push(pick);
    total = pickTotal;
  }
  chosen.sort((x, y) => x.index - y.index);
  return { options: chosen, claim: applyOptions(base, chosen), method: 'heuristiek', searched: allowed.length };
}
