/**
 * Builder: kostenverhaal met tijdvak (Omgevingswet 13.14/13.18): a table of
 * kostensoorten with toerekening, a table of locaties, GREX.KOSTENVERHAAL per
 * locatie, GREX.MACROAFTOPPING and a chart of bijdrage against plafond.
 */
import { at, Layout, nm } from './layout';
import { SOURCES } from './sources';
import { BuilderSpec, num, str, Values } from './types';

/** Kostensoorten (Bro 6.2.3–6.2.5 as a stand-in; Omgevingsbesluit bijlage IV not read [R]). */
export const KOSTENSOORTEN: [string, 'A' | 'B'][] = [
  ['Onderzoek (bodem, archeologie, ecologie, geluid)', 'A'],
  ['Sloop en bodemsanering', 'B'],
  ['Bouw- en woonrijp maken openbaar gebied', 'A'],
  ['Nutsvoorzieningen', 'A'],
  ['Bovenwijkse voorzieningen (toegerekend deel)', 'A'],
  ['Plankosten (plankostenscan)', 'A'],
  ['Planschade en nadeelcompensatie', 'A'],
];

const EXAMPLE_COSTS = [150_000, 400_000, 2_200_000, 300_000, 500_000, 350_000, 100_000];

export const kostenverhaal: BuilderSpec = {
  id: 'kostenverhaal',
  title: 'Kostenverhaal (Omgevingswet)',
  tagline: 'Kostensoorten, verdeling over locaties, bijdrage en plafond, macroaftopping.',
  summary:
    'Een nieuw blad voor kostenverhaal met tijdvak: een tabel met kostensoorten (tabel A/B, raming en toerekeningspercentage voor profijt, proportionaliteit en toerekenbaarheid), ' +
    'een tabel met locaties (opbrengst, inbrengwaarde, eigen kosten en desgewenst gewichten), per locatie aandeel, toegerekende kosten, bijdrage en plafond met GREX.KOSTENVERHAAL, ' +
    'de macroaftopping (GREX.MACROAFTOPPING) en een grafiek van bijdrage tegen plafond.',
  fields: [
    { key: 'project', label: 'Naam van het kostenverhaalsgebied', kind: 'text', default: 'Kostenverhaalsgebied' },
    { key: 'locaties', label: 'Aantal locaties', kind: 'integer', default: 3, min: 1, max: 50 },
    {
      key: 'sleutel', label: 'Verdeelsleutel', kind: 'select', default: 'opbrengst',
      options: [{ value: 'opbrengst', label: 'Naar rato van de opbrengst' }, { value: 'gewichten', label: 'Gewogen eenheden' }],
    },
    { key: 'voorbeeld', label: 'Voorbeeldbedragen invullen', kind: 'checkbox', default: true },
  ],
  functions: ['KOSTENVERHAAL', 'MACROAFTOPPING'],
  plan(v: Values) {
    const project = str(v, 'project') || 'Kostenverhaalsgebied';
    const n = num(v, 'locaties');
    const weighted = v.sleutel === 'gewichten';
    const ex = Boolean(v.voorbeeld);
    const l = new Layout('kostenverhaal', `Kostenverhaal ${project}`, 'KV', [260, 110, 110, 110, 110, 110]);
    l.title(`Kostenverhaal met tijdvak — ${project}`, [
      'Gemaakt met GREX. Gele cellen zijn invoer; de resultaten zijn GREX-formules en rekenen mee.',
      'Alle bedragen positief, als NCW op dezelfde peildatum van de raming (Ow 13.14/13.18).',
    ]);
    l.section('Kostensoorten (raming)');
    const k = l.table('kostensoorten', ['Kostensoort', 'Tabel', 'Raming', 'Toerekening', 'Toegerekend'],
      KOSTENSOORTEN.map(([s, t], i) => [s, t, ex ? EXAMPLE_COSTS[i] : 0, 1, 0]), [undefined, undefined, 'euro', 'pct', 'euro']);
    const [, tabel, raming, toerekening, toegerekend] = k.columns;
    for (let i = 0; i < KOSTENSOORTEN.length; i++) {
      const cell = (c: { row: number; col: number }) => at({ row: c.row + i, col: c.col, rows: 1, cols: 1 });
      l.cell(toegerekend.row + i, toegerekend.col, { formula: `=${cell(raming)}*${cell(toerekening)}`, style: 'result', format: 'euro' });
    }
    l.validate(tabel, { type: 'list', values: ['A', 'B'] }, 'Tabel', 'Tabel A (openbaar gebied) of B (kavelkosten).');
    l.validate(toerekening, { type: 'decimal', min: 0, max: 1 }, 'Toerekening', 'Toerekeningspercentage 0–100% (profijt, proportionaliteit, toerekenbaarheid).');
    l.text(`Bron kostensoorten: ${SOURCES.kostensoorten.text} [${SOURCES.kostensoorten.tag}].`);
    l.result('Overige verhaalbare kosten (toegerekend)', `=SUM(${at(toegerekend)})`, 'euro', 'overige_kosten', `Som van de toegerekende kostensoorten. [${SOURCES.kostensoorten.tag}] ${SOURCES.kostensoorten.text}`);

    l.section('Locaties');
    const headers = ['Locatie', 'Opbrengst', 'Inbrengwaarde', 'Eigen kosten', ...(weighted ? ['Gewicht'] : [])];
    const body = Array.from({ length: n }, (_, i) => [
      `Locatie ${i + 1}`,
      ex ? 1_500_000 + 500_000 * i : 0,
      ex ? 300_000 + 100_000 * i : 0,
      0,
      ...(weighted ? [1] : []),
    ]);
    const loc = l.table('locaties', headers, body, [undefined, 'euro', 'euro', 'euro', 'factor']);
    const comment = (what: string) => `${what} per locatie. [${SOURCES.kostenverhaal.tag}] ${SOURCES.kostenverhaal.text}`;
    l.name('opbrengsten', loc.columns[1], comment('Opbrengst (NCW)'));
    l.name('inbrengwaarden', loc.columns[2], comment('Inbrengwaarde'));
    l.name('eigen_kosten', loc.columns[3], comment('Eigen kosten binnen de raming'));
    if (weighted) {
      l.name('gewichten', loc.columns[4], `Gewogen eenheden per locatie. [${SOURCES.verdeelsleutel.tag}] ${SOURCES.verdeelsleutel.text}`);
      l.validate(loc.columns[4], { type: 'decimal', min: 0, max: 1e9 }, 'Gewicht', 'Gewogen eenheden, 0 of meer.');
    }

    l.section('Verdeling per locatie');
    const labelsRow = l.row;
    const args = `${nm('opbrengsten')},${nm('inbrengwaarden')},${nm('overige_kosten')},${nm('eigen_kosten')}${weighted ? `,${nm('gewichten')}` : ''}`;
    for (let i = 0; i < n; i++) l.cell(labelsRow + 1 + i, 0, { formula: `=${at({ row: loc.columns[0].row + i, col: 0, rows: 1, cols: 1 })}`, style: 'label' });
    l.spill(['Aandeel', 'Toegerekende kosten', 'Bijdrage', 'Plafond (O − IW)', 'Signalering'], `=GREX.KOSTENVERHAAL(${args})`, n, ['pct', 'euro', 'euro', 'euro', undefined], 1);
    l.cell(labelsRow, 0, { value: 'Locatie', style: 'header' });

    l.section('Macroaftopping');
    l.result('Totale kosten (inbrengwaarden + overige kosten)', `=SUM(${nm('inbrengwaarden')})+${nm('overige_kosten')}`, 'euro', 'totale_kosten', 'Σ inbrengwaarden + overige verhaalbare kosten');
    l.result('Verhaalbare kosten na macroaftopping', `=GREX.MACROAFTOPPING(${nm('totale_kosten')},SUM(${nm('opbrengsten')}))`, 'euro', 'verhaalbaar', 'min(kosten, opbrengsten) (Ow 13.14 lid 2)');
    l.chart({
      kind: 'ColumnClustered',
      title: 'Bijdrage en plafond per locatie',
      data: { row: labelsRow, col: 3, rows: n + 1, cols: 2 },
      categories: { row: labelsRow + 1, col: 0, rows: n, cols: 1 },
      seriesBy: 'Columns',
    });
    return l.build();
  },
};
