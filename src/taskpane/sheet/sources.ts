/**
 * Source notes written next to every parameter and into its name's comment:
 * what the value rests on, with the source's verification tag from the one
 * catalogue (src/core/sources.ts), in Dutch. "invoer" marks the user's own
 * input, which is not a source.
 */
import { sourceOf, TAG_TEXT, type SourceId, type VerificationTag } from '../../core/sources';

export type Tag = VerificationTag | 'invoer';

export interface SourceNote {
  tag: Tag;
  text: string;
  /** The catalogue source, when there is one. */
  ref?: SourceId;
}

export function sourceText(s: SourceNote): string {
  return `[${s.tag}] ${s.tag === 'invoer' ? 'invoer gebruiker' : TAG_TEXT[s.tag]}: ${s.text}`;
}

/** A note that rests on a catalogue source: the tag is the source's. */
export function note(ref: SourceId, text: string): SourceNote {
  return { tag: sourceOf(ref).tag, text, ref };
}

export const SOURCES = {
  user: { tag: 'invoer', text: 'eigen invoer; leg de bron vast in de toelichting' },
  example: { tag: 'R', text: 'voorbeeldwaarde, niet geverifieerd; vervang door de eigen waarde' },
  disconteringsvoet: note('scobe-2024-notitie-grondbeleid', 'BBV: 2% (ECB-inflatiedoelstelling), Scobe over notitie Grondbeleid 2023; Gorinchem 2022'),
  renteBie: note('koggenland-2020-rente', 'BBV: rente over vreemd vermogen over de boekwaarde per 1 januari (Koggenland begroting 2020)'),
  index: note('gorinchem-2022-grondslagen', 'kosten- en opbrengstenstijging als parameter (Gorinchem jaarstukken 2022)'),
  renteNegatief: note('methode-bbv-rente-negatief', 'geen rente over een negatieve boekwaarde (docs/methode/tijdwaarde-bbv.md)'),
  looptijd: note('shertogenbosch-2018-looptijd', 'BBV: looptijd langer dan 10 jaar alleen gemotiveerd (’s-Hertogenbosch begroting 2018)'),
  poc: note(
    'medemblik-2018-winstneming',
    'tussentijdse winstneming naar percentage of completion is verplicht (Medemblik 2018; Hardenberg 2025); de ' +
      'basis van het resultaat volgt het beleid van de gemeente',
  ),
  realisatie: { tag: 'invoer', text: 'gerealiseerde bedragen uit de administratie (t/m 31-12 vóór het startjaar)' },
  conventions: note('methode-tijdwaarde-conventies', 'tijdsconventies: kasstromen aan het jaareinde (docs/methode/tijdwaarde-bbv.md)'),
  btw: note('methode-grondwaarde-btw', 'BTW-tarief woningen 21% (19% vóór 1-10-2012)'),
  bijkomend: note('demarne-2009-grondprijs', 'bijkomende kosten 15–24% van de bouwkosten (De Marne 2009; studieboek 18%)'),
  akwr: note('leerboek-akwr-parameters', 'AK en W&R als percentage; de grondslag is een keuze (docs/methode/grondwaarde.md)'),
  grondslag: note('methode-grondwaarde-inclgrond', 'grondslag VON, STICHTINGSKOSTEN of INCLGROND (docs/methode/grondwaarde.md)'),
  waardesprong: note('methode-waardesprong', 'waardesprong = waarde na − waarde vóór; netto na grondproductiekosten (docs/methode/grondwaarde.md)'),
  kostenverhaal: note('ow-13-18', 'Omgevingswet 13.14/13.18: macroaftopping, aftrek inbrengwaarde en eigen kosten'),
  verdeelsleutel: note('methode-kostenverhaal-verdeelsleutel', 'verdeling naar rato van opbrengst of gewogen eenheden (docs/methode/kostenverhaal.md)'),
  kostensoorten: note('methode-kostenverhaal-kostensoorten', 'kostensoorten naar Bro 6.2.3–6.2.5; Omgevingsbesluit bijlage IV niet gelezen'),
  werkelijkeWaarde: note('teamadvocaten-werkelijke-waarde', 'werkelijke waarde incl. reële verwachtingswaarde (HR 5-6-1968; Teamadvocaten)'),
  factor10: note('hr-2012-bv6657', 'kapitalisatiefactor 10 voor een eigenaar (HR 20-4-2012, ECLI:NL:HR:2012:BV6657)'),
  marktrente: note('rbdha-2021-14261', 'marktrente financiering, bijv. 2% (Rb Den Haag 2021, Katwijk)'),
  deskundigen: note('stcrt-2022-31360', 'deskundigenkosten 2%, min € 2.250, max € 20.000 (Stcrt. 2022, 31360)'),
  ot: note('methode-verplaatsing-ot', 'onrendabele top = NCW kosten − NCW opbrengsten (docs/methode/verplaatsing.md)'),
  cofinanciering: note('dordrecht-2018-dolderman', 'cofinanciering bijv. gemeente/provincie 50/50 (Dolderman, Dordrecht 2018)'),
  canon: note('delaagbouw-amsterdam-afkoop', 'canon = grondwaarde × canonpercentage (Amsterdam overstap; De Laagbouw)'),
  rekenrente: { tag: 'R', text: 'rekenrente / disconteringsvoet van de gemeente voor erfpacht versus verkoop' },
  groei: note('grondvermogen-canon', 'indexatie canon met CPI, nooit lager dan de vorige canon (Grondvermogen)'),
  barcodeGroen: note('nhnieuws-groennorm', 'minimaal 75 m² openbaar groen per huishouden (Rekenkamer Utrecht 2024)'),
  barcodeVoorbeeld: { tag: 'R', text: 'voorbeeldwaarde, niet geverifieerd' },
  fmi: note('heemskerk-2019-fmi', 'FMI = 100 × banen / (banen + woningen); betekenis als BBV-beleidsindicator geverifieerd (Heemskerk 2019), de formule niet'),
} satisfies Record<string, SourceNote>;
