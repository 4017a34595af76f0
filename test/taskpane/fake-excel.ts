/**
 * A small fake of the Excel JavaScript object model that behaves like
 * load/sync: writes are queued and applied in order at sync(); properties
 * can only be read after load() and a sync() (else it throws, like
 * PropertyNotLoaded); methods that return objects return proxies resolved at
 * sync time; a failed operation rejects the sync with an error carrying an
 * Excel error code. Formulas are stored, not evaluated: tests seed the value
 * a formula shows with `seed()`.
 *
 * Its only import is the add-in's own A1 arithmetic (src/workbook/address,
 * itself without imports): the browser test transpiles both into the page as
 * the Office/Excel stub.
 */

/* eslint-disable @typescript-eslint/no-explicit-any */

import { columnIndex, columnLetters } from '../../src/workbook/address';

export interface FakeCell {
  value: unknown;
  formula: string;
  numberFormat: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  fontColor?: string;
  fill?: string;
  validation?: any;
  prompt?: any;
  errorAlert?: any;
}

export interface FakeBox {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  box: FakeBox;
  style: string;
}
export interface FakeChart {
  type: string;
  sheet: FakeSheet;
  source: FakeBox;
  seriesBy: string;
  title: string;
  position?: [string, string];
  xValues?: FakeBox;
}
/**
 * A defined name. `formula` is set for names that refer to a table by a
 * structured reference ("=Tabel1[[2026]:[2030]]"): their sheet and box follow
 * the table (see FakeWorkbookModel.refreshNames) as Excel's do.
 */
export interface FakeName {
  name: string;
  sheet: FakeSheet;
  box: FakeBox;
  comment: string;
  scope?: FakeSheet;
  formula?: string;
  /** A union reference as given ("=A!C8:N8,A!C10:N12"); box is its first area. */ union?: string;
}

/** One sync as Excel on the web would see it: bytes sent and bytes returned. */
export interface FakeRequest {
  request: number;
  response: number;
  ops: number;
}

export class FakeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

// ---------------------------------------------------------------------------
// Addresses

export function boxToAddress(b: FakeBox): string {
  const a = `${columnLetters(b.col)}${b.row + 1}`;
  if (b.rows === 1 && b.cols === 1) return a;
  return `${a}:${columnLetters(b.col + b.cols - 1)}${b.row + b.rows}`;
}

