/**
 * What an analyst types in a field that says "(%)": "2", "2%", "2,5", "2,5 %"
 * are percentages; "0,025" without a % sign is read as a fraction (2,5%)
 * when that reading lies within the field's range, otherwise as a
 * percentage (0,92 in a rente field is 0,92%). The reading is always shown
 * back ("= 2,5%"), so a typed 0,02 is never silently stored as 0,02%.
 */
import { parseDutchNumber } from './form-number';

export interface PercentReading {
  /** The value as a fraction (2,5% → 0.025). */
  fraction: number;
  /** How it was read, for the line under the field: "= 2,5%". */
  shown: string;
  /** Set when a fraction was read as such: the user may have meant something else. */
  note?: string;
}

const nf = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 6 });

/** Percent text for a percentage number: 2.5 → "2,5%". */
export function percentText(percent: number): string {
  return `${nf.format(Number(percent.toPrecision(12)))}%`;
}

/** undefined when the text is not a number. `min`/`max` are in % (as the field's bounds). */
export function readPercent(raw: string, min?: number, max?: number): PercentReading | undefined {
  const n = parseDutchNumber(raw);
  if (Number.isNaN(n)) return undefined;
  const hasSign = raw.includes('%');
  const asFraction = n * 100;
  const inRange = (p: number) => (min === undefined || p >= min) && (max === undefined || p <= max);
  if (!hasSign && n !== 0 && Math.abs(n) < 1 && inRange(asFraction)) {
    return {
      fraction: n,
      shown: `= ${percentText(asFraction)}`,
      note: `gelezen als fractie; bedoelt u ${percentText(n)}, typ dan ${nf.format(n)}%`,
    };
  }
  return { fraction: Number((n / 100).toPrecision(12)), shown: `= ${percentText(n)}` };
}
