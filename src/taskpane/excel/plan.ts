/**
 * A sheet plan: everything a model builder wants written, as data on a local
 * grid (row/column 0 = the top-left of wherever it lands). The writer turns
 * it into Excel calls; tests read it without Excel.
 *
 * Formula templates refer to the plan's own cells and names with
 * placeholders the writer resolves once it knows the target:
 *   {{rente}}        the defined name registered under key "rente"
 *   {{@3,1}}         the cell at local row 3, column 1 (absolute, "$B$4")
 *   {{@3,1:5,4}}     the area from (3,1) to (5,4)
 */
import type { Box } from './address';

export type NumberFormatKey = 'euro' | 'euro2' | 'pct' | 'year' | 'int' | 'factor' | 'm2' | 'text';

export type CellStyle = 'title' | 'subtitle' | 'header' | 'label' | 'input' | 'result' | 'note' | 'warning';

export interface PlanCell {
  row: number;
  col: number;
  /** A constant; or use `formula` (a template, see above). */
  value?: string | number | boolean;
  formula?: string;
  format?: NumberFormatKey;
  style?: CellStyle;
}

export interface PlanName {
  /** Local key; the workbook name is `${prefix}_${key}` plus a suffix when needed. */
  key: string;
  box: Box;
  /** Shown as the name's comment: what it is and its source with verification tag. */
  comment: string;
}

export interface PlanTable {
  key: string;
  /** Including the header row. */
  box: Box;
}

/**
 * A number rule: a missing bound is no bound; an exclusive bound admits
 * values strictly beyond it (as the registry's minExclusive/maxExclusive).
 */
export interface NumberRule {
  type: 'decimal' | 'whole';
  min?: number;
  max?: number;
  minExclusive?: boolean;
  maxExclusive?: boolean;
}

export type ValidationRule = NumberRule | { type: 'list'; values: readonly string[] };

export interface PlanValidation {
  box: Box;
  rule: ValidationRule;
  /** Dutch input prompt (title and message). */
  title: string;
  message: string;
}

export type ChartKind = 'Line' | 'ColumnClustered' | 'Waterfall' | 'BarClustered';

export interface PlanChart {
  kind: ChartKind;
  /** Used when the host refuses `kind` (older Excel has no API waterfall). */
  fallback?: ChartKind;
  title: string;
  /** The series (with their header row when seriesBy is Columns). */
  data: Box;
  seriesBy: 'Columns' | 'Rows';
  /** Category labels (x axis), optional. */
  categories?: Box;
  /** Where the chart floats (part of the plan's footprint, checked empty). */
  at: Box;
}

export interface SheetPlan {
  builderId: string;
  /** Base sheet name; the writer makes it unique. */
  sheetName: string;
  /** Prefix of the defined names, e.g. "GE". */
  namePrefix: string;
  /** Footprint: rows × cols from the top-left, including spill areas and charts. */
  rows: number;
  cols: number;
  cells: PlanCell[];
  names: PlanName[];
  tables: PlanTable[];
  validations: PlanValidation[];
  charts: PlanChart[];
  /** Column widths in points for a new sheet (left alone when writing into a selection). */
  columnWidths: number[];
  /** Areas a formula spills into: kept empty on purpose. */
  spills: Box[];
  /** The GREX functions the plan's formulas call (ids without namespace), in order of first use. */
  functions: string[];
}

export const NUMBER_FORMATS: Record<NumberFormatKey, string> = {
  euro: '"€ "#,##0;[Red]"€ "-#,##0',
  euro2: '"€ "#,##0.00;[Red]"€ "-#,##0.00',
  pct: '0.00%',
  year: '0',
  int: '#,##0',
  factor: '0.00',
  m2: '#,##0" m²"',
  text: '@',
};
