/**
 * The formula syntax `grex eval` accepts, in en-US or in Dutch Excel notation:
 *   en-US  =GREX.NAME(arg, arg, …)   1.5   {1,2,3} row  {1;2;3} column  TRUE/FALSE
 *   nl     =GREX.NAME(arg; arg; …)   1,5   {1\2\3} row  {1;2;3} column  WAAR/ONWAAR
 *   leading "=" optional, names case-insensitive
 *   arg := number | "text" | logical | {array} | (nothing: omitted)
 *   number: optional sign and exponent (-1.5, 2e3)
 *   "text": double quotes, "" inside for a quote
 * Anything else (cell references, nested functions, operators, "%") is a
 * FormulaSyntaxError with a Dutch message and the position.
 */
import { SYNTAX, type Notation, type NotationSyntax } from '../functions/notation';

export type Literal = number | string | boolean | null;
export type ParsedArg = Literal | Literal[][] | undefined;

export interface ParsedFormula {
  name: string;
  args: ParsedArg[];
}

export class FormulaSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(`${message} (positie ${position + 1})`);
    this.name = 'FormulaSyntaxError';
  }
}

class Cursor {
  i = 0;
  constructor(
    readonly s: string,
    readonly syn: NotationSyntax,
    readonly number: RegExp,
  ) {}
  peek(): string {
    return this.s[this.i] ?? '';
  }
  eof(): boolean {
    return this.i >= this.s.length;
  }
  skipSpace(): void {
    while (/\s/.test(this.peek())) this.i++;
  }
  fail(msg: string): never {
    throw new FormulaSyntaxError(msg, this.i);
  }
  expect(ch: string, what: string): void {
    this.skipSpace();
    if (this.peek() !== ch) this.fail(`${what} verwacht${this.eof() ? ' maar de formule houdt op' : `, gevonden "${this.peek()}"`}`);
    this.i++;
  }
}

const NUMBER: Record<Notation, RegExp> = {
  'en-US': /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/,
  nl: /^[+-]?(\d+(,\d*)?|,\d+)([eE][+-]?\d+)?/,
};
const NAME = /^[A-Za-z_][A-Za-z0-9_.]*/;

function parseNumber(c: Cursor): number {
  const m = c.number.exec(c.s.slice(c.i));
  if (!m) c.fail('getal verwacht');
  c.i += m[0].length;
  const x = Number(m[0].replace(',', '.'));
  if (!Number.isFinite(x)) c.fail(`getal buiten bereik: ${m[0]}`);
  return x;
}

function parseString(c: Cursor): string {
  c.i++; // opening quote
  let out = '';
  for (;;) {
    if (c.eof()) c.fail('tekst zonder sluitend aanhalingsteken');
    const ch = c.s[c.i++];
    if (ch === '"') {
      if (c.peek() === '"') {
        out += '"';
        c.i++;
        continue;
      }
      return out;
    }
    out += ch;
  }
}

function parseWord(c: Cursor): boolean {
  const m = NAME.exec(c.s.slice(c.i));
  const word = m ? m[0] : c.peek();
  const up = word.toUpperCase();
  const { true: T, false: F } = c.syn;
  if (up === T || up === F) {
    c.i += word.length;
    c.skipSpace();
    if (c.peek() === '(') c.fail(`${up}() als functie wordt niet ondersteund; schrijf ${up}`);
    return up === T;
  }
  const other = c.syn === SYNTAX.nl ? SYNTAX['en-US'] : SYNTAX.nl;
  if (up === other.true || up === other.false) c.fail(`${up} hoort bij de andere notatie; schrijf hier ${up === other.true ? T : F}`);
  c.skipSpace();
  const after = c.s.slice(c.i + word.length).trimStart();
  if (after.startsWith('(')) c.fail(`geneste functie ${word}(…) wordt niet ondersteund; geef waarden op`);
  if (/^\$?[A-Za-z]{1,3}\$?\d+/.test(word)) c.fail(`celverwijzing ${word} wordt niet ondersteund; geef waarden of een matrixconstante {…} op`);
  c.fail(`onbekend woord "${word}"; alleen getallen, "tekst", ${T}, ${F} en {…} zijn toegestaan`);
}

