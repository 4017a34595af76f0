/**
 * The benodigde weerstandscapaciteit of a grondbedrijf with several
 * complexes: one Monte Carlo simulation over the risks of all complexes
 * together (weerstand.ts), next to each complex on its own.
 *
 *   benodigd(grondbedrijf) = quantile_p( Σ_complexes Σ_risks gevolg )      (one simulation)
 *   spreidingsvoordeel     = Σ_complexes benodigd(complex) − benodigd(grondbedrijf)
 *
 * A quantile of a sum is not the sum of the quantiles: risks of different
 * complexes rarely all occur in the same year, so the joint amount is
 * usually lower than the sum per complex (for independent risks and
 * p ≥ 50% it is never meaningfully higher). Summing the per-complex amounts
 * overstates the need; this computes it. The same independence assumption
 * as weerstand.ts applies [R]; risks that move together should be one risk.
 */
import type { Risk } from './register';
import { riskReserve, WeerstandResult } from './weerstand';

export interface PortfolioInput {
  risks: readonly Risk[];
  /** The complex of each risk, same order as `risks`. */
  complexes: readonly string[];
  zekerheid?: number;
  simulaties?: number;
  zaad?: number;
  reserve?: number;
}

export interface PortfolioResult {
  /** Per complex in order of first appearance: the amount when it stood alone. */
  perComplex: { complex: string; benodigd: number; gemiddelde: number }[];
  somAfzonderlijk: number;
  grondbedrijf: WeerstandResult;
  spreidingsvoordeel: number;
}

export function portfolioReserve(x: PortfolioInput): PortfolioResult {
  const order: string[] = [];
  const byComplex = new Map<string, Risk[]>();
  x.risks.forEach((r, i) => {
    const c = x.complexes[i];
    if (!byComplex.has(c)) {
      byComplex.set(c, []);
      order.push(c);
    }
    byComplex.get(c)!.push(r);
  });
  const opts = { zekerheid: x.zekerheid, simulaties: x.simulaties, zaad: x.zaad };
  const perComplex = order.map((complex) => {
    const r = riskReserve({ risks: byComplex.get(complex)!, ...opts });
    return { complex, benodigd: r.benodigd, gemiddelde: r.gemiddelde };
  });
  const grondbedrijf = riskReserve({ risks: x.risks, ...opts, reserve: x.reserve });
  const somAfzonderlijk = perComplex.reduce((s, c) => s + c.benodigd, 0);
  return { perComplex, somAfzonderlijk, grondbedrijf, spreidingsvoordeel: somAfzonderlijk - grondbedrijf.benodigd };
}
