/**
 * The shape of a registry entry: everything about a GREX function is data
 * here (STYLE: "validation is data, not code"). The registry drives the
 * Excel metadata, the help pages, `grex list`, the README table and the
 * argument validation.
 */
import type { YearlySeries } from '../core/series';
import type { SourceId, VerificationTag } from '../core/sources';

/** A value as Excel hands it over in one cell. */
export type Cell = number | string | boolean | null | undefined;
export type Matrix = Cell[][];

export type { VerificationTag } from '../core/sources';

/** A citation of a catalogue source (see sources.ts: `cite`). */
export interface Source {
  id: SourceId;
  /** What GREX takes from the source, in Dutch. */
  label: string;
  tag: VerificationTag;
  /** Public address, or the path of a method section (docs/methode/…#…). */
  url?: string;
  /** Title, publisher and date read, from the catalogue. */
  document: string;
}

interface ParamBase {
  /** Dutch parameter name as the function catalogue writes it (lower case, words joined by _). */
  name: string;
  /** Dutch description shown in Excel's argument help. */
  description: string;
  optional?: boolean;
  /** A field of a tuple or a column of rows: one phrase that replaces the generic message of any check of its value. */
  rule?: string;
}

/**
 * Where real values of a rate, index, share or percentage lie (as fractions):
 * outside it the normaliser refuses with "bedoelt u 2,5%?" (plausible.ts).
 * `flag`: the function reports it itself instead (as a finding).
 */
export interface Plausible {
  min?: number;
  max?: number;
  flag?: boolean;
}

/** Bounds on a number (of a series: on each element, the messages naming the position). */
export interface NumberBounds {
  min?: number;
  max?: number;
  minExclusive?: boolean;
  maxExclusive?: boolean;
  /** How the bound appears in a message, e.g. "-100%" for min −1 of a rate. */
  minLabel?: string;
  maxLabel?: string;
  plausible?: Plausible;
}

/** A number. `rate` means a decimal fraction > −100% unless min/max say otherwise. */
export interface NumberParam extends ParamBase, NumberBounds {
  kind: 'number' | 'rate' | 'year' | 'integer';
  default?: number;
}

/** A yearly series or list of numbers: one row or one column; blanks count as 0. */
export interface SeriesParam extends ParamBase, NumberBounds {
  kind: 'series';
  minLength?: number;
  maxLength?: number;
  /** Another series parameter this one must be as long as. */
  sameLengthAs?: string;
  /**
   * Also accept a table of several posts: one row per post, one column per
   * year (as GREX sheets lay them out). The posts are summed per year; a
   * single row or column is one series as usual.
   */
  lines?: boolean;
}

/** A two-dimensional table (norm table, risk register, programme). */
export interface TableParam extends ParamBase {
  kind: 'table';
  /** Allowed column counts (after trimming empty trailing columns). */
  columns?: { min: number; max: number };
  maxCells?: number;
  /** Every cell a number (blank cells 0), as a risk register's amounts. */
  numbers?: boolean;
}

/**
 * Amounts with an optional label: one row or column of numbers, or two
 * columns (omschrijving, getal). Read as a list of posts; an unlabelled post
 * gets the function's own label ("bijdrage 2").
 */
export interface LabelledParam extends ParamBase {
  kind: 'labelled';
  /** No negative values. */
  nonNegative?: boolean;
  /** Two numeric columns of several rows are labels and values too (milieucategorie 3.1), not a shape error. */
  numberLabels?: boolean;
  /** The message for a range of any other shape. */
  shape: string;
  maxCells?: number;
}

/** One labelled post as the normaliser reads it; `label` is undefined when the range had none. */
export interface LabelledValue {
  label: string | undefined;
  value: number;
}

/**
 * A tuple: a short row or column of values by position, such as
 * {canon, eerste jaar, looptijd, [groei]}. Each position is normalised as its
 * field's spec (bounds, defaults); a message names the parameter, the position
 * and the field. Trailing optional fields may be left out.
 */
export interface TupleParam extends ParamBase {
  kind: 'tuple';
  fields: readonly NumberParam[];
}

export interface TextParam extends ParamBase {
  kind: 'text';
  default?: string;
  maxLength?: number;
}

export interface EnumParam extends ParamBase {
  kind: 'enum';
  /** Canonical values; matching is case-insensitive and ignores surrounding spaces. */
  values: readonly string[];
  default?: string;
}

export interface BooleanParam extends ParamBase {
  kind: 'boolean';
  default?: boolean;
}

/**
 * A record: a range of rows "name | value" (two columns; a series field may
 * continue its values to the right), in any order. Each field is normalised
 * as its own spec; a missing field takes that spec's default; an unknown name
 * is refused with the nearest known name. Handled by functions/record.ts.
 */
