/**
 * The Controle tab's formula list for a real workbook: grouped by sheet and
 * by function, with a filter. Pure functions, so the grouping is tested on a
 * workbook of hundreds of formulas without a browser.
 */
import type { ReviewEntry } from '../review/scan';
import type { Finding } from '../review/findings';
import { toDutchFormula } from '../../functions/notation';

export interface FunctionGroup {
  fn: string;
  entries: ReviewEntry[];
}

export interface SheetGroup {
  sheet: string;
  count: number;
  functions: FunctionGroup[];
}

const norm = (s: string) => s.toLocaleLowerCase('nl-NL');
const CELL = /^\$?[a-z]{1,3}\$?\d+$/;

/** Does an entry match the filter text (sheet, cell, function, formula in either notation)? */
export function entryMatches(e: ReviewEntry, filter: string): boolean {
  const f = norm(filter.trim());
  if (!f) return true;
  const hay = norm([e.sheet, `${e.sheet}!${e.address}`, e.formula, toDutchFormula(e.formula), ...e.calls.map((c) => `GREX.${c.name}`)].join('\n'));
  const cell = norm(e.address);
  // A word that looks like a cell ("b4") means that cell, not every address that starts with it.
  return f.split(/\s+/).every((w) => (CELL.test(w) ? cell === w.replace(/\$/g, '') : hay.includes(w)));
}

export function findingMatches(x: Finding, filter: string): boolean {
  const f = norm(filter.trim());
  if (!f) return true;
  const hay = norm(`${x.sheet}\n${x.address}\n${x.sheet}!${x.address}\n${x.text}`);
  return f.split(/\s+/).every((w) => hay.includes(w));
}

/** The first GREX function of a cell names its group ("GREX.NCW"). */
export function functionOf(e: ReviewEntry): string {
  return e.calls.length ? `GREX.${e.calls[0].name}` : 'GREX';
}

/** Sheets in workbook order, functions by name; only entries that match the filter. */
export function groupEntries(entries: readonly ReviewEntry[], filter = ''): SheetGroup[] {
  const sheets = new Map<string, Map<string, ReviewEntry[]>>();
  for (const e of entries) {
    if (!entryMatches(e, filter)) continue;
    const byFn = sheets.get(e.sheet) ?? new Map<string, ReviewEntry[]>();
    sheets.set(e.sheet, byFn);
    const fn = functionOf(e);
    byFn.set(fn, [...(byFn.get(fn) ?? []), e]);
  }
  return [...sheets].map(([sheet, byFn]) => {
    const functions = [...byFn].map(([fn, list]) => ({ fn, entries: list })).sort((a, b) => a.fn.localeCompare(b.fn));
    return { sheet, count: functions.reduce((n, g) => n + g.entries.length, 0), functions };
  });
}
