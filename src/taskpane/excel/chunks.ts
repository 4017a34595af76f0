/**
 * Reading and writing big ranges in pieces that stay well under Excel on
 * the web's 5 MB per request and per response, without quadratic work.
 *
 *  - `loadSheetsAndNames(ctx, sheetProps)`: the sheets and the defined names, in one sync.
 *  - `usedBox(ctx, ws)`: where a sheet's used range is (a cheap load: four numbers).
 *  - `readBlocks(ctx, ws, box, props, onBlock)`: the box in row blocks; the
 *    block height adapts to the bytes the previous block really returned,
 *    and halves on a payload-size error.
 *  - `Batch`: queues writes and syncs whenever the queued bytes reach the
 *    budget; a small job therefore goes to Excel in one batch.
 *  - `writeSparse(batch, ws, box, matrix, prop)`: writes a matrix in which
 *    null means "leave this cell as it is"; row blocks without anything to
 *    write are skipped and each block is trimmed to the columns it changes.
 */
import { boxAddress, Box } from './address';

/** Excel on the web's limit for one request and for one response. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** Our budget per request or response: a wide margin for Excel's own encoding. */
export const DEFAULT_BUDGET = 2 * 1024 * 1024;
/** Cells in a first read block, before the real bytes per row are known. */
const FIRST_BLOCK_CELLS = 8_000;

export type GridProp = 'values' | 'formulas' | 'numberFormat' | 'text';
export type Grids = Partial<Record<GridProp, unknown[][]>>;

export interface ChunkOptions {
  /** Bytes per request or response (default DEFAULT_BUDGET). */
  budget?: number;
  /** Called between blocks (progress, cancellation: may throw). */
  onProgress?: (rowsDone: number, rowsTotal: number) => void;
}

/** JSON size of a value: what a request or response carries for it. */
export function bytesOf(v: unknown): number {
  if (v === null || v === undefined) return 4;
  if (typeof v === 'string') return v.length + 2;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v).length;
  if (Array.isArray(v)) {
    let n = 2;
    for (const x of v) n += bytesOf(x) + 1;
    return n;
  }
  try {
    return JSON.stringify(v).length;
  } catch {
    return 100;
  }
}

const SIZE_ERRORS = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded', 'PayloadTooLarge']);
function isSizeError(e: unknown): boolean {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  return SIZE_ERRORS.has(code);
}

/** The workbook's sheets (loaded with `sheetProps`) and its defined names (name, type, formula), in one sync. */
export async function loadSheetsAndNames(ctx: Excel.RequestContext, sheetProps: string): Promise<{ sheets: Excel.Worksheet[]; names: Excel.NamedItem[] }> {
  const sheets = ctx.workbook.worksheets;
  sheets.load(sheetProps);
  const names = ctx.workbook.names;
  names.load('items/name,items/type,items/formula');
  await ctx.sync();
  return { sheets: sheets.items, names: names.items };
}

/** The used range's position and size (values only: formats do not count), or null for an empty sheet. */
export async function usedBox(ctx: Excel.RequestContext, ws: Excel.Worksheet, valuesOnly = true): Promise<Box | null> {
  const used = ws.getUsedRangeOrNullObject(valuesOnly);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  await ctx.sync();
  if (used.isNullObject) return null;
  return { row: used.rowIndex, col: used.columnIndex, rows: used.rowCount, cols: used.columnCount };
}

/**
 * Read `props` of `box` on `ws` in row blocks; `onBlock(rowOffset, grids)`
 * receives each block (rowOffset from box.row). Linear in the cells read.
 */
export async function readBlocks(
  ctx: Excel.RequestContext,
  ws: Excel.Worksheet,
  box: Box,
  props: readonly GridProp[],
  onBlock: (rowOffset: number, grids: Grids) => void,
  opts: ChunkOptions = {},
): Promise<void> {
  const budget = opts.budget ?? DEFAULT_BUDGET;
  let rows = Math.max(1, Math.min(box.rows, Math.floor(FIRST_BLOCK_CELLS / Math.max(1, box.cols))));
  let done = 0;
  while (done < box.rows) {
    const h = Math.min(rows, box.rows - done);
    const range = ws.getRange(boxAddress({ row: box.row + done, col: box.col, rows: h, cols: box.cols }));
    range.load(props.join(','));
    try {
      await ctx.sync();
    } catch (e) {
      if (isSizeError(e) && h > 1) {
        rows = Math.max(1, Math.floor(h / 2));
        continue;
      }
      throw e;
    }
    const grids: Grids = {};
    let bytes = 0;
    for (const p of props) {
      grids[p] = range[p] as unknown[][];
      bytes += bytesOf(grids[p]);
    }
    onBlock(done, grids);
    done += h;
    // Next block: as many rows as fit the budget at this block's bytes per row.
    const perRow = Math.max(1, bytes / h);
    rows = Math.max(1, Math.min(Math.floor(budget / perRow), h * 4 + 1));
    opts.onProgress?.(done, box.rows);
  }
}

