/**
 * Dutch texts of the barcode and functiemenging area: reasons of #VALUE!
 * messages, column labels of the spills, and the reasons why a mixing option
 * is or is not allowed. Generic texts stay in core/messages.ts.
 */
import { formatValue } from '../messages';

/** A number in Dutch notation inside a text, rounded to 2 decimals: 25000 → "25.000", -1234.5 → "-1.234,5". */
export function nl(x: number): string {
  const r = Math.round(x * 100) / 100;
  if (!Number.isFinite(r) || Math.abs(r) >= 1e15) return formatValue(x);
  const [int, frac] = String(Math.abs(r)).split('.');
  return `${r < 0 ? '-' : ''}${int.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}${frac ? ',' + frac : ''}`;
}

export const BC_MSG = {
  row: (n: number) => `(rij ${n})`,
  missingText: (what: string) => `${what} ontbreekt`,
  notText: (what: string) => `${what} moet een tekst zijn`,
  notNumber: (what: string) => `${what} moet een getal zijn`,
  missingNumber: (what: string) => `${what} ontbreekt (vul een getal in)`,
  negative: 'mag niet negatief zijn',
  notNegative: (what: string) => `${what} mag niet negatief zijn`,
  atLeastOne: (what: string) => `${what} moet ten minste 1 zijn`,
  fraction: (what: string) => `${what} moet tussen 0 en 1 liggen`,
  oneOf: (what: string, values: readonly string[]) => `${what} moet een van deze waarden zijn: ${values.map((v) => `"${v}"`).join(', ')}`,
  mengcategorie:
    'milieucategorie of functiemengingscategorie moet "A", "B", "C" of een milieucategorie zijn ("1", "2", "3.1", ' +
    '"3.2", "4.1", "4.2", "5.1", "5.2", "5.3", "6")',
  duplicateFunction: (first: number) => `functie komt al voor in rij ${first}; geef elke functie een eigen naam`,
  duplicateValue: (first: number) => `functie heeft al een grondwaarde in rij ${first}`,
  duplicateUnit: (first: number) => `eenheid komt al voor in rij ${first}; tel de aantallen op in één rij`,
  unitWithoutNorm: 'eenheid komt in geen enkele norm voor (voeg een norm toe of verwijder de regel)',
  unknownFunction: (what: string) => `${what} komt niet voor in de normen`,
  sameFunction: 'functie en met_functie moeten verschillende functies zijn',
  noHousingTarget: (n: number) =>
    n === 0
      ? 'met_functie is leeg en de normen hebben geen functie met categorie "wonen"'
      : 'met_functie is leeg en de normen hebben meer dan één functie met categorie "wonen"; geef aan in welke woonfunctie wordt gemengd',
  fmiZero: 'en woningen zijn samen 0: de FMI is dan niet gedefinieerd',
  mxiAbove: (totaal: number) => `mag niet groter zijn dan bvo_totaal (${nl(totaal)})`,
  milieucategorie: 'moet een milieucategorie zijn: "1", "2", "3.1", "3.2", "4.1", "4.2", "5.1", "5.2", "5.3" of "6"',
} as const;

/** Column labels of GREX.BARCODE. */
export const BARCODE_COLUMNS = [
  'functie',
  'ruimteclaim (m²)',
  'aandeel',
  'eenheid',
  'aantal',
  'norm (m² per eenheid)',
  'categorie',
  'bron',
  'signalering',
] as const;

/** Column labels of GREX.MENGOPTIES. */
export const MENGOPTIES_COLUMNS = [
  'keuze',
  'soort',
  'toegestaan',
  'ruimtewinst (m²)',
  'ruimteclaim (m²)',
  'past',
  'grond voor werken (m²)',
  'ruimte over voor werken (m²)',
  'grondwaarde (€)',
  'toelichting',
] as const;

export const BC_LABEL = {
  totaal: 'totaal',
  basis: 'zonder opties',
  basisSoort: 'basis',
  beste: (names: readonly string[]) => (names.length ? `beste combinatie: ${names.join(' + ')}` : 'beste combinatie: geen optie'),
  besteSoort: 'combinatie',
  ja: 'ja',
  nee: 'nee',
  optie: (n: number) => `optie ${n}`,
} as const;

