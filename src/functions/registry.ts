/**
 * The registry: every GREX function, in catalogue order. One list drives the
 * Excel metadata (metadata.ts), the help pages (help.ts), `grex list`, the
 * README table and the validation of arguments (invoke.ts).
 * Each area keeps its entries in its own file under defs/.
 */
import type { FunctionSpec } from './types';
import { TIME_VALUE } from './defs/timevalue';
import { BBV } from './defs/bbv';
import { RISICO } from './defs/risico';
import { GRONDWAARDE } from './defs/grondwaarde';
import { KOSTENVERHAAL } from './defs/kostenverhaal';
import { VERPLAATSING } from './defs/verplaatsing';
import { ERFPACHT } from './defs/erfpacht';
import { BARCODE } from './defs/barcode';
import { ECONOMIE } from './defs/economie';
import { NAMESPACE } from './errors';

export const REGISTRY: readonly FunctionSpec[] = [
  ...TIME_VALUE,
  ...BBV,
  ...RISICO,
  ...GRONDWAARDE,
  ...KOSTENVERHAAL,
  ...VERPLAATSING,
  ...ERFPACHT,
  ...BARCODE,
  ...ECONOMIE,
];

const byId = new Map<string, FunctionSpec>();
for (const spec of REGISTRY) {
  if (byId.has(spec.id)) throw new Error(`GREX registry: duplicate id ${spec.id}`);
  byId.set(spec.id, spec);
}

/** Names as callers spell them ("GREX.NCW", "ncw"), resolved once each. */
const bySpelling = new Map<string, FunctionSpec>();

/** Look a function up by "NCW", "GREX.NCW" or "=grex.ncw" (case-insensitive). */
export function findFunction(name: string): FunctionSpec | undefined {
  const known = bySpelling.get(name);
  if (known) return known;
  const spec = lookUp(name);
  if (spec && bySpelling.size < 10_000) bySpelling.set(name, spec);
  return spec;
}

function lookUp(name: string): FunctionSpec | undefined {
  let n = name.trim().toUpperCase();
  if (n.startsWith('=')) n = n.slice(1);
  if (n.startsWith(NAMESPACE + '.')) n = n.slice(NAMESPACE.length + 1);
  return byId.get(n);
}

/** "GREX.NCW(disconteringsvoet, kasstromen, [startjaar], [peiljaar], [timing])" */
export function signature(spec: FunctionSpec): string {
  const ps = spec.params.map((p) => (p.optional || ('default' in p && p.default !== undefined) ? `[${p.name}]` : p.name));
  return `${NAMESPACE}.${spec.id}(${ps.join(', ')})`;
}
