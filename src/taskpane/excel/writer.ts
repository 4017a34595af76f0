/**
 * The thin writer over the Excel API: places a sheet plan on a new sheet with
 * a unique name or into an empty selection, and writes values, formulas,
 * number formats, names, tables, data validation and charts. It never writes
 * over a cell that holds a value, a formula or a format: it refuses and says
 * so in Dutch. The emptiness check and the writes run back to back in one
 * Excel.run; a plan that fits the request budget goes in one batch, a big one
 * (the review overview of a large workbook) in blocks under 5 MB. Names over
 * whole table bodies are structured references, so they follow the table.
 * A rollback removes only what this write created.
 */
import { boxAddress, cellAddress, columnLetters, quoteSheet, Box } from './address';
import { Batch, writeSparse } from './chunks';
import { structuredRef } from './structured';
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
    throw new Refusal(
      `Het model past niet vanaf ${cellAddress(box.row, box.col)}: het heeft ${size.rows} rijen en ${size.cols} kolommen ` +
        `nodig. Kies een cel hoger of verder naar links.`,
    );
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

/** The plan's cells as matrices over its footprint (null = leave the cell alone). */
export function planMatrices(plan: SheetPlan, p: Pick<Placement, 'row' | 'col' | 'names'>): { content: unknown[][]; formats: unknown[][] } {
  const content: unknown[][] = Array.from({ length: plan.rows }, () => new Array(plan.cols).fill(null));
  const formats: unknown[][] = Array.from({ length: plan.rows }, () => new Array(plan.cols).fill(null));
  for (const c of plan.cells) {
    if (c.row >= plan.rows || c.col >= plan.cols) continue;
    if (c.formula !== undefined) content[c.row][c.col] = resolveFormula(c.formula, p);
    else if (c.value !== undefined) {
      // Text stays text: a leading apostrophe keeps Excel from reading "=…", "00123" or "1-2" as a formula, number or date.
      content[c.row][c.col] = typeof c.value === 'string' && c.value !== '' ? `'${c.value}` : c.value;
    }
    if (c.format) formats[c.row][c.col] = NUMBER_FORMATS[c.format];
  }
  return { content, formats };
}

/** Runs of equally styled cells per row: one range and one set of format calls each. */
function styleRuns(plan: SheetPlan): { row: number; col: number; cols: number; style: CellStyle }[] {
  const byRow = new Map<number, PlanCell[]>();
  for (const c of plan.cells) if (c.style) (byRow.get(c.row) ?? byRow.set(c.row, []).get(c.row)!).push(c);
  const runs: { row: number; col: number; cols: number; style: CellStyle }[] = [];
  for (const [row, cells] of byRow) {
    cells.sort((a, b) => a.col - b.col);
    for (const c of cells) {
      const last = runs[runs.length - 1];
      if (last && last.row === row && last.style === c.style && last.col + last.cols === c.col) last.cols++;
      else runs.push({ row, col: c.col, cols: 1, style: c.style! });
    }
  }
  return runs;
}

/** The reference a plan name gets: a structured reference over a whole table body, else an absolute address. */
function nameReference(plan: SheetPlan, p: Placement, box: Box, ws: Excel.Worksheet): string | Excel.Range {
  for (const t of plan.tables) {
    const headers = Array.from({ length: t.box.cols }, (_, j) => {
      const cell = plan.cells.find((c) => c.row === t.box.row && c.col === t.box.col + j);
      return cell && cell.value !== undefined ? String(cell.value) : '';
    });
    const ref = structuredRef(p.tableNames[t.key], headers, t.box, box);
    if (ref) return ref;
  }
  return ws.getRange(boxAddress(shift(box, p), true));
}

