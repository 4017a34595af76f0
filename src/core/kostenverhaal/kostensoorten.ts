/**
 * The kostensoortenlijst as data, for the task pane to build input sheets.
 *
 * STATUS [R] — niet geverifieerd, ontleend aan de Bro-systematiek. The tables of
 * Omgevingsbesluit bijlage IV were NOT read. That the list is split into tabel A
 * (openbaar gebied) and tabel B (kavelkosten, not recoverable without tijdvak) is
 * [V: Stibbe, https://www.stibbe.com/nl/publications-and-insights/kostenverhaal-bij-bouwprojecten-onder-de-omgevingswet;
 * wijnenstael, https://www.wijnenstael.nl/publicaties/9427; Scobe GrexManager interview]. The items
 * below follow the predecessor list of the Bro (Besluit ruimtelijke ordening 6.2.3–6.2.5) [R], and the assignment
 * of each item to tabel A or B is GREX's reading [R]. The ids are GREX's own, deliberately not the
 * official item numbers (A1 …), which were not read. Check against bijlage IV before relying on it.
 *
 * Every input line is coded with (kostensoort-id, tabel, toerekeningspercentage for the criteria
 * profijt/proportionaliteit/toerekenbaarheid [V via wijnenstael/Stibbe], timing) — docs/methode/kostenverhaal.md#kostensoorten.
 */
import type { VerificationTagCore } from './types';

export type Tabel = 'A' | 'B';

export interface Kostensoort {
  /** GREX's own stable id (not the official numbering). */
  id: string;
  tabel: Tabel;
  /** Dutch description for the input sheet. */
  omschrijving: string;
  /** Dutch note (caps, partial allocation, caveats). */
  toelichting: string;
  /** Verification tag of this item and its table assignment. */
  tag: VerificationTagCore;
  /**
   * Entered through this argument of GREX.KOSTENVERHAAL instead of as a cost post: such an item
   * must not also be summed into overige_kosten (it would be counted twice).
   */
  viaArgument?: string;
}

export const KOSTENSOORTEN_STATUS =
  'Kostensoortenlijst [R]: niet geverifieerd, ontleend aan de Bro-systematiek (de kostensoortenlijst van het Besluit ruimtelijke ordening). ' +
  'De tabellen A (openbaar gebied) en B (kavelkosten) van bijlage IV bij het Omgevingsbesluit zijn niet gelezen; ' +
  'de indeling per post is een lezing van GREX. Controleer de lijst aan bijlage IV voordat u er een beschikking op baseert.';

export const KOSTENSOORTEN: readonly Kostensoort[] = [
  // Tabel A — openbaar gebied
  { id: 'onderzoek', tabel: 'A', omschrijving: 'Onderzoek (bodem, archeologie, ecologie, geluid)', toelichting: 'Onderzoeken nodig voor het plan.', tag: 'R' },
  {
    id: 'grondwerken',
    tabel: 'A',
    omschrijving: 'Grondwerken, bouw- en woonrijp maken van het openbaar gebied',
    toelichting: 'Riolering, wegen, pleinen, groen, water, verlichting, speelvoorzieningen.',
    tag: 'R',
  },
  { id: 'nutsvoorzieningen', tabel: 'A', omschrijving: 'Nutsvoorzieningen', toelichting: 'Voor zover niet door de nutsbedrijven gedragen.', tag: 'R' },
  {
    id: 'bovenwijks',
    tabel: 'A',
    omschrijving: 'Bovenwijkse voorzieningen',
    toelichting: 'Deels toegerekend naar profijt, proportionaliteit en toerekenbaarheid.',
    tag: 'R',
  },
  {
    id: 'plankosten',
    tabel: 'A',
    omschrijving: 'Plankosten (voorbereiding, toezicht, gemeentelijke apparaatskosten)',
    toelichting: 'Begrensd door de plankostenscan (Omgevingsregeling).',
    tag: 'R',
  },
  {
    id: 'planschade',
    tabel: 'A',
    omschrijving: 'Planschade / nadeelcompensatie',
    toelichting: 'Tegemoetkomingen die aan het plan zijn toe te rekenen.',
    tag: 'R',
  },
  { id: 'rente', tabel: 'A', omschrijving: 'Rente', toelichting: 'Rente over de kosten tot het moment van verhaal.', tag: 'R' },
  // Tabel B — kavelkosten
  {
    id: 'inbreng',
    tabel: 'B',
    omschrijving: 'Inbrengwaarde en verwerving van gronden',
    toelichting:
      'Werkelijke waarde (WOZ of taxatie); bij tijdvak afgetrokken van de eigen bijdrage (Ow 13.18). In ' +
      'GREX.KOSTENVERHAAL via het argument inbrengwaarden, niet in overige_kosten.',
    tag: 'R',
    viaArgument: 'inbrengwaarden',
  },
  { id: 'vrijmaken', tabel: 'B', omschrijving: 'Vrijmaken van rechten', toelichting: 'Beëindigen van huur, pacht en zakelijke rechten.', tag: 'R' },
  { id: 'sloop', tabel: 'B', omschrijving: 'Sloop', toelichting: 'Sloop van bestaande bebouwing en verhardingen.', tag: 'R' },
  { id: 'sanering', tabel: 'B', omschrijving: 'Bodemsanering', toelichting: 'Voor zover niet op de veroorzaker te verhalen.', tag: 'R' },
] as const;

/** The items recoverable in a regime: without tijdvak only tabel A [V Scobe] (the list itself is [R]). */
export function kostensoortenVoor(regime: 'TIJDVAK' | 'ZONDERTIJDVAK'): readonly Kostensoort[] {
  return regime === 'TIJDVAK' ? KOSTENSOORTEN : KOSTENSOORTEN.filter((k) => k.tabel === 'A');
}

/** Header of an input sheet: one line per cost post (items entered through their own argument are left out). */
export const INVOERBLAD_KOLOMMEN = ['kostensoort', 'tabel', 'omschrijving', 'bedrag (NCW)', 'toerekening (%)', 'jaar', 'status'] as const;

/**
 * An input sheet for the task pane: a header and one row per kostensoort, with an empty amount,
 * 100% toerekening and an empty year for the user to fill in, and the status tag.
 */
export function kostensoortenInvoerblad(regime: 'TIJDVAK' | 'ZONDERTIJDVAK' = 'TIJDVAK'): (string | number)[][] {
  return [
    [...INVOERBLAD_KOLOMMEN],
    ...kostensoortenVoor(regime)
      .filter((k) => !k.viaArgument)
      .map((k) => [k.id, k.tabel, k.omschrijving, '', 1, '', `[${k.tag}] niet geverifieerd`]),
  ];
}