function quote(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export function parseBox(address: string): FakeBox {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const parts = local.replace(/\$/g, '').split(':');
  const cell = (s: string) => {
    const m = /^([A-Za-z]{1,3})([0-9]+)$/.exec(s);
    if (!m) throw new FakeError('InvalidArgument', `Ongeldig adres: ${address}`);
    return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
  };
  const a = cell(parts[0]);
  const b = parts[1] ? cell(parts[1]) : a;
  return { row: Math.min(a.row, b.row), col: Math.min(a.col, b.col), rows: Math.abs(b.row - a.row) + 1, cols: Math.abs(b.col - a.col) + 1 };
}

function intersect(a: FakeBox, b: FakeBox): FakeBox | null {
  const r1 = Math.max(a.row, b.row);
  const c1 = Math.max(a.col, b.col);
  const r2 = Math.min(a.row + a.rows, b.row + b.rows);
  const c2 = Math.min(a.col + a.cols, b.col + b.cols);
  return r2 > r1 && c2 > c1 ? { row: r1, col: c1, rows: r2 - r1, cols: c2 - c1 } : null;
}

// ---------------------------------------------------------------------------
// The model

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  columnWidths = new Map<number, number>();
  charts: FakeChart[] = [];
  visibility = 'Visible';
  protected = false;
  constructor(
    public name: string,
    public id: string,
  ) {}

  get(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  at(row: number, col: number): FakeCell {
    const k = `${row},${col}`;
    let c = this.cells.get(k);
    if (!c) {
      c = { value: '', formula: '', numberFormat: 'General' };
      this.cells.set(k, c);
    }
    return c;
  }

  /** A cell by A1 address, for assertions. */
  cell(address: string): FakeCell | undefined {
    const b = parseBox(address);
    return this.get(b.row, b.col);
  }

  static occupied(c: FakeCell, valuesOnly: boolean): boolean {
    const hasValue = (c.value !== '' && c.value !== null && c.value !== undefined) || c.formula !== '';
    if (valuesOnly) return hasValue;
    return hasValue || c.numberFormat !== 'General' || !!c.bold || !!c.italic || !!c.fill || !!c.fontColor || !!c.size || !!c.validation;
  }

  used(valuesOnly: boolean, within?: FakeBox): FakeBox | null {
    let r1 = Infinity,
      c1 = Infinity,
      r2 = -1,
      c2 = -1;
    for (const [k, c] of this.cells) {
      if (!FakeSheet.occupied(c, valuesOnly)) continue;
      const [r, col] = k.split(',').map(Number);
      if (within && !intersect(within, { row: r, col, rows: 1, cols: 1 })) continue;
      r1 = Math.min(r1, r);
      c1 = Math.min(c1, col);
      r2 = Math.max(r2, r);
      c2 = Math.max(c2, col);
    }
    return r2 < 0 ? null : { row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
  }

  clone(name: string, id: string): FakeSheet {
    const s = new FakeSheet(name, id);
    for (const [k, c] of this.cells) s.cells.set(k, JSON.parse(JSON.stringify(c)));
    s.columnWidths = new Map(this.columnWidths);
    s.charts = this.charts.map((c) => ({ ...c, sheet: s }));
    return s;
  }
}

export class FakeWorkbookModel {
  sheets: FakeSheet[] = [];
  names: FakeName[] = [];
  tables: FakeTable[] = [];
  active = '';
  selection: { sheet: string; box: FakeBox } | undefined;
  /** Operations that fail once with GeneralException (e.g. 'tables.add'), to test recovery. */
  faults = new Set<string>();
  /** Spill areas Excel would report: "Blad!A4" → "A4:A6". */
  spills = new Map<string, string>();
  /** Chart types the fake host refuses (to test fallbacks). */
  unsupportedChartTypes: string[] = [];
  /** Called when a formula is written; return the value it would show. */
  evaluate: (sheet: FakeSheet, row: number, col: number, formula: string) => unknown = () => '';
  private nextId = 1;
  /** How many sync() calls were made (all contexts). */
  syncs = 0;
  /** Every sync's payload sizes (JSON of the values sent and loaded). */
  requests: FakeRequest[] = [];
  /** Excel on the web refuses a request or a response above 5 MB. */
  payloadLimit = 5 * 1024 * 1024;
  /** Every cell a write touched ("Blad!B4"), to prove what was left alone. */
  writtenCells = new Set<string>();
  /** Called at the start of every sync with its number (1, 2, …): lets a test act as another user in between. */
  onSync: ((n: number) => void) | undefined;

  constructor(sheetNames: string[] = ['Blad1']) {
    for (const n of sheetNames) this.addSheet(n);
    this.active = this.sheets[0]?.name ?? '';
    if (this.sheets[0]) this.selection = { sheet: this.sheets[0].name, box: { row: 0, col: 0, rows: 1, cols: 1 } };
  }

  addSheet(name: string): FakeSheet {
    if (this.sheet(name)) throw new FakeError('ItemAlreadyExists', `Er bestaat al een blad ${name}`);
    if (name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new FakeError('InvalidArgument', `Ongeldige bladnaam ${name}`);
    const s = new FakeSheet(name, `{sheet-${this.nextId++}}`);
    this.sheets.push(s);
    return s;
  }

  /** A sheet by name (case-insensitive) or by id, as Worksheets.getItem takes either. */
  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? this.sheets.find((s) => s.id === name);
  }

  mustSheet(name: string): FakeSheet {
    const s = this.sheet(name);
    if (!s) throw new FakeError('ItemNotFound', `Blad ${name} bestaat niet`);
    return s;
  }

  copySheet(src: FakeSheet): FakeSheet {
    let n = 2;
    while (this.sheet(`${src.name.slice(0, 26)} (${n})`)) n++;
    const copy = src.clone(`${src.name.slice(0, 26)} (${n})`, `{sheet-${this.nextId++}}`);
    this.sheets.push(copy);
    for (const t of this.tables.filter((t) => t.sheet === src)) {
      let i = 2;
      while (this.tables.some((x) => x.name === `${t.name}${i}`)) i++;
      this.tables.push({ ...t, name: `${t.name}${i}`, sheet: copy });
    }
    for (const nm of this.names.filter((x) => x.scope === src)) this.names.push({ ...nm, sheet: copy, scope: copy });
    return copy;
  }

  /**
   * Seed cells from a matrix at `address` of `sheet`: strings starting with
   * "=" are formulas; use { f, v } to give a formula the value it shows.
   */
  seed(sheet: string, address: string, rows: unknown[][]): void {
    const s = this.sheet(sheet) ?? this.addSheet(sheet);
    const b = parseBox(address);
    rows.forEach((line, r) =>
      line.forEach((x, c) => {
        const cell = s.at(b.row + r, b.col + c);
        if (x && typeof x === 'object' && 'f' in (x as any)) {
          cell.formula = (x as any).f;
          cell.value = (x as any).v;
        } else if (typeof x === 'string' && x.startsWith('=')) {
          cell.formula = x;
          cell.value = '';
        } else {
          cell.formula = '';
          cell.value = x;
        }
      }),
    );
  }

  addName(name: string, sheet: string, address: string, comment = ''): void {
    this.names.push({ name, sheet: this.mustSheet(sheet), box: parseBox(address), comment });
  }

  table(name: string): FakeTable | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  /** The header texts of a table, as Excel keeps them. */
  tableHeaders(t: FakeTable): string[] {
    return Array.from({ length: t.box.cols }, (_, j) => String(t.sheet.get(t.box.row, t.box.col + j)?.value ?? ''));
  }

  /**
   * Resolve "=Tabel[[A]:[B]]", "=Tabel[A]", "=Tabel[#Data]" or "=Tabel" against
   * the table as it is now; null when the table or a column is gone.
   */
  resolveStructured(formula: string): { sheet: FakeSheet; box: FakeBox } | null {
    const m = /^=?([A-Za-z_\\][A-Za-z0-9_.]*)(\[.*\])?$/.exec(formula.trim());
    if (!m) return null;
    const t = this.table(m[1]);
    if (!t) return null;
    const body = { row: t.box.row + 1, rows: t.box.rows - 1 };
    const spec = (m[2] ?? '').replace(/^\[|\]$/g, '');
    const cols = spec === '' || /^#Data$/i.test(spec) ? null : spec.split(/\]\s*:\s*\[/).map((c) => c.replace(/^\[|\]$/g, '').replace(/'(.)/g, '$1'));
    if (!cols) return { sheet: t.sheet, box: { ...body, col: t.box.col, cols: t.box.cols } };
    const headers = this.tableHeaders(t).map((h) => h.toLowerCase());
    const idx = cols.map((c) => headers.indexOf(c.toLowerCase()));
    if (idx.some((i) => i < 0)) return null;
    const c1 = Math.min(...idx);
    const c2 = Math.max(...idx);
    return { sheet: t.sheet, box: { ...body, col: t.box.col + c1, cols: c2 - c1 + 1 } };
  }

  /** Names over structured references follow their table. */
  refreshNames(): void {
    for (const n of this.names) {
      if (!n.formula) continue;
      const r = this.resolveStructured(n.formula);
      if (r) {
        n.sheet = r.sheet;
        n.box = r.box;
      }
    }
  }

  /**
   * What Excel does when a user types a row directly below a table: the
   * table grows by one row and takes the row's values.
   */
  addTableRow(tableName: string, values: unknown[]): void {
    const t = this.table(tableName);
    if (!t) throw new FakeError('ItemNotFound', `Tabel ${tableName} bestaat niet`);
    const row = t.box.row + t.box.rows;
    values.forEach((v, j) => {
      const c = t.sheet.at(row, t.box.col + j);
      c.value = v;
      c.formula = '';
    });
    t.box = { ...t.box, rows: t.box.rows + 1 };
    this.refreshNames();
  }

  nameTaken(name: string): boolean {
    const n = name.toLowerCase();
    return this.names.some((x) => !x.scope && x.name.toLowerCase() === n) || this.tables.some((t) => t.name.toLowerCase() === n);
  }

  /** Every formula in the workbook (for assertions). */
  formulas(sheet?: string): { sheet: string; address: string; formula: string }[] {
    const out: { sheet: string; address: string; formula: string }[] = [];
    for (const s of this.sheets) {
      if (sheet && s.name !== sheet) continue;
      for (const [k, c] of s.cells) {
        if (!c.formula) continue;
        const [r, col] = k.split(',').map(Number);
        out.push({ sheet: s.name, address: boxToAddress({ row: r, col, rows: 1, cols: 1 }), formula: c.formula });
      }
    }
    return out;
  }

  /** A deep snapshot of one sheet's cells (to prove it did not change). */
  snapshot(sheet: string): string {
    const s = this.mustSheet(sheet);
    // Blank cells with default properties are the same as no cell at all.
    const cells = [...s.cells.entries()].filter(([, c]) => FakeSheet.occupied(c, false) || c.prompt || c.errorAlert).sort();
    return JSON.stringify(cells, null, 0) + JSON.stringify(s.charts.map((c) => ({ ...c, sheet: c.sheet.name })));
  }
}

// ---------------------------------------------------------------------------
// Proxies

type Op = () => void;

/** Bytes of a value as JSON (what the request or response carries). */
export function jsonBytes(v: unknown): number {
  try {
    return JSON.stringify(v)?.length ?? 0;
  } catch {
    return 100;
  }
}

class Ctx {
  ops: Op[] = [];
  loads: (() => void)[] = [];
  /** Bytes the queued operations send; bytes the loads return (filled in at sync). */
  requestBytes = 0;
  responseBytes = 0;
  workbook: any;
  constructor(readonly model: FakeWorkbookModel) {
    this.workbook = new WorkbookProxy(this);
  }
  queue(op: Op, bytes = 100): void {
    this.ops.push(op);
    this.requestBytes += bytes;
  }
  async sync(): Promise<void> {
    this.model.syncs++;
    this.model.onSync?.(this.model.syncs);
    const ops = this.ops;
    const loads = this.loads;
    const request = this.requestBytes + 50 * loads.length;
    this.ops = [];
    this.loads = [];
    this.requestBytes = 0;
    this.responseBytes = 0;
    await Promise.resolve();
    if (request > this.model.payloadLimit) {
      this.model.requests.push({ request, response: 0, ops: ops.length });
      throw new FakeError('RequestPayloadSizeLimitExceeded', `Het verzoek is ${request} bytes, meer dan ${this.model.payloadLimit}`);
    }
    for (const op of ops) op();
    for (const l of loads) l();
    const response = this.responseBytes;
    this.model.requests.push({ request, response, ops: ops.length });
    if (response > this.model.payloadLimit) {
      throw new FakeError('ResponsePayloadSizeLimitExceeded', `Het antwoord is ${response} bytes, meer dan ${this.model.payloadLimit}`);
    }
  }
  trackedObjects = { add: () => undefined, remove: () => undefined };
}

class Base {
  protected loaded: Record<string, unknown> = {};
  protected resolvedNull: boolean | undefined;
  constructor(protected ctx: Ctx) {}
  protected get(prop: string): any {
    if (!(prop in this.loaded)) throw new FakeError('PropertyNotLoaded', `De eigenschap ${prop} is niet geladen (load + sync ontbreekt)`);
    return this.loaded[prop];
  }
  protected snapshot(): Record<string, unknown> {
    return {};
  }
  load(props?: string | string[] | Record<string, unknown>): this {
    this.ctx.loads.push(() => {
      this.loaded = { ...this.loaded, ...this.snapshot() };
    });
    void props;
    return this;
  }
  get isNullObject(): boolean {
    if (this.resolvedNull === undefined) throw new FakeError('PropertyNotLoaded', 'isNullObject is pas na sync bekend');
    return this.resolvedNull;
  }
  toJSON(): Record<string, unknown> {
    return this.loaded;
  }
}

interface RangeRef {
  sheet: FakeSheet;
  box: FakeBox;
}

class RangeProxy extends Base {
  private ref: RangeRef | null | undefined;
  constructor(
    ctx: Ctx,
    private resolver: () => RangeRef | null,
    nullable = false,
  ) {
    super(ctx);
    ctx.loads.push(() => {
      try {
        this.ref = resolver();
      } catch {
        this.ref = null;
      }
      this.resolvedNull = this.ref === null;
    });
    void nullable;
  }
  resolve(): RangeRef {
    const r = this.resolver();
    if (!r) throw new FakeError('ItemNotFound', 'Het bereik bestaat niet (null-object)');
    return r;
  }
  /** Loads only the grid properties asked for (values, formulas, …), like Excel, and counts their bytes. */
  load(props?: string | string[] | Record<string, unknown>): this {
    const list =
      props === undefined ? undefined : typeof props === 'string' ? props.split(',').map((p) => p.trim()) : Array.isArray(props) ? props : Object.keys(props);
    this.ctx.loads.push(() => {
      const snap = this.snapshot();
      for (const k of ['values', 'formulas', 'numberFormat', 'text']) if (list && !list.includes(k)) delete snap[k];
      this.ctx.responseBytes += jsonBytes(snap);
      this.loaded = { ...this.loaded, ...snap };
    });
    return this;
  }
  protected snapshot(): Record<string, unknown> {
    const r = this.resolver();
    if (!r) return {};
    const { sheet, box } = r;
    const grid = (f: (c: FakeCell | undefined) => unknown) =>
      Array.from({ length: box.rows }, (_, i) => Array.from({ length: box.cols }, (_, j) => f(sheet.get(box.row + i, box.col + j))));
    return {
      address: `${quote(sheet.name)}!${boxToAddress(box)}`,
      values: grid((c) => (c ? (c.value ?? '') : '')),
      formulas: grid((c) => (c ? c.formula || (c.value ?? '') : '')),
      numberFormat: grid((c) => (c ? c.numberFormat : 'General')),
      text: grid((c) => (c ? String(c.value ?? '') : '')),
      rowIndex: box.row,
      columnIndex: box.col,
      rowCount: box.rows,
      columnCount: box.cols,
    };
  }
  get address(): string {
    return this.get('address');
  }
  get values(): any[][] {
    return this.get('values');
  }
  get formulas(): any[][] {
    return this.get('formulas');
  }
  get numberFormat(): any[][] {
    return this.get('numberFormat');
  }
  get text(): any[][] {
    return this.get('text');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }

  private setGrid(data: unknown, apply: (c: FakeCell, v: unknown, r: number, col: number, sheet: FakeSheet) => void): void {
    if (data === null || data === undefined) throw new FakeError('InvalidArgument', 'null is geen geldige waarde voor een hele eigenschap');
    this.ctx.queue(
      () => {
        const { sheet, box } = this.resolve();
        if (sheet.protected) throw new FakeError('AccessDenied', 'Het blad is beveiligd');
        if (this.ctx.model.faults.delete(`write:${sheet.name}`)) throw new FakeError('GeneralException', `Gesimuleerde fout bij schrijven op ${sheet.name}`);
        const grid = Array.isArray(data) ? (data as unknown[][]) : null;
        if (grid && (grid.length !== box.rows || grid.some((l) => !Array.isArray(l) || l.length !== box.cols))) {
          throw new FakeError('InvalidArgument', `Afmetingen ${grid.length}×${grid[0]?.length} passen niet op ${boxToAddress(box)}`);
        }
        for (let i = 0; i < box.rows; i++) {
          for (let j = 0; j < box.cols; j++) {
            const x = grid ? grid[i][j] : data;
            // null in a 2-D array leaves that cell as it is (Excel's documented rule).
            if (x === null) continue;
            this.ctx.model.writtenCells.add(`${sheet.name}!${boxToAddress({ row: box.row + i, col: box.col + j, rows: 1, cols: 1 })}`);
            apply(sheet.at(box.row + i, box.col + j), x, box.row + i, box.col + j, sheet);
          }
        }
      },
      jsonBytes(data) + 100,
    );
  }
  set values(v: unknown) {
    this.setGrid(v, (c, x, r, col, sheet) => {
      if (typeof x === 'string' && x.startsWith('=')) {
        c.formula = x;
        c.value = this.ctx.model.evaluate(sheet, r, col, x);
      } else {
        c.formula = '';
        c.value = typeof x === 'string' && x.startsWith("'") ? x.slice(1) : x;
      }
    });
  }
  set formulas(v: unknown) {
    this.setGrid(v, (c, x, r, col, sheet) => {
      if (typeof x === 'string' && x.startsWith('=')) {
        c.formula = x;
        c.value = this.ctx.model.evaluate(sheet, r, col, x);
      } else {
        c.formula = '';
        c.value = typeof x === 'string' && x.startsWith("'") ? x.slice(1) : (x ?? '');
      }
    });
  }
  set numberFormat(v: unknown) {
    this.setGrid(v, (c, x) => (c.numberFormat = String(x)));
  }

  private cache: Record<string, any> = {};
  get worksheet(): any {
    return (this.cache.ws ??= new WorksheetProxy(this.ctx, () => this.resolve().sheet));
  }
  get format(): any {
    return (this.cache.format ??= this.makeFormat());
  }
  private makeFormat(): any {
    const each = (f: (c: FakeCell) => void) =>
      this.ctx.queue(() => {
        const { sheet, box } = this.resolve();
        for (let i = 0; i < box.rows; i++) for (let j = 0; j < box.cols; j++) f(sheet.at(box.row + i, box.col + j));
      });
    const self = this;
    return {
      font: {
        set bold(b: boolean) {
          each((c) => (c.bold = b));
        },
        set italic(b: boolean) {
          each((c) => (c.italic = b));
        },
        set size(n: number) {
          each((c) => (c.size = n));
        },
        set color(s: string) {
          each((c) => (c.fontColor = s));
        },
      },
      fill: {
        set color(s: string) {
          each((c) => (c.fill = s));
        },
        clear() {
          each((c) => delete c.fill);
        },
      },
      set columnWidth(w: number) {
        self.ctx.queue(() => {
          const { sheet, box } = self.resolve();
          for (let j = 0; j < box.cols; j++) sheet.columnWidths.set(box.col + j, w);
        });
      },
      set wrapText(_b: boolean) {
        /* layout only */
      },
      set horizontalAlignment(_s: string) {
        /* layout only */
      },
      autofitColumns() {
        /* layout only */
      },
    };
  }
  get dataValidation(): any {
    return (this.cache.dv ??= this.makeValidation());
  }
  private makeValidation(): any {
    const self = this;
    const each = (f: (c: FakeCell) => void) =>
      self.ctx.queue(() => {
        const { sheet, box } = self.resolve();
        for (let i = 0; i < box.rows; i++) for (let j = 0; j < box.cols; j++) f(sheet.at(box.row + i, box.col + j));
      });
    const dv: any = {
      _loaded: undefined as string | undefined,
      set rule(r: unknown) {
        each((c) => (c.validation = r));
      },
      set prompt(p: unknown) {
        each((c) => (c.prompt = p));
      },
      set errorAlert(p: unknown) {
        each((c) => (c.errorAlert = p));
      },
      clear() {
        each((c) => {
          delete c.validation;
          delete c.prompt;
          delete c.errorAlert;
        });
      },
      load() {
        self.ctx.loads.push(() => {
          const r = self.resolver();
          if (!r) return;
          let kinds = new Set<string>();
          for (let i = 0; i < r.box.rows; i++)
            for (let j = 0; j < r.box.cols; j++) {
              const c = r.sheet.get(r.box.row + i, r.box.col + j);
              kinds.add(c?.validation ? Object.keys(c.validation)[0] : 'None');
            }
          kinds = new Set(kinds);
          dv._loaded = kinds.size === 1 ? ([...kinds][0] === 'None' ? 'None' : 'Custom') : 'Inconsistent';
        });
        return dv;
      },
      get type() {
        if (dv._loaded === undefined) throw new FakeError('PropertyNotLoaded', 'dataValidation.type is niet geladen');
        return dv._loaded;
      },
    };
    return dv;
  }

  clear(_what = 'All'): void {
    this.ctx.queue(() => {
      const { sheet, box } = this.resolve();
      for (let i = 0; i < box.rows; i++) for (let j = 0; j < box.cols; j++) sheet.cells.delete(`${box.row + i},${box.col + j}`);
    });
  }
  getCell(r: number, c: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const { sheet, box } = this.resolve();
      return { sheet, box: { row: box.row + r, col: box.col + c, rows: 1, cols: 1 } };
    });
  }
  getResizedRange(dr: number, dc: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const { sheet, box } = this.resolve();
      return { sheet, box: { ...box, rows: box.rows + dr, cols: box.cols + dc } };
    });
  }
  getOffsetRange(dr: number, dc: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const { sheet, box } = this.resolve();
      return { sheet, box: { ...box, row: box.row + dr, col: box.col + dc } };
    });
  }
  /** The spill of an anchor, when the test declared one with model.spills; otherwise a null object. */
  getSpillingToRangeOrNullObject(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const { sheet, box } = this.resolve();
      const spill = this.ctx.model.spills.get(`${sheet.name}!${boxToAddress({ ...box, rows: 1, cols: 1 })}`);
      return spill ? { sheet, box: parseBox(spill) } : null;
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const { sheet, box } = this.resolve();
      const u = sheet.used(valuesOnly, box);
      if (!u) return null;
      return { sheet, box: intersect(u, box) as FakeBox };
    });
  }
  getIntersectionOrNullObject(other: RangeProxy | string): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const { sheet, box } = this.resolve();
      const ob = typeof other === 'string' ? parseBox(other) : other.resolve().box;
      const i = intersect(box, ob);
      return i ? { sheet, box: i } : null;
    });
  }
  select(): void {
    this.ctx.queue(() => {
      const { sheet, box } = this.resolve();
      this.ctx.model.selection = { sheet: sheet.name, box };
      this.ctx.model.active = sheet.name;
    });
  }
}

