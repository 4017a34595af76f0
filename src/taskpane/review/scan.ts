/**
 * Reads every GREX formula in the workbook: sheet, cell, the function and
 * the parameters it used, with cell references and defined names resolved to
 * the values Excel shows, and the lines a GREX.BBV.TOETS cell spills.
 * GREX formulas are found wherever they start (also after a structured
 * reference) and behind names (a LAMBDA name holding a GREX call). Sheets
 * are read in blocks under Excel on the web's 5 MB per request.
 */
import { parseAddress, cellAddress, splitSheet } from '../excel/address';
import { loadSheetsAndNames, readGrids, usedBox } from '../excel/chunks';
import type { ExcelRun } from '../excel/host';
import type { Job } from '../state/job';
import { GrexArg, grexNames, identifiersIn, isTextLookalike, parseGrexCalls } from '../sheet/formula-parser';
import { findFunction } from '../../functions/registry';

export interface ParamUse {
  name: string;
  /** The argument as written ("" when omitted). */
  text: string;
  /** The value used, when known (literal, cell, name or default). */
  value?: unknown;
  resolved: boolean;
  isDefault: boolean;
}

export interface CallUse {
  name: string;
  params: ParamUse[];
}

export interface ReviewEntry {
  sheet: string;
  address: string;
  formula: string;
  /** The value the cell shows (first cell of a spill). */
  value: unknown;
  calls: CallUse[];
  /** GREX.BBV.TOETS lines shown by this cell and its spill. */
  bbvLines: string[];
}

interface Grid {
  row: number;
  col: number;
  values: unknown[][];
  formulas: unknown[][];
}

export interface WorkbookData {
  sheets: Map<string, Grid>;
  /** Values spilled by GREX.BBV.TOETS anchors ("Blad!A1" → lines), where Excel reports the spill. */
  spills?: Map<string, string[]>;
  /** Lower-case defined name → its reference formula ("=Blad1!$B$4"). */
  names: Map<string, string>;
  /** Lower-case names that hold a GREX call (LAMBDA names and the like) → their formula. */
  grexNames?: Map<string, string>;
}

function cellOf(grid: Grid | undefined, row: number, col: number): { value: unknown; formula: unknown } {
  if (!grid) return { value: '', formula: '' };
  const r = row - grid.row;
  const c = col - grid.col;
  if (r < 0 || c < 0 || r >= grid.values.length || c >= (grid.values[0]?.length ?? 0)) return { value: '', formula: '' };
  return { value: grid.values[r][c], formula: grid.formulas[r][c] };
}

function lookupSheet(data: WorkbookData, name: string): Grid | undefined {
  for (const [k, g] of data.sheets) if (k.toLowerCase() === name.toLowerCase()) return g;
  return undefined;
}

/** The value behind a single-cell reference or a name that refers to one cell. */
export function resolveArg(arg: GrexArg, sheet: string, data: WorkbookData, depth = 0): { value?: unknown; resolved: boolean } {
  switch (arg.kind) {
    case 'number':
    case 'text':
    case 'boolean':
      return { value: arg.literal, resolved: true };
    case 'reference': {
      const { sheet: s, box } = parseAddress(arg.text);
      if (!box || box.rows !== 1 || box.cols !== 1) return { resolved: false };
      return { value: cellOf(lookupSheet(data, s ?? sheet), box.row, box.col).value, resolved: true };
    }
    case 'name': {
      const ref = data.names.get(arg.text.toLowerCase());
      if (!ref || depth > 3) return { resolved: false };
      const target = ref.replace(/^=/, '');
      const { sheet: s } = splitSheet(target);
      return resolveArg({ text: target, kind: 'reference' }, s ?? sheet, data, depth + 1);
    }
    default:
      return { resolved: false };
  }
}

function bbvLines(grid: Grid | undefined, row: number, col: number): string[] {
  const lines: string[] = [];
  const first = cellOf(grid, row, col).value;
  if (typeof first !== 'string' || first === '' || first.startsWith('#')) return lines;
  lines.push(first);
  for (let r = row + 1; ; r++) {
    const { value, formula } = cellOf(grid, r, col);
    if (typeof value !== 'string' || value === '' || (typeof formula === 'string' && formula.startsWith('='))) break;
    lines.push(value);
  }
  return lines;
}

/** Lines from the spill Excel reported; the anchor alone when it reported none; the text below when it could not tell. */
function spillLines(data: WorkbookData, grid: Grid, sheet: string, row: number, col: number): string[] {
  const reported = data.spills?.get(`${sheet}!${cellAddress(row, col)}`);
  if (!reported) return bbvLines(grid, row, col);
  if (reported.length) return reported;
  const anchor = cellOf(grid, row, col).value;
  return typeof anchor === 'string' && anchor !== '' && !anchor.startsWith('#') ? [anchor] : [];
}

