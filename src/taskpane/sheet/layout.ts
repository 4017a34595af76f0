/**
 * A small layout helper that builders use to lay out a sheet plan top to
 * bottom: a title, a parameters block (label | waarde | eenheid | bron),
 * input tables, results and charts.
 *
 * GREX formulas go through `grex`/`call`/`spillOf` (the formula writer), so
 * the layout knows which cell feeds which parameter. When the plan is built,
 * every input cell that a GREX function reads directly gets its validation
 * rule, number format and input hint from that parameter's registry spec,
 * and the plan lists the GREX functions its formulas call.
 */
import { findFunction } from '../../functions/registry';
import type { Box } from '../excel/address';
import type { CellStyle, NumberFormatKey, PlanCell, PlanChart, PlanName, PlanTable, PlanValidation, SheetPlan, ValidationRule } from '../excel/plan';
import type { ParamSpec } from '../../functions/types';
import { ArgUse, FormulaArgs, grexCall, grexFunctionsIn, placeArgs } from './formula';
import { formatOf, hintOf, ruleForParams } from './param-cell';
import { sourceText, SourceNote } from './sources';

export interface ParamRow {
  key: string;
  label: string;
  value: number | string | boolean;
  /** For amounts (€, m², factor); rates, years and integers take theirs from the registry. */
  format?: NumberFormatKey;
  unit?: string;
  source: SourceNote;
  /** Only for a cell that no GREX function reads directly; otherwise the registry gives the rule. */
  rule?: ValidationRule;
  /**
   * Prompt shown when the cell is selected. For a cell a GREX function reads,
   * this product note goes before the parameter's own description.
   */
  help?: string;
}

