/**
 * The space each builder reserves for a spilling GREX function matches what
 * the function returns for the builder's defaults (checked through the same
 * call path as Excel), so a fresh sheet never shows #SPILL!.
 */
import { findBuilder } from '../../src/taskpane/builders';
import { defaults } from '../../src/taskpane/builders/types';
import { call } from '../../src/functions/call';
import { findFunction } from '../../src/functions/registry';
import type { SheetPlan } from '../../src/taskpane/excel/plan';

const has = (...ids: string[]) => ids.every((id) => findFunction(id));

/** The reserved spill area whose anchor holds a formula calling `fn`. */
function reserved(plan: SheetPlan, fn: string): { rows: number; cols: number } {
  const anchor = plan.cells.find((c) => c.formula?.startsWith(`=GREX.${fn}(`));
  if (!anchor) throw new Error(`geen formule met ${fn}`);
  const s = plan.spills.find((b) => b.row === anchor.row && b.col === anchor.col);
  if (!s) throw new Error(`geen gereserveerd gebied voor ${fn}`);
  return { rows: s.rows, cols: s.cols };
}

const shape = (r: unknown) => (Array.isArray(r) ? { rows: r.length, cols: (r[0] as unknown[]).length } : { rows: 1, cols: 1 });

(has('BOEKWAARDE', 'RESULTAAT', 'BBV.TOETS') ? test : test.skip)('grondexploitatie', () => {
  const spec = findBuilder('grondexploitatie')!;
  const v = { ...defaults(spec), looptijd: 12, voorbeeld: true };
  const plan = spec.plan(v);
  const k = [[100, 0, ...Array(10).fill(0)], Array(12).fill(50)];
  const o = [Array(12).fill(80)];
  expect(shape(call('BOEKWAARDE', 0, k, o, 0.02, 2026, 0.02, 0.015, false, 2026))).toEqual(reserved(plan, 'BOEKWAARDE'));
  expect(shape(call('RESULTAAT', 0, k, o, 0.02, 0.02, 2026, 0.02, 0.015, false, 2026))).toEqual(reserved(plan, 'RESULTAAT'));
  const toets = call('BBV.TOETS', 2026, 2037, 0.03, 0.02, '') as unknown[][];
  expect(toets.length).toBeLessThanOrEqual(reserved(plan, 'BBV.TOETS').rows);
});

(has('SCHADELOOSSTELLING.VERPLAATSING', 'SCHADELOOSSTELLING.LIQUIDATIE', 'VERPLAATSING.BUSINESSCASE') ? test : test.skip)('verplaatsing', () => {
  const spec = findBuilder('verplaatsing')!;
  const plan = spec.plan(defaults(spec));
  const posts = [['Verhuiskosten', 150000], ['Stagnatie- en aanloopschade', 100000], ['Dubbele lasten', 50000]];
  expect(shape(call('SCHADELOOSSTELLING.VERPLAATSING', 2e6, 2.8e6, 0.04, 0, 10, posts))).toEqual(reserved(plan, 'SCHADELOOSSTELLING.VERPLAATSING'));
  expect(shape(call('SCHADELOOSSTELLING.LIQUIDATIE', 2e6, 150000, 10, posts))).toEqual(reserved(plan, 'SCHADELOOSSTELLING.LIQUIDATIE'));
  const bc = call('VERPLAATSING.BUSINESSCASE', 0.02, [[3e6, 0, 0, 0, 0]], [[400000, 0, 0, 0, 0], [0, 600000, 0, 0, 0], [5e4, 5e4, 5e4, 5e4, 5e4]], [[0, 0, 2.5e6, 0, 0]], [[0, 8e5, 0, 0, 0]], undefined,
    [['Gemeente', 1.5e6], ['Provincie', 1.5e6], ['ROM-fonds', 0]], undefined, 2026) as unknown[][];
  expect(shape(bc)).toEqual(reserved(plan, 'VERPLAATSING.BUSINESSCASE'));
  // the waterfall rows read OT from the first line and the restant from the last
  expect(String(bc[0][0])).toMatch(/onrendabele top/i);
  expect(String(bc[bc.length - 1][0])).toMatch(/restant/i);
});

(has('KOSTENVERHAAL') ? test : test.skip)('kostenverhaal', () => {
  const spec = findBuilder('kostenverhaal')!;
  const plan = spec.plan({ ...defaults(spec), locaties: 4 });
  const r = call('KOSTENVERHAAL', [[1.5e6], [2e6], [2.5e6], [3e6]], [[3e5], [4e5], [5e5], [6e5]], 4e6, [[0], [0], [0], [0]]);
  expect(shape(r)).toEqual(reserved(plan, 'KOSTENVERHAAL'));
});