/** Read whole grids of a box (block by block, glued together). */
export async function readGrids(ctx: Excel.RequestContext, ws: Excel.Worksheet, box: Box, props: readonly GridProp[], opts: ChunkOptions = {}): Promise<Grids> {
  const out: Grids = {};
  for (const p of props) out[p] = [];
  await readBlocks(
    ctx,
    ws,
    box,
    props,
    (_off, g) => {
      for (const p of props) {
        const target = out[p] as unknown[][];
        for (const line of g[p] as unknown[][]) target.push(line);
      }
    },
    opts,
  );
  return out;
}

/** Writes queued against one request context, synced whenever the budget is reached. */
export class Batch {
  private queued = 0;
  /** How many syncs this batch made. */
  syncs = 0;
  constructor(
    readonly ctx: Excel.RequestContext,
    private budget = DEFAULT_BUDGET,
    private onSync?: () => void,
  ) {}

  /** Queue a write of about `bytes`; syncs first when it would not fit. */
  async add(bytes: number, write: () => void): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > this.budget) await this.flush();
    write();
    this.queued += bytes + 100;
  }

  /** Send what is queued (nothing when nothing is). */
  async flush(): Promise<void> {
    if (this.queued === 0) return;
    this.queued = 0;
    this.syncs++;
    this.onSync?.();
    await this.ctx.sync();
  }

  get pending(): number {
    return this.queued;
  }
}

/**
 * Queue a write of `matrix` (rows × cols of `box`) into `prop`; null cells
 * are left as they are. Returns the number of cells written.
 */
export async function writeSparse(
  batch: Batch,
  ws: Excel.Worksheet,
  box: Box,
  matrix: readonly (readonly unknown[])[],
  prop: 'values' | 'formulas' | 'numberFormat',
  budget = DEFAULT_BUDGET,
): Promise<number> {
  let written = 0;
  let r = 0;
  while (r < matrix.length) {
    // Grow a block of rows until its bytes reach a quarter of the budget.
    let bytes = 0;
    let c1 = Infinity;
    let c2 = -1;
    let end = r;
    while (end < matrix.length && (end === r || bytes < budget / 4)) {
      const line = matrix[end];
      for (let c = 0; c < line.length; c++) {
        const v = line[c];
        if (v === null || v === undefined) continue;
        if (c < c1) c1 = c;
        if (c > c2) c2 = c;
        bytes += bytesOf(v) + 1;
      }
      end++;
    }
    if (c2 >= 0) {
      // Trim leading and trailing rows without writes.
      let top = r;
      while (top < end && !rowHas(matrix[top], c1, c2)) top++;
      let bottom = end - 1;
      while (bottom > top && !rowHas(matrix[bottom], c1, c2)) bottom--;
      const block: unknown[][] = [];
      for (let i = top; i <= bottom; i++) {
        const line = matrix[i];
        const out: unknown[] = new Array(c2 - c1 + 1);
        for (let c = c1; c <= c2; c++) {
          const v = line[c];
          out[c - c1] = v === undefined ? null : v;
          if (v !== null && v !== undefined) written++;
        }
        block.push(out);
      }
      const address = boxAddress({ row: box.row + top, col: box.col + c1, rows: block.length, cols: c2 - c1 + 1 });
      await batch.add(bytes + block.length * (c2 - c1 + 1) * 5, () => {
        (ws.getRange(address) as unknown as Record<string, unknown>)[prop] = block;
      });
    }
    r = end;
  }
  return written;
}

function rowHas(line: readonly unknown[], c1: number, c2: number): boolean {
  for (let c = c1; c <= c2 && c < line.length; c++) if (line[c] !== null && line[c] !== undefined) return true;
  return false;
}
