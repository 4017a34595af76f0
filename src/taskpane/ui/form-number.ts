/** Numbers typed the Dutch way in the task pane's forms. */

/** "1.250.000,50" / "2,5" / "2.5" / "1 000" → number; NaN when not a number. */
export function parseDutchNumber(raw: string): number {
  let s = raw.replace(/[\s€%]/g, '');
  if (s === '') return NaN;
  if (s.includes(',')) s = s.replace(/\./g, '').replace(',', '.');
  else if ((s.match(/\./g) ?? []).length > 1 || /^-?\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, '');
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(s) ? Number(s) : NaN;
}
