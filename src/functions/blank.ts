/** Blank as Excel means it: omitted, null, or the empty string (a leaf module, so the kinds' readers share it without a cycle). */
export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || v === '';
}
