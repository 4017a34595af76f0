/**
 * The analyst's own grondexploitatie in the MPG: a LibreOffice-made workbook
 * (fed into the fake Excel) gets its mapping as GREX_W_ names, as Controle
 * stores it; the portfolio then has a live row for it and the herziening can
 * compare it with a frozen copy. The formulas GREX writes are evaluated on
 * the analyst's cells (sheet-evaluator.ts, GREX functions through the
 * registry's call path) and must equal GREX.RESULTAAT on the inputs the
 * raadsversie reads from the same mapping (mappedInputs), to the cent; after
 * an edit in the analyst's sheet they must follow it. The analyst's sheets
 * are never written.
 */
import { findBuilder } from '../../src/taskpane/builders';
import { defaults } from '../../src/taskpane/builders/types';
import type { HerzieningFound, PortfolioFound } from '../../src/taskpane/builders/mpg';
import { MAPPED_MODELS, mappedComplex } from '../../src/taskpane/builders/mpg-mapped-source';
import { writePlan } from '../../src/taskpane/excel/writer';
import { Refusal, type ExcelRun } from '../../src/taskpane/excel/host';
import { readWorkbookModel } from '../../src/taskpane/excel/read-model';
import { writeMappingNames } from '../../src/taskpane/excel/mapping-names';
import { geArgs } from '../../src/taskpane/models/ge-model';
import { MAPPED_MODEL, mappedInputs, readMappedModel } from '../../src/taskpane/models/mapped-model';
import { makeRaadsversie } from '../../src/taskpane/raadsversie/make';
import { hasGrexCall } from '../../src/taskpane/sheet/formula-parser';
import { Job } from '../../src/taskpane/state/job';
import { call } from '../../src/functions/call';
import { RangeRef, rangeText } from '../../src/workbook/address';
import { extract } from '../../src/workbook/extract';
import type { Mapping } from '../../src/workbook/mapping';
import { newSheet, setCell, type Workbook } from '../../src/workbook/model';
import { mappingFromNames } from '../../src/workbook/names';
import { reconcile } from '../../src/workbook/reconcile';
import { mappingsFor } from '../../src/workbook/report';
import { FakeWorkbookModel, fakeRun } from '../taskpane/fake-excel';
import { fakeFromXlsx } from './fake-from-xlsx';
import { MANIFEST, fixture } from './helpers';
import { SheetEvaluator } from './sheet-evaluator';

const runOf = (m: FakeWorkbookModel) => fakeRun(m) as unknown as ExcelRun;
const ge = findBuilder('grondexploitatie')!;
const mpg = findBuilder('mpg')!;
const hz = findBuilder('herziening')!;
/** Portfolio columns (see mpg.ts): boekwaarde, kosten, opbrengsten, nominaal, eindwaarde, NCW. */
const COL = { bw: 2, k: 3, o: 4, nom: 5, ew: 6, ncw: 7 };
const sum = (a: readonly number[]) => a.reduce((s, v) => s + v, 0);

interface Setup {
  m: FakeWorkbookModel;
  run: ExcelRun;
  /** The analyst's sheets as they were before GREX did anything. */
  before: Map<string, string>;
}

/** A fixture with its recognised mapping stored as GREX_W_ names ("Koppeling vastleggen"), optionally changed first. */
async function mappedWorkbook(name: string, change?: (mp: Mapping, m: FakeWorkbookModel) => void): Promise<Setup> {
  const m = await fakeFromXlsx(fixture(name));
  const run = runOf(m);
  const proposed = mappingsFor(await readWorkbookModel(run)).mappings[0];
  change?.(proposed, m);
  const before = new Map(m.sheets.map((s) => [s.name, m.snapshot(s.name)]));
  await writeMappingNames(run, proposed);
  return { m, run, before };
}

