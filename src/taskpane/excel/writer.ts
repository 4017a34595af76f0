/**
 * The thin writer over the Excel API: places a sheet plan on a new sheet with
 * a unique name or into an empty selection, and writes values, formulas,
 * number formats, names, tables, data validation and charts. It never writes
 * over a cell that holds a value, a formula or a format: it refuses and says
 * so in Dutch.
 */
import { boxAddress, cellAddress, columnLetters, Box } from './address';
import type { ExcelRun } from './host';
import { Refusal } from './host';
import { CellStyle, NUMBER_FORMATS, PlanCell, SheetPlan } from './plan';
import { excelRule } from './validation';
import { uniqueNameSet, uniqueSheetName } from './unique-names';
import { BUILDER_API, requireApi } from './requirements';

export type Target = 'newSheet' | 'selection';

export interface Placement {
  sheet: string;
  isNew: boolean;
  row: number;
  col: number;
  /** "B3:L60" on `sheet`. */
  address: string;
  names: Record<string, string>;
  tableNames: Record<string, string>;
}

export interface WriteResult {
  placement: Placement;
  charts: number;
  warnings: string[];
}

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;

async function existingNames(ctx: Excel.RequestContext): Promise<{ sheets: string[]; names: string[] }> {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name');
  const names = ctx.workbook.names;
  names.load('items/name');
  const tables = ctx.workbook.tables;
  tables.load('items/name');
  await ctx.sync();
  return {
    sheets: sheets.items.map((s) => s.name),
    names: [...names.items.map((n) => n.name), ...tables.items.map((t) => t.name)],
  };
}

/** Describe the first non-empty cell of a loaded area, or undefined when it is empty. */
function firstOccupied(origin: Box, values: unknown[][], formulas: unknown[][], formats: unknown[][]): string | undefined {
  for (let r = 0; r < values.length; r++) {
    for (let c = 0; c < values[r].length; c++) {
      const f = formulas[r][c];
      if (values[r][c] !== '' && values[r][c] !== null) return cellAddress(origin.row + r, origin.col + c);
      if (typeof f === 'string' && f !== '') return cellAddress(origin.row + r, origin.col + c);
      if (formats[r][c] !== 'General' && formats[r][c] !== 'Standaard') return cellAddress(origin.row + r, origin.col + c);
    }
  }
  return undefined;
}

/**
 * Where the plan would go, with the names it would use; refuses (Refusal)
 * when a selected area is not empty. Writes nothing.
 */
export async function place(ctx: Excel.RequestContext, plan: SheetPlan, target: Target): Promise<Placement> {
  requireApi(BUILDER_API, 'het schrijven van modellen');
  const existing = await existingNames(ctx);
  const { names } = uniqueNameSet(plan.namePrefix, [...plan.names.map((n) => n.key), ...plan.tables.map((t) => `tabel_${t.key}`)], existing.names);
  const tableNames: Record<string, string> = {};
  for (const t of plan.tables) tableNames[t.key] = names[`tabel_${t.key}`];
  const size = { rows: plan.rows, cols: plan.cols };
  if (target === 'newSheet') {
    const sheet = uniqueSheetName(plan.sheetName, existing.sheets);
    return { sheet, isNew: true, row: 0, col: 0, address: boxAddress({ row: 0, col: 0, ...size }), names, tableNames };
  }
  const sel = ctx.workbook.getSelectedRange();
  sel.load('rowIndex,columnIndex,address');
  sel.worksheet.load('name');
  await ctx.sync();
  const box = { row: sel.rowIndex, col: sel.columnIndex, ...size };
  const address = boxAddress(box);
  if (box.row + box.rows > MAX_ROWS || box.col + box.cols > MAX_COLS) {
    throw new Refusal(`Het model past niet vanaf ${cellAddress(box.row, box.col)}: het heeft ${size.rows} rijen en ${size.cols} kolommen nodig. Kies een cel hoger of verder naar links.`);
  }
  const ws = sel.worksheet;
  const area = ws.getRange(address);
  area.load('values,formulas,numberFormat');
  const used = area.getUsedRangeOrNullObject(false);
  used.load('address');
  const validation = area.dataValidation;
  validation.load('type');
  await ctx.sync();
  const where = `${ws.name}!${address}`;
  const occupied = firstOccupied(box, area.values, area.formulas, area.numberFormat);
  if (occupied || !used.isNullObject || validation.type !== 'None') {
    const first = occupied ?? (used.isNullObject ? '' : used.address.split('!').pop());
    throw new Refusal(
      `Niet geschreven: het bereik ${where} is niet leeg${first ? ` (zie ${first})` : ''}. ` +
        'Het bevat al een waarde, formule, opmaak of gegevensvalidatie, en GREX schrijft nooit over bestaande inhoud. ' +
        `Selecteer een lege cel met ${size.rows} rijen en ${size.cols} kolommen vrij eronder en rechts ervan, of kies "Nieuw blad".`,
    );
  }
  return { sheet: ws.name, isNew: false, row: box.row, col: box.col, address, names, tableNames };
}

