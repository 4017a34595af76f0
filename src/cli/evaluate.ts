/**
 * `evaluate(formula)`: parse one formula and call the function through the
 * same adapters as Excel. Throws FormulaSyntaxError for syntax outside
 * DECISIONS §4 and GrexCallError for Excel errors.
 */
import { call, tryCall } from '../functions/call';
import type { Outcome } from '../functions/invoke';
import type { Result } from '../functions/types';
import { parseFormula } from './parser';

export function evaluate(formula: string): Result {
  const { name, args } = parseFormula(formula);
  return call(name, ...args);
}

export function tryEvaluate(formula: string): Outcome {
  const { name, args } = parseFormula(formula);
  return tryCall(name, ...args);
}

/** A number in full precision; a spill as tab-separated rows. */
export function formatResult(r: Result): string {
  const cell = (v: unknown) => (typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v));
  if (!Array.isArray(r)) return cell(r);
  return r.map((row) => row.map(cell).join('\t')).join('\n');
}
