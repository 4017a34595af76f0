/**
 * Typed access to the normalised arguments of one call. The registry entry's
 * `impl` reads its parameters by name; a name that is not in the spec is a
 * programming error caught by the registry tests.
 */
import { YearlySeries, GrexError, described, invalid, MSG } from '../core';
import type { ArgReader, LabelledValue, Matrix, Orientation, ParamSpec } from './types';
import type { Normalised, NormalisedSeries } from './normalise';

/** Parameter name → position, built once per parameter list (not per call). */
const positions = new WeakMap<readonly ParamSpec[], Map<string, number>>();

function positionsOf(params: readonly ParamSpec[]): Map<string, number> {
  let m = positions.get(params);
  if (!m) {
    m = new Map(params.map((p, i) => [p.name, i] as const));
    positions.set(params, m);
  }
  return m;
}

/** What a function's `impl` reads its arguments through (the interface lives with the registry's types). */
export type Args = ArgReader;

export class ArgList implements ArgReader {
  private readonly index: Map<string, number>;

  constructor(
    params: readonly ParamSpec[],
    private readonly values: readonly Normalised[],
  ) {
    this.index = positionsOf(params);
  }

  private get(name: string): Normalised {
    const i = this.index.get(name);
    if (i === undefined) throw new GrexError('invalidValue', MSG.internal + ` (parameter ${name})`);
    return this.values[i];
  }

  /** Does the function have this parameter at all? */
  declares(name: string): boolean {
    return this.index.has(name);
  }

  /** Was the parameter given (or defaulted)? */
  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  number(name: string): number {
    const v = this.get(name);
    if (typeof v !== 'number') throw invalid(name, MSG.required);
    return v;
  }

  optNumber(name: string): number | undefined {
    const v = this.get(name);
    return typeof v === 'number' ? v : undefined;
  }

  series(name: string): number[] {
    const v = this.get(name) as NormalisedSeries | undefined;
    if (!v || !Array.isArray(v.values)) throw invalid(name, MSG.required);
    return v.values;
  }

  optSeries(name: string): number[] | undefined {
    const v = this.get(name) as NormalisedSeries | undefined;
    return v?.values;
  }

  /** A series as a YearlySeries starting in `start`. */
  yearly(name: string, start: number): YearlySeries {
    return YearlySeries.ofNumbers(start, this.series(name));
  }

  /** The posts of a `lines` series given as a table (one row each), or the series as one post. */
  lines(name: string): number[][] {
    const v = this.get(name) as NormalisedSeries | undefined;
    if (!v) throw invalid(name, MSG.required);
    return v.lines ?? [v.values];
  }

  orientation(name: string): Orientation {
    const v = this.get(name) as NormalisedSeries | undefined;
    return v?.orientation ?? 'row';
  }

  text(name: string): string {
    const v = this.get(name);
    if (typeof v !== 'string') throw invalid(name, MSG.required);
    return v;
  }

  optText(name: string): string | undefined {
    const v = this.get(name);
    return typeof v === 'string' ? v : undefined;
  }

  bool(name: string): boolean {
    const v = this.get(name);
    if (typeof v !== 'boolean') throw invalid(name, MSG.required);
    return v;
  }

  table(name: string): Matrix {
    const v = this.get(name);
    if (!Array.isArray(v)) throw invalid(name, MSG.required);
    return v as Matrix;
  }

  optTable(name: string): Matrix | undefined {
    const v = this.get(name);
    return Array.isArray(v) ? (v as Matrix) : undefined;
  }

  /** A record parameter: its fields, read by name like the function's own parameters. */
  record(name: string): ArgReader {
    const v = this.get(name);
    if (!(v instanceof ArgList)) throw invalid(name, MSG.required);
    return v;
  }

  /** A tuple parameter: its fields by name, or undefined when it was left out. */
  tuple(name: string): ArgReader | undefined {
    const v = this.get(name);
    return v instanceof ArgList ? v : undefined;
  }

  /** A rows parameter: one reader per row, its columns by name. */
  rows(name: string): ArgReader[] {
    const v = this.get(name);
    if (!Array.isArray(v)) throw invalid(name, MSG.required);
    return v as ArgReader[];
  }

  /** A labelled parameter: its posts, an unlabelled one named `label(i)` (1-based); [] when left out. */
  labelled(name: string, label: (i: number) => string): { label: string; value: number }[] {
    const v = this.get(name) as LabelledValue[] | undefined;
    return v ? v.map((x, i) => ({ label: x.label ?? label(i + 1), value: x.value })) : [];
  }

  /** Two series that describe the same years must be equally long. */
  requireSameLength(a: string, b: string): void {
    const la = this.series(a).length;
    const lb = this.series(b).length;
    if (la !== lb) throw invalid(b, MSG.sameLength(a, la), described(`${lb} waarden`));
  }
}

/** Lay a list of numbers out as a row or a column, like the input it came from. */
export function shapeLike(values: readonly number[], orientation: Orientation): number[][] {
  return orientation === 'row' ? [values.slice()] : values.map((v) => [v]);
}