function parseLiteral(c: Cursor, inArray: boolean): Literal {
  c.skipSpace();
  const ch = c.peek();
  if (ch === '"') return parseString(c);
  if (/[0-9+-]/.test(ch) || ch === c.syn.decimal) return parseNumber(c);
  if (/[A-Za-z_$]/.test(ch)) return parseWord(c);
  if (inArray) c.fail(ch ? `waarde verwacht in matrixconstante, gevonden "${ch}"` : 'matrixconstante zonder sluitende }');
  return c.fail(ch ? `onverwacht teken "${ch}"` : 'argument verwacht');
}

function parseArray(c: Cursor): Literal[][] {
  c.i++; // {
  const rows: Literal[][] = [[]];
  for (;;) {
    c.skipSpace();
    if (c.peek() === '{') c.fail('geneste matrixconstante wordt niet ondersteund');
    rows[rows.length - 1].push(parseLiteral(c, true));
    c.skipSpace();
    const sep = c.peek();
    c.i++;
    if (sep === c.syn.colSep) continue;
    if (sep === c.syn.rowSep) {
      rows.push([]);
      continue;
    }
    if (sep === '}') break;
    c.i--;
    c.fail(
      sep
        ? `"${c.syn.colSep}" (volgende kolom), "${c.syn.rowSep}" (volgende rij) of "}" verwacht in matrixconstante, gevonden ` + `"${sep}"`
        : 'matrixconstante zonder sluitende }',
    );
  }
  const w = rows[0].length;
  if (rows.some((r) => r.length !== w)) c.fail('alle rijen van een matrixconstante moeten even lang zijn');
  return rows;
}

function parseArg(c: Cursor): ParsedArg {
  c.skipSpace();
  const ch = c.peek();
  if (ch === c.syn.argSep || ch === ')') return undefined; // omitted
  if (ch === '{') return parseArray(c);
  return parseLiteral(c, false);
}

export function parseFormula(formula: string, notation: Notation = 'en-US'): ParsedFormula {
  const c: Cursor = new Cursor(formula, SYNTAX[notation], NUMBER[notation]);
  const sepName = notation === 'nl' ? 'Nederlandse ' : 'en-US-';
  c.skipSpace();
  if (c.peek() === '=') c.i++;
  c.skipSpace();
  const m = NAME.exec(c.s.slice(c.i));
  if (!m) c.fail('functienaam verwacht, bijvoorbeeld =GREX.NCW(…)');
  const name = m[0];
  c.i += name.length;
  c.expect('(', '"(" na de functienaam');
  const args: ParsedArg[] = [];
  c.skipSpace();
  if (c.peek() === ')') {
    c.i++;
  } else {
    for (;;) {
      args.push(parseArg(c));
      c.skipSpace();
      const sep = c.peek();
      const arg = c.syn.argSep;
      if (sep === arg) {
        c.i++;
        continue;
      }
      if (sep === ')') {
        c.i++;
        break;
      }
      if (sep === ';' || sep === ',') c.fail(`"${sep}" scheidt argumenten niet in ${sepName}notatie; gebruik "${arg}"`);
      if (/[-+*/^&<>=%]/.test(sep)) c.fail(`operator "${sep}" wordt niet ondersteund`);
      c.fail(sep ? `"${arg}" of ")" verwacht, gevonden "${sep}"` : 'formule zonder sluitend haakje');
    }
  }
  c.skipSpace();
  if (!c.eof()) c.fail(`onverwachte tekst na de formule: "${c.s.slice(c.i)}"`);
  return { name, args };
}

function printLiteral(v: Literal, syn: NotationSyntax): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? syn.true : syn.false;
  if (typeof v === 'string') return `"${v.replace(/"/g, '""')}"`;
  return String(v).replace('.', syn.decimal);
}

/** A parsed formula written out in the given notation (the inverse of parseFormula). */
export function printFormula(f: ParsedFormula, notation: Notation = 'en-US'): string {
  const syn = SYNTAX[notation];
  const arg = (a: ParsedArg): string => {
    if (a === undefined) return '';
    if (Array.isArray(a)) return `{${a.map((row) => row.map((v) => printLiteral(v, syn)).join(syn.colSep)).join(syn.rowSep)}}`;
    return printLiteral(a, syn);
  };
  return `=${f.name}(${f.args.map(arg).join(syn.argSep)})`;
}
