/**
 * The task pane's workbook I/O as real Excel behaves: names over table
 * bodies follow the table when a row is added; the raadsversie writes only
 * what it freezes (text stays text, kept dynamic arrays keep spilling),
 * cleans up after a failure, and computes from the same inputs as the model
 * sheet; GREX formulas behind structured references and LAMBDA names are
 * found; a rollback removes only what GREX created.
 */
import { findBuilder } from '../../src/taskpane/builders';
import { defaults } from '../../src/taskpane/builders/types';
import { writePlan } from '../../src/taskpane/excel/writer';
import { Refusal } from '../../src/taskpane/excel/host';
import type { ExcelRun } from '../../src/taskpane/excel/host';
import { structuredRef } from '../../src/taskpane/excel/structured';
import { makeRaadsversie } from '../../src/taskpane/raadsversie/make';
import { mustFreeze } from '../../src/taskpane/raadsversie/freeze';
import { computeKern } from '../../src/taskpane/raadsversie/stress';
import { readModel } from '../../src/taskpane/models/ge-model';
import { entriesOf, loadWorkbook } from '../../src/taskpane/review/scan';
import { hasGrexCall, parseGrexCalls, usesGrex } from '../../src/taskpane/sheet/formula-parser';
import { Job } from '../../src/taskpane/state/job';
import { call } from '../../src/functions/call';
import { FakeWorkbookModel, fakeRun } from './fake-excel';

const runOf = (m: FakeWorkbookModel) => fakeRun(m) as unknown as ExcelRun;
const job = () => new Job(1);

async function geWorkbook(extra: Record<string, unknown> = {}): Promise<{ m: FakeWorkbookModel; sheet: string }> {
  const m = new FakeWorkbookModel(['Blad1']);
  m.evaluate = (_s, _r, _c, f) => (hasGrexCall(f) ? 1000 : '');
  const spec = findBuilder('grondexploitatie')!;
  const res = await writePlan(runOf(m), spec.plan({ ...defaults(spec), voorbeeld: true, project: 'Oost', ...extra } as never), 'newSheet');
  return { m, sheet: res.placement.sheet };
}

const nameOf = (m: FakeWorkbookModel, n: string) => m.names.find((x) => x.name === n)!;
/** Put a value into the cell a one-cell name refers to. */
function setNamed(m: FakeWorkbookModel, name: string, value: unknown): void {
  const n = nameOf(m, name);
  const c = n.sheet.at(n.box.row, n.box.col);
  c.value = value;
  c.formula = '';
}