/** Resolve {{key}} and {{@r,c[:r2,c2]}} placeholders for a plan placed at (row, col). */
export function resolveFormula(template: string, p: Pick<Placement, 'row' | 'col' | 'names'>): string {
  return template.replace(/\{\{(@?)([^}]+)\}\}/g, (_, isCell: string, body: string) => {
    if (isCell) {
      const [a, b] = body.split(':').map((s) => s.split(',').map(Number));
      const first = cellAddress(p.row + a[0], p.col + a[1], true);
      return b ? `${first}:${cellAddress(p.row + b[0], p.col + b[1], true)}` : first;
    }
    const name = p.names[body];
    if (!name) throw new Error(`GREX: onbekende naam in sjabloon: ${body}`);
    return name;
  });
}

const STYLE: Record<CellStyle, { bold?: boolean; italic?: boolean; size?: number; color?: string; fill?: string; wrap?: boolean }> = {
  title: { bold: true, size: 14, color: '#0F6CBD' },
  subtitle: { bold: true, size: 12, color: '#242424' },
  header: { bold: true, fill: '#EBF3FC' },
  label: {},
  input: { fill: '#FFF8E1', color: '#0F548C' },
  result: { bold: true, fill: '#F5F5F5' },
  note: { italic: true, color: '#616161' },
  warning: { bold: true, color: '#BC2F32' },
};

function shift(b: Box, p: Placement): Box {
  return { row: b.row + p.row, col: b.col + p.col, rows: b.rows, cols: b.cols };
}

function writeCell(ws: Excel.Worksheet, c: PlanCell, p: Placement): void {
  const range = ws.getRange(cellAddress(p.row + c.row, p.col + c.col));
  if (c.formula !== undefined) range.formulas = [[resolveFormula(c.formula, p)]];
  else if (c.value !== undefined) {
    // Text that looks like a formula or number stays text.
    const v = typeof c.value === 'string' && /^[=+\-@]/.test(c.value) ? `'${c.value}` : c.value;
    range.values = [[v]];
  }
  if (c.format) range.numberFormat = [[NUMBER_FORMATS[c.format]]];
  const s = c.style ? STYLE[c.style] : undefined;
  if (s) {
    if (s.bold) range.format.font.bold = true;
    if (s.italic) range.format.font.italic = true;
    if (s.size) range.format.font.size = s.size;
    if (s.color) range.format.font.color = s.color;
    if (s.fill) range.format.fill.color = s.fill;
  }
}

/**
 * Write the plan. Checks the placement again just before writing (the
 * workbook may have changed since the user confirmed).
 */
