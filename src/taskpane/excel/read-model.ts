/**
 * The Excel host of the workbook read model (src/workbook/model.ts): every
 * sheet's used range read in chunks of rows so that no single response comes
 * near the 5 MB payload limit of Office on the web, plus the defined names.
 * Values are what Excel shows (errors as "#REF!" and the like), formulas are
 * the English A1 formulas of `Range.formulas`, number formats as set.
 * Merged cells need no special case (Excel reports the value only in the
 * top-left cell); hidden rows and merges are not read (the review does not
 * use them).
 */
import type { ExcelRun } from './host';
import { loadSheetsAndNames, usedBox } from './chunks';
import { Cell, Workbook, newSheet, setCell } from '../../workbook/model';
import { a1 } from '../../workbook/address';

/** Cells per request: 20.000 cells of a few dozen bytes each stay far below 5 MB. */
export const CHUNK_CELLS = 20000;

const ERROR = /^#(REF!|DIV\/0!|N\/A|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|BUSY!|FIELD!|CONNECT!|BLOCKED!|UNKNOWN!)$/;

export interface ReadProgress {
  (sheet: string, done: number, total: number): void;
}

function toCell(value: unknown, formula: unknown, format: unknown): Cell | undefined {
  const f = typeof formula === 'string' && formula.startsWith('=') ? formula.slice(1) : undefined;
  const fmt = typeof format === 'string' && format !== 'General' ? format : undefined;
  if (value === '' || value === null || value === undefined) {
    if (!f) return undefined;
    return { value: null, formula: f, ...(fmt ? { format: fmt } : {}) };
  }
  const cell: Cell = { value: typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string' ? value : String(value) };
  if (typeof value === 'string' && ERROR.test(value)) {
    cell.value = null;
    cell.error = value;
  }
  if (f) cell.formula = f;
  if (fmt) cell.format = fmt;
  return cell;
}

/** Read the whole workbook into the read model. */
export async function readWorkbookModel(run: ExcelRun, progress?: ReadProgress, chunkCells = CHUNK_CELLS): Promise<Workbook> {
  return run(async (ctx) => {
    const { sheets, names } = await loadSheetsAndNames(ctx, 'items/name,items/visibility');
    const wb: Workbook = { sheets: [], names: [] };
    for (const n of names) if (typeof n.formula === 'string') wb.names.push({ name: n.name, ref: n.formula.replace(/^=/, '') });
    for (const ws of sheets) {
      const sheet = newSheet(ws.name, ws.visibility !== 'Visible');
      wb.sheets.push(sheet);
      const box = await usedBox(ctx, ws);
      if (!box) continue;
      const { row: rowIndex, col: columnIndex, rows: rowCount, cols: columnCount } = box;
      const step = Math.max(1, Math.floor(chunkCells / Math.max(1, columnCount)));
      for (let r0 = 0; r0 < rowCount; r0 += step) {
        const rows = Math.min(step, rowCount - r0);
        const address = `${a1(rowIndex + r0, columnIndex)}:${a1(rowIndex + r0 + rows - 1, columnIndex + columnCount - 1)}`;
        const chunk = ws.getRange(address);
        chunk.load('values,formulas,numberFormat');
        await ctx.sync();
        for (let i = 0; i < rows; i++) {
          for (let j = 0; j < columnCount; j++) {
            const cell = toCell(chunk.values[i][j], chunk.formulas[i][j], chunk.numberFormat[i]?.[j]);
            if (cell) setCell(sheet, rowIndex + r0 + i, columnIndex + j, cell);
          }
        }
        progress?.(ws.name, Math.min(rowCount, r0 + rows), rowCount);
      }
    }
    return wb;
  });
}
