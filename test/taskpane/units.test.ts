/** Small units of the task pane: names, number parsing, Dutch errors, jobs, the fake's load/sync discipline. */
import { sanitizeSheetName, uniqueNameSet, uniqueSheetName } from '../../src/taskpane/excel/unique-names';
import { parseDutchNumber } from '../../src/taskpane/ui/form';
import { toDutchError } from '../../src/taskpane/excel/errors';
import { Cancelled, Refusal } from '../../src/taskpane/excel/host';
import { Job } from '../../src/taskpane/state/job';
import { boxAddress, parseAddress, quoteSheet } from '../../src/taskpane/excel/address';
import { resolveFormula } from '../../src/taskpane/excel/writer';
import { FakeError, FakeWorkbookModel, fakeRun } from './fake-excel';

describe('unique names', () => {
  test('sheet names are valid, ≤ 31 characters and unique case-insensitively', () => {
    expect(sanitizeSheetName('Grex: fase [1]/2?')).toBe('Grex fase 1 2');
    const long = 'Grex Herontwikkeling Stationsgebied Noord';
    const a = uniqueSheetName(long, []);
    expect(a.length).toBeLessThanOrEqual(31);
    const b = uniqueSheetName(long, [a.toUpperCase()]);
    expect(b).toMatch(/ \(2\)$/);
    expect(b.length).toBeLessThanOrEqual(31);
    expect(uniqueSheetName('History', [])).toBe('GREX');
  });
  test('defined names share one suffix per model and avoid taken names and tables', () => {
    expect(uniqueNameSet('GE', ['rente', 'kosten'], []).names).toEqual({ rente: 'GE_rente', kosten: 'GE_kosten' });
    expect(uniqueNameSet('GE', ['rente', 'kosten'], ['ge_KOSTEN']).names).toEqual({ rente: 'GE_rente_2', kosten: 'GE_kosten_2' });
    expect(uniqueNameSet('KV', ['ö waarde'], []).names['ö waarde']).toBe('KV_o_waarde');
  });
});

test('Dutch numbers', () => {
  expect(parseDutchNumber('1.250.000,50')).toBe(1250000.5);
  expect(parseDutchNumber('2,5')).toBe(2.5);
  expect(parseDutchNumber('2.5')).toBe(2.5);
  expect(parseDutchNumber('1.000')).toBe(1000);
  expect(parseDutchNumber('€ 300 000')).toBe(300000);
  expect(parseDutchNumber('-0,75%')).toBe(-0.75);
  expect(parseDutchNumber('twee')).toBeNaN();
  expect(parseDutchNumber('')).toBeNaN();
});

test('Excel API errors in Dutch with a next step', () => {
  const e = toDutchError(new FakeError('InvalidOperationInCellEditMode', 'Cell edit mode'));
  expect(e.message).toMatch(/bewerken van een cel/);
  expect(e.action).toMatch(/Enter of Esc/);
  expect(toDutchError(new FakeError('AccessDenied', 'x')).action).toMatch(/beveiligd/);
  expect(toDutchError(new Cancelled()).message).toBe('Geannuleerd.');
  expect(toDutchError(new Refusal('Niet leeg.')).message).toBe('Niet leeg.');
  const unknown = toDutchError(new FakeError('Weird', 'boom'));
  expect(unknown.message).toMatch(/Weird.*boom/);
  expect(unknown.action).toMatch(/Probeer het opnieuw/);
});

test('a protected sheet gives a Dutch error through the writer path', async () => {
  const m = new FakeWorkbookModel(['Blad1']);
  m.mustSheet('Blad1').protected = true;
  const run = fakeRun(m);
  const err = await run(async (ctx) => {
    ctx.workbook.worksheets.getItem('Blad1').getRange('A1').values = [[1]];
    await ctx.sync();
  }).catch((x) => x);
  expect(toDutchError(err).action).toMatch(/beveiligd/);
});

test('jobs report progress and stop at the next step after cancel', () => {
  const seen: string[] = [];
  const job = new Job(3, (p) => seen.push(`${p.done}/${p.total} ${p.label}`));
  job.step('een');
  job.step('twee');
  job.cancel();
  expect(() => job.step('drie')).toThrow(Cancelled);
  expect(seen).toEqual(['0/3 een', '1/3 twee']);
});

test('addresses and formula templates', () => {
  expect(boxAddress({ row: 3, col: 27, rows: 2, cols: 3 }, true)).toBe('$AB$4:$AD$5');
  expect(parseAddress("'Mijn ''blad'''!$C$7")).toEqual({ sheet: "Mijn 'blad'", box: { row: 6, col: 2, rows: 1, cols: 1 } });
  expect(quoteSheet('Blad1')).toBe('Blad1');
  expect(quoteSheet('Grex Centrum')).toBe("'Grex Centrum'");
  expect(resolveFormula('=SUM({{@1,1:2,3}})*{{rente}}', { row: 10, col: 2, names: { rente: 'GE_rente_2' } })).toBe('=SUM($D$12:$F$13)*GE_rente_2');
  expect(() => resolveFormula('={{onbekend}}', { row: 0, col: 0, names: {} })).toThrow();
});

describe('the fake Excel model keeps the load/sync discipline', () => {
  test('reading before load+sync throws; writes apply at sync', async () => {
    const m = new FakeWorkbookModel(['Blad1']);
    await fakeRun(m)(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Blad1').getRange('A1:B1');
      r.values = [[1, 2]];
      expect(m.mustSheet('Blad1').cell('A1')).toBeUndefined();
      r.load('values');
      expect(() => r.values).toThrow(/niet geladen/);
      await ctx.sync();
      expect(r.values).toEqual([[1, 2]]);
      r.values = [[1, 2, 3]];
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
  });
});

test('an Excel without the needed API set gets a Dutch refusal before anything is written', async () => {
  const { requireApi } = await import('../../src/taskpane/excel/requirements');
  const g = globalThis as unknown as { Office?: unknown };
  g.Office = { context: { requirements: { isSetSupported: (_s: string, v: string) => Number(v.split('.')[1]) <= 8 } } };
  try {
    expect(() => requireApi('1.8', 'het schrijven van modellen')).not.toThrow();
    expect(() => requireApi('1.10', 'het kopiëren van bladen')).toThrow(/ondersteunt het kopiëren van bladen niet \(ExcelApi 1\.10/);
  } finally {
    delete g.Office;
  }
});

test('sheet names read naturally', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { sheetTitle } = require('../../src/taskpane/builders/sheet-name');
  expect(sheetTitle('Verplaatsing', 'Verplaatsing', 'Verplaatsing')).toBe('Verplaatsing');
  expect(sheetTitle('Verplaatsing', 'Bakkerij De Vries', 'Verplaatsing')).toBe('Verplaatsing Bakkerij De Vries');
  expect(sheetTitle('Kostenverhaal', 'Kostenverhaal Centrum', 'Kostenverhaalsgebied')).toBe('Kostenverhaal Centrum');
  expect(sheetTitle('Grex', '', 'Nieuw complex', 'Grondexploitatie')).toBe('Grondexploitatie');
});
