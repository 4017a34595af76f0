/**
 * Formula notation: en-US Excel (what Office.js and `grex eval` use by
 * default) and Dutch Excel (nl-NL, what an analyst types and reads).
 *
 *                       en-US              nl-NL
 *   argument separator  ,                  ;
 *   decimal separator   .                  ,
 *   array: next column  ,   {1,2,3}        \   {1\2\3}
 *   array: next row     ;   {1;2;3}        ;   {1;2;3}
 *   logical values      TRUE / FALSE       WAAR / ONWAAR
 *   errors              #VALUE! #NUM! …    #WAARDE! #GETAL! …
 *
 * Source for the separators: Microsoft Support, "Matrixconstanten gebruiken
 * in matrixformules" (nl-nl), and the list separator of the nl-NL regional
 * settings. GREX function names are the same in every language.
 *
 * The converters work on tokens, so strings ("…" and '…' sheet names),
 * references (A1, Blad1!B2:C3) and names (GREX.NCW, GE_rente) pass unchanged.
 */
import { formatAmount } from '../core/messages';

export type Notation = 'en-US' | 'nl';

export interface NotationSyntax {
  argSep: string;
  decimal: string;
  colSep: string;
  rowSep: string;
  true: string;
  false: string;
}

export const SYNTAX: Record<Notation, NotationSyntax> = {
  'en-US': { argSep: ',', decimal: '.', colSep: ',', rowSep: ';', true: 'TRUE', false: 'FALSE' },
  nl: { argSep: ';', decimal: ',', colSep: '\\', rowSep: ';', true: 'WAAR', false: 'ONWAAR' },
};

/** Excel's error values in Dutch Excel's words (en-US → nl-NL). */
export const ERROR_NAMES_NL: Record<string, string> = {
  '#VALUE!': '#WAARDE!',
  '#NUM!': '#GETAL!',
  '#NAME?': '#NAAM?',
  '#N/A': '#N/B',
  '#REF!': '#VERW!',
  '#DIV/0!': '#DEEL/0!',
  '#NULL!': '#LEEG!',
  '#SPILL!': '#OVERLOOP!',
};

/** "#VALUE!" → "#WAARDE!"; an unknown code is returned as is. */
export function dutchErrorName(code: string): string {
  return ERROR_NAMES_NL[code] ?? code;
}

/** "#VALUE!" → "#WAARDE! (#VALUE!)": the Dutch name with the English one beside it. */
export function dutchErrorWithEnglish(code: string): string {
  const nl = dutchErrorName(code);
  return nl === code ? code : `${nl} (${code})`;
}

const NAME = /^[A-Za-z_\\$][A-Za-z0-9_.$!:]*/;

type Token = { kind: 'string' | 'name' | 'number' | 'error' | 'punct' | 'space'; text: string };

/** Split a formula into tokens; numbers in the given notation (so "0,02" is one number in nl). */
function tokenize(formula: string, from: Notation): Token[] {
  const syn = SYNTAX[from];
  const dec = syn.decimal === '.' ? '\\.' : ',';
  const NUMBER = new RegExp(`^(\\d+(${dec}\\d*)?|${dec}\\d+)([eE][+-]?\\d+)?`);
  const out: Token[] = [];
  let i = 0;
  while (i < formula.length) {
    const rest = formula.slice(i);
    const ch = formula[i];
    let m: RegExpExecArray | null;
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      for (;;) {
        if (j >= formula.length) break;
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) {
            j += 2;
            continue;
          }
          j++;
          break;
        }
        j++;
      }
      out.push({ kind: 'string', text: formula.slice(i, j) });
      i = j;
    } else if (ch === '#') {
      m = /^#[A-Za-z0-9/]+[!?]?/.exec(rest);
      const text = m ? m[0] : ch;
      out.push({ kind: 'error', text });
      i += text.length;
    } else if ((m = NUMBER.exec(rest)) && !/[A-Za-z0-9_]$/.test(formula.slice(0, i))) {
      out.push({ kind: 'number', text: m[0] });
      i += m[0].length;
    } else if (ch !== '\\' && (m = NAME.exec(rest))) {
      out.push({ kind: 'name', text: m[0] });
      i += m[0].length;
    } else if (/\s/.test(ch)) {
      m = /^\s+/.exec(rest)!;
      out.push({ kind: 'space', text: m[0] });
      i += m[0].length;
    } else {
      out.push({ kind: 'punct', text: ch });
      i++;
    }
  }
  return out;
}

