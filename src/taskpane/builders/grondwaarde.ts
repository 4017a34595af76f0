/**
 * Builder: residuele grondwaarde en waardesprong. Parameters as names, a
 * table of woningtypen, per type GREX.RESIDUELEGRONDWAARDE and
 * GREX.GRONDQUOTE, the total as waarde na, and GREX.WAARDESPRONG.
 */
import { sheetTitle } from './sheet-name';
import { at, Layout, nm } from '../sheet/layout';
import { SOURCES, SourceNote } from '../sheet/sources';
import { BuilderSpec, num, str, Values } from './types';

const GRONDSLAGEN = ['VON', 'STICHTINGSKOSTEN', 'INCLGROND'];

const TYPES: [string, number, number, number, number, number][] = [
  // type, aantal, VON incl. BTW, bouwkosten, overige kosten, kavel m²
  ['Rijwoning', 40, 395_000, 190_000, 5_000, 150],
  ['Twee-onder-een-kap', 20, 575_000, 255_000, 7_500, 300],
  ['Vrijstaande woning', 10, 795_000, 330_000, 10_000, 500],
];

export const grondwaarde: BuilderSpec = {
  id: 'grondwaarde',
  title: 'Residuele grondwaarde en waardesprong',
  tagline: 'Residuele grondwaarde per woningtype, grondquote en waardesprong.',
  summary:
    'Een nieuw blad met BTW, bijkomende kosten, AK en W&R (met hun grondslag als keuzelijst) als benoemde cellen, een tabel met woningtypen ' +
    ('(aantal, VON, bouwkosten, overige kosten, kavel), per type de residuele grondwaarde ' +
      '(GREX.RESIDUELEGRONDWAARDE), grondquote (GREX.GRONDQUOTE) en grondprijs per m², ') +
    'het totaal als waarde na ontwikkeling en de waardesprong bruto en netto (GREX.WAARDESPRONG), met een staafgrafiek per woningtype.',
  fields: [
    { key: 'project', label: 'Naam van het plan', kind: 'text', default: 'Nieuw plan' },
    { key: 'btw', label: 'BTW-tarief (%)', kind: 'percent', default: 21, min: 0, max: 100 },
    { key: 'bijkomend', label: 'Bijkomende kosten (% bouwkosten)', kind: 'percent', default: 18, min: 0, max: 100 },
    { key: 'ak', label: 'Algemene kosten AK (%)', kind: 'percent', default: 3, min: 0, max: 100 },
    { key: 'wr', label: 'Winst en risico W&R (%)', kind: 'percent', default: 5, min: 0, max: 100 },
    {
      key: 'grondslag',
      label: 'Grondslag AK en W&R',
      kind: 'select',
      default: 'VON',
      options: GRONDSLAGEN.map((g) => ({
        value: g,
        label: g === 'VON' ? 'VON excl. BTW' : g === 'INCLGROND' ? 'Stichtingskosten incl. grond' : 'Stichtingskosten',
      })),
    },
    { key: 'waarde_voor', label: 'Waarde vóór (inbrengwaarde totaal, €)', kind: 'number', default: 3_000_000, min: 0 },
    { key: 'grondproductiekosten', label: 'Grondproductiekosten (€)', kind: 'number', default: 6_000_000, min: 0 },
  ],
  plan(v: Values) {
    const project = str(v, 'project') || 'Nieuw plan';
    const l = new Layout('grondwaarde', sheetTitle('Grondwaarde', project, 'Nieuw plan'), 'RG', [210, 95, 95, 95, 95, 95, 330]);
    l.opening(`Residuele grondwaarde en waardesprong — ${project}`, [
      'De woningtypen zijn voorbeeldwaarden (niet geverifieerd): vervang ze door de eigen raming. Bedragen in euro’s per woning.',
    ]);
    l.paramSection();
    const pct = (key: string, label: string, value: number, source: SourceNote = SOURCES.akwr, help?: string) =>
      l.param({ key, label, value, unit: '%', source, help });
    pct('btw', 'BTW-tarief', num(v, 'btw'), SOURCES.btw);
    pct('bijkomende_kosten', 'Bijkomende kosten (% bouwkosten)', num(v, 'bijkomend'), SOURCES.bijkomend);
    pct('ak', 'Algemene kosten (AK)', num(v, 'ak'));
    pct('wr', 'Winst en risico (W&R)', num(v, 'wr'));
    l.param({ key: 'ak_grondslag', label: 'Grondslag AK', value: str(v, 'grondslag') || 'VON', source: SOURCES.grondslag });
    l.param({ key: 'wr_grondslag', label: 'Grondslag W&R', value: str(v, 'grondslag') || 'VON', source: SOURCES.grondslag });
    l.param({
      key: 'waarde_voor',
      label: 'Waarde vóór (inbrengwaarde)',
      value: num(v, 'waarde_voor'),
      format: 'euro',
      unit: '€',
      source: SOURCES.werkelijkeWaarde,
      help: 'Werkelijke waarde van het plangebied vóór de ontwikkeling.',
    });
    l.param({
      key: 'grondproductiekosten',
      label: 'Grondproductiekosten',
      value: num(v, 'grondproductiekosten'),
      format: 'euro',
      unit: '€',
      source: SOURCES.user,
      help: 'Bouw- en woonrijp maken, plankosten, sloop, sanering.',
    });

    l.section('Woningtypen (per woning, excl. BTW tenzij vermeld)');
    const t = l.table(
      'woningtypen',
      ['Woningtype', 'Aantal', 'VON incl. BTW', 'Bouwkosten', 'Overige kosten', 'Kavel (m²)'],
      TYPES.map((r) => [...r]),
      [undefined, 'int', 'euro', 'euro', 'euro', 'm2'],
    );
    const [, aantal, von, bouw, overig, kavel] = t.columns;

    l.section('Residuele grondwaarde per woningtype');
    const top = l.row++;
    ['Woningtype', 'Grondwaarde per woning', 'Grondquote', 'Per m² kavel', 'Totaal'].forEach((h, i) => l.cell(top, i, { value: h, style: 'header' }));
    const n = TYPES.length;
    for (let i = 0; i < n; i++) {
      const r = l.row++;
      const cell = (b: { row: number; col: number }) => at({ row: b.row + i, col: b.col, rows: 1, cols: 1 });
      l.cell(r, 0, { formula: `=${cell(t.columns[0])}`, style: 'label' });
      const residueel = {
        von_incl_btw: cell(von),
        btw: nm('btw'),
        bouwkosten: cell(bouw),
        bijkomende_kosten_pct: nm('bijkomende_kosten'),
        ak_pct: nm('ak'),
        wr_pct: nm('wr'),
        ak_grondslag: nm('ak_grondslag'),
        wr_grondslag: nm('wr_grondslag'),
        overige_kosten: cell(overig),
      };
      l.cell(r, 1, { formula: l.grex('RESIDUELEGRONDWAARDE', residueel), style: 'result', format: 'euro' });
      const quote = { grondwaarde: at({ row: r, col: 1, rows: 1, cols: 1 }), von_incl_btw: cell(von), btw: nm('btw') };
      l.cell(r, 2, { formula: l.grex('GRONDQUOTE', quote), style: 'result', format: 'pct' });
      l.cell(r, 3, { formula: `=IF(${cell(kavel)}>0,${at({ row: r, col: 1, rows: 1, cols: 1 })}/${cell(kavel)},"")`, style: 'result', format: 'euro' });
      l.cell(r, 4, { formula: `=${at({ row: r, col: 1, rows: 1, cols: 1 })}*${cell(aantal)}`, style: 'result', format: 'euro' });
    }
    const totalsCol = { row: top + 1, col: 4, rows: n, cols: 1 };
    l.result('Waarde na (totaal residuele grondwaarde)', `=SUM(${at(totalsCol)})`, 'euro', 'waarde_na', 'Som van de residuele grondwaarden van alle woningen');

    l.section('Waardesprong');
    l.spillOf('WAARDESPRONG', { waarde_voor: nm('waarde_voor'), waarde_na: nm('waarde_na'), grondproductiekosten: nm('grondproductiekosten') }, 1, [
      'euro',
      'euro',
    ]);
    l.chart({
      kind: 'ColumnClustered',
      title: 'Residuele grondwaarde per woning',
      data: { row: top, col: 1, rows: n + 1, cols: 1 },
      categories: { row: top + 1, col: 0, rows: n, cols: 1 },
      seriesBy: 'Columns',
    });
    return l.build();
  },
};
