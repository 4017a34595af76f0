/**
 * The canon and its yearly indexation (docs/methode/erfpacht.md#formules, #indexering-en-herziening).
 */
import { Dec, DecInput, dec, ONE } from '../numeric';
import { Afronding, roundCanon } from './rounding';

/**
 * Canon_0 = grondwaarde × (1 − korting_grondwaarde) × canonpercentage × (1 − korting_canon),
 * then rounded as `afronding` says.
 * Source: Canon_0 = Grondwaarde × canonpercentage, possibly after an erfpacht discount
 * and a policy korting ([R], docs/methode/erfpacht.md#formules); the Amsterdam overstap example:
 * 12.000 × 0,9 = 10.800; × 2,39% = 258,12; × 0,75 = 193,59 [V: delaagbouw.nl].
 */
export function canon(
  grondwaarde: DecInput,
  canonpercentage: DecInput,
  kortingGrondwaarde: DecInput = 0,
  kortingCanon: DecInput = 0,
  afronding: Afronding = 'GEEN',
): Dec {
  const c = dec(grondwaarde)
    .times(ONE.minus(dec(kortingGrondwaarde)))
    .times(dec(canonpercentage))
    .times(ONE.minus(dec(kortingCanon)));
  return roundCanon(c, afronding);
}

/**
 * New canon = canon × max(vloer, factor), then rounded as `afronding` says.
 * With factor = B/C this is Grondvermogen's "A × B/C": A the canon in force, B the CPI
 * (alle huishoudens) of September of the year of the base month, C the CPI of September
 * of the year before; multiplied by 1,0 or, if higher, by B/C; rounded up to whole cents
 * ([V: grondvermogen.nl/faq/canon]). vloer = 1: never below the last canon.
 */
export function indexCanon(canonNow: DecInput, factor: DecInput, vloer: DecInput = 1, afronding: Afronding = 'GEEN'): Dec {
  const f = dec(factor);
  const floor = dec(vloer);
  return roundCanon(dec(canonNow).times(f.gt(floor) ? f : floor), afronding);
}

/** The CPI ratio B/C of GREX.ERFPACHT.INDEXEER: index_nieuw / index_oud. */
export function indexRatio(indexNieuw: DecInput, indexOud: DecInput): Dec {
  return dec(indexNieuw).div(dec(indexOud));
}
