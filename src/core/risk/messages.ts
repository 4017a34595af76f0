/** Dutch texts of the risk area (#VALUE! reasons). Generic texts stay in core/messages.ts. */
export const RMSG = {
  registerShape: (n: number) =>
    `moet één kolom bedragen zijn, of drie kolommen (minimum, meest waarschijnlijk, maximum), met één rij per risico; ` +
    `kansen heeft ${n} ${n === 1 ? 'waarde' : 'waarden'}`,
  triangleOrder: (row: number) => `rij ${row}: moet voldoen aan minimum ≤ meest waarschijnlijk ≤ maximum`,
  negative: (row: number, col: number) => `bevat in rij ${row}, kolom ${col} een negatief bedrag`,
  probability: (pos: number) => `(positie ${pos}) moet een kans tussen 0 en 1 zijn`,
  certainty: 'moet groter zijn dan 0 en hoogstens 1 zijn',
  tooMuchWork: (max: string) => `× aantal risico's mag hoogstens ${max} trekkingen zijn; verlaag het aantal simulaties`,
  complexCount: (n: number) => `moet één naam per risico hebben, net zo veel rijen als kansen (${n})`,
  complexBlank: (row: number) => `heeft in rij ${row} geen naam van een complex`,
} as const;
