/**
 * The raadsversie: copies of the chosen sheets without any GREX formula
 * (values instead), originals untouched, and a kernvariabelen sheet with the
 * stress tests computed through the GREX call path.
 */
import { findBuilder } from '../../src/taskpane/builders';
import { defaults } from '../../src/taskpane/builders/types';
import { writePlan } from '../../src/taskpane/excel/writer';
import { Refusal } from '../../src/taskpane/excel/host';
import type { ExcelRun } from '../../src/taskpane/excel/host';
import { makeRaadsversie } from '../../src/taskpane/raadsversie/make';
import { frozenMatrix, mustFreeze } from '../../src/taskpane/raadsversie/freeze';
import { listModels, readModel } from '../../src/taskpane/raadsversie/ge-model';
import { STRESS } from '../../src/taskpane/raadsversie/stress';
import { hasGrexCall } from '../../src/taskpane/sheet/formula-parser';
import { Job } from '../../src/taskpane/state/job';
import { FakeWorkbookModel, fakeRun } from './fake-excel';

const runOf = (m: FakeWorkbookModel) => fakeRun(m) as unknown as ExcelRun;

/** A workbook with a grondexploitatie model (GREX formulas "show" 1000) and a hand-made sheet. */
async function workbook(): Promise<{ m: FakeWorkbookModel; ge: string }> {
  const m = new FakeWorkbookModel(['Notities']);
  m.evaluate = (_s, _r, _c, f) => (hasGrexCall(f) ? 1000 : '');
  const spec = findBuilder('grondexploitatie')!;
  const res = await writePlan(runOf(m), spec.plan({ ...defaults(spec), voorbeeld: true, project: 'Centrum' }), 'newSheet');
  m.seed('Notities', 'A1', [
    ['Som', { f: '=SUM(B3:B4)', v: 3 }],
    ['NCW', { f: '=GREX.NCW(0.02,B3:B4)', v: 2.9 }],
    ['', 1],
    ['', 2],
    ['Spill', { f: '=B2#*2', v: 5.8 }],
    ['Naam', { f: '=GE_ncw*2', v: 2000 }],
  ]);
  return { m, ge: res.placement.sheet };
}

describe('freezing rules', () => {
  test('GREX formulas and spill references freeze; other formulas only when asked', () => {
    expect(mustFreeze('=GREX.NCW(1,A1)', { allFormulas: false })).toBe(true);
    expect(mustFreeze('=A1#', { allFormulas: false })).toBe(true);
    expect(mustFreeze('=SUM(A1:A2)', { allFormulas: false })).toBe(false);
    expect(mustFreeze('=SUM(A1:A2)', { allFormulas: true })).toBe(true);
    expect(mustFreeze(12, { allFormulas: true })).toBe(false);
    // only frozen cells are written; null leaves a cell exactly as the copy has it
    expect(frozenMatrix([['=GREX.FMI(1,1)', '=A1', 'x']], [[50, 50, 'x']], { allFormulas: false })).toEqual([[50, null, null]]);
  });

  test('formulas that reach outside the copy (another sheet, a workbook name) freeze too', () => {
    const names = new Set(['ge_ncw', 'bv_scenario']);
    const o = { allFormulas: false };
    expect(mustFreeze('=GE_ncw*2', o, names)).toBe(true);
    expect(mustFreeze('=IF(BV_scenario="LIQUIDATIE",1,2)', o, names)).toBe(true);
    expect(mustFreeze("='Grex Centrum'!B4+1", o, names)).toBe(true);
    expect(mustFreeze('=Blad2!A1', o, names)).toBe(true);
    expect(mustFreeze('=SUM(B3:B4)*2', o, names)).toBe(false);
    expect(mustFreeze('="GE_ncw is geen verwijzing"&B2', o, names)).toBe(false);
    expect(mustFreeze('="a!b"&B2', o, names)).toBe(false);
    expect(mustFreeze('=ROUND(B2,0)', o, names)).toBe(false);
  });
});

