/**
 * The table of vrijkomende grond (the land freed by a relocation and the land
 * within the old environmental contour) and GREX.VERPLAATSING.VRIJKOMENDEGROND
 * over it, as the verplaatsing and economie sheets both write it. Every
 * column takes its cell rule and hint from the function's column specs in the
 * registry (the layout derives them), as any input a GREX function reads.
 */
import type { Box } from '../excel/address';
import { Layout, nm } from '../sheet/layout';

export interface VrijkomendeGrondOptions {
  /** The example rows: gebied, m², waarde vóór en na per m², kosten, aandeel gemeente, wijze. */
  rows: (string | number)[][];
  /** The comment of the table's name. */
  comment: string;
  /** The name (key) and comment of the total contribution cell. */
  total: { key: string; comment: string };
}

/** Writes the table, its name and the spill; returns the spill's box. */
export function vrijkomendeGrond(l: Layout, o: VrijkomendeGrondOptions): Box {
  const areas = l.table('gebieden', ['Gebied', 'm²', 'Waarde vóór (€/m²)', 'Waarde na (€/m²)', 'Kosten gereedmaken (€)', 'Aandeel gemeente', 'Wijze'], o.rows, [
    undefined,
    'm2',
    'euro',
    'euro',
    'euro',
    'pct',
    undefined,
  ]);
  l.name('gebieden', areas.body, o.comment);
  const vg = l.spillOf('VERPLAATSING.VRIJKOMENDEGROND', { gebieden: nm('gebieden') }, 3, [undefined, 'm2', 'euro', 'euro', 'euro', 'euro']);
  l.name(o.total.key, { row: vg.row + 2, col: 5, rows: 1, cols: 1 }, o.total.comment);
  return vg;
}
