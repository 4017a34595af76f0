/**
 * Internal rate of return of a yearly series: the rate d > −1 at which
 * Σ_i X_i / (1+d)^i = 0 (flows at equal yearly steps; the first at i = 0,
 * as Excel's IRR). Newton's method from `guess`, with a bracketing bisection
 * as a fallback. Throws noConvergence (#NUM!) when the flows have no sign
 * change or no root is found in (−99%, 1000%).
 */
import { noConvergence } from './errors';
import { MSG } from './messages';

/** The positions (0-based) where the sign of the non-zero flows changes: the flow that starts a new sign. */
export function signChanges(flows: readonly number[]): number[] {
  const out: number[] = [];
  let last = 0;
  flows.forEach((x, i) => {
    const s = Math.sign(x);
    if (s === 0) return;
    if (last !== 0 && s !== last) out.push(i);
    last = s;
  });
  return out;
}

/**
 * The IRR of a yearly series that must have exactly one sign change (then the
 * root d > −1 is unique: Descartes' rule of signs in v = 1/(1+d) > 0). No change
 * or several changes are #NUM! with a Dutch message naming what was found; the
 * years in it count from `startjaar` (default 1).
 */
export function uniqueIrr(flows: readonly number[], startjaar = 1): number {
  const changes = signChanges(flows);
  if (changes.length === 0) {
    const what = flows.every((x) => x === 0)
      ? 'alle bedragen zijn 0'
      : flows.some((x) => x > 0)
        ? 'alle bedragen zijn positief of 0'
        : 'alle bedragen zijn negatief of 0';
    throw noConvergence(MSG.irrNoSignChange(what));
  }
  if (changes.length > 1) throw noConvergence(MSG.irrManySignChanges(changes.length, changes.map((i) => String(startjaar + i)).join(', ')));
  return internalRateOfReturn(flows);
}

function npvAt(flows: readonly number[], r: number): number {
  let s = 0;
  let f = 1;
  const v = 1 / (1 + r);
  for (const x of flows) {
    s += x * f;
    f *= v;
  }
  return s;
}

function dNpvAt(flows: readonly number[], r: number): number {
  let s = 0;
  for (let i = 1; i < flows.length; i++) s -= (i * flows[i]) / Math.pow(1 + r, i + 1);
  return s;
}

export function internalRateOfReturn(flows: readonly number[], guess = 0.1, tolerance = 1e-12): number {
  const hasPos = flows.some((x) => x > 0);
  const hasNeg = flows.some((x) => x < 0);
  if (!hasPos || !hasNeg) throw noConvergence(MSG.noConvergenceIrr);
  const scale = flows.reduce((a, x) => a + Math.abs(x), 0);

  let r = guess;
  for (let k = 0; k < 50; k++) {
    const f = npvAt(flows, r);
    if (Math.abs(f) <= tolerance * scale) return r;
    const d = dNpvAt(flows, r);
    if (!Number.isFinite(d) || d === 0) break;
    const next = r - f / d;
    if (!(next > -0.99) || next > 10 || !Number.isFinite(next)) break;
    if (Math.abs(next - r) < 1e-15) return next;
    r = next;
  }

  // Fallback: scan for a sign change, then bisect.
  const grid = [-0.99, -0.9, -0.5, -0.2, -0.1, 0, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10];
  for (let j = 0; j + 1 < grid.length; j++) {
    let lo = grid[j];
    let hi = grid[j + 1];
    let flo = npvAt(flows, lo);
    const fhi = npvAt(flows, hi);
    if (flo === 0) return lo;
    if (Math.sign(flo) === Math.sign(fhi)) continue;
    for (let k = 0; k < 200; k++) {
      const mid = (lo + hi) / 2;
      const fm = npvAt(flows, mid);
      if (Math.abs(fm) <= tolerance * scale || hi - lo < 1e-15) return mid;
      if (Math.sign(fm) === Math.sign(flo)) {
        lo = mid;
        flo = fm;
      } else hi = mid;
    }
  }
  throw noConvergence(MSG.noConvergenceIrr);
}
