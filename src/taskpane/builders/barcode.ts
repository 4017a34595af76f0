/**
 * Builder: barcode en mengopties (the Utrecht barcode, REFERENCE §8.1).
 * A growth programme and a user-editable norm table (the two public Utrecht
 * values with their source, every other default marked "voorbeeldwaarde,
 * niet geverifieerd"), GREX.BARCODE, GREX.MENGOPTIES and the mixing metrics
 * GREX.FMI, GREX.FSI and GREX.MXI.
 */
import { Layout, nm } from './layout';
import { SOURCES, sourceText } from './sources';
import { BuilderSpec, num, str, Values } from './types';

/** functie, eenheid, norm m² per eenheid, source */
export const DEFAULT_NORMS: [string, string, number, string][] = [
  ['Wonen', 'woning', 60, sourceText(SOURCES.barcodeVoorbeeld)],
  ['Werken', 'baan', 25, sourceText(SOURCES.barcodeVoorbeeld)],
  ['Openbaar groen', 'woning', 75, sourceText(SOURCES.barcodeGroen)],
  ['Onderwijs', 'woning', 4, sourceText(SOURCES.barcodeVoorbeeld)],
  ['Sport', 'woning', 6, sourceText(SOURCES.barcodeVoorbeeld)],
  ['Zorg en welzijn', 'woning', 2, sourceText(SOURCES.barcodeVoorbeeld)],
];

export const barcode: BuilderSpec = {
  id: 'barcode',
  title: 'Barcode en mengopties',
  tagline: 'Ruimteclaim per functie, mengopties, FMI, FSI en MXI.',
  summary:
    'Een nieuw blad met het groeiprogramma (woningen en banen), een bewerkbare normentabel met ruimteclaims per eenheid en hun bron ' +
    '(75 m² openbaar groen per woning uit Utrecht; de overige normen zijn voorbeeldwaarden, niet geverifieerd), de ruimteclaim per functie (GREX.BARCODE), ' +
    'de meng-, stapel- en combinatieopties en of het programma past op het beschikbare oppervlak (GREX.MENGOPTIES), en de functiemengingsindex (GREX.FMI) en dichtheid (GREX.FSI, GREX.MXI).',
  fields: [
    { key: 'project', label: 'Naam van het gebied', kind: 'text', default: 'Gebied' },
    { key: 'woningen', label: 'Groei: aantal woningen', kind: 'integer', default: 1_000, min: 0, max: 1_000_000 },
    { key: 'banen', label: 'Groei: aantal banen', kind: 'integer', default: 500, min: 0, max: 1_000_000 },
    { key: 'oppervlak', label: 'Beschikbaar oppervlak (m²)', kind: 'number', default: 150_000, min: 0 },
  ],
  functions: ['BARCODE', 'MENGOPTIES', 'FMI', 'FSI', 'MXI'],
  plan(v: Values) {
    const project = str(v, 'project') || 'Gebied';
    const l = new Layout('barcode', `Barcode ${project}`, 'BC', [200, 110, 110, 110, 330]);
    l.title(`Barcode en mengopties — ${project}`, [
      'Gemaakt met GREX. Gele cellen zijn invoer; de resultaten zijn GREX-formules en rekenen mee.',
      'De Utrechtse barcode is nooit als één tabel gepubliceerd: vul de normen van de eigen gemeente in (REFERENCE §8.1).',
    ]);
    l.section('Parameters');
    l.paramHeader();
    l.param({ key: 'beschikbaar_oppervlak', label: 'Beschikbaar oppervlak', value: num(v, 'oppervlak'), format: 'm2', unit: 'm²', source: SOURCES.user, rule: { type: 'decimal', min: 0, max: 1e12 }, help: 'Netto beschikbaar oppervlak in m².' });
    l.param({ key: 'woningen', label: 'Woningen (groei)', value: num(v, 'woningen'), format: 'int', unit: 'woningen', source: SOURCES.user, rule: { type: 'decimal', min: 0, max: 1e9 }, help: 'Aantal nieuwe woningen.' });
    l.param({ key: 'banen', label: 'Banen (groei)', value: num(v, 'banen'), format: 'int', unit: 'banen', source: SOURCES.user, rule: { type: 'decimal', min: 0, max: 1e9 }, help: 'Aantal nieuwe banen.' });
    l.param({ key: 'bvo_wonen', label: 'BVO wonen', value: num(v, 'woningen') * 100, format: 'm2', unit: 'm²', source: SOURCES.example, rule: { type: 'decimal', min: 0, max: 1e12 }, help: 'Bruto vloeroppervlak wonen.' });
    l.param({ key: 'bvo_totaal', label: 'BVO totaal', value: num(v, 'woningen') * 100 + num(v, 'banen') * 25, format: 'm2', unit: 'm²', source: SOURCES.example, rule: { type: 'decimal', min: 0, max: 1e12 }, help: 'Bruto vloeroppervlak alle functies.' });

    l.section('Groeiprogramma');
    const prog = l.table('programma', ['Eenheid', 'Aantal'], [['woning', 0], ['baan', 0]], [undefined, 'int']);
    l.cell(prog.body.row, 1, { formula: `=${nm('woningen')}`, style: 'result', format: 'int' });
    l.cell(prog.body.row + 1, 1, { formula: `=${nm('banen')}`, style: 'result', format: 'int' });
    l.name('programma', prog.body, 'Groeiprogramma: eenheid en aantal');

    l.section('Normen (m² per eenheid; bewerkbaar)');
    const norms = l.table('normen', ['Functie', 'Per eenheid', 'Norm (m²)', 'Bron'], DEFAULT_NORMS.map((r) => [...r]), [undefined, undefined, 'm2', undefined]);
    l.name('normen', { ...norms.body, cols: 3 }, 'Normentabel: functie, eenheid, m² per eenheid');
    l.validate(norms.columns[2], { type: 'decimal', min: 0, max: 1e6 }, 'Norm', 'Ruimteclaim in m² per eenheid.');

    l.section('Ruimteclaim per functie');
    l.spill(['Functie', 'Ruimteclaim (m²)'], `=GREX.BARCODE(${nm('programma')},${nm('normen')})`, DEFAULT_NORMS.length + 2, [undefined, 'm2']);
    l.section('Meng-, stapel- en combinatieopties');
    l.spill(['Optie', 'Ruimtewinst (m²)', 'Ruimteclaim (m²)', 'Past'], `=GREX.MENGOPTIES(${nm('programma')},${nm('normen')},${nm('beschikbaar_oppervlak')})`, 8, [undefined, 'm2', 'm2', undefined]);
    l.section('Menging en dichtheid');
    l.result('Functiemengingsindex (FMI)', `=GREX.FMI(${nm('banen')},${nm('woningen')})`, 'factor', 'fmi', sourceText(SOURCES.fmi));
    l.result('Floor space index (FSI)', `=GREX.FSI(${nm('bvo_totaal')},${nm('beschikbaar_oppervlak')})`, 'factor', 'fsi', 'BVO totaal / terreinoppervlak (PBL)');
    l.result('Mixed-use index (MXI)', `=GREX.MXI(${nm('bvo_wonen')},${nm('bvo_totaal')})`, 'pct', 'mxi', 'BVO wonen / BVO totaal (PBL)');
    return l.build();
  },
};
