/**
 * Parameter specs and source notes that several calculators share, so that
 * every function describes `startjaar`, `timing` and friends the same way.
 */
import { INDEX_MOMENTS, IndexCurve, IndexMoment, invalid, MSG, TIMINGS, Timing } from '../../core';
import type { Args } from '../args';
import type { EnumParam, NumberParam, SeriesParam, Source } from '../types';
import { cite } from '../sources';

export const startjaar = (description = 'Kalenderjaar van de eerste waarde van de reeks (bijv. 2025). Leeg: de reeks telt vanaf jaar 1.'): NumberParam => ({
  name: 'startjaar',
  kind: 'year',
  optional: true,
  description,
});

export const peiljaar: NumberParam = {
  name: 'peiljaar',
  kind: 'year',
  optional: true,
  description: 'Contante waarde per 1 januari van dit jaar. Leeg: het startjaar.',
};

export const timing: EnumParam = {
  name: 'timing',
  kind: 'enum',
  values: TIMINGS,
  default: 'eind',
  description: 'Moment van de kasstroom in het jaar: "eind" (31-12, standaard), "midden" (1-7) of "begin" (1-1).',
};

/** Where inside the year of the flow an amount at prijspeil is indexed to (default: 1 January, as before). */
export const indexmoment: EnumParam = {
  name: 'indexmoment',
  kind: 'enum',
  values: INDEX_MOMENTS,
  default: 'begin',
  description: 'Tot welk moment in het jaar van het bedrag wordt geïndexeerd: "begin" (1-1, standaard), "midden" (1-7) of "eind" (31-12).',
};

export function indexMomentOf(a: Args): IndexMoment {
  return a.text('indexmoment') as IndexMoment;
}

/** The calendar year of the first value of the index series (default: the startjaar). */
export const indexreeksVanaf: NumberParam = {
  name: 'indexreeks_vanaf',
  kind: 'year',
  optional: true,
  description:
    'Kalenderjaar van de eerste waarde van de indexreeks, bijv. het prijspeiljaar als dat vóór het startjaar ligt ' +
    '(MPG per 1-1-2025 op prijspeil 1-1-2023: reeks vanaf 2023). Leeg: het startjaar.',
};

/**
 * The index curve of series parameter `name`: per year from `indexreeks_vanaf`
 * (default `start`), indexing to the chosen `indexmoment`; undefined when the
 * parameter is empty.
 */
export function indexCurveOf(a: Args, name: string, start: number): IndexCurve | undefined {
  if (!a.has(name)) return undefined;
  requireStartFor(a, 'indexreeks_vanaf');
  const from = (a.declares('indexreeks_vanaf') ? a.optNumber('indexreeks_vanaf') : undefined) ?? start;
  const curve = IndexCurve.perYear(from, a.series(name), name);
  return a.declares('indexmoment') ? curve.at(indexMomentOf(a)) : curve;
}

export const INDEX_SERIES_HELP =
  'Uitlijning van een indexreeks: de eerste waarde hoort bij indexreeks_vanaf (leeg: het startjaar), de volgende ' +
  'bij de jaren daarna. Vóór het eerste jaar van de reeks geldt de eerste waarde, na het laatste jaar de laatste ' +
  '("2026 e.v."). Ligt het prijspeiljaar vóór het startjaar, geef dan indexreeks_vanaf = prijspeiljaar en de ' +
  'gepubliceerde percentages vanaf dat jaar (Gorinchem 2022: kosten 3,5% in 2023 en 3,0% in 2024); zie ' +
  'docs/methode/conventies.md#indexreeks-vanaf-het-prijspeiljaar.';

/** The help lines on the indexation moment, shared by every function that indexes. */
export const INDEX_MOMENT_HELP = [
  'indexmoment: "begin" (standaard) indexeert tot 1-1 van het jaar van het bedrag: factor Π (1 + index_k) over k ' +
    '= prijspeiljaar … t − 1, bij één percentage (1 + i)^(t − prijspeiljaar). "midden" indexeert tot 1-7: × (1 + ' +
    'index_t)^½, dus (1 + i)^(t − prijspeiljaar + ½). "eind" indexeert tot 31-12, het moment waarop rente en ' +
    'disconteren de kasstroom plaatsen: × (1 + index_t), dus (1 + i)^(t − prijspeiljaar + 1).',
  'Voorbeeld: € 1.000.000 op prijspeil 1-1-2025 in 2025, index 3%: begin € 1.000.000, midden € 1.014.889,16, eind ' +
    '€ 1.030.000. Welk moment een gemeente gebruikt, staat in haar parameterkeuze; zie docs/methode/conventies.md#indexatiemoment.',
] as const;

/** The help line that states the discount exponents (docs/methode/tijdwaarde-bbv.md#formules). */
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
  name,
  kind: 'rate',
  description,
  ...extra,
});

/** A non-negative amount in euros (or m², or a count). */
export const amount = (name: string, description: string, extra: Partial<NumberParam> = {}): NumberParam => ({
  name,
  kind: 'number',
  min: 0,
  description,
  ...extra,
});

/** A share or percentage as a fraction between 0% and 100%. */
export const share = (name: string, description: string, extra: Partial<NumberParam> = {}): NumberParam => ({
  name,
  kind: 'rate',
  min: 0,
  max: 1,
  minLabel: '0%',
  maxLabel: '100%',
  description,
  ...extra,
});

export const amounts = (name: string, description: string, extra: Partial<SeriesParam> = {}): SeriesParam => ({
  name,
  kind: 'series',
  description,
  ...extra,
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
  conventions: cite(
    'methode-tijdwaarde-conventies',
    'Tijdsconventies: kasstroom aan het eind, in het midden of aan het begin van het jaar; contante waarde per 1 januari van het peiljaar; prijspeil 1 januari',
  ),
  ncwBbv: cite(
    'scobe-2024-notitie-grondbeleid',
    'BBV: NCW = eindwaarde verdisconteerd met de ECB-inflatiedoelstelling (2%), niet met de gemeentelijke rente ' +
      '(Scobe over notitie Grondbeleid 2023; Gorinchem jaarstukken 2022)',
  ),
  valueDefs: cite('heerhugowaard-2018-resultaat', 'Definities nominale waarde, reële waarde, eindwaarde en NCW (Heerhugowaard, begroting 2018)'),
  indexation: cite('gorinchem-2022-grondslagen', 'Kosten- en opbrengstenstijging per jaar als parameterreeks (Gorinchem jaarstukken 2022)'),
} satisfies Record<string, Source>;