describe('makeRaadsversie', () => {
  test('copies without GREX formulas; originals untouched', async () => {
    const { m, ge } = await workbook();
    const before = { ge: m.snapshot(ge), notes: m.snapshot('Notities') };
    const namesBefore = JSON.stringify(m.names.map((n) => [n.name, n.sheet.name]));
    const res = await makeRaadsversie(runOf(m), { sheets: [ge, 'Notities'], allFormulas: false }, new Job(1));
    expect(res.copies).toEqual(['Grex Centrum (raad)', 'Notities (raad)']);
    expect(m.snapshot(ge)).toBe(before.ge);
    expect(m.snapshot('Notities')).toBe(before.notes);
    expect(JSON.stringify(m.names.filter((n) => !n.scope).map((n) => [n.name, n.sheet.name]))).toBe(namesBefore);
    for (const c of res.copies) expect(m.formulas(c).filter((f) => hasGrexCall(f.formula))).toEqual([]);
    const notes = m.mustSheet('Notities (raad)');
    expect(notes.cell('B2')).toMatchObject({ value: 2.9, formula: '' });
    expect(notes.cell('B1')!.formula).toBe('=SUM(B3:B4)'); // kept: not a GREX formula
    expect(notes.cell('B5')).toMatchObject({ value: 5.8, formula: '' }); // spill reference frozen
    expect(notes.cell('B6')).toMatchObject({ value: 2000, formula: '' }); // reaches a GREX result through a name
    const copiedGe = m.mustSheet('Grex Centrum (raad)');
    expect([...copiedGe.cells.values()].some((c) => c.value === 1000)).toBe(true);
    expect(res.kernSheet).toBeUndefined();
  });

  test('with "all formulas" the copies hold no formula at all', async () => {
    const { m } = await workbook();
    const res = await makeRaadsversie(runOf(m), { sheets: ['Notities'], allFormulas: true }, new Job(1));
    expect(m.formulas(res.copies[0])).toEqual([]);
  });

  test('refuses when a GREX cell in an original shows an error, and copies nothing', async () => {
    const { m } = await workbook();
    m.seed('Notities', 'D1', [[{ f: '=GREX.FMI(1,1)', v: '#BUSY!' }]]);
    const sheets = m.sheets.length;
    const err = await makeRaadsversie(runOf(m), { sheets: ['Notities'], allFormulas: false, busyWaitsMs: [1, 1] }, new Job(1)).catch((e) => e);
    expect(err).toBeInstanceOf(Refusal);
    expect(err.message).toMatch(/#BUSY!/);
    expect(m.sheets.length).toBe(sheets);
  });

  test('cancelling stops between sheets and reports it', async () => {
    const { m, ge } = await workbook();
    const job = new Job(1, (p) => {
      if (p.label.startsWith('Kopie van "Grex')) job.cancel(); // the running step finishes; the next does not start
    });
    await expect(makeRaadsversie(runOf(m), { sheets: [ge, 'Notities'], allFormulas: false }, job)).rejects.toThrow(
      /^Geannuleerd\. .*Al gemaakt en volledig vastgezet: Grex Centrum \(raad\);/,
    );
    expect(m.sheet('Grex Centrum (raad)')).toBeDefined();
    expect(m.sheet('Notities (raad)')).toBeUndefined();
  });

  test('finds the grondexploitatie model by its names and reads its inputs', async () => {
    const { m } = await workbook();
    expect(await listModels(runOf(m))).toEqual([{ suffix: '', sheet: 'Grex Centrum' }]);
    const model = (await readModel(runOf(m), ''))!;
    expect(model.inputs.startjaar).toBe(2026);
    expect(model.inputs.kosten).toHaveLength(5);
    expect(model.inputs.kosten[0]).toHaveLength(10);
    expect(model.inputs.rente).toBeCloseTo(0.02);
    expect(model.sources.disconteringsvoet).toMatch(/\[V-ind\]/);
  });

  test('writes kernvariabelen and stress tests as plain numbers', async () => {
    const { m, ge } = await workbook();
    const res = await makeRaadsversie(runOf(m), { sheets: [ge], allFormulas: false, model: '' }, new Job(1), '2026-11-25');
    const kern = m.mustSheet(res.kernSheet!);
    expect(m.formulas(res.kernSheet!)).toEqual([]);
    const texts = [...kern.cells.values()].map((c) => String(c.value));
    for (const label of [
      'Boekwaarde op 1 januari 2026',
      'Nog te maken kosten (prijspeil)',
      'Nog te realiseren opbrengsten (prijspeil)',
      'Rentekosten van één jaar vertraging',
      'Verliesvoorziening',
      'Basis',
      ...STRESS.map((s) => s.label),
    ]) {
      expect(texts.some((t) => t.startsWith(label))).toBe(true);
    }
    expect(texts.some((t) => t.startsWith('[V-ind]'))).toBe(true);
  });
});

test('stress tests move the NCW the expected way, through the same call path', async () => {
  const { computeKern } = await import('../../src/taskpane/raadsversie/stress');
  const { call } = await import('../../src/functions/call');
  const x = {
    beginboekwaarde: 1_000_000,
    kosten: [
      [500_000, 300_000, 200_000],
      [50_000, 50_000, 50_000],
    ],
    opbrengsten: [[0, 900_000, 1_400_000]],
    rente: 0.025,
    disconteringsvoet: 0.02,
    startjaar: 2026,
    kostenindex: 0.02,
    opbrengstenindex: 0.015,
    renteOverNegatief: false,
    prijspeiljaar: 2026,
  };
  const k = computeKern(x);
  const direct = call(
    'RESULTAAT',
    x.beginboekwaarde,
    x.kosten,
    x.opbrengsten,
    x.rente,
    x.disconteringsvoet,
    x.startjaar,
    x.kostenindex,
    x.opbrengstenindex,
    false,
    2026,
  ) as number[][];
  expect(k.basis.ncw).toBe(direct[0][2]);
  expect(k.kostenNominaal).toBe(1_150_000);
  expect(k.opbrengstenNominaal).toBe(2_300_000);
  const by = Object.fromEntries(k.scenarios.map((s) => [s.label, s]));
  expect(by['Opbrengsten −10%'].ncw).toBeLessThan(by['Opbrengsten −5%'].ncw);
  expect(by['Opbrengsten −5%'].ncw).toBeLessThan(k.basis.ncw);
  expect(by['Kosten +5%'].ncw).toBeLessThan(k.basis.ncw);
  expect(by['Rente +1 procentpunt'].ncw).toBeLessThan(k.basis.ncw);
  expect(by['Eén jaar vertraging'].ncw).toBeLessThan(k.basis.ncw);
  expect(k.renteVertraging).toBeGreaterThan(0);
  expect(k.basis.voorziening).toBe(Math.max(0, -k.basis.ncw));
});
