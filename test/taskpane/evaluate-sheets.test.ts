/**
 * A freshly written builder sheet computes: every GREX formula whose inputs
 * can be followed (constants, the Excel-native helper formulas the builders
 * write, and the spills of GREX formulas computed before it) evaluates
 * through the GREX call path without an error, with the builder's defaults
 * and example data — the sheet shows numbers, not #VALUE!.
 */
import { BUILDERS } from '../../src/taskpane/builders';
import { defaults } from '../../src/taskpane/builders/types';
import { writePlan } from '../../src/taskpane/excel/writer';
import type { ExcelRun } from '../../src/taskpane/excel/host';
import { parseAddress } from '../../src/taskpane/excel/address';
import { parseGrexCalls } from '../../src/taskpane/sheet/formula-parser';
import { tryCall } from '../../src/functions/call';
import { findFunction } from '../../src/functions/registry';
import { FakeSheet, FakeWorkbookModel, fakeRun } from './fake-excel';

type Grid = unknown[][];
type Box = { row: number; col: number; rows: number; cols: number };
const NOT_EVALUABLE = Symbol('not evaluable');

/**
 * A tiny evaluator for the Excel-native formulas around the GREX calls:
 * sums, differences and products of numbers, names, cell references,
 * SUM(range) and COLUMNS(range). Values spilled by GREX formulas come from
 * `computed`; anything else is "not evaluable" here.
 */
