/**
 * Which Excel API sets the pane needs, checked before an action so that an
 * older Excel gets a Dutch explanation instead of a failing call.
 */
import { Refusal } from './host';

/** Builders: tables, names with comments, charts, data validation, used range of a range. */
export const BUILDER_API = '1.8';
/** Raadsversie: Worksheet.copy. */
export const COPY_API = '1.10';

/** Throws a Refusal when the host says it lacks the API set; silent when it cannot tell (tests, browsers). */
export function requireApi(version: string, what: string): void {
  const req = typeof Office !== 'undefined' ? Office.context?.requirements : undefined;
  if (!req || typeof req.isSetSupported !== 'function') return;
  if (!req.isSetSupported('ExcelApi', version)) {
    throw new Refusal(
      `Deze Excel-versie ondersteunt ${what} niet (ExcelApi ${version} is nodig). Werk Excel bij naar Microsoft 365 of ` + `gebruik Excel voor het web.`,
    );
  }
}
