/**
 * The land a relocation frees: the vacated plot and the surrounding land
 * that leaves the firm's milieucontour. Per area (m² from the user's GIS):
 *
 *   bruto   = m² × (waarde na − waarde vóór)      (the waardesprong)
 *   netto   = bruto − kosten gereedmaken
 *   bijdrage to the business case, by how the municipality captures it:
 *     VERWORVEN      the plot is bought in this business case (its value
 *                    before is paid in the schadeloosstelling), so the
 *                    revenue is m² × waarde na − kosten
 *     EIGEN          land the municipality already owns: aandeel × netto
 *                    (a loss counts)
 *     KOSTENVERHAAL, BIJDRAGE   land of others: aandeel × max(0, netto);
 *                    kostenverhaal is capped by the waardevermeerdering
 *                    (Ow 13.15) and cannot make the municipality pay
 *
 * The before/after definition follows the waardesprong (waardesprong.ts);
 * the capture rules per wijze are a product decision of GREX [besluit].
 */
import { dec, type Dec, type DecInput, ZERO } from '../numeric';

export const WIJZEN = ['VERWORVEN', 'EIGEN', 'KOSTENVERHAAL', 'BIJDRAGE'] as const;
export type Wijze = (typeof WIJZEN)[number];

export interface FreedArea {
  label: string;
  m2: DecInput;
  waardeVoor: DecInput;
  waardeNa: DecInput;
  kosten: DecInput;
  aandeel: DecInput;
  wijze: Wijze;
}

export interface FreedAreaResult {
  label: string;
  m2: Dec;
  bruto: Dec;
  kosten: Dec;
  netto: Dec;
  bijdrage: Dec;
}

export const VRIJKOMEND_COLUMNS = ['gebied', 'm²', 'waardestijging bruto', 'kosten gereedmaken', 'waardestijging netto', 'bijdrage businesscase'] as const;

export function freedArea(a: FreedArea): FreedAreaResult {
  const m2 = dec(a.m2);
  const bruto = m2.times(dec(a.waardeNa).minus(dec(a.waardeVoor)));
  const kosten = dec(a.kosten);
  const netto = bruto.minus(kosten);
  const share = dec(a.aandeel);
  let bijdrage: Dec;
  if (a.wijze === 'VERWORVEN') bijdrage = m2.times(dec(a.waardeNa)).minus(kosten);
  else if (a.wijze === 'EIGEN') bijdrage = netto.times(share);
  else bijdrage = (netto.isNegative() ? ZERO : netto).times(share);
  return { label: a.label, m2, bruto, kosten, netto, bijdrage };
}

/** One row per area and a Totaal row; the Totaal bijdrage is what goes into the business case. */
export function vrijkomendeGrond(areas: readonly FreedArea[], totaalLabel: string): FreedAreaResult[] {
  const rows = areas.map(freedArea);
  const sum = (k: 'm2' | 'bruto' | 'kosten' | 'netto' | 'bijdrage') => rows.reduce((s, r) => s.plus(r[k]), ZERO);
  return [...rows, { label: totaalLabel, m2: sum('m2'), bruto: sum('bruto'), kosten: sum('kosten'), netto: sum('netto'), bijdrage: sum('bijdrage') }];
}
