/**
 * The MPG builders on the fake Excel: the portfolio finds every GREX-built
 * grondexploitatie through its names (one live row each), the herziening
 * compares two models or a model with a frozen copy, and the raadsversie
 * copies the MPG sheets along.
 */
import { findBuilder } from '../../src/taskpane/builders';
import { defaults } from '../../src/taskpane/builders/types';
import { GREX_MODELS } from '../../src/taskpane/builders/mpg-source';
import type { HerzieningFound, PortfolioFound } from '../../src/taskpane/builders/mpg';
import { writePlan } from '../../src/taskpane/excel/writer';
import { Refusal, type ExcelRun } from '../../src/taskpane/excel/host';
import { readModel } from '../../src/taskpane/models/ge-model';
import { makeRaadsversie } from '../../src/taskpane/raadsversie/make';
import { parseGrexCalls, hasGrexCall } from '../../src/taskpane/sheet/formula-parser';
import { Job } from '../../src/taskpane/state/job';
import { call } from '../../src/functions/call';
import { FakeWorkbookModel, fakeRun } from './fake-excel';

const runOf = (m: FakeWorkbookModel) => fakeRun(m) as unknown as ExcelRun;
const ge = findBuilder('grondexploitatie')!;
const mpg = findBuilder('mpg')!;
const hz = findBuilder('herziening')!;

async function twoModels(): Promise<{ m: FakeWorkbookModel; sheets: string[] }> {
  const m = new FakeWorkbookModel(['Blad1']);
  const a = await writePlan(runOf(m), ge.plan({ ...defaults(ge), voorbeeld: true, project: 'Noord' }), 'newSheet');
  const b = await writePlan(runOf(m), ge.plan({ ...defaults(ge), voorbeeld: true, project: 'Zuid', rente: 0.03 }), 'newSheet');
  return { m, sheets: [a.placement.sheet, b.placement.sheet] };
}

describe('model source: GREX-built grondexploitaties', () => {
  test('finds both models with live references to their names', async () => {
    const { m, sheets } = await twoModels();
    const found = await GREX_MODELS.list(runOf(m));
    expect(found.map((x) => x.sheet)).toEqual(sheets);
    expect(found.map((x) => x.name)).toEqual(['Noord', 'Zuid']);
    expect(found[0].refs.ncw).toEqual({ expr: 'GE_ncw' });
    expect(found[1].refs.ncw).toEqual({ expr: 'GE_ncw_2' });
    const names = new Set(m.names.map((n) => n.name));
    for (const x of found) for (const r of Object.values(x.refs)) if ('expr' in r) expect(names.has(r.expr)).toBe(true);
  });
  test('a snapshot holds the model’s current values as constants', async () => {
    const { m } = await twoModels();
    const snap = (await GREX_MODELS.snapshot(runOf(m), 'GE_2'))!;
    const direct = (await readModel(runOf(m), '_2'))!;
    expect(snap.refs.rente).toEqual({ value: 0.03 });
    expect(snap.refs.kosten).toEqual({ value: direct.inputs.kosten });
    expect(snap.refs.startjaar).toEqual({ value: direct.inputs.startjaar });
  });
});

describe('portfolio builder', () => {
  test('one live row per complex, totals, and the weerstand block; refuses an empty workbook', async () => {
    const { m } = await twoModels();
    const found = (await mpg.discover!(runOf(m), defaults(mpg))) as PortfolioFound;
    const res = await writePlan(runOf(m), mpg.plan({ ...defaults(mpg), beschikbaar: 5_000_000 }, found), 'newSheet');
    const formulas = m.formulas(res.placement.sheet).map((f) => f.formula);
    expect(formulas).toContain('=GE_ncw');
    expect(formulas).toContain('=GE_ncw_2');
    expect(formulas).toContain('=SUM(GE_kosten_2)');
    expect(formulas.filter((f) => /^=GREX\.VERLIESVOORZIENING\(\$H\$\d+\)$/.test(f))).toHaveLength(2);
    expect(formulas.some((f) => f.includes('GREX.POC('))).toBe(true);
    expect(formulas.some((f) => f.startsWith('=GREX.RISICO.PORTEFEUILLE('))).toBe(true);
    expect(formulas.some((f) => f.includes('GREX.WEERSTANDSRATIO(MPG_beschikbaar,MPG_benodigd)'))).toBe(true);
    // every GREX call refers to the sheet's own cells or MPG names, never straight into a model
    for (const f of formulas) for (const c of parseGrexCalls(f)) for (const a of c.args) expect(a.text).not.toMatch(/GE_/);
    await expect(mpg.discover!(runOf(new FakeWorkbookModel(['Blad1'])), defaults(mpg))).rejects.toBeInstanceOf(Refusal);
  });
});

