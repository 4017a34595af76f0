/**
 * What an empty cell means for each parameter, as the help pages say it.
 * Older Excel desktop builds pass an empty referenced cell as 0 instead of
 * leeg (office-js issues 4702 and 5262); the normaliser's `zeroMeansBlank`
 * decides per parameter, and these texts are generated from the same rule.
 */
import { zeroMeansBlank } from './normalise';
import type { ParamSpec } from './types';

export const EMPTY_CELL_TEXT = {
  blank: 'Een lege cel telt als leeg, ook de 0 die oudere Excel-versies voor Windows voor een lege cel doorgeven.',
  zeroIsValue:
    'Een lege cel telt als leeg; oudere Excel-versies voor Windows geven een lege verwezen cel echter door als 0, ' +
    'en omdat 0 hier een geldige waarde is, rekent GREX dan met 0. Typ in die versies de waarde of laat het argument weg.',
  boolean: 'Een lege cel telt als leeg; de 0 die oudere Excel-versies voor Windows voor een lege cel doorgeven, telt als ONWAAR.',
  series: 'Lege cellen in de reeks tellen als 0, in elke Excel-versie.',
  tuple: 'Lege cellen aan het eind tellen als weggelaten: die posities krijgen hun standaardwaarde.',
  table:
    'Lege rijen worden overgeslagen. Oudere Excel-versies voor Windows geven lege cellen door als 0; een rij met ' +
    'alleen nullen telt dan als een rij met de waarde 0. Laat zo’n rij buiten het bereik.',
} as const;

export function emptyCellText(p: ParamSpec): string {
  switch (p.kind) {
    case 'series':
      return EMPTY_CELL_TEXT.series;
    case 'table':
    case 'labelled':
    case 'rows':
      return EMPTY_CELL_TEXT.table;
    case 'tuple':
      return EMPTY_CELL_TEXT.tuple;
    case 'boolean':
      return EMPTY_CELL_TEXT.boolean;
    default:
      return zeroMeansBlank(p) ? EMPTY_CELL_TEXT.blank : EMPTY_CELL_TEXT.zeroIsValue;
  }
}
