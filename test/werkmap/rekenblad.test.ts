/**
 * "Rekenblad naast uw model" on the LibreOffice-made fixtures: the workbook is
 * read through the Excel API of the fake (as the task pane reads it), the
 * mapping is the recognised one, and the plan is written by the pane's writer
 * onto a new sheet. The sheet may only read the analyst's cells: every GREX
 * formula on it must parse with the registry and lead (directly or through
 * the sheet's own input cells) to the analyst's mapped ranges only. Evaluated
 * with the registry's `call()` on the analyst's saved values, its BBV
 * eindwaarde must equal the one the review reports for the workbook.
 */
import type { ExcelRun } from '../../src/taskpane/excel/host';
import { writePlan } from '../../src/taskpane/excel/writer';
import { readWorkbookModel } from '../../src/taskpane/excel/read-model';
import { rekenbladFor } from '../../src/taskpane/review/rekenblad-plan';
import { parseGrexCalls } from '../../src/taskpane/sheet/formula-parser';
import { findFunction } from '../../src/functions/registry';
import { call } from '../../src/functions/call';
import { RangeRef, parseRange } from '../../src/workbook/address';
import { Mapping } from '../../src/workbook/mapping';
import { Workbook, findSheet } from '../../src/workbook/model';
import { mappingsFor, review } from '../../src/workbook/report';
import { extract } from '../../src/workbook/extract';
import { FakeWorkbookModel, fakeRun } from '../taskpane/fake-excel';
import { fakeFromXlsx } from './fake-from-xlsx';
import { MANIFEST, fixture } from './helpers';

const runOf = (m: FakeWorkbookModel) => fakeRun(m) as unknown as ExcelRun;

/** The plan exactly as the Controle tab builds it for "Rekenblad naast uw model". */
function planFor(wb: Workbook, m: Mapping) {
  return { x: extract(wb, m), plan: rekenbladFor(wb, m, '2026-12-01') };
}

/** Every cell of a range as "Sheet!A1" (sheet name unquoted, upper case address). */
function cellsOf(r: RangeRef): string[] {
  const out: string[] = [];
  for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) out.push(key(r.sheet, r.row + i, r.col + j));
  return out;
}
const key = (sheet: string, row: number, col: number) => `${sheet.toLowerCase()}!${row},${col}`;

/** The analyst's cells a mapping names (years, posts, parameters): the only ones the rekenblad may read. */
function mappedCells(m: Mapping): Set<string> {
  const all = [m.years, ...m.costs, ...m.revenues, ...Object.values(m.params)].filter((r): r is RangeRef => !!r);
  return new Set(all.flatMap(cellsOf));
}

/**
 * A reader of the written sheet: values of the analyst's cells are their saved
 * results; a cell on the rekenblad with a formula is evaluated, where the only
 * formulas allowed besides GREX calls are a sum of references and numbers.
 * Every analyst cell it reads is recorded.
 */
class SheetReader {
  readonly read = new Set<string>();
  readonly unqualified: string[] = [];
  constructor(
    private model: FakeWorkbookModel,
    private own: string,
  ) {}

  value(sheet: string, row: number, col: number): unknown {
    const s = this.model.mustSheet(sheet);
    const c = s.get(row, col);
    if (s.name === this.own) {
      if (c?.formula && !/GREX\./i.test(c.formula)) return this.sum(c.formula);
      return c?.value ?? '';
    }
    this.read.add(key(s.name, row, col));
    return c?.value ?? '';
  }

  range(r: RangeRef): unknown {
    const rows: unknown[][] = [];
    for (let i = 0; i < r.rows; i++) {
      const line: unknown[] = [];
      for (let j = 0; j < r.cols; j++) line.push(this.value(r.sheet, r.row + i, r.col + j));
      rows.push(line);
    }
    return r.rows === 1 && r.cols === 1 ? rows[0][0] : rows;
  }

