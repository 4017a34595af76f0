/**
 * The sheet of `npm run bench` compares like with like: each of its 500 GREX
 * formulas has the same value as its native counterpart in HyperFormula, and
 * the formulas the bench recalculates after a change are exactly those whose
 * native counterpart changes (no timing here; the bench reports ratios).
 */
import { HyperFormula } from 'hyperformula';
import { tryCall } from '../../src/functions/call';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { makeSheet, CHANGED } = require('../../bench/sheet.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { lcg } = require('../../bench/harness.js');

type Formula = {
  kind: { name: string; rate?: boolean; call: (k: number) => unknown[]; pick: (v: unknown) => number };
  k: number;
  cell: { row: number; col: number };
};

const S = makeSheet(lcg(11));
const hf = HyperFormula.buildFromArray(S.nativeRows(), { licenseKey: 'gpl-v3' });
const formulas: Formula[] = S.formulas;
afterAll(() => hf.destroy());

function grex(f: Formula): number {
  const [name, ...args] = f.kind.call(f.k);
  const out = tryCall(name as string, ...args);
  if (!out.ok) throw new Error(out.error.message);
  return f.kind.pick(out.value);
}
const native = (f: Formula): number => hf.getCellValue({ sheet: 0, ...f.cell }) as number;
/** All cells of the row that holds a formula's native value (a spill of INDEXEER is one row of 30). */
const nativeRow = (f: Formula): string =>
  JSON.stringify(hf.getRangeValues({ start: { sheet: 0, row: f.cell.row, col: 0 }, end: { sheet: 0, row: f.cell.row, col: 29 } }));
const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

test('500 formulas of ten kinds, each equal to its native counterpart', () => {
  expect(formulas.length).toBe(500);
  expect(new Set(formulas.map((f) => f.kind.name)).size).toBe(10);
  const off = formulas.filter((f) => !close(grex(f), native(f))).map((f) => `${f.kind.name} ${f.k}: ${grex(f)} / ${native(f)}`);
  expect(off).toEqual([]);
});

test('after one input changes, the formulas the bench recalculates are those whose native value changes', () => {
  const k = 4;
  const before = formulas.map(nativeRow);
  S.change(k);
  hf.batch(() => {
    hf.setCellContents({ sheet: 0, row: k, col: CHANGED }, [[S.series[k][CHANGED]]]);
    hf.setCellContents({ sheet: 0, row: S.tableAt(k), col: CHANGED }, [[S.tables[k][0][CHANGED]]]);
  });
  const changed = formulas.filter((f, i) => nativeRow(f) !== before[i]);
  const recalculated = formulas.filter((f) => S.reads(f, k));
  // several kinds and more than one row of formulas (the row and the table that follows it)
  expect(new Set(changed.map((f) => f.kind.name)).size).toBeGreaterThanOrEqual(5);
  expect(new Set(changed.map((f) => f.k)).size).toBe(2);
  expect(new Set(recalculated)).toEqual(new Set(changed));
  expect(recalculated.filter((f) => !close(grex(f), native(f)))).toEqual([]);
});

test('after the shared discount rate changes, exactly the formulas that use it change', () => {
  const before = formulas.map(native);
  S.state.d = 0.021;
  hf.setCellContents(S.rateCell, [[0.021]]);
  const changed = formulas.filter((f, i) => native(f) !== before[i]);
  expect(new Set(changed)).toEqual(new Set(formulas.filter((f) => f.kind.rate)));
  expect(changed.filter((f) => !close(grex(f), native(f)))).toEqual([]);
});
