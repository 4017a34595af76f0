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
import { described, GrexError, invalid, MSG } from '../core';
import { ArgList } from './args';
import type { ArgReader, NumberParam, ParamSpec, TupleParam } from './types';
import type { Normalised } from './normalise';

const blank = (v: unknown) => v === null || v === undefined || v === '';

/** The fields renamed for messages ("fonds (positie 1, bedrag)"), made once per parameter spec. */
const named = new WeakMap<TupleParam, NumberParam[]>();

function namedFields(p: TupleParam): NumberParam[] {
  let f = named.get(p);
  if (!f) named.set(p, (f = p.fields.map((x, i) => ({ ...x, name: `${p.name} ${MSG.position(i + 1, x.name.replace(/_/g, ' '))}` }))));
  return f;
}

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
  const cells = blank(raw) ? [] : cellsOf(raw, p);
  let n = cells.length;
  while (n > 0 && blank(cells[n - 1])) n--;
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
  const fields = namedFields(p);
  const values = fields.map((f, i) => {
    const v = i < n ? cells[i] : null;
    try {
      return one(v, f);
    } catch (e) {
      if (e instanceof GrexError && f.rule && !blank(v)) throw invalid(f.name, f.rule, v);
      throw e;
    }
  });
  return new ArgList(p.fields, values);
}
