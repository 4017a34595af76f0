/**
 * Every data-validation rule on every sheet a builder writes admits exactly
 * what the GREX functions that read the cell admit: for each validated cell,
 * the GREX calls on the written sheet that take it as an argument (by name or
 * address) give the parameter specs, and a set of probe values around every
 * bound must pass Excel's rule (as the writer set it) exactly when each of
 * those parameters' normaliser accepts it. And every input cell that a GREX
 * function reads directly with a bounded kind carries such a rule.
 * (Blank cells are left out: Excel's validation ignores blanks. Tables and
 * fixed tuples such as {canon, eerste jaar, looptijd, groei, restwaarde} are
 * checked per column by the calculation, not per cell by the normaliser: the
 * builder states their column rules, and here they only need to exist.)
 */
import { BUILDERS, findBuilder } from '../../src/taskpane/builders';
import { defaults, type BuilderSpec, type Values } from '../../src/taskpane/builders/types';
import { writePlan } from '../../src/taskpane/excel/writer';
import type { ExcelRun } from '../../src/taskpane/excel/host';
import { parseAddress } from '../../src/taskpane/excel/address';
import { parseGrexCalls } from '../../src/taskpane/sheet/formula-parser';
import { normaliseArg, zeroMeansBlank } from '../../src/functions/normalise';
import { findFunction } from '../../src/functions/registry';
import type { ParamSpec } from '../../src/functions/types';
import { FakeWorkbookModel, fakeRun } from './fake-excel';

type Box = { row: number; col: number; rows: number; cols: number };
const inBox = (b: Box, r: number, c: number) => r >= b.row && r < b.row + b.rows && c >= b.col && c < b.col + b.cols;

const ACCEPTED_BY_FUNCTION = 'wordt door de functie aanvaard maar door de validatie geweigerd';
const ACCEPTED_BY_VALIDATION = 'wordt door de validatie aanvaard maar door de functie geweigerd';

