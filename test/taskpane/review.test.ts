/** The workbook review: the GREX-call parser, reference resolution and the seeded inconsistencies. */
import { parseGrexCalls, hasGrexCall } from '../../src/taskpane/sheet/formula-parser';
import { entriesOf, loadWorkbook, jumpTo } from '../../src/taskpane/review/scan';
import { findInconsistencies } from '../../src/taskpane/review/findings';
import { Job } from '../../src/taskpane/state/job';
import { Cancelled } from '../../src/taskpane/excel/host';
import type { ExcelRun } from '../../src/taskpane/excel/host';
import { FakeWorkbookModel, fakeRun } from './fake-excel';

const runOf = (m: FakeWorkbookModel) => fakeRun(m) as unknown as ExcelRun;

describe('parseGrexCalls', () => {
  test('splits arguments at top-level commas only', () => {
    const [c] = parseGrexCalls('=GREX.NCW(0.02,{1,2;3,4},2025,,"mid,den")');
    expect(c.name).toBe('NCW');
    expect(c.args.map((a) => a.kind)).toEqual(['number', 'array', 'number', 'omitted', 'text']);
    expect(c.args[4].literal).toBe('mid,den');
  });
  test('finds nested and repeated calls, dotted names, sheet references and names', () => {
    const calls = parseGrexCalls("=GREX.VERLIESVOORZIENING(INDEX(GREX.RESULTAAT(GE_b,'Mijn blad'!$B$4:$K$8,C3,2%,D$5),1,3))+grex.bbv.toets(1,2,3,4)");
    expect(calls.map((c) => c.name)).toEqual(['VERLIESVOORZIENING', 'RESULTAAT', 'BBV.TOETS']);
    expect(calls[1].args.map((a) => a.kind)).toEqual(['name', 'reference', 'reference', 'number', 'reference']);
    expect(calls[1].args[3].literal).toBeCloseTo(0.02);
  });
  test('ignores GREX inside strings and in other names', () => {
    expect(parseGrexCalls('="GREX.NCW(1)"&MYGREX.NCW(1)')).toEqual([]);
    expect(hasGrexCall('=SUM(A1:A3)')).toBe(false);
    expect(hasGrexCall('=GREX.FMI(1,2)')).toBe(true);
  });
});

function seeded(): FakeWorkbookModel {
  const m = new FakeWorkbookModel(['Complex A', 'Complex B']);
  m.seed('Complex A', 'A1', [
    ['Disconteringsvoet', 0.02],
    ['Startjaar', 2026],
    ['NCW', { f: '=GREX.NCW(B1,C5:G5,B2)', v: 123.4 }],
    ['BBV', { f: '=GREX.BBV.TOETS(B2,2040,B1,0.03)', v: 'Looptijd 15 jaar is langer dan 10 jaar zonder motivering.' }],
    ['', 'Rente 3% wijkt af.'],
    ['', 'Eigen notitie, geen bevinding'],
  ]);
  m.spills.set('Complex A!B4', 'B4:B5');
  m.addName('GE_disc', 'Complex B', 'B1');
  m.seed('Complex B', 'A1', [
    ['Disconteringsvoet', 0.04],
    ['NCW', { f: '=GREX.NCW(GE_disc,C2:F2,2026)', v: 99 }],
    ['NCW', { f: '=GREX.NCW(0.02,C3:F3,2026,,"midden")', v: 98 }],
    ['EW', { f: '=GREX.EINDWAARDE(0.03,C4:F4,2026)', v: '#NAME?' }],
  ]);
  return m;
}

