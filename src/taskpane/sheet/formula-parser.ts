/**
 * A small parser for GREX calls in an Excel formula (en-US syntax as
 * Range.formulas returns it): finds every GREX.<NAME>( … ) call, nested ones
 * included, and splits its arguments at top-level commas (strings, quoted
 * sheet names, parentheses and array constants respected).
 */

export type ArgKind = 'omitted' | 'number' | 'text' | 'boolean' | 'reference' | 'name' | 'array' | 'expression';

export interface GrexArg {
  text: string;
  kind: ArgKind;
  /** For number/text/boolean literals. */
  literal?: number | string | boolean;
}

export interface GrexCall {
  /** Function id without the namespace, upper case: "NCW", "BBV.TOETS". */
  name: string;
  args: GrexArg[];
}

const REF = /^(?:(?:'(?:[^']|'')+'|[A-Za-z0-9_.]+)!)?\$?[A-Za-z]{1,3}\$?[0-9]{1,7}(?::\$?[A-Za-z]{1,3}\$?[0-9]{1,7})?$/;
const NUMBER = /^[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?%?$/;
const NAME = /^[A-Za-z_\\][A-Za-z0-9_.]*$/;

export function classify(raw: string): GrexArg {
  const text = raw.trim();
  if (text === '') return { text, kind: 'omitted' };
  if (NUMBER.test(text)) {
    const pct = text.endsWith('%');
    const n = Number(pct ? text.slice(0, -1) : text);
    return { text, kind: 'number', literal: pct ? n / 100 : n };
  }
  if (/^"(?:[^"]|"")*"$/.test(text)) return { text, kind: 'text', literal: text.slice(1, -1).replace(/""/g, '"') };
  if (/^(TRUE|FALSE)$/i.test(text)) return { text, kind: 'boolean', literal: text.toUpperCase() === 'TRUE' };
  if (text.startsWith('{') && text.endsWith('}')) return { text, kind: 'array' };
  if (REF.test(text)) return { text, kind: 'reference' };
  if (NAME.test(text)) return { text, kind: 'name' };
  return { text, kind: 'expression' };
}

/** Index just past a quoted run starting at i (quote char q, doubled to escape). */
function skipQuoted(s: string, i: number, q: string): number {
  let j = i + 1;
  while (j < s.length) {
    if (s[j] === q) {
      if (s[j + 1] === q) j += 2;
      else return j + 1;
    } else j++;
  }
  return j;
}

/** Split the argument list that starts just after "(" at `open`; returns the args and the index of ")". */
function splitArgs(s: string, open: number): { args: string[]; close: number } {
  const args: string[] = [];
  let depth = 0;
  let start = open;
  let i = open;
  while (i < s.length) {
    const ch = s[i];
    if (ch === '"' || ch === "'") {
      i = skipQuoted(s, i, ch);
      continue;
    }
    if (ch === '(' || ch === '{') depth++;
    else if (ch === ')' || ch === '}') {
      if (depth === 0) {
        args.push(s.slice(start, i));
        return { args, close: i };
      }
      depth--;
    } else if (ch === ',' && depth === 0) {
      args.push(s.slice(start, i));
      start = i + 1;
    }
    i++;
  }
  args.push(s.slice(start));
  return { args, close: s.length };
}

const CALL = /GREX\.([A-Za-z0-9_.]+?)\s*\(/iy;

export function parseGrexCalls(formula: string): GrexCall[] {
  const out: GrexCall[] = [];
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      i = skipQuoted(formula, i, ch);
      continue;
    }
    const prev = i > 0 ? formula[i - 1] : '';
    if ((ch === 'G' || ch === 'g') && !/[A-Za-z0-9_.]/.test(prev)) {
      CALL.lastIndex = i;
      const m = CALL.exec(formula);
      if (m) {
        const open = i + m[0].length;
        const { args, close } = splitArgs(formula, open);
        const list = args.length === 1 && args[0].trim() === '' ? [] : args;
        out.push({ name: m[1].toUpperCase(), args: list.map(classify) });
        // nested GREX calls inside the arguments
        for (const a of list) out.push(...parseGrexCalls(a));
        i = close + 1;
        continue;
      }
    }
    i++;
  }
  return out;
}

/** True when the formula calls any GREX function. */
export function hasGrexCall(formula: unknown): boolean {
  return typeof formula === 'string' && formula.startsWith('=') && parseGrexCalls(formula).length > 0;
}
