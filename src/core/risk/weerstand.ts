/**
 * The risk reserve (benodigde weerstandscapaciteit) by Monte Carlo simulation
 * over a risk register (docs/methode/risico.md). Municipal
 * practice computes it by a risicosimulatie at a chosen zekerheidspercentage
 * [V: https://heemskerk.begroting-2018.nl/p2387/3-benodigde-weerstandscapaciteit (80%);
 * https://ede.jaarverslag-2017.nl/p2684/benodigde-weerstandscapaciteit (90%);
 * https://langedijk.begroting-2020.nl/p9703/benodigd-weerstandsvermogen (95%)].
 * The model below (independent risks, triangles, empirical quantile) is a
 * product choice [R]: the rules of the packages municipalities use (e.g. NARIS)
 * were not available to compare with.
 *
 * Per simulation s and risk i: draw u ~ U[0,1); the risk occurs when u < kans_i
 * and then costs its amount, or a draw from its triangle (inverse CDF):
 *   F_c = (c − a)/(b − a);  v < F_c: a + √(v (b − a)(c − a));  else: b − √((1 − v)(b − a)(b − c))
 *   totaal_s = Σ_i gevolg_i,s
 * Results over the N totals:
 *   benodigd  = the empirical quantile at zekerheid p: the ⌈p·N⌉-th smallest total,
 *               i.e. the smallest amount that covered at least p of the simulations
 *   gemiddelde = Σ totaal_s / N   (→ Σ kans × E[gevolg] as N grows)
 *   kans op overschrijding = #{totaal_s > reserve} / N
 *
 * Numbers: the simulation runs in plain IEEE doubles (not decimal.js): the
 * amounts are drawn at random, so the cent-exactness of the decimal policy
 * (numeric.ts) has no meaning here, and doubles keep 50 risks × 10,000
 * simulations in a few milliseconds. The rounding error of a sum of N doubles
 * is below N·2^-53 relative (about 10^-10 for N = 10^6), far below the
 * sampling error of the simulation itself. Deterministic: the same register,
 * N and zaad give the same result on every engine (prng.ts; the sums run in a
 * fixed order and √ is correctly rounded in IEEE 754).
 */
import { dec } from '../numeric';
import { invalid } from '../errors';
import { described, MSG } from '../messages';
import { Xoshiro128 } from './prng';
import type { Risk } from './register';
import { RMSG } from './messages';

const sqrt = Math.sqrt; // module-level: no global lookup per draw (see prng.ts)

export const DEFAULT_SIMULATIONS = 10_000;
export const MAX_SIMULATIONS = 1_000_000;
/** Upper bound on simulaties × risico's, so that one recalculation stays within about a second. */
export const MAX_DRAWS = 50_000_000;

/** One draw from the triangle (a, c, b) for a uniform v in [0, 1). */
export function triangular(a: number, c: number, b: number, v: number): number {
  if (b === a) return a;
  const fc = (c - a) / (b - a);
  return v < fc ? a + sqrt(v * (b - a) * (c - a)) : b - sqrt((1 - v) * (b - a) * (b - c));
}

/** The N simulated totals (unsorted), in the order drawn. */
export function simulateTotals(risks: readonly Risk[], simulaties: number, zaad: number): Float64Array {
  if (!Number.isInteger(simulaties) || simulaties < 1 || simulaties > MAX_SIMULATIONS) {
    throw invalid('simulaties', `${MSG.notInteger} van 1 tot en met ${'1.000.000'}`, simulaties);
  }
  if (simulaties * risks.length > MAX_DRAWS) {
    throw invalid('simulaties', RMSG.tooMuchWork('50.000.000'), described(`${simulaties} × ${risks.length}`));
  }
  const n = risks.length;
  const p = Float64Array.from(risks, (r) => r.kans);
  const a = Float64Array.from(risks, (r) => r.min);
  const c = Float64Array.from(risks, (r) => r.modus);
  const b = Float64Array.from(risks, (r) => r.max);
  const rng = new Xoshiro128(zaad);
  const totals = new Float64Array(simulaties);
  for (let s = 0; s < simulaties; s++) {
    let t = 0;
    for (let i = 0; i < n; i++) {
      if (rng.next() < p[i]) t += a[i] === b[i] ? a[i] : triangular(a[i], c[i], b[i], rng.next());
    }
    totals[s] = t;
  }
  return totals;
}

/** The ⌈p·N⌉-th smallest value of `sorted` (ascending), p in (0, 1]; ⌈p·N⌉ computed in decimals. */
export function empiricalQuantile(sorted: Float64Array, p: number): number {
  const k = Math.max(1, dec(p).times(sorted.length).ceil().toNumber());
  return sorted[Math.min(k, sorted.length) - 1];
}

export interface WeerstandInput {
  risks: readonly Risk[];
  /** Certainty p in (0, 1]; default 0.9. */
  zekerheid?: number;
  simulaties?: number;
  zaad?: number;
  reserve?: number;
}

export interface WeerstandResult {
  benodigd: number;
  gemiddelde: number;
  /** Only when a reserve is given. */
  kansOverschrijding?: number;
}

export function riskReserve(x: WeerstandInput): WeerstandResult {
  const p = x.zekerheid ?? 0.9;
  if (!(p > 0 && p <= 1)) throw invalid('zekerheid', RMSG.certainty, p);
  const totals = simulateTotals(x.risks, x.simulaties ?? DEFAULT_SIMULATIONS, x.zaad ?? 1);
  let sum = 0;
  let over = 0;
  for (let s = 0; s < totals.length; s++) {
    sum += totals[s];
    if (x.reserve !== undefined && totals[s] > x.reserve) over++;
  }
  totals.sort();
  const out: WeerstandResult = { benodigd: empiricalQuantile(totals, p), gemiddelde: sum / totals.length };
  if (x.reserve !== undefined) out.kansOverschrijding = over / totals.length;
  return out;
}
