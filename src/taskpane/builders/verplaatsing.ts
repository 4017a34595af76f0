/**
 * Builder: bedrijfsverplaatsing en businesscase. Schadeloosstelling bij
 * verplaatsing and bij liquidatie side by side (the user chooses,
 * docs/methode/verplaatsing.md#verplaatsing-of-liquidatie), deskundigenkosten, a posts × years business case with
 * GREX.VERPLAATSING.BUSINESSCASE and GREX.ONRENDABELETOP, and the funding
 * waterfall as a chart.
 */
import { sheetTitle } from './sheet-name';
import { at, Layout, nm } from '../sheet/layout';
import { SOURCES, SourceNote } from '../sheet/sources';
import { BuilderSpec, num, str, Values, years } from './types';
import { vrijkomendeGrond } from './vrijkomende-grond';

const OTHER_POSTS: [string, number][] = [
  ['Verhuiskosten', 150_000],
  ['Stagnatie- en aanloopschade', 100_000],
  ['Dubbele lasten', 50_000],
];
const FUNDERS: [string, number][] = [
  ['Gemeente', 1_500_000],
  ['Provincie', 1_500_000],
  ['ROM-fonds', 0],
];

export const verplaatsing: BuilderSpec = {
  id: 'verplaatsing',
  title: 'Bedrijfsverplaatsing en businesscase',
  tagline: 'Schadeloosstelling (verplaatsing en liquidatie), onrendabele top en dekking.',
  summary:
    'Een nieuw blad met de schadeloosstelling bij verplaatsing en bij liquidatie naast elkaar ' +
    '(GREX.SCHADELOOSSTELLING.VERPLAATSING en .LIQUIDATIE; de gebruiker kiest en motiveert), ' +
    ('de deskundigenkosten (GREX.DESKUNDIGENKOSTEN), de waardestijging van de vrijkomende grond ' +
      '(GREX.VERPLAATSING.VRIJKOMENDEGROND) als opbrengst, een businesscase met kosten en opbrengsten per jaar, de onrendabele top (GREX.ONRENDABELETOP) ') +
    ('en de dekking door gemeente, provincie en ROM-fonds (GREX.VERPLAATSING.BUSINESSCASE), met een watervalgrafiek ' +
      'van de financiering, en een schuifruimteketen met de onrendabele top per stap (GREX.SCHUIFRUIMTE.KETEN).'),
  fields: [
    { key: 'project', label: 'Naam van het bedrijf of project', kind: 'text', default: 'Verplaatsing' },
    { key: 'startjaar', label: 'Startjaar', kind: 'year', default: 2026, min: 1990, max: 2150 },
    { key: 'looptijd', label: 'Looptijd businesscase (jaren)', kind: 'integer', default: 5, min: 1, max: 30 },
    { key: 'werkelijke_waarde', label: 'Werkelijke waarde (€)', kind: 'number', default: 2_000_000, min: 0 },
    { key: 'herinvestering', label: 'Herinvestering nieuwe locatie (€)', kind: 'number', default: 2_800_000, min: 0 },
    { key: 'marktrente', label: 'Marktrente (%)', kind: 'percent', default: 4, min: 0, max: 20 },
    { key: 'netto_inkomen', label: 'Netto jaarinkomen bij liquidatie (€)', kind: 'number', default: 150_000 },
    { key: 'disconteringsvoet', label: 'Disconteringsvoet businesscase (%)', kind: 'percent', default: 2, min: -5, max: 20 },
    {
      key: 'nieuwe_locatie',
      label: 'Nieuwe locatie',
      kind: 'select',
      default: 'verkoop',
      options: [
        { value: 'verkoop', label: 'Verkoop' },
        { value: 'erfpacht', label: 'Uitgifte in erfpacht (canonreeks)' },
      ],
      help: 'Bij erfpacht telt de contante waarde van de canons als opbrengst (zoals bij Dolderman, Dordrecht).',
    },
  ],
  plan(v: Values) {
    const project = str(v, 'project') || 'Verplaatsing';
    const start = num(v, 'startjaar');
    const n = num(v, 'looptijd');
    const ys = years(start, n);
    const lease = v.nieuwe_locatie === 'erfpacht';
    const l = new Layout('verplaatsing', sheetTitle('Verplaatsing', project, 'Verplaatsing'), 'BV', [230, 110, 40, 230, 110, 110]);
    l.opening(`Bedrijfsverplaatsing en businesscase — ${project}`, [
      'GREX kiest niet tussen verplaatsing en liquidatie: de toets is de redelijk handelend ondernemer; kies en motiveer hieronder.',
    ]);
    l.paramSection();
    const euro = (key: string, label: string, value: number, source: SourceNote = SOURCES.user, help?: string) =>
      l.param({ key, label, value, format: 'euro', unit: '€', source, help });
    l.param({ key: 'startjaar', label: 'Startjaar', value: start, source: SOURCES.conventions, help: 'Eerste jaar van de businesscase.' });
    euro('werkelijke_waarde', 'Werkelijke waarde', num(v, 'werkelijke_waarde'), SOURCES.werkelijkeWaarde, 'Taxatie met eliminatie van het plan.');
    euro('herinvestering', 'Herinvestering vervangende locatie', num(v, 'herinvestering'));
    l.param({ key: 'marktrente', label: 'Marktrente financiering', value: num(v, 'marktrente'), unit: '%', source: SOURCES.marktrente });
    euro('jaarlijkse_correctie', 'Jaarlijkse correctie (nieuw voor oud)', 0, SOURCES.user);
    l.param({
      key: 'kapitalisatiefactor',
      label: 'Kapitalisatiefactor',
      value: 10,
      format: 'factor',
      source: SOURCES.factor10,
      help: '10 voor een eigenaar; 7 voor een huurder van 290-bedrijfsruimte.',
    });
    euro('netto_inkomen', 'Netto jaarinkomen (liquidatie)', num(v, 'netto_inkomen'));
    l.param({ key: 'disconteringsvoet', label: 'Disconteringsvoet businesscase', value: num(v, 'disconteringsvoet'), unit: '%', source: SOURCES.ot });
    l.param({
      key: 'scenario',
      label: 'Gekozen scenario',
      value: 'VERPLAATSING',
      source: SOURCES.user,
      rule: { type: 'list', values: ['VERPLAATSING', 'LIQUIDATIE'] },
      help: 'Wat zou een redelijk handelend ondernemer doen? Motiveer de keuze.',
    });
    l.param({ key: 'motivering', label: 'Motivering keuze', value: '', source: SOURCES.user, help: 'Waarom dit scenario (redelijk handelend ondernemer).' });

    /** A section with a two-column table (label, amount), named on its body. */
    const amountsTable = (section: string, key: string, headers: [string, string], rows: [string, number][], comment: string) => {
      l.section(section);
      const t = l.table(
        key,
        headers,
        rows.map((r) => [...r]),
        [undefined, 'euro'],
      );
      l.name(key, t.body, comment);
    };
    amountsTable('Overige schadeposten', 'overige_posten', ['Omschrijving', 'Bedrag'], OTHER_POSTS, 'Overige schadeposten (omschrijving, bedrag)');

    l.section('Schadeloosstelling: verplaatsing en liquidatie naast elkaar');
    const k = OTHER_POSTS.length + 3;
    const top = l.row;
    const waarde = { werkelijke_waarde: nm('werkelijke_waarde'), kapitalisatiefactor: nm('kapitalisatiefactor'), overige_posten: nm('overige_posten') };
    const verpl = { ...waarde, herinvestering: nm('herinvestering'), marktrente: nm('marktrente'), jaarlijkse_correctie: nm('jaarlijkse_correctie') };
    l.spillOf('SCHADELOOSSTELLING.VERPLAATSING', verpl, k, [undefined, 'euro'], { col: 0 });
    l.row = top;
    l.spillOf('SCHADELOOSSTELLING.LIQUIDATIE', { ...waarde, netto_inkomen: nm('netto_inkomen') }, k, [undefined, 'euro'], { col: 3 });
    l.name('totaal_verplaatsing', { row: top + k, col: 1, rows: 1, cols: 1 }, 'Schadeloosstelling bij verplaatsing (totaal)');
    l.name('totaal_liquidatie', { row: top + k, col: 4, rows: 1, cols: 1 }, 'Schadeloosstelling bij liquidatie (totaal)');
    l.result(
      'Schadeloosstelling gekozen scenario',
      `=IF(${nm('scenario')}="LIQUIDATIE",${nm('totaal_liquidatie')},${nm('totaal_verplaatsing')})`,
      'euro',
      'schadeloosstelling',
      'Schadeloosstelling van het gekozen scenario',
    );
    l.result(
      'Deskundigenkosten',
      l.grex('DESKUNDIGENKOSTEN', { schadeloosstelling: nm('schadeloosstelling') }),
      'euro',
      'deskundigenkosten',
      `${SOURCES.deskundigen.text} [${SOURCES.deskundigen.tag}]`,
    );

    l.section('Vrijkomende grond (waardestijging van de achtergebleven grond)');
    vrijkomendeGrond(l, {
      rows: [
        ['Vrijkomende kavel', 10_000, 120, 300, 500_000, 1, 'VERWORVEN'],
        ['Grond binnen de milieucontour', 20_000, 250, 300, 200_000, 0.5, 'KOSTENVERHAAL'],
      ],
      comment: 'Vrijkomende grond: gebied, m² (GIS), waarde vóór en na per m², kosten, aandeel gemeente, wijze (voorbeeldwaarden)',
      total: { key: 'vrijkomende_grond', comment: 'Bijdrage van de vrijkomende grond aan de businesscase (docs/methode/economie.md#vrijkomende-grond)' },
    });
    l.text(
      'De bijdrage staat hieronder als opbrengst van de vrijkomende locatie; grond binnen de contour: zie ' +
        'GREX.RICHTAFSTAND voor de afstand per milieucategorie.',
    );

    l.section(`Businesscase per jaar (vanaf ${start}, positief)`);
    const yh = ys.map(String);
    const zeros = ys.map(() => 0);
    const euroYears = [undefined, ...ys.map(() => 'euro' as const)];
    const kosten = l.table(
      'kosten',
      ['Kosten', ...yh],
      [
        ['Schadeloosstelling en deskundigen', ...zeros],
        ['Sloop en sanering', ...ys.map((_, i) => (i === 0 ? 400_000 : 0))],
        ['Bouwrijp maken', ...ys.map((_, i) => (i === Math.min(1, n - 1) ? 600_000 : 0))],
        ['Plankosten', ...ys.map(() => 50_000)],
      ],
      euroYears,
    );
    l.cell(kosten.body.row, 1, { formula: `=${nm('schadeloosstelling')}+${nm('deskundigenkosten')}`, style: 'result', format: 'euro' });
    l.name('schadeloosstelling_reeks', { row: kosten.body.row, col: 1, rows: 1, cols: n }, 'Schadeloosstelling en deskundigenkosten per jaar');
    l.name('eigen_kosten', { row: kosten.body.row + 1, col: 1, rows: 3, cols: n }, 'Eigen kosten per post en jaar');
    l.name('kosten', { row: kosten.body.row, col: 1, rows: 4, cols: n }, 'Alle kosten per post en jaar');
    const opb = l.table(
      'opbrengsten',
      ['Opbrengsten', ...yh],
      [
        ['Vrijkomende locatie na herbestemming', ...ys.map((_, i) => (i === Math.min(2, n - 1) ? 2_500_000 : 0))],
        ['Nieuwe locatie (verkoop)', ...ys.map((_, i) => (!lease && i === Math.min(1, n - 1) ? 800_000 : 0))],
      ],
      euroYears,
    );
    l.cell(opb.body.row, 1 + Math.min(2, n - 1), { formula: `=${nm('vrijkomende_grond')}`, style: 'result', format: 'euro' });
    l.name('opbrengsten', { row: opb.body.row, col: 1, rows: 2, cols: n }, 'Alle opbrengsten per post en jaar');
    l.name('opbrengst_oude_locatie', { row: opb.body.row, col: 1, rows: 1, cols: n }, 'Opbrengst vrijkomende locatie per jaar');
    l.name('opbrengst_nieuwe_locatie', { row: opb.body.row + 1, col: 1, rows: 1, cols: n }, 'Opbrengst nieuwe locatie per jaar');

    if (lease) {
      l.section('Nieuwe locatie in erfpacht');
      const ep = l.table(
        'erfpacht_nieuwe_locatie',
        ['Canon eerste jaar', 'Eerste jaar', 'Looptijd (jaren)', 'Groei per jaar', 'Restwaarde'],
        [[60_000, start + Math.min(1, n - 1), 30, 0.02, 0]],
        ['euro', 'year', 'int', 'pct', 'euro'],
      );
      l.name(
        'erfpacht_nieuwe_locatie',
        ep.body,
        `Erfpacht nieuwe locatie: canon, eerste jaar, looptijd, groei, restwaarde. [${SOURCES.cofinanciering.tag}] nieuwe ` +
          `locatie in erfpacht uitgegeven (Dolderman, Dordrecht 2018)`,
      );
      // Each column takes its rule and hint from the tuple's field in the registry (the layout derives them).
      l.text('De restwaarde aan het eind telt alleen mee als u die invult; de bron daarvoor is niet geverifieerd [R].');
    }

    amountsTable(
      'Dekking (in volgorde van inzet)',
      'bijdragen',
      ['Financier', 'Bijdrage'],
      FUNDERS,
      `Bijdragen per financier. [${SOURCES.cofinanciering.tag}] ${SOURCES.cofinanciering.text}`,
    );

    l.section('Resultaat businesscase');
    const ot = { disconteringsvoet: nm('disconteringsvoet'), kosten: nm('kosten'), opbrengsten: nm('opbrengsten'), startjaar: nm('startjaar') };
    l.result(
      'Onrendabele top (NCW, GREX.ONRENDABELETOP)',
      l.grex('ONRENDABELETOP', ot),
      'euro',
      'onrendabele_top',
      'NCW kosten − NCW opbrengsten; positief = tekort',
    );
    const b = FUNDERS.length;
    const businesscase = {
      disconteringsvoet: nm('disconteringsvoet'),
      schadeloosstelling: nm('schadeloosstelling_reeks'),
      kosten: nm('eigen_kosten'),
      opbrengst_oude_locatie: nm('opbrengst_oude_locatie'),
      opbrengst_nieuwe_locatie: nm('opbrengst_nieuwe_locatie'),
      erfpacht_nieuwe_locatie: lease ? nm('erfpacht_nieuwe_locatie') : undefined,
      bijdragen: nm('bijdragen'),
      startjaar: nm('startjaar'),
    };
    const bc = l.spillOf('VERPLAATSING.BUSINESSCASE', businesscase, 5 + b, [undefined, 'euro']);

    l.section('Financiering (waterval)');
    const wTop = l.row++;
    l.cell(wTop, 0, { value: 'Stap', style: 'header' });
    l.cell(wTop, 1, { value: 'Bedrag', style: 'header' });
    const rowsW: [string, string][] = [
      ['Onrendabele top', `=${at({ row: bc.row, col: 1, rows: 1, cols: 1 })}`],
      ...FUNDERS.map((f, i): [string, string] => [`Bijdrage ${f[0].toLowerCase()}`, `=-${at({ row: bc.row + 4 + i, col: 1, rows: 1, cols: 1 })}`]),
      ['Restant tekort', `=${at({ row: bc.row + 4 + b, col: 1, rows: 1, cols: 1 })}`],
    ];
    rowsW.forEach(([label, f], i) => {
      l.cell(wTop + 1 + i, 0, { value: label, style: 'label' });
      l.cell(wTop + 1 + i, 1, { formula: f, style: 'result', format: 'euro' });
    });
    l.row = wTop + 1 + rowsW.length;
    l.chart({
      kind: 'Waterfall',
      fallback: 'ColumnClustered',
      title: 'Financiering van de onrendabele top',
      data: { row: wTop, col: 1, rows: rowsW.length + 1, cols: 1 },
      categories: { row: wTop + 1, col: 0, rows: rowsW.length, cols: 1 },
      seriesBy: 'Columns',
    });

    if (n < 2) return l.build(); // one year: a steps × years table of one column would read as one step
    l.section('Schuifruimteketen (onrendabele top per stap)');
    const step2 = (at2: number, amount: number) => ys.map((_, i) => (i === Math.min(at2, n - 1) ? amount : 0));
    // step 1 is filled in from the business case below; step 2 carries one example amount
    const ketenTable = (key: string, header: string, at2: number, amount: number) =>
      l.table(
        key,
        [header, ...yh],
        [
          ['Stap 1: deze verplaatsing', ...zeros],
          ['Stap 2: bedrijf B op de oude kavel', ...step2(at2, amount)],
        ],
        euroYears,
      );
    const kk = ketenTable('keten_kosten', 'Kosten per stap', 2, 300_000);
    const ko = ketenTable('keten_opbrengsten', 'Opbrengsten per stap', 3, 450_000);
    ys.forEach((_, i) => {
      l.cell(kk.body.row, 1 + i, { formula: `=SUM(${at({ row: kosten.body.row, col: 1 + i, rows: 4, cols: 1 })})`, style: 'result', format: 'euro' });
      l.cell(ko.body.row, 1 + i, { formula: `=SUM(${at({ row: opb.body.row, col: 1 + i, rows: 2, cols: 1 })})`, style: 'result', format: 'euro' });
    });
    l.name(
      'keten_kosten',
      { row: kk.body.row, col: 1, rows: 2, cols: n },
      'Kosten per stap van de keten en jaar (stap 1 = de tabellen hierboven; stap 2 voorbeeldwaarden)',
    );
    l.name('keten_opbrengsten', { row: ko.body.row, col: 1, rows: 2, cols: n }, 'Opbrengsten per stap van de keten en jaar (stap 2 voorbeeldwaarden)');
    const keten = { disconteringsvoet: nm('disconteringsvoet'), kosten: nm('keten_kosten'), opbrengsten: nm('keten_opbrengsten'), startjaar: nm('startjaar') };
    l.spillOf('SCHUIFRUIMTE.KETEN', keten, 3, [undefined, 'euro', 'euro', 'euro']);
    if (lease) l.text('De canons van de erfpachtuitgifte tellen in de keten niet mee; stap 1 volgt de kosten- en opbrengstentabellen.');
    return l.build();
  },
};