/** What the raadsversie computes from the stored mapping: GREX.RESULTAAT on mappedInputs, through the call path. */
async function expected(run: ExcelRun) {
  const wb = await readWorkbookModel(run);
  const mp = mappingFromNames(wb)!;
  const x = extract(wb, mp);
  const inputs = mappedInputs(x, reconcile(x).conventions);
  expect((await readMappedModel(run))!.inputs).toEqual(inputs);
  const [nominaal, eindwaarde, ncw] = (call('RESULTAAT', ...geArgs('RESULTAAT', inputs)) as number[][])[0];
  return { mp, x, nominaal, eindwaarde, ncw };
}

/** Add a GREX-built model ("Grex Noord") whose NCW cell shows a known value. */
async function addGrexModel(m: FakeWorkbookModel, ncw: number): Promise<void> {
  await writePlan(runOf(m), ge.plan({ ...defaults(ge), voorbeeld: true, project: 'Noord' }), 'newSheet');
  const n = m.names.find((x) => x.name === 'GE_ncw')!;
  n.sheet.at(n.box.row, n.box.col).value = ncw;
}

function rowOf(m: FakeWorkbookModel, sheet: string, label: string): number {
  for (const [k, c] of m.mustSheet(sheet).cells) if (k.endsWith(',0') && c.value === label) return Number(k.split(',')[0]);
  throw new Error(`geen regel "${label}" op ${sheet}`);
}

function texts(m: FakeWorkbookModel, sheet: string): string[] {
  return [...m.mustSheet(sheet).cells.values()].map((c) => String(c.value));
}

/** Nothing GREX did wrote into the analyst's sheets. */
function untouched(s: Setup): void {
  for (const [sheet, snap] of s.before) expect(s.m.snapshot(sheet)).toBe(snap);
  const own = [...s.before.keys()];
  expect([...s.m.writtenCells].filter((c) => own.some((o) => c.startsWith(`${o}!`) || c.startsWith(`'${o}'!`)))).toEqual([]);
}

/** The cells of the analyst's workbook a mapping may be read through: years, posts, parameters. */
function mappedCells(mp: Mapping): Set<string> {
  const out = new Set<string>();
  for (const r of [mp.years, ...mp.costs, ...mp.revenues, ...Object.values(mp.params)].filter((x): x is RangeRef => !!x))
    for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) out.add(`${r.sheet.toLowerCase()}!${r.row + i},${r.col + j}`);
  return out;
}

const CASES = ['basis', 'almere', 'rente-negatief', 'index-midden', 'goirle'];

