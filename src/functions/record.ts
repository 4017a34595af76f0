/**
 * The `record` parameter kind: a range of rows "name | value", in any order,
 * for functions that take a whole set of another function's parameters
 * (GREX.VERSCHILANALYSE takes GREX.RESULTAAT's parameters this way).
 *
 *  - one row per field: the name in the first column, the value in the
 *    second; a series field (e.g. a kostenindex per year) may continue its
 *    values to the right; blank rows are skipped;
 *  - names match the field names case-insensitively, with spaces or hyphens
 *    read as underscores ("Rente over negatief" = rente_over_negatief);
 *  - a missing field takes its spec's default; a required one that is
 *    missing, a name given twice, or an unknown name is a #WAARDE! that names
 *    the record parameter, the row and the nearest known name;
 *  - each value is normalised exactly as that field would be as a parameter
 *    of its own, and a message about it starts with the record's name.
 * The result is an `Args` over the fields, so an adapter reads a record like
 * its own arguments.
 */
import { described, GrexError, invalid, MSG } from '../core';
import { isBlank } from './blank';
import { ArgList } from './args';
import type { ArgReader } from './types';
import type { Normalised } from './normalise';
import type { ParamSpec, RecordParam } from './types';

const RMSG = {
  nameCell: (row: number) => `rij ${row}: de eerste kolom moet de naam van een parameter zijn`,
  unknown: (name: string, row: number, suggestion: string | undefined, known: readonly string[]) =>
    `rij ${row}: onbekende naam "${name}"${suggestion ? `; bedoelt u "${suggestion}"?` : '.'} Bekende namen: ${known.join(', ')}`,
  twice: (name: string, row: number) => `rij ${row}: "${name}" staat er twee keer in`,
  oneValue: (name: string, row: number) => `rij ${row}: ${name} heeft één waarde (in de tweede kolom), niet meer`,
  shape: 'moet een bereik zijn met per rij een naam en een waarde (twee kolommen)',
} as const;

const key = (s: string): string =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** Levenshtein distance, for "bedoelt u …?". */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

function nearest(name: string, known: readonly string[]): string | undefined {
  const k = key(name);
  const prefix = known.find((n) => n.startsWith(k) || k.startsWith(n));
  if (prefix && k.length >= 3) return prefix;
  let best: string | undefined;
  let bestD = Infinity;
  for (const n of known) {
    const d = distance(k, n);
    if (d < bestD) {
      bestD = d;
      best = n;
    }
  }
  return bestD <= Math.max(2, Math.floor(k.length / 3)) ? best : undefined;
}

function rowsOf(raw: unknown, p: RecordParam): unknown[][] {
  if (isBlank(raw)) return [];
  if (!Array.isArray(raw)) throw invalid(p.name, RMSG.shape, raw);
  if (raw.length > 0 && !raw.some(Array.isArray)) return [raw]; // one flat row from call()
  if (!raw.every(Array.isArray)) throw invalid(p.name, RMSG.shape, raw);
  return raw as unknown[][];
}

export function normaliseRecord(raw: unknown, p: RecordParam, one: (raw: unknown, spec: ParamSpec) => Normalised): ArgReader {
  const known = p.fields.map((f) => f.name);
  const given = new Map<string, { row: number; cells: unknown[] }>();
  rowsOf(raw, p).forEach((r, i) => {
    const row = i + 1;
    if (r.every(isBlank)) return;
    const name = r[0];
    if (typeof name !== 'string' || isBlank(name.trim())) throw invalid(p.name, RMSG.nameCell(row), name);
    const field = p.fields.find((f) => key(f.name) === key(name));
    if (!field) throw invalid(p.name, RMSG.unknown(name.trim(), row, nearest(name, known), known));
    if (given.has(field.name)) throw invalid(p.name, RMSG.twice(field.name, row));
    let cells = r.slice(1);
    while (cells.length && isBlank(cells[cells.length - 1])) cells = cells.slice(0, -1);
    if (field.kind !== 'series' && cells.length > 1) throw invalid(p.name, RMSG.oneValue(field.name, row), described(`${cells.length} waarden`));
    given.set(field.name, { row, cells });
  });
  const values = p.fields.map((f) => {
    const g = given.get(f.name);
    const value = g === undefined || g.cells.length === 0 ? null : f.kind === 'series' ? [g.cells] : g.cells[0];
    try {
      return one(value, f);
    } catch (e) {
      if (e instanceof GrexError) throw new GrexError(e.kind, `${p.name}: ${e.detail}`, p.name);
      throw e;
    }
  });
  if (values.length !== p.fields.length) throw invalid(p.name, MSG.internal);
  return new ArgList(p.fields, values);
}