class WorksheetProxy extends Base {
  constructor(
    ctx: Ctx,
    private resolver: () => FakeSheet | null,
  ) {
    super(ctx);
    ctx.loads.push(() => {
      let s: FakeSheet | null = null;
      try {
        s = resolver();
      } catch {
        s = null;
      }
      this.resolvedNull = s === null;
    });
  }
  sheet(): FakeSheet {
    const s = this.resolver();
    if (!s) throw new FakeError('ItemNotFound', 'Het blad bestaat niet');
    return s;
  }
  protected snapshot(): Record<string, unknown> {
    const s = this.resolver();
    if (!s) return {};
    return { name: s.name, id: s.id, position: this.ctx.model.sheets.indexOf(s), visibility: s.visibility };
  }
  get name(): string {
    return this.get('name');
  }
  set name(n: string) {
    this.ctx.queue(() => {
      const s = this.sheet();
      const other = this.ctx.model.sheet(n);
      if (other && other !== s) throw new FakeError('ItemAlreadyExists', `Er bestaat al een blad ${n}`);
      if (n.length > 31 || /[[\]:*?/\\]/.test(n)) throw new FakeError('InvalidArgument', `Ongeldige bladnaam ${n}`);
      s.name = n;
    });
  }
  get id(): string {
    return this.get('id');
  }
  get position(): number {
    return this.get('position');
  }
  get visibility(): string {
    return this.get('visibility');
  }
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.ctx, () => ({ sheet: this.sheet(), box: parseBox(address ?? 'A1') }));
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const s = this.sheet();
      const u = s.used(valuesOnly);
      return u ? { sheet: s, box: u } : null;
    });
  }
  activate(): void {
    this.ctx.queue(() => (this.ctx.model.active = this.sheet().name));
  }
  copy(_position?: string, _relativeTo?: unknown): WorksheetProxy {
    let copy: FakeSheet | null = null;
    this.ctx.queue(() => {
      copy = this.ctx.model.copySheet(this.sheet());
    });
    return new WorksheetProxy(this.ctx, () => copy);
  }
  delete(): void {
    this.ctx.queue(() => {
      const s = this.sheet();
      const m = this.ctx.model;
      if (m.faults.delete('worksheet.delete')) throw new FakeError('GeneralException', 'Gesimuleerde fout bij het verwijderen van een blad');
      m.sheets = m.sheets.filter((x) => x !== s);
      m.tables = m.tables.filter((t) => t.sheet !== s);
      m.names = m.names.filter((n) => n.sheet !== s);
    });
  }
  private cache: Record<string, any> = {};
  get tables(): any {
    return (this.cache.tables ??= new TableCollectionProxy(this.ctx, () => this.sheet()));
  }
  get charts(): any {
    return (this.cache.charts ??= new ChartCollectionProxy(this.ctx, () => this.sheet()));
  }
  get names(): any {
    return (this.cache.names ??= new NameCollectionProxy(this.ctx, () => this.sheet()));
  }
}