describe('review of a seeded workbook', () => {
  test('lists every GREX formula with its parameters resolved', async () => {
    const m = seeded();
    const data = await loadWorkbook(runOf(m), new Job(1));
    const entries = entriesOf(data);
    expect(entries.map((e) => `${e.sheet}!${e.address}`)).toEqual(['Complex A!B3', 'Complex A!B4', 'Complex B!B2', 'Complex B!B3', 'Complex B!B4']);
    const ncwA = entries[0].calls[0];
    expect(ncwA.name).toBe('NCW');
    expect(ncwA.params.find((p) => p.name === 'disconteringsvoet')).toMatchObject({ text: 'B1', value: 0.02, resolved: true });
    expect(ncwA.params.find((p) => p.name === 'timing')).toMatchObject({ value: 'eind', isDefault: true });
    const ncwB = entries[2].calls[0];
    expect(ncwB.params.find((p) => p.name === 'disconteringsvoet')).toMatchObject({ text: 'GE_disc', value: 0.04 });
    expect(entries[1].bbvLines).toEqual(['Looptijd 15 jaar is langer dan 10 jaar zonder motivering.', 'Rente 3% wijkt af.']);
  });

  test('flags two disconteringsvoeten, the odd timing, BBV findings and error cells', async () => {
    const m = seeded();
    const findings = findInconsistencies(entriesOf(await loadWorkbook(runOf(m), new Job(1))));
    const texts = findings.map((f) => `${f.sheet}!${f.address} ${f.text}`);
    expect(texts.some((t) => t.startsWith('Complex B!B2 Afwijkende disconteringsvoet: 4%'))).toBe(true);
    expect(texts.some((t) => t.startsWith('Complex B!B3 Afwijkende timing: midden'))).toBe(true);
    expect(texts.some((t) => t.startsWith('Complex A!B4 BBV-toets: Looptijd 15 jaar'))).toBe(true);
    expect(texts.some((t) => t.startsWith('Complex A!B4 BBV-toets: Rente 3% wijkt af.'))).toBe(true);
    expect(texts.some((t) => t.startsWith('Complex B!B4 De formule toont #NAAM? (#NAME?)') && t.includes('invoegtoepassing'))).toBe(true);
    // rente differs between BBV.TOETS (3%) and EINDWAARDE (3%)? both 3% → no rente finding
    expect(texts.some((t) => t.includes('Afwijkende rente'))).toBe(false);
    // the majority discount rate (2%) is not flagged
    expect(texts.some((t) => t.startsWith('Complex A!B3 Afwijkende'))).toBe(false);
  });

  test('a consistent workbook gives no findings', async () => {
    const m = new FakeWorkbookModel(['X']);
    m.seed('X', 'A1', [
      [
        { f: '=GREX.NCW(0.02,B2:D2,2026)', v: 1 },
        { f: '=GREX.NCW(0.02,B3:D3,2026)', v: 2 },
      ],
    ]);
    expect(findInconsistencies(entriesOf(await loadWorkbook(runOf(m), new Job(1))))).toEqual([]);
  });

  test('jump activates the sheet and selects the cell', async () => {
    const m = seeded();
    await jumpTo(runOf(m), 'Complex B', 'B3');
    expect(m.active).toBe('Complex B');
    expect(m.selection).toEqual({ sheet: 'Complex B', box: { row: 2, col: 1, rows: 1, cols: 1 } });
  });

  test('reading can be cancelled between sheets', async () => {
    const m = seeded();
    const job = new Job(1);
    job.cancel();
    await expect(loadWorkbook(runOf(m), job)).rejects.toBeInstanceOf(Cancelled);
  });
});

test('a year table with many calls gives one grouped finding and does not outvote the other sheets', async () => {
  const m = new FakeWorkbookModel(['GE', 'Notities', 'Erfpacht']);
  m.seed('GE', 'A1', [[{ f: '=GREX.RESULTAAT(1,B2:C2,B3:C3,0.02,0.02,2026)', v: 1 }]]);
  m.seed('Notities', 'A1', [[{ f: '=GREX.NCW(0.02,B2:C2,2026)', v: 1 }]]);
  m.seed(
    'Erfpacht',
    'A1',
    Array.from({ length: 30 }, (_, i) => [{ f: `=GREX.NCW(0.04,B1:B${i + 1})`, v: i }]),
  );
  const findings = findInconsistencies(entriesOf(await loadWorkbook(runOf(m), new Job(1))));
  const disc = findings.filter((f) => f.text.startsWith('Afwijkende disconteringsvoet'));
  expect(disc).toHaveLength(1);
  expect(disc[0]).toMatchObject({ sheet: 'Erfpacht', address: 'A1' });
  expect(disc[0].text).toContain('4% in 30 formules op dit blad');
  expect(disc[0].text).toContain('elders vooral 2%');
});

