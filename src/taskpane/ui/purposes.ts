/** One sentence per model: what the sheet is for, shown first when its form opens. */
export const PURPOSE: Record<string, string> = {
  grondexploitatie:
    'Een grondexploitatie volgens het BBV doorrekenen: wat het complex kost en oplevert, en welk resultaat, welke ' +
    'voorziening en welke winstneming daaruit volgen.',
  grondwaarde: 'Berekenen wat de grond onder een woningbouwplan waard is (residueel) en hoeveel de bestemmingswijziging aan waarde toevoegt.',
  kostenverhaal: 'De kosten van een gebied verdelen over de locaties volgens de Omgevingswet, met de bijdrage en het plafond per locatie.',
  verplaatsing: 'Een bedrijfsverplaatsing financieel onderbouwen: de schadeloosstelling, de onrendabele top en hoe die wordt gedekt.',
  erfpacht: 'Erfpacht en verkoop van dezelfde grond vergelijken voor de gemeente: canon, afkoopsom en netto contante waarde.',
  barcode: 'Nagaan of een groeiprogramma in het gebied past, met de ruimteclaim per functie en de mogelijkheden om functies te mengen.',
  economie:
    'Nagaan of er per segment genoeg ruimte voor bedrijven is, of werklocatie die verdwijnt elders terugkomt, en ' +
    'wat de grond oplevert die een bedrijfsverplaatsing vrijmaakt.',
};