class CollectionBase<T> extends Base {
  protected list: T[] = [];
  get items(): T[] {
    return this.get('items');
  }
  protected itemsNow(): T[] {
    return [];
  }
  protected snapshot(): Record<string, unknown> {
    const items = this.itemsNow();
    for (const i of items) (i as any).load?.();
    return { items };
  }
  load(props?: unknown): this {
    // Items must be created before their own loads run: create them now, load them at sync.
    this.ctx.loads.push(() => {
      const items = this.itemsNow();
      for (const i of items) (i as any).forceLoad?.();
      this.loaded = { items };
    });
    void props;
    return this;
  }
}

class WorksheetCollectionProxy extends CollectionBase<any> {
  protected itemsNow(): any[] {
    return this.ctx.model.sheets.map((s) => {
      const p = new WorksheetProxy(this.ctx, () => s);
      (p as any).forceLoad = () => ((p as any).loaded = (p as any).snapshot());
      (p as any).resolvedNull = false;
      return p;
    });
  }
  add(name?: string): WorksheetProxy {
    let created: FakeSheet | null = null;
    this.ctx.queue(() => {
      let n = name;
      if (!n) {
        let i = 1;
        while (this.ctx.model.sheet(`Blad${i}`)) i++;
        n = `Blad${i}`;
      }
      created = this.ctx.model.addSheet(n);
    });
    return new WorksheetProxy(this.ctx, () => created);
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.model.mustSheet(name));
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.model.sheet(name) ?? null);
  }
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.model.mustSheet(this.ctx.model.active));
  }
}

