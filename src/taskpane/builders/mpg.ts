/**
 * Builders for the Meerjarenprognose Grondbedrijf (MPG):
 *  - "mpg": a portfolio sheet with one live row per grondexploitatie in the
 *    workbook (boekwaarde, nog te maken kosten, nog te realiseren opbrengsten,
 *    resultaat nominaal / eindwaarde / NCW, verliesvoorziening, POC-winst),
 *    totals, and the weerstandsvermogen of the grondbedrijf (one risk
 *    register over all complexes, GREX.RISICO.PORTEFEUILLE, and
 *    GREX.WEERSTANDSRATIO);
 *  - "herziening": two versions of a complex (two models, or the model and a
 *    frozen copy of it made now) compared with GREX.VERSCHILANALYSE, a
 *    waterfall chart, and GREX.VERSCHILANALYSE.TOTALEN.
 * The complexes come from the model sources (mpg-source.ts: models built by
 * GREX; mpg-mapped-source.ts: the analyst's own workbook mapped in Controle).
 * Method: docs/methode/mpg.md.
 */
import { Refusal } from '../excel/host';
import type { Box } from '../excel/address';
import type { NumberFormatKey } from '../excel/plan';
import { at, Layout, nm } from '../sheet/layout';
import type { SourceNote } from '../sheet/sources';
import { sourceOf, type SourceId } from '../../core/sources';
import { BuilderSpec, num, str, Values } from './types';
import { ComplexModel, exampleModels, GREX_MODELS, ModelSource, Ref, VINTAGE_KEYS, VINTAGE_OPTIONAL_KEYS } from './mpg-source';
import { MAPPED_MODELS } from './mpg-mapped-source';

export const MPG_PREFIX = 'MPG';
export const HERZIENING_PREFIX = 'HZ';
/** Sources the builders read complexes from: models built by GREX, then the analyst's own mapped model. */
export const MODEL_SOURCES: ModelSource[] = [GREX_MODELS, MAPPED_MODELS];

/** A note that rests on a catalogue source: the tag is the source's. */
const note = (ref: SourceId, text: string): SourceNote => ({ tag: sourceOf(ref).tag, text, ref });

const MPG_SOURCES = {
  ratio: note(
    'velsen-2020-weerstandsvermogen',
    'waarderingstabel weerstandsvermogen van NAR en Universiteit Twente (Velsen 2020, Weert 2018, Buren 2025); grens hoort bij de hogere klasse',
  ),
  zekerheid: note('ede-2017-weerstand', 'zekerheidspercentage is een gemeentelijke keuze: 80% (Heemskerk), 90% (Ede, Tiel), 95% (Langedijk)'),
  beschikbaar: { tag: 'invoer', text: 'beschikbare weerstandscapaciteit van het grondbedrijf (reserve grondbedrijf), uit de jaarstukken' },
  basis: note('methode-mpg-shapley', 'basis van de vergelijking: NCW (standaard), EW of NOMINAAL; methode in docs/methode/mpg.md'),
} satisfies Record<string, SourceNote>;

const sumOf = (m: number[][]) => m.reduce((s, r) => s + r.reduce((a, b) => a + b, 0), 0);

/** A cell for a Ref: a live formula, or the constant (a matrix summed when `sum`). */
function cellOf(r: Ref, sum = false): { formula?: string; value?: number | boolean | string } {
  if ('expr' in r) return { formula: sum ? `=SUM(${r.expr})` : `=${r.expr}` };
  if (!Array.isArray(r.value)) return { value: r.value };
  const m = r.value.map((x) => (Array.isArray(x) ? x : [x]));
  return { value: sum ? sumOf(m) : m[0][0] };
}

/** What the portfolio builder found: the complexes, and a line for every complex left out (an incomplete mapping). */
export interface PortfolioFound {
  models: ComplexModel[];
  leftOut: string[];
}

/** Every complex of every source (with the source that found it), and the lines of those left out. */
async function allModels(run: Parameters<NonNullable<BuilderSpec['discover']>>[0]) {
  const found: { model: ComplexModel; source: ModelSource }[] = [];
  const leftOut: string[] = [];
  for (const source of MODEL_SOURCES) {
    const s = source.survey ? await source.survey(run) : { models: await source.list(run), leftOut: [] };
    found.push(...s.models.map((model) => ({ model, source })));
    leftOut.push(...s.leftOut);
  }
  return { found, models: found.map((f) => f.model), leftOut };
}

