/**
 * The raadsversie reads a grondexploitatie by parameter name and computes
 * through the core with every parameter the sheet's own formula uses: a
 * model with "opbrengsten niet meer indexeren vanaf" and an indexation moment
 * gives the same basis and stress results as the sheet's GREX.RESULTAAT
 * formula evaluated with the same cells (here: called with the cells its
 * arguments name, as Excel passes them).
 */
import { findBuilder } from '../../src/taskpane/builders';
import { defaults } from '../../src/taskpane/builders/types';
import { writePlan } from '../../src/taskpane/excel/writer';
import type { ExcelRun } from '../../src/taskpane/excel/host';
import { readModel } from '../../src/taskpane/raadsversie/ge-model';
import { computeKern, STRESS } from '../../src/taskpane/raadsversie/stress';
import { parseGrexCalls } from '../../src/taskpane/sheet/formula-parser';
import { call } from '../../src/functions/call';
import { FakeWorkbookModel, fakeRun } from './fake-excel';

const runOf = (m: FakeWorkbookModel) => fakeRun(m) as unknown as ExcelRun;

async function model(settings: Record<string, unknown>, drop: string[] = []) {
  const m = new FakeWorkbookModel(['Blad1']);
  const spec = findBuilder('grondexploitatie')!;
  const res = await writePlan(runOf(m), spec.plan({ ...defaults(spec), voorbeeld: true, startjaar: 2026, looptijd: 12 }), 'newSheet');
  const sheet = m.mustSheet(res.placement.sheet);
  const box = (name: string) => m.names.find((n) => n.name.toLowerCase() === `ge_${name}`.toLowerCase())!.box;
  for (const [k, v] of Object.entries(settings)) {
    const b = box(k);
    sheet.at(b.row, b.col).value = v;
  }
  m.names = m.names.filter((n) => !drop.some((d) => n.name.toLowerCase() === `ge_${d}`));
  /** The sheet's GREX.RESULTAAT formula, called with the cells its arguments name. */
  const viaSheet = (transform: (name: string, v: unknown) => unknown = (_n, v) => v) => {
    const formula = m.formulas(res.placement.sheet).find((f) => f.formula.startsWith('=GREX.RESULTAAT('))!.formula;
    const args = parseGrexCalls(formula)[0].args.map((a) => {
      if (a.kind === 'omitted') return null;
      const name = a.text.replace(/^GE_/i, '');
      const b = box(name);
      const cells = Array.from({ length: b.rows }, (_, r) =>
        Array.from({ length: b.cols }, (_, c) => {
          const v = sheet.get(b.row + r, b.col + c)?.value;
          return v === '' || v === undefined ? null : v;
        }),
      );
      const value = b.rows === 1 && b.cols === 1 ? cells[0][0] : cells;
      return transform(name, value);
    });
    return call('RESULTAAT', ...args) as number[][];
  };
  const read = (await readModel(runOf(m), ''))!;
  return { read, viaSheet };
}

test('opbrengsten_bevriezen_vanaf and indexmoment reach the kernvariabelen and every stress test', async () => {
  const frozen = await model({ opbrengstenindex: 0.03, opbrengsten_bevriezen_vanaf: 2029, indexmoment: 'midden' });
  const plain = await model({ opbrengstenindex: 0.03 });
  expect(frozen.read.inputs.opbrengstenBevrorenVanaf).toBe(2029);
  expect(frozen.read.inputs.indexmoment).toBe('midden');
  expect(plain.read.inputs.opbrengstenBevrorenVanaf).toBeUndefined();

  const kern = computeKern(frozen.read.inputs);
  const sheet = frozen.viaSheet();
  expect(kern.basis.nominaal).toBeCloseTo(sheet[0][0], 6);
  expect(kern.basis.eindwaarde).toBeCloseTo(sheet[0][1], 6);
  expect(kern.basis.ncw).toBeCloseTo(sheet[0][2], 6);
  // the freeze and the moment matter: without them the result differs (by more than a rounding)
  const unfrozen = computeKern(plain.read.inputs);
  expect(Math.abs(unfrozen.basis.eindwaarde - kern.basis.eindwaarde)).toBeGreaterThan(1000);

  // each stress test equals the sheet formula on the stressed cells
  const scaleOf = (label: string) =>
    (label === 'Opbrengsten −5%'
      ? ['opbrengsten', 0.95]
      : label === 'Opbrengsten −10%'
        ? ['opbrengsten', 0.9]
        : label === 'Kosten +5%'
          ? ['kosten', 1.05]
          : undefined) as [string, number] | undefined;
  for (const s of kern.scenarios) {
    const st = STRESS.find((x) => x.label === s.label)!;
    expect(st).toBeDefined();
    let expected: number[][];
    const sc = scaleOf(s.label);
    if (sc) expected = frozen.viaSheet((n, v) => (n === sc[0] ? (v as unknown[][]).map((r) => r.map((x) => (typeof x === 'number' ? x * sc[1] : x))) : v));
    else if (s.label === 'Rente +1 procentpunt') expected = frozen.viaSheet((n, v) => (n === 'rente' ? (v as number) + 0.01 : v));
    else expected = frozen.viaSheet((n, v) => (n === 'kosten' || n === 'opbrengsten' ? (v as unknown[][]).map((r) => [0, ...r]) : v));
    expect([s.label, s.ncw]).toEqual([s.label, expect.closeTo(expected[0][2], 6)]);
    expect(s.eindwaarde).toBeCloseTo(expected[0][1], 6);
  }
});

test('a model sheet from an earlier version, without the optional names, is still read (defaults apply)', async () => {
  const { read } = await model({}, ['opbrengsten_bevriezen_vanaf', 'indexmoment']);
  expect(read.inputs.indexmoment).toBe('begin'); // the function's default
  expect(read.inputs.opbrengstenBevrorenVanaf).toBeUndefined();
  const withNames = (await model({})).read;
  expect(computeKern(read.inputs).basis).toEqual(computeKern(withNames.inputs).basis);
});
