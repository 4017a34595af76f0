/**
 * Dutch texts of the grondexploitatie area: spill labels, #VALUE! reasons
 * and the findings of GREX.BBV.TOETS. Generic texts stay in core/messages.ts.
 */
import { formatValue } from '../messages';
/**
 * The verification tags of the sources the findings cite, as in the source catalogue (src/core/sources.ts; a
 * test keeps them equal). Literals here, so that the functions bundle does not carry the catalogue.
 */
export const FINDING_SOURCE_TAGS = { 'shertogenbosch-2018-looptijd': 'V-ind', 'koggenland-2020-rente': 'V-ind' } as const;
const tag = (id: keyof typeof FINDING_SOURCE_TAGS) => `[${FINDING_SOURCE_TAGS[id]}]`;

export const GREX_LABEL = {
  jaar: 'jaar',
  boekwaardeBegin: 'boekwaarde 1-1',
  kosten: 'kosten (geïndexeerd)',
  opbrengsten: 'opbrengsten (geïndexeerd)',
  rente: 'rente',
  boekwaardeEind: 'boekwaarde 31-12',
  nominaal: 'nominaal resultaat',
  eindwaarde: 'eindwaarde',
  ncw: 'NCW',
  poc: 'POC',
  cumulatieveWinst: 'cumulatieve winst',
  winstDitJaar: 'winst dit jaar',
} as const;

export const GMSG = {
  notAbove: (other: string, value: string) => `mag niet groter zijn dan ${other} (${value})`,
  notAfter: (other: string, value: string) => `mag niet na ${other} (${value}) liggen: het complex is geopend in of vóór het eerste jaar van deze berekening`,
  notBefore: (other: string, value: string) => `moet ten minste gelijk zijn aan ${other} (${value}): de looptijd kan niet negatief zijn`,
  noCapital: 'en eigen_vermogen zijn samen 0: het totale vermogen moet groter zijn dan 0',
} as const;

/** Percent in Dutch notation without binary noise: 0.025 → "2,5%". */
export function pct(x: { toString(): string }): string {
  return `${formatValue(x)}%`;
}

/**
 * The findings of GREX.BBV.TOETS: each names the rule and its source with the
 * verification tag (docs/methode/index.md#verificatie).
 */
export const FINDING: {
  telling: (start: number, herziening?: number) => string;
  looptijd: (start: number, eind: number, jaren: number, herziening?: number) => string;
  disconteringsvoet: (d: string) => string;
  renteZonderVreemdVermogen: (r: string) => string;
  opbrengstenindex: (jaren: number, start?: number, herziening?: number) => string;
} = {
  /** How the looptijd was counted: from the opening of the complex, or from the startjaar of this calculation. */
  telling: (start: number, herziening?: number) =>
    herziening === undefined
      ? `Geteld vanaf het startjaar ${start}; geef het openingsjaar van het complex op als deze berekening een herziening ` +
        `is, want de 10-jaarsregel geldt voor het complex. `
      : `Geteld vanaf de opening van het complex in ${start} (deze berekening begint in ${herziening}). `,
  looptijd: (start: number, eind: number, jaren: number, herziening?: number) =>
    `Looptijd ${start}–${eind} is ${jaren} jaar (meer dan 10) en er is geen motivering opgegeven. ` +
    FINDING.telling(start, herziening) +
    ('Regel: de looptijd van een grondexploitatiecomplex is maximaal 10 jaar; afwijken alleen gemotiveerd, met ' +
      'risicobeperkende beheersmaatregelen, en door de raad geautoriseerd bij begroting en jaarrekening. ') +
    `Bron: Commissie BBV, zoals weergegeven in 's-Hertogenbosch begroting 2018 ${tag('shertogenbosch-2018-looptijd')}.`,
  disconteringsvoet: (d: string) =>
    `Disconteringsvoet is ${d}, niet 2%. ` +
    ('Regel: de NCW is de eindwaarde verdisconteerd met de ECB-inflatiedoelstelling van 2%, niet met de ' +
      'gemeentelijke rente; een andere voet moet worden toegelicht. ') +
    'Bron: Commissie BBV, notitie Grondbeleid 2023, volgens Scobe (2024) en Gorinchem jaarstukken 2022 [V-ind].',
  renteZonderVreemdVermogen: (r: string) =>
    `Er wordt ${r} rente toegerekend terwijl het vreemd vermogen 0 is. ` +
    'Regel: alleen rente over vreemd vermogen mag aan de grondexploitatie worden toegerekend; zonder externe financiering geen rentetoerekening. ' +
    `Bron: Koggenland begroting 2020, over de notitie Grondbeleid 2016 van de Commissie BBV ${tag('koggenland-2020-rente')}.`,
  opbrengstenindex: (jaren: number, start?: number, herziening?: number) =>
    `De opbrengsten worden na jaar 10 nog geïndexeerd bij een looptijd van ${jaren} jaar. ` +
    (start === undefined ? '' : FINDING.telling(start, herziening)) +
    'Regel: een looptijd van meer dan 10 jaar vraagt risicobeperkende beheersmaatregelen, bijvoorbeeld het niet indexeren van opbrengsten na 10 jaar. ' +
    `Bron: Commissie BBV, zoals weergegeven in 's-Hertogenbosch begroting 2018 ${tag('shertogenbosch-2018-looptijd')}.`,
};