class NameProxy extends Base {
  constructor(
    ctx: Ctx,
    private n: FakeName,
  ) {
    super(ctx);
    this.resolvedNull = false;
  }
  forceLoad(): void {
    this.loaded = this.snapshot();
  }
  protected snapshot(): Record<string, unknown> {
    const ref = this.n.formula ?? this.n.union ?? `=${quote(this.n.sheet.name)}!${boxToAddress(this.n.box).replace(/([A-Z]+)([0-9]+)/g, '$$$1$$$2')}`;
    return { name: this.n.name, type: 'Range', value: ref, formula: ref, comment: this.n.comment, visible: true };
  }
  get name(): string {
    return this.get('name');
  }
  get type(): string {
    return this.get('type');
  }
  get value(): string {
    return this.get('value');
  }
  get formula(): string {
    return this.get('formula');
  }
  get comment(): string {
    return this.get('comment');
  }
  private target(): RangeRef | null {
    if (this.n.formula) return this.ctx.model.resolveStructured(this.n.formula);
    return this.ctx.model.sheets.includes(this.n.sheet) ? { sheet: this.n.sheet, box: this.n.box } : null;
  }
  getRange(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const t = this.target();
      if (!t) throw new FakeError('InvalidReference', `De naam ${this.n.name} verwijst niet (meer) naar een bereik`);
      return t;
    });
  }
  delete(): void {
    this.ctx.queue(() => (this.ctx.model.names = this.ctx.model.names.filter((x) => x !== this.n)));
  }
  getRangeOrNullObject(): RangeProxy {
    return new RangeProxy(this.ctx, () => this.target());
  }
}

