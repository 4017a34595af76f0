/**
 * `grex controleer` on hand-built grondexploitaties: LibreOffice-made .xlsx
 * files with native formulas only (test/werkmap/make-workbooks.js), one per
 * municipal convention and several layouts. On each the review must find the
 * model without a mapping, reproduce the workbook's own eindwaarde and NCW
 * (computed and saved by LibreOffice) within €1, name the conventions, and
 * report exactly the seeded findings: none on the clean ones.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import { main } from '../../src/cli/grex';
import { readXlsx } from '../../src/cli/xlsx-host';
import { review, Report } from '../../src/workbook/report';
import { recognise } from '../../src/workbook/mapping';
import { mappingToRecord, mappingFromNames, mappingNames, NAME_PREFIX } from '../../src/workbook/names';
import { eachCell } from '../../src/workbook/model';
import { MANIFEST, fixture, expectedConventions, FixtureSpec } from './helpers';

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['controleer', ...args], { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const reports = new Map<string, Report>();
async function reportOf(s: FixtureSpec): Promise<Report> {
  if (!reports.has(s.name)) {
    const r = await cli([fixture(s.name), '--json']);
    expect(r.err).toBe('');
    reports.set(s.name, JSON.parse(r.out));
  }
  return reports.get(s.name)!;
}

describe('the fixtures are real saved workbooks', () => {
  test.each(MANIFEST.map((s) => [s.name]))('%s: every formula carries a cached value', async (name) => {
    const wb = await readXlsx(fixture(name));
    let formulas = 0;
    for (const sheet of wb.sheets) {
      for (const [, , cell] of eachCell(sheet)) {
        if (!cell.formula) continue;
        formulas++;
        expect(cell.value !== null || cell.error !== undefined).toBe(true);
      }
    }
    expect(formulas).toBeGreaterThan(50);
  });

  test('the layouts cover parameters on the same and another sheet, totals above and below, synonyms, merged titles and hidden helper rows', async () => {
    const l = MANIFEST.map((s) => s.layout);
    expect(new Set(l.map((x) => x.params))).toEqual(new Set(['same', 'other']));
    expect(new Set(l.map((x) => x.totals))).toEqual(new Set(['above', 'below']));
    expect(new Set(l.map((x) => x.labels))).toEqual(new Set(['standard', 'synonyms']));
    expect(l.some((x) => x.hiddenHelper)).toBe(true);
    const wb = await readXlsx(fixture('almere'));
    expect(wb.sheets.find((s) => s.name === 'Grex')!.merges.length).toBeGreaterThan(0);
    const helper = await readXlsx(fixture('index-midden'));
    expect(helper.sheets[0].hiddenRows.size).toBe(1);
  });
});

describe('grex controleer --json on each workbook, without a mapping', () => {
  test.each(MANIFEST.map((s) => [s.name, s]))('%s', async (_name, spec) => {
    const s = spec as FixtureSpec;
    const r = await reportOf(s);
    expect(r.models).toHaveLength(1);
    const m = r.models[0];
    expect(m.sheet).toBe(s.sheet);
    expect([m.first_year, m.last_year]).toEqual([s.first_year, s.last_year]);
    expect(m.workbook.cells).toEqual(s.cells);
    // The workbook's own EW is reproduced unless a number was typed over a formula (then the divergence test
    // below applies); the NCW too unless it is the seeded stale value.
    if (!s.divergence) expect(Math.abs(m.grex.eindwaarde - m.workbook.eindwaarde!)).toBeLessThan(1);
    if (s.reproduces) {
      expect(Math.abs(m.grex.ncw - m.workbook.ncw!)).toBeLessThan(1);
      expect(m.gap).toBeLessThan(1);
      expect(m.first_divergence).toBeNull();
      expect(m.conventions).toEqual(expectedConventions(s));
    } else {
      expect(m.gap).toBeGreaterThan(1);
    }
    expect(r.findings.map((f) => f.rule).sort()).toEqual([...s.rules].sort());
    for (const f of r.findings) {
      expect(f.message.length).toBeGreaterThan(40);
      expect(f.cell).toMatch(/^[A-Z]{1,3}\d+$/);
    }
  });

  test('a number typed over a formula: the first divergence names that cell, its row and year', async () => {
    const s = MANIFEST.find((x) => x.name === 'fouten-a')!;
    const m = (await reportOf(s)).models[0];
    expect(m.first_divergence).toEqual({ cell: s.divergence, row_label: 'Kosten nominaal', year: 2028 });
    expect(m.conventions).toEqual(expectedConventions(s));
    const f = (await reportOf(s)).findings.find((x) => x.rule === 'AFWIJKENDE_FORMULE_IN_RIJ')!;
    expect(`${f.sheet}!${f.cell}`).toBe(s.divergence);
    expect(f.message).toMatch(/getypt getal/);
  });

  test('BBV values: positive is winst, 2%, whatever the workbook does (Goirle: negative is winst, one year more)', async () => {
    const g = (await reportOf(MANIFEST.find((x) => x.name === 'goirle')!)).models[0];
    expect(Math.sign(g.grex.eindwaarde)).toBe(-Math.sign(g.bbv.eindwaarde));
    expect(g.bbv.eindwaarde).toBeCloseTo(-g.workbook.eindwaarde!, 4);
    const years = g.last_year - g.first_year + 1;
    expect(g.bbv.ncw).toBeCloseTo(g.bbv.eindwaarde / Math.pow(1.02, years), 4);
    expect(g.workbook.ncw).toBeCloseTo(g.workbook.eindwaarde! / Math.pow(1.02, years + 1), 2);
  });

  test('the Excel NPV workbook: the NCW is the present value of the saldo, and the finding names the flows', async () => {
    const r = await reportOf(MANIFEST.find((x) => x.name === 'npv')!);
    const f = r.findings[0];
    expect(f.message).toMatch(/NPV over C30:J30 \(Saldo\)/);
    expect(Math.abs(r.models[0].bbv.ncw - r.models[0].workbook.ncw!)).toBeGreaterThan(1000);
  });
});

describe('grex controleer for a person, and bad use', () => {
  test('Dutch text with the conventions and the findings; exit 0 when clean, 3 with findings', async () => {
    const clean = await cli([fixture('basis')]);
    expect(clean.code).toBe(0);
    expect(clean.out).toMatch(/Model op blad Exploitatie, 2024–2031/);
    expect(clean.out).toMatch(/Rekenwijze van de werkmap/);
    expect(clean.out).toMatch(/Bevindingen: geen\./);
    const bad = await cli([fixture('lang')]);
    expect(bad.code).toBe(3);
    expect(bad.out).toMatch(/\[LOOPTIJD_10_JAAR\] Exploitatie!Q10/);
    expect(bad.out).toMatch(/motivering/);
  });

  test.each([
    [[], /precies één werkmap/, 1],
    [['a.xlsx', 'b.xlsx'], /precies één werkmap/, 1],
    [['--mapping'], /--mapping verwacht een bestand/, 1],
    [['x.xlsx', '--snel'], /Onbekende optie --snel/, 1],
    [['/bestaat/niet.xlsx'], /bestaat niet/, 2],
  ])('%j', async (args, msg, code) => {
    const r = await cli(args as string[]);
    expect(r.code).toBe(code);
    expect(r.err).toMatch(msg as RegExp);
  });

  test('a file that is not an .xlsx', async () => {
    const f = path.join(os.tmpdir(), `grex-geen-xlsx-${process.pid}.xlsx`);
    fs.writeFileSync(f, 'geen werkmap');
    const r = await cli([f]);
    fs.rmSync(f);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/kan niet worden gelezen als \.xlsx/);
  });
});

describe('the mapping: a file, and names stored in the workbook', () => {
  let dir: string;
  beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'grex-koppeling-'))));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('the recognised mapping written as a mapping file gives the same report', async () => {
    const wb = await readXlsx(fixture('almere'));
    const rec = mappingToRecord(recognise(wb)[0]);
    expect(rec.jaren).toBe('Grex!$C$3:$Q$3');
    expect(rec.rente).toBe('Parameters!$B$3');
    const file = path.join(dir, 'almere.json');
    fs.writeFileSync(file, JSON.stringify(rec));
    const a = await cli([fixture('almere'), '--json']);
    const b = await cli([fixture('almere'), '--json', '--mapping', file]);
    expect(JSON.parse(b.out)).toEqual(JSON.parse(a.out));
  });

  test('an unusual layout that recognition misses works with a mapping file', async () => {
    // Posts renamed "Post 1", "Post 2", …: no label says what they are.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(fixture('basis'));
    const ws = book.getWorksheet('Exploitatie')!;
    const original = await readXlsx(fixture('basis'));
    const m = recognise(original)[0];
    const rec = mappingToRecord(m);
    [...m.costs, ...m.revenues].forEach((p, i) => (ws.getCell(p.row + 1, 1).value = `Post ${i + 1}`));
    ws.getCell(m.rows.kosten_totaal!.row + 1, 1).value = 'Totaal';
    ws.getCell(m.rows.opbrengsten_totaal!.row + 1, 1).value = 'Totaal';
    ws.getCell(m.costs[0].row, 1).value = 'A';
    ws.getCell(m.revenues[0].row, 1).value = 'B';
    const f = path.join(dir, 'posten.xlsx');
    await book.xlsx.writeFile(f);
    const without = await cli([f, '--json']);
    expect(JSON.parse(without.out).models).toEqual([]);
    const mf = path.join(dir, 'posten.json');
    fs.writeFileSync(mf, JSON.stringify(rec));
    const withMap = JSON.parse((await cli([f, '--json', '--mapping', mf])).out) as Report;
    expect(withMap.models).toHaveLength(1);
    expect(Math.abs(withMap.models[0].grex.eindwaarde - withMap.models[0].workbook.eindwaarde!)).toBeLessThan(1);
    expect(Math.abs(withMap.models[0].grex.ncw - withMap.models[0].workbook.ncw!)).toBeLessThan(1);
  });

  test('a bad mapping file: a Dutch message naming the part', async () => {
    const mf = path.join(dir, 'fout.json');
    fs.writeFileSync(mf, JSON.stringify({ jaren: 'Exploitatie!C10:J10', kosten: 'Nergens!C1:C2' }));
    const r = await cli([fixture('basis'), '--mapping', mf]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Onderdeel kosten: het blad "Nergens" bestaat niet/);
    fs.writeFileSync(mf, JSON.stringify({ kosten: 'Exploitatie!C13:J17' }));
    expect((await cli([fixture('basis'), '--mapping', mf])).err).toMatch(/mist het onderdeel jaren/);
    fs.writeFileSync(mf, JSON.stringify({ jaren: 'Exploitatie!C10:J10', kosten: 'Exploitatie!C13:J17', rentee: 'B3' }));
    expect((await cli([fixture('basis'), '--mapping', mf])).err).toMatch(/Onbekend onderdeel "rentee"/);
    fs.writeFileSync(mf, '{ geen json');
    expect((await cli([fixture('basis'), '--mapping', mf])).err).toMatch(/geen geldige JSON/);
  });

  test('GREX_W_ names saved in the .xlsx are read back and used instead of recognition', async () => {
    const original = await readXlsx(fixture('goirle'));
    const m = recognise(original)[0];
    // Store a mapping that leaves out one cost post: the names, not recognition, must decide.
    const stored = { ...m, costs: m.costs.slice(1) };
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(fixture('goirle'));
    for (const n of mappingNames(stored)) book.definedNames.add(n.ref, n.name);
    const f = path.join(dir, 'goirle-namen.xlsx');
    await book.xlsx.writeFile(f);
    const wb = await readXlsx(f);
    expect(wb.names.filter((n) => n.name.startsWith(NAME_PREFIX)).length).toBe(mappingNames(stored).length);
    expect(mappingFromNames(wb)!.costs).toEqual(stored.costs);
    const r = review(wb);
    expect(r.models[0].gap).toBeGreaterThan(1000); // one post fewer: no longer reproduces
  });
});