describe.each(CASES)('%s: the own model in the portfolio', (name) => {
  const spec = MANIFEST.find((s) => s.name === name)!;

  test('a live row beside a GREX model: RESULTAAT on the mapped inputs to the cent, totals over both, follows an edit', async () => {
    const s = await mappedWorkbook(name);
    await addGrexModel(s.m, 1_234_567.89);
    const found = (await mpg.discover!(s.run, defaults(mpg))) as PortfolioFound;
    expect(found.models.map((x) => x.id)).toEqual(['GE', MAPPED_MODEL]);
    expect(found.leftOut).toEqual([]);
    const res = await writePlan(s.run, mpg.plan(defaults(mpg), found), 'newSheet');
    const sheet = res.placement.sheet;
    untouched(s);

    const ev = new SheetEvaluator(s.m, new Set([sheet]));
    const r = rowOf(s.m, sheet, spec.sheet);
    const at = (row: number, col: number) => ev.cell(sheet, row, col) as number;
    const want = await expected(s.run);
    expect(at(r, COL.nom)).toBeCloseTo(want.nominaal, 2);
    expect(at(r, COL.ew)).toBeCloseTo(want.eindwaarde, 2);
    expect(at(r, COL.ncw)).toBeCloseTo(want.ncw, 2);
    expect(at(r, COL.bw)).toBe(want.x.beginboekwaarde);
    expect(at(r, COL.k)).toBeCloseTo(sum(want.x.costs), 6);
    expect(at(r, COL.o)).toBeCloseTo(sum(want.x.revenues), 6);
    // the BBV NCW of the eindwaarde at the workbook's disconteringsvoet, whatever the workbook's own NCW method
    const n = spec.last_year - spec.first_year + 1;
    expect(at(r, COL.ncw)).toBeCloseTo(want.eindwaarde / (1 + want.x.disconteringsvoet) ** n, 2);

    // the row's formulas point at the analyst's mapped cells only, and read every post row
    const formula = (col: number) => s.m.mustSheet(sheet).get(r, col)!.formula;
    expect(formula(COL.k)).toBe(`=SUM((${want.mp.costs.map((p, i) => (i ? '+' : '') + rangeText(p, true)).join('')}))`.replace(/\+-/g, '-'));
    expect(formula(COL.bw)).toBe(`=${rangeText(want.mp.params.beginboekwaarde!, true)}`);
    expect(formula(COL.ncw)).toMatch(/^=INDEX\(GREX\.RESULTAAT\(.*\),1,3\)$/);
    const allowed = mappedCells(want.mp);
    expect([...ev.read].filter((c) => !allowed.has(c))).toEqual([]);
    for (const p of [...want.mp.costs, ...want.mp.revenues]) expect(ev.read.has(`${p.sheet.toLowerCase()}!${p.row},${p.col}`)).toBe(true);

    // totals: the GREX model's row (its NCW cell shows 1.234.567,89) and the own model's row
    const tr = rowOf(s.m, sheet, 'Totaal grondbedrijf');
    expect(tr).toBe(r + 1);
    expect(at(r - 1, COL.ncw)).toBe(1_234_567.89);
    expect(at(tr, COL.ncw)).toBeCloseTo(1_234_567.89 + want.ncw, 2);

    // the analyst raises a cost post by € 250.000 in the second year: the row follows, as RESULTAAT on the new inputs
    const post = want.mp.costs[0];
    const c = s.m.mustSheet(post.sheet).at(post.row, post.col + 1);
    expect(c.formula).toBeFalsy();
    c.value = Number(c.value) + 250_000;
    const after = await expected(s.run);
    expect(after.ncw).toBeLessThan(want.ncw - 200_000);
    const ev2 = new SheetEvaluator(s.m, new Set([sheet]));
    expect(ev2.cell(sheet, r, COL.ncw) as number).toBeCloseTo(after.ncw, 2);
    expect(ev2.cell(sheet, r, COL.k) as number).toBeCloseTo(sum(want.x.costs) + 250_000, 6);
    expect(ev2.cell(sheet, tr, COL.ncw) as number).toBeCloseTo(1_234_567.89 + after.ncw, 2);
  });

  test('herziening against the frozen copy: Totaal 0, and after a cost edit Totaal is the change in RESULTAAT', async () => {
    const s = await mappedWorkbook(name);
    const f = (await hz.discover!(s.run, { ...defaults(hz), nieuw: spec.sheet })) as HerzieningFound;
    expect(f.bevroren).toBe(true);
    expect(f.nieuw.id).toBe(MAPPED_MODEL);
    expect('expr' in f.nieuw.refs.kosten).toBe(true);
    expect('value' in f.oud.refs.kosten).toBe(true);
    const res = await writePlan(s.run, hz.plan(defaults(hz), f), 'newSheet');
    const sheet = res.placement.sheet;
    untouched(s);
    const va = s.m.formulas(sheet).find((x) => x.formula.startsWith('=GREX.VERSCHILANALYSE('))!;
    const effects = () =>
      Object.fromEntries((new SheetEvaluator(s.m, new Set([sheet])).formula(va.formula, sheet) as [string, number][]).map(([k, v]) => [k, v]));
    const zero = effects();
    expect(Object.keys(zero)).toContain('Totaal');
    for (const v of Object.values(zero)) expect(v).toBeCloseTo(0, 6);

    const want = await expected(s.run);
    const post = want.mp.costs[want.mp.costs.length - 1];
    const c = s.m.mustSheet(post.sheet).at(post.row, post.col + 2);
    c.value = Number(c.value) + 400_000;
    const after = await expected(s.run);
    const moved = effects();
    expect(moved['Totaal']).toBeCloseTo(after.ncw - want.ncw, 2);
    expect(moved['Totaal']).toBeLessThan(-300_000);
    // only the cost volume and its timing moved; every other factor stays exactly 0, and the rows add up to Totaal
    for (const [k, v] of Object.entries(moved)) if (!['Kosten (volume)', 'Fasering', 'Totaal'].includes(k)) expect(v).toBe(0);
    expect(moved['Kosten (volume)'] + moved['Fasering']).toBeCloseTo(moved['Totaal'], 6);
    expect(moved['Kosten (volume)']).toBeLessThan(-300_000);
    untouched({ ...s, before: new Map([...s.before].filter(([k]) => k !== post.sheet)) });
  });
});

