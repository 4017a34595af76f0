/**
 * Builder: erfpacht versus verkoop. Parameters as names, the canon
 * (GREX.ERFPACHT.CANON), the afkoopsom (GREX.ERFPACHT.AFKOOPSOM), the
 * comparison (GREX.ERFPACHT.VERGELIJK) and a year-by-year table over the term
 * (GREX.NCW of the canons so far, GREX.ERFPACHT.NCW incl. the land returning)
 * against the koopsom, with a line chart.
 */
import { sheetTitle } from './sheet-name';
import { at, Layout, nm } from '../sheet/layout';
import { SOURCES, SourceNote } from '../sheet/sources';
import { BuilderSpec, num, str, Values } from './types';
import { CONTROLEER, ERFPACHT_PRESETS, findPreset, presetLabel, type ErfpachtPreset } from './erfpacht-presets';
import { formatAmount } from '../../core/messages';

const pctText = (x: number) => `${formatAmount(x * 100, 2)}%`;

/** What a preset sets, in one Dutch line. */
function presetValues(p: ErfpachtPreset): string {
  const parts = [
    p.canonpercentage !== undefined ? `canonpercentage ${pctText(p.canonpercentage)}` : '',
    p.kortingGrondwaarde !== undefined ? `korting grondwaarde ${pctText(p.kortingGrondwaarde)}` : '',
    p.kortingCanon !== undefined ? `korting canon ${pctText(p.kortingCanon)}` : '',
    p.koopsomAandeel !== undefined ? `koopsom ${pctText(p.koopsomAandeel)} van de grondwaarde` : '',
    p.herziening !== undefined ? `herziening elke ${p.herziening} jaar` : '',
  ].filter(Boolean);
  return parts.length ? parts.join('; ') : 'geen vaste waarden';
}

