/** Reading labelled spills ([label, value] rows) in the relocation tests. */
import type { Result } from '../../src/functions/types';

export function rows(r: Result): [string, number | string][] {
  if (!Array.isArray(r)) throw new Error(`geen spill: ${JSON.stringify(r)}`);
  return r.map((row) => [String(row[0]), row[1] as number | string]);
}

/** The value on the row labelled `label` (exactly one such row). */
export function at(r: Result, label: string): number | string {
  const hits = rows(r).filter(([l]) => l === label);
  if (hits.length !== 1) throw new Error(`${hits.length} regels met label "${label}" in ${JSON.stringify(r)}`);
  return hits[0][1];
}

export function numAt(r: Result, label: string): number {
  const v = at(r, label);
  if (typeof v !== 'number') throw new Error(`"${label}" is geen getal maar ${JSON.stringify(v)}`);
  return v;
}
