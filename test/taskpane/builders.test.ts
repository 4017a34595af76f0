/**
 * Every builder writes a formula-driven sheet through the writer into the
 * fake Excel model: names, tables, validation, number formats, GREX calls
 * referencing those names, charts; unique sheet and defined names; never
 * over a non-empty cell.
 */
import { BUILDERS, findBuilder } from '../../src/taskpane/builders';
import { defaults } from '../../src/taskpane/builders/types';
import { writePlan, preview } from '../../src/taskpane/excel/writer';
import { Refusal } from '../../src/taskpane/excel/host';
import { parseGrexCalls } from '../../src/taskpane/sheet/formula-parser';
import { findFunction } from '../../src/functions/registry';
import { FakeWorkbookModel, fakeRun } from './fake-excel';
import type { ExcelRun } from '../../src/taskpane/excel/host';

const runOf = (m: FakeWorkbookModel) => fakeRun(m) as unknown as ExcelRun;

describe.each(BUILDERS.map((b) => [b.id, b] as const))('builder %s', (_id, spec) => {
  const plan = spec.plan(defaults(spec));

  test('writes a new sheet with names, tables, validation and GREX formulas', async () => {
    const m = new FakeWorkbookModel(['Blad1']);
    const res = await writePlan(runOf(m), plan, 'newSheet');
    const sheet = m.mustSheet(res.placement.sheet);
    expect(res.placement.isNew).toBe(true);
    expect(m.sheets.map((s) => s.name)).toContain(res.placement.sheet);
    // every planned name exists and refers to the new sheet
    for (const n of plan.names) {
      const name = m.names.find((x) => x.name === res.placement.names[n.key]);
      expect(name).toBeDefined();
      expect(name!.sheet).toBe(sheet);
      expect(name!.comment.length).toBeGreaterThan(0);
    }
    expect(m.tables.filter((t) => t.sheet === sheet)).toHaveLength(plan.tables.length);
    // formulas: every GREX call is a catalogue/registry function with at most its parameter count,
    // and references only names that exist
    const formulas = m.formulas(res.placement.sheet).map((f) => f.formula);
    const calls = formulas.flatMap((f) => parseGrexCalls(f));
    expect(calls.length).toBeGreaterThan(0);
    for (const fn of plan.functions) expect(calls.map((c) => c.name)).toContain(fn);
    const definedNames = new Set(m.names.map((n) => n.name.toLowerCase()));
    for (const c of calls) {
      const params = findFunction(c.name)?.params.map((p) => p.name);
      expect(params).toBeDefined();
      expect(c.args.length).toBeLessThanOrEqual(params!.length);
      for (const a of c.args) {
        for (const id of a.text.match(/\b[A-Z]{2}_[A-Za-z0-9_]+/g) ?? []) expect(definedNames.has(id.toLowerCase())).toBe(true);
      }
    }
    expect(formulas.every((f) => !f.includes('{{'))).toBe(true);
    // number formats (€, %, m²) were set
    const formats = [...sheet.cells.values()].map((c) => c.numberFormat);
    expect(formats.some((f) => /€|%|m²/.test(f))).toBe(true);
    // data validation with a Dutch prompt on at least one parameter
    const validated = [...sheet.cells.values()].filter((c) => c.validation);
    expect(validated.length).toBeGreaterThan(0);
    expect(validated[0].prompt.message.length).toBeGreaterThan(0);
    // charts as planned
    expect(sheet.charts).toHaveLength(plan.charts.length);
    expect(res.charts).toBe(plan.charts.length);
    // the pane activated the new sheet and selected the top-left
    expect(m.active).toBe(res.placement.sheet);
  });

  test('a second model gets a unique sheet name and unique defined names', async () => {
    const m = new FakeWorkbookModel(['Blad1']);
    const a = await writePlan(runOf(m), plan, 'newSheet');
    const b = await writePlan(runOf(m), plan, 'newSheet');
    expect(b.placement.sheet).not.toBe(a.placement.sheet);
    expect(b.placement.sheet).toMatch(/\(2\)$/);
    const keys = Object.keys(a.placement.names);
    for (const k of keys) expect(b.placement.names[k]).not.toBe(a.placement.names[k]);
    const all = m.names.map((n) => n.name.toLowerCase());
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('writing into a selection', () => {
  const spec = findBuilder('grondexploitatie')!;
  const plan = spec.plan(defaults(spec));

  test('writes into an empty selection with formulas shifted to the target', async () => {
    const m = new FakeWorkbookModel(['Blad1']);
    m.seed('Blad1', 'A1', [['Eigen notitie']]);
    m.selection = { sheet: 'Blad1', box: { row: 4, col: 2, rows: 1, cols: 1 } }; // C5
    const res = await writePlan(runOf(m), plan, 'selection');
    expect(res.placement.sheet).toBe('Blad1');
    expect(res.placement.address.startsWith('C5:')).toBe(true);
    expect(m.mustSheet('Blad1').cell('A1')!.value).toBe('Eigen notitie');
    expect(m.mustSheet('Blad1').cell('C5')!.value).toMatch(/^Grondexploitatie/);
    const startName = m.names.find((n) => n.name === res.placement.names.startjaar)!;
    expect(startName.box.col).toBe(3); // D: value column shifted by two
  });

  test.each([
    ['a value', (m: FakeWorkbookModel) => m.seed('Blad1', 'E9', [[42]])],
    ['a formula', (m: FakeWorkbookModel) => m.seed('Blad1', 'E9', [['=1+1']])],
    ['only a number format', (m: FakeWorkbookModel) => (m.mustSheet('Blad1').at(8, 4).numberFormat = '0.00%')],
    ['only a fill colour', (m: FakeWorkbookModel) => (m.mustSheet('Blad1').at(8, 4).fill = '#FFFF00')],
  ])('refuses when the area holds %s, says so in Dutch and writes nothing', async (_what, seed) => {
    const m = new FakeWorkbookModel(['Blad1']);
    seed(m);
    m.selection = { sheet: 'Blad1', box: { row: 0, col: 0, rows: 1, cols: 1 } };
    const before = m.snapshot('Blad1');
    const namesBefore = m.names.length;
    const err = await writePlan(runOf(m), plan, 'selection').catch((e) => e);
    expect(err).toBeInstanceOf(Refusal);
    expect(err.message).toMatch(/niet leeg/);
    expect(err.message).toMatch(/GREX schrijft nooit over bestaande inhoud/);
    expect(m.snapshot('Blad1')).toBe(before);
    expect(m.names.length).toBe(namesBefore);
    expect(m.sheets).toHaveLength(1);
  });

  test('preview reports the place without writing', async () => {
    const m = new FakeWorkbookModel(['Blad1', 'Grondexploitatie']);
    const p = await preview(runOf(m), plan, 'newSheet');
    expect(p.sheet).toBe('Grondexploitatie (2)');
    expect(m.sheets).toHaveLength(2);
    expect(m.names).toHaveLength(0);
  });

  test('a refused chart type falls back, and an impossible chart is a warning, not a failure', async () => {
    const m = new FakeWorkbookModel(['Blad1']);
    m.unsupportedChartTypes = ['Waterfall'];
    const vp = findBuilder('verplaatsing')!;
    const res = await writePlan(runOf(m), vp.plan(defaults(vp)), 'newSheet');
    expect(m.mustSheet(res.placement.sheet).charts[0].type).toBe('ColumnClustered');
    m.unsupportedChartTypes = ['Line'];
    const res2 = await writePlan(runOf(m), plan, 'newSheet');
    expect(res2.charts).toBe(0);
    expect(res2.warnings[0]).toMatch(/grafiek/);
  });
});

describe('grondexploitatie formulas', () => {
  test('GREX.RESULTAAT and GREX.BOEKWAARDE take the named parameters in catalogue order', async () => {
    const m = new FakeWorkbookModel(['Blad1']);
    const spec = findBuilder('grondexploitatie')!;
    const res = await writePlan(runOf(m), spec.plan({ ...defaults(spec), startjaar: 2027, looptijd: 12 }), 'newSheet');
    const f = m.formulas(res.placement.sheet).map((x) => x.formula);
    expect(f).toContain(
      '=GREX.RESULTAAT(GE_beginboekwaarde,GE_kosten,GE_opbrengsten,GE_rente,GE_disconteringsvoet,GE_startjaar,GE_kostenindex,GE_opbrengstenindex,' +
        'GE_rente_over_negatief,GE_prijspeiljaar,GE_opbrengsten_bevriezen_vanaf,GE_indexmoment)',
    );
    // kopregel is left empty: its default (no header row) is what the sheet wants
    expect(f).toContain(
      '=GREX.BOEKWAARDE(GE_beginboekwaarde,GE_kosten,GE_opbrengsten,GE_rente,GE_startjaar,GE_kostenindex,GE_opbrengstenindex,GE_rente_over_negatief,' +
        'GE_prijspeiljaar,GE_opbrengsten_bevriezen_vanaf,,GE_indexmoment)',
    );
    expect(f).toContain('=GREX.VERLIESVOORZIENING(GE_ncw)');
    expect(f).toContain('=GREX.BBV.TOETS(GE_startjaar,GE_eindjaar,GE_disconteringsvoet,GE_rente,GE_motivering)');
    const kosten = m.names.find((n) => n.name === 'GE_kosten')!;
    expect(kosten.box.cols).toBe(12);
    const sheet = m.mustSheet(res.placement.sheet);
    const rente = m.names.find((n) => n.name === 'GE_rente')!;
    expect(sheet.get(rente.box.row, rente.box.col)!.numberFormat).toBe('0.00%');
    expect(sheet.get(rente.box.row, rente.box.col + 2)!.value).toMatch(/^\[V-ind\] indirect geverifieerd: BBV/);
  });
});

describe('the main GREX call of each builder, with its names in catalogue order', () => {
  const cases: [string, Record<string, unknown>, string[]][] = [
    ['grondwaarde', {}, ['=GREX.WAARDESPRONG(RG_waarde_voor,RG_waarde_na,RG_grondproductiekosten)']],
    [
      'kostenverhaal',
      {},
      ['=GREX.KOSTENVERHAAL(KV_opbrengsten,KV_inbrengwaarden,KV_overige_kosten,KV_eigen_kosten)', '=GREX.MACROAFTOPPING(KV_totale_kosten,SUM(KV_opbrengsten))'],
    ],
    ['kostenverhaal', { sleutel: 'gewichten' }, ['=GREX.KOSTENVERHAAL(KV_opbrengsten,KV_inbrengwaarden,KV_overige_kosten,KV_eigen_kosten,KV_gewichten)']],
    [
      'verplaatsing',
      {},
      [
        '=GREX.SCHADELOOSSTELLING.VERPLAATSING(BV_werkelijke_waarde,BV_herinvestering,' +
          'BV_marktrente,BV_jaarlijkse_correctie,BV_kapitalisatiefactor,BV_overige_posten)',
        '=GREX.SCHADELOOSSTELLING.LIQUIDATIE(BV_werkelijke_waarde,BV_netto_inkomen,BV_kapitalisatiefactor,BV_overige_posten)',
        '=GREX.ONRENDABELETOP(BV_disconteringsvoet,BV_kosten,BV_opbrengsten,BV_startjaar)',
        '=GREX.DESKUNDIGENKOSTEN(BV_schadeloosstelling)',
      ],
    ],
    [
      'verplaatsing',
      { nieuwe_locatie: 'erfpacht' },
      [
        '=GREX.VERPLAATSING.BUSINESSCASE(BV_disconteringsvoet,BV_schadeloosstelling_reeks,' +
          'BV_eigen_kosten,BV_opbrengst_oude_locatie,BV_opbrengst_nieuwe_locatie,BV_erfpacht_nieuwe_locatie,BV_bijdragen,,BV_startjaar)',
      ],
    ],
    [
      'erfpacht',
      {},
      [
        '=GREX.ERFPACHT.VERGELIJK(EP_grondwaarde,EP_canonpercentage,EP_groei,EP_rekenrente,EP_looptijd,EP_koopsom,EP_grondwaardegroei)',
        '=GREX.ERFPACHT.CANON(EP_grondwaarde,EP_canonpercentage,EP_korting_grondwaarde,EP_korting_canon)',
        '=GREX.ERFPACHT.AFKOOPSOM(EP_canon,EP_rekenrente,EP_groei,EP_looptijd)',
      ],
    ],
    [
      'barcode',
      {},
      [
        '=GREX.BARCODE(BC_programma,BC_normen)',
        '=GREX.MENGOPTIES(BC_programma,BC_normen,BC_beschikbaar_oppervlak,BC_opties)',
        '=GREX.FMI(BC_banen,BC_woningen)',
      ],
    ],
  ];
  test.each(cases)('%s %j', async (id, extra, expected) => {
    const m = new FakeWorkbookModel(['Blad1']);
    const spec = findBuilder(id)!;
    const res = await writePlan(runOf(m), spec.plan({ ...defaults(spec), ...extra } as never), 'newSheet');
    const f = m.formulas(res.placement.sheet).map((x) => x.formula);
    for (const e of expected) expect(f).toContain(e);
  });

  test('residual land value per type refers to its own row of the table', async () => {
    const m = new FakeWorkbookModel(['Blad1']);
    const spec = findBuilder('grondwaarde')!;
    const res = await writePlan(runOf(m), spec.plan(defaults(spec)), 'newSheet');
    const rgw = m.formulas(res.placement.sheet).filter((x) => x.formula.startsWith('=GREX.RESIDUELEGRONDWAARDE('));
    expect(rgw).toHaveLength(3);
    const table = m.tables.find((t) => t.name === res.placement.tableNames.woningtypen)!;
    rgw.forEach((x, i) => {
      const row = table.box.row + 2 + i; // header row + 1-based
      expect(x.formula).toBe(
        `=GREX.RESIDUELEGRONDWAARDE($C$${row},RG_btw,$D$${row},RG_bijkomende_kosten,RG_ak,RG_wr,RG_ak_grondslag,RG_wr_grondslag,$E$${row})`,
      );
    });
  });
});

describe('a write that fails halfway is undone (only what GREX created)', () => {
  const spec = findBuilder('grondexploitatie')!;
  const plan = spec.plan(defaults(spec));

  test('new sheet: the sheet, its names and tables are removed; the error is reported', async () => {
    const m = new FakeWorkbookModel(['Blad1']);
    m.addName('Eigen_naam', 'Blad1', 'A1');
    m.faults.add('tables.add');
    const err = await writePlan(runOf(m), plan, 'newSheet').catch((e) => e);
    expect(err.code).toBe('GeneralException');
    expect(m.sheets.map((s) => s.name)).toEqual(['Blad1']);
    expect(m.names.map((n) => n.name)).toEqual(['Eigen_naam']);
    expect(m.tables).toEqual([]);
  });

  test('selection: the (verified empty) area is cleared again; everything around it stays', async () => {
    const m = new FakeWorkbookModel(['Blad1']);
    m.seed('Blad1', 'A1', [['Eigen notitie', 42]]);
    m.selection = { sheet: 'Blad1', box: { row: 2, col: 0, rows: 1, cols: 1 } };
    const before = m.snapshot('Blad1');
    m.faults.add('tables.add');
    await expect(writePlan(runOf(m), plan, 'selection')).rejects.toMatchObject({ code: 'GeneralException' });
    expect(m.snapshot('Blad1')).toBe(before);
    expect(m.names).toEqual([]);
  });
});

test('if the workbook changed after the confirm step, nothing is written and the user is asked again', async () => {
  const m = new FakeWorkbookModel(['Blad1']);
  const spec = findBuilder('erfpacht')!;
  const plan = spec.plan(defaults(spec));
  const confirmed = await preview(runOf(m), plan, 'newSheet');
  m.addSheet(confirmed.sheet); // someone else takes the name meanwhile
  const err = await writePlan(runOf(m), plan, 'newSheet', confirmed).catch((e) => e);
  expect(err).toBeInstanceOf(Refusal);
  expect(err.message).toMatch(/veranderd sinds de bevestiging.*niets geschreven/);
  expect(m.names).toEqual([]);
  expect(m.sheets).toHaveLength(2);
});