function evaluator(m: FakeWorkbookModel, sheet: FakeSheet, computed: Map<string, unknown>) {
  const boxOf = (text: string): Box | undefined => {
    const name = m.names.find((n) => n.name.toLowerCase() === text.toLowerCase());
    return name ? name.box : parseAddress(text).box;
  };
  const term = (t: string, depth: number): unknown => {
    let mm: RegExpExecArray | null;
    if (/^[0-9.]+$/.test(t)) return Number(t);
    if ((mm = /^SUM\(([^()]+)\)$/i.exec(t))) {
      const g = grid(boxOf(mm[1])!, depth);
      return g === NOT_EVALUABLE ? g : g.flat().reduce((s: number, v) => s + (typeof v === 'number' ? v : 0), 0);
    }
    if ((mm = /^COLUMNS\(([^()]+)\)$/i.exec(t))) return boxOf(mm[1])?.cols ?? NOT_EVALUABLE;
    const b = boxOf(t);
    return b && b.rows === 1 && b.cols === 1 ? cell(b.row, b.col, depth) : NOT_EVALUABLE;
  };
  const expr = (body: string, depth: number): unknown => {
    const parts = body.split(/(?<=[^(]*)([+\-*])(?![^(]*\))/).map((x) => x.trim());
    let acc = term(parts[0], depth);
    for (let i = 1; i < parts.length; i += 2) {
      const v = term(parts[i + 1], depth);
      if (typeof acc !== 'number' || typeof v !== 'number') return NOT_EVALUABLE;
      acc = parts[i] === '+' ? acc + v : parts[i] === '-' ? acc - v : acc * v;
    }
    return acc;
  };
  const cell = (r: number, c: number, depth = 0): unknown => {
    const key = `${r},${c}`;
    if (computed.has(key)) return computed.get(key);
    const x = sheet.get(r, c);
    if (!x?.formula) return x && x.value !== '' ? x.value : null;
    if (depth > 6 || /GREX\./i.test(x.formula)) return NOT_EVALUABLE;
    let mm: RegExpExecArray | null;
    // =IF(NAME="TEXT",a,b) (the chosen scenario)
    if ((mm = /^=IF\(([^=()]+)="([^"]*)",([^,()]+),([^,()]+)\)$/.exec(x.formula))) {
      const cond = term(mm[1], depth + 1);
      return cond === NOT_EVALUABLE ? cond : term(cond === mm[2] ? mm[3] : mm[4], depth + 1);
    }
    // =CANON*(1+GROEI)^(T-1) (the erfpacht year table)
    if ((mm = /^=([^*()]+)\*\(1\+([^()]+)\)\^\(([^()-]+)-1\)$/.exec(x.formula))) {
      const [a, g, t] = [term(mm[1], depth + 1), term(mm[2], depth + 1), term(mm[3], depth + 1)];
      return typeof a === 'number' && typeof g === 'number' && typeof t === 'number' ? a * (1 + g) ** (t - 1) : NOT_EVALUABLE;
    }
    if (/[()^]/.test(x.formula.replace(/(SUM|COLUMNS)\([^()]*\)/gi, ''))) return NOT_EVALUABLE;
    return expr(x.formula.slice(1), depth + 1);
  };
  const grid = (b: Box, depth = 0): Grid | typeof NOT_EVALUABLE => {
    const g = Array.from({ length: b.rows }, (_, r) => Array.from({ length: b.cols }, (_, c) => cell(b.row + r, b.col + c, depth)));
    return g.flat().includes(NOT_EVALUABLE) ? NOT_EVALUABLE : g;
  };
  return { boxOf, grid, expr };
}

const VARIANTS: [string, Record<string, unknown>][] = [
  ...BUILDERS.map((b): [string, Record<string, unknown>] => [b.id, {}]),
  ['grondexploitatie', { looptijd: 15, startjaar: 2030 }],
  ['kostenverhaal', { sleutel: 'gewichten', locaties: 5 }],
  ['verplaatsing', { nieuwe_locatie: 'erfpacht', looptijd: 8 }],
  ['erfpacht', { looptijd: 1 }],
  ['grondwaarde', { grondslag: 'INCLGROND' }],
  ['economie', { milieucategorie: '6', realisatiekans: 1, project: 'MRDH' }],
  ['verplaatsing', { looptijd: 1 }],
];

describe.each(VARIANTS)('%s %j: the fresh sheet computes', (id, extra) => {
  const spec = BUILDERS.find((b) => b.id === id)!;
  test('GREX formulas evaluate without an error', async () => {
    const m = new FakeWorkbookModel(['Blad1']);
    const v = { ...defaults(spec), voorbeeld: true, ...extra } as ReturnType<typeof defaults>;
    const plan = spec.plan(v);
    const res = await writePlan(fakeRun(m) as unknown as ExcelRun, plan, 'newSheet');
    const sheet = m.mustSheet(res.placement.sheet);
    // Spill areas are empty until their GREX formula has been computed.
    const computed = new Map<string, unknown>();
    for (const b of plan.spills)
      for (let r = 0; r < b.rows; r++) for (let c = 0; c < b.cols; c++) if (r || c) computed.set(`${b.row + r},${b.col + c}`, NOT_EVALUABLE);
    const ev = evaluator(m, sheet, computed);
    const grexCells = m
      .formulas(res.placement.sheet)
      .filter((f) => /^=GREX\.[A-Z0-9_.]+\(.*\)$/i.test(f.formula) && findFunction(parseGrexCalls(f.formula)[0].name));
    const done = new Set<string>();
    const failures: string[] = [];
    for (let pass = 0; pass < 4; pass++) {
      for (const f of grexCells) {
        if (done.has(f.address)) continue;
        const [call] = parseGrexCalls(f.formula);
        const args: unknown[] = [];
        let ok = true;
        for (const a of call.args) {
          if (a.kind === 'omitted') args.push(undefined);
          else if (a.kind === 'number' || a.kind === 'text' || a.kind === 'boolean') args.push(a.literal);
          else if (a.kind === 'name' || a.kind === 'reference') {
            const box = ev.boxOf(a.text)!;
            const g = ev.grid(box);
            if (g === NOT_EVALUABLE) ok = false;
            else args.push(box.rows === 1 && box.cols === 1 ? g[0][0] : g);
          } else if (a.kind === 'expression') {
            const x = ev.expr(a.text, 0);
            if (x === NOT_EVALUABLE) ok = false;
            else args.push(x);
          } else ok = false;
        }
        if (!ok) continue;
        done.add(f.address);
        const out = tryCall(call.name, ...args);
        if (!out.ok) {
          failures.push(`${f.address} ${f.formula}: ${out.error.code} ${out.error.message}`);
          continue;
        }
        const at = parseAddress(f.address).box!;
        const value = out.value;
        const rows = Array.isArray(value) ? value : [[value]];
        // A spilling result fits the area the builder kept free (else Excel shows #SPILL!).
        const kept = plan.spills.find((b) => b.row === at.row && b.col === at.col) ?? { rows: 1, cols: 1 };
        if (rows.length > kept.rows || rows[0].length > kept.cols)
          failures.push(`${f.address}: ${rows.length}×${rows[0].length} past niet in ${kept.rows}×${kept.cols}`);
        rows.forEach((line, r) => line.forEach((x, c) => computed.set(`${at.row + r},${at.col + c}`, x)));
      }
    }
    expect(failures).toEqual([]);
    // Every GREX formula not wrapped in IF(...) was reached.
    expect(grexCells.filter((f) => !done.has(f.address)).map((f) => f.formula)).toEqual([]);
  });
});