  /** "=A!C5+A!C6-'B b'!$C$7" or "=0": the sum; anything else fails the test. */
  sum(formula: string): number {
    const term = /([+-]?)(?:((?:'(?:[^']|'')+'|[A-Za-z0-9_.]+)!\$?[A-Za-z]{1,3}\$?\d+)|(\$?[A-Za-z]{1,3}\$?\d+)|(\d+(?:\.\d+)?))/y;
    const body = formula.replace(/^=/, '');
    let i = 0;
    let total = 0;
    while (i < body.length) {
      term.lastIndex = i;
      const m = term.exec(body);
      if (!m) throw new Error(`Onverwachte formule op het rekenblad: ${formula}`);
      const sign = m[1] === '-' ? -1 : 1;
      let v: unknown;
      if (m[4] !== undefined) v = Number(m[4]);
      else {
        if (m[3] !== undefined) this.unqualified.push(formula);
        const r = parseRange(m[2] ?? m[3], this.own)!;
        v = this.value(r.sheet, r.row, r.col);
      }
      total += sign * (typeof v === 'number' ? v : 0);
      i = term.lastIndex;
    }
    return total;
  }
}

const CASES = ['basis', 'almere', 'index-midden', 'rente-negatief'];

describe('Rekenblad naast uw model', () => {
  test('the fixtures named here exist in the manifest', () => {
    expect(CASES.every((n) => MANIFEST.some((s) => s.name === n))).toBe(true);
  });

  test.each(CASES)("%s: a new sheet with live GREX formulas on the analyst's ranges, BBV eindwaarde as the review", async (name) => {
    const model = await fakeFromXlsx(fixture(name));
    const before = new Map(model.sheets.map((s) => [s.name, model.snapshot(s.name)]));
    const namesBefore = JSON.stringify(model.names.map((n) => [n.name, n.sheet.name, n.box]));
    const wb = await readWorkbookModel(runOf(model));
    const { mappings, source } = mappingsFor(wb);
    expect(source).toBe('herkend');
    expect(mappings).toHaveLength(1);
    const m = mappings[0];
    const { x, plan } = planFor(wb, m);
    const bbv = review(wb).models[0].bbv;
    expect(bbv.eindwaarde).not.toBe(0);

    const res = await writePlan(runOf(model), plan, 'newSheet');

    // A new sheet; the analyst's sheets and names are as they were.
    expect(res.placement.isNew).toBe(true);
    expect(before.has(res.placement.sheet)).toBe(false);
    expect(res.placement.sheet).toBe(`GREX naast ${m.sheet}`.slice(0, 28));
    expect(model.sheets.map((s) => s.name)).toEqual([...before.keys(), res.placement.sheet]);
    for (const [sheet, snap] of before) expect(model.snapshot(sheet)).toBe(snap);
    expect([...model.writtenCells].filter((c) => !c.startsWith(`${res.placement.sheet}!`) && !c.startsWith(`'${res.placement.sheet}'!`))).toEqual([]);
    expect(JSON.stringify(model.names.filter((n) => before.has(n.sheet.name)).map((n) => [n.name, n.sheet.name, n.box]))).toBe(namesBefore);

    const own = res.placement.sheet;
    const grex = model.formulas(own).filter((f) => /GREX\./i.test(f.formula));
    expect(grex.map((f) => parseGrexCalls(f.formula)[0].name).sort()).toEqual(['BOEKWAARDE', 'RESULTAAT', 'RESULTAAT']);

    const reader = new SheetReader(model, own);
    const results: { fn: string; formula: string; value: unknown }[] = [];
    for (const f of grex) {
      const calls = parseGrexCalls(f.formula);
      expect(calls).toHaveLength(1);
      const c = calls[0];
      const spec = findFunction(c.name);
      expect(spec).toBeDefined();
      expect(c.args.length).toBeLessThanOrEqual(spec!.params.length);
      const args = c.args.map((a, i) => {
        if (a.kind === 'number' || a.kind === 'boolean') return a.literal;
        if (a.kind === 'omitted') return null;
        // the only text: the workbook's indexation moment
        if (a.kind === 'text') {
          expect(spec!.params[i].name).toBe('indexmoment');
          return a.literal;
        }
        // only plain references: no names, tables or expressions that could point elsewhere
        expect(a.kind).toBe('reference');
        const r = parseRange(a.text, own)!;
        // a reference to another sheet names one of the analyst's sheets
        if (a.text.includes('!')) expect(findSheet(wb, r.sheet)).toBeDefined();
        return reader.range(r);
      });
      results.push({ fn: c.name, formula: f.formula, value: call(c.name, ...args) });
    }
    expect(reader.unqualified).toEqual([]);

    // Everything the GREX formulas read from the analyst's workbook lies in the mapping; they read every post row
    // and the first year (the startjaar).
    const allowed = mappedCells(m);
    expect([...reader.read].filter((c) => !allowed.has(c))).toEqual([]);
    for (const p of [...m.costs, ...m.revenues]) expect(cellsOf(p).filter((c) => !reader.read.has(c))).toEqual([]);
    expect(reader.read.has(key(m.years.sheet, m.years.row, m.years.col))).toBe(true);

    // The sheet's own input cells reproduce what the review extracted: years, cost and revenue totals per year.
    const rowOf = (label: RegExp) => {
      const s = model.mustSheet(own);
      for (const [k, cell] of s.cells) if (label.test(String(cell.value))) return Number(k.split(',')[0]);
      throw new Error(`Rij ${label} niet gevonden`);
    };
    const n = x.years.length;
    const line = (row: number) => Array.from({ length: n }, (_, i) => reader.value(own, row, 1 + i) as number);
    expect(line(rowOf(/^Jaar$/))).toEqual(x.years);
    line(rowOf(/^Kosten \(\d+ posten\)$/)).forEach((v, i) => expect(v).toBeCloseTo(x.costs[i], 6));
    line(rowOf(/^Opbrengsten \(\d+ posten\)$/)).forEach((v, i) => expect(v).toBeCloseTo(x.revenues[i], 6));

    // The BBV line (disconteringsvoet 0.02 literal) gives the review's BBV figures within €1.
    const bbvRow = results.find((r) => r.fn === 'RESULTAAT' && /,0\.02,/.test(r.formula))!;
    const [nominaal, eindwaarde, ncw] = (bbvRow.value as number[][])[0];
    expect(Math.abs(eindwaarde - bbv.eindwaarde)).toBeLessThan(1);
    expect(Math.abs(ncw - bbv.ncw)).toBeLessThan(1);
    const sum = (a: number[]) => a.reduce((s, v) => s + v, 0);
    expect(nominaal).toBeCloseTo(sum(x.revenues) - sum(x.costs) - x.beginboekwaarde, 6);
    // The line "met de rekenwijze van uw werkmap" (its rente over negatief, frozen revenue index, indexation moment and
    // disconteringsvoet) gives the review's reproduction of the eindwaarde (which is in the workbook's own sign).
    const own2 = results.find((r) => r.fn === 'RESULTAAT' && r !== bbvRow)!.value as number[][];
    const rep = review(wb).models[0];
    const sign = rep.conventions.sign === 'negative-is-profit' ? -1 : 1;
    expect(Math.abs(sign * own2[0][1] - rep.grex.eindwaarde)).toBeLessThan(1);
    // GREX.BOEKWAARDE on the sheet ends at minus that eindwaarde, one row per year.
    const bw = results.find((r) => r.fn === 'BOEKWAARDE')!.value as number[][];
    expect(bw).toHaveLength(n);
    expect(bw.map((r) => r[0])).toEqual(x.years);
    expect(Math.abs(-bw[n - 1][5] - bbv.eindwaarde)).toBeLessThan(1);
  });
});
