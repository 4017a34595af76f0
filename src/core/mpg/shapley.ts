/**
 * Exact Shapley values of a cooperative game with a small number of players
 * (L. S. Shapley, "A value for n-person games", in Contributions to the
 * Theory of Games II, Annals of Mathematics Studies 28, 1953, pp. 307–317):
 *
 *   φ_i = Σ_{S ⊆ N \ {i}}  |S|! (n − |S| − 1)! / n!  ×  ( v(S ∪ {i}) − v(S) )
 *
 * i.e. each player's marginal contribution averaged over all n! orders in
 * which the players can join. Properties used by the verschilanalyse:
 * efficiency (Σ φ_i = v(N) − v(∅)), the null player (a player whose joining
 * never changes v gets exactly 0), symmetry, and antisymmetry under
 * swapping the two end states (v'(S) = v(N \ S) gives φ'_i = −φ_i).
 *
 * `values[mask]` is v of the coalition whose members are the set bits of
 * `mask` (bit i = player i). Decimal arithmetic throughout, so the rows add
 * up to v(N) − v(∅) to far below a cent.
 */
import { D, Dec, ZERO } from '../numeric';

function factorials(n: number): Dec[] {
  const f: Dec[] = [new D(1)];
  for (let k = 1; k <= n; k++) f.push(f[k - 1].times(k));
  return f;
}

/** The weight |S|!(n−|S|−1)!/n! for each coalition size |S| = 0 … n−1. */
export function shapleyWeights(n: number): Dec[] {
  const f = factorials(n);
  return Array.from({ length: n }, (_, s) => f[s].times(f[n - s - 1]).div(f[n]));
}

function popcount(x: number): number {
  let c = 0;
  for (; x; x &= x - 1) c++;
  return c;
}

/**
 * Shapley values of the n players for the game `values` (length 2^n). With
 * A_i[s] = Σ v(S) over |S| = s, i ∈ S and T[s] = Σ v(S) over |S| = s:
 *   φ_i = Σ_s w_s × ( A_i[s + 1] − (T[s] − A_i[s]) )
 * (one addition per member of each coalition instead of a subtraction and an
 * addition per non-member). The sums are exact at 34 digits for values of
 * at most 15 significant digits (as the verschilanalyse gives them) unless
 * they differ by a factor of more than about 10^17, so a player whose
 * joining never changes v gets exactly 0.
 */
export function shapley(values: readonly Dec[], n: number): Dec[] {
  if (values.length !== 1 << n) throw new Error('shapley: values must have 2^n entries');
  const w = shapleyWeights(n);
  const T: Dec[] = Array.from({ length: n + 1 }, () => ZERO);
  const A: Dec[][] = Array.from({ length: n }, () => T.slice());
  for (let mask = 0; mask < values.length; mask++) {
    const size = popcount(mask);
    const v = values[mask];
    T[size] = T[size].plus(v);
    for (let i = 0; i < n; i++) if (mask & (1 << i)) A[i][size] = A[i][size].plus(v);
  }
  return A.map((a) => {
    let phi = ZERO;
    for (let s = 0; s < n; s++) {
      const d = a[s + 1].minus(T[s].minus(a[s]));
      if (!d.isZero()) phi = phi.plus(w[s].times(d));
    }
    return phi;
  });
}