export const erfpacht: BuilderSpec = {
  id: 'erfpacht',
  title: 'Erfpacht versus verkoop',
  tagline: 'Canon, afkoopsom en erfpacht tegen verkoop over de looptijd.',
  summary:
    'Een nieuw blad met grondwaarde, canonpercentage, kortingen, groei, rekenrente, looptijd en koopsom als benoemde cellen, de canon (GREX.ERFPACHT.CANON), ' +
    'de afkoopsom (GREX.ERFPACHT.AFKOOPSOM), de vergelijking met verkoop inclusief het break-even canonpercentage (GREX.ERFPACHT.VERGELIJK) ' +
    ('en een tabel per jaar van de looptijd met de contante waarde van de canons tot dan toe en de NCW van erfpacht ' +
      'inclusief terugkeer van de grond, tegen de koopsom, als lijngrafiek.'),
  fields: [
    { key: 'project', label: 'Naam van de kavel of het gebied', kind: 'text', default: 'Kavel' },
    {
      key: 'voorinstelling',
      label: 'Regeling van een gemeente (optioneel)',
      kind: 'select',
      default: '',
      options: [{ value: '', label: 'Geen: eigen waarden' }, ...ERFPACHT_PRESETS.map((p) => ({ value: p.id, label: presetLabel(p) }))],
      help: 'Vult de gepubliceerde waarden in, met bron en datum op het blad. Controleer de actuele waarde.',
    },
    { key: 'grondwaarde', label: 'Grondwaarde (€)', kind: 'number', default: 1_000_000, min: 0 },
    { key: 'canonpercentage', label: 'Canonpercentage (%)', kind: 'percent', default: 2.5, min: 0, max: 20 },
    { key: 'groei', label: 'Groei canon per jaar (%)', kind: 'percent', default: 2, min: -5, max: 20 },
    { key: 'rekenrente', label: 'Rekenrente (%)', kind: 'percent', default: 4, min: -5, max: 30 },
    { key: 'looptijd', label: 'Looptijd (jaren)', kind: 'integer', default: 50, min: 1, max: 100 },
  ],
  plan(v: Values) {
    const project = str(v, 'project') || 'Kavel';
    const T = num(v, 'looptijd');
    const preset = findPreset(str(v, 'voorinstelling'));
    const presetSource: SourceNote | undefined = preset && { tag: preset.tag, text: `${preset.naam}, ${preset.datum}: ${preset.bron}. ${CONTROLEER}` };
    const from = (value: number | undefined, fallback: number) => (value !== undefined ? value : fallback);
    const src = (value: number | undefined, fallback: SourceNote) => (value !== undefined && presetSource ? presetSource : fallback);
    const l = new Layout('erfpacht', sheetTitle('Erfpacht', project, 'Kavel'), 'EP', [230, 110, 110, 130, 130, 110]);
    l.opening(`Erfpacht versus verkoop — ${project}`, [
      'Canon aan het eind van elk jaar; de grond keert aan het eind van de looptijd terug (docs/methode/conventies.md#erfpacht-regelingen-van-gemeenten).',
    ]);
    l.paramSection();
    const pct = (key: string, label: string, value: number, source: SourceNote = SOURCES.user, help?: string) =>
      l.param({ key, label, value, unit: '%', source, help });
    l.param({
      key: 'grondwaarde',
      label: 'Grondwaarde',
      value: num(v, 'grondwaarde'),
      format: 'euro',
      unit: '€',
      source: SOURCES.canon,
      help: 'Volle vrije grondwaarde (taxatie).',
    });
    pct('canonpercentage', 'Canonpercentage', from(preset?.canonpercentage, num(v, 'canonpercentage')), src(preset?.canonpercentage, SOURCES.canon));
    pct(
      'korting_grondwaarde',
      'Korting op grondwaarde',
      from(preset?.kortingGrondwaarde, 0),
      src(preset?.kortingGrondwaarde, SOURCES.user),
      'Bijv. 10% bij de Amsterdamse overstap.',
    );
    pct('korting_canon', 'Korting op canon', from(preset?.kortingCanon, 0), src(preset?.kortingCanon, SOURCES.user), 'Bijv. 25% bij de Amsterdamse overstap.');
    pct('groei', 'Groei canon per jaar', num(v, 'groei'), SOURCES.groei);
    pct('grondwaardegroei', 'Groei grondwaarde per jaar', num(v, 'groei'), SOURCES.rekenrente, 'Voor de waarde van de grond bij terugkeer.');
    pct('rekenrente', 'Rekenrente', num(v, 'rekenrente'), SOURCES.rekenrente);
    l.param({
      key: 'looptijd',
      label: 'Looptijd',
      value: T,
      unit: 'jaar',
      source: SOURCES.user,
      help: 'De tabel hieronder loopt tot de looptijd bij het maken van het blad.',
    });
    l.param({
      key: 'koopsom',
      label: 'Koopsom bij verkoop',
      value: num(v, 'grondwaarde') * from(preset?.koopsomAandeel, 1),
      format: 'euro',
      unit: '€',
      source: src(preset?.koopsomAandeel, SOURCES.user),
      help: 'Standaard de grondwaarde; bij een regeling met koop van de grond het gepubliceerde aandeel daarvan.',
    });
    if (preset) {
      l.text(`Regeling ${preset.naam} (${preset.datum}): ${preset.regeling} Ingevuld: ${presetValues(preset)}. ${CONTROLEER}`);
      l.text(`Bron [${preset.tag}]: ${preset.bron}${preset.url ? ` — ${preset.url}` : ''}.`);
    }

    l.section('Resultaat');
    const kortingen = { korting_grondwaarde: nm('korting_grondwaarde'), korting_canon: nm('korting_canon') };
    l.result(
      'Canon eerste jaar',
      l.grex('ERFPACHT.CANON', { grondwaarde: nm('grondwaarde'), canonpercentage: nm('canonpercentage'), ...kortingen }),
      'euro',
      'canon',
      'Canon eerste jaar na kortingen',
    );
    const afkoop = { canon: nm('canon'), rekenrente: nm('rekenrente'), groei: nm('groei'), looptijd: nm('looptijd') };
    l.result(
      'Afkoopsom over de looptijd',
      l.grex('ERFPACHT.AFKOOPSOM', afkoop),
      'euro',
      'afkoopsom',
      'Contante waarde van de groeiende canons (achteraf betaald)',
    );
    const site = {
      grondwaarde: nm('grondwaarde'),
      canonpercentage: nm('canonpercentage'),
      groei: nm('groei'),
      rekenrente: nm('rekenrente'),
      grondwaardegroei: nm('grondwaardegroei'),
    };
    l.spillOf('ERFPACHT.VERGELIJK', { ...site, looptijd: nm('looptijd'), koopsom: nm('koopsom') }, 1, ['euro', 'euro', 'euro', 'pct']);

    l.section('Over de looptijd');
    const top = l.row++;
    ['Jaar', 'Canon', 'Contante waarde canons t/m jaar', 'NCW erfpacht bij deze looptijd', 'Koopsom'].forEach((h, i) =>
      l.cell(top, i, { value: h, style: 'header' }),
    );
    const first = top + 1;
    for (let t = 1; t <= T; t++) {
      const r = top + t;
      const A = at({ row: r, col: 0, rows: 1, cols: 1 });
      l.cell(r, 0, { value: t, format: 'int' });
      l.cell(r, 1, { formula: `=${nm('canon')}*(1+${nm('groei')})^(${A}-1)`, format: 'euro' });
      l.cell(r, 2, {
        formula: l.grex('NCW', { disconteringsvoet: nm('rekenrente'), kasstromen: at({ row: first, col: 1, rows: t, cols: 1 }) }),
        format: 'euro',
      });
      l.cell(r, 3, { formula: l.grex('ERFPACHT.NCW', { ...site, looptijd: A }), format: 'euro' });
      l.cell(r, 4, { formula: `=${nm('koopsom')}`, format: 'euro' });
    }
    l.row = top + T + 1;
    l.chart(
      {
        kind: 'Line',
        title: 'Erfpacht versus verkoop over de looptijd',
        data: { row: top, col: 2, rows: T + 1, cols: 3 },
        categories: { row: first, col: 0, rows: T, cols: 1 },
        seriesBy: 'Columns',
      },
      16,
      6,
    );

    l.section('Regelingen van gemeenten (ter vergelijking; controleer de actuele waarde)');
    const head = l.row++;
    ['Regeling', 'Datum', 'Wat', 'Waarden', 'Bron'].forEach((h, i) => l.cell(head, i, { value: h, style: 'header' }));
    for (const p of ERFPACHT_PRESETS) {
      const r = l.row++;
      l.cell(r, 0, { value: p.naam, style: 'label' });
      l.cell(r, 1, { value: p.datum, style: 'note' });
      l.cell(r, 2, { value: p.regeling, style: 'note' });
      l.cell(r, 3, { value: presetValues(p), style: 'note' });
      l.cell(r, 4, { value: `[${p.tag}] ${p.bron}${p.url ? ` — ${p.url}` : ''}`, style: 'note' });
    }
    return l.build();
  },
};
