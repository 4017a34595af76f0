/**
 * The functions bundle as Excel's JavaScript-only custom-functions runtime
 * loads it: built for production into a temporary folder, parsed as
 * ES2016, then run in a bare `vm` context that offers only CustomFunctions
 * (associate, Error, ErrorCode), console and OfficeRuntime.storage, with the
 * built-ins newer than ES2016 removed. Every function is called with the
 * shapes Excel passes: scalars, 2-D arrays, 1×1 ranges, null for an omitted
 * argument in the middle and nothing for omitted trailing ones. The bundle
 * leaves out the help texts (scripts/strip-help.js), and still gives the
 * same values and the same Dutch messages as Node.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import * as acorn from 'acorn';
import { buildMetadata } from '../../src/functions/metadata';
import { REGISTRY } from '../../src/functions/registry';
import { tryCall } from '../../src/functions/call';
import { parseFormula } from '../../src/cli/parser';
import { buildInto, removeDir } from './build';

jest.setTimeout(240_000);

class CFError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
const ERROR_CODE = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
  busy: '#BUSY!',
  calc: '#CALC!',
  connect: '#CONNECT!',
};

/** Built-ins that an ES2016 engine does not have: removed inside the context before the bundle runs. */
const STRIP_NEWER = `
  for (const [o, ks] of [
    [Object, ['entries', 'values', 'fromEntries', 'getOwnPropertyDescriptors', 'hasOwn', 'groupBy']],
    [String.prototype, ['padStart', 'padEnd', 'trimStart', 'trimEnd', 'replaceAll', 'matchAll', 'at']],
    [Array.prototype, ['flat', 'flatMap', 'at', 'findLast', 'findLastIndex', 'toSorted', 'toReversed', 'toSpliced', 'with']],
    [Promise, ['allSettled', 'any', 'withResolvers']],
  ]) for (const k of ks) delete o[k];
  for (const g of ['Intl', 'setTimeout', 'setInterval', 'setImmediate', 'queueMicrotask', 'BigInt',
    'WeakRef', 'FinalizationRegistry', 'structuredClone', 'SharedArrayBuffer', 'Atomics']) delete globalThis[g];
`;

let dir: string;
let code: string;
let coldMs: number;
const associated = new Map<string, (...a: unknown[]) => unknown>();
const logged: string[] = [];

/** A fresh bare context; returns the time (ms) to parse and run the bundle in it. */
function load(into: Map<string, (...a: unknown[]) => unknown>, log: string[]): number {
  const storage = { getItem: async () => null, setItem: async () => undefined, removeItem: async () => undefined };
  const ctx = vm.createContext({
    CustomFunctions: { associate: (id: string, f: (...a: unknown[]) => unknown) => into.set(id, f), Error: CFError, ErrorCode: ERROR_CODE },
    console: {
      log: (...a: unknown[]) => log.push(a.join(' ')),
      warn: (...a: unknown[]) => log.push(a.join(' ')),
      error: (...a: unknown[]) => log.push(a.join(' ')),
    },
    OfficeRuntime: { storage },
  });
  vm.runInContext(STRIP_NEWER, ctx);
  const t0 = process.hrtime.bigint();
  new vm.Script(code, { filename: 'functions.js' }).runInContext(ctx);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

beforeAll(() => {
  dir = buildInto({ mode: 'production', configName: 'functions', prefix: 'grex-functions-' });
  code = fs.readFileSync(path.join(dir, 'functions.js'), 'utf8');
  coldMs = load(associated, logged);
});

afterAll(() => removeDir(dir));

test('the bundle parses as ES2016 (no ?., ??, async/await, object spread, newer regex syntax)', () => {
  expect(() => acorn.parse(code, { ecmaVersion: 2016, sourceType: 'script' })).not.toThrow();
  // …and the same check really rejects what an older engine rejects
  expect(() => acorn.parse('a?.b', { ecmaVersion: 2016 })).toThrow();
  expect(() => acorn.parse('a ?? b', { ecmaVersion: 2016 })).toThrow();
  expect(() => acorn.parse('const o = {...p}', { ecmaVersion: 2016 })).toThrow();
});

/** Every free identifier the bundle reads (not property names or method names). */
function identifiersRead(ast: acorn.Node): Set<string> {
  const out = new Set<string>();
  const visit = (node: unknown, skip = false): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n));
    const n = node as Record<string, unknown> & { type?: string };
    if (n.type === 'Identifier' && !skip) out.add(n.name as string);
    for (const [k, v] of Object.entries(n)) {
      if (k === 'type' || k === 'start' || k === 'end') continue;
      const isName =
        (n.type === 'MemberExpression' && k === 'property' && !n.computed) ||
        ((n.type === 'Property' || n.type === 'MethodDefinition' || n.type === 'PropertyDefinition') && k === 'key' && !n.computed);
      visit(v, isName);
    }
  };
  visit(ast);
  return out;
}