class NameCollectionProxy extends CollectionBase<NameProxy> {
  constructor(
    ctx: Ctx,
    private scope?: () => FakeSheet,
  ) {
    super(ctx);
  }
  protected itemsNow(): NameProxy[] {
    const s = this.scope?.();
    return this.ctx.model.names.filter((n) => n.scope === s).map((n) => new NameProxy(this.ctx, n));
  }
  add(name: string, reference: RangeProxy | string, comment?: string): NameProxy {
    const holder: FakeName = { name, sheet: undefined as unknown as FakeSheet, box: { row: 0, col: 0, rows: 1, cols: 1 }, comment: comment ?? '' };
    this.ctx.queue(() => {
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || /^[A-Za-z]{1,3}[0-9]+$/.test(name)) throw new FakeError('InvalidArgument', `Ongeldige naam ${name}`);
      const scope = this.scope?.();
      const taken = scope ? this.ctx.model.names.some((n) => n.scope === scope && n.name.toLowerCase() === name.toLowerCase()) : this.ctx.model.nameTaken(name);
      if (taken) throw new FakeError('ItemAlreadyExists', `De naam ${name} bestaat al`);
      if (typeof reference === 'string' && reference.includes('[') && !reference.includes('!')) {
        const r = this.ctx.model.resolveStructured(reference);
        if (!r) throw new FakeError('InvalidArgument', `Ongeldige gestructureerde verwijzing ${reference}`);
        holder.formula = reference.startsWith('=') ? reference : `=${reference}`;
        holder.sheet = r.sheet;
        holder.box = r.box;
      } else if (typeof reference === 'string') {
        const text = reference.replace(/^=/, '');
        const sheetName = text.split('!')[0].replace(/^'|'$/g, '');
        holder.sheet = this.ctx.model.mustSheet(sheetName);
        // a union of areas (Excel keeps the reference as typed); the box is its first area
        const areas = text.split(',');
        holder.box = parseBox(areas[0]);
        if (areas.length > 1) holder.union = '=' + text;
      } else {
        const r = reference.resolve();
        holder.sheet = r.sheet;
        holder.box = r.box;
      }
      holder.scope = scope;
      this.ctx.model.names.push(holder);
    });
    return new NameProxy(this.ctx, holder);
  }
  getItemOrNullObject(name: string): any {
    const n = this.ctx.model.names.find((x) => x.name.toLowerCase() === name.toLowerCase());
    const p = n ? new NameProxy(this.ctx, n) : new Base(this.ctx);
    (p as any).resolvedNull = !n;
    return p;
  }
}

