/**
 * The grondexploitatie model as the builder writes it and the raadsversie
 * reads it back: one defined name per parameter of GREX.RESULTAAT
 * (GE_startjaar, GE_kosten, … or GE_startjaar_2 … for a second model).
 *
 * Both sides use the registry's own parameter list and its one normaliser:
 * the sheet's formula passes the names in the registry's order, and the
 * council sheet reads the same cells and hands them, exactly as Excel would
 * hand them to the function (an empty cell as null), to the same normaliser.
 * So a boolean typed 1, "ja" or WAAR and a blank prijspeiljaar mean the same
 * on the model sheet and on the council sheet.
 */
import { splitSheet } from '../excel/address';
import type { ExcelRun } from '../excel/host';
import { findFunction } from '../../functions/registry';
import { normaliseArg, NormalisedSeries } from '../../functions/normalise';
import type { Cell, ParamSpec } from '../../functions/types';

export const GE_PREFIX = 'GE';

/** The parameters of GREX.RESULTAAT every model sheet holds as names, in the registry's order. */
export const GE_KEYS = [
  'beginboekwaarde',
  'kosten',
  'opbrengsten',
  'rente',
  'disconteringsvoet',
  'startjaar',
  'kostenindex',
  'opbrengstenindex',
  'rente_over_negatief',
  'prijspeiljaar',
] as const;
/**
 * Parameters a model sheet may hold as names too (the builder writes them;
 * sheets made by an earlier version lack them): a missing name is an empty
 * argument, so the function's own default applies.
 */
export const GE_OPTIONAL_KEYS = ['opbrengsten_bevriezen_vanaf', 'indexmoment'] as const;
export type GeRequiredKey = (typeof GE_KEYS)[number];
export type GeKey = GeRequiredKey | (typeof GE_OPTIONAL_KEYS)[number];
const ALL_KEYS: readonly GeKey[] = [...GE_KEYS, ...GE_OPTIONAL_KEYS];

function paramsOf(fn: 'RESULTAAT' | 'BOEKWAARDE'): readonly ParamSpec[] {
  const spec = findFunction(fn);
  if (!spec) throw new Error(`GREX: functie ${fn} ontbreekt in het register`);
  return spec.params;
}

/**
 * The parameters of `fn` that the model holds, in the registry's order: the
 * named arguments of the sheet's formula and of the council's call.
 */
export function geArgKeys(fn: 'RESULTAAT' | 'BOEKWAARDE'): GeKey[] {
  return paramsOf(fn)
    .map((p) => p.name as GeKey)
    .filter((k) => ALL_KEYS.includes(k));
}

/** A cell as Excel passes it to a custom function: an empty cell is null. */
export function asExcelArg(v: unknown): Cell {
  if (v === '' || v === undefined) return null;
  return v as Cell;
}

/** The model's cells, as Excel would pass them to GREX.RESULTAAT (an optional name that is absent: missing). */
export type GeRaw = Record<GeRequiredKey, Cell | Cell[][]> & Partial<Record<GeKey, Cell | Cell[][]>>;

/** The model's inputs after the registry's normaliser: what GREX.RESULTAAT computes from. */
export interface GeInputs {
  beginboekwaarde: number;
  /** Posts × years as read (blank cells null); the normaliser reads them. */
  kosten: Cell[][];
  opbrengsten: Cell[][];
  rente: number;
  disconteringsvoet: number;
  startjaar: number;
  /** One rate, or one per year from the startjaar (a mapped model's index row). */
  kostenindex: number | number[];
  opbrengstenindex: number | number[];
  renteOverNegatief: boolean;
  /** Blank means the startjaar (the function's own rule); shown as such. */
  prijspeiljaar: number;
  /** Beheersmaatregel: no revenue indexation from this year on (absent: none). */
  opbrengstenBevrorenVanaf?: number;
  /** Where inside the year amounts are indexed to (absent: the function's default, 1 January). */
  indexmoment?: string;
}

const param = (name: GeKey): ParamSpec => paramsOf('RESULTAAT').find((p) => p.name === name)!;

const optionalNumber = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

/** Normalise one model parameter with the registry's normaliser (throws the function's Dutch message). */
export function normaliseGe(key: GeKey, raw: unknown): unknown {
  return normaliseArg(raw, param(key));
}

/** The sum of a posts × years table as the function reads it. */
export function seriesTotal(key: 'kosten' | 'opbrengsten', raw: unknown): number {
  const s = normaliseGe(key, raw) as NormalisedSeries;
  return s.values.reduce((a, b) => a + b, 0);
}