test('the bundle uses no DOM, timers, Intl or eval', () => {
  const used = identifiersRead(acorn.parse(code, { ecmaVersion: 2016 }));
  const forbidden = [
    'document',
    'window',
    'self',
    'navigator',
    'localStorage',
    'XMLHttpRequest',
    'fetch',
    'setTimeout',
    'setInterval',
    'requestAnimationFrame',
    'Intl',
    'eval',
    'Function',
  ];
  expect(forbidden.filter((f) => used.has(f))).toEqual([]);
  // the walker does see free identifiers
  expect(used.has('CustomFunctions')).toBe(true);
  expect(logged).toEqual([]);
});

/**
 * The longest stretch of a text that a minifier writes unchanged inside a
 * string literal (no quotes, backslashes or template syntax).
 */
function verbatim(text: string): string {
  return text.split(/["'`\\$\{\}\n]/).reduce((a, b) => (b.length > a.length ? b : a), '');
}

test('the bundle carries no help texts: no notes, formulas, examples, source lists or parameter descriptions', () => {
  // a known help note of GREX.NCW, in the Node registry and not in the bundle
  const note = 'Het teken volgt de invoer: geef kosten negatief en opbrengsten positief om een saldo te verdisconteren.';
  expect(REGISTRY.find((s) => s.id === 'NCW')!.help.notes).toContain(note);
  expect(code).not.toContain(verbatim(note));
  const texts = REGISTRY.flatMap((s) => [
    s.description,
    ...s.help.formula,
    ...(s.help.notes ?? []),
    ...(s.help.examples ?? []).map((x) => x.explanation),
    ...s.sources.flatMap((src) => [src.label, src.document]),
    ...s.params.map((p) => p.description),
  ]);
  const found = [...new Set(texts.map(verbatim))].filter((t) => t.length >= 30 && code.includes(t));
  expect(found).toEqual([]);
  // …while what the runtime does read is there: the Dutch messages and the parameter names
  expect(code).toContain('disconteringsvoet');
  expect(code).toContain('indexreeks_vanaf');
});

test('the cold load of the bundle (parse and run in a fresh bare context) is measured', () => {
  // the first load, in beforeAll, is the cold one: a second load of the same text hits V8's compilation cache
  const ids = new Map<string, (...a: unknown[]) => unknown>();
  const log: string[] = [];
  const warmMs = load(ids, log);
  expect(ids.size).toBe(REGISTRY.length);
  expect(log).toEqual([]);
  // no timing assertion here: npm run bench reports it as a ratio
  console.log(
    `functions.js: ${(code.length / 1024).toFixed(0)} KiB, koude start ${coldMs.toFixed(1)} ms, nogmaals geladen ${warmMs.toFixed(1)} ` +
      `ms (parsen en uitvoeren, ${ids.size} functies)`,
  );
});

test('exactly the ids of functions.json are associated', () => {
  const ids = buildMetadata('https://localhost:3000/')
    .functions.map((f) => f.id)
    .sort();
  expect([...associated.keys()].sort()).toEqual(ids);
  expect(ids.length).toBe(REGISTRY.length);
});

/** The arguments of a help example as Excel passes them: omitted in the middle = null, trailing omitted = absent. */
function excelArgs(formula: string): unknown[] {
  const args: unknown[] = parseFormula(formula).args.map((a) => (a === undefined ? null : a));
  while (args.length && args[args.length - 1] === null) args.pop();
  return args;
}

/** Scalars as 1×1 ranges (what =F(A1) passes when A1 holds the value on some hosts). */
const asRanges = (args: unknown[]): unknown[] => args.map((a) => (a === null || Array.isArray(a) ? a : [[a]]));

function run(id: string, args: unknown[]): { value?: unknown; error?: { code: string; message?: string } } {
  try {
    return { value: associated.get(id)!(...args) };
  } catch (e) {
    if (e instanceof CFError) return { error: { code: e.code, message: e.message } };
    throw e;
  }
}

const cases = REGISTRY.flatMap((s) => (s.help.examples ?? []).map((x) => [s.id, x.formula, x] as const));

describe.each(cases)('%s in the bare runtime: %s', (id, formula, x) => {
  test('scalars and 2-D arrays give the value of the help example and of Node', () => {
    const args = excelArgs(formula);
    const out = run(id, args);
    expect(out.error).toBeUndefined();
    const node = tryCall(id, ...args);
    expect(node.ok).toBe(true);
    expect(JSON.stringify(out.value)).toBe(JSON.stringify(node.ok ? node.value : undefined));
    const first = Array.isArray(out.value) ? (out.value as unknown[][])[0][0] : out.value;
    if (typeof x.result === 'number') {
      expect(Math.abs((first as number) - x.result)).toBeLessThanOrEqual(Math.max(1e-9, Math.abs(x.result) * (x.tolerance ?? 1e-9)));
    } else expect(first).toBe(x.result);
  });

  test('1×1 ranges for scalars and explicit nulls for trailing omitted arguments mean the same', () => {
    const args = excelArgs(formula);
    const plain = JSON.stringify(run(id, args));
    expect(JSON.stringify(run(id, asRanges(args)))).toBe(plain);
    const spec = REGISTRY.find((s) => s.id === id)!;
    const padded = [...args, ...Array(spec.params.length - args.length).fill(null)];
    expect(JSON.stringify(run(id, padded))).toBe(plain);
  });
});

/** The first parameter given a text where it wants a number, series or table: a refusal that names the parameter. */
function badArgs(id: string): unknown[] | undefined {
  const spec = REGISTRY.find((s) => s.id === id)!;
  const i = spec.params.findIndex((p) => p.kind !== 'text' && p.kind !== 'enum' && p.kind !== 'boolean');
  if (i < 0) return undefined;
  return spec.params.map((p, j) => (j === i ? 'tekst' : null));
}

test.each(REGISTRY.map((s) => [s.id]))('%s refuses bad input in the bare runtime with the same code and Dutch message as Node', (id) => {
  const args = badArgs(id);
  if (!args) return;
  const out = run(id, args);
  const node = tryCall(id, ...args);
  expect(node.ok).toBe(false);
  if (node.ok) return;
  expect(out.error).toEqual({ code: node.error.code, message: node.error.message });
  const empty = REGISTRY.find((s) => s.id === id)!.params.map(() => null);
  const nodeEmpty = tryCall(id, ...empty);
  const outEmpty = run(id, empty);
  if (nodeEmpty.ok) expect(JSON.stringify(outEmpty.value)).toBe(JSON.stringify(nodeEmpty.value));
  else expect(outEmpty.error).toEqual({ code: nodeEmpty.error.code, message: nodeEmpty.error.message });
});

test.each(REGISTRY.map((s) => [s.id]))('%s with every argument omitted gives an Excel error with a Dutch message, never a crash', (id) => {
  const spec = REGISTRY.find((s) => s.id === id)!;
  const out = run(id, Array(spec.params.length).fill(null));
  if (out.error) {
    expect(Object.values(ERROR_CODE)).toContain(out.error.code);
    expect(typeof out.error.message).toBe('string');
    expect(out.error.message!.length).toBeGreaterThan(5);
  } else {
    expect(out.value).toBeDefined();
  }
});
