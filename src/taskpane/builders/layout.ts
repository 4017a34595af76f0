/**
 * A small layout helper that builders use to lay out a sheet plan top to
 * bottom: a title, a parameters block (label | waarde | eenheid | bron),
 * input tables, results and charts.
 */
import type { Box } from '../excel/address';
import type { CellStyle, NumberFormatKey, PlanCell, PlanChart, PlanName, PlanTable, PlanValidation, SheetPlan, ValidationRule } from '../excel/plan';
import { sourceText, SourceNote } from './sources';

export interface ParamRow {
  key: string;
  label: string;
  value: number | string | boolean;
  format?: NumberFormatKey;
  unit?: string;
  source: SourceNote;
  rule?: ValidationRule;
  /** Prompt shown when the cell is selected. */
  help: string;
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
  private maxCol = 4;
  private maxRow = 0;

  constructor(private builderId: string, private sheetName: string, private namePrefix: string, private widths: number[] = [210, 95, 70, 330]) {}

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

  param(p: ParamRow): Box {
    const r = this.row++;
    const box = { row: r, col: PARAM_COLS.value, rows: 1, cols: 1 };
    this.cell(r, PARAM_COLS.label, { value: p.label, style: 'label' });
    this.cell(r, PARAM_COLS.value, { value: p.value, style: 'input', format: p.format });
    if (p.unit) this.cell(r, PARAM_COLS.unit, { value: p.unit, style: 'note' });
    const src = sourceText(p.source);
    this.cell(r, PARAM_COLS.source, { value: src, style: 'note' });
    this.names.push({ key: p.key, box, comment: `${p.label}. ${src}`.slice(0, 255) });
    if (p.rule) this.validations.push({ box, rule: p.rule, title: p.label.slice(0, 32), message: p.help.slice(0, 255) });
    return box;
  }

  /**
   * An input table with a header row; `body` is rows of values. Returns the
   * boxes of the whole table and of each column's body.
   */
  table(key: string, headers: string[], body: (string | number)[][], formats: (NumberFormatKey | undefined)[], col = 0): { table: Box; columns: Box[]; body: Box } {
    const top = this.row;
    headers.forEach((h, i) => this.cell(top, col + i, { value: h, style: 'header' }));
    body.forEach((line, ri) => line.forEach((v, ci) => this.cell(top + 1 + ri, col + ci, { value: v, style: ci === 0 ? 'label' : 'input', format: formats[ci] })));
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

  build(): SheetPlan {
    // Area formats become format-only cells (no value) after the real cells.
    const formatted: PlanCell[] = [];
    for (const { box, format } of this.areaFormats) {
      for (let r = box.row; r < box.row + box.rows; r++) {
        for (let c = box.col; c < box.col + box.cols; c++) {
          if (!this.index.has(`${r},${c}`)) formatted.push({ row: r, col: c, format });
        }
      }
    }
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
    };
  }
}
