/** Ranges shared by the barcode tests, laid out as Excel hands them over (rows of cells). */
import { exampleNormRows } from '../../src/core/barcode';

/** The shipped example norm table with its header row. */
export const EXAMPLE = exampleNormRows();

/** A growth programme of a few thousand homes and jobs (households counted apart from homes). */
export const PROGRAMME = [
  ['woning', 3000],
  ['huishouden', 2800],
  ['baan', 2000],
];

/** The spill as rows of cells. */
export const rows = (r: unknown): unknown[][] => r as unknown[][];