test('BBV lines come from the spill Excel reports when it can', async () => {
  const m = new FakeWorkbookModel(['X']);
  m.seed('X', 'A1', [
    [{ f: '=GREX.BBV.TOETS(2026,2030,0.03,0.02)', v: 'Disconteringsvoet 3% wijkt af.' }],
    ['Tweede bevinding'],
    ['Eigen tekst onder de spill'],
  ]);
  m.spills.set('X!A1', 'A1:A2');
  const entries = entriesOf(await loadWorkbook(runOf(m), new Job(1)));
  expect(entries[0].bbvLines).toEqual(['Disconteringsvoet 3% wijkt af.', 'Tweede bevinding']);
});

test('without a reported spill only the anchor counts; if Excel cannot tell, the text cells below are read', async () => {
  const m = new FakeWorkbookModel(['X']);
  m.seed('X', 'A1', [[{ f: '=GREX.BBV.TOETS(2026,2030,0.03,0.02)', v: 'Eén bevinding.' }], ['Notitie van de gebruiker']]);
  const data = await loadWorkbook(runOf(m), new Job(1));
  expect(entriesOf(data)[0].bbvLines).toEqual(['Eén bevinding.']);
  delete data.spills;
  expect(entriesOf(data)[0].bbvLines).toEqual(['Eén bevinding.', 'Notitie van de gebruiker']);
});

test('the review as a sheet: findings and formulas as text, no formula at all', async () => {
  const { overviewPlan } = await import('../../src/taskpane/review/overview-plan');
  const { writePlan } = await import('../../src/taskpane/excel/writer');
  const m = seeded();
  const entries = entriesOf(await loadWorkbook(runOf(m), new Job(1)));
  const findings = findInconsistencies(entries);
  const res = await writePlan(runOf(m), overviewPlan(entries, findings, '2026-11-25'), 'newSheet');
  expect(res.placement.sheet).toBe('GREX controle');
  expect(m.formulas('GREX controle')).toEqual([]);
  const texts = [...m.mustSheet('GREX controle').cells.values()].map((c) => String(c.value));
  expect(texts).toContain('=GREX.NCW(GE_disc,C2:F2,2026)'); // shown as text
  expect(texts.some((t) => t.startsWith('Afwijkende disconteringsvoet: 4%'))).toBe(true);
  expect(texts.some((t) => t.includes('disconteringsvoet = 4%'))).toBe(true);
});

test('a 4% erfpacht rekenrente is not a deviating BBV disconteringsvoet', async () => {
  const m = new FakeWorkbookModel(['GE', 'Erfpacht']);
  m.seed('GE', 'A1', [
    [
      { f: '=GREX.RESULTAAT(1,B2:C2,B3:C3,0.02,0.02,2026)', v: 1 },
      { f: '=GREX.NCW(0.02,B2:C2,2026)', v: 1 },
    ],
  ]);
  m.addName('EP_rekenrente', 'Erfpacht', 'B1');
  m.seed('Erfpacht', 'A1', [
    ['Rekenrente', 0.04],
    [
      { f: '=GREX.ERFPACHT.AFKOOPSOM(100,EP_rekenrente,0.02)', v: 5000 },
      { f: '=GREX.NCW(EP_rekenrente,C3:F3)', v: 300 },
    ],
  ]);
  const findings = findInconsistencies(entriesOf(await loadWorkbook(runOf(m), new Job(1))));
  expect(findings.map((f) => f.text)).toEqual([]);
  // a rekenrente that really differs from the other rekenrentes is still reported, as a rekenrente
  m.seed('Erfpacht', 'C1', [
    [{ f: '=GREX.ERFPACHT.AFKOOPSOM(100,0.05,0.02)', v: 1 }],
    [{ f: '=GREX.ERFPACHT.AFKOOPSOM(100,0.05,0.02)', v: 1 }],
    [{ f: '=GREX.ERFPACHT.AFKOOPSOM(100,0.05,0.02)', v: 1 }],
  ]);
  const again = findInconsistencies(entriesOf(await loadWorkbook(runOf(m), new Job(1)))).map((f) => f.text);
  expect(again.some((t) => t.startsWith('Afwijkende rekenrente: 4%'))).toBe(true);
  expect(again.some((t) => t.includes('disconteringsvoet'))).toBe(false);
});
