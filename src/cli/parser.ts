/**
 * The formula syntax `grex eval` accepts — exactly DECISIONS §4, nothing more:
 *   =GREX.NAME(arg, arg, …)       leading "=" optional, names case-insensitive
 *   arg := number | "text" | TRUE | FALSE | {array} | (nothing: omitted)
 *   number: en-US, "." as decimal point, optional sign and exponent (-1.5, 2e3)
 *   "text": double quotes, "" inside for a quote
 *   {1,2,3} a row; {1;2;3} a column; {1,2;3,4} two rows (for tables)
 * Anything else (cell references, nested functions, operators, "%") is a
 * FormulaSyntaxError with a Dutch message and the position.
 */

export type Literal = number | string | boolean | null;
export type ParsedArg = Literal | Literal[][] | undefined;

export interface ParsedFormula {
  name: string;
  args: ParsedArg[];
}

export class FormulaSyntaxError extends Error {
  constructor(message: string, readonly position: number) {
    super(`${message} (positie ${position + 1})`);
    this.name = 'FormulaSyntaxError';
  }
}

class Cursor {
  i = 0;
  constructor(readonly s: string) {}
  peek(): string { return this.s[this.i] ?? ''; }
  eof(): boolean { return this.i >= this.s.length; }
  skipSpace(): void { while (/\s/.test(this.peek())) this.i++; }
  fail(msg: string): never { throw new FormulaSyntaxError(msg, this.i); }
  expect(ch: string, what: string): void {
    this.skipSpace();
    if (this.peek() !== ch) this.fail(`${what} verwacht${this.eof() ? ' maar de formule houdt op' : `, gevonden "${this.peek()}"`}`);
    this.i++;
  }
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/;
const NAME = /^[A-Za-z_][A-Za-z0-9_.]*/;

function parseNumber(c: Cursor): number {
  const m = NUMBER.exec(c.s.slice(c.i));
  if (!m) c.fail('getal verwacht');
  c.i += m[0].length;
  const x = Number(m[0]);
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
      if (c.peek() === '"') { out += '"'; c.i++; continue; }
      return out;
    }
    out += ch;
  }
}

function parseWord(c: Cursor): boolean {
  const m = NAME.exec(c.s.slice(c.i));
  const word = m ? m[0] : c.peek();
  const up = word.toUpperCase();
  if (up === 'TRUE' || up === 'FALSE') {
    c.i += word.length;
    c.skipSpace();
    if (c.peek() === '(') c.fail(`${up}() als functie wordt niet ondersteund; schrijf ${up}`);
    return up === 'TRUE';
  }
  c.skipSpace();
  const after = c.s.slice(c.i + word.length).trimStart();
  if (after.startsWith('(')) c.fail(`geneste functie ${word}(…) wordt niet ondersteund; geef waarden op`);
  if (/^\$?[A-Za-z]{1,3}\$?\d+/.test(word)) c.fail(`celverwijzing ${word} wordt niet ondersteund; geef waarden of een matrixconstante {…} op`);
  c.fail(`onbekend woord "${word}"; alleen getallen, "tekst", TRUE, FALSE en {…} zijn toegestaan`);
}

function parseLiteral(c: Cursor, inArray: boolean): Literal {
  c.skipSpace();
  const ch = c.peek();
  if (ch === '"') return parseString(c);
  if (/[0-9.+-]/.test(ch)) return parseNumber(c);
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
    if (sep === ',') continue;
    if (sep === ';') { rows.push([]); continue; }
    if (sep === '}') break;
    c.i--;
    c.fail(sep ? `"," ";" of "}" verwacht in matrixconstante, gevonden "${sep}"` : 'matrixconstante zonder sluitende }');
  }
  const w = rows[0].length;
  if (rows.some((r) => r.length !== w)) c.fail('alle rijen van een matrixconstante moeten even lang zijn');
  return rows;
}

function parseArg(c: Cursor): ParsedArg {
  c.skipSpace();
  const ch = c.peek();
  if (ch === ',' || ch === ')') return undefined; // omitted
  if (ch === '{') return parseArray(c);
  return parseLiteral(c, false);
}

export function parseFormula(formula: string): ParsedFormula {
  const c: Cursor = new Cursor(formula);
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
      if (sep === ',') { c.i++; continue; }
      if (sep === ')') { c.i++; break; }
      if (sep === ';') c.fail('";" scheidt argumenten niet in en-US-notatie; gebruik ","');
      if (/[-+*/^&<>=%]/.test(sep)) c.fail(`operator "${sep}" wordt niet ondersteund`);
      c.fail(sep ? `"," of ")" verwacht, gevonden "${sep}"` : 'formule zonder sluitend haakje');
    }
  }
  c.skipSpace();
  if (!c.eof()) c.fail(`onverwachte tekst na de formule: "${c.s.slice(c.i)}"`);
  return { name, args };
}
