/**
 * Dutch texts of the kostenverhaal area (reasons of #VALUE! messages, column
 * labels and the warnings in the signalering column). Generic texts stay in
 * core/messages.ts.
 */
/** An amount in Dutch notation with thousands separators: 8500 → "8.500", 1234.5 → "1.234,5". */
export function formatAmount(x: number): string {
  const [int, frac] = String(Math.round(x * 100) / 100).split('.');
  const sign = int.startsWith('-') ? '-' : '';
  const digits = sign ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}${grouped}${frac ? ',' + frac : ''}`;
}

export const KV_MSG = {
  sumPositive: 'moeten samen groter zijn dan 0',
  oneOrSameLength: (other: string, n: number) => `moet één waarde of evenveel waarden als ${other} (${n}) bevatten`,
  notNegative: 'mag niet negatief zijn',
  positionNotNegative: (pos: number) => `mag op positie ${pos} niet negatief zijn`,
} as const;

export const KV_LABEL = {
  aandeel: 'aandeel',
  toegerekend: 'toegerekende kosten',
  bijdrage: 'bijdrage',
  plafond: 'plafond (O − IW)',
  signalering: 'signalering',
} as const;

export const KV_WARN = {
  /** Ob "afzien van kostenverhaal", onder a: the total of the sums owed under Ow 13.18 is below €10.000. */
  onderDrempel: (totaal: number, drempel: number) =>
    `totaal te verhalen bijdragen ${formatAmount(totaal)} < ${formatAmount(drempel)}: het bevoegd gezag kan afzien van ` +
    `kostenverhaal (Omgevingsbesluit, afzien van kostenverhaal); niet automatisch toegepast`,
  macroaftopping: (kosten: number, opbrengsten: number) =>
    `macroaftopping: kosten ${formatAmount(kosten)} afgetopt op de opbrengsten ${formatAmount(opbrengsten)} (Ow 13.14 ` +
    `lid 2); het verschil blijft ten laste van de gemeente`,
  begrensd: (plafond: number) => `bijdrage begrensd op het plafond O − IW (${formatAmount(plafond)}); het verschil blijft ten laste van de gemeente`,
  join: (parts: readonly string[]) => parts.join('; '),
} as const;
