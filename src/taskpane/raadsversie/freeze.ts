/**
 * Copies of the chosen sheets (Worksheet.copy) in which every GREX formula
 * (and, if asked, every formula) is replaced by the value it shows, so a
 * reader without the add-in sees numbers, not #NAME?. The originals are only
 * read.
 *
 * Only the cells that are frozen are written; every other cell of the copy
 * is left exactly as Worksheet.copy made it (null in the written matrix),
 * so text such as 00123, 1-2 or '=HYPERLINK(…) stays text and kept dynamic
 * arrays keep spilling. A frozen formula that spilled gets its whole spill
 * written as values. Reads and writes go in blocks under 5 MB. When a copy
 * fails part-way it is deleted (by its id); if even that fails, the user is
 * told exactly which copy still holds live formulas.
 */
import { cellAddress, Box } from '../excel/address';
import { Batch, readGrids, usedBox, writeSparse } from '../excel/chunks';
import type { ExcelRun } from '../excel/host';
import { Refusal } from '../excel/host';
import { toDutchError } from '../excel/errors';
import { uniqueSheetName } from '../excel/unique-names';
import { grexNames, identifiersIn, isTextLookalike, usesGrex } from '../sheet/formula-parser';
import type { Job } from '../state/job';

export interface FreezeOptions {
  /** Also replace formulas that are not GREX formulas (a fully fixed copy). */
  allFormulas: boolean;
  /** How long to wait (ms, one entry per retry) while a GREX cell shows #BUSY!; then refuse. */
  busyWaitsMs?: readonly number[];
}

const DEFAULT_BUSY_WAITS = [500, 1000, 2000, 4000];
const ERROR_VALUE = /^#(BUSY|NAME|VALUE|NUM|N\/A|SPILL|CALC|REF|DIV\/0|NULL|GETTING_DATA|CONNECT|BLOCKED|UNKNOWN|FIELD|EXTERNAL)/;
const ERROR_LITERAL = /^#(NAME\?|VALUE!|NUM!|N\/A|SPILL!|CALC!|REF!|DIV\/0!|NULL!|GETTING_DATA|CONNECT!|BLOCKED!|UNKNOWN!|FIELD!|BUSY!)$/;

/** Lower-case workbook names: a formula using one may reach a GREX result on another sheet. */
export type NameSet = ReadonlySet<string>;

/** What the freezing rules need to know about the workbook. */
export interface WorkbookNames {
  /** Names and tables that live outside the sheet being copied (lower case). */
  outside: NameSet;
  /** Names that hold a GREX call, e.g. LAMBDA names (lower case). */
  grex: NameSet;
}

/**
 * Formulas that must become values in the copy: GREX formulas (also behind
 * a LAMBDA or other name); formulas with Excel's spill operator (it stops
 * working once its anchor is a value); and formulas that reach outside the
 * copy (another sheet, a workbook name, a table on another sheet), because
 * what they point at may be a GREX result that a reader without the add-in
 * sees as #NAME?. Purely local formulas stay live unless all formulas are
 * fixed.
 */
