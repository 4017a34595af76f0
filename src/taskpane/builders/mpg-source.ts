/**
 * Where the MPG builders find the grondexploitaties of a workbook: a small
 * "model source" interface. Each complex is described by what its portfolio
 * row and its herziening need, each item either a live Excel expression
 * (a defined name such as GE_ncw, or a cell reference into a mapped existing
 * workbook) or a constant (a frozen copy, or the example portfolio).
 *
 * Implemented here for models built by GREX (found through their defined
 * names GE_…); the analyst's own mapped workbook is mpg-mapped-source.ts.
 */
import type { ExcelRun } from '../excel/host';
import { splitSheet } from '../excel/address';
import { GE_PREFIX, modelSuffixes, normaliseGe, readModel, type GeInputs } from '../models/ge-model';
import type { NormalisedSeries } from '../../functions/normalise';

/**
 * A live Excel expression (without "="), or a constant. An expression that
 * gives a row of values (an index per year) says how many (`cols`); a
 * constant may be such a row too. Both continue to the right in a record.
 */
export type Ref = { expr: string; cols?: number } | { value: number | boolean | string | number[] | number[][] };

export const PORTFOLIO_KEYS = [
  'beginboekwaarde',
  'kosten',
  'opbrengsten',
  'nominaal',
  'eindwaarde',
  'ncw',
  'gerealiseerde_kosten',
  'gerealiseerde_opbrengsten',
  'reeds_genomen_winst',
] as const;
/** GREX.RESULTAAT's parameters, as the herziening's record rows. */
export const VINTAGE_KEYS = [
  'startjaar',
  'beginboekwaarde',
  'rente',
  'disconteringsvoet',
  'kostenindex',
  'opbrengstenindex',
  'rente_over_negatief',
  'prijspeiljaar',
] as const;

/** Parameters a model may hold too (sheets made by an earlier version of the builder lack them). */
export const VINTAGE_OPTIONAL_KEYS = ['opbrengsten_bevriezen_vanaf', 'indexmoment'] as const;

export type ComplexKey = (typeof PORTFOLIO_KEYS)[number] | (typeof VINTAGE_KEYS)[number];
export type OptionalKey = (typeof VINTAGE_OPTIONAL_KEYS)[number];

export interface ComplexModel {
  /** Stable id within the source, e.g. "GE" or "GE_2". */
  id: string;
  /** What the user recognises: the complex or its sheet. */
  name: string;
  sheet: string;
  refs: Record<ComplexKey, Ref> & Partial<Record<OptionalKey, Ref>>;
  /** Lines the portfolio states under its table about this complex (where it comes from, what was assumed). */
  notes?: string[];
}

/** What a source found: the complexes, and a Dutch line for every one it had to leave out. */
export interface Survey {
  models: ComplexModel[];
  leftOut: string[];
}

export interface ModelSource {
  /** Every complex this source finds in the workbook. */
  list(run: ExcelRun): Promise<ComplexModel[]>;
  /** The same as list, with the complexes left out (an incomplete mapping); sources that leave none out need not give it. */
  survey?(run: ExcelRun): Promise<Survey>;
  /** The current values of one complex, for a frozen copy (the last herziening). */
  snapshot(run: ExcelRun, id: string): Promise<ComplexModel | undefined>;
}

const ALL_KEYS: readonly ComplexKey[] = [...new Set<ComplexKey>([...PORTFOLIO_KEYS, ...VINTAGE_KEYS])];

/** The complex name from a GREX sheet name ("Grex Noord (2)" → "Noord (2)"). */
export const complexName = (sheet: string) => sheet.replace(/^Grex\s+/i, '') || sheet;

/** Posts × years as GREX.RESULTAAT reads them (blank cells 0); throws the function's Dutch message for text. */
function amounts(key: 'kosten' | 'opbrengsten', cells: GeInputs['kosten']): number[][] {
  const s = normaliseGe(key, cells) as NormalisedSeries;
  return s.lines ?? [s.values];
}

