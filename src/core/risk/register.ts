/**
 * A risk register: per risk a probability of occurrence and its consequence,
 * either one amount or a triangle (minimum, meest waarschijnlijk, maximum).
 *
 *   E[gevolg]  = bedrag, or (min + modus + max) / 3 for a triangle
 *   E[totaal]  = Σ kans_i × E[gevolg_i]        (independent risks)
 *
 * The triangle and its moments are the textbook triangular distribution
 * (e.g. Evans, Hastings & Peacock, Statistical Distributions) [R]; using it
 * for a municipal risk register is a product choice (docs/methode/risico.md#rekenmodel).
 */
import { invalid } from '../errors';
import { described, formatNumber, MSG } from '../messages';
import { RMSG } from './messages';

export interface Risk {
  kans: number;
  min: number;
  modus: number;
  max: number;
}

/**
 * The register from numeric rows and a list of probabilities:
 *  - n rows of 1 column (amounts) or of 3 columns (triangles), n = kansen.length;
 *  - or a single row of n amounts (a register typed across).
 * Amounts must be ≥ 0 (a consequence is a cost, entered positive: docs/methode/tijdwaarde-bbv.md#conventies) and each
 * probability in [0, 1].
 */
export function buildRegister(rows: readonly (readonly number[])[], kansen: readonly number[]): Risk[] {
  kansen.forEach((k, i) => {
    if (!(k >= 0 && k <= 1)) throw invalid('kansen', RMSG.probability(i + 1), k);
  });
  const width = rows.length ? Math.max(...rows.map((r) => r.length)) : 0;
  let triples: [number, number, number][];
  let across = false; // one row of point amounts, risks side by side
  if (rows.length === kansen.length && (width === 1 || width === 3)) {
    triples = rows.map((r) => (width === 1 ? [r[0], r[0], r[0]] : [r[0], r[1], r[2]]));
  } else if (rows.length === 1 && width === kansen.length) {
    across = true;
    triples = rows[0].map((x) => [x, x, x]);
  } else {
    throw invalid('gevolgen', RMSG.registerShape(kansen.length), described(`${rows.length} rijen × ${width} kolommen`));
  }
  return triples.map(([a, c, b], i) => {
    [a, c, b].forEach((x, j) => {
      const [row, col] = across ? [1, i + 1] : [i + 1, j + 1];
      if (!Number.isFinite(x)) throw invalid('gevolgen', MSG.cellText(row, col), x);
      if (x < 0) throw invalid('gevolgen', RMSG.negative(row, col), x);
    });
    if (!(a <= c && c <= b)) throw invalid('gevolgen', RMSG.triangleOrder(i + 1), described(`${fmt(a)}; ${fmt(c)}; ${fmt(b)}`));
    return { kans: kansen[i], min: a, modus: c, max: b };
  });
}

const fmt = (x: number) => formatNumber(x);

/** E[gevolg] of one risk. */
export function expectedConsequence(r: Risk): number {
  return (r.min + r.modus + r.max) / 3;
}

/** Σ kans × E[gevolg]: the analytical mean of the total for independent risks. */
export function expectedTotal(risks: readonly Risk[]): number {
  return risks.reduce((s, r) => s + r.kans * expectedConsequence(r), 0);
}

/** Var[total] for independent risks: Σ (kans × E[Y²] − kans² × E[Y]²), E[Y²] of the triangle = (a²+b²+c²+ab+ac+bc)/6. */
export function varianceTotal(risks: readonly Risk[]): number {
  return risks.reduce((s, r) => {
    const { min: a, modus: c, max: b } = r;
    const ey = (a + b + c) / 3;
    const ey2 = (a * a + b * b + c * c + a * b + a * c + b * c) / 6;
    return s + r.kans * ey2 - r.kans * r.kans * ey * ey;
  }, 0);
}
