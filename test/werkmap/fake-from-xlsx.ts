/** The fake Excel object model fed from an .xlsx (values, formulas with their cached results, formats, names). */
import * as ExcelJS from 'exceljs';
import { FakeWorkbookModel } from '../taskpane/fake-excel';

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