/** Capitalise the first letter of a result label for a header cell. */
export function headerOf(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** The column headers of a function's spilled result, from the registry. */
export function resultLabels(id: string): string[] | undefined {
  const r = findFunction(id)?.result;
  if (r?.shape === 'row') return r.labels.map(headerOf);
  if (r?.shape === 'table') return r.columns.map(headerOf);
  return undefined;
}

function overlaps(a: Box, b: Box): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

export const PARAM_COLS = { label: 0, value: 1, unit: 2, source: 3 };

/** "{{@r,c}}" for a cell, "{{@r,c:r2,c2}}" for an area. */
export function at(b: Box): string {
  if (b.rows === 1 && b.cols === 1) return `{{@${b.row},${b.col}}}`;
  return `{{@${b.row},${b.col}:${b.row + b.rows - 1},${b.col + b.cols - 1}}}`;
}

export function nm(key: string): string {
  return `{{${key}}}`;
}

/** The first note on a builder's sheet: how the sheet works. */
export const MADE_WITH_GREX = 'Gemaakt met GREX. Gele cellen zijn invoer; de resultaten zijn GREX-formules en rekenen mee.';

export class Layout {
  row = 0;
  private cells: PlanCell[] = [];
  /** "row,col" → index in cells, and the rows that hold a cell: linear time for big plans (the review overview). */
  private index = new Map<string, number>();
  private rowsUsed = new Set<number>();
  private names: PlanName[] = [];
  private tables: PlanTable[] = [];
  private validations: PlanValidation[] = [];
  private charts: PlanChart[] = [];
  private spills: Box[] = [];
  private paramRows: { p: ParamRow; box: Box }[] = [];
  private uses: ArgUse[] = [];
  private maxCol = 4;
  private maxRow = 0;

  constructor(
    private builderId: string,
    private sheetName: string,
    private namePrefix: string,
    private widths: number[] = [210, 95, 70, 330],
  ) {}

  /** Put a cell; a later call for the same position replaces the earlier one. */
  cell(row: number, col: number, c: Omit<PlanCell, 'row' | 'col'>): void {
    const key = `${row},${col}`;
    const i = this.index.get(key);
    if (i !== undefined) this.cells[i] = { row, col, ...c };
    else {
      this.index.set(key, this.cells.length);
      this.cells.push({ row, col, ...c });
    }
    this.rowsUsed.add(row);
    this.touch(row, col);
  }

  private touch(row: number, col: number): void {
    this.maxRow = Math.max(this.maxRow, row + 1);
    this.maxCol = Math.max(this.maxCol, col + 1);
  }

  text(text: string, style: CellStyle = 'note', col = 0): number {
    const r = this.row++;
    this.cell(r, col, { value: text, style });
    return r;
  }

  title(title: string, lines: string[]): void {
    this.text(title, 'title');
    for (const l of lines) this.text(l, 'note');
    this.row++;
  }

  /** A builder sheet's title, the note on how the sheet works, then the sheet's own notes. */
  opening(title: string, notes: string[]): void {
    this.title(title, [MADE_WITH_GREX, ...notes]);
  }

  section(title: string): void {
    if (this.row > 0 && !this.isBlank(this.row - 1)) this.row++;
    this.text(title, 'subtitle');
  }

  private isBlank(row: number): boolean {
    return !this.rowsUsed.has(row);
  }

  paramHeader(): void {
    const r = this.row++;
    ['Parameter', 'Waarde', 'Eenheid', 'Bron en verificatie'].forEach((h, i) => this.cell(r, i, { value: h, style: 'header' }));
  }

  /** The section "Parameters" with its header row. */
  paramSection(): void {
    this.section('Parameters');
    this.paramHeader();
  }

  param(p: ParamRow): Box {
    const r = this.row++;
    const box = { row: r, col: PARAM_COLS.value, rows: 1, cols: 1 };
    this.cell(r, PARAM_COLS.label, { value: p.label, style: 'label' });
    this.cell(r, PARAM_COLS.value, { value: p.value, style: 'input', format: p.format });
    if (p.unit) this.cell(r, PARAM_COLS.unit, { value: p.unit, style: 'note' });
    const src = sourceText(p.source);
    this.cell(r, PARAM_COLS.source, { value: src, style: 'note' });
    this.names.push({ key: p.key, box, comment: `${p.label}. ${src}`.slice(0, 255) });
    this.paramRows.push({ p, box });
    return box;
  }

  /** A GREX cell formula "=GREX.ID(…)" by parameter name (see sheet/formula.ts); the layout records what feeds what. */
  grex(id: string, args: FormulaArgs): string {
    return `=${this.call(id, args)}`;
  }

  /** A GREX call without "=", to nest inside an Excel formula. */
  call(id: string, args: FormulaArgs): string {
    this.uses.push(...placeArgs(id, args).uses);
    return grexCall(id, args);
  }

  /**
   * An input table with a header row; `body` is rows of values. Returns the
   * boxes of the whole table and of each column's body.
   */
  table(
    key: string,
    headers: string[],
    body: (string | number)[][],
    formats: (NumberFormatKey | undefined)[],
    col = 0,
  ): { table: Box; columns: Box[]; body: Box } {
    const top = this.row;
    headers.forEach((h, i) => this.cell(top, col + i, { value: h, style: 'header' }));
    body.forEach((line, ri) =>
      line.forEach((v, ci) => this.cell(top + 1 + ri, col + ci, { value: v, style: ci === 0 ? 'label' : 'input', format: formats[ci] })),
    );
    const rows = body.length;
    this.row = top + 1 + rows;
    const table = { row: top, col, rows: rows + 1, cols: headers.length };
    this.tables.push({ key, box: table });
    this.touch(top + rows, col + headers.length - 1);
    const columns = headers.map((_, i) => ({ row: top + 1, col: col + i, rows, cols: 1 }));
    return { table, columns, body: { row: top + 1, col, rows, cols: headers.length } };
  }

  name(key: string, box: Box, comment: string): void {
    this.names.push({ key, box, comment: comment.slice(0, 255) });
  }

  validate(box: Box, rule: ValidationRule, title: string, message: string): void {
    this.validations.push({ box, rule, title: title.slice(0, 32), message: message.slice(0, 255) });
  }

  /** A labelled single result: label | formula. */
  result(label: string, formula: string, format: NumberFormatKey = 'euro', key?: string, comment?: string): Box {
    const r = this.row++;
    this.cell(r, 0, { value: label, style: 'label' });
    this.cell(r, 1, { formula, style: 'result', format });
    const box = { row: r, col: 1, rows: 1, cols: 1 };
    if (key) this.name(key, box, comment ?? label);
    return box;
  }

  /**
   * A spilling formula under a row of column labels: reserves `rows` × labels
   * cells so nothing blocks the spill. Returns the spill area (without labels).
   */
  spill(labels: string[], formula: string, rows: number, formats: (NumberFormatKey | undefined)[], col = 0): Box {
    const top = this.row;
    labels.forEach((l, i) => this.cell(top, col + i, { value: l, style: 'header' }));
    this.cell(top + 1, col, { formula, style: 'result', format: formats[0] });
    const area = { row: top + 1, col, rows, cols: labels.length };
    this.spills.push(area);
    this.formatArea(area, formats);
    this.row = top + 1 + rows;
    this.touch(top + rows, col + labels.length - 1);
    return area;
  }

  /**
   * A spilling GREX formula under its result's labels from the registry.
   * `wrap` nests the call in an Excel formula (e.g. an IF guard); `header`
   * names the single column of a result without labels (findings).
   */
  spillOf(
    id: string,
    args: FormulaArgs,
    rows: number,
    formats: (NumberFormatKey | undefined)[],
    opts: { col?: number; wrap?: (call: string) => string; header?: string } = {},
  ): Box {
    const labels = resultLabels(id) ?? (opts.header ? [opts.header] : undefined);
    if (!labels) throw new Error(`Layout.spillOf: GREX.${id} heeft geen kolomlabels; geef een header`);
    const c = this.call(id, args);
    return this.spill(labels, `=${opts.wrap ? opts.wrap(c) : c}`, rows, formats, opts.col ?? 0);
  }

  /** Number formats for an area the plan does not fill itself (spills). */
  private areaFormats: { box: Box; format: NumberFormatKey }[] = [];
  formatArea(area: Box, formats: (NumberFormatKey | undefined)[]): void {
    formats.forEach((f, i) => {
      if (f) this.areaFormats.push({ box: { row: area.row, col: area.col + i, rows: area.rows, cols: 1 }, format: f });
    });
  }

  chart(c: Omit<PlanChart, 'at'>, rows = 15, cols = 5): void {
    if (!this.isBlank(this.row - 1)) this.row++;
    const at = { row: this.row, col: 0, rows, cols };
    this.charts.push({ ...c, at });
    this.row += rows + 1;
    this.touch(at.row + rows - 1, cols - 1);
  }

  /** The boxes a placeholder argument text stands for: a name of this plan or a local cell/area. */
  private boxOfArg(text: string): Box | undefined {
    let m = /^\{\{([A-Za-z0-9_]+)\}\}$/.exec(text);
    if (m) return this.names.find((n) => n.key === m![1])?.box;
    m = /^\{\{@(\d+),(\d+)(?::(\d+),(\d+))?\}\}$/.exec(text);
    if (!m) return undefined;
    const [r, c] = [Number(m[1]), Number(m[2])];
    const [r2, c2] = m[3] === undefined ? [r, c] : [Number(m[3]), Number(m[4])];
    return { row: r, col: c, rows: r2 - r + 1, cols: c2 - c + 1 };
  }

  /**
   * Validation, format and hint from the registry for every input a GREX
   * function reads directly: parameter cells, named input areas and single
   * input cells of a table.
   */
  private deriveInputRules(): void {
    const same = (a: Box, b: Box) => a.row === b.row && a.col === b.col && a.rows === b.rows && a.cols === b.cols;
    const fed: { box: Box; uses: ArgUse[] }[] = [];
    for (const u of this.uses) {
      const box = this.boxOfArg(u.text);
      if (!box) continue;
      const hit = fed.find((f) => same(f.box, box));
      if (hit) hit.uses.push(u);
      else fed.push({ box, uses: [u] });
    }
    for (const { p, box } of this.paramRows) {
      const f = fed.find((x) => same(x.box, box));
      if (!f) {
        if (p.rule) this.validate(box, p.rule, p.label, p.help ?? p.label);
        continue;
      }
      if (p.rule) throw new Error(`Layout: ${p.key} wordt gelezen door GREX.${f.uses[0].fn}; de regel komt uit het register, niet uit de builder`);
      const params = f.uses.map((u) => u.param);
      const format = formatOf(params[0]) ?? p.format;
      const i = this.cells.findIndex((c) => c.row === box.row && c.col === box.col);
      this.cells[i] = { ...this.cells[i], format };
      const rule = ruleForParams(params);
      if (rule) this.validate(box, rule, p.label, hintOf(params[0], p.help));
    }
    const explicit = this.validations.slice();
    for (const f of fed) {
      if (this.paramRows.some((x) => same(x.box, f.box))) continue;
      if (explicit.some((v) => same(v.box, f.box)))
        throw new Error(`Layout: het gebied van ${f.uses[0].param.name} krijgt zijn regel uit het register, niet uit de builder`);
      const readers = f.uses.map((u) => u.param);
      if (readers[0].kind === 'tuple' || readers[0].kind === 'rows') {
        this.partRules(f.box, readers);
        continue;
      }
      if (explicit.some((v) => overlaps(v.box, f.box))) continue;
      if (!this.cellsIn(f.box).some((c) => c.style === 'input' && c.formula === undefined)) continue;
      // Areas that overlap (all kosten and the eigen kosten within them) get what all their readers admit.
      const params = fed.filter((g) => overlaps(g.box, f.box)).flatMap((g) => g.uses.map((u) => u.param));
      const rule = ruleForParams(params);
      const name = this.names.find((n) => same(n.box, f.box));
      if (rule) this.validate(f.box, rule, headerOf((name?.key ?? params[0].name).replace(/_/g, ' ')), hintOf(f.uses[0].param));
    }
  }

  /**
   * A tuple's range (one row or one column) or a rows table's body: each part (a tuple's cell, a table's column)
   * with input cells gets the rule and hint of its field or column spec.
   */
  private partRules(box: Box, params: readonly ParamSpec[]): void {
    const tuple = params[0].kind === 'tuple';
    const n = tuple && box.rows > 1 ? box.rows : box.cols;
    for (let k = 0; k < n; k++) {
      const part = !tuple
        ? { row: box.row, col: box.col + k, rows: box.rows, cols: 1 }
        : box.rows === 1
          ? { row: box.row, col: box.col + k, rows: 1, cols: 1 }
          : { row: box.row + k, col: box.col, rows: 1, cols: 1 };
      const specs = params.flatMap((p) => {
        const spec = p.kind === 'tuple' ? p.fields[k] : p.kind === 'rows' ? p.columns[k] : undefined;
        return spec ? [spec] : [];
      });
      if (specs.length === 0 || !this.cellsIn(part).some((c) => c.style === 'input' && c.formula === undefined)) continue;
      const rule = ruleForParams(specs);
      if (rule) this.validate(part, rule, headerOf(specs[0].name.replace(/_/g, ' ')), hintOf(specs[0]));
    }
  }

  private cellsIn(b: Box): PlanCell[] {
    return this.cells.filter((c) => c.row >= b.row && c.row < b.row + b.rows && c.col >= b.col && c.col < b.col + b.cols);
  }

  build(): SheetPlan {
    this.deriveInputRules();
    // Area formats become format-only cells (no value) after the real cells.
    const formatted: PlanCell[] = [];
    for (const { box, format } of this.areaFormats) {
      for (let r = box.row; r < box.row + box.rows; r++) {
        for (let c = box.col; c < box.col + box.cols; c++) {
          if (!this.index.has(`${r},${c}`)) formatted.push({ row: r, col: c, format });
        }
      }
    }
    const functions: string[] = [];
    for (const c of this.cells) for (const id of c.formula ? grexFunctionsIn(c.formula) : []) if (!functions.includes(id)) functions.push(id);
    return {
      builderId: this.builderId,
      sheetName: this.sheetName,
      namePrefix: this.namePrefix,
      rows: Math.max(this.maxRow, this.row),
      cols: this.maxCol,
      cells: [...this.cells, ...formatted],
      names: this.names,
      tables: this.tables,
      validations: this.validations,
      charts: this.charts,
      columnWidths: this.widths,
      spills: this.spills,
      functions,
    };
  }
}
