/**
 * Builder: ruimte voor economie. A segments table (vraag, harde en zachte
 * plancapaciteit, transformatie, bestaand areaal with its ruimtewinst), the
 * balance per segment with GREX.WERKLOCATIES.BALANS and a bar chart of the
 * saldo, the compensation check with GREX.COMPENSATIE, and the land a
 * relocation frees with GREX.RICHTAFSTAND and
 * GREX.VERPLAATSING.VRIJKOMENDEGROND. Method: docs/methode/economie.md.
 */
import { MILIEUCATEGORIES } from '../../core/barcode';
import { at, Layout, MADE_WITH_GREX, nm } from '../sheet/layout';
import { note, SOURCES, SourceNote } from '../sheet/sources';
import { sheetTitle } from './sheet-name';
import { BuilderSpec, num, str, Values } from './types';
import { vrijkomendeGrond } from './vrijkomende-grond';

/** Example segments: naam, vraag, hard, zacht, transformatie, bestaand areaal (ha); voorbeeldwaarden. */
const SEGMENTS: [string, number, number, number, number, number][] = [
  ['Gemengd werken (cat. 1–2)', 25, 10, 12, 6, 80],
  ['Bedrijventerrein (cat. 3)', 40, 18, 15, 4, 150],
  ['Zware industrie (cat. 4+)', 20, 6, 8, 0, 90],
  ['Watergebonden', 10, 3, 2, 2, 20],
];
/** Example compensation per segment (ha that comes back). */
const ERBIJ = [4, 5, 0, 1];

const SRC: Record<string, SourceNote> = {
  kans: { tag: 'R', text: 'realisatiekans zachte plancapaciteit: geen bronnorm; voorbeeldwaarde, vervang door de eigen inschatting' },
  schuif: { tag: 'R', text: 'schuifruimte als fractie van de vraag: geen bronnorm; voorbeeldwaarde' },
  ruimtewinst: note('utrecht-ppww-2021', 'Provincie Utrecht (PPWW 2021): 20–30% ruimtewinst door intensivering, 68–101 ha'),
  factor: {
    tag: 'R',
    text:
      'compensatie 1 ha terug per ha weg ("blijft minimaal gelijk"); Zuid-Holland vraagt regionale compensatie, de ' +
      'MRDH-rekenmethodiek is niet gepubliceerd gevonden',
  },
  richtafstand: note(
    'staat-bedrijfsactiviteiten',
    'richtafstanden VNG Bedrijven en milieuzonering 2009, rustige woonwijk (zie GREX.RICHTAFSTAND); alleen 2 t/m 4.1 in een kopie van de tabel gezien',
  ),
};

