/**
 * Builder: barcode en mengopties (the Utrecht barcode, docs/methode/barcode.md#de-utrechtse-barcode).
 * A growth programme, the example norm table that ships with the core
 * (docs/methode/barcode.md#normentabel: the two public Utrecht values with their source, every
 * other value "voorbeeldwaarde, niet geverifieerd"), a table of mixing
 * options, GREX.BARCODE, GREX.MENGOPTIES and GREX.FMI / FSI / MXI.
 */
import { sheetTitle } from './sheet-name';
import { EXAMPLE_NORMS, NORM_HEADER } from '../../core/barcode';
import { Layout, nm } from '../sheet/layout';
import { SOURCES, sourceText } from '../sheet/sources';
import { BuilderSpec, num, str, Values } from './types';

/** Example options: naam, soort, functie, factor, met_functie. */
const OPTIONS: [string, string, string, number, string][] = [
  ['Hoger bouwen (wonen, 2 lagen)', 'stapelen', 'Wonen', 2, ''],
  ['Werken in de plint', 'mengen', 'Werken', 0.5, 'Wonen'],
  ['Schoolplein ook als sportveld', 'combineren', 'Onderwijs', 0.5, 'Sport'],
];

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const barcode: BuilderSpec = {
  id: 'barcode',
  title: 'Barcode en mengopties',
  tagline: 'Ruimteclaim per functie, mengopties, FMI, FSI en MXI.',
  summary:
    'Een nieuw blad met het groeiprogramma (woningen, huishoudens, banen), de bewerkbare normentabel met ruimteclaims per eenheid en hun bron ' +
    ('(75 m² openbaar groen per huishouden en één boom per woning uit Utrecht; de overige normen zijn ' +
      'voorbeeldwaarden, niet geverifieerd), de ruimteclaim per functie (GREX.BARCODE), ') +
    ('een tabel met stapel-, meng- en combinatieopties met hun toelaatbaarheid en of het programma past op het ' +
      'beschikbare oppervlak (GREX.MENGOPTIES), en de functiemengingsindex (GREX.FMI) en dichtheid (GREX.FSI, GREX.MXI).'),
  fields: [
    { key: 'project', label: 'Naam van het gebied', kind: 'text', default: 'Gebied' },
    { key: 'woningen', label: 'Groei: aantal woningen', kind: 'integer', default: 1_000, min: 0, max: 1_000_000 },
    {
      key: 'huishoudens',
      label: 'Groei: aantal huishoudens',
      kind: 'integer',
      default: 1_000,
      min: 0,
      max: 1_000_000,
      help: 'Apart geteld: GREX neemt niet aan dat één woning één huishouden is.',
    },
    { key: 'banen', label: 'Groei: aantal banen', kind: 'integer', default: 500, min: 0, max: 1_000_000 },
    { key: 'oppervlak', label: 'Beschikbaar oppervlak (m²)', kind: 'number', default: 150_000, min: 0 },
  ],
  plan(v: Values) {
    const project = str(v, 'project') || 'Gebied';
    const l = new Layout('barcode', sheetTitle('Barcode', project, 'Gebied'), 'BC', [230, 95, 95, 95, 95, 110, 330]);
    l.opening(`Barcode en mengopties — ${project}`, [
      'De Utrechtse barcode is nooit als één tabel gepubliceerd: vul de normen van de eigen gemeente in (docs/methode/barcode.md#normentabel).',
    ]);
    l.paramSection();
    const count = (key: string, label: string, value: number, unit: string, help: string) =>
      l.param({ key, label, value, format: 'int', unit, source: SOURCES.user, help });
    l.param({
      key: 'beschikbaar_oppervlak',
      label: 'Beschikbaar oppervlak',
      value: num(v, 'oppervlak'),
      format: 'm2',
      unit: 'm²',
      source: SOURCES.user,
      help: 'Beschikbaar oppervlak grond in m².',
    });
    count('woningen', 'Woningen (groei)', num(v, 'woningen'), 'woningen', 'Aantal nieuwe woningen.');
    count('huishoudens', 'Huishoudens (groei)', num(v, 'huishoudens'), 'huishoudens', 'Aantal nieuwe huishoudens.');
    count('banen', 'Banen (groei)', num(v, 'banen'), 'banen', 'Aantal nieuwe banen.');
    l.param({
      key: 'bvo_wonen',
      label: 'BVO wonen',
      value: num(v, 'woningen') * 100,
      format: 'm2',
      unit: 'm²',
      source: SOURCES.example,
      help: 'Bruto vloeroppervlak wonen.',
    });
    l.param({
      key: 'bvo_totaal',
      label: 'BVO totaal',
      value: num(v, 'woningen') * 100 + num(v, 'banen') * 25,
      format: 'm2',
      unit: 'm²',
      source: SOURCES.example,
      help: 'Bruto vloeroppervlak van alle functies.',
    });

    l.section('Groeiprogramma');
    const prog = l.table(
      'programma',
      ['Eenheid', 'Aantal'],
      [
        ['woning', 0],
        ['huishouden', 0],
        ['baan', 0],
      ],
      [undefined, 'int'],
    );
    ['woningen', 'huishoudens', 'banen'].forEach((k, i) => l.cell(prog.body.row + i, 1, { formula: `=${nm(k)}`, style: 'result', format: 'int' }));
    l.name('programma', prog.body, 'Groeiprogramma: eenheid en aantal');

    l.section('Normen (m² grond per eenheid; bewerkbaar)');
    const norms = l.table(
      'normen',
      NORM_HEADER.map(capitalise),
      EXAMPLE_NORMS.map((n) => [n.functie, n.eenheid, n.m2, n.categorie, n.stapelbaar ?? '', n.mengcategorie ?? '', n.bron]),
      [undefined, undefined, 'm2', undefined, 'int', undefined, undefined],
    );
    l.name(
      'normen',
      norms.body,
      `Normentabel: functie, eenheid, m² per eenheid, categorie, stapelbaar, mengcategorie, bron. ${sourceText(SOURCES.barcodeGroen)}`,
    );
    l.validate(norms.columns[2], { type: 'decimal', min: 0, max: 1e6 }, 'Norm', 'Ruimteclaim in m² grond per eenheid.');
    l.validate(
      norms.columns[3],
      { type: 'list', values: ['wonen', 'werken', 'voorziening', 'groen', 'sport', 'mobiliteit'] },
      'Categorie',
      'wonen, werken, voorziening, groen, sport of mobiliteit.',
    );

    l.section('Opties: stapelen, mengen, combineren');
    const opt = l.table(
      'opties',
      ['Optie', 'Soort', 'Functie', 'Factor', 'Met functie'],
      OPTIONS.map((o) => [...o]),
      [undefined, undefined, undefined, 'factor', undefined],
    );
    l.name('opties', opt.body, 'Opties: naam, soort, functie, factor, met functie (voorbeelden)');
    l.validate(opt.columns[1], { type: 'list', values: ['stapelen', 'mengen', 'combineren'] }, 'Soort', 'stapelen, mengen of combineren.');

    l.section('Ruimteclaim per functie');
    const claim = { programma: nm('programma'), normen: nm('normen') };
    l.spillOf('BARCODE', claim, EXAMPLE_NORMS.length + 1, [undefined, 'm2', 'pct', undefined, 'int', 'm2']);
    l.section('Meng-, stapel- en combinatieopties');
    const opties = { ...claim, beschikbaar_oppervlak: nm('beschikbaar_oppervlak'), opties: nm('opties') };
    l.spillOf('MENGOPTIES', opties, OPTIONS.length + 2, [undefined, undefined, undefined, 'm2', 'm2', undefined, 'm2', 'm2', 'euro']);
    l.section('Menging en dichtheid');
    l.result('Functiemengingsindex (FMI)', l.grex('FMI', { banen: nm('banen'), woningen: nm('woningen') }), 'factor', 'fmi', sourceText(SOURCES.fmi));
    l.result(
      'Floor space index (FSI)',
      l.grex('FSI', { bvo: nm('bvo_totaal'), terreinoppervlak: nm('beschikbaar_oppervlak') }),
      'factor',
      'fsi',
      'BVO totaal / terreinoppervlak (PBL)',
    );
    l.result(
      'Mixed-use index (MXI)',
      l.grex('MXI', { bvo_wonen: nm('bvo_wonen'), bvo_totaal: nm('bvo_totaal') }),
      'pct',
      'mxi',
      'BVO wonen / BVO totaal (PBL)',
    );
    return l.build();
  },
};