(has('WAARDESPRONG') ? test : test.skip)('grondwaarde', () => {
  const spec = findBuilder('grondwaarde')!;
  const plan = spec.plan(defaults(spec));
  expect(shape(call('WAARDESPRONG', 3e6, 9e6, 6e6))).toEqual(reserved(plan, 'WAARDESPRONG'));
  expect(call('RESIDUELEGRONDWAARDE', 395000, 0.21, 190000, 0.18, 0.03, 0.05, 'VON', 'VON', 5000)).toBeGreaterThan(0);
});

(has('ERFPACHT.VERGELIJK') ? test : test.skip)('erfpacht', () => {
  const spec = findBuilder('erfpacht')!;
  const plan = spec.plan(defaults(spec));
  expect(shape(call('ERFPACHT.VERGELIJK', 1e6, 0.025, 0.02, 0.04, 50, 1e6, 0.02))).toEqual(reserved(plan, 'ERFPACHT.VERGELIJK'));
});

(has('BARCODE', 'MENGOPTIES') ? test : test.skip)('barcode', () => {
  const spec = findBuilder('barcode')!;
  const plan = spec.plan(defaults(spec));
  const table = (key: string) => {
    const name = plan.names.find((n) => n.key === key)!;
    return Array.from({ length: name.box.rows }, (_, r) => Array.from({ length: name.box.cols }, (_, c) => {
      const cell = plan.cells.find((x) => x.row === name.box.row + r && x.col === name.box.col + c);
      return cell?.formula ? 1000 : cell?.value ?? null;
    }));
  };
  const programma = table('programma');
  const normen = table('normen');
  expect(shape(call('BARCODE', programma, normen))).toEqual(reserved(plan, 'BARCODE'));
  expect(shape(call('MENGOPTIES', programma, normen, 150000, table('opties')))).toEqual(reserved(plan, 'MENGOPTIES'));
});

(has('ERFPACHT.NCW', 'ERFPACHT.CANON') ? test : test.skip)('erfpacht year table: the canon column follows the same convention as GREX.ERFPACHT.NCW', () => {
  const [gw, cp, g, k, T] = [1e6, 0.025, 0.02, 0.04, 30];
  const canon = call('ERFPACHT.CANON', gw, cp, 0, 0) as number;
  const canons = Array.from({ length: T }, (_, i) => canon * (1 + g) ** i); // the sheet's =canon*(1+groei)^(t-1)
  const pvCanons = call('NCW', k, [canons]) as number;
  const reversion = (gw * (1 + g) ** T) / (1 + k) ** T;
  expect(pvCanons + reversion).toBeCloseTo(call('ERFPACHT.NCW', gw, cp, g, k, T, g) as number, 6);
});

(has('VERPLAATSING.BUSINESSCASE') ? test : test.skip)('verplaatsing with the new site in erfpacht', () => {
  const spec = findBuilder('verplaatsing')!;
  const plan = spec.plan({ ...defaults(spec), nieuwe_locatie: 'erfpacht' });
  const bc = call('VERPLAATSING.BUSINESSCASE', 0.02, [[3e6, 0, 0, 0, 0]], [[400000, 0, 0, 0, 0]], [[0, 0, 2.5e6, 0, 0]], [[0, 0, 0, 0, 0]], [[60000, 2027, 30, 0.02, 0]],
    [['Gemeente', 1.5e6], ['Provincie', 1.5e6], ['ROM-fonds', 0]], undefined, 2026);
  expect(shape(bc)).toEqual(reserved(plan, 'VERPLAATSING.BUSINESSCASE'));
});

(has('POC') ? test : test.skip)('grondexploitatie POC block (inside IF) reserves its row', () => {
  const spec = findBuilder('grondexploitatie')!;
  const plan = spec.plan(defaults(spec));
  const anchor = plan.cells.find((c) => c.formula?.includes('GREX.POC('))!;
  expect(anchor.formula).toBe('=IF(AND(({{gerealiseerde_kosten}}+SUM({{kosten}}))>0,({{gerealiseerde_opbrengsten}}+SUM({{opbrengsten}}))>0),GREX.POC({{gerealiseerde_kosten}},({{gerealiseerde_kosten}}+SUM({{kosten}})),{{gerealiseerde_opbrengsten}},({{gerealiseerde_opbrengsten}}+SUM({{opbrengsten}})),{{ncw}},{{reeds_genomen_winst}}),"Vul eerst kosten en opbrengsten in.")');
  const area = plan.spills.find((b) => b.row === anchor.row && b.col === anchor.col)!;
  expect(shape(call('POC', 100, 1000, 50, 2000, 300, 0))).toEqual({ rows: area.rows, cols: area.cols });
});
