/**
 * The one formula writer of the task pane: every GREX formula a sheet gets is
 * built here from the registry, with the arguments given by parameter name.
 *
 *   grexFormula('BBV.TOETS', { startjaar: '{{startjaar}}', eindjaar: '{{eindjaar}}', disconteringsvoet: '{{dv}}' })
 *   → '=GREX.BBV.TOETS({{startjaar}},{{eindjaar}},{{dv}})'
 *
 * The arguments come out in the registry's parameter order; omitted optional
 * parameters at the end are left out, omitted ones in the middle get an empty
 * place ("a,,c", which Excel hands the function as an omitted argument). An
 * unknown function, an unknown parameter or a missing required parameter is
 * a programming error and throws, so a builder test fails instead of a sheet
 * showing #VALUE!.
 */
import { NAMESPACE } from '../../functions/errors';
import { findFunction } from '../../functions/registry';
import type { FunctionSpec, ParamSpec } from '../../functions/types';

/**
 * One argument: a formula expression as text (a placeholder such as
 * "{{rente}}" or "{{@3,1}}", a reference, an expression), or a literal.
 * Strings are written as they are; to pass text, quote it: '"eind"'.
 * `undefined` means omitted.
 */
export type FormulaArg = string | number | boolean | undefined;
export type FormulaArgs = Readonly<Record<string, FormulaArg>>;

/** One argument as the writer placed it, for the layout's bookkeeping. */
export interface ArgUse {
  /** Function id without namespace, e.g. "BBV.TOETS". */
  fn: string;
  param: ParamSpec;
  /** The argument text as written. */
  text: string;
}

/** A parameter Excel may leave out: optional, or with a default. */
export function isOptional(p: ParamSpec): boolean {
  return p.optional === true || ('default' in p && p.default !== undefined);
}

export function specOf(id: string): FunctionSpec {
  const spec = findFunction(id);
  if (!spec || spec.id !== id) throw new Error(`grexFormula: onbekende GREX-functie "${id}"`);
  return spec;
}

function literal(v: string | number | boolean): string {
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`grexFormula: geen eindig getal: ${v}`);
    return String(v);
  }
  if (v.trim() === '') throw new Error('grexFormula: een leeg argument is een weggelaten argument; geef undefined');
  return v;
}

/** The arguments in parameter order, with their texts; throws on a programming error. */
export function placeArgs(id: string, args: FormulaArgs): { spec: FunctionSpec; texts: string[]; uses: ArgUse[] } {
  const spec = specOf(id);
  const known = new Set(spec.params.map((p) => p.name));
  for (const k of Object.keys(args)) {
    if (!known.has(k)) throw new Error(`grexFormula: GREX.${spec.id} heeft geen parameter "${k}" (wel: ${[...known].join(', ')})`);
  }
  const texts: string[] = [];
  const uses: ArgUse[] = [];
  for (const p of spec.params) {
    const v = args[p.name];
    if (v === undefined) {
      if (!isOptional(p)) throw new Error(`grexFormula: GREX.${spec.id} mist de verplichte parameter "${p.name}"`);
      texts.push('');
      continue;
    }
    const text = literal(v);
    texts.push(text);
    uses.push({ fn: spec.id, param: p, text });
  }
  while (texts.length > 0 && texts[texts.length - 1] === '') texts.pop();
  return { spec, texts, uses };
}

/** "GREX.ID(a,b,,d)" without the leading "=", to nest inside another formula. */
export function grexCall(id: string, args: FormulaArgs): string {
  const { spec, texts } = placeArgs(id, args);
  return `${NAMESPACE}.${spec.id}(${texts.join(',')})`;
}

/** "=GREX.ID(a,b,,d)": a whole cell formula. */
export function grexFormula(id: string, args: FormulaArgs): string {
  return `=${grexCall(id, args)}`;
}

/** The GREX functions a formula calls (ids without namespace), in order of appearance, each once. */
export function grexFunctionsIn(formula: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`(?<![A-Za-z0-9_.])${NAMESPACE}\\.([A-Za-z0-9_.]+?)\\s*\\(`, 'gi');
  const noStrings = formula.replace(/"(?:[^"]|"")*"/g, '""');
  for (const m of noStrings.matchAll(re)) {
    const id = m[1].toUpperCase();
    if (!out.includes(id)) out.push(id);
  }
  return out;
}
