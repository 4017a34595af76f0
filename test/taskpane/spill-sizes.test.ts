/**
 * The space each builder reserves for a spilling GREX function matches what
 * the function returns for the builder's defaults (checked through the same
 * call path as Excel), so a fresh sheet never shows #SPILL!.
 */
import { findBuilder } from '../../src/taskpane/builders';
import { defaults } from '../../src/taskpane/builders/types';
import type { SheetPlan } from '../../src/taskpane/excel/plan';
import { callNamed as call } from '../helpers/named';

/** The reserved spill area whose anchor holds a formula calling `fn`. */
function reserved(plan: SheetPlan, fn: string): { rows: number; cols: number } {
  const anchor = plan.cells.find((c) => c.formula?.startsWith(`=GREX.${fn}(`));
  if (!anchor) throw new Error(`geen formule met ${fn}`);
  const s = plan.spills.find((b) => b.row === anchor.row && b.col === anchor.col);
  if (!s) throw new Error(`geen gereserveerd gebied voor ${fn}`);
  return { rows: s.rows, cols: s.cols };
}

const shape = (r: unknown) => (Array.isArray(r) ? { rows: r.length, cols: (r[0] as unknown[]).length } : { rows: 1, cols: 1 });

test('grondexploitatie', () => {
  const spec = findBuilder('grondexploitatie')!;
  const v = { ...defaults(spec), looptijd: 12, voorbeeld: true };
  const plan = spec.plan(v);
  const k = [[100, 0, ...Array(10).fill(0)], Array(12).fill(50)];
  const o = [Array(12).fill(80)];
  expect(
    shape(
      call('BOEKWAARDE', {
        beginboekwaarde: 0,
        kosten: k,
        opbrengsten: o,
        rente: 0.02,
        startjaar: 2026,
        kostenindex: 0.02,
        opbrengstenindex: 0.015,
        rente_over_negatief: false,
        prijspeiljaar: 2026,
      }),
    ),
  ).toEqual(reserved(plan, 'BOEKWAARDE'));
  expect(
    shape(
      call('RESULTAAT', {
        beginboekwaarde: 0,
        kosten: k,
        opbrengsten: o,
        rente: 0.02,
        disconteringsvoet: 0.02,
        startjaar: 2026,
        kostenindex: 0.02,
        opbrengstenindex: 0.015,
        rente_over_negatief: false,
        prijspeiljaar: 2026,
      }),
    ),
  ).toEqual(reserved(plan, 'RESULTAAT'));
  const toets = call('BBV.TOETS', { startjaar: 2026, eindjaar: 2037, disconteringsvoet: 0.03, rente: 0.02, motivering: '' }) as unknown[][];
  expect(toets.length).toBeLessThanOrEqual(reserved(plan, 'BBV.TOETS').rows);
});

test('verplaatsing', () => {
  const spec = findBuilder('verplaatsing')!;
  const plan = spec.plan(defaults(spec));
  const posts = [
    ['Verhuiskosten', 150000],
    ['Stagnatie- en aanloopschade', 100000],
    ['Dubbele lasten', 50000],
  ];
  expect(
    shape(
      call('SCHADELOOSSTELLING.VERPLAATSING', {
        werkelijke_waarde: 2e6,
        herinvestering: 2.8e6,
        marktrente: 0.04,
        jaarlijkse_correctie: 0,
        kapitalisatiefactor: 10,
        overige_posten: posts,
      }),
    ),
  ).toEqual(reserved(plan, 'SCHADELOOSSTELLING.VERPLAATSING'));
  expect(
    shape(call('SCHADELOOSSTELLING.LIQUIDATIE', { werkelijke_waarde: 2e6, netto_inkomen: 150000, kapitalisatiefactor: 10, overige_posten: posts })),
  ).toEqual(reserved(plan, 'SCHADELOOSSTELLING.LIQUIDATIE'));
  const bc = call('VERPLAATSING.BUSINESSCASE', {
    disconteringsvoet: 0.02,
    schadeloosstelling: [[3e6, 0, 0, 0, 0]],
    kosten: [
      [400000, 0, 0, 0, 0],
      [0, 600000, 0, 0, 0],
      [5e4, 5e4, 5e4, 5e4, 5e4],
    ],
    opbrengst_oude_locatie: [[0, 0, 2.5e6, 0, 0]],
    opbrengst_nieuwe_locatie: [[0, 8e5, 0, 0, 0]],
    bijdragen: [
      ['Gemeente', 1.5e6],
      ['Provincie', 1.5e6],
      ['ROM-fonds', 0],
    ],
    startjaar: 2026,
  }) as unknown[][];
  expect(shape(bc)).toEqual(reserved(plan, 'VERPLAATSING.BUSINESSCASE'));
  // the waterfall rows read OT from the first line and the restant from the last
  expect(String(bc[0][0])).toMatch(/onrendabele top/i);
  expect(String(bc[bc.length - 1][0])).toMatch(/restant/i);
});

test('kostenverhaal', () => {
  const spec = findBuilder('kostenverhaal')!;
  const plan = spec.plan({ ...defaults(spec), locaties: 4 });
  const r = call('KOSTENVERHAAL', {
    opbrengsten: [[1.5e6], [2e6], [2.5e6], [3e6]],
    inbrengwaarden: [[3e5], [4e5], [5e5], [6e5]],
    overige_kosten: 4e6,
    eigen_kosten: [[0], [0], [0], [0]],
  });
  expect(shape(r)).toEqual(reserved(plan, 'KOSTENVERHAAL'));
});