/** A complex as constants (a frozen copy): the inputs as GREX.RESULTAAT reads them, and the portfolio figures given. */
export function frozen(id: string, sheet: string, x: GeInputs, extra: Partial<Record<ComplexKey, number>> = {}): ComplexModel {
  const v = (value: number | boolean | string | number[] | number[][]): Ref => ({ value });
  return {
    id,
    name: complexName(sheet),
    sheet,
    refs: {
      beginboekwaarde: v(x.beginboekwaarde),
      kosten: v(amounts('kosten', x.kosten)),
      opbrengsten: v(amounts('opbrengsten', x.opbrengsten)),
      startjaar: v(x.startjaar),
      rente: v(x.rente),
      disconteringsvoet: v(x.disconteringsvoet),
      kostenindex: v(x.kostenindex),
      opbrengstenindex: v(x.opbrengstenindex),
      rente_over_negatief: v(x.renteOverNegatief),
      prijspeiljaar: v(x.prijspeiljaar),
      ...(x.opbrengstenBevrorenVanaf !== undefined ? { opbrengsten_bevriezen_vanaf: v(x.opbrengstenBevrorenVanaf) } : {}),
      ...(x.indexmoment !== undefined ? { indexmoment: v(x.indexmoment) } : {}),
      nominaal: v(extra.nominaal ?? 0),
      eindwaarde: v(extra.eindwaarde ?? 0),
      ncw: v(extra.ncw ?? 0),
      gerealiseerde_kosten: v(extra.gerealiseerde_kosten ?? 0),
      gerealiseerde_opbrengsten: v(extra.gerealiseerde_opbrengsten ?? 0),
      reeds_genomen_winst: v(extra.reeds_genomen_winst ?? 0),
    },
  };
}

/** Grondexploitaties written by the GREX builder, found through GE_startjaar, GE_startjaar_2, … */
export const GREX_MODELS: ModelSource = {
  async list(run) {
    return run(async (ctx) => {
      const names = ctx.workbook.names;
      names.load('items/name,items/formula');
      await ctx.sync();
      const byName = new Map(names.items.map((n) => [n.name.toLowerCase(), n]));
      return modelSuffixes(names.items.map((n) => n.name)).flatMap((suffix) => {
        const name = (k: string) => byName.get(`${GE_PREFIX}_${k}${suffix}`.toLowerCase())?.name;
        if (ALL_KEYS.some((k) => !name(k))) return []; // an incomplete model (names deleted) is left out
        const sheet = splitSheet(String(byName.get(`${GE_PREFIX}_startjaar${suffix}`.toLowerCase())!.formula).replace(/^=/, '')).sheet ?? '';
        const refs = Object.fromEntries(ALL_KEYS.map((k) => [k, { expr: name(k)! }])) as ComplexModel['refs'];
        for (const k of VINTAGE_OPTIONAL_KEYS) if (name(k)) refs[k] = { expr: name(k)! };
        return [{ id: `${GE_PREFIX}${suffix}`, name: complexName(sheet), sheet, refs }];
      });
    });
  },
  async snapshot(run, id) {
    const suffix = id.slice(GE_PREFIX.length);
    const m = await readModel(run, suffix);
    return m ? frozen(id, m.sheet, m.inputs, {}) : undefined;
  },
};

/** Two example complexes (voorbeeldwaarden) for a plan made without a workbook: previews and tests. */
export function exampleModels(): ComplexModel[] {
  const base: GeInputs = {
    beginboekwaarde: 2_000_000,
    rente: 0.025,
    disconteringsvoet: 0.02,
    startjaar: 2026,
    kostenindex: 0.02,
    opbrengstenindex: 0.015,
    renteOverNegatief: false,
    prijspeiljaar: 2026,
    kosten: [
      [800_000, 600_000, 400_000, 200_000],
      [50_000, 50_000, 50_000, 50_000],
    ],
    opbrengsten: [[0, 1_500_000, 2_000_000, 1_200_000]],
  };
  return [
    frozen('voorbeeld_1', 'Voorbeeld Noord', base, {
      nominaal: 1_050_000,
      eindwaarde: 900_000,
      ncw: 830_000,
      gerealiseerde_kosten: 1_500_000,
      gerealiseerde_opbrengsten: 400_000,
    }),
    frozen(
      'voorbeeld_2',
      'Voorbeeld Zuid',
      { ...base, beginboekwaarde: 3_500_000, opbrengsten: [[0, 500_000, 1_000_000, 1_800_000]] },
      { nominaal: -1_550_000, eindwaarde: -1_800_000, ncw: -1_660_000 },
    ),
  ];
}
