/**
 * The raadsversie of the analyst's own model: the workbook (a real .xlsx
 * made by LibreOffice, fed into the fake Excel) gets its mapping as GREX_W_
 * names after the confirm step — the only thing GREX adds to it — and the
 * kernvariabelen and stress tests are then computed from the mapped cells
 * exactly as for a GREX model sheet. The original sheets stay as they were.
 */
import { fakeRun } from '../taskpane/fake-excel';
import type { ExcelRun } from '../../src/taskpane/excel/host';
import { readWorkbookModel } from '../../src/taskpane/excel/read-model';
import { writeMappingNames } from '../../src/taskpane/excel/mapping-names';
import { hasMappedModel, MAPPED_MODEL } from '../../src/taskpane/models/mapped-model';
import { makeRaadsversie } from '../../src/taskpane/raadsversie/make';
import { Job } from '../../src/taskpane/state/job';
import { mappingsFor } from '../../src/workbook/report';
import { readXlsx } from '../../src/cli/xlsx-host';
import { review } from '../../src/workbook/report';
import { fakeFromXlsx } from './fake-from-xlsx';
import { MANIFEST, fixture } from './helpers';

const CASES = ['basis', 'rente-negatief', 'index-midden', 'verlies'];

describe.each(CASES)('%s', (name) => {
  const spec = MANIFEST.find((s) => s.name === name)!;

  test('mapping names after the confirm step, then a raadsversie from the mapped cells; the sheets untouched', async () => {
    const m = await fakeFromXlsx(fixture(name));
    const run = fakeRun(m) as unknown as ExcelRun;
    const before = m.sheets.map((s) => [s.name, m.snapshot(s.name)]);
    expect(await hasMappedModel(run)).toBeUndefined();

    // the pane's "Koppeling vastleggen": names only, no cell written
    const proposed = mappingsFor(await readWorkbookModel(run)).mappings[0];
    const written = await writeMappingNames(run, proposed);
    expect(written).toEqual(expect.arrayContaining(['GREX_W_JAREN', 'GREX_W_KOSTEN', 'GREX_W_OPBRENGSTEN', 'GREX_W_RENTE']));
    expect(m.writtenCells.size).toBe(0);
    // …read back as the stored mapping, as the CLI would read it
    const again = await readWorkbookModel(run);
    expect(mappingsFor(again).source).toBe('werkmap');
    expect(await hasMappedModel(run)).toEqual({ sheet: spec.sheet });

    const res = await makeRaadsversie(run, { sheets: [], model: MAPPED_MODEL, allFormulas: false }, new Job(1), '2026-12-01');
    const kern = m.mustSheet(res.kernSheet!);
    expect(m.formulas(res.kernSheet!)).toEqual([]);
    const rows = new Map<string, unknown>();
    for (const [k, c] of kern.cells) {
      const [r, col] = k.split(',').map(Number);
      if (col === 0 && typeof c.value === 'string') rows.set(c.value, kern.get(r, 1)?.value);
    }
    // the eindwaarde GREX reports is the workbook's own (positive = winst), within €1: the conventions are kept
    const file = review(await readXlsx(fixture(name))).models[0];
    const sign = spec.conventions.sign === 'negative-is-profit' ? -1 : 1;
    const ew = Number(rows.get('Resultaat eindwaarde'));
    expect(Math.abs(ew - sign * file.workbook.eindwaarde!)).toBeLessThanOrEqual(1);
    // the NCW is the BBV one: the eindwaarde discounted over the years of the model
    const n = spec.last_year - spec.first_year + 1;
    const disc = Number(file.bbv.ncw) / Number(file.bbv.eindwaarde);
    expect(Number(rows.get(`Netto contante waarde (NCW) per 1-1-${spec.first_year}`))).toBeCloseTo(ew * disc, 2);
    expect(disc).toBeCloseTo(1 / 1.02 ** n, 8);
    // the stress tests are there and move the right way
    for (const label of ['Opbrengsten −5%', 'Kosten +5%', 'Rente +1 procentpunt', 'Eén jaar vertraging']) expect([...rows.keys()]).toContain(label);
    const texts = [...kern.cells.values()].map((c) => String(c.value));
    expect(texts.some((t) => t.startsWith(`Bron: het eigen rekenmodel op blad "${spec.sheet}"`))).toBe(true);
    // nothing of the analyst's changed
    for (const [sheet, snap] of before) expect(m.snapshot(sheet)).toBe(snap);
  });
});

test('without a stored mapping the raadsversie refuses and says where to make one', async () => {
  const m = await fakeFromXlsx(fixture('basis'));
  await expect(makeRaadsversie(fakeRun(m) as unknown as ExcelRun, { sheets: [], model: MAPPED_MODEL, allFormulas: false }, new Job(1))).rejects.toThrow(
    /GREX_W_… ontbreken\. Leg de koppeling vast in Controle/,
  );
});
