/**
 * "Rekenblad naast uw model": a new sheet with live GREX formulas that refer
 * to the analyst's own cells (posts, parameters), so the GREX recomputation
 * updates with the analyst's model. It only reads the analyst's sheets.
 */
import { Layout, at } from '../sheet/layout';
import type { SheetPlan } from '../excel/plan';
import { RangeRef, rangeText } from '../../workbook/address';
import type { Mapping } from '../../workbook/mapping';
import { extract, type ModelInputs } from '../../workbook/extract';
import { reconcile, type Conventions } from '../../workbook/reconcile';
import type { Workbook } from '../../workbook/model';
import { postSignsOf, postSum } from '../../workbook/live';

const ref = (r: RangeRef) => rangeText(r, true);

/** The sum of the post rows in one year column, each post with the sign extract() gave it. */
const columnSum = (posts: readonly RangeRef[], col: number, signs: readonly number[]): string => postSum(posts, signs, col) ?? '0';

export function rekenbladPlan(m: Mapping, x: ModelInputs, c: Conventions, signs: { costs: number[]; revenues: number[] }, today: string): SheetPlan {
  const l = new Layout('rekenblad', `GREX naast ${m.sheet}`.slice(0, 28), 'GW', [190, 110, 110, 110]);
  l.title(`GREX naast uw model op blad ${m.sheet}`, [
    `Gemaakt op ${today}. Alle invoer verwijst naar uw eigen cellen; uw bladen worden niet gewijzigd. Wijzigt u het model, dan rekent dit blad mee.`,
  ]);
  l.section('Invoer uit uw model');
  const param = (label: string, r: RangeRef | undefined, fallback: number | string, format: 'pct' | 'euro' | 'year'): string => {
    const row = l.row++;
    l.cell(row, 0, { value: label, style: 'label' });
    if (r && r.cols === 1) l.cell(row, 1, { formula: `=${ref(r)}`, format });
    else l.cell(row, 1, { value: fallback, style: 'input', format });
    l.cell(row, 2, { value: r ? ref(r) : 'niet gekoppeld', style: 'note' });
    return at({ row, col: 1, rows: 1, cols: 1 });
  };
  const bw = param('Boekwaarde 1-1', m.params.beginboekwaarde, x.beginboekwaarde, 'euro');
  const rente = param('Rente', m.params.rente, x.rente, 'pct');
  const d = param('Disconteringsvoet', m.params.disconteringsvoet, x.disconteringsvoet, 'pct');
  // The prijspeil is often typed as text or a date ("1-1-2024"): copied as the year GREX read, with its source.
  const pr = l.row++;
  l.cell(pr, 0, { value: 'Prijspeiljaar', style: 'label' });
  l.cell(pr, 1, { value: x.prijspeiljaar, style: 'input', format: 'year' });
  l.cell(pr, 2, { value: m.params.prijspeil ? `gelezen uit ${ref(m.params.prijspeil)}` : 'niet gekoppeld: het startjaar', style: 'note' });
  const prijspeil = at({ row: pr, col: 1, rows: 1, cols: 1 });
  const index = (label: string, r: RangeRef | undefined, v: number | number[]) => {
    if (r && r.cols > 1) {
      const row = l.row++;
      l.cell(row, 0, { value: label, style: 'label' });
      l.cell(row, 1, { value: 'rij', style: 'note' });
      l.cell(row, 2, { value: ref(r), style: 'note' });
      return ref(r);
    }
    return param(label, r, Array.isArray(v) ? v[0] : v, 'pct');
  };
  const ki = index('Kostenstijging', m.params.kostenstijging, x.kostenstijging);
  const oi = index('Opbrengstenstijging', m.params.opbrengstenstijging, x.opbrengstenstijging);

  l.section('Kosten en opbrengsten per jaar, op prijspeil (som van uw posten)');
  const n = m.years.cols;
  const yr = l.row++;
  const kr = l.row++;
  const or = l.row++;
  l.cell(yr, 0, { value: 'Jaar', style: 'header' });
  l.cell(kr, 0, { value: `Kosten (${m.costs.length} posten)`, style: 'label' });
  l.cell(or, 0, { value: `Opbrengsten (${m.revenues.length} posten)`, style: 'label' });
  for (let i = 0; i < n; i++) {
    const col = m.years.col + i;
    l.cell(yr, 1 + i, { formula: `=${rangeText({ ...m.years, col, cols: 1 }, false)}`, style: 'header', format: 'year' });
    l.cell(kr, 1 + i, { formula: `=${columnSum(m.costs, col, signs.costs)}`, format: 'euro' });
    l.cell(or, 1 + i, { formula: `=${columnSum(m.revenues, col, signs.revenues)}`, format: 'euro' });
  }
  const start = at({ row: yr, col: 1, rows: 1, cols: 1 });
  const kosten = at({ row: kr, col: 1, rows: 1, cols: n });
  const opbr = at({ row: or, col: 1, rows: 1, cols: n });
  // the inputs every GREX call here shares, by parameter name (the registry's formula writer places them)
  const model = { beginboekwaarde: bw, kosten, opbrengsten: opbr, rente, startjaar: start, kostenindex: ki, opbrengstenindex: oi, prijspeiljaar: prijspeil };
  const MOMENT = { 0: undefined, 0.5: '"midden"', 1: '"eind"' } as const;

  l.section('Resultaat volgens het BBV (positief = winst)');
  l.spillOf('RESULTAAT', { ...model, disconteringsvoet: 0.02, rente_over_negatief: false }, 1, ['euro', 'euro', 'euro'], { col: 1 });
  l.section('Met de rekenwijze van uw werkmap');
  l.spillOf(
    'RESULTAAT',
    {
      ...model,
      disconteringsvoet: d,
      rente_over_negatief: c.interest_on_negative === true,
      opbrengsten_bevriezen_vanaf: c.revenue_index_frozen_after === null ? undefined : x.t0 + c.revenue_index_frozen_after,
      indexmoment: MOMENT[c.index_offset],
    },
    1,
    ['euro', 'euro', 'euro'],
    { col: 1 },
  );
  const notes: string[] = [];
  if (c.index_offset !== 0)
    notes.push(
      `Uw werkmap indexeert tot ${c.index_offset === 1 ? 'het einde' : 'het midden'} van het jaar; de regel met de rekenwijze ` +
        `van uw werkmap doet dat ook (indexmoment), de BBV-regel en de boekwaarde indexeren tot 1 januari.`,
    );
  if (c.ncw_basis !== 'eindwaarde' || c.discount_offset !== 1)
    notes.push('Uw werkmap rekent de NCW anders (zie het controleverslag); deze NCW is de eindwaarde contant gemaakt over de looptijd.');
  if (c.sign === 'negative-is-profit') notes.push('Uw werkmap toont winst als negatief getal; GREX toont winst positief.');
  for (const t of notes) l.text(t);
  l.section('Boekwaarde per jaar (BBV)');
  l.spillOf('BOEKWAARDE', { ...model, rente_over_negatief: false }, n, ['year', 'euro', 'euro', 'euro', 'euro', 'euro']);
  return l.build();
}

/** The rekenblad of a mapped model: its inputs, the conventions that reproduce it and the sign of each post. */
export function rekenbladFor(wb: Workbook, m: Mapping, today: string): SheetPlan {
  const x = extract(wb, m);
  const c = reconcile(x).conventions;
  return rekenbladPlan(m, x, c, { costs: postSignsOf(wb, m.costs), revenues: postSignsOf(wb, m.revenues) }, today);
}
