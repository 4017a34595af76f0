/**
 * The Node host of the workbook read model: an .xlsx file read with ExcelJS.
 * Values are the cached results the file was saved with (Excel, LibreOffice);
 * formulas are ExcelJS's A1 text (shared formulas expanded); merged cells keep
 * their value only in the top-left cell; hidden rows and sheets are marked.
 */
import * as ExcelJS from 'exceljs';
import { Cell, CellValue, Workbook, newSheet, setCell } from '../workbook/model';

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function scalar(v: unknown): { value: CellValue; error?: string } {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return { value: v };
  if (v instanceof Date) return { value: (v.getTime() - EXCEL_EPOCH) / 86400000 };
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.error === 'string') return { value: null, error: o.error };
    if (Array.isArray(o.richText)) return { value: (o.richText as { text: string }[]).map((t) => t.text).join('') };
    if (typeof o.text === 'string') return { value: o.text };
    if ('result' in o) return scalar(o.result);
  }
  return { value: null };
}

export function fromExcelJS(book: ExcelJS.Workbook): Workbook {
  const wb: Workbook = { sheets: [], names: [] };
  book.eachSheet((ws) => {
    const sheet = newSheet(ws.name, ws.state !== 'visible' && ws.state !== undefined);
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      if (row.hidden) sheet.hiddenRows.add(r - 1);
      row.eachCell({ includeEmpty: false }, (c, col) => {
        if (c.isMerged && c.master !== c) return;
        const raw = c.value as unknown;
        const o = raw && typeof raw === 'object' && !(raw instanceof Date) ? (raw as Record<string, unknown>) : undefined;
        const isFormula = !!o && ('formula' in o || 'sharedFormula' in o);
        // ExcelJS leaves a cached 0 out of value.result; cell.result keeps it.
        const { value, error } = scalar(isFormula ? (o!.result ?? (c as unknown as { result?: unknown }).result) : raw);
        const cell: Cell = { value };
        if (error) cell.error = error;
        if (isFormula) {
          const f = (c as unknown as { formula?: string }).formula;
          if (f) cell.formula = f.replace(/^=/, '');
        }
        if (c.numFmt && c.numFmt !== 'General') cell.format = c.numFmt;
        setCell(sheet, r - 1, col - 1, cell);
      });
    });
    const merges = (ws.model as unknown as { merges?: string[] }).merges ?? [];
    for (const m of merges) {
      const [a, b] = m.split(':');
      const ca = ws.getCell(a);
      const cb = ws.getCell(b ?? a);
      const row = Number(ca.row) - 1;
      const col = Number(ca.col) - 1;
      sheet.merges.push({ row, col, rows: Number(cb.row) - row, cols: Number(cb.col) - col });
    }
    wb.sheets.push(sheet);
  });
  const model = (book.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model ?? [];
  for (const n of model) wb.names.push({ name: n.name, ref: n.ranges.join(',') });
  return wb;
}

/** Read an .xlsx file into the read model. */
export async function readXlsx(file: string): Promise<Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return fromExcelJS(book);
}
