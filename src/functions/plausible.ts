/**
 * Plausibility of rates, indices, shares and percentages. A parameter that
 * holds a fraction (2% = 0,02) can carry `plausible: { max, min }` in the
 * registry: the range within which real values fall. A value outside it is
 * almost always a percentage typed as a whole number (2,5 for 2,5%), so it is
 * refused with what was probably meant. With `flag: true` the function does
 * not refuse but reports it itself (GREX.BBV.TOETS lists it as a finding).
 */
import { formatPercent, invalid } from '../core';
import type { Plausible } from './types';

const fraction = (x: number) => String(Number(x.toPrecision(12))).replace('.', ',');

/** The Dutch reason, without the parameter name, or undefined when x is plausible. */
export function implausibleReason(x: number, range: Plausible, hintOnly = false): string | undefined {
  const over = range.max !== undefined && x > range.max;
  const under = range.min !== undefined && x < range.min;
  if (!over && !under) return undefined;
  const meant = x / 100;
  const fits = (range.max === undefined || meant <= range.max) && (range.min === undefined || meant >= range.min);
  // Above a hard bound (a share over 100%) only a clear whole-number percentage gets the hint.
  if (Math.abs(x) >= (hintOnly ? 2 : 1) && fits) {
    return `${formatPercent(x)} is niet aannemelijk; bedoelt u ${formatPercent(meant)}? Typ ${formatPercent(meant)} of ${fraction(meant)}`;
  }
  if (hintOnly) return undefined;
  const bound = over ? `hoogstens ${formatPercent(range.max!)}` : `ten minste ${formatPercent(range.min!)}`;
  const shown = Math.abs(x) < 1e6 ? `${formatPercent(x)} ` : '';
  return `${shown}is niet aannemelijk (verwacht ${bound}); een percentage is een fractie: 2% = 0,02`;
}

interface Bounded {
  plausible?: Plausible;
  min?: number;
  max?: number;
  minExclusive?: boolean;
  maxExclusive?: boolean;
}

/**
 * Refuse an implausible value (the normaliser calls this for every number and
 * series element, before the hard bounds). Above the hard maximum only the
 * "bedoelt u …?" hint is given here; otherwise the bound's own message stands.
 */
export function checkPlausible(x: number, p: Bounded, what: string): void {
  if (!p.plausible || p.plausible.flag) return;
  const belowMin = p.min !== undefined && (p.minExclusive ? !(x > p.min) : !(x >= p.min));
  const aboveMax = p.max !== undefined && (p.maxExclusive ? !(x < p.max) : !(x <= p.max));
  if (belowMin) return; // "moet groter zijn dan -100%" says it best
  const reason = implausibleReason(x, p.plausible, aboveMax);
  if (reason) throw invalid(what, reason, x);
}

/** The finding for a value the function reports instead of refusing ("rente 250% is niet aannemelijk; …"). */
export function plausibilityFinding(x: number, p: { name: string; plausible?: Plausible }): string | undefined {
  const reason = p.plausible ? implausibleReason(x, p.plausible) : undefined;
  return reason ? `${p.name} ${reason}.` : undefined;
}