/** Entries for every GREX formula in already loaded workbook data. */
export function entriesOf(data: WorkbookData): ReviewEntry[] {
  const out: ReviewEntry[] = [];
  for (const [sheet, grid] of data.sheets) {
    grid.formulas.forEach((line, r) =>
      line.forEach((f, c) => {
        if (typeof f !== 'string' || !f.startsWith('=') || isTextLookalike(f, grid.values[r][c])) return;
        const calls = parseGrexCalls(f);
        if (data.grexNames?.size) {
          for (const id of new Set(identifiersIn(f).map((x) => x.toLowerCase()))) {
            const via = data.grexNames.get(id);
            if (via) calls.push(...parseGrexCalls(via));
          }
        }
        if (!calls.length) return;
        const row = grid.row + r;
        const col = grid.col + c;
        const uses: CallUse[] = calls.map((call) => {
          const specs = findFunction(call.name)?.params;
          const names = specs?.map((p) => p.name) ?? call.args.map((_, i) => `argument ${i + 1}`);
          const params = names.map((name, i): ParamUse => {
            const arg = call.args[i];
            if (!arg || arg.kind === 'omitted') {
              const spec = specs?.[i];
              const d = spec && 'default' in spec ? spec.default : undefined;
              return { name, text: '', value: d, resolved: d !== undefined, isDefault: true };
            }
            return { name, text: arg.text, ...resolveArg(arg, sheet, data), isDefault: false };
          });
          return { name: call.name, params };
        });
        out.push({
          sheet,
          address: cellAddress(row, col),
          formula: f,
          value: grid.values[r][c],
          calls: uses,
          bbvLines: calls.some((x) => x.name === 'BBV.TOETS') ? spillLines(data, grid, sheet, row, col) : [],
        });
      }),
    );
  }
  return out;
}

/** Load every sheet's used range (formulas and values) and the defined names. */
export async function loadWorkbook(run: ExcelRun, job: Job): Promise<WorkbookData> {
  return run(async (ctx) => {
    const { sheets, names } = await loadSheetsAndNames(ctx, 'items/name');
    job.setTotal(sheets.length + 1);
    const data: WorkbookData = { sheets: new Map(), names: new Map() };
    const all = new Map<string, string>();
    for (const n of names) {
      all.set(n.name.toLowerCase(), String(n.formula ?? ''));
      if (n.type === 'Range') data.names.set(n.name.toLowerCase(), n.formula);
    }
    const viaNames = grexNames(all);
    data.grexNames = new Map([...viaNames].map((n) => [n, all.get(n) as string]));
    for (const ws of sheets) {
      job.step(`Blad "${ws.name}" lezen…`);
      const box = await usedBox(ctx, ws);
      if (!box) continue;
      const g = await readGrids(ctx, ws, box, ['values', 'formulas'], { onProgress: () => job.check() });
      data.sheets.set(ws.name, { row: box.row, col: box.col, values: g.values!, formulas: g.formulas! });
    }
    await readBbvSpills(ctx, data);
    return data;
  });
}

/**
 * The lines a GREX.BBV.TOETS cell spills, asked from Excel itself
 * (getSpillingToRangeOrNullObject, ExcelApi 1.12). Where the host cannot
 * tell, entriesOf falls back to reading the text cells under the anchor.
 */
async function readBbvSpills(ctx: Excel.RequestContext, data: WorkbookData): Promise<void> {
  const anchors: { sheet: string; address: string }[] = [];
  for (const [sheet, grid] of data.sheets) {
    grid.formulas.forEach((line, r) =>
      line.forEach((f, c) => {
        if (typeof f === 'string' && /GREX\.BBV\.TOETS\s*\(/i.test(f)) anchors.push({ sheet, address: cellAddress(grid.row + r, grid.col + c) });
      }),
    );
  }
  if (!anchors.length) return;
  const spills = new Map<string, string[]>();
  try {
    // A few hundred asks per request keeps each response small.
    for (let i = 0; i < anchors.length; i += SPILL_ASKS_PER_SYNC) {
      const asks = anchors.slice(i, i + SPILL_ASKS_PER_SYNC).map((a) => {
        const range = ctx.workbook.worksheets.getItem(a.sheet).getRange(a.address).getSpillingToRangeOrNullObject();
        range.load('values');
        return { key: `${a.sheet}!${a.address}`, range };
      });
      await ctx.sync();
      for (const a of asks) {
        // No spill: the anchor alone holds the (single) line, read from the grid.
        spills.set(a.key, a.range.isNullObject ? [] : a.range.values.map((l) => l[0]).filter((v): v is string => typeof v === 'string' && v !== ''));
      }
    }
    data.spills = spills;
  } catch {
    data.spills = undefined;
  }
}

const SPILL_ASKS_PER_SYNC = 400;

/** Activate the sheet and select the cell. */
export function jumpTo(run: ExcelRun, sheet: string, address: string): Promise<void> {
  return run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(address).select();
    await ctx.sync();
  });
}
