/**
 * `call(name, ...args)`: a GREX function from Node, through exactly the same
 * normaliser, adapter, result check and error mapper as Excel's calls.
 */
import { MSG } from '../core';
import { findFunction } from './registry';
import { invoke, Outcome } from './invoke';
import type { ExcelErrorCode } from './errors';
import type { Result } from './types';

/** The error `call` throws: Excel's code and the Dutch message. */
export class GrexCallError extends Error {
  constructor(
    readonly code: ExcelErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'GrexCallError';
  }
}

export function tryCall(name: string, ...args: unknown[]): Outcome {
  const spec = findFunction(name);
  if (!spec) return { ok: false, error: { code: '#NAME?', message: MSG.unknownFunction(name) } };
  return invoke(spec, args);
}

/** The result, or a thrown GrexCallError carrying `#VALUE!`/`#NUM!` and the message. */
export function call(name: string, ...args: unknown[]): Result {
  const out = tryCall(name, ...args);
  if (!out.ok) throw new GrexCallError(out.error.code, out.error.message);
  return out.value;
}
