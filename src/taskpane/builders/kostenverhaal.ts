/**
 * Builder: kostenverhaal met tijdvak (Omgevingswet 13.14/13.18): a table of
 * kostensoorten with toerekening, a table of locaties, GREX.KOSTENVERHAAL per
 * locatie, GREX.MACROAFTOPPING and a chart of bijdrage against plafond.
 */
import { EXAMPLE_NOTE, sheetTitle } from './sheet-name';
import { KOSTENSOORTEN_STATUS, kostensoortenVoor } from '../../core/kostenverhaal';
import { at, Layout, nm } from '../sheet/layout';
import { SOURCES } from '../sheet/sources';
import { BuilderSpec, num, str, Values } from './types';

/** The kostensoorten of the core (Bro-based list [R]) that are entered as cost posts. */
const SOORTEN = kostensoortenVoor('TIJDVAK').filter((k) => !k.viaArgument);

/** Example amounts (voorbeeldwaarden) by kostensoort id. */
const EXAMPLE_COSTS: Record<string, number> = {
  onderzoek: 150_000,
  grondwerken: 2_200_000,
  nutsvoorzieningen: 300_000,
  bovenwijks: 500_000,
  plankosten: 350_000,
  planschade: 100_000,
  rente: 120_000,
  vrijmaken: 80_000,
  sloop: 250_000,
  sanering: 150_000,
};

export const kostenverhaal: BuilderSpec = {
  id: 'kostenverhaal',
  title: 'Kostenverhaal (Omgevingswet)',
  tagline: 'Kostensoorten, verdeling over locaties, bijdrage en plafond, macroaftopping.',
  summary:
    'Een nieuw blad voor kostenverhaal met tijdvak: een tabel met kostensoorten (tabel A/B, raming en ' +
    'toerekeningspercentage voor profijt, proportionaliteit en toerekenbaarheid), ' +
    ('een tabel met locaties (opbrengst, inbrengwaarde, eigen kosten en desgewenst gewichten), per locatie aandeel, ' +
      'toegerekende kosten, bijdrage en plafond met GREX.KOSTENVERHAAL, ') +
    'de macroaftopping (GREX.MACROAFTOPPING) en een grafiek van bijdrage tegen plafond.',
  fields: [
    { key: 'project', label: 'Naam van het kostenverhaalsgebied', kind: 'text', default: 'Kostenverhaalsgebied' },
    { key: 'locaties', label: 'Aantal locaties', kind: 'integer', default: 3, min: 1, max: 50 },
    {
      key: 'sleutel',
      label: 'Verdeelsleutel',
      kind: 'select',
      default: 'opbrengst',
      options: [
        { value: 'opbrengst', label: 'Naar rato van de opbrengst' },
        { value: 'gewichten', label: 'Gewogen eenheden' },
      ],
    },
    {
      key: 'voorbeeld',
      label: 'Voorbeeldbedragen invullen (om te proberen)',
      kind: 'checkbox',
      default: false,
      help: 'Het blad meldt dan bovenaan dat het voorbeeldbedragen zijn.',
    },
  ],
  plan(v: Values) {
    const project = str(v, 'project') || 'Kostenverhaalsgebied';
    const n = num(v, 'locaties');
    const weighted = v.sleutel === 'gewichten';
    const ex = Boolean(v.voorbeeld);
    const l = new Layout('kostenverhaal', sheetTitle('Kostenverhaal', project, 'Kostenverhaalsgebied'), 'KV', [300, 110, 110, 110, 110, 330]);
    l.opening(`Kostenverhaal met tijdvak — ${project}`, [
      'Alle bedragen positief, als NCW op dezelfde peildatum van de raming (Ow 13.14/13.18).',
      ...(ex ? [EXAMPLE_NOTE] : []),
    ]);
    l.section('Kostensoorten (raming)');
    const k = l.table(
      'kostensoorten',
      ['Kostensoort', 'Tabel', 'Raming (NCW)', 'Toerekening', 'Toegerekend', 'Toelichting'],
      SOORTEN.map((s) => [s.omschrijving, s.tabel, ex ? (EXAMPLE_COSTS[s.id] ?? 0) : 0, 1, 0, `${s.toelichting} [${s.tag}]`]),
      [undefined, undefined, 'euro', 'pct', 'euro', undefined],
    );
    const [, tabel, raming, toerekening, toegerekend] = k.columns;
    for (let i = 0; i < SOORTEN.length; i++) {
      const cell = (c: { row: number; col: number }) => at({ row: c.row + i, col: c.col, rows: 1, cols: 1 });
      l.cell(toegerekend.row + i, toegerekend.col, { formula: `=${cell(raming)}*${cell(toerekening)}`, style: 'result', format: 'euro' });
    }
    l.validate(tabel, { type: 'list', values: ['A', 'B'] }, 'Tabel', 'Tabel A (openbaar gebied) of B (kavelkosten).');
    l.validate(
      toerekening,
      { type: 'decimal', min: 0, max: 1 },
      'Toerekening',
      'Toerekeningspercentage 0–100% (profijt, proportionaliteit, toerekenbaarheid).',
    );
    l.text(KOSTENSOORTEN_STATUS);
    l.text('De inbrengwaarden staan in de tabel Locaties (argument inbrengwaarden), niet bij de kostensoorten: zo tellen ze niet dubbel.');
    l.result(
      'Overige verhaalbare kosten (toegerekend)',
      `=SUM(${at(toegerekend)})`,
      'euro',
      'overige_kosten',
      `Som van de toegerekende kostensoorten. [${SOURCES.kostensoorten.tag}] ${SOURCES.kostensoorten.text}`,
    );

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
    if (weighted) l.name('gewichten', loc.columns[4], `Gewogen eenheden per locatie. [${SOURCES.verdeelsleutel.tag}] ${SOURCES.verdeelsleutel.text}`);

    l.section('Verdeling per locatie');
    const labelsRow = l.row;
    const args = {
      opbrengsten: nm('opbrengsten'),
      inbrengwaarden: nm('inbrengwaarden'),
      overige_kosten: nm('overige_kosten'),
      eigen_kosten: nm('eigen_kosten'),
      gewichten: weighted ? nm('gewichten') : undefined,
    };
    for (let i = 0; i < n; i++) l.cell(labelsRow + 1 + i, 0, { formula: `=${at({ row: loc.columns[0].row + i, col: 0, rows: 1, cols: 1 })}`, style: 'label' });
    l.spillOf('KOSTENVERHAAL', args, n, ['pct', 'euro', 'euro', 'euro', undefined], { col: 1 });
    l.cell(labelsRow, 0, { value: 'Locatie', style: 'header' });

    l.section('Macroaftopping');
    l.result(
      'Totale kosten (inbrengwaarden + overige kosten)',
      `=SUM(${nm('inbrengwaarden')})+${nm('overige_kosten')}`,
      'euro',
      'totale_kosten',
      'Σ inbrengwaarden + overige verhaalbare kosten',
    );
    l.result(
      'Verhaalbare kosten na macroaftopping',
      l.grex('MACROAFTOPPING', { kosten: nm('totale_kosten'), opbrengsten: `SUM(${nm('opbrengsten')})` }),
      'euro',
      'verhaalbaar',
      'min(kosten, opbrengsten) (Ow 13.14 lid 2)',
    );
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
