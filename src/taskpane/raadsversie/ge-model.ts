/**
 * Reads a grondexploitatie written by the builder back from its named
 * ranges (GE_startjaar, GE_kosten, … or GE_startjaar_2 … for a second
 * model), with the name comments as the sources of the assumptions.
 */
import { splitSheet } from '../excel/address';
import type { ExcelRun } from '../excel/host';
import { GE_PREFIX } from '../builders/grondexploitatie';

export interface GeInputs {
  beginboekwaarde: number;
  kosten: number[][];
  opbrengsten: number[][];
  rente: number;
  disconteringsvoet: number;
  startjaar: number;
  kostenindex: number;
  opbrengstenindex: number;
  renteOverNegatief: boolean;
  prijspeiljaar: number;
}

export interface GeModel {
  /** "" for GE_…, "_2" for GE_…_2. */
  suffix: string;
  /** Where the parameters live. */
  sheet: string;
  inputs: GeInputs;
  /** Name key → comment (label and source with verification tag). */
  sources: Record<string, string>;
}

const KEYS = ['beginboekwaarde', 'kosten', 'opbrengsten', 'rente', 'disconteringsvoet', 'startjaar', 'kostenindex', 'opbrengstenindex', 'rente_over_negatief', 'prijspeiljaar'] as const;

/** The suffixes of the grondexploitatie models in the workbook ("" and "_2", …). */
export function modelSuffixes(names: readonly string[]): string[] {
  const re = new RegExp(`^${GE_PREFIX}_startjaar(_[0-9]+)?$`, 'i');
  return names.map((n) => re.exec(n)).filter((m): m is RegExpExecArray => !!m).map((m) => m[1] ?? '').sort();
}

const toNumber = (v: unknown): number => (typeof v === 'number' ? v : v === '' || v === null || v === undefined ? 0 : Number(v));
const matrix = (v: unknown[][]): number[][] => v.map((r) => r.map(toNumber));

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

export async function readModel(run: ExcelRun, suffix: string): Promise<GeModel | undefined> {
  return run(async (ctx) => {
    const names = ctx.workbook.names;
    names.load('items/name,items/comment,items/type');
    await ctx.sync();
    const byName = new Map(names.items.map((n) => [n.name.toLowerCase(), n]));
    const ranges: Record<string, Excel.Range> = {};
    const sources: Record<string, string> = {};
    for (const k of KEYS) {
      const item = byName.get(`${GE_PREFIX}_${k}${suffix}`.toLowerCase());
      if (!item) return undefined;
      const r = item.getRange();
      r.load('values');
      r.worksheet.load('name');
      ranges[k] = r;
      sources[k] = item.comment ?? '';
    }
    await ctx.sync();
    const one = (k: (typeof KEYS)[number]) => ranges[k].values[0][0];
    return {
      suffix,
      sheet: ranges.startjaar.worksheet.name,
      sources,
      inputs: {
        beginboekwaarde: toNumber(one('beginboekwaarde')),
        kosten: matrix(ranges.kosten.values),
        opbrengsten: matrix(ranges.opbrengsten.values),
        rente: toNumber(one('rente')),
        disconteringsvoet: toNumber(one('disconteringsvoet')),
        startjaar: toNumber(one('startjaar')),
        kostenindex: toNumber(one('kostenindex')),
        opbrengstenindex: toNumber(one('opbrengstenindex')),
        renteOverNegatief: one('rente_over_negatief') === true || String(one('rente_over_negatief')).toUpperCase() === 'WAAR' || String(one('rente_over_negatief')).toUpperCase() === 'TRUE',
        prijspeiljaar: toNumber(one('prijspeiljaar')),
      },
    };
  });
}