export async function writePlan(run: ExcelRun, plan: SheetPlan, target: Target, expected?: Placement): Promise<WriteResult> {
  return run(async (ctx) => {
    const p = await place(ctx, plan, target);
    if (expected && (expected.sheet !== p.sheet || expected.address !== p.address || JSON.stringify(expected.names) !== JSON.stringify(p.names))) {
      throw new Refusal(`De werkmap is veranderd sinds de bevestiging: GREX zou nu naar ${p.sheet}!${p.address} schrijven (namen ${Object.values(p.names)[0]} …) in plaats van ${expected.sheet}!${expected.address}. Er is niets geschreven; controleer en bevestig opnieuw.`);
    }
    const ws = p.isNew ? ctx.workbook.worksheets.add(p.sheet) : ctx.workbook.worksheets.getItem(p.sheet);
    for (const c of plan.cells) writeCell(ws, c, p);
    if (p.isNew) plan.columnWidths.forEach((w, i) => (ws.getRange(`${columnLetters(i)}1`).format.columnWidth = w));
    for (const n of plan.names) ctx.workbook.names.add(p.names[n.key], ws.getRange(boxAddress(shift(n.box, p), true)), n.comment);
    for (const v of plan.validations) {
      const range = ws.getRange(boxAddress(shift(v.box, p)));
      range.dataValidation.rule = excelRule(v.rule, cellAddress(p.row + v.box.row, p.col + v.box.col));
      range.dataValidation.prompt = { showPrompt: true, title: v.title, message: v.message };
      range.dataValidation.errorAlert = { showAlert: true, style: 'Stop', title: 'Ongeldige waarde', message: v.message };
    }
    for (const t of plan.tables) {
      const table = ws.tables.add(boxAddress(shift(t.box, p)), true);
      table.name = p.tableNames[t.key];
      table.style = 'TableStyleLight1';
    }
    try {
      await ctx.sync();
    } catch (e) {
      await rollback(ctx, p);
      throw e;
    }

    const warnings: string[] = [];
    let charts = 0;
    for (const c of plan.charts) {
      const kinds = c.fallback ? [c.kind, c.fallback] : [c.kind];
      for (const kind of kinds) {
        try {
          const chart = ws.charts.add(kind, ws.getRange(boxAddress(shift(c.data, p))), c.seriesBy);
          chart.title.text = c.title;
          const at = shift(c.at, p);
          chart.setPosition(cellAddress(at.row, at.col), cellAddress(at.row + at.rows - 1, at.col + at.cols - 1));
          if (c.categories) chart.series.getItemAt(0).setXAxisValues(ws.getRange(boxAddress(shift(c.categories, p))));
          await ctx.sync();
          charts++;
          break;
        } catch {
          if (kind === kinds[kinds.length - 1]) warnings.push(`De grafiek "${c.title}" kon niet worden gemaakt in deze Excel-versie; de cijfers staan er wel.`);
        }
      }
    }
    ws.activate();
    ws.getRange(cellAddress(p.row, p.col)).select();
    await ctx.sync();
    return { placement: p, charts, warnings };
  });
}

/**
 * Undo a half-written model after a failed batch. Touches only what this
 * write created: names and tables whose names were free before, the new
 * sheet, or the selected area that was verified empty in the same batch.
 */
async function rollback(ctx: Excel.RequestContext, p: Placement): Promise<void> {
  try {
    const ours = new Set([...Object.values(p.names), ...Object.values(p.tableNames)].map((n) => n.toLowerCase()));
    const names = ctx.workbook.names;
    names.load('items/name');
    const tables = ctx.workbook.tables;
    tables.load('items/name');
    await ctx.sync();
    for (const t of tables.items) if (ours.has(t.name.toLowerCase())) t.delete();
    for (const n of names.items) if (ours.has(n.name.toLowerCase())) n.delete();
    const ws = ctx.workbook.worksheets.getItemOrNullObject(p.sheet);
    await ctx.sync();
    if (!ws.isNullObject) {
      if (p.isNew) ws.delete();
      else {
        ws.getRange(p.address).clear('All');
        ws.getRange(p.address).dataValidation.clear();
      }
    }
    await ctx.sync();
  } catch {
    // Best effort: the original error is what the user needs to see.
  }
}

/** Only the placement (for the confirm step); writes nothing. */
export function preview(run: ExcelRun, plan: SheetPlan, target: Target): Promise<Placement> {
  return run((ctx) => place(ctx, plan, target));
}
