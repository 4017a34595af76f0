/**
 * The one error mapper: anything a calculation throws becomes an Excel error
 * with a Dutch message that starts with the function's name (docs/methode/tijdwaarde-bbv.md#conventies, "Foute invoer").
 *   GrexError invalidValue → #VALUE!   (CustomFunctions.ErrorCode.invalidValue)
 *   GrexError noConvergence → #NUM!    (CustomFunctions.ErrorCode.invalidNumber)
 *   GrexError notAvailable → #N/A      (CustomFunctions.ErrorCode.notAvailable)
 *   anything else (a bug)   → #VALUE! with the "interne fout" message, never a raw exception.
 */
import { GrexError, MSG } from '../core';

export type ExcelErrorCode = '#VALUE!' | '#NUM!' | '#N/A' | '#NAME?';

export interface ExcelError {
  code: ExcelErrorCode;
  message: string;
}

export const NAMESPACE = 'GREX';

export function qualifiedName(id: string): string {
  return `${NAMESPACE}.${id}`;
}

export function toExcelError(functionId: string, e: unknown): ExcelError {
  const fn = qualifiedName(functionId);
  if (e instanceof GrexError) {
    const code: ExcelErrorCode = e.kind === 'noConvergence' ? '#NUM!' : e.kind === 'notAvailable' ? '#N/A' : '#VALUE!';
    return { code, message: `${fn}: ${e.detail}` };
  }
  return { code: '#VALUE!', message: `${fn}: ${MSG.internal}` };
}

/** The CustomFunctions.ErrorCode member for an Excel error code. */
export const ERROR_CODE_MEMBER: Record<ExcelErrorCode, 'invalidValue' | 'invalidNumber' | 'notAvailable' | 'invalidName'> = {
  '#NAME?': 'invalidName',
  '#VALUE!': 'invalidValue',
  '#NUM!': 'invalidNumber',
  '#N/A': 'notAvailable',
};
