/**
 * Arguments for every registry function, generated from the function's own
 * parameter descriptions (kind, bounds, allowed values), mixed with hostile
 * values: NaN, ±Infinity, huge and tiny numbers, negatives, empty and ragged
 * ranges, strings, booleans, null/undefined, nested arrays.
 */
import fc from 'fast-check';
import type { FunctionSpec, ParamSpec } from '../../src/functions/types';
import { invoke, setMemo } from '../../src/functions/invoke';

const hostileScalar: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, NaN, Infinity, -Infinity, 0, -0, 1e308, -1e308, 5e-324, 1e-300, -1, 1e15, -1e15, 2 ** 53, ''),
  fc.constantFrom('abc', 'eind', 'WAAR', 'ONWAAR', '1,5', '2025', ' ', 'VON', 'A', '3.1', '<b>x</b>', 'null', 'undefined'),
  fc.boolean(),
  fc.double(),
  fc.integer(),
  fc.string({ maxLength: 12 }),
);

const hostileRange: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant([]),
  fc.constant([[]]),
  fc.constant([[1, 2], [3]]), // ragged
  fc.constant([
    [1, 2, 3],
    [4, 5, 6],
  ]),
  fc.constant([[[1]]]), // nested too deep
  fc.array(fc.array(hostileScalar, { maxLength: 4 }), { maxLength: 4 }),
  fc.array(hostileScalar, { maxLength: 6 }),
);

const hostile: fc.Arbitrary<unknown> = fc.oneof({ weight: 3, arbitrary: hostileScalar }, { weight: 2, arbitrary: hostileRange });

function within(lo: number | undefined, hi: number | undefined, fallbackLo: number, fallbackHi: number): [number, number] {
  const a = lo ?? fallbackLo;
  const b = hi ?? fallbackHi;
  return a <= b ? [a, b] : [fallbackLo, fallbackHi];
}

function plausibleNumber(p: Extract<ParamSpec, { kind: 'number' | 'rate' | 'year' | 'integer' }>): fc.Arbitrary<unknown> {
  switch (p.kind) {
    case 'year':
      return fc.integer({ min: 1990, max: 2080 });
    case 'rate': {
      const [lo, hi] = within(p.min, p.max, -0.5, 1);
      return fc.double({ min: Math.max(lo, -0.99), max: Math.min(hi, 1.5), noNaN: true });
    }
    case 'integer': {
      const [lo, hi] = within(p.min, p.max, -100, 200);
      return fc.integer({ min: Math.ceil(Math.max(lo, -1000)), max: Math.floor(Math.min(hi, 2000)) });
    }
    case 'number': {
      const [lo, hi] = within(p.min, p.max, -1e7, 1e7);
      return fc.double({ min: Math.max(lo, -1e9), max: Math.min(hi, 1e9), noNaN: true });
    }
  }
}

function plausibleCell(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 5, arbitrary: fc.double({ min: -1e6, max: 1e7, noNaN: true }) },
    { weight: 2, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
    { weight: 1, arbitrary: fc.constantFrom(null, 0, '') },
  );
}

function plausibleSeries(p: Extract<ParamSpec, { kind: 'series' }>, n: number): fc.Arbitrary<unknown> {
  const [lo, hi] = within(p.min, p.max, -1e6, 1e7);
  const cell = fc.oneof(
    { weight: 6, arbitrary: fc.double({ min: Math.max(lo, -1e7), max: Math.min(hi, 1e8), noNaN: true }) },
    { weight: 1, arbitrary: fc.constantFrom(null, '') },
  );
  const len = Math.max(p.minLength ?? 1, Math.min(n, p.maxLength ?? 1000));
  const values = fc.array(cell, { minLength: len, maxLength: len });
  return fc.oneof(
    values.map((v) => [v]), // row
    values.map((v) => v.map((x) => [x])), // column
    p.lines ? fc.array(fc.array(cell, { minLength: len, maxLength: len }), { minLength: 2, maxLength: 4 }) : values.map((v) => [v]),
  );
}

const TEXT = fc.constantFrom(
  'woning',
  'huishouden',
  'baan',
  'inwoner',
  'm2 bvo',
  'wonen',
  'werken',
  'groen',
  'A',
  'B',
  'C',
  '3.1',
  'stapelen',
  'mengen',
  'combineren',
  'gemeente',
  'provincie',
);

function plausibleTable(): fc.Arbitrary<unknown> {
  const cell = fc.oneof({ weight: 3, arbitrary: plausibleCell() }, { weight: 2, arbitrary: TEXT });
  const amount = fc.double({ min: 0, max: 1e7, noNaN: true });
  return fc.oneof(
    // label | amount (posts, contributions, programmes)
    fc.array(fc.tuple(TEXT, amount), { minLength: 1, maxLength: 6 }),
    // amounts only, one or three columns (risk registers)
    fc.array(fc.array(amount, { minLength: 1, maxLength: 1 }), { minLength: 1, maxLength: 8 }),
    fc.array(
      fc.tuple(amount, amount, amount).map(([a, b, c]) => [a, a + b, a + b + c]),
      { minLength: 1, maxLength: 8 },
    ),
    // anything
    fc.integer({ min: 1, max: 6 }).chain((w) => fc.array(fc.array(cell, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 8 })),
  );
}

