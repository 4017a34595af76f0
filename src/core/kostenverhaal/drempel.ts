/**
 * The threshold below which the bevoegd gezag may decide not to recover costs.
 *
 * Omgevingsbesluit, afzien van kostenverhaal, onder a: "het totaal van de verschuldigde
 * geldsommen dat op grond van artikel 13.18 van de wet kan worden verhaald, minder bedraagt
 * dan € 10.000" [V: https://rechtspraakbestuursrecht.nl/artikel-8-14-ob-afzien-van-kostenverhaal/;
 * content also V: https://www.overwater-grondbeleid.nl/blogs/kostenverhaal-onder-de-omgevingswet].
 * It is a power ("kan beslissen"), not a rule: GREX reports it and never applies it.
 */
import { dec, type Dec, type DecInput } from '../numeric';

export const AFZIEN_DREMPEL = 10_000;

/** True when the total of the contributions is below €10.000 (strictly: "minder dan"). */
export function belowForgoThreshold(totaalBijdragen: DecInput): boolean {
  const t: Dec = dec(totaalBijdragen);
  return t.lt(AFZIEN_DREMPEL);
}
