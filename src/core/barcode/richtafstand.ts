/**
 * Richtafstanden of VNG "Bedrijven en milieuzonering" (editie 2009) between a
 * company of a milieucategorie and a milieugevoelige function (housing).
 *
 * Table (VNG Bedrijven en milieuzonering 2009; docs/methode/barcode.md#richtafstanden):
 *   cat            1   2   3.1  3.2  4.1  4.2  5.1  5.2  5.3   6
 *   rustig (m)    10  30   50  100  200  300  500  700  1000  1500
 *   gemengd (m)    0  10   30   50  100  200  300  500   700  1000
 * Sources: rows 30 m → cat 2, 50 → 3.1, 100 → 3.2, 200 → 4.1 seen in a Staat
 * van bedrijfsactiviteiten [V: https://dokumen.tips/documents/bron-vng-bedrijven-en-milieuzonering-bijlage-staat-van-bijlage-staat-van.html];
 * the other values [R]; in gemengd gebied the richtafstand may be reduced by
 * one afstandsstap [V: https://www.catchlegal.nl/fijne-leefomgeving-met-milieuzonering-ii-gemengd-gebied-of-niet/].
 * The Omgevingswet successor (VNG "Activiteiten en milieuzonering") has no
 * milieucategorieën: it assigns milieugebruiksruimte per company
 * [V: https://vng.nl/artikelen/milieuzonering-nieuwe-stijl].
 */
import { invalid } from '../errors';
import { MILIEUCATEGORIES, parseMilieucategorie, type Milieucategorie } from './categories';
import { BC_MSG } from './messages';

export const GEBIEDSTYPEN = ['RUSTIG', 'GEMENGD'] as const;
export type Gebiedstype = (typeof GEBIEDSTYPEN)[number];

/** Richtafstand per milieucategorie in a rustige woonwijk, in metres (the afstandsstappen of the 2009 system). */
export const RICHTAFSTAND_RUSTIG: Readonly<Record<Milieucategorie, number>> = {
  '1': 10,
  '2': 30,
  '3.1': 50,
  '3.2': 100,
  '4.1': 200,
  '4.2': 300,
  '5.1': 500,
  '5.2': 700,
  '5.3': 1000,
  '6': 1500,
};

/** The afstandsstappen in ascending order, with 0 m as the step below 10 m (gemengd gebied, category 1). */
const STEPS = [0, ...MILIEUCATEGORIES.map((c) => RICHTAFSTAND_RUSTIG[c])];

/**
 * Richtafstand in metres: the rustige-woonwijk value, or in gemengd gebied
 * the next lower afstandsstap (10 → 0, 30 → 10, …, 1500 → 1000).
 */
export function richtafstand(cat: Milieucategorie, gebied: Gebiedstype = 'RUSTIG'): number {
  const i = MILIEUCATEGORIES.indexOf(cat) + 1; // position in STEPS of the rustig value
  return gebied === 'GEMENGD' ? STEPS[i - 1] : STEPS[i];
}

/** The same for a category as the user typed it; unknown categories are refused naming `param`. */
export function richtafstandOf(raw: unknown, gebied: Gebiedstype = 'RUSTIG', param = 'milieucategorie'): number {
  const cat = parseMilieucategorie(raw);
  if (!cat) throw invalid(param, BC_MSG.milieucategorie, raw);
  return richtafstand(cat, gebied);
}
