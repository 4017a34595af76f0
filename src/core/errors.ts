/**
 * Typed errors of the calculation core. The core fails loudly with the reason
 * (which parameter, which value); the adapter layer turns these into Excel
 * errors with the function's name in front (src/functions/errors.ts).
 */
import { formatValue } from './messages';

export type ErrorKind = 'invalidValue' | 'noConvergence' | 'notAvailable';

export class GrexError extends Error {
  constructor(
    readonly kind: ErrorKind,
    /** Dutch message without the function name, e.g. "rente moet ... (ontvangen: -1,5)". */
    readonly detail: string,
    /** The parameter the message is about, if any. */
    readonly param?: string,
  ) {
    super(detail);
    this.name = 'GrexError';
  }
}

/** Bad input: `#VALUE!` with "<param> <reason> (ontvangen: <value>)". */
export function invalid(param: string, reason: string, received?: unknown): GrexError {
  const tail = received === undefined ? '' : ` (ontvangen: ${formatValue(received)})`;
  return new GrexError('invalidValue', `${param} ${reason}${tail}`, param);
}

/** An iteration that did not converge: `#NUM!`. */
export function noConvergence(what: string): GrexError {
  return new GrexError('noConvergence', what);
}

/** Precondition helper: throw `invalid(...)` unless `ok`. */
export function require_(ok: boolean, param: string, reason: string, received?: unknown): void {
  if (!ok) throw invalid(param, reason, received);
}