/** Nothing to build from: say where a grondexploitatie comes from, and why a mapped one was left out. */
function nothingFound(leftOut: readonly string[]): Refusal {
  return new Refusal(
    [
      'Geen grondexploitatie gevonden in deze werkmap (benoemde cellen GE_… of een koppeling GREX_W_…). Maak er eerst een met ' +
        '"Grondexploitatie (BBV)", of leg de koppeling van uw eigen model vast in Controle.',
      ...leftOut,
    ].join(' '),
  );
}

// ---------------------------------------------------------------------------
// Portfolio

const COLS: [string, NumberFormatKey][] = [
  ['Complex', 'text'],
  ['Blad', 'text'],
  ['Boekwaarde 1-1', 'euro'],
  ['Nog te maken kosten', 'euro'],
  ['Nog te realiseren opbrengsten', 'euro'],
  ['Resultaat nominaal', 'euro'],
  ['Eindwaarde', 'euro'],
  ['NCW', 'euro'],
  ['Verliesvoorziening (NCW)', 'euro'],
  ['Gerealiseerde kosten', 'euro'],
  ['Gerealiseerde opbrengsten', 'euro'],
  ['Reeds genomen winst', 'euro'],
  ['POC-winst cumulatief', 'euro'],
];
const C = { bw: 2, k: 3, o: 4, nom: 5, ew: 6, ncw: 7, vz: 8, gk: 9, go: 10, rw: 11, poc: 12 };
const TOTAL_COLS = [C.bw, C.k, C.o, C.nom, C.ew, C.ncw, C.vz, C.poc];

