/**
 * Dutch texts of the relocation area (labels of spilled components and
 * reasons of #VALUE! messages). Generic texts stay in core/messages.ts.
 */
export const LABEL = {
  werkelijkeWaarde: 'werkelijke waarde',
  financieringsschade: 'financieringsschade',
  gekapitaliseerdInkomen: 'gekapitaliseerd inkomen',
  totaal: 'totaal',
  overigePost: (i: number) => `overige post ${i}`,
  bijdrage: (i: number) => `bijdrage ${i}`,
  otNcw: 'onrendabele top (NCW)',
  otNominaal: 'onrendabele top (nominaal)',
  ncwKosten: 'NCW kosten',
  ncwOpbrengsten: 'NCW opbrengsten',
  bijdrageGebruikt: (label: string) => `bijdrage gebruikt: ${label}`,
  restantTekort: 'restant tekort (NCW)',
  fondsLening: 'fonds: lening',
  fondsRente: 'fonds: rente',
  fondsAflossing: 'fonds: aflossing',
  fondsRestschuld: 'fonds: restschuld',
  fondsTerugbetaald: 'fonds: terugbetaald in jaar',
  nietBinnenLooptijd: (lastYear: number) => `niet binnen de looptijd (t/m ${lastYear})`,
  nietBinnenHorizon: (lastYear: number) => `niet binnen de horizon (t/m ${lastYear})`,
} as const;

export const VMSG = {
  notBelow: (other: string, value: string) => `moet ten minste gelijk zijn aan ${other} (${value})`,
  postsShape: 'moet één rij of kolom bedragen zijn, of twee kolommen: omschrijving en bedrag',
  negativeAmount: (row: number) => `bevat in rij ${row} een negatief bedrag`,
  beforeStart: (start: number) => `valt vóór het startjaar (${start})`,
  tooFarAfterStart: (start: number) => `valt meer dan 1000 jaar na het startjaar (${start}); geef een startjaar op als u kalenderjaren gebruikt`,
  wholeYears: 'moet een geheel aantal jaren van ten minste 1 zijn',
} as const;

/** Reasons of the nadeelcompensatie checks (Ow 15.7). */
export const NMR_MSG = {
  owFixed:
    'is onder de Omgevingswet 4% van de waarde (art. 15.7 lid 1). Een ander percentage alleen met reden ' +
    '"INKOMENSSCHADE" (geen forfait, Awb 4:126); 0 bij art. 15.7 lid 3; voor planschade onder de oude Wro: regime "WRO"',
  lid3: 'moet leeg of 0 zijn bij reden "LID3" (het forfait van art. 15.7 lid 1 blijft buiten toepassing)',
  inkomensschade:
    'is verplicht bij reden "INKOMENSSCHADE": onder de Omgevingswet is er geen forfait voor inkomensschade; geef ' +
    'het percentage normaal maatschappelijk risico van dit geval',
  onlyOw: 'kan alleen bij regime "OW" (de uitzonderingen van art. 15.7 Omgevingswet)',
} as const;