export const economie: BuilderSpec = {
  id: 'economie',
  title: 'Ruimte voor economie',
  tagline: 'Balans van werklocaties per segment, compensatie en de grond die een verplaatsing vrijmaakt.',
  summary:
    'Een nieuw blad met een segmententabel (vraag, harde en zachte plancapaciteit, transformatie en bestaand ' +
    'areaal), de ruimtewinst door intensivering (GREX.WERKLOCATIES.RUIMTEWINST), ' +
    ('de balans van vraag en aanbod per segment met een totaalrij (GREX.WERKLOCATIES.BALANS) en een staafdiagram van ' +
      'het saldo, de compensatietoets per segment (GREX.COMPENSATIE), ') +
    ('en de waardestijging van de grond die een bedrijfsverplaatsing vrijmaakt, met de richtafstand van de ' +
      'vertrekkende milieucategorie (GREX.RICHTAFSTAND, GREX.VERPLAATSING.VRIJKOMENDEGROND).'),
  fields: [
    { key: 'project', label: 'Naam van de regio of gemeente', kind: 'text', default: 'Regio' },
    {
      key: 'realisatiekans',
      label: 'Realisatiekans zachte plancapaciteit (%)',
      kind: 'percent',
      default: 50,
      min: 0,
      max: 100,
      help: 'Geen bronnorm: een eigen inschatting die u motiveert.',
    },
    { key: 'schuifruimte', label: 'Schuifruimte (% van de vraag)', kind: 'percent', default: 5, min: 0, max: 100 },
    {
      key: 'ruimtewinst',
      label: 'Ruimtewinst door intensivering (% van het bestaand areaal)',
      kind: 'percent',
      default: 20,
      min: 0,
      max: 100,
      help: 'Utrecht gaat uit van 20–30%.',
    },
    {
      key: 'milieucategorie',
      label: 'Milieucategorie van het bedrijf dat verplaatst',
      kind: 'select',
      default: '4.1',
      options: MILIEUCATEGORIES.map((c) => ({ value: c, label: `categorie ${c}` })),
    },
  ],
  plan(v: Values) {
    const project = str(v, 'project') || 'Regio';
    const k = SEGMENTS.length;
    const l = new Layout('economie', sheetTitle('Economie', project, 'Regio'), 'EC', [210, 95, 95, 95, 95, 95, 95, 95]);
    l.title(`Ruimte voor economie — ${project}`, [
      `${MADE_WITH_GREX} Alle oppervlakten in ha netto.`,
      'De voorbeeldcijfers zijn niet geverifieerd: vervang ze door de eigen behoefteraming en plancapaciteit (IBIS: ' +
        'nog uitgeefbaar = netto − reeds uitgegeven).',
    ]);
    l.paramSection();
    const pct = (key: string, label: string, value: number, source: SourceNote, help: string) =>
      l.param({ key, label, value, format: 'pct', unit: '%', source, help });
    pct(
      'realisatiekans',
      'Realisatiekans zachte plancapaciteit',
      num(v, 'realisatiekans'),
      SRC.kans,
      'Deel van de zachte plancapaciteit dat naar verwachting wordt gerealiseerd (0–100%).',
    );
    pct(
      'schuifruimte',
      'Schuifruimte (fractie van de vraag)',
      num(v, 'schuifruimte'),
      SRC.schuif,
      'Extra ruimte om verplaatsingen mogelijk te maken, als deel van de vraag.',
    );
    pct(
      'ruimtewinst',
      'Ruimtewinst door intensivering',
      num(v, 'ruimtewinst'),
      SRC.ruimtewinst,
      'Deel van het bestaand areaal dat door intensivering of herstructurering vrijkomt.',
    );
    l.param({
      key: 'factor',
      label: 'Compensatie (ha terug per ha weg)',
      value: 1,
      format: 'factor',
      source: SRC.factor,
      help: '1 = het areaal werk blijft minimaal gelijk.',
    });

    l.section('Segmenten (ha netto)');
    const seg = l.table(
      'segmenten',
      ['Segment', 'Vraag', 'Hard aanbod', 'Zacht aanbod', 'Transformatie', 'Bestaand areaal', 'Intensivering'],
      SEGMENTS.map((s) => [...s, 0]),
      [undefined, 'factor', 'factor', 'factor', 'factor', 'factor', 'factor'],
    );
    const b = seg.body.row;
    SEGMENTS.forEach((_, i) =>
      l.cell(b + i, 6, {
        formula: l.grex('WERKLOCATIES.RUIMTEWINST', { areaal: at({ row: b + i, col: 5, rows: 1, cols: 1 }), percentage: nm('ruimtewinst') }),
        style: 'result',
        format: 'factor',
      }),
    );
    const col = (c: number) => ({ row: b, col: c, rows: k, cols: 1 });
    l.name('vraag', { row: b, col: 0, rows: k, cols: 2 }, 'Vraag per segment (segment, ha)');
    l.name('aanbod_hard', col(2), 'Harde plancapaciteit per segment (ha; IBIS nog uitgeefbaar)');
    l.name('aanbod_zacht', col(3), 'Zachte plancapaciteit per segment (ha)');
    l.name('transformatie', col(4), 'Ha werklocatie die per segment naar een andere functie gaat');
    l.name('intensivering', col(6), 'Ruimtewinst per segment (ha, GREX.WERKLOCATIES.RUIMTEWINST)');
    // The other columns take their rule from the registry; the vraag column is part of a labelled table, which has no cell rule there.
    l.validate(col(1), { type: 'decimal', min: 0 }, 'Vraag', 'Ruimtevraag in ha netto (0 of meer).');

    l.section('Balans per segment (negatief saldo = tekort)');
    const balans = {
      vraag: nm('vraag'),
      aanbod_hard: nm('aanbod_hard'),
      aanbod_zacht: nm('aanbod_zacht'),
      realisatiekans: nm('realisatiekans'),
      schuifruimte: nm('schuifruimte'),
      transformatie: nm('transformatie'),
      intensivering: nm('intensivering'),
    };
    const bal = l.spillOf('WERKLOCATIES.BALANS', balans, k + 1, [undefined, 'factor', 'factor', 'factor', 'factor', 'factor', 'factor', 'factor']);
    l.name('saldo_totaal', { row: bal.row + k, col: 7, rows: 1, cols: 1 }, 'Saldo van alle segmenten (ha; negatief = tekort)');
    l.chart(
      {
        kind: 'BarClustered',
        fallback: 'ColumnClustered',
        title: 'Saldo per segment (ha; negatief = tekort)',
        data: { row: bal.row - 1, col: 7, rows: k + 1, cols: 1 },
        categories: { row: bal.row, col: 0, rows: k, cols: 1 },
        seriesBy: 'Columns',
      },
      12,
      6,
    );

    l.section('Compensatie bij transformatie (per segment)');
    const comp = l.table(
      'compensatie',
      ['Segment', 'Weg (ha)', 'Erbij (ha)'],
      SEGMENTS.map((s, i) => [s[0], 0, ERBIJ[i]]),
      [undefined, 'factor', 'factor'],
    );
    SEGMENTS.forEach((_, i) => {
      l.cell(comp.body.row + i, 0, { formula: `=${at({ row: b + i, col: 0, rows: 1, cols: 1 })}`, style: 'label' });
      l.cell(comp.body.row + i, 1, { formula: `=${at({ row: b + i, col: 4, rows: 1, cols: 1 })}`, style: 'result', format: 'factor' });
    });
    l.name('weg', { row: comp.body.row, col: 0, rows: k, cols: 2 }, 'Getransformeerd per segment (segment, ha), uit de segmententabel');
    l.name('erbij', { row: comp.body.row, col: 2, rows: k, cols: 1 }, 'Compensatie per segment (ha die elders bijkomt)');
    l.spillOf('COMPENSATIE', { weg: nm('weg'), erbij: nm('erbij'), factor: nm('factor') }, k + 1, [
      undefined,
      'factor',
      'factor',
      'factor',
      'factor',
      undefined,
    ]);
    l.text('Een overschot in het ene segment dekt geen tekort in een ander; het totaal is alleen "gecompenseerd" als elk segment dat is.');

    l.section('Grond die een bedrijfsverplaatsing vrijmaakt');
    l.paramHeader();
    l.param({
      key: 'milieucategorie',
      label: 'Milieucategorie vertrekkend bedrijf',
      value: str(v, 'milieucategorie') || '4.1',
      format: 'text',
      source: SRC.richtafstand,
      help: 'De categorie bepaalt hoeveel meter rond het bedrijf vrijkomt voor wonen.',
    });
    l.result(
      'Richtafstand tot woningen (m, rustige woonwijk)',
      l.grex('RICHTAFSTAND', { milieucategorie: nm('milieucategorie') }),
      'int',
      'richtafstand',
      'Richtafstand van de vertrekkende categorie (VNG 2009)',
    );
    l.text('Meet in uw GIS het oppervlak binnen deze afstand dat na vertrek vrijkomt; vul dat in als "grond binnen de contour".');
    vrijkomendeGrond(l, {
      rows: [
        ['Vrijkomende kavel', 12_000, 90, 350, 900_000, 1, 'VERWORVEN'],
        ['Grond binnen de contour', 30_000, 250, 400, 600_000, 0.6, 'KOSTENVERHAAL'],
      ],
      comment: 'Vrijkomende grond: gebied, m², waarde vóór en na per m², kosten, aandeel gemeente, wijze (voorbeeldwaarden)',
      total: { key: 'bijdrage_vrijkomende_grond', comment: 'Totale bijdrage van de vrijkomende grond aan de businesscase (€)' },
    });
    l.text(
      'Zet de totale bijdrage in het jaar van uitgifte als opbrengst van de vrijkomende locatie in het model ' +
        '"Bedrijfsverplaatsing en businesscase" (GREX.VERPLAATSING.BUSINESSCASE).',
    );
    l.text(`${SOURCES.example.text}. Methode en bronnen: docs/methode/economie.md`);
    return l.build();
  },
};