function portfolioPlan(v: Values, models: readonly ComplexModel[], leftOut: readonly string[] = []) {
  const title = str(v, 'titel') || 'Meerjarenprognose grondbedrijf';
  const l = new Layout('mpg', 'MPG portefeuille', MPG_PREFIX, [190, 120, ...COLS.slice(2).map(() => 110)]);
  l.title(title, [
    'Gemaakt met GREX. Eén regel per grondexploitatie in deze werkmap; de bedragen rekenen mee met de modellen. Positief resultaat = winst.',
    'Voorziening = max(0, −NCW); POC-winst = percentage gerealiseerde kosten × percentage gerealiseerde opbrengsten × NCW (0 zonder winst of verkoop).',
  ]);
  l.section('Complexen');
  const head = l.row++;
  COLS.forEach(([h], i) => l.cell(head, i, { value: h, style: 'header' }));
  const first = l.row;
  for (const m of models) {
    const r = l.row++;
    // live formulas into the model; constants (the example complexes) are inputs and take the registry's validation
    const put = (c: number, x: { formula?: string; value?: number | boolean | string }) =>
      l.cell(r, c, { ...x, format: COLS[c][1], style: x.formula ? 'result' : 'input' });
    l.cell(r, 0, { value: m.name, style: 'label' });
    l.cell(r, 1, { value: m.sheet, style: 'note' });
    put(C.bw, cellOf(m.refs.beginboekwaarde));
    put(C.k, cellOf(m.refs.kosten, true));
    put(C.o, cellOf(m.refs.opbrengsten, true));
    put(C.nom, cellOf(m.refs.nominaal));
    put(C.ew, cellOf(m.refs.eindwaarde));
    put(C.ncw, cellOf(m.refs.ncw));
    put(C.vz, { formula: l.grex('VERLIESVOORZIENING', { resultaat: at({ row: r, col: C.ncw, rows: 1, cols: 1 }) }) });
    put(C.gk, cellOf(m.refs.gerealiseerde_kosten));
    put(C.go, cellOf(m.refs.gerealiseerde_opbrengsten));
    put(C.rw, cellOf(m.refs.reeds_genomen_winst));
    const c = (col: number) => at({ row: r, col, rows: 1, cols: 1 });
    const tk = `(${c(C.gk)}+${c(C.k)})`;
    const to = `(${c(C.go)}+${c(C.o)})`;
    const poc = l.call('POC', {
      gerealiseerde_kosten: c(C.gk),
      totale_kosten: tk,
      gerealiseerde_opbrengsten: c(C.go),
      totale_opbrengsten: to,
      verwacht_resultaat: c(C.ncw),
      reeds_genomen_winst: c(C.rw),
    });
    put(C.poc, { formula: `=IF(AND(${tk}>0,${to}>0),INDEX(${poc},1,2),0)` });
  }
  const n = models.length;
  const tr = l.row++;
  l.cell(tr, 0, { value: 'Totaal grondbedrijf', style: 'header' });
  for (const col of TOTAL_COLS) {
    const area: Box = { row: first, col, rows: Math.max(1, n), cols: 1 };
    l.cell(tr, col, { formula: n ? `=SUM(${at(area)})` : '=0', format: 'euro', style: 'result' });
  }
  l.name('ncw_totaal', { row: tr, col: C.ncw, rows: 1, cols: 1 }, 'Som van de NCW van alle complexen');
  l.name('voorziening_totaal', { row: tr, col: C.vz, rows: 1, cols: 1 }, 'Som van de verliesvoorzieningen (NCW-basis)');
  l.name('poc_totaal', { row: tr, col: C.poc, rows: 1, cols: 1 }, 'Som van de cumulatieve POC-winst');
  for (const t of [...models.flatMap((m) => m.notes ?? []), ...leftOut]) l.text(t);

  l.section('Weerstandsvermogen van het grondbedrijf');
  l.paramHeader();
  l.param({
    key: 'beschikbaar',
    label: 'Beschikbare weerstandscapaciteit',
    value: num(v, 'beschikbaar'),
    format: 'euro',
    unit: '€',
    source: MPG_SOURCES.beschikbaar,
    help: 'Bijvoorbeeld de algemene reserve grondbedrijf.',
  });
  l.param({
    key: 'zekerheid',
    label: 'Zekerheid risicosimulatie',
    value: num(v, 'zekerheid'),
    format: 'pct',
    unit: '%',
    source: MPG_SOURCES.zekerheid,
    help: 'Het bedrag dat in deze fractie van de simulaties volstaat (bijv. 90%).',
  });
  l.text(
    'Risicoregister: één rij per risico met het complex; vul gevolg (€) en kans (0–100%) in. De benodigde ' +
      'capaciteit wordt over alle complexen samen gesimuleerd, niet per complex opgeteld.',
  );
  const names = n ? models.map((m) => m.name) : ['Complex'];
  const reg = l.table(
    'risico',
    ['Complex', 'Risico', 'Gevolg (€)', 'Kans'],
    names.map((c) => [c, 'Risico 1 (vul in)', 0, 0]),
    [undefined, 'text', 'euro', 'pct'],
  );
  const keep = new Set(names).size + 3;
  const portefeuille = { complexen: at(reg.columns[0]), gevolgen: at(reg.columns[2]), kansen: at(reg.columns[3]), zekerheid: nm('zekerheid') };
  const sp = l.spillOf('RISICO.PORTEFEUILLE', portefeuille, keep, ['text', 'euro', 'euro']);
  l.result(
    'Benodigde weerstandscapaciteit grondbedrijf',
    `=INDEX(${at({ ...sp, col: sp.col + 1, cols: 1 })},MATCH("Grondbedrijf (samen)",${at({ ...sp, cols: 1 })},0))`,
    'euro',
    'benodigd',
    'Benodigde weerstandscapaciteit: één simulatie over alle complexen',
  );
  l.spillOf('WEERSTANDSRATIO', { beschikbaar: nm('beschikbaar'), benodigd: nm('benodigd') }, 1, ['factor', 'text', 'text'], {
    wrap: (call) => `IF(${nm('benodigd')}>0,${call},"Vul het risicoregister in (benodigd is 0).")`,
  });
  l.text(
    `Schaal: A ≥ 2,0 uitstekend; B 1,4–2,0 ruim voldoende; C 1,0–1,4 voldoende; D 0,8–1,0 matig; E 0,6–0,8 onvoldoende; ` +
      `F < 0,6 ruim onvoldoende. [${MPG_SOURCES.ratio.tag}] ${MPG_SOURCES.ratio.text}.`,
  );
  if (n) {
    l.chart({
      kind: 'ColumnClustered',
      title: 'NCW per complex',
      data: { row: head, col: C.ncw, rows: n + 1, cols: 1 },
      categories: { row: first, col: 0, rows: n, cols: 1 },
      seriesBy: 'Columns',
    });
  }
  return l.build();
}