describe('names over table bodies follow the table', () => {
  test('structured references for whole-body areas, addresses for row subsets', () => {
    const table = { row: 10, col: 0, rows: 6, cols: 4 };
    expect(structuredRef('T', ['Post', '2026', '2027', '2028'], table, { row: 11, col: 1, rows: 5, cols: 3 })).toBe('=T[[2026]:[2028]]');
    expect(structuredRef('T', ['Post', 'Bedrag [€]', 'x', 'y'], table, { row: 11, col: 1, rows: 5, cols: 1 })).toBe("=T[Bedrag '[€']]");
    expect(structuredRef('T', ['a', 'b', 'c', 'd'], table, { row: 11, col: 0, rows: 5, cols: 4 })).toBe('=T[#Data]');
    expect(structuredRef('T', ['a', 'b', 'c', 'd'], table, { row: 12, col: 1, rows: 3, cols: 3 })).toBeUndefined();
  });

  test('GE_kosten refers to the table columns; a post added below the table is part of the model', async () => {
    const { m } = await geWorkbook();
    const kosten = nameOf(m, 'GE_kosten');
    expect(kosten.formula).toBe('=GE_tabel_kosten[[2026]:[2035]]');
    const before = (await readModel(runOf(m), ''))!;
    expect(before.inputs.kosten).toHaveLength(5);
    m.addTableRow('GE_tabel_kosten', ['Extra post', 1_000_000, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(nameOf(m, 'GE_kosten').box.rows).toBe(6);
    const after = (await readModel(runOf(m), ''))!;
    expect(after.inputs.kosten).toHaveLength(6);
    expect(computeKern(after.inputs).kostenNominaal - computeKern(before.inputs).kostenNominaal).toBeCloseTo(1_000_000, 6);
    // the sheet's formulas use the names, so they see the new post too
    expect(m.formulas().some((f) => f.formula.startsWith('=GREX.RESULTAAT(GE_beginboekwaarde,GE_kosten,'))).toBe(true);
  });

  test('kostenverhaal columns are structured references too', async () => {
    const m = new FakeWorkbookModel(['Blad1']);
    const spec = findBuilder('kostenverhaal')!;
    await writePlan(runOf(m), spec.plan(defaults(spec)), 'newSheet');
    expect(nameOf(m, 'KV_opbrengsten').formula).toMatch(/^=KV_tabel_locaties\[[^\]]+\]$/);
  });
});

describe('the council sheet computes from exactly what the model sheet computes from', () => {
  test.each([
    ['1', 1],
    ['"ja"', 'ja'],
    ['WAAR', true],
  ])('rente_over_negatief typed %s and a blank prijspeiljaar', async (_label, typed) => {
    const { m } = await geWorkbook({ beginboekwaarde: -5_000_000 });
    setNamed(m, 'GE_rente_over_negatief', typed);
    setNamed(m, 'GE_prijspeiljaar', '');
    const model = (await readModel(runOf(m), ''))!;
    expect(model.inputs.renteOverNegatief).toBe(true);
    expect(model.inputs.prijspeiljaar).toBe(2026);
    // what Excel hands GREX.RESULTAAT on the model sheet: the cells as they are, an empty cell as null
    const r = model.raw!;
    const resultaat = (renteOverNegatief: unknown) =>
      call(
        'RESULTAAT',
        r.beginboekwaarde,
        r.kosten,
        r.opbrengsten,
        r.rente,
        r.disconteringsvoet,
        r.startjaar,
        r.kostenindex,
        r.opbrengstenindex,
        renteOverNegatief,
        null,
      ) as number[][];
    const sheet = resultaat(typed);
    const kern = computeKern(model.inputs);
    expect(kern.basis.ncw).toBe(sheet[0][2]);
    // and it is not the answer of "false" (the old reading of 1 and "ja")
    const asFalse = resultaat(false);
    expect(Math.abs(kern.basis.ncw - asFalse[0][2])).toBeGreaterThan(1);
  });

  test('input the function refuses is refused with its Dutch message', async () => {
    const { m } = await geWorkbook();
    setNamed(m, 'GE_rente_over_negatief', 'misschien');
    const err = await makeRaadsversie(runOf(m), { sheets: [], allFormulas: false, model: '', busyWaitsMs: [] }, job()).catch((e) => e);
    expect(err).toBeInstanceOf(Refusal);
    expect(err.message).toMatch(/rente_over_negatief/);
  });
});

describe('the raadsversie copy changes only what it freezes', () => {
  function notes(): FakeWorkbookModel {
    const m = new FakeWorkbookModel(['Notities']);
    m.evaluate = (_s, _r, _c, f) => (hasGrexCall(f) ? 7 : '');
    const s = m.mustSheet('Notities');
    const put = (a: string, value: unknown, formula = '') => Object.assign(s.at(...rc(a)), { value, formula });
    put('A1', '00123'); // text typed as '00123
    put('A2', '1-2');
    put('A3', '=HYPERLINK("https://example.org")'); // text typed with an apostrophe
    put('B1', 3, '=SEQUENCE(3)'); // a kept dynamic array and its spill
    put('B2', 2);
    put('B3', 3);
    put('C1', 100, '=GREX.BOEKWAARDE(1,2)'); // a GREX spill of 1×3
    put('D1', 200);
    put('E1', 300);
    put('C3', '0042', '=GREX.FMI(1,2)'); // a GREX result that is text
    m.spills.set('Notities!B1', 'B1:B3');
    m.spills.set('Notities!C1', 'C1:E1');
    return m;
  }
  const rc = (a: string): [number, number] => [Number(a.slice(1)) - 1, a.charCodeAt(0) - 65];

  test('text stays text, kept dynamic arrays are not touched, GREX spills become values', async () => {
    const m = notes();
    const res = await makeRaadsversie(runOf(m), { sheets: ['Notities'], allFormulas: false, busyWaitsMs: [] }, job());
    const copy = res.copies[0];
    const c = m.mustSheet(copy);
    expect(c.cell('A1')!.value).toBe('00123');
    expect(c.cell('A2')!.value).toBe('1-2');
    expect(c.cell('A3')).toMatchObject({ value: '=HYPERLINK("https://example.org")', formula: '' });
    expect(c.cell('B1')!.formula).toBe('=SEQUENCE(3)');
    expect(c.cell('C1')).toMatchObject({ value: 100, formula: '' });
    expect(c.cell('C3')).toMatchObject({ value: '0042', formula: '' }); // text, not the number 42
    const written = [...m.writtenCells]
      .filter((x) => x.startsWith(`${copy}!`))
      .map((x) => x.split('!')[1])
      .sort();
    expect(written).toEqual(['C1', 'C3', 'D1', 'E1']);
  });

  test('a failure part-way leaves no live copy and says so', async () => {
    const m = notes();
    m.faults.add('write:Notities (raad)');
    const err = await makeRaadsversie(runOf(m), { sheets: ['Notities'], allFormulas: false, busyWaitsMs: [] }, job()).catch((e) => e);
    expect(err).toBeInstanceOf(Refusal);
    expect(err.message).toMatch(/half gemaakte kopie is weer verwijderd/);
    expect(m.sheets.map((s) => s.name)).toEqual(['Notities']);
  });

  test('when even the clean-up fails, the message names the copy that still holds live formulas', async () => {
    const m = notes();
    m.faults.add('write:Notities (raad)');
    m.faults.add('worksheet.delete');
    const err = await makeRaadsversie(runOf(m), { sheets: ['Notities'], allFormulas: false, busyWaitsMs: [] }, job()).catch((e) => e);
    expect(err.message).toMatch(/"Notities \(raad\)" kon niet worden verwijderd en bevat nog werkende formules/);
    expect(m.sheet('Notities (raad)')).toBeDefined();
  });

  test('#BUSY! makes the raadsversie wait and go on once Excel has finished', async () => {
    const m = notes();
    const cell = m.mustSheet('Notities').at(2, 2);
    cell.value = '#BUSY!';
    let waits = 0;
    m.onSync = () => {
      if (cell.value === '#BUSY!' && ++waits > 3) cell.value = '0042';
    };
    const res = await makeRaadsversie(runOf(m), { sheets: ['Notities'], allFormulas: false, busyWaitsMs: [1, 1, 1, 1, 1] }, job());
    expect(m.mustSheet(res.copies[0]).cell('C3')!.value).toBe('0042');
  });
});

describe('GREX formulas are recognised wherever they sit', () => {
  test('after a structured reference, with brackets and apostrophes in column names', () => {
    expect(parseGrexCalls("=Tabel1[@[Owner's]]*GREX.NCW(0.02,Tabel1[[#Data],[Bedrag]],2025)").map((c) => c.name)).toEqual(['NCW']);
    expect(parseGrexCalls("=Tabel1['[x']]+GREX.FMI(1,2)").map((c) => c.name)).toEqual(['FMI']);
    expect(parseGrexCalls('=GREX.NCW(0.02,Kasstromen[Bedrag],2025)')[0].args[1].kind).toBe('structured');
  });

  test('behind a LAMBDA name, in Controle and in the raadsversie', async () => {
    const m = new FakeWorkbookModel(['Model', 'Data']);
    m.names.push({
      name: 'MIJNNCW',
      sheet: m.mustSheet('Model'),
      box: { row: 0, col: 0, rows: 1, cols: 1 },
      comment: '',
      formula: '=LAMBDA(x,GREX.NCW(0.02,x,2025))',
    });
    m.seed('Model', 'A1', [[1, 2, 3, { f: '=MIJNNCW(A1:C1)', v: 5.7 }]]);
    const entries = entriesOf(await loadWorkbook(runOf(m), job()));
    expect(entries.map((e) => [e.address, e.calls[0]?.name])).toEqual([['D1', 'NCW']]);
    expect(usesGrex('=MIJNNCW(A1:C1)', new Set(['mijnncw']))).toBe(true);
    const res = await makeRaadsversie(runOf(m), { sheets: ['Model'], allFormulas: false, busyWaitsMs: [] }, job());
    expect(m.mustSheet(res.copies[0]).cell('D1')).toMatchObject({ value: 5.7, formula: '' });
  });

  test('a table on another sheet is outside the copy; a table on the same sheet is not', () => {
    const o = { allFormulas: false };
    const outside = new Set(['kasstromen']);
    expect(mustFreeze('=SUM(Kasstromen[Bedrag])', o, outside)).toBe(true);
    expect(mustFreeze('=SUM(Eigen[Bedrag])', o, outside)).toBe(false);
  });

  test('the raadsversie freezes a formula reaching a table on another sheet', async () => {
    const m = new FakeWorkbookModel(['Model', 'Data']);
    m.seed('Data', 'A1', [['Bedrag'], [10], [20]]);
    m.tables.push({ name: 'Kasstromen', sheet: m.mustSheet('Data'), box: { row: 0, col: 0, rows: 3, cols: 1 }, style: '' });
    m.seed('Model', 'A1', [
      [
        { f: '=SUM(Kasstromen[Bedrag])', v: 30 },
        { f: '=A1*2', v: 60 },
      ],
    ]);
    const res = await makeRaadsversie(runOf(m), { sheets: ['Model'], allFormulas: false, busyWaitsMs: [] }, job());
    const c = m.mustSheet(res.copies[0]);
    expect(c.cell('A1')).toMatchObject({ value: 30, formula: '' });
    expect(c.cell('B1')!.formula).toBe('=A1*2');
  });
});

describe('the writer removes only what GREX created', () => {
  test('a sheet another user makes with the same name in between is refused and left alone', async () => {
    const m = new FakeWorkbookModel(['Blad1']);
    const spec = findBuilder('grondexploitatie')!;
    const plan = spec.plan({ ...defaults(spec), project: 'West' });
    m.onSync = (n) => {
      if (n === 2) {
        m.seed('Grex West', 'A1', [['van een collega']]);
        m.onSync = undefined;
      }
    };
    const err = await writePlan(runOf(m), plan, 'newSheet').catch((e) => e);
    expect(err).toBeInstanceOf(Refusal);
    expect(err.message).toMatch(/er is net een blad "Grex West" bijgekomen/);
    expect(m.mustSheet('Grex West').cell('A1')!.value).toBe('van een collega');
    expect(m.names).toEqual([]);
  });

  test('after a failed write the new sheet goes by its id, with its names and tables, and nothing else', async () => {
    const m = new FakeWorkbookModel(['Blad1']);
    m.addName('Eigen_naam', 'Blad1', 'A1');
    const spec = findBuilder('grondexploitatie')!;
    m.faults.add('tables.add');
    await expect(writePlan(runOf(m), spec.plan(defaults(spec)), 'newSheet')).rejects.toMatchObject({ code: 'GeneralException' });
    expect(m.sheets.map((s) => s.name)).toEqual(['Blad1']);
    expect(m.names.map((n) => n.name)).toEqual(['Eigen_naam']);
    expect(m.tables).toEqual([]);
  });

  test('a model that fits one request is checked and written in one Excel.run with one write batch', async () => {
    const m = new FakeWorkbookModel(['Blad1']);
    const spec = findBuilder('grondexploitatie')!;
    m.requests = [];
    await writePlan(runOf(m), spec.plan(defaults(spec)), 'selection');
    // place: names + selection + emptiness check; then one write batch; then charts and select
    const writes = m.requests.filter((r) => r.request > 5000);
    expect(writes).toHaveLength(1);
  });
});

test('text that only looks like a GREX formula (the review overview, or typed with an apostrophe) is neither reviewed nor frozen', async () => {
  const m = new FakeWorkbookModel(['Overzicht']);
  const c = m.mustSheet('Overzicht').at(0, 0);
  c.value = '=GREX.NCW(0.02,A1:C1,2025)';
  c.formula = '';
  expect(entriesOf(await loadWorkbook(runOf(m), job()))).toEqual([]);
  const res = await makeRaadsversie(runOf(m), { sheets: ['Overzicht'], allFormulas: false, busyWaitsMs: [] }, job());
  expect(m.mustSheet(res.copies[0]).cell('A1')).toMatchObject({ value: '=GREX.NCW(0.02,A1:C1,2025)', formula: '' });
  expect([...m.writtenCells].filter((x) => x.startsWith(res.copies[0]))).toEqual([]);
});
