/**
 * A small evaluator for the formulas GREX writes on its own sheets (the MPG
 * portfolio and herziening) in the fake Excel: references (also to other
 * sheets, quoted names, ranges), defined names, + − * and unary minus with
 * element-wise arrays, and the functions SUM, INDEX, YEAR and every GREX
 * function through the registry's call path. Cells on the evaluated sheets
 * are computed from their formulas; cells elsewhere (the analyst's sheets)
 * give their value as saved, exactly what Excel hands a formula. Anything
 * else throws, so a formula GREX writes that this cannot read fails the test.
 */
import { call } from '../../src/functions/call';
import { parseRange } from '../../src/workbook/address';
import { FakeWorkbookModel } from '../taskpane/fake-excel';

type V = number | string | boolean | null | V[][];

const isGrid = (v: V): v is V[][] => Array.isArray(v);

export class SheetEvaluator {
  /** Analyst cells read, as "sheet!row,col" (lower case sheet). */
  readonly read = new Set<string>();
  constructor(
    private m: FakeWorkbookModel,
    private own: ReadonlySet<string>,
  ) {}

  cell(sheet: string, row: number, col: number, depth = 0): V {
    const s = this.m.mustSheet(sheet);
    const c = s.get(row, col);
    if (this.own.has(s.name) && c?.formula) {
      if (depth > 20) throw new Error(`te diepe verwijzing bij ${sheet}!${row},${col}`);
      return this.formula(c.formula, s.name, depth + 1);
    }
    if (!this.own.has(s.name)) this.read.add(`${s.name.toLowerCase()}!${row},${col}`);
    const v = c?.value;
    return v === '' || v === undefined ? null : (v as V);
  }

  formula(f: string, sheet: string, depth = 0): V {
    const p = new Parser(f.replace(/^=/, ''), sheet, this, depth);
    const v = p.expression();
    p.end();
    return v;
  }

  /** A range as Excel passes it: a single cell as its value, else rows × columns. */
  range(sheet: string, box: { row: number; col: number; rows: number; cols: number }, depth: number): V {
    const g: V[][] = [];
    for (let r = 0; r < box.rows; r++) {
      const line: V[] = [];
      for (let c = 0; c < box.cols; c++) line.push(this.cell(sheet, box.row + r, box.col + c, depth));
      g.push(line);
    }
    return box.rows === 1 && box.cols === 1 ? g[0][0] : g;
  }

  name(text: string, depth: number): V | undefined {
    const n = this.m.names.find((x) => x.name.toLowerCase() === text.toLowerCase());
    return n ? this.range(n.sheet.name, n.box, depth) : undefined;
  }
}

function num(v: V): number {
  if (v === null) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  throw new Error(`geen getal in een berekening: ${JSON.stringify(v)} (Excel: #WAARDE!)`);
}

/** Element-wise arithmetic with Excel's broadcasting of a single value; arrays must have equal shapes. */
function combine(a: V, b: V, op: (x: number, y: number) => number): V {
  if (!isGrid(a) && !isGrid(b)) return op(num(a), num(b));
  const ga = isGrid(a) ? a : null;
  const gb = isGrid(b) ? b : null;
  if (ga && gb && (ga.length !== gb.length || ga[0].length !== gb[0].length))
    throw new Error(`bereiken van verschillende vorm: ${ga.length}×${ga[0].length} en ${gb.length}×${gb[0].length}`);
  const shape = (ga ?? gb)!;
  return shape.map((line, r) => line.map((_, c) => op(num(ga ? ga[r][c] : (a as V)), num(gb ? gb[r][c] : (b as V)))));
}