export const mpg: BuilderSpec = {
  id: 'mpg',
  title: 'MPG: portefeuille grondbedrijf',
  tagline: 'Alle grondexploitaties van de werkmap op één blad, met voorzieningen, POC-winst en weerstandsratio.',
  summary:
    'Een nieuw blad met één regel per grondexploitatie in deze werkmap, door GREX gemaakt of uw eigen model met een ' +
    'koppeling uit Controle (boekwaarde, nog te maken kosten, nog te realiseren opbrengsten, resultaat nominaal, ' +
    'eindwaarde en NCW) ' +
    'die meerekent met de modellen, de verliesvoorziening met GREX.VERLIESVOORZIENING en de POC-winst met GREX.POC per complex, totalen, ' +
    'en het weerstandsvermogen: één risicoregister over alle complexen (GREX.RISICO.PORTEFEUILLE) en de ratio met GREX.WEERSTANDSRATIO.',
  fields: [
    { key: 'titel', label: 'Titel', kind: 'text', default: 'Meerjarenprognose grondbedrijf' },
    {
      key: 'beschikbaar',
      label: 'Beschikbare weerstandscapaciteit (€)',
      kind: 'number',
      default: 0,
      min: -1e12,
      max: 1e12,
      help: 'Bijvoorbeeld de algemene reserve grondbedrijf.',
    },
    { key: 'zekerheid', label: 'Zekerheid risicosimulatie (%)', kind: 'percent', default: 90, min: 50, max: 99.9 },
  ],
  async discover(run) {
    const { models, leftOut } = await allModels(run);
    if (!models.length) throw nothingFound(leftOut);
    return { models, leftOut } satisfies PortfolioFound;
  },
  plan(v, found) {
    const f = found as PortfolioFound | ComplexModel[] | undefined;
    if (Array.isArray(f)) return portfolioPlan(v, f);
    return f ? portfolioPlan(v, f.models, f.leftOut) : portfolioPlan(v, exampleModels());
  },
};

// ---------------------------------------------------------------------------
// Herziening

export interface HerzieningFound {
  oud: ComplexModel;
  nieuw: ComplexModel;
  /** The old version is a frozen copy of the new model made now. */
  bevroren: boolean;
}

/** A record block "parameter | waarde" for GREX.VERSCHILANALYSE; returns its box (both columns). */
function recordBlock(l: Layout, key: string, m: ComplexModel): Box {
  const top = l.row;
  l.cell(top, 0, { value: 'Parameter', style: 'header' });
  l.cell(top, 1, { value: 'Waarde', style: 'header' });
  const keys = [...VINTAGE_KEYS, ...VINTAGE_OPTIONAL_KEYS.filter((k) => m.refs[k] !== undefined)];
  const formatOf = (k: (typeof keys)[number]): NumberFormatKey | undefined =>
    k === 'startjaar' || k === 'prijspeiljaar' || k === 'opbrengsten_bevriezen_vanaf'
      ? 'year'
      : k === 'beginboekwaarde'
        ? 'euro'
        : k === 'rente_over_negatief' || k === 'indexmoment'
          ? undefined
          : 'pct';
  let cols = 2;
  for (const k of keys) {
    const r = l.row++ + 1;
    const ref = m.refs[k]!;
    l.cell(r, 0, { value: k, style: 'label' });
    if ('value' in ref && Array.isArray(ref.value) && !Array.isArray(ref.value[0])) {
      // an index per year: its values continue to the right, as the record reads a series field
      (ref.value as number[]).forEach((x, i) => l.cell(r, 1 + i, { value: x, format: formatOf(k), style: 'input' }));
      cols = Math.max(cols, 1 + ref.value.length);
    } else if ('expr' in ref && ref.cols && ref.cols > 1) {
      // a live row (a mapped index per year): one cell per year, each its element of the row
      for (let i = 0; i < ref.cols; i++) l.cell(r, 1 + i, { formula: `=INDEX(${ref.expr},1,${i + 1})`, format: formatOf(k), style: 'result' });
      cols = Math.max(cols, 1 + ref.cols);
    } else l.cell(r, 1, { ...cellOf(ref), format: formatOf(k), style: 'expr' in ref ? 'result' : 'input' });
  }
  l.row++;
  const box = { row: top + 1, col: 0, rows: keys.length, cols };
  l.name(key, box, `Parameters ${key.endsWith('oud') ? 'oude' : 'nieuwe'} versie (naam | waarde) voor GREX.VERSCHILANALYSE`);
  return box;
}

