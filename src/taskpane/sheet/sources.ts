/**
 * Source notes written next to every parameter and into its name's comment:
 * the source and its verification tag from REFERENCE.md, in Dutch.
 */
export type Tag = 'V' | 'V-ind' | 'R' | 'besluit' | 'invoer';

export interface SourceNote {
  tag: Tag;
  text: string;
}

const TAG_TEXT: Record<Tag, string> = {
  V: 'geverifieerd',
  'V-ind': 'indirect geverifieerd',
  R: 'niet geverifieerd',
  besluit: 'productbesluit GREX',
  invoer: 'invoer gebruiker',
};

export function sourceText(s: SourceNote): string {
  return `[${s.tag}] ${TAG_TEXT[s.tag]}: ${s.text}`;
}

export const SOURCES = {
  user: { tag: 'invoer', text: 'eigen invoer; leg de bron vast in de toelichting' },
  example: { tag: 'R', text: 'voorbeeldwaarde, niet geverifieerd; vervang door de eigen waarde' },
  disconteringsvoet: { tag: 'V-ind', text: 'BBV: 2% (ECB-inflatiedoelstelling), Scobe over notitie Grondbeleid 2023; Gorinchem 2022' },
  renteBie: { tag: 'V', text: 'BBV: rente over vreemd vermogen over de boekwaarde per 1 januari (Koggenland begroting 2020)' },
  index: { tag: 'V', text: 'kosten- en opbrengstenstijging als parameter (Gorinchem jaarstukken 2022)' },
  renteNegatief: { tag: 'besluit', text: 'geen rente over een negatieve boekwaarde (DECISIONS Q2)' },
  looptijd: { tag: 'V', text: 'BBV: looptijd langer dan 10 jaar alleen gemotiveerd (’s-Hertogenbosch begroting 2018)' },
  poc: { tag: 'V', text: 'tussentijdse winstneming naar percentage of completion is verplicht (Medemblik 2018; Hardenberg 2025); basis van het resultaat volgens beleid (DECISIONS Q3)' },
  realisatie: { tag: 'invoer', text: 'gerealiseerde bedragen uit de administratie (t/m 31-12 vóór het startjaar)' },
  conventions: { tag: 'besluit', text: 'tijdsconventies DECISIONS §1 (kasstromen aan het jaareinde)' },
  btw: { tag: 'R', text: 'BTW-tarief woningen 21% (19% vóór 1-10-2012)' },
  bijkomend: { tag: 'V', text: 'bijkomende kosten 15–24% van de bouwkosten (De Marne 2009; studieboek 18%)' },
  akwr: { tag: 'V', text: 'AK en W&R als percentage; de grondslag is een keuze (REFERENCE §2.1)' },
  grondslag: { tag: 'besluit', text: 'grondslag VON, STICHTINGSKOSTEN of INCLGROND (DECISIONS §3)' },
  waardesprong: { tag: 'V', text: 'waardesprong = waarde na − waarde vóór; netto na grondproductiekosten (REFERENCE §3.2)' },
  kostenverhaal: { tag: 'V-ind', text: 'Omgevingswet 13.14/13.18: macroaftopping, aftrek inbrengwaarde en eigen kosten' },
  verdeelsleutel: { tag: 'besluit', text: 'verdeling naar rato van opbrengst of gewogen eenheden (DECISIONS Q7)' },
  kostensoorten: { tag: 'R', text: 'kostensoorten naar Bro 6.2.3–6.2.5; Omgevingsbesluit bijlage IV niet gelezen' },
  werkelijkeWaarde: { tag: 'V', text: 'werkelijke waarde incl. reële verwachtingswaarde (HR 5-6-1968; Teamadvocaten)' },
  factor10: { tag: 'V', text: 'kapitalisatiefactor 10 voor een eigenaar (HR 20-4-2012, ECLI:NL:HR:2012:BV6657)' },
  marktrente: { tag: 'V', text: 'marktrente financiering, bijv. 2% (Rb Den Haag 2021, Katwijk)' },
  deskundigen: { tag: 'V', text: 'deskundigenkosten 2%, min € 2.250, max € 20.000 (Stcrt. 2022, 31360)' },
  ot: { tag: 'R', text: 'onrendabele top = NCW kosten − NCW opbrengsten (REFERENCE §6)' },
  cofinanciering: { tag: 'V', text: 'cofinanciering bijv. gemeente/provincie 50/50 (Dolderman, Dordrecht 2018)' },
  canon: { tag: 'V', text: 'canon = grondwaarde × canonpercentage (Amsterdam overstap; De Laagbouw)' },
  rekenrente: { tag: 'R', text: 'rekenrente / disconteringsvoet van de gemeente voor erfpacht versus verkoop' },
  groei: { tag: 'V', text: 'indexatie canon met CPI, nooit lager dan de vorige canon (Grondvermogen)' },
  barcodeGroen: { tag: 'V', text: 'minimaal 75 m² openbaar groen per huishouden (Rekenkamer Utrecht 2024)' },
  barcodeVoorbeeld: { tag: 'R', text: 'voorbeeldwaarde, niet geverifieerd' },
  fmi: { tag: 'R', text: 'FMI = 100 × banen / (banen + woningen); betekenis als BBV-beleidsindicator geverifieerd (Heemskerk 2019), de formule niet' },
} satisfies Record<string, SourceNote>;
