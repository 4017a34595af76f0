/** What a model builder is: a short Dutch form and a function from its answers to a sheet plan. */
import type { SheetPlan } from '../excel/plan';

export type FieldKind = 'text' | 'number' | 'percent' | 'year' | 'integer' | 'select' | 'checkbox';

export interface Field {
  key: string;
  label: string;
  kind: FieldKind;
  default: number | string | boolean;
  /** Bounds in the unit the user types (percent fields: in %). */
  min?: number;
  max?: number;
  options?: readonly { value: string; label: string }[];
  /** One Dutch line under the field. */
  help?: string;
}

/** Answers keyed by field key; percent fields already as fractions (2% → 0.02). */
export type Values = Record<string, number | string | boolean>;

export interface BuilderSpec {
  id: string;
  title: string;
  /** One short Dutch line for the builder's card in the pane. */
  tagline: string;
  /** One Dutch paragraph: what the sheet contains (README and the pane). */
  summary: string;
  fields: readonly Field[];
  plan(values: Values): SheetPlan;
}

export function num(v: Values, key: string): number {
  const x = v[key];
  return typeof x === 'number' ? x : Number(x);
}

export function str(v: Values, key: string): string {
  return String(v[key] ?? '').trim();
}

/** The defaults of a builder's fields, percent fields as fractions. */
export function defaults(spec: BuilderSpec): Values {
  const out: Values = {};
  for (const f of spec.fields) out[f.key] = f.kind === 'percent' ? Number(f.default) / 100 : f.default;
  return out;
}

/** The GREX functions the sheet uses with the default answers: read from the formulas it writes. */
export function functionsOf(spec: BuilderSpec): readonly string[] {
  return spec.plan(defaults(spec)).functions;
}

export function years(start: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => start + i);
}
