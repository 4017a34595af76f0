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

/** Shapley values of the n players for the game `values` (length 2^n). */
export function shapley(values: readonly Dec[], n: number): Dec[] {
  if (values.length !== 1 << n) throw new Error('shapley: values must have 2^n entries');
  const w = shapleyWeights(n);
  // Σ of the marginal contributions per player and coalition size, then one multiplication per size.
  const bySize: Dec[][] = Array.from({ length: n }, () => Array.from({ length: n }, () => ZERO));
  for (let mask = 0; mask < values.length; mask++) {
    const size = popcount(mask);
    for (let i = 0; i < n; i++) {
      const bit = 1 << i;
      if (mask & bit) continue;
      bySize[i][size] = bySize[i][size].plus(values[mask | bit].minus(values[mask]));
    }
  }
  return bySize.map((sums) => sums.reduce((phi, s, size) => (s.isZero() ? phi : phi.plus(w[size].times(s))), ZERO));
}
