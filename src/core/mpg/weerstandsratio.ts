/**
 * The ratio weerstandsvermogen and its class on the waarderingstabel that
 * many municipalities use, made by the Nederlands Adviesbureau voor
 * Risicomanagement (NAR) with the Universiteit Twente:
 *
 *   ratio = beschikbare / benodigde weerstandscapaciteit
 *   A  > 2,0        uitstekend
 *   B  1,4 – 2,0    ruim voldoende
 *   C  1,0 – 1,4    voldoende
 *   D  0,8 – 1,0    matig
 *   E  0,6 – 0,8    onvoldoende
 *   F  < 0,6        ruim onvoldoende
 *
 * The published tables write strict inequalities (1,4 < x < 2,0), so a ratio
 * of exactly a boundary is in no class as printed. GREX puts a boundary in
 * the higher class (every class includes its lower bound: x ≥ 2,0 is A,
 * x ≥ 1,0 is C), as Buren does when it calls a ratio of "tenminste 1"
 * categorie C. Sources in docs/methode/mpg.md#weerstandsratio.
 * The comparison is made on the exact decimal quotient.
 */
import { Dec, dec, DecInput } from '../numeric';

export interface RatioClass {
  klasse: 'A' | 'B' | 'C' | 'D' | 'E' | 'F';
  waardering: string;
  /** Lower bound of the class (inclusive); F has none. */
  vanaf?: number;
}

export const RATIO_SCALE: readonly RatioClass[] = [
  { klasse: 'A', waardering: 'uitstekend', vanaf: 2.0 },
  { klasse: 'B', waardering: 'ruim voldoende', vanaf: 1.4 },
  { klasse: 'C', waardering: 'voldoende', vanaf: 1.0 },
  { klasse: 'D', waardering: 'matig', vanaf: 0.8 },
  { klasse: 'E', waardering: 'onvoldoende', vanaf: 0.6 },
  { klasse: 'F', waardering: 'ruim onvoldoende' },
];

/** The class of a ratio: the first class whose lower bound it reaches (a boundary belongs to the higher class). */
export function ratioClass(ratio: Dec): RatioClass {
  for (const c of RATIO_SCALE) if (c.vanaf === undefined || ratio.gte(c.vanaf)) return c;
  return RATIO_SCALE[RATIO_SCALE.length - 1];
}

export function weerstandsratio(beschikbaar: DecInput, benodigd: DecInput): { ratio: Dec } & RatioClass {
  const ratio = dec(beschikbaar).div(dec(benodigd));
  return { ratio, ...ratioClass(ratio) };
}
