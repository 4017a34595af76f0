/**
 * Builder: erfpacht versus verkoop. Parameters as names, the canon
 * (GREX.ERFPACHT.CANON), the afkoopsom (GREX.ERFPACHT.AFKOOPSOM), the
 * comparison (GREX.ERFPACHT.VERGELIJK) and a year-by-year table over the term
 * (GREX.NCW of the canons so far, GREX.ERFPACHT.NCW incl. the land returning)
 * against the koopsom, with a line chart.
 */
import { sheetTitle } from './sheet-name';
import { at, Layout, nm } from './layout';
import { SOURCES, SourceNote } from './sources';
import { BuilderSpec, num, str, Values } from './types';

export const erfpacht: BuilderSpec = {
  id: 'erfpacht',
  title: 'Erfpacht versus verkoop',
  tagline: 'Canon, afkoopsom en erfpacht tegen verkoop over de looptijd.',
  summary:
    'Een nieuw blad met grondwaarde, canonpercentage, kortingen, groei, rekenrente, looptijd en koopsom als benoemde cellen, de canon (GREX.ERFPACHT.CANON), ' +
    'de afkoopsom (GREX.ERFPACHT.AFKOOPSOM), de vergelijking met verkoop inclusief het break-even canonpercentage (GREX.ERFPACHT.VERGELIJK) ' +
    'en een tabel per jaar van de looptijd met de contante waarde van de canons tot dan toe en de NCW van erfpacht inclusief terugkeer van de grond, tegen de koopsom, als lijngrafiek.',
  fields: [
    { key: 'project', label: 'Naam van de kavel of het gebied', kind: 'text', default: 'Kavel' },
    { key: 'grondwaarde', label: 'Grondwaarde (€)', kind: 'number', default: 1_000_000, min: 0 },
    { key: 'canonpercentage', label: 'Canonpercentage (%)', kind: 'percent', default: 2.5, min: 0, max: 20 },
    { key: 'groei', label: 'Groei canon per jaar (%)', kind: 'percent', default: 2, min: -5, max: 20 },
    { key: 'rekenrente', label: 'Rekenrente (%)', kind: 'percent', default: 4, min: -5, max: 30 },
    { key: 'looptijd', label: 'Looptijd (jaren)', kind: 'integer', default: 50, min: 1, max: 100 },
  ],
  functions: ['ERFPACHT.CANON', 'ERFPACHT.AFKOOPSOM', 'ERFPACHT.VERGELIJK', 'ERFPACHT.NCW', 'NCW'],
  plan(v: Values) {
    const project = str(v, 'project') || 'Kavel';
    const T = num(v, 'looptijd');
    const l = new Layout('erfpacht', sheetTitle('Erfpacht', project, 'Kavel'), 'EP', [230, 110, 110, 130, 130, 110]);
    l.title(`Erfpacht versus verkoop — ${project}`, [
      'Gemaakt met GREX. Gele cellen zijn invoer; de resultaten zijn GREX-formules en rekenen mee.',
      'Canon aan het eind van elk jaar; de grond keert aan het eind van de looptijd terug (DECISIONS §3).',
    ]);
    l.section('Parameters');
    l.paramHeader();
    const pct = (key: string, label: string, value: number, source: SourceNote = SOURCES.user, help = 'Percentage als fractie.') =>
      l.param({ key, label, value, format: 'pct', unit: '%', source, rule: { type: 'decimal', min: -0.99, max: 1 }, help });
    l.param({ key: 'grondwaarde', label: 'Grondwaarde', value: num(v, 'grondwaarde'), format: 'euro', unit: '€', source: SOURCES.canon, rule: { type: 'decimal', min: 0, max: 1e12 }, help: 'Volle vrije grondwaarde (taxatie).' });
    pct('canonpercentage', 'Canonpercentage', num(v, 'canonpercentage'), SOURCES.canon);
    pct('korting_grondwaarde', 'Korting op grondwaarde', 0, SOURCES.user, 'Bijv. 10% bij de Amsterdamse overstap.');
    pct('korting_canon', 'Korting op canon', 0, SOURCES.user, 'Bijv. 25% bij de Amsterdamse overstap.');
    pct('groei', 'Groei canon per jaar', num(v, 'groei'), SOURCES.groei);
    pct('grondwaardegroei', 'Groei grondwaarde per jaar', num(v, 'groei'), SOURCES.rekenrente, 'Voor de waarde van de grond bij terugkeer.');
    pct('rekenrente', 'Rekenrente', num(v, 'rekenrente'), SOURCES.rekenrente);
    l.param({ key: 'looptijd', label: 'Looptijd', value: T, format: 'int', unit: 'jaar', source: SOURCES.user, rule: { type: 'whole', min: 1, max: 1000 }, help: 'Aantal jaren; de tabel hieronder loopt tot de looptijd bij het maken van het blad.' });
    l.param({ key: 'koopsom', label: 'Koopsom bij verkoop', value: num(v, 'grondwaarde'), format: 'euro', unit: '€', source: SOURCES.user, rule: { type: 'decimal', min: 0, max: 1e12 }, help: 'Standaard de grondwaarde.' });

    l.section('Resultaat');
    l.result('Canon eerste jaar', `=GREX.ERFPACHT.CANON(${nm('grondwaarde')},${nm('canonpercentage')},${nm('korting_grondwaarde')},${nm('korting_canon')})`, 'euro', 'canon', 'Canon eerste jaar na kortingen');
    l.result('Afkoopsom over de looptijd', `=GREX.ERFPACHT.AFKOOPSOM(${nm('canon')},${nm('rekenrente')},${nm('groei')},${nm('looptijd')})`, 'euro', 'afkoopsom', 'Contante waarde van de groeiende canons (achteraf betaald)');
    l.spill(['NCW erfpacht', 'Koopsom', 'Verschil (erfpacht − koopsom)', 'Break-even canonpercentage'],
      `=GREX.ERFPACHT.VERGELIJK(${nm('grondwaarde')},${nm('canonpercentage')},${nm('groei')},${nm('rekenrente')},${nm('looptijd')},${nm('koopsom')},${nm('grondwaardegroei')})`, 1, ['euro', 'euro', 'euro', 'pct']);

    l.section('Over de looptijd');
    const top = l.row++;
    ['Jaar', 'Canon', 'Contante waarde canons t/m jaar', 'NCW erfpacht bij deze looptijd', 'Koopsom'].forEach((h, i) => l.cell(top, i, { value: h, style: 'header' }));
    const first = top + 1;
    for (let t = 1; t <= T; t++) {
      const r = top + t;
      const A = at({ row: r, col: 0, rows: 1, cols: 1 });
      l.cell(r, 0, { value: t, format: 'int' });
      l.cell(r, 1, { formula: `=${nm('canon')}*(1+${nm('groei')})^(${A}-1)`, format: 'euro' });
      l.cell(r, 2, { formula: `=GREX.NCW(${nm('rekenrente')},${at({ row: first, col: 1, rows: t, cols: 1 })})`, format: 'euro' });
      l.cell(r, 3, { formula: `=GREX.ERFPACHT.NCW(${nm('grondwaarde')},${nm('canonpercentage')},${nm('groei')},${nm('rekenrente')},${A},${nm('grondwaardegroei')})`, format: 'euro' });
      l.cell(r, 4, { formula: `=${nm('koopsom')}`, format: 'euro' });
    }
    l.row = top + T + 1;
    l.chart({
      kind: 'Line',
      title: 'Erfpacht versus verkoop over de looptijd',
      data: { row: top, col: 2, rows: T + 1, cols: 3 },
      categories: { row: first, col: 0, rows: T, cols: 1 },
      seriesBy: 'Columns',
    }, 16, 6);
    return l.build();
  },
};
