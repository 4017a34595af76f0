/**
 * What a parameter cell on a sheet takes from the registry: the validation
 * rule (the bounds the function itself checks), the number format and the
 * input hint. A cell that feeds several functions gets the intersection of
 * what they admit, so no value the sheet accepts is refused by one of them.
 */
import { YEAR_MAX, YEAR_MIN } from '../../functions/normalise';
import type { ParamSpec, Plausible } from '../../functions/types';
import type { NumberFormatKey, NumberRule, ValidationRule } from '../excel/plan';

/** The rule one parameter imposes on a single cell (for a series: on each element). */
export function ruleOf(p: ParamSpec): ValidationRule | undefined {
  switch (p.kind) {
    case 'year':
      return { type: 'whole', min: YEAR_MIN, max: YEAR_MAX };
    case 'integer':
      return bounded({ type: 'whole' }, p);
    case 'rate':
      return bounded(p.min === undefined ? { type: 'decimal', min: -1, minExclusive: true } : { type: 'decimal' }, p);
    case 'number':
    case 'series':
      return bounded({ type: 'decimal' }, p);
    case 'enum':
      return { type: 'list', values: p.values };
    default:
      return undefined; // text, boolean, table: no cell rule
  }
}

function bounded(r: NumberRule, p: { min?: number; max?: number; minExclusive?: boolean; maxExclusive?: boolean; plausible?: Plausible }): NumberRule {
  let out: NumberRule = { ...r };
  if (p.min !== undefined) Object.assign(out, { min: p.min, minExclusive: p.minExclusive === true });
  if (p.max !== undefined) Object.assign(out, { max: p.max, maxExclusive: p.maxExclusive === true });
  // A plausible range the function refuses outside (not one it only reports) bounds the cell too.
  const pl = p.plausible && !p.plausible.flag ? p.plausible : undefined;
  if (pl) {
    const range: NumberRule = { type: r.type };
    if (pl.min !== undefined) Object.assign(range, { min: pl.min });
    if (pl.max !== undefined) Object.assign(range, { max: pl.max });
    out = clean({ type: r.type, ...tighterMin(out, range), ...tighterMax(out, range) });
  }
  return out;
}

function tighterMin(a: NumberRule, b: NumberRule): Pick<NumberRule, 'min' | 'minExclusive'> {
  if (a.min === undefined) return { min: b.min, minExclusive: b.minExclusive };
  if (b.min === undefined || a.min > b.min) return { min: a.min, minExclusive: a.minExclusive };
  if (b.min > a.min) return { min: b.min, minExclusive: b.minExclusive };
  return { min: a.min, minExclusive: Boolean(a.minExclusive || b.minExclusive) };
}

function tighterMax(a: NumberRule, b: NumberRule): Pick<NumberRule, 'max' | 'maxExclusive'> {
  if (a.max === undefined) return { max: b.max, maxExclusive: b.maxExclusive };
  if (b.max === undefined || a.max < b.max) return { max: a.max, maxExclusive: a.maxExclusive };
  if (b.max < a.max) return { max: b.max, maxExclusive: b.maxExclusive };
  return { max: a.max, maxExclusive: Boolean(a.maxExclusive || b.maxExclusive) };
}

function clean(r: NumberRule): NumberRule {
  const out: NumberRule = { type: r.type };
  if (r.min !== undefined) Object.assign(out, { min: r.min }, r.minExclusive ? { minExclusive: true } : {});
  if (r.max !== undefined) Object.assign(out, { max: r.max }, r.maxExclusive ? { maxExclusive: true } : {});
  return out;
}

/** The rule that admits exactly what every one of these parameters admits in one cell. */
export function ruleForParams(params: readonly ParamSpec[]): ValidationRule | undefined {
  const rules = params.map(ruleOf).filter((r): r is ValidationRule => r !== undefined);
  if (rules.length === 0) return undefined;
  const lists = rules.filter((r) => r.type === 'list');
  const numbers = rules.filter((r): r is NumberRule => r.type !== 'list');
  if (lists.length && numbers.length) throw new Error(`param-cell: een cel voedt zowel een keuzelijst als een getal (${params.map((p) => p.name).join(', ')})`);
  if (lists.length) {
    const values = lists.reduce((acc, r) => acc.filter((v) => r.values.some((w) => w.toUpperCase() === v.toUpperCase())), lists[0].values as readonly string[]);
    return { type: 'list', values };
  }
  return clean(numbers.reduce((a, b) => ({ type: a.type === 'whole' || b.type === 'whole' ? 'whole' : 'decimal', ...tighterMin(a, b), ...tighterMax(a, b) })));
}

/** The number format a parameter cell gets; undefined for amounts (the builder says € or m²). */
export function formatOf(p: ParamSpec): NumberFormatKey | undefined {
  switch (p.kind) {
    case 'rate':
      return 'pct';
    case 'year':
      return 'year';
    case 'integer':
      return 'int';
    default:
      return undefined;
  }
}

/** The input hint: the parameter's own description (Excel shows at most 255 characters). */
export function hintOf(p: ParamSpec, note?: string): string {
  const text = note ? `${note} ${p.description}` : p.description;
  return text.length <= 255 ? text : text.slice(0, 254) + '…';
}

/** Does a value satisfy the rule? (The plan's meaning; the Excel translation is checked against it.) */
export function admits(rule: ValidationRule, x: unknown): boolean {
  if (rule.type === 'list') return typeof x === 'string' && rule.values.includes(x);
  if (typeof x !== 'number' || !Number.isFinite(x)) return false;
  if (rule.type === 'whole' && !Number.isInteger(x)) return false;
  if (rule.min !== undefined && (rule.minExclusive ? !(x > rule.min) : !(x >= rule.min))) return false;
  if (rule.max !== undefined && (rule.maxExclusive ? !(x < rule.max) : !(x <= rule.max))) return false;
  return true;
}