export function mustFreeze(formula: unknown, o: FreezeOptions, names: NameSet = new Set(), grex: NameSet = new Set()): boolean {
  if (typeof formula !== 'string' || !formula.startsWith('=')) return false;
  if (o.allFormulas || usesGrex(formula, grex) || /[A-Za-z0-9_)]#/.test(formula)) return true;
  if (/!/.test(formula.replace(/"(?:[^"]|"")*"/g, '""'))) return true;
  return names.size > 0 && identifiersIn(formula).some((id) => names.has(id.toLowerCase()));
}

/** A value as it must be written back so that Excel keeps it as it was shown: text stays text. */
export function asWritten(v: unknown): unknown {
  if (typeof v !== 'string' || v === '') return v;
  return ERROR_LITERAL.test(v) ? v : `'${v}`;
}

/**
 * The matrix to write into the copy: frozen values where a formula must
 * freeze, null (leave the cell alone) everywhere else.
 */
export function frozenMatrix(formulas: unknown[][], values: unknown[][], o: FreezeOptions, names: NameSet = new Set(), grex: NameSet = new Set()): unknown[][] {
  return formulas.map((line, r) => line.map((f, c) => (!isTextLookalike(f, values[r][c]) && mustFreeze(f, o, names, grex) ? asWritten(values[r][c]) : null)));
}

interface SheetRead {
  box: Box | null;
  formulas: unknown[][];
  values: unknown[][];
}

async function readSheet(ctx: Excel.RequestContext, ws: Excel.Worksheet): Promise<SheetRead> {
  const box = await usedBox(ctx, ws);
  if (!box) return { box: null, formulas: [], values: [] };
  const g = await readGrids(ctx, ws, box, ['formulas', 'values']);
  return { box, formulas: g.formulas!, values: g.values! };
}

/** Lower-case names of the workbook, split into names that hold GREX and all names and tables outside `sheet`. */
async function workbookNames(ctx: Excel.RequestContext, sheet?: Excel.Worksheet): Promise<WorkbookNames> {
  const names = ctx.workbook.names;
  names.load('items/name,items/formula');
  const tables = ctx.workbook.tables;
  tables.load('items/name');
  const own = sheet?.tables;
  own?.load('items/name');
  await ctx.sync();
  const formulas = new Map(names.items.map((n) => [n.name.toLowerCase(), String(n.formula ?? '')]));
  const ownTables = new Set((own?.items ?? []).map((t) => t.name.toLowerCase()));
  const outside = new Set([...formulas.keys(), ...tables.items.map((t) => t.name.toLowerCase()).filter((t) => !ownTables.has(t))]);
  return { outside, grex: grexNames(formulas) };
}

/** GREX cells that show an error or are still calculating: "Blad!A1 (#BUSY!)". */
function badCells(sheet: string, read: SheetRead, grex: NameSet): { all: string[]; busy: number } {
  const all: string[] = [];
  let busy = 0;
  if (!read.box) return { all, busy };
  read.formulas.forEach((line, r) =>
    line.forEach((f, c) => {
      const v = read.values[r][c];
      if (typeof v === 'string' && ERROR_VALUE.test(v) && !isTextLookalike(f, v) && usesGrex(f, grex)) {
        all.push(`${sheet}!${cellAddress(read.box!.row + r, read.box!.col + c)} (${v})`);
        if (v.startsWith('#BUSY')) busy++;
      }
    }),
  );
  return { all, busy };
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Refuse before copying anything when a GREX cell in the originals shows an
 * error; while cells show #BUSY! (Excel still calculating), wait a little
 * and look again before refusing.
 */
export async function checkOriginals(run: ExcelRun, sheets: readonly string[], o: Pick<FreezeOptions, 'busyWaitsMs'> = {}): Promise<void> {
  const waits = [...(o.busyWaitsMs ?? DEFAULT_BUSY_WAITS)];
  for (;;) {
    const bad = await run(async (ctx) => {
      const { grex } = await workbookNames(ctx);
      const found: string[] = [];
      let busy = 0;
      for (const s of sheets) {
        const b = badCells(s, await readSheet(ctx, ctx.workbook.worksheets.getItem(s)), grex);
        found.push(...b.all);
        busy += b.busy;
      }
      return { found, busy };
    });
    if (!bad.found.length) return;
    if (bad.busy > 0 && waits.length) {
      await sleep(waits.shift()!);
      continue;
    }
    throw new Refusal(
      `Niet gemaakt: ${bad.found.length} GREX-formule(s) tonen een fout of rekenen nog, bijvoorbeeld ${bad.found.slice(0, 3).join(', ')}. ` +
        'Wacht tot Excel klaar is met rekenen (#BUSY!) of los de fout op; anders zou de raadsversie foutwaarden bevatten.',
    );
  }
}

/** A copy that failed part-way: `leftLive` names a copy that could not be removed and still holds live formulas. */
export class CopyFailure extends Error {
  constructor(
    readonly cause: unknown,
    readonly leftLive?: string,
  ) {
    super(toDutchError(cause).message);
    this.name = 'CopyFailure';
  }
}

/** Spill areas of frozen anchors, asked from Excel on the original (ExcelApi 1.12); none where the host cannot tell. */
async function spillAreas(ctx: Excel.RequestContext, ws: Excel.Worksheet, read: SheetRead, frozen: unknown[][]): Promise<Box[]> {
  const box = read.box!;
  const asks: { row: number; col: number }[] = [];
  const isValue = (r: number, c: number) =>
    r < read.formulas.length &&
    c < read.formulas[r].length &&
    !(typeof read.formulas[r][c] === 'string' && String(read.formulas[r][c]).startsWith('=')) &&
    read.formulas[r][c] !== '';
  frozen.forEach((line, r) =>
    line.forEach((v, c) => {
      // Only an anchor with a shown value right of or below it can have spilled.
      if (v !== null && (isValue(r + 1, c) || isValue(r, c + 1))) asks.push({ row: r, col: c });
    }),
  );
  const out: Box[] = [];
  try {
    for (let i = 0; i < asks.length; i += 400) {
      const ranges = asks.slice(i, i + 400).map((a) => {
        const s = ws.getRange(cellAddress(box.row + a.row, box.col + a.col)).getSpillingToRangeOrNullObject();
        s.load('rowIndex,columnIndex,rowCount,columnCount');
        return s;
      });
      await ctx.sync();
      for (const s of ranges)
        if (!s.isNullObject && s.rowCount * s.columnCount > 1) out.push({ row: s.rowIndex, col: s.columnIndex, rows: s.rowCount, cols: s.columnCount });
    }
  } catch {
    return [];
  }
  return out;
}

/** Copy one sheet and freeze the copy; returns the copy's name. Throws CopyFailure after the copy exists. */
export async function freezeCopy(run: ExcelRun, sheet: string, o: FreezeOptions): Promise<string> {
  return run(async (ctx) => {
    const all = ctx.workbook.worksheets;
    all.load('items/name');
    const original = all.getItem(sheet);
    const names = await workbookNames(ctx, original);
    const read = await readSheet(ctx, original);
    const frozen = read.box ? frozenMatrix(read.formulas, read.values, o, names.outside, names.grex) : [];
    const busy = badCells(sheet, read, names.grex);
    if (busy.all.length) {
      throw new Refusal(
        `Niet gekopieerd: ${busy.all.slice(0, 3).join(', ')} ${busy.all.length === 1 ? 'toont' : 'tonen'} een fout of rekent ` +
          `nog. Wacht tot Excel klaar is met rekenen en probeer het opnieuw.`,
      );
    }
    if (read.box) {
      for (const s of await spillAreas(ctx, original, read, frozen)) {
        for (let r = s.row; r < s.row + s.rows; r++) {
          for (let c = s.col; c < s.col + s.cols; c++) {
            const lr = r - read.box.row;
            const lc = c - read.box.col;
            if (lr < 0 || lc < 0 || lr >= frozen.length || lc >= frozen[lr].length || frozen[lr][lc] !== null) continue;
            frozen[lr][lc] = asWritten(read.values[lr][lc]);
          }
        }
      }
    }
    const name = uniqueSheetName(
      `${sheet.slice(0, 24)} (raad)`,
      all.items.map((s) => s.name),
    );
    // Copy first and learn its id; everything after that can be undone by deleting exactly this sheet.
    const copy = original.copy('End');
    copy.load('id,name');
    await ctx.sync();
    const copyId = copy.id;
    try {
      copy.name = name;
      await ctx.sync();
      if (read.box) {
        const batch = new Batch(ctx);
        await writeSparse(batch, copy, read.box, frozen, 'formulas');
        await batch.flush();
      }
      // Check: no GREX formula is left in the copy.
      const check = await readSheet(ctx, copy);
      if (check.formulas.some((l, r) => l.some((f, c) => !isTextLookalike(f, check.values[r][c]) && usesGrex(f, names.grex)))) {
        throw new Refusal(`In de kopie "${name}" bleef een GREX-formule staan.`);
      }
      return name;
    } catch (e) {
      throw await undoCopy(ctx, copyId, e);
    }
  });
}

/** Delete a half-made copy by its id; the failure to throw says whether that worked. */
async function undoCopy(ctx: Excel.RequestContext, copyId: string, cause: unknown): Promise<CopyFailure> {
  let current: string | undefined;
  try {
    const ws = ctx.workbook.worksheets.getItemOrNullObject(copyId);
    ws.load('name');
    await ctx.sync();
    if (ws.isNullObject) return new CopyFailure(cause);
    current = ws.name;
    ws.delete();
    await ctx.sync();
    return new CopyFailure(cause);
  } catch {
    return new CopyFailure(cause, current ?? `(blad-id ${copyId})`);
  }
}

export async function freezeCopies(run: ExcelRun, sheets: readonly string[], o: FreezeOptions, job: Job): Promise<string[]> {
  const names: string[] = [];
  try {
    for (const s of sheets) {
      job.step(`Kopie van "${s}" maken…`);
      names.push(await freezeCopy(run, s, o));
    }
  } catch (e) {
    const failure = e instanceof CopyFailure ? e : undefined;
    const cause = failure ? failure.cause : e;
    if (!names.length && !failure) throw cause;
    // Say exactly what exists now, so nothing is left unexplained in the workbook.
    const d = toDutchError(cause);
    const made = names.length ? ` Al gemaakt en volledig vastgezet: ${names.join(', ')}; die kopieën kunt u houden of verwijderen.` : '';
    const live = !failure
      ? ''
      : failure.leftLive
        ? ` Let op: de half gemaakte kopie "${failure.leftLive}" kon niet worden verwijderd en bevat nog werkende formules; ` +
          `verwijder dat blad voordat u de werkmap deelt.`
        : ' De half gemaakte kopie is weer verwijderd.';
    throw new Refusal(`${d.message} ${d.action}${made}${live} De originele bladen zijn ongewijzigd.`.replace(/\s+/g, ' '));
  }
  return names;
}