/** Queue every write of the plan into the batch (syncing only when the budget is reached). */
async function queuePlan(batch: Batch, ws: Excel.Worksheet, plan: SheetPlan, p: Placement): Promise<void> {
  const ctx = batch.ctx;
  const origin = { row: p.row, col: p.col, rows: plan.rows, cols: plan.cols };
  const { content, formats } = planMatrices(plan, p);
  await writeSparse(batch, ws, origin, content, 'formulas');
  await writeSparse(batch, ws, origin, formats, 'numberFormat');
  for (const run of styleRuns(plan)) {
    const s = STYLE[run.style];
    await batch.add(200, () => {
      const range = ws.getRange(boxAddress({ row: p.row + run.row, col: p.col + run.col, rows: 1, cols: run.cols }));
      if (s.bold) range.format.font.bold = true;
      if (s.italic) range.format.font.italic = true;
      if (s.size) range.format.font.size = s.size;
      if (s.color) range.format.font.color = s.color;
      if (s.fill) range.format.fill.color = s.fill;
    });
  }
  if (p.isNew) for (const [i, w] of plan.columnWidths.entries()) await batch.add(100, () => (ws.getRange(`${columnLetters(i)}1`).format.columnWidth = w));
  for (const v of plan.validations) {
    await batch.add(600, () => {
      const range = ws.getRange(boxAddress(shift(v.box, p)));
      range.dataValidation.rule = excelRule(v.rule, cellAddress(p.row + v.box.row, p.col + v.box.col));
      range.dataValidation.prompt = { showPrompt: true, title: v.title, message: v.message };
      range.dataValidation.errorAlert = { showAlert: true, style: 'Stop', title: 'Ongeldige waarde', message: v.message };
    });
  }
  // Tables before the names that refer to them.
  for (const t of plan.tables) {
    await batch.add(200, () => {
      const table = ws.tables.add(boxAddress(shift(t.box, p)), true);
      table.name = p.tableNames[t.key];
      table.style = 'TableStyleLight1';
    });
  }
  for (const n of plan.names)
    await batch.add(300 + n.comment.length, () => ctx.workbook.names.add(p.names[n.key], nameReference(plan, p, n.box, ws), n.comment));
}

/**
 * Write the plan. Checks the placement again just before writing (the
 * workbook may have changed since the user confirmed).
 */
export async function writePlan(run: ExcelRun, plan: SheetPlan, target: Target, expected?: Placement): Promise<WriteResult> {
  return run(async (ctx) => {
    const p = await place(ctx, plan, target);
    if (expected && (expected.sheet !== p.sheet || expected.address !== p.address || JSON.stringify(expected.names) !== JSON.stringify(p.names))) {
      throw new Refusal(
        `De werkmap is veranderd sinds de bevestiging: GREX zou nu naar ${p.sheet}!${p.address} schrijven (namen ${Object.values(p.names)[0]} ` +
          `…) in plaats van ${expected.sheet}!${expected.address}. Er is niets geschreven; controleer en bevestig opnieuw.`,
      );
    }
    let ws: Excel.Worksheet;
    let createdId: string | undefined;
    if (p.isNew) {
      // Create the sheet on its own first: if someone else just made a sheet with this name, that fails and nothing of ours exists.
      ws = ctx.workbook.worksheets.add(p.sheet);
      ws.load('id');
      try {
        await ctx.sync();
      } catch (e) {
        if (typeof e === 'object' && e !== null && (e as { code?: string }).code === 'ItemAlreadyExists') {
          throw new Refusal(
            `Niet geschreven: er is net een blad "${p.sheet}" bijgekomen. Er is niets veranderd; probeer het opnieuw (GREX kiest ` + `dan een andere naam).`,
          );
        }
        throw e;
      }
      createdId = ws.id;
    } else {
      ws = ctx.workbook.worksheets.getItem(p.sheet);
    }
    const batch = new Batch(ctx);
    try {
      await queuePlan(batch, ws, plan, p);
      await batch.flush();
    } catch (e) {
      await rollback(ctx, p, createdId);
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
 * write created: the sheet it added (by its id, never by name), names and
 * tables with this write's names that refer to this write's sheet or
 * tables, or the selected area that was verified empty in the same run.
 */
async function rollback(ctx: Excel.RequestContext, p: Placement, createdId: string | undefined): Promise<void> {
  try {
    const ourTables = new Set(Object.values(p.tableNames).map((n) => n.toLowerCase()));
    const ourNames = new Set(Object.values(p.names).map((n) => n.toLowerCase()));
    const sheetRef = `${quoteSheet(p.sheet)}!`.toLowerCase();
    const names = ctx.workbook.names;
    names.load('items/name,items/formula');
    const ws = createdId ? ctx.workbook.worksheets.getItemOrNullObject(createdId) : ctx.workbook.worksheets.getItemOrNullObject(p.sheet);
    ws.load('name');
    await ctx.sync();
    const tables = ws.isNullObject ? undefined : ws.tables;
    tables?.load('items/name');
    if (tables) await ctx.sync();
    const refersToOurs = (formula: string) => {
      const f = String(formula).replace(/^=/, '').toLowerCase();
      return f.startsWith(sheetRef) || f.startsWith(`'${p.sheet.toLowerCase().replace(/'/g, "''")}'!`) || [...ourTables].some((t) => f.startsWith(`${t}[`));
    };
    for (const n of names.items) if (ourNames.has(n.name.toLowerCase()) && refersToOurs(n.formula)) n.delete();
    if (tables) for (const t of tables.items) if (ourTables.has(t.name.toLowerCase())) t.delete();
    if (!ws.isNullObject) {
      if (createdId) ws.delete();
      else if (!p.isNew) {
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
