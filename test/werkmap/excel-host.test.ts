/**
 * The task pane's host of the read model: the fake Excel object model is fed
 * straight from each .xlsx (ExcelJS, without the Node host), read back in
 * small chunks through the Excel API calls the task pane makes, and reviewed.
 * The report must equal the one `grex controleer --json` gives for the file.
 */
import { fakeRun } from '../taskpane/fake-excel';
import { fakeFromXlsx } from './fake-from-xlsx';
import { readWorkbookModel } from '../../src/taskpane/excel/read-model';
import { readXlsx } from '../../src/cli/xlsx-host';
import { review } from '../../src/workbook/report';
import { MANIFEST, fixture } from './helpers';

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
    await readWorkbookModel(
      fakeRun(model),
      (sheet, done, total) => {
        if (sheet === 'Grex') sizes.push(done - last);
        last = done === total ? 0 : done;
      },
      100,
    );
    const cols = 17; // A … Q on the model sheet
    expect(Math.max(...sizes) * cols).toBeLessThanOrEqual(100);
    expect(sizes.length).toBeGreaterThan(5);
  });
});
