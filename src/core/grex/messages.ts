/**
 * Dutch texts of the grondexploitatie area: spill labels, #VALUE! reasons
 * and the findings of GREX.BBV.TOETS. Generic texts stay in core/messages.ts.
 */
import { formatValue } from '../messages';

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
  notBefore: (other: string, value: string) => `moet ten minste gelijk zijn aan ${other} (${value}): de looptijd kan niet negatief zijn`,
  noCapital: 'en eigen_vermogen zijn samen 0: het totale vermogen moet groter zijn dan 0',
} as const;

/** Percent in Dutch notation without binary noise: 0.025 → "2,5%". */
export function pct(x: { toString(): string }): string {
  return `${formatValue(x)}%`;
}

/**
 * The findings of GREX.BBV.TOETS: each names the rule and its source with the
 * verification tag of REFERENCE.md.
 */
export const FINDING = {
  looptijd: (start: number, eind: number, jaren: number) =>
    `Looptijd ${start}–${eind} is ${jaren} jaar (meer dan 10) en er is geen motivering opgegeven. ` +
    'Regel: de looptijd van een grondexploitatiecomplex is maximaal 10 jaar; afwijken alleen gemotiveerd, met risicobeperkende beheersmaatregelen, en door de raad geautoriseerd bij begroting en jaarrekening. ' +
    "Bron: Commissie BBV, zoals weergegeven in 's-Hertogenbosch begroting 2018 [V].",
  disconteringsvoet: (d: string) =>
    `Disconteringsvoet is ${d}, niet 2%. ` +
    'Regel: de NCW is de eindwaarde verdisconteerd met de ECB-inflatiedoelstelling van 2%, niet met de gemeentelijke rente; een andere voet moet worden toegelicht. ' +
    'Bron: Commissie BBV, notitie Grondbeleid 2023, volgens Scobe (2024) en Gorinchem jaarstukken 2022 [V-ind].',
  renteZonderVreemdVermogen: (r: string) =>
    `Er wordt ${r} rente toegerekend terwijl het vreemd vermogen 0 is. ` +
    'Regel: alleen rente over vreemd vermogen mag aan de grondexploitatie worden toegerekend; zonder externe financiering geen rentetoerekening. ' +
    'Bron: Koggenland begroting 2020, over de notitie Grondbeleid 2016 van de Commissie BBV [V].',
  opbrengstenindex: (jaren: number) =>
    `De opbrengsten worden na jaar 10 nog geïndexeerd bij een looptijd van ${jaren} jaar. ` +
    'Regel: een looptijd van meer dan 10 jaar vraagt risicobeperkende beheersmaatregelen, bijvoorbeeld het niet indexeren van opbrengsten na 10 jaar. ' +
    "Bron: Commissie BBV, zoals weergegeven in 's-Hertogenbosch begroting 2018 [V].",
} as const;