export interface RecordParam extends ParamBase {
  kind: 'record';
  fields: readonly ParamSpec[];
}

/**
 * Rows of a fixed set of typed columns (one row per area, post, …): each
 * cell is normalised as its column's spec, and a message names the
 * parameter, the row and the column. Blank rows are dropped; trailing
 * optional columns may be left out.
 */
export interface RowsParam extends ParamBase {
  kind: 'rows';
  columns: readonly (NumberParam | TextParam | EnumParam)[];
  /** The fewest columns a row must have. */
  minColumns: number;
  /** The message for a range with too few or too many columns. */
  shape: string;
  maxCells?: number;
}

export type ParamSpec = NumberParam | SeriesParam | TableParam | LabelledParam | TupleParam | RowsParam | TextParam | EnumParam | BooleanParam | RecordParam;

/** What a function returns; every spilled result is a 2-D array. */
export type ResultSpec =
  | { shape: 'scalar'; type: 'number' | 'text' }
  /** One row with these labelled columns. */
  | { shape: 'row'; labels: readonly string[] }
  /** One row per item with these columns. */
  | { shape: 'table'; columns: readonly string[] }
  /** One text line per row (findings, warnings). */
  | { shape: 'lines' }
  /** The same shape as the named series parameter. */
  | { shape: 'like'; param: string };

export type Scalar = number | string | boolean;
export type Result = Scalar | Scalar[][];

export type Category =
  | 'Tijdwaarde'
  | 'Grondexploitatie (BBV)'
  | 'Risico'
  | 'Meerjarenprognose (MPG)'
  | 'Grondwaarde en waardesprong'
  | 'Kostenverhaal (Omgevingswet)'
  | 'Bedrijfsverplaatsing en onrendabele top'
  | 'Erfpacht'
  | 'Barcode en functiemenging'
  | 'Ruimte voor economie';

export interface HelpExample {
  /** An en-US formula as `grex eval` takes it. */
  formula: string;
  /** The value it returns (a number, or the first cell of a spill); checked by the tests. */
  result: number | string;
  /** Relative tolerance for `result` (default 1e-9). */
  tolerance?: number;
  /** Dutch explanation of the example. */
  explanation: string;
}

/** How a one-dimensional range was given: one row or one column. */
export type Orientation = 'row' | 'column';

/**
 * Typed access to the normalised arguments of one call, by parameter name
 * (implemented by ArgList in args.ts). The registry entry's `impl` reads its
 * parameters through it; a name that is not in the spec is a programming
 * error caught by the registry tests.
 */
export interface ArgReader {
  /** Does the function have this parameter at all? */
  declares(name: string): boolean;
  /** Was a value given (or defaulted)? */
  has(name: string): boolean;
  number(name: string): number;
  optNumber(name: string): number | undefined;
  series(name: string): number[];
  optSeries(name: string): number[] | undefined;
  yearly(name: string, start: number): YearlySeries;
  lines(name: string): number[][];
  orientation(name: string): Orientation;
  text(name: string): string;
  optText(name: string): string | undefined;
  bool(name: string): boolean;
  table(name: string): Matrix;
  optTable(name: string): Matrix | undefined;
  /** A record parameter: its fields, read by name like the function's own parameters. */
  record(name: string): ArgReader;
  /** A tuple parameter: its fields by name, or undefined when it was left out. */
  tuple(name: string): ArgReader | undefined;
  /** A rows parameter: one reader per row, its columns by name. */
  rows(name: string): ArgReader[];
  /** A labelled parameter: its posts, an unlabelled one named `label(i)` (1-based); [] when left out. */
  labelled(name: string, label: (i: number) => string): { label: string; value: number }[];
  requireSameLength(a: string, b: string): void;
}

export interface FunctionSpec {
  /** Stable id, also the Excel name after the namespace: "NCW", "ERFPACHT.AFKOOPSOM". */
  id: string;
  category: Category;
  /** One Dutch line for Excel's formula autocomplete. */
  description: string;
  params: readonly ParamSpec[];
  result: ResultSpec;
  help: {
    /** The formula(s) in plain text. */
    formula: readonly string[];
    /** Sign conventions, defaults, choices the user makes, caveats. */
    notes?: readonly string[];
    examples?: readonly HelpExample[];
  };
  sources: readonly Source[];
  /** The adapter: Excel arguments (normalised) in, a result out. One line where possible. */
  impl: (a: ArgReader) => Result;
  /**
   * Optional: impl in two steps, impl(a) = finish(part(a), a), where finish reads only parameter `param` (a
   * disconteringsvoet that only discounts). The memo keeps the part per call without that argument, so a call
   * that differs from an earlier one only there just finishes.
   */
  split?: { param: string; part: (a: ArgReader) => unknown; finish: (part: never, a: ArgReader) => Result };
}
