/**
 * `evaluate(formula)`: parse one formula (en-US or Dutch Excel notation) and
 * call the function through the same adapters as Excel. Throws
 * FormulaSyntaxError for syntax outside what `grex eval` reads and
 * GrexCallError for Excel errors.
 */
import { GrexCallError, tryCall } from '../functions/call';
import type { Outcome } from '../functions/invoke';
import type { Result } from '../functions/types';
import { guessNotation, SYNTAX, type Notation } from '../functions/notation';
import { FormulaSyntaxError, parseFormula, type ParsedFormula } from './parser';

export interface Reading {
  parsed: ParsedFormula;
  notation: Notation;
  /** Dutch note on how the formula was read, when it could be read two ways. */
  note?: string;
}

export interface Interpretation {
  notation: Notation;
  note?: string;
  outcome: Outcome;
}

const LABEL: Record<Notation, string> = {
  'en-US': 'en-US-notatie ("," tussen argumenten, "." als decimaalteken)',
  nl: 'Nederlandse notatie (";" tussen argumenten, "," als decimaalteken)',
};

function tryParse(formula: string, notation: Notation): ParsedFormula | FormulaSyntaxError {
  try {
    return parseFormula(formula, notation);
  } catch (e) {
    if (e instanceof FormulaSyntaxError) return e;
    throw e;
  }
}

/** A "0,02"-like pair that en-US reads as two arguments: a sign of a Dutch decimal comma. */
function decimalCommaHint(formula: string): string | undefined {
  const m = /(?:^|[(;,{\s])(-?\d+),(0\d*|\d+)(?=\s*[,)}])/.exec(formula.replace(/"[^"]*"/g, '""'));
  if (!m) return undefined;
  return (
    `"${m[1]},${m[2]}" telt in en-US-notatie als twee argumenten (${m[1]} en ${Number(m[2])}); bedoelt u het getal ${m[1]},${m[2]}, ` +
    `schrijf dan ${m[1]}.${m[2]} of gebruik de Nederlandse notatie met ";" tussen de argumenten`
  );
}

/**
 * Read and evaluate a formula. Without an explicit notation it is guessed;
 * an ambiguous formula (only "," and no other marker) is read as en-US, or
 * as Dutch when only the Dutch reading evaluates, and the note says which.
 */
export function interpret(formula: string, notation?: Notation): Interpretation {
  if (notation) {
    const { name, args } = parseFormula(formula, notation);
    return { notation, outcome: tryCall(name, ...args) };
  }
  const guess = guessNotation(formula);
  if (guess.mixed) {
    const err = tryParse(formula, guess.notation);
    if (err instanceof FormulaSyntaxError) {
      throw new FormulaSyntaxError(
        `de formule mengt twee notaties: ${guess.mixed}. Schrijf hem helemaal in ${LABEL.nl} of helemaal in ${LABEL['en-US']}; ` +
          `${err.message.replace(/ \(positie \d+\)$/, '')}`,
        err.position,
      );
    }
  }
  if (!guess.ambiguous) {
    const { name, args } = parseFormula(formula, guess.notation);
    return { notation: guess.notation, outcome: tryCall(name, ...args) };
  }
  const en = tryParse(formula, 'en-US');
  const nl = tryParse(formula, 'nl');
  const enOut = en instanceof FormulaSyntaxError ? undefined : tryCall(en.name, ...en.args);
  const nlOut = nl instanceof FormulaSyntaxError ? undefined : tryCall(nl.name, ...nl.args);
  if (enOut?.ok || !nlOut?.ok) {
    if (en instanceof FormulaSyntaxError) throw en;
    const note = nlOut?.ok
      ? `Gelezen in ${LABEL['en-US']}. In ${LABEL.nl} betekent deze formule iets anders; kies met --notatie=nl of --notatie=en.`
      : enOut?.ok
        ? undefined
        : decimalCommaHint(formula);
    return { notation: 'en-US', note, outcome: enOut! };
  }
  return {
    notation: 'nl',
    note: `Gelezen in ${LABEL.nl}, want in en-US-notatie geeft deze formule een fout. Kies met --notatie=nl of --notatie=en.`,
    outcome: nlOut,
  };
}

/** Parse a formula in its (guessed) notation without evaluating it. */
export function readFormula(formula: string, notation?: Notation): Reading {
  const n = notation ?? guessNotation(formula).notation;
  return { parsed: parseFormula(formula, n), notation: n };
}

export function evaluate(formula: string, notation?: Notation): Result {
  const { outcome } = interpret(formula, notation);
  if (!outcome.ok) throw new GrexCallError(outcome.error.code, outcome.error.message);
  return outcome.value;
}

export function tryEvaluate(formula: string, notation?: Notation): Outcome {
  return interpret(formula, notation).outcome;
}

/** A number in full precision; a spill as tab-separated rows; in the notation the formula was read in. */
export function formatResult(r: Result, notation: Notation = 'en-US'): string {
  const syn = SYNTAX[notation];
  const cell = (v: unknown) => (typeof v === 'boolean' ? (v ? syn.true : syn.false) : typeof v === 'number' ? String(v).replace('.', syn.decimal) : String(v));
  if (!Array.isArray(r)) return cell(r);
  return r.map((row) => row.map(cell).join('\t')).join('\n');
}
