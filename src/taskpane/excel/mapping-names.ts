/**
 * Stores a confirmed mapping in the workbook as GREX_W_ defined names
 * (workbook scope; docs/methode/eigen-werkmap.md lists them) and reads the
 * current selection for "gebruik selectie". Earlier GREX_W_ names are
 * replaced; no cell of the workbook is written.
 */
import type { ExcelRun } from './host';
import type { Mapping } from '../../workbook/mapping';
import { NAME_PREFIX, mappingNames } from '../../workbook/names';

export async function writeMappingNames(run: ExcelRun, m: Mapping): Promise<string[]> {
  const wanted = mappingNames(m);
  return run(async (ctx) => {
    const names = ctx.workbook.names;
    names.load('items/name');
    await ctx.sync();
    for (const n of names.items) if (n.name.toUpperCase().startsWith(NAME_PREFIX)) n.delete();
    await ctx.sync();
    for (const n of wanted) names.add(n.name, '=' + n.ref, 'GREX: koppeling van uw grondexploitatie (Controle)');
    await ctx.sync();
    return wanted.map((n) => n.name);
  });
}

/** The address of the selected range, sheet-qualified ("Exploitatie!C5:N5"). */
export async function selectedAddress(run: ExcelRun): Promise<string> {
  return run(async (ctx) => {
    const r = ctx.workbook.getSelectedRange();
    r.load('address');
    await ctx.sync();
    return r.address;
  });
}