class TableProxy extends Base {
  constructor(
    ctx: Ctx,
    private t: () => FakeTable,
  ) {
    super(ctx);
  }
  forceLoad(): void {
    this.loaded = this.snapshot();
  }
  protected snapshot(): Record<string, unknown> {
    const t = this.t();
    return { name: t.name, style: t.style };
  }
  get name(): string {
    return this.get('name');
  }
  set name(n: string) {
    this.ctx.queue(() => {
      const t = this.t();
      if (this.ctx.model.nameTaken(n) && t.name.toLowerCase() !== n.toLowerCase()) throw new FakeError('ItemAlreadyExists', `De tabelnaam ${n} bestaat al`);
      t.name = n;
    });
  }
  set style(s: string) {
    this.ctx.queue(() => (this.t().style = s));
  }
  delete(): void {
    this.ctx.queue(() => {
      const t = this.t();
      this.ctx.model.tables = this.ctx.model.tables.filter((x) => x !== t);
    });
  }
  getRange(): RangeProxy {
    return new RangeProxy(this.ctx, () => ({ sheet: this.t().sheet, box: this.t().box }));
  }
  getDataBodyRange(): RangeProxy {
    return new RangeProxy(this.ctx, () => ({ sheet: this.t().sheet, box: { ...this.t().box, row: this.t().box.row + 1, rows: this.t().box.rows - 1 } }));
  }
  getHeaderRowRange(): RangeProxy {
    return new RangeProxy(this.ctx, () => ({ sheet: this.t().sheet, box: { ...this.t().box, rows: 1 } }));
  }
}

