/**
 * Parameter specs and source notes that several calculators share, so that
 * every function describes `startjaar`, `timing` and friends the same way.
 */
import { invalid, MSG, TIMINGS, Timing } from '../../core';
import type { Args } from '../args';
import type { EnumParam, NumberParam, SeriesParam, Source } from '../types';

export const startjaar = (description = 'Kalenderjaar van de eerste waarde van de reeks (bijv. 2025). Leeg: de reeks telt vanaf jaar 1.'): NumberParam => ({
  name: 'startjaar', kind: 'year', optional: true, description,
});

export const peiljaar: NumberParam = {
  name: 'peiljaar', kind: 'year', optional: true,
  description: 'Contante waarde per 1 januari van dit jaar. Leeg: het startjaar.',
};

export const timing: EnumParam = {
  name: 'timing', kind: 'enum', values: TIMINGS, default: 'eind',
  description: 'Moment van de kasstroom in het jaar: "eind" (31-12, standaard), "midden" (1-7) of "begin" (1-1).',
};

/** The help line that states the discount exponents of DECISIONS §1. */
export const DISCOUNT_EXPONENT_HELP = 'n = t − peiljaar + 1 (eind), t − peiljaar + 0,5 (midden), t − peiljaar (begin)';

/**
 * Plausible ranges of rates, indices and shares (fractions). A product choice,
 * set wide around the values municipalities publish, so that only a
 * percentage typed as a whole number (2,5 for 2,5%) falls outside:
 *  - rente/disconteringsvoet: 0,92%–2,19% rente and 2% disconteringsvoet (Gorinchem jaarstukken 2022,
 *    Gorinchem begroting 2018), 4,5% (rotterdam.nl, erfpachtcanon afkopen); a ROM-fund return stays far below 25%;
 *  - groei/indexatie: kostenstijging 2%–6% per jaar (Gorinchem jaarstukken 2022), CPI 0,1%–3,1% 2009–2020 (grondvermogen.nl);
 *  - canonpercentage: 2%–5,11% (Den Haag, Amsterdam, Rotterdam; see the erfpacht method document);
 *  - btw: 19% and 21%; opslagen (bijkomende kosten 15%–24%, AK 3%–5%, W&R 5%–10%): De Marne, textbook parameters.
 */
export const PLAUSIBLE = {
  rente: { min: -0.05, max: 0.25 },
  groei: { min: -0.25, max: 0.25 },
  canon: { min: 0, max: 0.25 },
  btw: { max: 0.3 },
  opslag: { max: 0.6 },
  aandeel: { max: 1 },
} as const;

export const rate = (name: string, description: string, extra: Partial<NumberParam> = {}): NumberParam => ({
  name, kind: 'rate', description, ...extra,
});

/** A non-negative amount in euros (or m², or a count). */
export const amount = (name: string, description: string, extra: Partial<NumberParam> = {}): NumberParam => ({
  name, kind: 'number', min: 0, description, ...extra,
});

/** A share or percentage as a fraction between 0% and 100%. */
export const share = (name: string, description: string, extra: Partial<NumberParam> = {}): NumberParam => ({
  name, kind: 'rate', min: 0, max: 1, minLabel: '0%', maxLabel: '100%', description, ...extra,
});

export const amounts = (name: string, description: string, extra: Partial<SeriesParam> = {}): SeriesParam => ({
  name, kind: 'series', description, ...extra,
});

/** startjaar (default 1), and peiljaar (default startjaar; only with a startjaar). */
export function yearsOf(a: Args): { start: number; peil: number } {
  requireStartFor(a, 'peiljaar');
  const start = a.optNumber('startjaar') ?? 1;
  return { start, peil: (a.declares('peiljaar') ? a.optNumber('peiljaar') : undefined) ?? start };
}

/** A year parameter relative to the calendar (peiljaar, eindjaar, prijspeiljaar) needs a startjaar. */
export function requireStartFor(a: Args, ...params: string[]): void {
  for (const p of params) if (a.declares(p) && a.has(p) && !a.has('startjaar')) throw invalid(p, MSG.requiresOther('startjaar'));
}

export function timingOf(a: Args): Timing {
  return a.text('timing') as Timing;
}

export const SRC = {
  conventions: { label: 'DECISIONS.md §1: tijdsconventies (eind/midden/begin, peiljaar, prijspeiljaar)', tag: 'besluit' },
  ncwBbv: {
    label: 'BBV: NCW = eindwaarde verdisconteerd met de ECB-inflatiedoelstelling (2%), niet met de gemeentelijke rente (Scobe over notitie Grondbeleid 2023; Gorinchem jaarstukken 2022)',
    tag: 'V-ind',
    url: 'https://scobe.nl/nieuws/7-gemiste-kansen-de-notitie-grondbeleid-van-de-commissie-bbv-2023',
  },
  valueDefs: {
    label: 'Definities nominale waarde, reële waarde, eindwaarde en NCW (Heerhugowaard, begroting 2018)',
    tag: 'V',
    url: 'https://heerhugowaard.begroting-2018.nl/p153/resultaat-grondbedrijfcomplexen',
  },
  indexation: {
    label: 'Kosten- en opbrengstenstijging per jaar als parameterreeks (Gorinchem jaarstukken 2022)',
    tag: 'V',
    url: 'https://jaarstukken.gorinchem.nl/2022/jaarverslag-paragrafen/grondbeleid/grondslagen-van-waardering-en-resultaatbepaling',
  },
} satisfies Record<string, Source>;
