/**
 * The task pane's host of the read model: the fake Excel object model is fed
 * straight from each .xlsx (ExcelJS, without the Node host), read back in
 * small chunks through the Excel API calls the task pane makes, and reviewed.
 * The report must equal the one `grex controleer --json` gives for the file.
 */
import * as ExcelJS from 'exceljs';
import { FakeWorkbookModel, fakeRun } from '../taskpane/fake-excel';
import { readWorkbookModel } from '../../src/taskpane/excel/read-model';
import { readXlsx } from '../../src/cli/xlsx-host';
import { review } from '../../src/workbook/report';
import { MANIFEST, fixture } from './helpers';

const EPOCH = Date.UTC(1899, 11, 30);

function shown(v: unknown): unknown {
  if (v instanceof Date) return (v.getTime() - EPOCH) / 86400000;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.error === 'string') return o.error;
    if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((t) => t.text).join('');
  }
  return v ?? '';
}

/** A fake Excel workbook with the values, formulas, formats and names of an .xlsx file. */
export async function fakeFromXlsx(file: string): Promise<FakeWorkbookModel> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const model = new FakeWorkbookModel([]);
  book.eachSheet((ws) => {
    const s = model.addSheet(ws.name);
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (c, col) => {
        if (c.isMerged && c.master !== c) return;
        const cell = s.at(r - 1, col - 1);
        const f = (c as unknown as { formula?: string }).formula;
        if (f) {
          cell.formula = '=' + f;
          cell.value = shown((c as unknown as { result?: unknown }).result);
        } else cell.value = shown(c.value);
        if (c.numFmt) cell.numberFormat = c.numFmt;
      }),
    );
  });
  for (const n of (book.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model) {
    const [sheet, address] = n.ranges[0].split('!');
    model.addName(n.name, sheet.replace(/^'|'$/g, ''), address.replace(/\$/g, ''));
  }
  model.active = model.sheets[0].name;
  return model;
}

describe('the Excel host gives the same report as the .xlsx host', () => {
  test.each(MANIFEST.map((s) => [s.name]))('%s', async (name) => {
    const model = await fakeFromXlsx(fixture(name));
    const progress: number[] = [];
    const wb = await readWorkbookModel(fakeRun(model), (_s, done) => progress.push(done), 60);
    const viaExcel = review(wb);
    const viaFile = review(await readXlsx(fixture(name)));
    expect(viaExcel).toEqual(viaFile);
    expect(viaExcel.models).toHaveLength(1);
    // Small chunks: several requests per sheet, each within the chunk size.
    expect(progress.length).toBeGreaterThan(wb.sheets.length);
  });

  test('chunks never exceed the cell budget', async () => {
    const model = await fakeFromXlsx(fixture('almere'));
    const sizes: number[] = [];
    let last = 0;
    await readWorkbookModel(fakeRun(model), (sheet, done, total) => {
      if (sheet === 'Grex') sizes.push(done - last);
      last = done === total ? 0 : done;
    }, 100);
    const cols = 17; // A … Q on the model sheet
    expect(Math.max(...sizes) * cols).toBeLessThanOrEqual(100);
    expect(sizes.length).toBeGreaterThan(5);
  });
});