const REF = /^(?:('(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?![A-Za-z0-9_(])/;

class Parser {
  private i = 0;
  constructor(
    private s: string,
    private sheet: string,
    private ev: SheetEvaluator,
    private depth: number,
  ) {}

  end(): void {
    if (this.i !== this.s.length) throw new Error(`onverwacht "${this.s.slice(this.i)}" in ${this.s}`);
  }

  expression(): V {
    let v = this.term();
    while (this.peek('+') || this.peek('-')) {
      const op = this.s[this.i++];
      const w = this.term();
      v = combine(v, w, op === '+' ? (x, y) => x + y : (x, y) => x - y);
    }
    return v;
  }

  private term(): V {
    let v = this.unary();
    while (this.peek('*')) {
      this.i++;
      v = combine(v, this.unary(), (x, y) => x * y);
    }
    return v;
  }

  private unary(): V {
    if (this.peek('-')) {
      this.i++;
      return combine(0, this.unary(), (x, y) => x - y);
    }
    if (this.peek('+')) {
      this.i++;
      return this.unary();
    }
    return this.primary();
  }

  private peek(ch: string): boolean {
    return this.s[this.i] === ch;
  }

  private args(): (V | undefined)[] {
    const out: (V | undefined)[] = [];
    this.i++; // "("
    if (this.peek(')')) {
      this.i++;
      return out;
    }
    for (;;) {
      if (this.peek(',') || this.peek(')')) out.push(undefined);
      else out.push(this.expression());
      if (this.peek(',')) {
        this.i++;
        continue;
      }
      if (!this.peek(')')) throw new Error(`")" verwacht in ${this.s}`);
      this.i++;
      return out;
    }
  }

  private primary(): V {
    const rest = this.s.slice(this.i);
    if (this.peek('(')) {
      this.i++;
      const v = this.expression();
      if (!this.peek(')')) throw new Error(`")" verwacht in ${this.s}`);
      this.i++;
      return v;
    }
    let m = /^\d+(?:\.\d+)?(?:[eE][-+]?\d+)?/.exec(rest);
    if (m) {
      this.i += m[0].length;
      return Number(m[0]);
    }
    m = /^"((?:[^"]|"")*)"/.exec(rest);
    if (m) {
      this.i += m[0].length;
      return m[1].replace(/""/g, '"');
    }
    m = /^(TRUE|FALSE)(?![A-Za-z0-9_.(])/i.exec(rest);
    if (m) {
      this.i += m[0].length;
      return m[1].toUpperCase() === 'TRUE';
    }
    m = /^(GREX\.[A-Za-z0-9_.]+|[A-Za-z]+)\(/i.exec(rest);
    if (m) {
      this.i += m[1].length;
      return this.fn(m[1].toUpperCase(), this.args());
    }
    m = REF.exec(rest);
    if (m) {
      this.i += m[0].length;
      const r = parseRange(m[0], this.sheet)!;
      return this.ev.range(r.sheet, r, this.depth);
    }
    m = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(rest);
    if (m) {
      const v = this.ev.name(m[0], this.depth);
      if (v === undefined) throw new Error(`onbekende naam ${m[0]} in ${this.s}`);
      this.i += m[0].length;
      return v;
    }
    throw new Error(`niet te lezen: "${rest}" in ${this.s}`);
  }

  private fn(name: string, a: (V | undefined)[]): V {
    if (name.startsWith('GREX.')) return call(name.slice(5), ...a.map((x) => (x === undefined ? null : x))) as V;
    if (name === 'SUM')
      return a.reduce<number>(
        (s, x) => s + (x === undefined ? 0 : isGrid(x) ? x.flat().reduce<number>((t, y) => t + (typeof y === 'number' ? y : 0), 0) : num(x)),
        0,
      );
    if (name === 'INDEX') {
      const g = a[0]!;
      const [r, c] = [num(a[1] ?? 1), num(a[2] ?? 1)];
      if (!isGrid(g)) {
        if (r === 1 && c === 1) return g;
        throw new Error('INDEX buiten het bereik');
      }
      const v = g[r - 1]?.[c - 1];
      if (v === undefined) throw new Error(`INDEX(${r},${c}) buiten een bereik van ${g.length}×${g[0].length}`);
      return v;
    }
    if (name === 'YEAR') return new Date(Date.UTC(1899, 11, 30) + Math.round(num(a[0]!)) * 86400000).getUTCFullYear();
    throw new Error(`functie ${name} niet ondersteund door de testevaluator`);
  }
}
