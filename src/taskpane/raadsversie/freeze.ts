/**
 * Copies of the chosen sheets (Worksheet.copy) in which every GREX formula
 * (and, if asked, every formula) is replaced by the value it shows, so a
 * reader without the add-in sees numbers, not #NAME?. The originals are only
 * read.
 */
import { cellAddress } from '../excel/address';
import type { ExcelRun } from '../excel/host';
import { Refusal } from '../excel/host';
import { toDutchError } from '../excel/errors';
import { uniqueSheetName } from '../excel/unique-names';
import { hasGrexCall } from '../sheet/formula-parser';
import type { Job } from '../state/job';

export interface FreezeOptions {
  /** Also replace formulas that are not GREX formulas (a fully fixed copy). */
  allFormulas: boolean;
}

const ERROR_VALUE = /^#(BUSY|NAME|VALUE|NUM|N\/A|SPILL|CALC|REF|DIV\/0|NULL|GETTING_DATA)/;

/** Lower-case workbook names: a formula using one may reach a GREX result on another sheet. */
export type NameSet = ReadonlySet<string>;

/** Identifiers in a formula outside strings and quoted sheet names, except function names. */
function identifiers(formula: string): string[] {
  const bare = formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/'(?:[^']|'')*'!/g, 'S!');
  return [...bare.matchAll(/(?<![A-Za-z0-9_.$\\])([A-Za-z_\\][A-Za-z0-9_.]*)(?!\s*\()/g)].map((m) => m[1]);
}

/**
 * Formulas that must become values in the copy: GREX formulas; formulas
 * with Excel's spill operator (it stops working once its anchor is a
 * value); and formulas that reach outside the copy (another sheet or a
 * workbook name), because what they point at may be a GREX result that a
 * reader without the add-in sees as #NAME?. Purely local formulas stay live
 * unless all formulas are fixed.
 */
export function mustFreeze(formula: unknown, o: FreezeOptions, names: NameSet = new Set()): boolean {
  if (typeof formula !== 'string' || !formula.startsWith('=')) return false;
  if (o.allFormulas || hasGrexCall(formula) || /[A-Za-z0-9_)]#/.test(formula)) return true;
  const ids = identifiers(formula);
  return /!/.test(formula.replace(/"(?:[^"]|"")*"/g, '""')) || ids.some((id) => names.has(id.toLowerCase()));
}

/** The matrix to write into the copy: kept formulas and constants, frozen values. */
export function frozenMatrix(formulas: unknown[][], values: unknown[][], o: FreezeOptions, names: NameSet = new Set()): unknown[][] {
  return formulas.map((line, r) =>
    line.map((f, c) => {
      if (!mustFreeze(f, o, names)) return f;
      const v = values[r][c];
      return typeof v === 'string' && /^[=+\-@']/.test(v) ? `'${v}` : v;
    }),
  );
}

/** Refuse before copying anything when a GREX cell in the originals shows an error or is still calculating. */
export async function checkOriginals(run: ExcelRun, sheets: readonly string[]): Promise<void> {
  await run(async (ctx) => {
    const used = sheets.map((s) => {
      const r = ctx.workbook.worksheets.getItem(s).getUsedRangeOrNullObject(true);
      r.load('formulas,values,rowIndex,columnIndex');
      return r;
    });
    await ctx.sync();
    const bad: string[] = [];
    used.forEach((u, i) => {
      if (u.isNullObject) return;
      u.formulas.forEach((line, r) =>
        line.forEach((f, c) => {
          const v = u.values[r][c];
          if (hasGrexCall(f) && typeof v === 'string' && ERROR_VALUE.test(v)) bad.push(`${sheets[i]}!${cellAddress(u.rowIndex + r, u.columnIndex + c)} (${v})`);
        }),
      );
    });
    if (bad.length) {
      throw new Refusal(
        `Niet gemaakt: ${bad.length} GREX-formule(s) tonen een fout of rekenen nog, bijvoorbeeld ${bad.slice(0, 3).join(', ')}. ` +
          'Wacht tot Excel klaar is met rekenen (#BUSY!) of los de fout op; anders zou de raadsversie foutwaarden bevatten.',
      );
    }
  });
}

/** Copy one sheet and freeze the copy; returns the copy's name. */
export async function freezeCopy(run: ExcelRun, sheet: string, o: FreezeOptions): Promise<string> {
  return run(async (ctx) => {
    const all = ctx.workbook.worksheets;
    all.load('items/name');
    const wbNames = ctx.workbook.names;
    wbNames.load('items/name');
    const original = all.getItem(sheet);
    const used = original.getUsedRangeOrNullObject(true);
    used.load('address,formulas,values,rowIndex,columnIndex,rowCount,columnCount');
    await ctx.sync();
    const name = uniqueSheetName(`${sheet.slice(0, 24)} (raad)`, all.items.map((s) => s.name));
    const copy = original.copy('End');
    copy.name = name;
    if (!used.isNullObject) {
      const local = used.address.split('!').pop() as string;
      copy.getRange(local).formulas = frozenMatrix(used.formulas, used.values, o, new Set(wbNames.items.map((n) => n.name.toLowerCase()))) as unknown[][];
    }
    await ctx.sync();
    // Check: no GREX formula is left in the copy.
    const check = copy.getUsedRangeOrNullObject(true);
    check.load('formulas');
    await ctx.sync();
    if (!check.isNullObject && check.formulas.some((l) => l.some((f) => hasGrexCall(f)))) {
      throw new Refusal(`In de kopie "${name}" staat nog een GREX-formule; controleer het blad voordat u het deelt.`);
    }
    return name;
  });
}

export async function freezeCopies(run: ExcelRun, sheets: readonly string[], o: FreezeOptions, job: Job): Promise<string[]> {
  const names: string[] = [];
  try {
    for (const s of sheets) {
      job.step(`Kopie van "${s}" maken…`);
      names.push(await freezeCopy(run, s, o));
    }
  } catch (e) {
    if (!names.length) throw e;
    // Say what already exists, so nothing is left unexplained in the workbook.
    const d = toDutchError(e);
    throw new Refusal(`${d.message} ${d.action} Al gemaakt: ${names.join(', ')}. Die kopieën kunt u houden of verwijderen; de originele bladen zijn ongewijzigd.`.replace(/\s+/g, ' '));
  }
  return names;
}
