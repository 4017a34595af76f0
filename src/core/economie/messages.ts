/**
 * Dutch texts of the ruimte-voor-economie area (labels of spilled rows and
 * reasons of #VALUE! messages). Generic texts stay in core/messages.ts.
 */
export const EC_MSG = {
  notNegative: 'mag niet negatief zijn',
  positive: 'moet groter zijn dan 0',
  sameRows: (other: string, n: number) => `moet evenveel rijen hebben als ${other} (${n})`,
  oneOrAll: (n: number) => `moet één waarde zijn (voor alle segmenten) of ${n} waarden (één per segment)`,
  labelledShape: 'moet één kolom getallen zijn, of twee kolommen: omschrijving en getal',
  inbrengZero: 'moet samen groter zijn dan 0 (de aandelen worden naar rato van de inbreng bepaald)',
  perpetualNeedsRate: 'moet groter zijn dan 0 voor een eeuwigdurend inkomensverlies; geef een horizon op of een positieve rekenrente',
  gebiedenShape: 'moet 6 of 7 kolommen hebben: omschrijving, m², waarde vóór per m², waarde na per m², kosten gereedmaken, aandeel gemeente, [wijze]',
  wijze: (values: readonly string[]) => `bevat een onbekende wijze; kies ${values.map((v) => `"${v}"`).join(', ')}`,
  stepsMismatch: (n: number) => `moet evenveel stappen (rijen) hebben als kosten (${n})`,
} as const;

export const EC_LABEL = {
  totaal: 'Totaal',
  segment: (i: number) => `segment ${i}`,
  eigenaar: (i: number) => `eigenaar ${i}`,
  gebied: (i: number) => `gebied ${i}`,
  stap: (i: number) => `stap ${i}`,
  gecompenseerd: 'gecompenseerd',
  tekort: 'tekort',
} as const;
