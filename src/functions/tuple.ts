/**
 * The `tuple` parameter kind: a short row or column of values by position,
 * such as a lease {canon, eerste jaar, looptijd, [groei], [restwaarde]}.
 *
 *  - one row, one column or (from call()) a flat list; trailing blanks are
 *    left out, and trailing fields with a default may be omitted;
 *  - each position is normalised exactly as its field's spec (bounds,
 *    defaults); a message names the parameter, the position and the field:
 *    "fonds (positie 3, looptijd) …"; a field's `rule` replaces the generic
 *    phrase where one phrase says it better;
 *  - the result is an `ArgReader` over the fields, read by field name.
 */
import { described, invalid, MSG } from '../core';
import { isBlank } from './blank';
import { ArgList } from './args';
import { normalisePart } from './part';
import type { ArgReader, ParamSpec, TupleParam } from './types';
import type { Normalised } from './normalise';

function cellsOf(raw: unknown, p: TupleParam): unknown[] {
  if (!Array.isArray(raw)) return [raw];
  if (!raw.some(Array.isArray)) return raw; // a flat list from call()
  const rows = raw as unknown[][];
  if (!rows.every(Array.isArray)) throw invalid(p.name, MSG.notSeries, raw);
  if (rows.length === 1) return rows[0];
  if (rows.every((r) => r.length <= 1)) return rows.map((r) => r[0]);
  throw invalid(p.name, MSG.notSeries, raw);
}

export function normaliseTuple(raw: unknown, p: TupleParam, one: (raw: unknown, spec: ParamSpec) => Normalised): ArgReader | undefined {
  const cells = isBlank(raw) ? [] : cellsOf(raw, p);
  let n = cells.length;
  while (n > 0 && isBlank(cells[n - 1])) n--;
  if (n === 0) {
    if (p.optional) return undefined;
    throw invalid(p.name, MSG.required);
  }
  let required = 0;
  p.fields.forEach((f, i) => {
    if (!f.optional && f.default === undefined) required = i + 1;
  });
  const got = () => described(`${n} ${n === 1 ? 'waarde' : 'waarden'}`);
  if (n < required) throw invalid(p.name, MSG.seriesTooShort(required), got());
  if (n > p.fields.length) throw invalid(p.name, MSG.seriesTooLong(p.fields.length), got());
  const values = p.fields.map((f, i) =>
    normalisePart(i < n ? cells[i] : null, f, one, () => `${p.name} ${MSG.position(i + 1, f.name.replace(/_/g, ' '))}`, p.name),
  );
  return new ArgList(p.fields, values);
}
