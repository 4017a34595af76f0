/**
 * The categories of the barcode norm table and of the VNG system
 * "Bedrijven en milieuzonering" (2009).
 *
 * Function categories (wonen, werken, voorziening, groen, sport, mobiliteit):
 * the kinds of space the Utrecht barcode counts (docs/methode/barcode.md#de-utrechtse-barcode, [V] RSU 2040:
 * woningen, werklocaties, voorzieningen, sport, groen); "mobiliteit" is
 * GREX's addition for parking and roads.
 * Milieucategorieën 1 … 6 (VNG Bedrijven en milieuzonering 2009, docs/methode/barcode.md#richtafstanden, [V partial, R full]).
 * Functiemengingscategorieën A/B/C (docs/methode/barcode.md#functiemenging, [V] A and B, [R] C).
 */
export const FUNCTION_CATEGORIES = ['wonen', 'werken', 'voorziening', 'groen', 'sport', 'mobiliteit'] as const;
export type FunctionCategory = (typeof FUNCTION_CATEGORIES)[number];

export const MILIEUCATEGORIES = ['1', '2', '3.1', '3.2', '4.1', '4.2', '5.1', '5.2', '5.3', '6'] as const;
export type Milieucategorie = (typeof MILIEUCATEGORIES)[number];

export const FM_CATEGORIES = ['A', 'B', 'C'] as const;
export type FmCategorie = (typeof FM_CATEGORIES)[number];

/** The category of a work function for mixing: a functiemengingscategorie or a milieucategorie. */
export type MengCategorie = { kind: 'functiemenging'; cat: FmCategorie } | { kind: 'milieu'; cat: Milieucategorie };

/** "wonen", " Wonen " → 'wonen'; anything else undefined. */
export function parseFunctionCategory(v: unknown): FunctionCategory | undefined {
  if (typeof v !== 'string') return undefined;
  const k = v.trim().toLowerCase();
  return FUNCTION_CATEGORIES.find((c) => c === k);
}

/**
 * A milieucategorie as text ("3.1"), Dutch text ("3,1"), or a number (3.1).
 * Returns the canonical text, or undefined when it is not one of the ten.
 */
export function parseMilieucategorie(v: unknown): Milieucategorie | undefined {
  if (typeof v === 'number') return MILIEUCATEGORIES.find((c) => Number(c) === v);
  if (typeof v !== 'string') return undefined;
  const k = v.trim().replace(',', '.');
  return MILIEUCATEGORIES.find((c) => c === k);
}

/** "A"/"b"/"C", or a milieucategorie; undefined otherwise. */
export function parseMengCategorie(v: unknown): MengCategorie | undefined {
  if (typeof v === 'string') {
    const k = v.trim().toUpperCase();
    const fm = FM_CATEGORIES.find((c) => c === k);
    if (fm) return { kind: 'functiemenging', cat: fm };
  }
  const m = parseMilieucategorie(v);
  return m ? { kind: 'milieu', cat: m } : undefined;
}
