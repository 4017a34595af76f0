/**
 * Large workbooks on the fake Excel, which counts the bytes of every request
 * and response and refuses either above Excel on the web's 5 MB: the review
 * (Controle), its overview sheet and the raadsversie read and write in
 * blocks, with a number of requests that grows linearly with the workbook.
 */
import type { ExcelRun } from '../../src/taskpane/excel/host';
import { entriesOf, loadWorkbook } from '../../src/taskpane/review/scan';
import { findInconsistencies } from '../../src/taskpane/review/findings';
import { overviewPlan } from '../../src/taskpane/review/overview-plan';
import { writePlan } from '../../src/taskpane/excel/writer';
import { makeRaadsversie } from '../../src/taskpane/raadsversie/make';
import { hasGrexCall } from '../../src/taskpane/sheet/formula-parser';
import { PAYLOAD_LIMIT } from '../../src/taskpane/excel/chunks';
import { Job } from '../../src/taskpane/state/job';
import { FakeWorkbookModel, fakeRun, jsonBytes } from './fake-excel';

jest.setTimeout(120_000);
const runOf = (m: FakeWorkbookModel) => fakeRun(m) as unknown as ExcelRun;

/** n GREX formulas with long, realistic argument lists on one sheet, in 8 columns. */
function big(n: number): FakeWorkbookModel {
  const m = new FakeWorkbookModel(['Model']);
  const s = m.mustSheet('Model');
  for (let i = 0; i < n; i++) {
    const c = s.at(Math.floor(i / 8), i % 8);
    const row = (i % 500) + 4;
    c.formula =
      `=GREX.NCW(0.02,'Kasstromen per complex en jaar'!$C$${row}:$AP$${row},2026,2025,"eind")` +
      '*Tabel_Verdeelsleutels[@Aandeel]/Tabel_Verdeelsleutels[@Totaal]';
    c.value = 1000 + i;
  }
  m.evaluate = (_s, _r, _c, f) => (hasGrexCall(f) ? 1 : '');
  return m;
}

const worst = (m: FakeWorkbookModel) => ({
  request: Math.max(0, ...m.requests.map((r) => r.request)),
  response: Math.max(0, ...m.requests.map((r) => r.response)),
});

test('40,000 formulas: the workbook is bigger than one request may be, and Controle reads it in blocks under 5 MB', async () => {
  const m = big(40_000);
  const whole = jsonBytes(m.formulas('Model').map((f) => f.formula));
  expect(whole).toBeGreaterThan(PAYLOAD_LIMIT);
  // one read of the whole used range is refused, as Excel on the web refuses it
  await expect(
    runOf(m)(async (ctx) => {
      const u = ctx.workbook.worksheets.getItem('Model').getUsedRangeOrNullObject(true);
      u.load('formulas,values');
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  m.requests = [];
  const data = await loadWorkbook(runOf(m), new Job(1));
  const entries = entriesOf(data);
  expect(entries).toHaveLength(40_000);
  expect(entries[39_999].calls[0].name).toBe('NCW');
  const w = worst(m);
  expect(w.response).toBeLessThan(PAYLOAD_LIMIT / 2);
  expect(w.request).toBeLessThan(PAYLOAD_LIMIT / 2);
  expect(m.requests.length).toBeLessThan(20);
});

test('the number of requests grows linearly with the workbook (10,000 vs 40,000 formulas)', async () => {
  const count = async (n: number) => {
    const m = big(n);
    entriesOf(await loadWorkbook(runOf(m), new Job(1)));
    return { syncs: m.requests.length, bytes: m.requests.reduce((a, r) => a + r.response, 0) };
  };
  const small = await count(10_000);
  const large = await count(40_000);
  expect(large.bytes / small.bytes).toBeGreaterThan(3.5);
  expect(large.bytes / small.bytes).toBeLessThan(4.5);
  expect(large.syncs).toBeLessThanOrEqual(small.syncs * 4 + 2);
});

test('the review overview of 40,000 formulas is written in blocks under 5 MB', async () => {
  const m = big(40_000);
  const entries = entriesOf(await loadWorkbook(runOf(m), new Job(1)));
  m.requests = [];
  const plan = overviewPlan(entries, findInconsistencies(entries), '2026-12-01');
  const res = await writePlan(runOf(m), plan, 'newSheet');
  const w = worst(m);
  expect(w.request).toBeLessThan(PAYLOAD_LIMIT / 2);
  expect(m.requests.length).toBeGreaterThan(2); // really split
  const sheet = m.mustSheet(res.placement.sheet);
  expect(m.formulas(res.placement.sheet)).toEqual([]); // formulas are shown as text, never live
  expect([...sheet.cells.values()].filter((c) => typeof c.value === 'string' && c.value.startsWith('=GREX.NCW(')).length).toBe(40_000);
});

test('the raadsversie of a 40,000-formula sheet copies and freezes in blocks under 5 MB', async () => {
  const m = big(40_000);
  const res = await makeRaadsversie(runOf(m), { sheets: ['Model'], allFormulas: false, busyWaitsMs: [] }, new Job(1));
  const w = worst(m);
  expect(w.request).toBeLessThan(PAYLOAD_LIMIT / 2);
  expect(w.response).toBeLessThan(PAYLOAD_LIMIT / 2);
  expect(m.formulas(res.copies[0])).toEqual([]);
  expect(m.mustSheet(res.copies[0]).cell('H5000')?.value).toBe(1000 + 4999 * 8 + 7);
});