/** Rewrite a formula from one notation into the other. Unknown characters pass unchanged. */
export function convertFormula(formula: string, from: Notation, to: Notation): string {
  if (from === to) return formula;
  const a = SYNTAX[from];
  const b = SYNTAX[to];
  let depth = 0; // inside {…}
  let out = '';
  const tokens = tokenize(formula, from);
  for (const t of tokens) {
    switch (t.kind) {
      case 'number':
        out += t.text.replace(a.decimal, b.decimal);
        break;
      case 'name': {
        const up = t.text.toUpperCase();
        out += up === a.true ? b.true : up === a.false ? b.false : t.text;
        break;
      }
      case 'error':
        out +=
          to === 'nl' ? dutchErrorName(t.text.toUpperCase()) : (Object.entries(ERROR_NAMES_NL).find(([, nl]) => nl === t.text.toUpperCase())?.[0] ?? t.text);
        break;
      case 'punct':
        if (t.text === '{') depth++;
        else if (t.text === '}') depth = Math.max(0, depth - 1);
        if (depth > 0 && t.text === a.colSep) out += b.colSep;
        else if (depth > 0 && t.text === a.rowSep) out += b.rowSep;
        else if (depth === 0 && t.text === a.argSep) out += b.argSep;
        else out += t.text;
        break;
      default:
        out += t.text;
    }
  }
  return out;
}

/** An en-US formula (as Office.js and the help examples hold it) in Dutch Excel's notation. */
export function toDutchFormula(enUS: string): string {
  return convertFormula(enUS, 'en-US', 'nl');
}

/** A Dutch Excel formula in en-US notation. */
export function toEnglishFormula(nl: string): string {
  return convertFormula(nl, 'nl', 'en-US');
}

export interface NotationGuess {
  notation: Notation;
  /** True when the formula reads validly in both notations with a different meaning. */
  ambiguous: boolean;
  /** Markers of both notations: the formula mixes them. */
  mixed?: string;
}

/**
 * Which notation a typed formula is in. nl markers: ";" between arguments,
 * "\" in an array, WAAR/ONWAAR, a Dutch error name. en-US markers: a
 * decimal point, TRUE/FALSE. Without markers a formula with a "," could be
 * either (2 arguments in en-US, one decimal number in nl): ambiguous, read
 * as en-US.
 */
export function guessNotation(formula: string): NotationGuess {
  const nl: string[] = [];
  const en: string[] = [];
  let depth = 0;
  let parens = 0;
  let comma = false;
  for (const t of tokenize(formula, 'en-US')) {
    if (t.kind === 'number' && t.text.includes('.')) en.push(`decimale punt in ${t.text}`);
    if (t.kind === 'name') {
      const up = t.text.toUpperCase();
      if (up === 'TRUE' || up === 'FALSE') en.push(up);
      if (up === 'WAAR' || up === 'ONWAAR') nl.push(up);
    }
    if (t.kind === 'error' && Object.values(ERROR_NAMES_NL).includes(t.text.toUpperCase())) nl.push(t.text);
    if (t.kind !== 'punct') continue;
    if (t.text === '(') parens++;
    else if (t.text === ')') parens--;
    else if (t.text === '{') depth++;
    else if (t.text === '}') depth--;
    else if (t.text === ';' && depth === 0 && parens > 0) nl.push('";" tussen argumenten');
    else if (t.text === '\\' && depth > 0) nl.push('"\\" in een matrixconstante');
    else if (t.text === ',') comma = true;
  }
  if (nl.length && en.length)
    return { notation: nl.length >= en.length ? 'nl' : 'en-US', ambiguous: false, mixed: `${nl[0]} (Nederlands) en ${en[0]} (Engels)` };
  if (nl.length) return { notation: 'nl', ambiguous: false };
  if (en.length) return { notation: 'en-US', ambiguous: false };
  return { notation: 'en-US', ambiguous: comma };
}

/** A number as a person reads it in Dutch: 572.9696… → "572,97", 1234567 → "1.234.567" (the core's one amount formatter). */
export function formatNumberNl(x: number, decimals = 2): string {
  if (!Number.isFinite(x)) return String(x);
  // Fractions and rates keep their significant digits: 0.0239 stays "0,0239".
  if (x !== 0 && Math.abs(x) < 1) return formatAmount(x, Math.min(10, Math.max(decimals, 1 - Math.floor(Math.log10(Math.abs(x))) + 1)));
  return formatAmount(x, decimals);
}

/** A number in full precision with a decimal comma (no grouping): 572.9696722979849 → "572,9696722979849". */
export function formatNumberFull(x: number): string {
  return String(x).replace('.', ',');
}
