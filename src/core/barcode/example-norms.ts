/**
 * The example norm table that ships with the add-in (docs/methode/barcode.md#normentabel), in the
 * layout of norms.ts, so that the task pane can write it into a sheet.
 *
 * Only two Utrecht values are public:
 *  - at least 75 m² openbaar groen per huishouden (Utrecht norm, reported by
 *    the Rekenkamer Utrecht 2024) [V: https://www.nhnieuws.nl/nieuws/n152895/parkeerplaats-of-park-steden-worstelen-met-de-aanleg-van-meer-groen];
 *  - one tree per new home [V: https://eenutrecht.nl/bouwen-in-utrecht-zonder-leefbaar-fundament/]
 *    (a count, not an area: the land per tree is not published, so the row
 *    claims 0 m² beside the openbaar groen).
 * Every other value is an example, marked "voorbeeldwaarde, niet geverifieerd":
 * the complete Utrecht barcode was never published as one table (source eenutrecht-barcode).
 */
import type { FunctionCategory } from './categories';

export const VOORBEELDWAARDE = 'voorbeeldwaarde, niet geverifieerd';

export interface ExampleNorm {
  functie: string;
  eenheid: string;
  m2: number;
  categorie: FunctionCategory;
  /** Most layers (relative to the norm); undefined = not stackable. */
  stapelbaar?: number;
  /** Functiemengingscategorie or milieucategorie as text. */
  mengcategorie?: string;
  bron: string;
  /** Is the value verified in a public source? */
  geverifieerd: boolean;
}

export const NORM_HEADER = [
  'functie',
  'eenheid',
  'm² grond per eenheid',
  'categorie',
  'stapelbaar tot (lagen)',
  'milieu- of functiemengingscategorie',
  'bron',
] as const;

export const EXAMPLE_NORMS: readonly ExampleNorm[] = [
  { functie: 'Wonen', eenheid: 'woning', m2: 60, categorie: 'wonen', stapelbaar: 4, bron: VOORBEELDWAARDE, geverifieerd: false },
  { functie: 'Werken', eenheid: 'baan', m2: 25, categorie: 'werken', stapelbaar: 3, mengcategorie: 'A', bron: VOORBEELDWAARDE, geverifieerd: false },
  {
    functie: 'Openbaar groen',
    eenheid: 'huishouden',
    m2: 75,
    categorie: 'groen',
    bron:
      'Utrecht: minimaal 75 m² openbaar groen per huishouden (Rekenkamer Utrecht 2024, via NH Nieuws) [V] ' +
      'https://www.nhnieuws.nl/nieuws/n152895/parkeerplaats-of-park-steden-worstelen-met-de-aanleg-van-meer-groen',
    geverifieerd: true,
  },
  {
    functie: 'Bomen (1 per nieuwe woning)',
    eenheid: 'woning',
    m2: 0,
    categorie: 'groen',
    bron:
      'Utrecht: voor elke nieuwe woning één boom erbij (Een Utrecht) [V] ' +
      'https://eenutrecht.nl/bouwen-in-utrecht-zonder-leefbaar-fundament/ — een aantal, geen oppervlak; 0 m² grond ' +
      'per boom (de boom staat in het openbaar groen) is een voorbeeldwaarde, niet geverifieerd',
    geverifieerd: true,
  },
  { functie: 'Onderwijs', eenheid: 'woning', m2: 4, categorie: 'voorziening', stapelbaar: 2, bron: VOORBEELDWAARDE, geverifieerd: false },
  { functie: 'Sport', eenheid: 'woning', m2: 6, categorie: 'sport', bron: VOORBEELDWAARDE, geverifieerd: false },
  {
    functie: 'Zorg en welzijn',
    eenheid: 'woning',
    m2: 2,
    categorie: 'voorziening',
    stapelbaar: 3,
    mengcategorie: 'A',
    bron: VOORBEELDWAARDE,
    geverifieerd: false,
  },
];

/** The example table as sheet rows, with the header first (blank cells as null). */
export function exampleNormRows(): (string | number | null)[][] {
  return [[...NORM_HEADER], ...EXAMPLE_NORMS.map((n) => [n.functie, n.eenheid, n.m2, n.categorie, n.stapelbaar ?? null, n.mengcategorie ?? null, n.bron])];
}