describe('herziening builder', () => {
  test('model against a frozen copy: the copy is constants equal to the model, the new version is live', async () => {
    const { m } = await twoModels();
    const f = (await hz.discover!(runOf(m), { ...defaults(hz), nieuw: 'Grex Zuid' })) as HerzieningFound;
    expect(f.bevroren).toBe(true);
    expect(f.nieuw.refs.kosten).toEqual({ expr: 'GE_kosten_2' });
    expect('value' in f.oud.refs.kosten).toBe(true);
    const res = await writePlan(runOf(m), hz.plan(defaults(hz), f), 'newSheet');
    const sheet = m.mustSheet(res.placement.sheet);
    const va = m.formulas(res.placement.sheet).find((x) => x.formula.startsWith('=GREX.VERSCHILANALYSE('))!;
    expect(va.formula).toBe(
      '=GREX.VERSCHILANALYSE(HZ_kosten_oud,HZ_opbrengsten_oud,HZ_parameters_oud,GE_kosten_2,GE_opbrengsten_2,HZ_parameters_nieuw,HZ_basis)',
    );
    expect(m.formulas(res.placement.sheet).some((x) => x.formula.startsWith('=GREX.VERSCHILANALYSE.TOTALEN('))).toBe(true);
    expect(sheet.charts.map((c) => c.type)).toEqual(['Waterfall']);
    // the frozen record: constants; the new record: formulas into the model
    const rec = (name: string) => m.names.find((n) => n.name === name)!.box;
    const oudBox = rec('HZ_parameters_oud');
    const nieuwBox = rec('HZ_parameters_nieuw');
    const rows = (b: { row: number; col: number; rows: number }) =>
      Array.from({ length: b.rows }, (_, i) => [sheet.get(b.row + i, b.col)!, sheet.get(b.row + i, b.col + 1)!]);
    expect(rows(nieuwBox).map(([, v]) => v.formula)).toContain('=GE_rente_2');
    const oudRows = rows(oudBox);
    expect(oudRows.every(([, v]) => !v.formula)).toBe(true);
    // comparing the copy with the model as it is now: every effect is 0 (evaluated through the call path)
    const model = (await readModel(runOf(m), '_2'))!.inputs;
    const record = oudRows.map(([k, v]) => [k.value, v.value]);
    const kosten = m.names.find((n) => n.name === 'HZ_kosten_oud')!.box;
    const grid = (b: typeof kosten) =>
      Array.from({ length: b.rows }, (_, r) => Array.from({ length: b.cols }, (_, c) => sheet.get(b.row + r, b.col + c)!.value));
    expect(grid(kosten)).toEqual(model.kosten);
    const out = call(
      'VERSCHILANALYSE',
      grid(kosten),
      grid(m.names.find((n) => n.name === 'HZ_opbrengsten_oud')!.box),
      record,
      model.kosten,
      model.opbrengsten,
      record,
    ) as [string, number][];
    expect(out.map((r) => r[1])).toEqual(new Array(10).fill(0));
  });
  test('the record carries the indexation moment and revenue freeze: a frozen copy compares to 0, a new moment moves both index groups only', async () => {
    const { m } = await twoModels();
    const f = (await hz.discover!(runOf(m), { ...defaults(hz), nieuw: 'Grex Zuid' })) as HerzieningFound;
    expect(f.nieuw.refs.indexmoment).toEqual({ expr: 'GE_indexmoment_2' });
    expect(f.nieuw.refs.opbrengsten_bevriezen_vanaf).toEqual({ expr: 'GE_opbrengsten_bevriezen_vanaf_2' });
    expect(f.oud.refs.indexmoment).toEqual({ value: 'begin' });
    expect(f.oud.refs.opbrengsten_bevriezen_vanaf).toBeUndefined(); // blank in the model: no row, the function's default
    const res = await writePlan(runOf(m), hz.plan(defaults(hz), f), 'newSheet');
    const sheet = m.mustSheet(res.placement.sheet);
    const rows = (name: string) => {
      const b = m.names.find((n) => n.name === name)!.box;
      return Array.from({ length: b.rows }, (_, i) => [sheet.get(b.row + i, b.col)!, sheet.get(b.row + i, b.col + 1)!]);
    };
    expect(rows('HZ_parameters_nieuw').map(([k, v]) => [k.value, v.formula])).toContainEqual(['indexmoment', '=GE_indexmoment_2']);
    const oud = rows('HZ_parameters_oud').map(([k, v]) => [k.value, v.value]);
    expect(oud).toContainEqual(['indexmoment', 'begin']);
    // the model as it is now, with the moment changed to "eind": only the two index groups move
    const model = (await readModel(runOf(m), '_2'))!.inputs;
    const nieuw = oud.map(([k, v]) => [k, k === 'indexmoment' ? 'eind' : v]);
    const same = call('VERSCHILANALYSE', model.kosten, model.opbrengsten, oud, model.kosten, model.opbrengsten, oud) as [string, number][];
    expect(same.map((r) => r[1])).toEqual(new Array(10).fill(0));
    const moved = call('VERSCHILANALYSE', model.kosten, model.opbrengsten, oud, model.kosten, model.opbrengsten, nieuw) as [string, number][];
    const effect = Object.fromEntries(moved.map(([k, v]) => [k, v]));
    expect(effect['Kostenindex']).toBeLessThan(0); // costs indexed a year further: nadelig
    expect(effect['Opbrengstenindex']).toBeGreaterThan(0);
    for (const k of ['Peildatum en prijspeil', 'Rente', 'Disconteringsvoet', 'Fasering', 'Kosten (volume)', 'Opbrengsten (volume)', 'Beginboekwaarde'])
      expect(effect[k]).toBe(0);
    expect(effect['Kostenindex'] + effect['Opbrengstenindex']).toBeCloseTo(effect['Totaal'], 6);
  });
  test('two models: both live, and unknown or equal sheets are refused', async () => {
    const { m, sheets } = await twoModels();
    const f = (await hz.discover!(runOf(m), { ...defaults(hz), nieuw: sheets[1], oud: sheets[0] })) as HerzieningFound;
    expect(f.bevroren).toBe(false);
    const res = await writePlan(runOf(m), hz.plan(defaults(hz), f), 'newSheet');
    const va = m.formulas(res.placement.sheet).find((x) => x.formula.startsWith('=GREX.VERSCHILANALYSE('))!;
    expect(va.formula).toBe('=GREX.VERSCHILANALYSE(GE_kosten,GE_opbrengsten,HZ_parameters_oud,GE_kosten_2,GE_opbrengsten_2,HZ_parameters_nieuw,HZ_basis)');
    await expect(hz.discover!(runOf(m), { ...defaults(hz), nieuw: 'Bestaat niet' })).rejects.toThrow(/Geen grondexploitatie op blad "Bestaat niet"/);
    await expect(hz.discover!(runOf(m), { ...defaults(hz), nieuw: sheets[0], oud: sheets[0] })).rejects.toBeInstanceOf(Refusal);
  });
});

describe('raadsversie', () => {
  test('copies the MPG sheets along without GREX formulas, even when not chosen', async () => {
    const { m } = await twoModels();
    m.evaluate = (_s, _r, _c, f) => (hasGrexCall(f) ? 1000 : '');
    const found = (await mpg.discover!(runOf(m), defaults(mpg))) as PortfolioFound;
    const p = await writePlan(runOf(m), mpg.plan(defaults(mpg), found), 'newSheet');
    const h = await writePlan(runOf(m), hz.plan(defaults(hz), await hz.discover!(runOf(m), defaults(hz))), 'newSheet');
    const res = await makeRaadsversie(runOf(m), { sheets: [], model: '', allFormulas: true }, new Job(1), '2026-12-01');
    expect(res.copies).toEqual([`${p.placement.sheet.slice(0, 24)} (raad)`, `${h.placement.sheet.slice(0, 24)} (raad)`]);
    for (const c of res.copies) expect(m.formulas(c).filter((f) => hasGrexCall(f.formula))).toEqual([]);
    const none = await makeRaadsversie(runOf(m), { sheets: [], model: '', allFormulas: true, includeMpg: false }, new Job(1), '2026-12-01');
    expect(none.copies).toEqual([]);
  });
});