/** Raw cells → the inputs, through the one normaliser. */
export function geInputs(raw: GeRaw): GeInputs {
  const n = (k: GeKey, fallback?: number): number => {
    let v = normaliseGe(k, raw[k]);
    // A one-cell index is a series of one value (the model holds one cell per index).
    if (v && typeof v === 'object' && 'values' in (v as NormalisedSeries)) v = (v as NormalisedSeries).values[0];
    if (v === undefined && fallback !== undefined) return fallback;
    return Number(v ?? 0);
  };
  const startjaar = n('startjaar');
  const matrix = (v: unknown): Cell[][] => (Array.isArray(v) ? (v as Cell[][]) : [[v as Cell]]);
  return {
    beginboekwaarde: n('beginboekwaarde'),
    kosten: matrix(raw.kosten),
    opbrengsten: matrix(raw.opbrengsten),
    rente: n('rente'),
    disconteringsvoet: n('disconteringsvoet'),
    startjaar,
    kostenindex: n('kostenindex', 0),
    opbrengstenindex: n('opbrengstenindex', 0),
    renteOverNegatief: normaliseGe('rente_over_negatief', raw.rente_over_negatief) === true,
    prijspeiljaar: n('prijspeiljaar', startjaar),
    opbrengstenBevrorenVanaf: optionalNumber(normaliseGe('opbrengsten_bevriezen_vanaf', raw.opbrengsten_bevriezen_vanaf ?? null)),
    indexmoment: (normaliseGe('indexmoment', raw.indexmoment ?? null) as string | undefined) ?? undefined,
  };
}

/**
 * The arguments of `fn` for these inputs, by position in the registry's
 * order: a parameter the model does not hold (kopregel) or leaves empty is
 * passed as an empty argument (null), as Excel passes an omitted one.
 */
export function geArgs(fn: 'RESULTAAT' | 'BOEKWAARDE', x: GeInputs): unknown[] {
  const value: Record<GeKey, unknown> = {
    beginboekwaarde: x.beginboekwaarde,
    kosten: x.kosten,
    opbrengsten: x.opbrengsten,
    rente: x.rente,
    disconteringsvoet: x.disconteringsvoet,
    startjaar: x.startjaar,
    kostenindex: x.kostenindex,
    opbrengstenindex: x.opbrengstenindex,
    rente_over_negatief: x.renteOverNegatief,
    prijspeiljaar: x.prijspeiljaar,
    opbrengsten_bevriezen_vanaf: x.opbrengstenBevrorenVanaf,
    indexmoment: x.indexmoment,
  };
  const args = paramsOf(fn).map((p) => value[p.name as GeKey] ?? null);
  while (args.length && args[args.length - 1] === null) args.pop();
  return args;
}

export interface GeModel {
  /** "" for GE_…, "_2" for GE_…_2. */
  suffix: string;
  /** Where the parameters live. */
  sheet: string;
  /** The cells as Excel passes them to the functions (a model sheet made by GREX). */
  raw?: GeRaw;
  inputs: GeInputs;
  /** Name key → comment (label and source with verification tag). */
  sources: Record<string, string>;
  /** Lines the kernvariabelen sheet states about where the model came from (a mapped model). */
  notes?: string[];
}

/** The suffixes of the grondexploitatie models in the workbook ("" and "_2", …). */
export function modelSuffixes(names: readonly string[]): string[] {
  const re = new RegExp(`^${GE_PREFIX}_startjaar(_[0-9]+)?$`, 'i');
  return names
    .map((n) => re.exec(n))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => m[1] ?? '')
    .sort();
}

export interface ModelRef {
  suffix: string;
  /** The sheet holding GE_startjaar…, for the user to recognise the model. */
  sheet: string;
}

export async function listModels(run: ExcelRun): Promise<ModelRef[]> {
  return run(async (ctx) => {
    const names = ctx.workbook.names;
    names.load('items/name,items/formula');
    await ctx.sync();
    const formula = new Map(names.items.map((n) => [n.name.toLowerCase(), n.formula]));
    return modelSuffixes(names.items.map((n) => n.name)).map((suffix) => ({
      suffix,
      sheet: splitSheet(String(formula.get(`${GE_PREFIX}_startjaar${suffix}`.toLowerCase()) ?? '').replace(/^=/, '')).sheet ?? '',
    }));
  });
}

/**
 * Read a model by parameter name. Undefined when a name is missing; throws
 * the function's Dutch message (a Refusal-worthy Error) when an input is
 * not what GREX.RESULTAAT accepts.
 */
export async function readModel(run: ExcelRun, suffix: string): Promise<GeModel | undefined> {
  const read = await run(async (ctx) => {
    const names = ctx.workbook.names;
    names.load('items/name,items/comment,items/type');
    await ctx.sync();
    const byName = new Map(names.items.map((n) => [n.name.toLowerCase(), n]));
    const ranges = {} as Partial<Record<GeKey, Excel.Range>>;
    const sources: Record<string, string> = {};
    for (const k of ALL_KEYS) {
      const item = byName.get(`${GE_PREFIX}_${k}${suffix}`.toLowerCase());
      if (!item) {
        if ((GE_KEYS as readonly string[]).includes(k)) return undefined;
        continue;
      }
      const r = item.getRange();
      r.load('values');
      ranges[k] = r;
      sources[k] = item.comment ?? '';
    }
    ranges.startjaar!.worksheet.load('name');
    await ctx.sync();
    const raw = {} as GeRaw;
    for (const k of ALL_KEYS) {
      if (!ranges[k]) continue;
      const v = ranges[k].values;
      raw[k] = k === 'kosten' || k === 'opbrengsten' ? v.map((line) => line.map(asExcelArg)) : asExcelArg(v[0][0]);
    }
    return { sheet: ranges.startjaar!.worksheet.name, raw, sources };
  });
  if (!read) return undefined;
  return { suffix, ...read, inputs: geInputs(read.raw) };
}