/** The kosten or opbrengsten of a version: the live name, or a table of the frozen amounts. */
function seriesArg(l: Layout, key: string, label: string, r: Ref, start: number): string {
  if ('expr' in r) return r.expr;
  const m = (r.value as number[][]).length ? (r.value as number[][]) : [[0]];
  const width = Math.max(...m.map((x) => x.length));
  const years = Array.from({ length: width }, (_, i) => String(start + i));
  const t = l.table(
    key,
    [label, ...years],
    m.map((row, i) => [`Post ${i + 1}`, ...Array.from({ length: width }, (_, j) => row[j] ?? 0)]),
    [undefined, ...years.map(() => 'euro' as const)],
  );
  const body = { ...t.body, col: t.body.col + 1, cols: width };
  l.name(key, body, `${label} per post en jaar vanaf ${start} (vaste waarden van de vorige herziening)`);
  return nm(key);
}

function herzieningPlan(v: Values, f: HerzieningFound) {
  const l = new Layout('herziening', `Herziening ${f.nieuw.name}`.slice(0, 28), HERZIENING_PREFIX, [220, 120, 110, 110, 110, 110, 110, 110]);
  const oudWat = f.bevroren ? `een vaste kopie van "${f.nieuw.sheet}" van nu (de vorige herziening)` : `het model op blad "${f.oud.sheet}"`;
  l.title(`Herziening — ${f.nieuw.name}`, [
    `Vergelijkt ${oudWat} (oud) met het model op blad "${f.nieuw.sheet}" (nieuw). De nieuwe versie rekent mee met het model.`,
    'Effect per factor = Shapley-waarde: het gemiddelde effect over alle volgordes; de factoren tellen exact op tot het totaal. Positief = voordelig.',
  ]);
  l.paramHeader();
  l.param({ key: 'basis', label: 'Basis', value: str(v, 'basis') || 'NCW', source: MPG_SOURCES.basis, help: 'NCW (standaard), EW (eindwaarde) of NOMINAAL.' });
  const startOf = (m: ComplexModel) => {
    const r = m.refs.startjaar;
    return 'value' in r && typeof r.value === 'number' ? r.value : 1;
  };
  l.section('Oud: parameters');
  recordBlock(l, 'parameters_oud', f.oud);
  l.section('Oud: kosten en opbrengsten');
  const ko = seriesArg(l, 'kosten_oud', 'Kosten (oud)', f.oud.refs.kosten, startOf(f.oud));
  l.row++;
  const oo = seriesArg(l, 'opbrengsten_oud', 'Opbrengsten (oud)', f.oud.refs.opbrengsten, startOf(f.oud));
  l.section('Nieuw: parameters');
  recordBlock(l, 'parameters_nieuw', f.nieuw);
  const kn = seriesArg(l, 'kosten_nieuw', 'Kosten (nieuw)', f.nieuw.refs.kosten, startOf(f.nieuw));
  const on = seriesArg(l, 'opbrengsten_nieuw', 'Opbrengsten (nieuw)', f.nieuw.refs.opbrengsten, startOf(f.nieuw));
  const args = {
    kosten_oud: ko,
    opbrengsten_oud: oo,
    parameters_oud: nm('parameters_oud'),
    kosten_nieuw: kn,
    opbrengsten_nieuw: on,
    parameters_nieuw: nm('parameters_nieuw'),
  };

  l.section('Verschilanalyse per factor');
  const labelsRow = l.row;
  const va = l.spillOf('VERSCHILANALYSE', { ...args, basis: nm('basis') }, 10, ['text', 'euro']);
  l.chart({
    kind: 'Waterfall',
    fallback: 'ColumnClustered',
    title: 'Verschil per factor (oud → nieuw)',
    data: { row: labelsRow, col: va.col + 1, rows: 11, cols: 1 },
    categories: { row: va.row, col: va.col, rows: 10, cols: 1 },
    seriesBy: 'Columns',
  });
  l.section('Gepubliceerde vorm (totale kosten, opbrengsten, faseringsinvloeden)');
  l.spillOf('VERSCHILANALYSE.TOTALEN', args, 5, ['text', 'euro', 'euro', 'euro']);
  l.text('Verschil: kosten oud − nieuw, de andere regels nieuw − oud (positief = voordelig). Eindwaarde = opbrengsten − kosten + faseringsinvloeden.');
  l.text('Methode, definities van de factoren en bronnen: docs/methode/mpg.md in de documentatie van GREX.');
  return l.build();
}

