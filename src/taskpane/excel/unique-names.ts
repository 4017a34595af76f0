/** Unique sheet names, defined names and table names. Pure: the caller loads what exists. */

const SHEET_FORBIDDEN = /[[\]:*?/\\]/g;
export const SHEET_NAME_MAX = 31;

/** A valid Excel sheet name from free text (forbidden characters removed, ≤ 31 characters). */
export function sanitizeSheetName(raw: string): string {
  let s = raw.replace(SHEET_FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  s = s.replace(/^'+|'+$/g, '').trim();
  if (!s || s.toLowerCase() === 'history') s = 'GREX';
  return s.slice(0, SHEET_NAME_MAX).trim();
}

/** `base`, or `base (2)`, `base (3)`, … — whichever is free (case-insensitive), within 31 characters. */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const clean = sanitizeSheetName(base);
  if (!taken.has(clean.toLowerCase())) return clean;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = clean.slice(0, SHEET_NAME_MAX - suffix.length).trim() + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** A valid defined-name fragment: letters, digits, underscores. */
export function nameFragment(raw: string): string {
  const s = raw
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_]/g, '_')
    .replace(/_+/g, '_');
  return s || 'x';
}

/**
 * One suffix for all names of a model so they stay recognisable together:
 * PREFIX_key, or PREFIX_key_2, _3, … when any of them is taken (defined
 * names and table names share one namespace in Excel, case-insensitively).
 */
export function uniqueNameSet(prefix: string, keys: readonly string[], existing: readonly string[]): { names: Record<string, string>; suffix: string } {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : `_${n}`;
    const names: Record<string, string> = {};
    let free = true;
    for (const k of keys) {
      const name = `${prefix}_${nameFragment(k)}${suffix}`;
      if (taken.has(name.toLowerCase())) {
        free = false;
        break;
      }
      names[k] = name;
    }
    if (free) return { names, suffix };
  }
}
