/** The Controle tab on a real-sized workbook: 500 GREX formulas grouped by sheet and function, and filtered. */
import { entriesOf, loadWorkbook } from '../../src/taskpane/review/scan';
import { findInconsistencies } from '../../src/taskpane/review/findings';
import { entryMatches, findingMatches, groupEntries } from '../../src/taskpane/ui/review-groups';
import { Job } from '../../src/taskpane/state/job';
import type { ExcelRun } from '../../src/taskpane/excel/host';
import { FakeWorkbookModel, fakeRun } from './fake-excel';

/** Five sheets of 100 formulas: NCW, EINDWAARDE and ERFPACHT.AFKOOPSOM rows. */
export function bigWorkbook(): FakeWorkbookModel {
  const sheets = ['Complex 1', 'Complex 2', 'Complex 3', 'Erfpacht', 'Notities'];
  const m = new FakeWorkbookModel(sheets);
  for (const [k, s] of sheets.entries()) {
    const rows = Array.from({ length: 100 }, (_, i) => {
      const f =
        i % 3 === 0
          ? `=GREX.NCW(0.02,C${i + 1}:F${i + 1},2026)`
          : i % 3 === 1
            ? `=GREX.EINDWAARDE(0.025,C${i + 1}:F${i + 1},2026)`
            : `=GREX.ERFPACHT.AFKOOPSOM(${100 + i},0.04,0.02)`;
      return [{ f: k === 4 && i === 0 ? '=GREX.NCW(0.03,C1:F1,2026)' : f, v: i }];
    });
    m.seed(s, 'A1', rows);
  }
  return m;
}

describe('500 GREX formulas', () => {
  let entries: ReturnType<typeof entriesOf>;
  beforeAll(async () => {
    entries = entriesOf(await loadWorkbook(fakeRun(bigWorkbook()) as unknown as ExcelRun, new Job(1)));
  });
  test('all are read', () => expect(entries).toHaveLength(500));
  test('grouped by sheet (workbook order) and function (by name), nothing lost', () => {
    const g = groupEntries(entries);
    expect(g.map((x) => x.sheet)).toEqual(['Complex 1', 'Complex 2', 'Complex 3', 'Erfpacht', 'Notities']);
    expect(g.map((x) => x.count)).toEqual([100, 100, 100, 100, 100]);
    expect(g[0].functions.map((f) => [f.fn, f.entries.length])).toEqual([
      ['GREX.EINDWAARDE', 33],
      ['GREX.ERFPACHT.AFKOOPSOM', 33],
      ['GREX.NCW', 34],
    ]);
    expect(g.flatMap((x) => x.functions.flatMap((f) => f.entries)).length).toBe(500);
  });
  test('the filter narrows by function, sheet and cell, in either notation', () => {
    expect(groupEntries(entries, 'afkoopsom').reduce((n, g) => n + g.count, 0)).toBe(165);
    const one = groupEntries(entries, 'notities a1');
    expect(one).toHaveLength(1);
    expect(one[0].functions[0].entries.map((e) => e.address)).toEqual(['A1']);
    expect(entries.filter((e) => entryMatches(e, '0,03;')).map((e) => `${e.sheet}!${e.address}`)).toEqual(['Notities!A1']);
    expect(groupEntries(entries, 'bestaat niet')).toEqual([]);
  });
  test('findings stay few and filterable: one grouped per sheet and value', () => {
    const findings = findInconsistencies(entries);
    expect(findings.length).toBeLessThan(10);
    expect(findings.filter((f) => findingMatches(f, 'notities')).map((f) => f.address)).toEqual(['A1']);
  });
});