/** What Excel admits under a data-validation rule object as the writer sets it (numbers and texts typed into the cell). */
function excelAdmits(rule: Record<string, any>, x: number | string): boolean {
  if (rule.list)
    return (
      typeof x === 'string' &&
      String(rule.list.source)
        .split(',')
        .some((v) => v.toUpperCase() === x.toUpperCase())
    );
  if (rule.custom) {
    const body = /^=AND\((.*)\)$/.exec(rule.custom.formula)![1];
    return body.split(',').every((term) => {
      if (/^ISNUMBER\(/.test(term)) return typeof x === 'number';
      if (typeof x !== 'number') return false;
      if (/=INT\(/.test(term)) return Number.isInteger(x);
      const m = /^[A-Z]+[0-9]+(>=|<=|>|<)(-?[0-9.e+-]+)$/.exec(term);
      if (!m) throw new Error(`onbekende term ${term}`);
      const b = Number(m[2]);
      return m[1] === '>' ? x > b : m[1] === '>=' ? x >= b : m[1] === '<' ? x < b : x <= b;
    });
  }
  const r = rule.decimal ?? rule.wholeNumber;
  if (!r) throw new Error(`onbekende regel ${JSON.stringify(rule)}`);
  if (typeof x !== 'number') return false;
  if (rule.wholeNumber && !Number.isInteger(x)) return false;
  const [a, b] = [Number(r.formula1), Number(r.formula2)];
  switch (r.operator) {
    case 'Between':
      return x >= a && x <= b;
    case 'GreaterThan':
      return x > a;
    case 'GreaterThanOrEqualTo':
      return x >= a;
    case 'LessThan':
      return x < a;
    case 'LessThanOrEqualTo':
      return x <= a;
    default:
      throw new Error(`operator ${r.operator}`);
  }
}

function functionAdmits(params: ParamSpec[], x: number | string): boolean {
  return params.every((p) => {
    try {
      normaliseArg(p.kind === 'series' || p.kind === 'table' ? [[x]] : x, p);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * The values to try. A 0 is left out where every reading parameter takes a 0
 * as an empty cell (years, texts, enums: older desktop builds pass an empty
 * cell as 0): there the function does not admit 0 as a value, it reads no
 * value, and Excel's validation does not apply to an empty cell either.
 */
function probes(params: ParamSpec[]): (number | string)[] {
  const out = new Set<number | string>([
    1,
    -1,
    0.5,
    -0.5,
    2.5,
    -0.99,
    -0.999999,
    -1.000001,
    -5,
    1.5,
    10,
    1e6,
    -1e6,
    1e12,
    1899,
    1900,
    2026,
    2200,
    2201,
    'ONBEKEND',
  ]);
  for (const p of params) {
    for (const b of ['min', 'max'] as const) {
      const v = (p as unknown as Record<string, unknown>)[b];
      if (typeof v === 'number') for (const d of [-1, -1e-9, 0, 1e-9, 1]) out.add(v + d);
    }
    if (p.kind === 'enum') for (const v of p.values) out.add(v);
  }
  if (params.every(zeroMeansBlank)) out.delete(0);
  else out.add(0);
  return [...out];
}

const runOf = (m: FakeWorkbookModel) => fakeRun(m) as unknown as ExcelRun;
const BOUNDED = new Set(['number', 'rate', 'year', 'integer', 'series', 'enum']);

const variants: [string, BuilderSpec, Values][] = [
  ...BUILDERS.map((b): [string, BuilderSpec, Values] => [b.id, b, defaults(b)]),
  ['kostenverhaal met gewichten', findBuilder('kostenverhaal')!, { ...defaults(findBuilder('kostenverhaal')!), sleutel: 'gewichten' }],
  ['verplaatsing met erfpacht', findBuilder('verplaatsing')!, { ...defaults(findBuilder('verplaatsing')!), nieuwe_locatie: 'erfpacht' }],
];

describe.each(variants)('%s', (_label, spec, values) => {
  test('every validation rule admits exactly what the reading GREX functions admit, and every directly read input has one', async () => {
    const m = new FakeWorkbookModel(['Blad1']);
    const plan = spec.plan(values);
    const res = await writePlan(runOf(m), plan, 'newSheet');
    const sheet = m.mustSheet(res.placement.sheet);
    const boxOf = (text: string): Box | undefined => {
      const n = m.names.find((x) => x.name.toLowerCase() === text.trim().toLowerCase());
      if (n) return n.box;
      const a = parseAddress(text.trim());
      return a.box && (!a.sheet || a.sheet === sheet.name) ? a.box : undefined;
    };
    // (box, parameter) for every argument of every GREX call on the sheet
    const reads: { box: Box; param: ParamSpec }[] = [];
    for (const f of m.formulas(sheet.name)) {
      for (const c of parseGrexCalls(f.formula)) {
        const fn = findFunction(c.name)!;
        c.args.forEach((a, i) => {
          const box = a.kind === 'omitted' ? undefined : boxOf(a.text);
          if (box) reads.push({ box, param: fn.params[i] });
        });
      }
    }
    let checked = 0;
    for (const [key, cell] of sheet.cells) {
      const [r, c] = key.split(',').map(Number);
      // a cell of a tuple's range is read as the field at its position, a cell of a rows table as its column
      const all = reads
        .filter((x) => inBox(x.box, r, c))
        .flatMap((x): ParamSpec[] => {
          if (x.param.kind === 'tuple') return [x.param.fields[x.box.rows === 1 ? c - x.box.col : r - x.box.row]].filter(Boolean);
          if (x.param.kind === 'rows') return [x.param.columns[c - x.box.col]].filter(Boolean);
          return [x.param];
        });
      const params = all.filter((p) => p.kind !== 'table' && !(p.kind === 'series' && p.maxLength !== undefined && p.maxLength <= 5));
      if (cell.validation && params.length) {
        for (const x of probes(params)) {
          const want = functionAdmits(params, x);
          if (excelAdmits(cell.validation, x) !== want)
            throw new Error(
              `${sheet.name}!${key} (${params.map((p) => p.name).join(', ')}): ` + `${x} ${want ? ACCEPTED_BY_FUNCTION : ACCEPTED_BY_VALIDATION}`,
            );
        }
        checked++;
      }
      const isInput = !cell.formula && cell.value !== '' && cell.fill !== undefined;
      if (isInput && all.some((p) => BOUNDED.has(p.kind))) {
        expect({ cell: key, params: all.map((p) => p.name), validated: Boolean(cell.validation) }).toEqual({
          cell: key,
          params: all.map((p) => p.name),
          validated: true,
        });
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