/** The example pair: the first example complex against a version a year earlier with other rente and costs. */
function exampleHerziening(): HerzieningFound {
  const nieuw = exampleModels()[0];
  const val = (r: Ref) => ('value' in r ? r.value : 0);
  const oud: ComplexModel = {
    ...nieuw,
    refs: {
      ...nieuw.refs,
      startjaar: { value: (val(nieuw.refs.startjaar) as number) - 1 },
      prijspeiljaar: { value: (val(nieuw.refs.prijspeiljaar) as number) - 1 },
      rente: { value: 0.02 },
      beginboekwaarde: { value: 1_400_000 },
      kosten: {
        value: [
          [600_000, 800_000, 600_000, 400_000, 150_000],
          [50_000, 50_000, 50_000, 50_000, 50_000],
        ],
      },
      opbrengsten: { value: [[0, 0, 1_800_000, 2_000_000, 1_000_000]] },
    },
  };
  return { oud, nieuw, bevroren: true };
}

export const herziening: BuilderSpec = {
  id: 'herziening',
  title: 'MPG: herziening van een complex',
  tagline: 'Verschilanalyse tussen twee versies van een grondexploitatie, met watervalgrafiek.',
  summary:
    'Een nieuw blad dat twee versies van een grondexploitatie vergelijkt: twee modellen in deze werkmap, of het ' +
    'model en een vaste kopie ervan die nu wordt gemaakt (voor de volgende herziening). ' +
    ('Het verschil in resultaat wordt per factor (peildatum, rente, disconteringsvoet, indexen, fasering, volumes, ' +
      'beginboekwaarde) verklaard met GREX.VERSCHILANALYSE, ') +
    'met een watervalgrafiek en de gepubliceerde vorm met GREX.VERSCHILANALYSE.TOTALEN.',
  fields: [
    {
      key: 'nieuw',
      label: 'Blad van het (nieuwe) model',
      kind: 'text',
      default: '',
      help: 'Leeg: het eerste grondexploitatiemodel in de werkmap. Uw eigen gekoppelde model: de naam van zijn blad.',
    },
    {
      key: 'oud',
      label: 'Blad van het oude model',
      kind: 'text',
      default: '',
      help: 'Leeg: een vaste kopie van het nieuwe model zoals het nu is, om bij de volgende herziening mee te vergelijken.',
    },
    {
      key: 'basis',
      label: 'Basis',
      kind: 'select',
      default: 'NCW',
      options: [
        { value: 'NCW', label: 'NCW' },
        { value: 'EW', label: 'Eindwaarde' },
        { value: 'NOMINAAL', label: 'Nominaal' },
      ],
    },
  ],
  async discover(run, v) {
    const { found, models, leftOut } = await allModels(run);
    if (!models.length) throw nothingFound(leftOut);
    const bySheet = (s: string) => models.find((m) => m.sheet.toLowerCase() === s.toLowerCase() || m.name.toLowerCase() === s.toLowerCase());
    const nieuwNaam = str(v, 'nieuw');
    const nieuw = nieuwNaam ? bySheet(nieuwNaam) : models[0];
    if (!nieuw) throw new Refusal(`Geen grondexploitatie op blad "${nieuwNaam}". Gevonden: ${models.map((m) => m.sheet).join(', ')}.`);
    const oudNaam = str(v, 'oud');
    if (oudNaam) {
      const oud = bySheet(oudNaam);
      if (!oud) throw new Refusal(`Geen grondexploitatie op blad "${oudNaam}". Gevonden: ${models.map((m) => m.sheet).join(', ')}.`);
      if (oud.id === nieuw.id) throw new Refusal('Kies twee verschillende modellen, of laat "oud" leeg voor een vaste kopie.');
      return { oud, nieuw, bevroren: false } satisfies HerzieningFound;
    }
    // the frozen copy comes from the source that found the model (a GREX model or the analyst's own)
    const source = found.find((x) => x.model === nieuw)!.source;
    const oud = await source.snapshot(run, nieuw.id);
    if (!oud) throw new Refusal('De invoer van het model kon niet worden gelezen voor de vaste kopie.');
    return { oud, nieuw, bevroren: true } satisfies HerzieningFound;
  },
  plan(v, found) {
    return herzieningPlan(v, (found as HerzieningFound | undefined) ?? exampleHerziening());
  },
};
