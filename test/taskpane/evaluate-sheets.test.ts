/**
 * Every GREX formula a builder writes whose inputs are constants (names and
 * cells holding values, literals) evaluates without an error through the
 * GREX call path, with the builder's defaults and example data: the fresh
 * sheet shows numbers, not #VALUE!.
 */
import { BUILDERS } from '../../src/taskpane/builders';
import { defaults } from '../../src/taskpane/builders/types';
import { writePlan } from '../../src/taskpane/excel/writer';
import type { ExcelRun } from '../../src/taskpane/excel/host';
import { parseAddress } from '../../src/taskpane/excel/address';
import { parseGrexCalls } from '../../src/taskpane/review/formula-parser';
import { tryCall } from '../../src/functions/call';
import { findFunction } from '../../src/functions/registry';
import { FakeSheet, FakeWorkbookModel, fakeRun } from './fake-excel';

type Grid = unknown[][];
type Box = { row: number; col: number; rows: number; cols: number };
const NOT_EVALUABLE = Symbol('not evaluable');

/**
 * A tiny evaluator for the Excel-native formulas the builders write around
 * the GREX calls (=NAME, =$B$4, =$C$5*$D$5, =SUM(range)); anything else, and
 * any cell inside a spill area, is "not evaluable" here.
 */
function evaluator(m: FakeWorkbookModel, sheet: FakeSheet, spills: Box[]) {
  const inSpill = (r: number, c: number) => spills.some((b) => r >= b.row && r < b.row + b.rows && c >= b.col && c < b.col + b.cols);
  const boxOf = (text: string): Box | undefined => {
    const name = m.names.find((n) => n.name.toLowerCase() === text.toLowerCase());
    return name ? name.box : parseAddress(text).box;
  };
  const cell = (r: number, c: number, depth = 0): unknown => {
    const x = sheet.get(r, c);
    if (!x?.formula) return inSpill(r, c) ? NOT_EVALUABLE : x && x.value !== '' ? x.value : null;
    if (depth > 5) return NOT_EVALUABLE;
    const f = x.formula;
    let mm: RegExpExecArray | null;
    if ((mm = /^=SUM\(([^()]+)\)$/.exec(f))) {
      const g = grid(boxOf(mm[1])!, depth + 1);
      return g === NOT_EVALUABLE ? g : (g as Grid).flat().reduce((s: number, v) => s + (typeof v === 'number' ? v : 0), 0);
    }
    if ((mm = /^=([^*()]+)\*([^*()]+)$/.exec(f))) {
      const a = one(mm[1], depth + 1);
      const b = one(mm[2], depth + 1);
      return typeof a === 'number' && typeof b === 'number' ? a * b : NOT_EVALUABLE;
    }
    if ((mm = /^=([A-Za-z_$][A-Za-z0-9_.$]*)$/.exec(f))) return one(mm[1], depth + 1);
    return NOT_EVALUABLE;
  };
  const one = (text: string, depth: number): unknown => {
    const b = boxOf(text);
    return b && b.rows === 1 && b.cols === 1 ? cell(b.row, b.col, depth) : NOT_EVALUABLE;
  };
  const grid = (b: Box, depth = 0): Grid | typeof NOT_EVALUABLE => {
    const g = Array.from({ length: b.rows }, (_, r) => Array.from({ length: b.cols }, (_, c) => cell(b.row + r, b.col + c, depth)));
    return g.flat().includes(NOT_EVALUABLE) ? NOT_EVALUABLE : g;
  };
  return { boxOf, grid };
}

describe.each(BUILDERS.map((b) => [b.id, b] as const))('%s: constant-input GREX formulas evaluate', (_id, spec) => {
  test('no errors', async () => {
    const m = new FakeWorkbookModel(['Blad1']);
    const v = { ...defaults(spec), voorbeeld: true };
    const res = await writePlan(fakeRun(m) as unknown as ExcelRun, spec.plan(v), 'newSheet');
    const sheet = m.mustSheet(res.placement.sheet);
    const ev = evaluator(m, sheet, spec.plan(v).spills);
    let evaluated = 0;
    const failures: string[] = [];
    for (const f of m.formulas(res.placement.sheet)) {
      if (!/^=GREX\.[A-Z0-9_.]+\(.*\)$/i.test(f.formula)) continue;
      const [call] = parseGrexCalls(f.formula);
      if (!findFunction(call.name)) continue;
      const args: unknown[] = [];
      let constant = true;
      for (const a of call.args) {
        if (a.kind === 'omitted') args.push(undefined);
        else if (a.kind === 'number' || a.kind === 'text' || a.kind === 'boolean') args.push(a.literal);
        else if (a.kind === 'name' || a.kind === 'reference') {
          const box = ev.boxOf(a.text)!;
          const g = ev.grid(box);
          if (g === NOT_EVALUABLE) constant = false;
          else args.push(box.rows === 1 && box.cols === 1 ? g[0][0] : g);
        } else constant = false;
      }
      if (!constant) continue;
      const out = tryCall(call.name, ...args);
      evaluated++;
      if (!out.ok) failures.push(`${f.address} ${f.formula}: ${out.error.code} ${out.error.message}`);
    }
    expect(failures).toEqual([]);
    expect(evaluated).toBeGreaterThan(0);
  });
});
