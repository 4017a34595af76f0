/**
 * Flow timing and the exponents of discounting and compounding
 * (docs/methode/tijdwaarde-bbv.md#formules).
 *
 *   timing   flow of year t falls on   discount n (to 1-1-peiljaar)   compound m (to 31-12-eindjaar)
 *   eind     31-12-t                   t − peiljaar + 1               eindjaar − t
 *   midden   1-7-t                     t − peiljaar + 0.5             eindjaar − t + 0.5
 *   begin    1-1-t                     t − peiljaar                   eindjaar − t + 1
 */
export const TIMINGS = ['eind', 'midden', 'begin'] as const;
export type Timing = (typeof TIMINGS)[number];

const OFFSET: Record<Timing, number> = { eind: 1, midden: 0.5, begin: 0 };

/** n such that PV at 1-1-peiljaar = X / (1+d)^n. */
export function discountExponent(year: number, peiljaar: number, timing: Timing): number {
  return year - peiljaar + OFFSET[timing];
}

/** m such that the value at 31-12-eindjaar = X × (1+r)^m. */
export function compoundExponent(year: number, eindjaar: number, timing: Timing): number {
  return eindjaar - year + 1 - OFFSET[timing];
}
