/**
 * The "Ruimte voor economie" builder and the relocation uplift in the
 * verplaatsing builder: the reserved spill areas fit what the functions
 * return for the defaults, the bar chart plots the saldo column of the
 * balance, and the business case takes the uplift of the freed land as the
 * revenue of the vacated site. The generic builder tests (names, tables,
 * validation, formulas, evaluation of the fresh sheet) run over this builder
 * in test/taskpane.
 */
import { findBuilder } from '../../src/taskpane/builders';
import { defaults, functionsOf } from '../../src/taskpane/builders/types';
import { call } from '../../src/functions/call';
import type { SheetPlan } from '../../src/taskpane/excel/plan';

function anchor(plan: SheetPlan, fn: string) {
  const a = plan.cells.find((c) => c.formula?.startsWith(`=GREX.${fn}(`));
  if (!a) throw new Error(`geen formule met ${fn}`);
  const s = plan.spills.find((b) => b.row === a.row && b.col === a.col);
  return { cell: a, spill: s };
}
const shape = (r: unknown) => (Array.isArray(r) ? { rows: r.length, cols: (r[0] as unknown[]).length } : { rows: 1, cols: 1 });
const cellAt = (plan: SheetPlan, row: number, col: number) => plan.cells.find((c) => c.row === row && c.col === col);

describe('builder economie', () => {
  const spec = findBuilder('economie')!;
  const plan = spec.plan(defaults(spec));

  test('is registered with its GREX functions', () => {
    expect(spec.title).toBe('Ruimte voor economie');
    expect(functionsOf(spec)).toEqual(['WERKLOCATIES.RUIMTEWINST', 'WERKLOCATIES.BALANS', 'COMPENSATIE', 'RICHTAFSTAND', 'VERPLAATSING.VRIJKOMENDEGROND']);
  });

  test('the reserved spill areas fit the results for the defaults', () => {
    const segments = [
      ['a', 25],
      ['b', 40],
      ['c', 20],
      ['d', 10],
    ];
    const bal = call('WERKLOCATIES.BALANS', segments, [[10, 18, 6, 3]], [[12, 15, 8, 2]], 0.5, 0.05, [[6, 4, 0, 2]], [[16, 30, 18, 4]]);
    const b = anchor(plan, 'WERKLOCATIES.BALANS').spill!;
    expect(shape(bal)).toEqual({ rows: b.rows, cols: b.cols });
    const comp = call(
      'COMPENSATIE',
      [
        ['a', 6],
        ['b', 4],
        ['c', 0],
        ['d', 2],
      ],
      [[4, 5, 0, 1]],
      1,
    );
    const c = anchor(plan, 'COMPENSATIE').spill!;
    expect(shape(comp)).toEqual({ rows: c.rows, cols: c.cols });
    const vg = call('VERPLAATSING.VRIJKOMENDEGROND', [
      ['x', 1, 1, 2, 0, 1, 'VERWORVEN'],
      ['y', 1, 1, 2, 0, 1, 'EIGEN'],
    ]);
    const v = anchor(plan, 'VERPLAATSING.VRIJKOMENDEGROND').spill!;
    expect(shape(vg)).toEqual({ rows: v.rows, cols: v.cols });
  });

  test('the bar chart plots the saldo column of the balance, one bar per segment', () => {
    const b = anchor(plan, 'WERKLOCATIES.BALANS').spill!;
    expect(plan.charts).toHaveLength(1);
    const chart = plan.charts[0];
    expect(chart.kind).toBe('BarClustered');
    expect(chart.data).toEqual({ row: b.row - 1, col: b.col + 7, rows: b.rows, cols: 1 });
    expect(cellAt(plan, b.row - 1, b.col + 7)?.value).toBe('Saldo');
    expect(chart.categories).toEqual({ row: b.row, col: b.col, rows: b.rows - 1, cols: 1 });
  });

  test('every intensivering cell is a live GREX.WERKLOCATIES.RUIMTEWINST on its own row', () => {
    const f = plan.cells.filter((c) => c.formula?.startsWith('=GREX.WERKLOCATIES.RUIMTEWINST('));
    expect(f).toHaveLength(4);
    f.forEach((c, i) => expect(c.formula).toContain(`{{@${f[0].row + i},5}}`));
  });

  test('the parameters carry validation and a source with its tag', () => {
    const keys = plan.names.map((n) => n.key);
    for (const k of ['realisatiekans', 'schuifruimte', 'ruimtewinst', 'factor', 'milieucategorie', 'vraag', 'gebieden']) expect(keys).toContain(k);
    const kans = plan.names.find((n) => n.key === 'realisatiekans')!;
    expect(kans.comment).toMatch(/\[R\] niet geverifieerd/);
    expect(plan.validations.some((x) => x.box.row === kans.box.row && x.box.col === kans.box.col)).toBe(true);
  });
});