describe('signs, unions and incomplete mappings', () => {
  test('a revenue post entered as negative amounts counts by its size, as in Controle', async () => {
    const plain = await mappedWorkbook('basis');
    const want = await expected(plain.run);
    const flipped = want.mp.revenues[1];
    const s = await mappedWorkbook('basis', (_mp, m) => {
      const sh = m.mustSheet(flipped.sheet);
      for (let j = 0; j < flipped.cols; j++) {
        const c = sh.at(flipped.row, flipped.col + j);
        if (typeof c.value === 'number') c.value = -c.value;
      }
    });
    const got = await expected(s.run);
    expect(got.x.revenues).toEqual(want.x.revenues);
    const found = (await mpg.discover!(s.run, defaults(mpg))) as PortfolioFound;
    const o = found.models[0].refs.opbrengsten;
    expect('expr' in o && o.expr).toContain(`-${rangeText(flipped, true)}`);
    const res = await writePlan(s.run, mpg.plan(defaults(mpg), found), 'newSheet');
    const ev = new SheetEvaluator(s.m, new Set([res.placement.sheet]));
    const r = rowOf(s.m, res.placement.sheet, 'Exploitatie');
    expect(ev.cell(res.placement.sheet, r, COL.o) as number).toBeCloseTo(sum(want.x.revenues), 6);
    expect(ev.cell(res.placement.sheet, r, COL.ncw) as number).toBeCloseTo(want.ncw, 2);
  });

  test('cost posts that are not contiguous (a union in GREX_W_KOSTEN) become a sum of exactly those rows', async () => {
    let skipped: RangeRef | undefined;
    const s = await mappedWorkbook('basis', (mp) => {
      skipped = mp.costs[2];
      mp.costs = mp.costs.filter((p) => p !== skipped);
    });
    const union = s.m.names.find((n) => n.name === 'GREX_W_KOSTEN')!;
    expect(union.union).toMatch(/^=Exploitatie!\$C\$\d+:\$J\$\d+,Exploitatie!\$C\$\d+:\$J\$\d+$/);
    const want = await expected(s.run);
    expect(want.mp.costs).toHaveLength(4);
    const res = await writePlan(s.run, mpg.plan(defaults(mpg), await mpg.discover!(s.run, defaults(mpg))), 'newSheet');
    const sheet = res.placement.sheet;
    const r = rowOf(s.m, sheet, 'Exploitatie');
    const k = s.m.mustSheet(sheet).get(r, COL.k)!.formula;
    expect(k).not.toContain(rangeText(skipped!, true));
    expect(k.split('+')).toHaveLength(4);
    const ev = new SheetEvaluator(s.m, new Set([sheet]));
    expect(ev.cell(sheet, r, COL.k) as number).toBeCloseTo(sum(want.x.costs), 6);
    expect(ev.cell(sheet, r, COL.ncw) as number).toBeCloseTo(want.ncw, 2);
    expect(ev.read.has(`exploitatie!${skipped!.row},${skipped!.col}`)).toBe(false);
  });

  test('a mapping without the boekwaarde is left out with a Dutch note; alone it is refused with that note', async () => {
    const s = await mappedWorkbook('basis', (mp) => delete mp.params.beginboekwaarde);
    await expect(mpg.discover!(s.run, defaults(mpg))).rejects.toThrow(Refusal);
    await expect(mpg.discover!(s.run, defaults(mpg))).rejects.toThrow(/blad "Exploitatie" staat niet in de portefeuille: de koppeling mist beginboekwaarde/);
    await addGrexModel(s.m, 1000);
    const found = (await mpg.discover!(s.run, defaults(mpg))) as PortfolioFound;
    expect(found.models.map((x) => x.id)).toEqual(['GE']);
    const res = await writePlan(s.run, mpg.plan(defaults(mpg), found), 'newSheet');
    expect(texts(s.m, res.placement.sheet).some((t) => /de koppeling mist beginboekwaarde\. Vul dat aan \(in uw blad of in Controle/.test(t))).toBe(true);
    untouched(s);
  });

  test('an empty rente cell leaves the model out and names the cell; an empty disconteringsvoet takes 2% as in Controle', async () => {
    const s = await mappedWorkbook('basis', (mp, m) => {
      m.mustSheet(mp.sheet).at(mp.params.rente!.row, mp.params.rente!.col).value = '';
    });
    expect((await MAPPED_MODELS.survey!(s.run)).leftOut).toEqual([
      'Het eigen rekenmodel op blad "Exploitatie" staat niet in de portefeuille: de cel van de rente (Exploitatie!$B$3) is leeg of ' +
        'geen getal. Vul dat aan (in uw blad of in Controle, koppeling vastleggen) en maak de portefeuille opnieuw.',
    ]);
    const t = await mappedWorkbook('basis', (mp, m) => {
      m.mustSheet(mp.sheet).at(mp.params.disconteringsvoet!.row, mp.params.disconteringsvoet!.col).value = '';
    });
    const { models } = await MAPPED_MODELS.survey!(t.run);
    expect(models[0].refs.disconteringsvoet).toEqual({ value: 0.02 });
    expect(models[0].notes!.some((n) => /standaard aangenomen zoals in Controle: disconteringsvoet/.test(n))).toBe(true);
    const res = await writePlan(t.run, mpg.plan(defaults(mpg), await mpg.discover!(t.run, defaults(mpg))), 'newSheet');
    const ncw = new SheetEvaluator(t.m, new Set([res.placement.sheet])).cell(res.placement.sheet, rowOf(t.m, res.placement.sheet, 'Exploitatie'), COL.ncw);
    expect(ncw as number).toBeCloseTo((await expected(t.run)).ncw, 2);
  });

  test('a mapping whose year row was removed, or that points at a deleted sheet, is left out and says so', async () => {
    const s = await mappedWorkbook('basis');
    s.m.names = s.m.names.filter((n) => n.name !== 'GREX_W_JAREN');
    expect((await MAPPED_MODELS.survey!(s.run)).leftOut).toEqual([
      'Het eigen rekenmodel staat niet in de portefeuille: de koppeling mist de rij met jaartallen (GREX_W_JAREN). Controleer de koppeling in Controle.',
    ]);
    const t = await mappedWorkbook('basis');
    const k = t.m.names.find((n) => n.name === 'GREX_W_KOSTEN')!;
    k.formula = '=Weg!$C$13:$J$17';
    const survey = await MAPPED_MODELS.survey!(t.run);
    expect(survey.models).toEqual([]);
    expect(survey.leftOut[0]).toMatch(/^Het eigen rekenmodel staat niet in de portefeuille: de koppeling is niet te lezen: .*Weg/);
  });

  test('a workbook without GREX_W_ names gives no mapped model and reads no sheet', async () => {
    const m = await fakeFromXlsx(fixture('basis'));
    const syncs = m.syncs;
    expect(await MAPPED_MODELS.survey!(runOf(m))).toEqual({ models: [], leftOut: [] });
    expect(m.syncs - syncs).toBe(1);
  });
});

describe('parameters the way analysts type them', () => {
  /** The own model's row and herziening on a changed fixture: the row equals RESULTAAT on mappedInputs, the copy compares to 0. */
  async function rowAndHerziening(s: Setup) {
    const found = (await mpg.discover!(s.run, defaults(mpg))) as PortfolioFound;
    const res = await writePlan(s.run, mpg.plan(defaults(mpg), found), 'newSheet');
    const sheet = res.placement.sheet;
    const want = await expected(s.run);
    const ncw = new SheetEvaluator(s.m, new Set([sheet])).cell(sheet, rowOf(s.m, sheet, 'Exploitatie'), COL.ncw) as number;
    expect(ncw).toBeCloseTo(want.ncw, 2);
    const f = (await hz.discover!(s.run, { ...defaults(hz), nieuw: 'Exploitatie' })) as HerzieningFound;
    const h = await writePlan(s.run, hz.plan(defaults(hz), f), 'newSheet');
    const va = s.m.formulas(h.placement.sheet).find((x) => x.formula.startsWith('=GREX.VERSCHILANALYSE('))!;
    const rows = new SheetEvaluator(s.m, new Set([h.placement.sheet])).formula(va.formula, h.placement.sheet) as [string, number][];
    for (const [, v] of rows) expect(v).toBeCloseTo(0, 6);
    untouched(s);
    return { found, want, herziening: h.placement.sheet };
  }

  test('a cost index per year (a row of rates) stays a live row, in the portfolio and in the herziening record', async () => {
    const rates = [0.03, 0.03, 0.025, 0.025, 0.02, 0.02, 0.02, 0.02];
    const s = await mappedWorkbook('basis', (mp, m) => {
      const row = 45;
      m.seed(mp.sheet, `A${row}`, [['Kostenstijging per jaar', '']]);
      rates.forEach((r, i) => (m.mustSheet(mp.sheet).at(row - 1, mp.years.col + i).value = r));
      mp.params.kostenstijging = { sheet: mp.sheet, row: row - 1, col: mp.years.col, rows: 1, cols: mp.years.cols };
    });
    const { found, want, herziening } = await rowAndHerziening(s);
    expect(want.x.kostenstijging).toEqual(rates);
    expect(found.models[0].refs.kostenindex).toEqual({ expr: 'Exploitatie!$C$45:$J$45', cols: 8 });
    // the index differs from the single 2% the fixture has: the row really is read
    const plain = await expected((await mappedWorkbook('basis')).run);
    expect(Math.abs(want.ncw - plain.ncw)).toBeGreaterThan(1000);
    // the new record's kostenindex row: one INDEX per year into the analyst's row
    const rec = s.m.names.find((n) => n.name === 'HZ_parameters_nieuw')!;
    const sh = s.m.mustSheet(herziening);
    const r = Array.from({ length: rec.box.rows }, (_, i) => rec.box.row + i).find((i) => sh.get(i, 0)?.value === 'kostenindex')!;
    expect(rec.box.cols).toBe(9);
    expect(Array.from({ length: 8 }, (_, i) => sh.get(r, 1 + i)!.formula)).toEqual(rates.map((_, i) => `=INDEX(Exploitatie!$C$45:$J$45,1,${i + 1})`));
  });

  test('a prijspeil typed as a date becomes YEAR() of the cell; typed as text, the year GREX read', async () => {
    const d = await mappedWorkbook('basis', (mp, m) => {
      const p = mp.params.prijspeil!;
      m.mustSheet(p.sheet).at(p.row, p.col).value = 45292; // 1-1-2024
    });
    const a = await rowAndHerziening(d);
    expect(a.found.models[0].refs.prijspeiljaar).toEqual({ expr: 'YEAR(Exploitatie!$B$7)' });
    expect(a.want.x.prijspeiljaar).toBe(2024);
    const t = await mappedWorkbook('basis', (mp, m) => {
      const p = mp.params.prijspeil!;
      m.mustSheet(p.sheet).at(p.row, p.col).value = 'prijspeil 1-1-2023';
    });
    const b = await rowAndHerziening(t);
    expect(b.found.models[0].refs.prijspeiljaar).toEqual({ value: 2023 });
  });

  test('two versions in one workbook: the GREX model as old and the own model as new, both live', async () => {
    const s = await mappedWorkbook('basis');
    await addGrexModel(s.m, 0);
    const f = (await hz.discover!(s.run, { ...defaults(hz), nieuw: 'Exploitatie', oud: 'Grex Noord' })) as HerzieningFound;
    expect([f.oud.id, f.nieuw.id, f.bevroren]).toEqual(['GE', MAPPED_MODEL, false]);
    const res = await writePlan(s.run, hz.plan(defaults(hz), f), 'newSheet');
    const va = s.m.formulas(res.placement.sheet).find((x) => x.formula.startsWith('=GREX.VERSCHILANALYSE('))!.formula;
    const k = (f.nieuw.refs.kosten as { expr: string }).expr;
    const o = (f.nieuw.refs.opbrengsten as { expr: string }).expr;
    expect(k).toMatch(/^\(Exploitatie!\$C\$13:\$J\$13\+.*\)$/);
    expect(va).toBe(`=GREX.VERSCHILANALYSE(GE_kosten,GE_opbrengsten,HZ_parameters_oud,${k},${o},HZ_parameters_nieuw,HZ_basis)`);
    untouched(s);
  });

  test('more posts than one Excel formula can hold: left out with a note, not a formula Excel refuses', () => {
    const wb: Workbook = { sheets: [], names: [] };
    const sh = newSheet('Lange exploitatie met een lange naam');
    wb.sheets.push(sh);
    const years = Array.from({ length: 30 }, (_, i) => 2025 + i);
    years.forEach((y, i) => setCell(sh, 0, 2 + i, { value: y }));
    const costs: RangeRef[] = [];
    for (let r = 1; r <= 400; r++) {
      setCell(sh, r, 0, { value: `Post ${r}` });
      setCell(sh, r, 2, { value: 1000 });
      costs.push({ sheet: sh.name, row: r, col: 2, rows: 1, cols: 30 });
    }
    setCell(sh, 402, 1, { value: 0.02 });
    setCell(sh, 403, 1, { value: 0 });
    const cell = (row: number): RangeRef => ({ sheet: sh.name, row, col: 1, rows: 1, cols: 1 });
    const m: Mapping = {
      sheet: sh.name,
      years: { sheet: sh.name, row: 0, col: 2, rows: 1, cols: 30 },
      costs,
      revenues: [],
      params: { rente: cell(402), beginboekwaarde: cell(403) },
      results: {},
      rows: {},
    };
    const b = mappedComplex(wb, m);
    expect('leftOut' in b && b.leftOut).toMatch(/met 400 posten wordt de formule langer dan Excel toestaat/);
    const few = mappedComplex(wb, { ...m, costs: costs.slice(0, 20) });
    expect('model' in few && (few.model.refs.ncw as { expr: string }).expr.length).toBeLessThan(8192);
  });
});

describe('raadsversie with a mapped row', () => {
  test('the portfolio copy freezes the own model’s row to values: no GREX call and no reference into the analyst’s sheets', async () => {
    const s = await mappedWorkbook('basis');
    await addGrexModel(s.m, 1000);
    s.m.evaluate = (_s, _r, _c, f) => (hasGrexCall(f) ? 777 : '');
    const p = await writePlan(s.run, mpg.plan(defaults(mpg), await mpg.discover!(s.run, defaults(mpg))), 'newSheet');
    const res = await makeRaadsversie(s.run, { sheets: [], model: MAPPED_MODEL, allFormulas: false }, new Job(1), '2026-12-01');
    const copy = `${p.placement.sheet.slice(0, 24)} (raad)`;
    expect(res.copies).toEqual([copy]);
    expect(s.m.formulas(copy).filter((f) => hasGrexCall(f.formula) || f.formula.includes('!'))).toEqual([]);
    const r = rowOf(s.m, copy, 'Exploitatie');
    expect(s.m.mustSheet(copy).get(r, COL.ncw)!.value).toBe(777);
    expect(s.m.mustSheet(copy).get(r, COL.ncw)!.formula).toBeFalsy();
    expect(res.kernSheet).toBeDefined();
    untouched(s);
  });
});
