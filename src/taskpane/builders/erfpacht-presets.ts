/**
 * Named, dated erfpacht presets: municipal (and Staatsbosbeheer) conventions as
 * published, for the user to pick in the erfpacht builder. Never a hidden
 * default: the builder only applies one when the user chooses it, and writes
 * its source, date and "controleer de actuele waarde" next to the values.
 */
import type { Tag } from '../sheet/sources';

export interface ErfpachtPreset {
  id: string;
  /** Dutch name shown in the pane. */
  naam: string;
  /** The date of the publication (or, when it has none, the month it was read). */
  datum: string;
  /** What the convention is, in Dutch. */
  regeling: string;
  /** Values the preset sets; anything not given stays as the user typed it. */
  canonpercentage?: number;
  /** Discount on the land value before the canon (Staatsbosbeheer: canon over 75% = 25% korting). */
  kortingGrondwaarde?: number;
  kortingCanon?: number;
  /** The price of the land for the erfpachter as a share of the grondwaarde (buy-out of the ground). */
  koopsomAandeel?: number;
  /** Years between revisions of the canon (shown, not used by the builder's formulas). */
  herziening?: number;
  bron: string;
  url?: string;
  tag: Tag;
}

export const CONTROLEER = 'Controleer de actuele waarde bij de gemeente of de uitgever voordat u ermee rekent.';

export const ERFPACHT_PRESETS: readonly ErfpachtPreset[] = [
  {
    id: 'rotterdam-2025',
    naam: 'Rotterdam 2025',
    datum: '30-10-2025',
    regeling:
      'Uitgifte in eigendom; canon verlaagd van 5,11% naar 3,06%; eenmalig de grond kopen voor ten hoogste 60% van de ' +
      'taxatiewaarde gedurende vijf jaar, daarna 75%.',
    canonpercentage: 0.0306,
    koopsomAandeel: 0.6,
    bron: 'Online010, "Rotterdam moderniseert erfpachtsysteem", 30-10-2025',
    url: 'https://online010.nl/2025/10/30/rotterdam-moderniseert-erfpachtsysteem-meer-zekerheid-en-betaalbaarheid-voor-erfpachters',
    tag: 'V',
  },
  {
    id: 'den-haag',
    naam: 'Den Haag (canonrente 10-jaarsgemiddelde)',
    datum: 'gelezen december 2026',
    regeling: 'Canon elke 5 jaar opnieuw vastgesteld uit grondwaarde en canonrente; de canonrente is een gemiddelde over 10 jaar (2%).',
    canonpercentage: 0.02,
    herziening: 5,
    bron: 'Den Haag Centraal, "Den Haag neemt erfpacht op de schop en halveert stijging"',
    url: 'https://www.denhaagcentraal.net/nieuws/politiek/den-haag-neemt-erfpacht-op-de-schop-en-halveert-stijging/',
    tag: 'V',
  },
  {
    id: 'utrecht-2025',
    naam: 'Utrecht 2025 (erfpacht koopwoningen)',
    datum: '2025',
    regeling: 'Terug naar erfpacht voor koopwoningen; eeuwigdurende afkoop tegen de marktwaarde van de grond.',
    koopsomAandeel: 1,
    bron: 'DUIC (2025), over het Utrechtse erfpachtbesluit; de gemeentelijke tekst zelf is niet gelezen',
    tag: 'V-ind',
  },
  {
    id: 'staatsbosbeheer',
    naam: 'Staatsbosbeheer (woningen)',
    datum: 'gelezen december 2026',
    regeling: 'Canon over 75% van de grondwaarde; het percentage is rente + inflatie (+ opslag) en wordt niet als vast getal gepubliceerd: vul het zelf in.',
    kortingGrondwaarde: 0.25,
    bron: 'Staatsbosbeheer, "Hoogte canon"',
    url: 'https://www.staatsbosbeheer.nl/zakendoen/erfpacht/hoogte-canon',
    tag: 'V',
  },
  {
    id: 'amsterdam-overstap',
    naam: 'Amsterdam overstap (voorbeeldberekening)',
    datum: 'gelezen december 2026',
    regeling: 'Overstap naar eeuwigdurende erfpacht: grondwaarde −10%, canonpercentage 2,39%, canon −25%.',
    canonpercentage: 0.0239,
    kortingGrondwaarde: 0.1,
    kortingCanon: 0.25,
    bron: 'De Laagbouw, voorbeeldberekening afkoop erfpacht',
    url: 'http://www.delaagbouw.nl/index.php/buurtnieuws/223-voorbeeldberekening-afkoop-erfpacht',
    tag: 'V',
  },
];

export function findPreset(id: string): ErfpachtPreset | undefined {
  return ERFPACHT_PRESETS.find((p) => p.id === id);
}

/** One Dutch line for the pane's choice list: name, date and what it sets. */
export function presetLabel(p: ErfpachtPreset): string {
  return `${p.naam} (${p.datum})`;
}
