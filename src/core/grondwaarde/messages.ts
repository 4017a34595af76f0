/**
 * Dutch texts of the grondwaarde area (reasons of #VALUE! messages and
 * labels). Generic texts stay in core/messages.ts.
 */
export const GW_MSG = {
  positive: 'moet groter zijn dan 0',
  notNegative: 'mag niet negatief zijn',
  unknownGrondslag: (values: readonly string[]) => `moet een van deze waarden zijn: ${values.map((v) => `"${v}"`).join(', ')}`,
  /** 1 + a ≤ 0 cannot happen with rates in [0, 1]; kept as a guard for direct core use. */
  noSolution: 'maakt de vergelijking voor de grondwaarde onoplosbaar (1 + som van de percentages over de grond moet groter zijn dan 0)',
} as const;

export const GW_LABEL = {
  bruto: 'waardesprong bruto',
  netto: 'planbaten netto',
} as const;
