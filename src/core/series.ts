/**
 * A yearly series: one amount per calendar year, the first belonging to
 * `start` (docs/methode/tijdwaarde-bbv.md#conventies, "Jaarreeks"). Years outside the series count as 0.
 */
import { D, Dec, DecInput, dec, ZERO } from './numeric';
import { invalid } from './errors';
import { described, MSG } from './messages';

export class YearlySeries {
  readonly values: readonly Dec[];

  constructor(
    readonly start: number,
    values: readonly DecInput[],
  ) {
    this.values = values.map(dec);
  }

  static ofNumbers(start: number, values: readonly number[]): YearlySeries {
    return new YearlySeries(start, values);
  }

  get length(): number {
    return this.values.length;
  }

  /** The last calendar year of the series (start − 1 for an empty series). */
  get end(): number {
    return this.start + this.values.length - 1;
  }

  yearAt(index: number): number {
    return this.start + index;
  }

  /** The amount of calendar year `year`, 0 outside the series. */
  at(year: number): Dec {
    const i = year - this.start;
    return i >= 0 && i < this.values.length ? this.values[i] : ZERO;
  }

  total(): Dec {
    let s: Dec = ZERO;
    for (const v of this.values) s = s.plus(v);
    return s;
  }

  map(f: (value: Dec, year: number) => Dec): YearlySeries {
    return new YearlySeries(
      this.start,
      this.values.map((v, i) => f(v, this.start + i)),
    );
  }

  /** The series over years [from, to], zero-padded where it has no value. */
  window(from: number, to: number): YearlySeries {
    const out: Dec[] = [];
    for (let y = from; y <= to; y++) out.push(this.at(y));
    return new YearlySeries(from, out);
  }

  toNumbers(): number[] {
    return this.values.map((v) => v.toNumber());
  }
}

/** Element-wise sum of yearly series over the union of their years (empty series are ignored). */
export function addSeries(...parts: readonly YearlySeries[]): YearlySeries {
  const present = parts.filter((p) => p.length > 0);
  if (present.length === 0) return new YearlySeries(parts[0]?.start ?? 1, []);
  const from = Math.min(...present.map((p) => p.start));
  const to = Math.max(...present.map((p) => p.end));
  const out: Dec[] = [];
  for (let y = from; y <= to; y++) {
    let s: Dec = ZERO;
    for (const p of present) s = s.plus(p.at(y));
    out.push(s);
  }
  return new YearlySeries(from, out);
}

/** Element-wise a − b over the union of both year ranges. */
export function subtractSeries(a: YearlySeries, b: YearlySeries): YearlySeries {
  const from = Math.min(a.start, b.start);
  const to = Math.max(a.end, b.end);
  const out: Dec[] = [];
  for (let y = from; y <= to; y++) out.push(a.at(y).minus(b.at(y)));
  return new YearlySeries(from, out);
}

/** Precondition: two series that must describe the same years have equal length. */
export function requireSameLength(a: { length: number }, b: { length: number }, paramB: string, paramA: string): void {
  if (a.length !== b.length) throw invalid(paramB, MSG.sameLength(paramA, a.length), described(`${b.length} waarden`));
}

export { D };