test('grondwaarde', () => {
  const spec = findBuilder('grondwaarde')!;
  const plan = spec.plan(defaults(spec));
  expect(shape(call('WAARDESPRONG', { waarde_voor: 3e6, waarde_na: 9e6, grondproductiekosten: 6e6 }))).toEqual(reserved(plan, 'WAARDESPRONG'));
  expect(
    call('RESIDUELEGRONDWAARDE', {
      von_incl_btw: 395000,
      btw: 0.21,
      bouwkosten: 190000,
      bijkomende_kosten_pct: 0.18,
      ak_pct: 0.03,
      wr_pct: 0.05,
      ak_grondslag: 'VON',
      wr_grondslag: 'VON',
      overige_kosten: 5000,
    }),
  ).toBeGreaterThan(0);
});

test('erfpacht', () => {
  const spec = findBuilder('erfpacht')!;
  const plan = spec.plan(defaults(spec));
  expect(
    shape(
      call('ERFPACHT.VERGELIJK', {
        grondwaarde: 1e6,
        canonpercentage: 0.025,
        groei: 0.02,
        rekenrente: 0.04,
        looptijd: 50,
        koopsom: 1e6,
        grondwaardegroei: 0.02,
      }),
    ),
  ).toEqual(reserved(plan, 'ERFPACHT.VERGELIJK'));
});

test('barcode', () => {
  const spec = findBuilder('barcode')!;
  const plan = spec.plan(defaults(spec));
  const table = (key: string) => {
    const name = plan.names.find((n) => n.key === key)!;
    return Array.from({ length: name.box.rows }, (_, r) =>
      Array.from({ length: name.box.cols }, (_, c) => {
        const cell = plan.cells.find((x) => x.row === name.box.row + r && x.col === name.box.col + c);
        return cell?.formula ? 1000 : (cell?.value ?? null);
      }),
    );
  };
  const programma = table('programma');
  const normen = table('normen');
  expect(shape(call('BARCODE', { programma, normen }))).toEqual(reserved(plan, 'BARCODE'));
  expect(shape(call('MENGOPTIES', { programma, normen, beschikbaar_oppervlak: 150000, opties: table('opties') }))).toEqual(reserved(plan, 'MENGOPTIES'));
});

test('erfpacht year table: the canon column follows the same convention as GREX.ERFPACHT.NCW', () => {
  const [gw, cp, g, k, T] = [1e6, 0.025, 0.02, 0.04, 30];
  const canon = call('ERFPACHT.CANON', { grondwaarde: gw, canonpercentage: cp, korting_grondwaarde: 0, korting_canon: 0 }) as number;
  const canons = Array.from({ length: T }, (_, i) => canon * (1 + g) ** i); // the sheet's =canon*(1+groei)^(t-1)
  const pvCanons = call('NCW', { disconteringsvoet: k, kasstromen: [canons] }) as number;
  const reversion = (gw * (1 + g) ** T) / (1 + k) ** T;
  expect(pvCanons + reversion).toBeCloseTo(
    call('ERFPACHT.NCW', { grondwaarde: gw, canonpercentage: cp, groei: g, rekenrente: k, looptijd: T, grondwaardegroei: g }) as number,
    6,
  );
});

test('verplaatsing with the new site in erfpacht', () => {
  const spec = findBuilder('verplaatsing')!;
  const plan = spec.plan({ ...defaults(spec), nieuwe_locatie: 'erfpacht' });
  const bc = call('VERPLAATSING.BUSINESSCASE', {
    disconteringsvoet: 0.02,
    schadeloosstelling: [[3e6, 0, 0, 0, 0]],
    kosten: [[400000, 0, 0, 0, 0]],
    opbrengst_oude_locatie: [[0, 0, 2.5e6, 0, 0]],
    opbrengst_nieuwe_locatie: [[0, 0, 0, 0, 0]],
    erfpacht_nieuwe_locatie: [[60000, 2027, 30, 0.02, 0]],
    bijdragen: [
      ['Gemeente', 1.5e6],
      ['Provincie', 1.5e6],
      ['ROM-fonds', 0],
    ],
    startjaar: 2026,
  });
  expect(shape(bc)).toEqual(reserved(plan, 'VERPLAATSING.BUSINESSCASE'));
});

test('grondexploitatie POC block (inside IF) reserves its row', () => {
  const spec = findBuilder('grondexploitatie')!;
  const plan = spec.plan(defaults(spec));
  const anchor = plan.cells.find((c) => c.formula?.includes('GREX.POC('))!;
  expect(anchor.formula).toBe(
    '=IF(AND(({{gerealiseerde_kosten}}+SUM({{kosten}}))>0,({{gerealiseerde_opbrengsten}}+SUM({{opbrengsten}}))>0),' +
      'GREX.POC({{gerealiseerde_kosten}},({{gerealiseerde_kosten}}+SUM({{kosten}})),' +
      '{{gerealiseerde_opbrengsten}},({{gerealiseerde_opbrengsten}}+SUM({{opbrengsten}})),{{ncw}},{{reeds_genomen_winst}}),"Vul ' +
      'eerst kosten en opbrengsten in.")',
  );
  const area = plan.spills.find((b) => b.row === anchor.row && b.col === anchor.col)!;
  expect(
    shape(
      call('POC', {
        gerealiseerde_kosten: 100,
        totale_kosten: 1000,
        gerealiseerde_opbrengsten: 50,
        totale_opbrengsten: 2000,
        verwacht_resultaat: 300,
        reeds_genomen_winst: 0,
      }),
    ),
  ).toEqual({ rows: area.rows, cols: area.cols });
});