class TableCollectionProxy extends CollectionBase<TableProxy> {
  constructor(
    ctx: Ctx,
    private scope?: () => FakeSheet,
  ) {
    super(ctx);
  }
  protected itemsNow(): TableProxy[] {
    const s = this.scope?.();
    return this.ctx.model.tables.filter((t) => !s || t.sheet === s).map((t) => new TableProxy(this.ctx, () => t));
  }
  add(address: RangeProxy | string, hasHeaders: boolean): TableProxy {
    let t: FakeTable | undefined;
    this.ctx.queue(() => {
      if (this.ctx.model.faults.delete('tables.add')) throw new FakeError('GeneralException', 'Gesimuleerde fout bij tables.add');
      if (!hasHeaders) throw new FakeError('InvalidArgument', 'De fake ondersteunt alleen tabellen met kopregel');
      const sheet = typeof address === 'string' ? (this.scope ? this.scope() : this.ctx.model.mustSheet(address.split('!')[0])) : address.resolve().sheet;
      const box = typeof address === 'string' ? parseBox(address) : address.resolve().box;
      if (this.ctx.model.tables.some((x) => x.sheet === sheet && intersect(x.box, box)))
        throw new FakeError('InvalidOperation', 'Tabellen mogen elkaar niet overlappen');
      let i = 1;
      while (this.ctx.model.nameTaken(`Tabel${i}`)) i++;
      t = { name: `Tabel${i}`, sheet, box, style: 'TableStyleMedium2' };
      // Excel turns header cells into text.
      for (let j = 0; j < box.cols; j++) {
        const c = sheet.at(box.row, box.col + j);
        c.value = String(c.value ?? '');
      }
      this.ctx.model.tables.push(t);
    });
    return new TableProxy(this.ctx, () => {
      if (!t) throw new FakeError('ItemNotFound', 'Tabel bestaat niet');
      return t;
    });
  }
}

class ChartCollectionProxy extends CollectionBase<any> {
  constructor(
    ctx: Ctx,
    private scope: () => FakeSheet,
  ) {
    super(ctx);
  }
  protected itemsNow(): any[] {
    return this.scope().charts.map((c) => ({
      name: c.title,
      chartType: c.type,
      forceLoad() {
        /* plain */
      },
    }));
  }
  add(type: string, source: RangeProxy, seriesBy = 'Auto'): any {
    let chart: FakeChart | undefined;
    const ctx = this.ctx;
    ctx.queue(() => {
      if (ctx.model.unsupportedChartTypes.includes(type)) throw new FakeError('InvalidArgument', `Grafiektype ${type} wordt niet ondersteund`);
      const r = source.resolve();
      chart = { type, sheet: this.scope(), source: r.box, seriesBy, title: '' };
      this.scope().charts.push(chart);
    });
    const later = (f: (c: FakeChart) => void) => ctx.queue(() => chart && f(chart));
    return {
      title: {
        set text(t: string) {
          later((c) => (c.title = t));
        },
      },
      legend: {
        set position(_p: string) {
          /* layout */
        },
        set visible(_v: boolean) {
          /* layout */
        },
      },
      setPosition(a: string, b: string) {
        later((c) => (c.position = [a, b]));
      },
      series: {
        getItemAt(_i: number) {
          return {
            setXAxisValues(r: RangeProxy) {
              later((c) => (c.xValues = r.resolve().box));
            },
          };
        },
      },
      set name(_n: string) {
        /* not modelled */
      },
    };
  }
}

class WorkbookProxy {
  private cache: Record<string, any> = {};
  constructor(private ctx: Ctx) {}
  get worksheets(): WorksheetCollectionProxy {
    return (this.cache.ws ??= new WorksheetCollectionProxy(this.ctx));
  }
  get names(): NameCollectionProxy {
    return (this.cache.names ??= new NameCollectionProxy(this.ctx));
  }
  get tables(): TableCollectionProxy {
    return (this.cache.tables ??= new TableCollectionProxy(this.ctx));
  }
  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const sel = this.ctx.model.selection;
      if (!sel) throw new FakeError('ItemNotFound', 'Geen selectie');
      return { sheet: this.ctx.model.mustSheet(sel.sheet), box: sel.box };
    });
  }
  get application(): any {
    const ctx = this.ctx;
    return {
      calculate() {
        ctx.queue(() => undefined);
      },
      suspendApiCalculationUntilNextSync() {
        /* no-op */
      },
    };
  }
}

/** Excel.run over the fake model: `run(async (ctx) => …)`. */
export function fakeRun(model: FakeWorkbookModel) {
  return async function run<T>(batch: (ctx: any) => Promise<T>): Promise<T> {
    const ctx = new Ctx(model);
    return batch(ctx);
  };
}
