/**
 * A small parser for GREX calls in an Excel formula (en-US syntax as
 * Range.formulas returns it): finds every GREX.<NAME>( … ) call, nested ones
 * included, and splits its arguments at top-level commas (strings, quoted
 * sheet names, parentheses and array constants respected).
 */

export type ArgKind = 'omitted' | 'number' | 'text' | 'boolean' | 'reference' | 'name' | 'structured' | 'array' | 'expression';

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
/** A structured reference: Tabel1[Kolom], Tabel1[[#Data],[A]:[B]], [@Kolom] (optionally on another workbook sheet's table). */
const STRUCTURED = /^(?:[A-Za-z_\\][A-Za-z0-9_.]*)?\[.*\]$/;

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
  if (STRUCTURED.test(text) && bracketsBalanced(text)) return { text, kind: 'structured' };
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

/** Index just past a string, quoted sheet name or structured-reference bracket run starting at i; undefined when none starts there. */
function skipLiteral(s: string, i: number): number | undefined {
  const ch = s[i];
  if (ch === '"' || ch === "'") return skipQuoted(s, i, ch);
  if (ch === '[') return skipBrackets(s, i);
  return undefined;
}

/** Index just past a structured-reference bracket run starting at "[" (nested brackets, ' escapes the next character). */
export function skipBrackets(s: string, i: number): number {
  let depth = 0;
  let j = i;
  while (j < s.length) {
    const ch = s[j];
    if (ch === "'") {
      j += 2;
      continue;
    }
    if (ch === '[') depth++;
    else if (ch === ']') {
      depth--;
      if (depth === 0) return j + 1;
    }
    j++;
  }
  return j;
}

function bracketsBalanced(text: string): boolean {
  const open = text.indexOf('[');
  return skipBrackets(text, open) === text.length;
}

/**
 * Walks `s` from `from` outside strings, quoted sheet names and structured-reference brackets: `step(i)` sees every
 * other character and returns the index to go on from, or −1 to stop there. Returns where it stopped (the end: s.length).
 */
function scanCode(s: string, from: number, step: (i: number) => number): number {
  let i = from;
  while (i < s.length) {
    const skipped = skipLiteral(s, i);
    if (skipped !== undefined) {
      i = skipped;
      continue;
    }
    const next = step(i);
    if (next < 0) return i;
    i = next;
  }
  return s.length;
}

/** Split the argument list that starts just after "(" at `open`; returns the args and the index of ")". */
function splitArgs(s: string, open: number): { args: string[]; close: number } {
  const args: string[] = [];
  let depth = 0;
  let start = open;
  const close = scanCode(s, open, (i) => {
    const ch = s[i];
    if (ch === '(' || ch === '{') depth++;
    else if (ch === ')' || ch === '}') {
      if (depth === 0) return -1;
      depth--;
    } else if (ch === ',' && depth === 0) {
      args.push(s.slice(start, i));
      start = i + 1;
    }
    return i + 1;
  });
  args.push(s.slice(start, close));
  return { args, close };
}

const CALL = /GREX\.([A-Za-z0-9_.]+?)\s*\(/iy;

export function parseGrexCalls(formula: string): GrexCall[] {
  const out: GrexCall[] = [];
  scanCode(formula, 0, (i) => {
    const ch = formula[i];
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
        return close + 1;
      }
    }
    return i + 1;
  });
  return out;
}

/** True when the formula calls any GREX function. */
export function hasGrexCall(formula: unknown): boolean {
  return typeof formula === 'string' && formula.startsWith('=') && /GREX\./i.test(formula) && parseGrexCalls(formula).length > 0;
}

/**
 * Every identifier a formula uses outside strings, quoted sheet names and
 * structured-reference brackets: names, table names and the names of called
 * functions (a LAMBDA name is called like a function).
 */
export function identifiersIn(formula: string): string[] {
  const out: string[] = [];
  scanCode(formula, 0, (i) => {
    if (!/[A-Za-z_\\]/.test(formula[i]) || (i > 0 && /[A-Za-z0-9_.$\\]/.test(formula[i - 1]))) return i + 1;
    let j = i + 1;
    while (j < formula.length && /[A-Za-z0-9_.]/.test(formula[j])) j++;
    out.push(formula.slice(i, j));
    return j;
  });
  return out;
}

/**
 * The workbook names that (directly or through other names) hold a GREX
 * call, e.g. a LAMBDA name =LAMBDA(x,GREX.NCW(0.02,x,2025)). Keys and result
 * in lower case.
 */
export function grexNames(nameFormulas: ReadonlyMap<string, string>): Set<string> {
  const out = new Set<string>();
  for (const [n, f] of nameFormulas) if (hasGrexCall(f.startsWith('=') ? f : `=${f}`)) out.add(n);
  for (let changed = true; changed; ) {
    changed = false;
    for (const [n, f] of nameFormulas) {
      if (out.has(n)) continue;
      if (identifiersIn(f).some((id) => out.has(id.toLowerCase()))) {
        out.add(n);
        changed = true;
      }
    }
  }
  return out;
}

/**
 * A cell whose "formula" is text that only looks like one: Range.formulas
 * gives a text constant such as '=GREX.NCW(…) (typed with an apostrophe, or
 * written by the review overview) as the text itself, and the cell shows
 * exactly that text. A real formula never shows its own source.
 */
export function isTextLookalike(formula: unknown, value: unknown): boolean {
  return typeof formula === 'string' && formula === value;
}

/** True when a formula calls GREX directly or through a name from `viaNames` (lower case). */
export function usesGrex(formula: unknown, viaNames: ReadonlySet<string> = new Set()): boolean {
  if (typeof formula !== 'string' || !formula.startsWith('=')) return false;
  if (hasGrexCall(formula)) return true;
  return viaNames.size > 0 && identifiersIn(formula).some((id) => viaNames.has(id.toLowerCase()));
}