export const BC_NOTE = {
  unitMissing: (unit: string) => `eenheid "${unit}" komt niet voor in het programma: ruimteclaim 0`,
  totalZero: 'het programma claimt geen grond: aandelen 0',
  exhaustive: (n: number, count: number) =>
    `exhaustief: alle ${count} combinaties van ${n} toegestane ${n === 1 ? 'optie' : 'opties'} doorzocht (opties die ` + `elkaar uitsluiten niet samen)`,
  heuristic: (n: number) =>
    `heuristiek (${n} toegestane opties, meer dan 12): telkens de optie toegevoegd die de ruimteclaim het meest verlaagt, ` +
    `tot geen optie meer helpt; het optimum is niet gegarandeerd`,
  noAllowed: 'geen toegestane opties: gelijk aan het programma zonder opties',
  fits: (rest: number) => `past; ${nl(rest)} m² blijft over`,
  short: (tekort: number) => `past niet: ${nl(tekort)} m² tekort`,
  join: (parts: readonly string[]) => parts.filter((p) => p).join('; '),
} as const;

/** Reasons why an option is or is not allowed (text of the toelichting column). */
export const BC_REASON = {
  stapelenOk: (lagen: number, max: number) => `toegestaan: stapelen tot ${nl(lagen)} lagen; de normen staan ${nl(max)} toe`,
  stapelenTeHoog: (lagen: number, max: number) =>
    max <= 1
      ? `niet toegestaan: de functie is volgens de normen niet stapelbaar (kolom stapelbaar tot leeg of 1); gevraagd ${nl(lagen)} lagen`
      : `niet toegestaan: ${nl(lagen)} lagen is meer dan de ${nl(max)} lagen die de normen toestaan`,
  combineren: 'toegestaan: gedeeld gebruik van één terrein; GREX kent hiervoor geen toetsingsregel: de gemeente motiveert de combinatie',
  mengenGeenWonen: 'niet toegestaan: mengen brengt werken in de plint van wonen, maar met_functie heeft niet de categorie "wonen" in de normen',
  mengenZelfWonen: 'niet toegestaan: de gemengde functie heeft zelf de categorie "wonen"',
  mengenGeenCategorie:
    'niet toegestaan: de normen geven voor deze functie geen functiemengingscategorie (A/B/C) of milieucategorie; ' +
    'de toelaatbaarheid naast woningen is dan niet te toetsen',
  fmA: 'toegestaan: functiemengingscategorie A mag aanpandig aan woningen (scheiding volgens het Bouwbesluit volstaat)',
  fmBGescheiden: 'toegestaan: functiemengingscategorie B, bouwkundig gescheiden van de woningen',
  fmBNiet: 'niet toegestaan: functiemengingscategorie B mag alleen bouwkundig gescheiden van woningen (kolom bouwkundig_gescheiden is niet WAAR)',
  fmC: 'niet toegestaan: functiemengingscategorie C hoort niet naast of onder woningen, alleen langs hoofdinfrastructuur (VNG 2009; categorie C [R])',
  milieuOk: (cat: string, afstand: number, richt: number, gebied: string) =>
    `toegestaan: milieucategorie ${cat}, afstand ${nl(afstand)} m ≥ richtafstand ${nl(richt)} m (${gebied})`,
  milieuNul: (cat: string, gebied: string) => `toegestaan: milieucategorie ${cat} heeft richtafstand 0 m (${gebied})`,
  milieuTeDichtbij: (cat: string, afstand: number, richt: number, gebied: string) =>
    `niet toegestaan: milieucategorie ${cat}, afstand ${nl(afstand)} m < richtafstand ${nl(richt)} m (${gebied}); alleen ` +
    `met maatwerk en onderzoek (bijv. akoestisch)`,
  milieuGeenAfstand: (cat: string, richt: number, gebied: string) =>
    `niet toegestaan: milieucategorie ${cat} vraagt een richtafstand van ${nl(richt)} m (${gebied}) en de afstand tot woningen is niet opgegeven`,
  plint: (gemengd: number, wonen: number) =>
    `let op: de gemengde grond (${nl(gemengd)} m²) is groter dan de grond van de woonfunctie (${nl(wonen)} m²); controleer of de plinten dit kunnen bevatten`,
} as const;