describe('builder verplaatsing shows the uplift of the freed land', () => {
  const spec = findBuilder('verplaatsing')!;
  const plan = spec.plan(defaults(spec));
  test('GREX.VERPLAATSING.VRIJKOMENDEGROND feeds the revenue of the vacated site', () => {
    const vg = anchor(plan, 'VERPLAATSING.VRIJKOMENDEGROND');
    expect(vg.spill).toBeDefined();
    const total = plan.names.find((n) => n.key === 'vrijkomende_grond')!;
    expect(total.box).toEqual({ row: vg.spill!.row + 2, col: 5, rows: 1, cols: 1 });
    const oud = plan.names.find((n) => n.key === 'opbrengst_oude_locatie')!;
    const linked = plan.cells.filter((c) => c.row === oud.box.row && c.formula === '={{vrijkomende_grond}}');
    expect(linked).toHaveLength(1);
    const bc = plan.cells.find((c) => c.formula?.startsWith('=GREX.VERPLAATSING.BUSINESSCASE('))!;
    expect(bc.formula).toContain('{{opbrengst_oude_locatie}}');
  });
  test('the default areas give 2,9 mln: 10.000 × 300 − 500.000 plus 0,5 × (20.000 × 50 − 200.000)', () => {
    const box = plan.names.find((n) => n.key === 'gebieden')!.box;
    const table = Array.from({ length: box.rows }, (_, r) => Array.from({ length: box.cols }, (_, c) => cellAt(plan, box.row + r, box.col + c)?.value ?? null));
    const r = call('VERPLAATSING.VRIJKOMENDEGROND', table) as unknown[][];
    expect(r[2][5]).toBe(2_900_000);
  });
});

describe('builder verplaatsing shows the schuifruimte chain', () => {
  const spec = findBuilder('verplaatsing')!;
  test('step 1 sums the business case per year; the spill fits two steps and Totaal', () => {
    const plan = spec.plan(defaults(spec));
    const k = anchor(plan, 'SCHUIFRUIMTE.KETEN');
    expect(k.spill).toMatchObject({ rows: 3, cols: 4 });
    const kosten = plan.names.find((n) => n.key === 'keten_kosten')!;
    const first = cellAt(plan, kosten.box.row, kosten.box.col)!;
    expect(first.formula).toMatch(/^=SUM\(\{\{@\d+,1:\d+,1\}\}\)$/);
    const r = call(
      'SCHUIFRUIMTE.KETEN',
      0.02,
      [
        [1, 2, 3, 4, 5],
        [0, 0, 3e5, 0, 0],
      ],
      [
        [0, 0, 0, 0, 0],
        [0, 0, 0, 4.5e5, 0],
      ],
      2026,
    );
    expect(shape(r)).toEqual({ rows: 3, cols: 4 });
  });
  test('a one-year case leaves the chain out (a one-column table would read as one step)', () => {
    const plan = spec.plan({ ...defaults(spec), looptijd: 1 });
    expect(plan.cells.some((c) => c.formula?.startsWith('=GREX.SCHUIFRUIMTE.KETEN('))).toBe(false);
  });
});
