/**
 * Dutch texts of the erfpacht area: labels of spilled results and reasons of
 * #VALUE! messages. Generic texts stay in core/messages.ts.
 */
export const EP_LABEL = {
  ncwErfpacht: 'NCW erfpacht',
  koopsom: 'koopsom',
  verschil: 'verschil',
  breakEven: 'break-even canonpercentage',
  jaar: 'jaar',
  grondwaarde: 'grondwaarde',
  canonpercentage: 'canonpercentage',
  canon: 'canon',
  afkoopsom: 'afkoopsom',
  kasstroom: 'kasstroom',
  ncwCanons: 'NCW canons (erfpachter)',
  voordeelAfkopen: 'voordeel afkopen',
  terugverdienjaar: 'terugverdienjaar',
  nietBinnenLooptijd: (n: number) => `niet binnen de looptijd (${n} jaar)`,
  nooit: 'nooit',
} as const;

import { formatPercent, formatValue } from '../messages';

/** A rate in a message: "2%" for ordinary rates, the plain number (Dutch notation) for extreme ones. */
export function rateText(x: number): string {
  return Number.isFinite(x) && Math.abs(x) <= 1e6 ? formatPercent(x) : formatValue(x);
}

export const EP_MSG = {
  aboveGrowth: (growthParam: string, growth: string) => `moet groter zijn dan ${growthParam} (${growth}) bij een eeuwigdurende looptijd`,
  requiredWith: (other: string) => `is verplicht als ${other} is opgegeven`,
  withinTerm: (from: number, to: number) => `moet een jaar binnen de looptijd zijn (${from} t/m ${to})`,
  positive: 'moet groter zijn dan 0',
} as const;