function plausible(p: ParamSpec, n: number): fc.Arbitrary<unknown> {
  switch (p.kind) {
    case 'number':
    case 'rate':
    case 'year':
    case 'integer':
      return plausibleNumber(p);
    case 'series':
      return plausibleSeries(p, n);
    case 'table':
    case 'labelled':
      return plausibleTable();
    case 'rows':
      // rows of plausible cells, as wide as at least the required columns
      return fc
        .integer({ min: p.minColumns, max: p.columns.length })
        .chain((w) => fc.array(fc.tuple(...p.columns.slice(0, w).map((c) => plausible(c, n))), { minLength: 1, maxLength: 6 }));
    case 'tuple':
      // the required positions, then some of the optional ones; as one row
      return fc
        .integer({ min: p.fields.filter((f) => !f.optional && f.default === undefined).length, max: p.fields.length })
        .chain((k) => fc.tuple(...p.fields.slice(0, k).map((f) => plausibleNumber(f))).map((v) => [v]));
    case 'enum':
      return fc.oneof(fc.constantFrom(...p.values), fc.constantFrom(...p.values.map((v) => v.toLowerCase())));
    case 'boolean':
      return fc.boolean();
    case 'text':
      return fc.string({ maxLength: 30 });
    case 'record':
      // rows "name | value" for a random subset of the fields, in a random order
      return fc
        .shuffledSubarray([...p.fields])
        .chain((fs) => fc.tuple(...fs.map((f) => plausible(f, n).map((v) => [f.name, ...(Array.isArray(v) ? (v as unknown[]).flat(2) : [v])]))));
  }
}

/** One argument list: a shared series length, each argument plausible (80%), hostile, or omitted. */
export function argsFor(spec: FunctionSpec): fc.Arbitrary<unknown[]> {
  return fc
    .integer({ min: 1, max: 40 })
    .chain((n) =>
      fc.tuple(
        ...spec.params.map((p) =>
          fc.oneof({ weight: 16, arbitrary: plausible(p, n) }, { weight: 3, arbitrary: hostile }, { weight: 1, arbitrary: fc.constant(null) }),
        ),
      ),
    ) as fc.Arbitrary<unknown[]>;
}

const ENGLISH_OR_RAW = /undefined|NaN|Infinity|TypeError|ReferenceError|\[object|DecimalError|is not a function|Cannot read/;

function finiteCell(v: unknown): boolean {
  return (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'string' || typeof v === 'boolean';
}

/** The property every function must hold for every input. Returns a reason when it does not. */
export function violation(spec: FunctionSpec, args: unknown[]): string | undefined {
  let out;
  try {
    out = invoke(spec, args);
  } catch (e) {
    return `raw exception: ${(e as Error).message}`;
  }
  if (out.ok) {
    const v = out.value;
    if (Array.isArray(v)) {
      if (v.length === 0) return 'empty spill';
      const w = v[0].length;
      if (w === 0) return 'empty row';
      for (const row of v) {
        if (!Array.isArray(row) || row.length !== w) return 'ragged spill';
        for (const c of row) if (!finiteCell(c)) return `non-finite cell ${String(c)}`;
      }
    } else if (!finiteCell(v)) return `non-finite result ${String(v)}`;
    return undefined;
  }
  const { code, message } = out.error;
  if (!['#VALUE!', '#NUM!', '#N/A'].includes(code)) return `unexpected code ${code}`;
  if (!message.startsWith(`GREX.${spec.id}: `)) return `message without function name: ${message}`;
  if (message.includes('interne fout')) return `internal error: ${message}`;
  if (ENGLISH_OR_RAW.test(message.replace(/\(ontvangen: [^)]*\)/g, ''))) return `raw text in message: ${message}`;
  return undefined;
}

export function checkRegistry(specs: readonly FunctionSpec[], numRuns: number, seed: number): void {
  setMemo(false);
  try {
    for (const spec of specs) {
      const r = fc.check(
        fc.property(argsFor(spec), (args) => violation(spec, args) === undefined),
        { numRuns, seed, endOnFailure: true },
      );
      if (r.failed) {
        const args = r.counterexample![0];
        throw new Error(`GREX.${spec.id}: ${violation(spec, args)}\n  args: ${JSON.stringify(args)}\n  seed ${seed}, path ${r.counterexamplePath}`);
      }
    }
  } finally {
    setMemo(true);
  }
}
