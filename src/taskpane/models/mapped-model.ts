/**
 * A grondexploitatie in the analyst's own workbook, known through the
 * confirmed mapping (the GREX_W_ names), as the raadsversie reads it: the
 * same inputs GREX.RESULTAAT takes (GeInputs), so the kernvariabelen and the
 * stress tests are computed exactly as for a model sheet made by GREX.
 *
 * The workbook's own conventions, found by the reconciliation, are kept where
 * GREX.RESULTAAT has a parameter for them (rente over a negative boekwaarde,
 * the revenue index frozen after n years, the indexation moment); the NCW is
 * always the BBV one (the eindwaarde discounted over the years of the model),
 * and the kernvariabelen sheet says where the workbook's own NCW differs.
 * Nothing is written to the analyst's sheets.
 */
import type { ExcelRun } from '../excel/host';
import { readWorkbookModel } from '../excel/read-model';
import { extract, type ModelInputs } from '../../workbook/extract';
import { mappingFromNames, NAME_PREFIX } from '../../workbook/names';
import { reconcile, type Conventions } from '../../workbook/reconcile';
import { describeConventions } from '../../workbook/report';
import type { Workbook } from '../../workbook/model';
import type { GeInputs, GeModel } from './ge-model';
import { formatEuro } from '../../core/messages';

/** The model id the raadsversie uses for the mapped model of the workbook. */
export const MAPPED_MODEL = '@werkmap';

const MOMENT = { 0: 'begin', 0.5: 'midden', 1: 'eind' } as const;

/** Does the workbook hold a confirmed mapping (GREX_W_JAREN)? Names only, nothing else is read. */
export async function hasMappedModel(run: ExcelRun): Promise<{ sheet: string } | undefined> {
  return run(async (ctx) => {
    const names = ctx.workbook.names;
    names.load('items/name,items/formula');
    await ctx.sync();
    const years = names.items.find((n) => n.name.toUpperCase() === `${NAME_PREFIX}JAREN`);
    if (!years) return undefined;
    const ref = String(years.formula ?? '').replace(/^=/, '');
    const bang = ref.lastIndexOf('!');
    return { sheet: bang > 0 ? ref.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'") : '' };
  });
}

/** The inputs of GREX.RESULTAAT for a mapped model under the conventions found. */
export function mappedInputs(x: ModelInputs, c: Conventions): GeInputs {
  return {
    beginboekwaarde: x.beginboekwaarde,
    kosten: [x.costs],
    opbrengsten: [x.revenues],
    rente: x.rente,
    disconteringsvoet: x.disconteringsvoet,
    startjaar: x.t0,
    kostenindex: x.kostenstijging,
    opbrengstenindex: x.opbrengstenstijging,
    renteOverNegatief: c.interest_on_negative === true,
    prijspeiljaar: x.prijspeiljaar,
    opbrengstenBevrorenVanaf: c.revenue_index_frozen_after === null ? undefined : x.t0 + c.revenue_index_frozen_after,
    indexmoment: MOMENT[c.index_offset],
  };
}

const eur = (v: number) => formatEuro(v, 0);

/** The mapped model of a workbook read model, or undefined when it has no confirmed mapping. */
export function mappedModelOf(wb: Workbook): GeModel | undefined {
  const m = mappingFromNames(wb);
  if (!m) return undefined;
  const x = extract(wb, m);
  const rec = reconcile(x);
  const c = rec.conventions;
  const notes = [
    `Bron: het eigen rekenmodel op blad "${x.sheet}", gelezen via de koppeling in de namen ${NAME_PREFIX}… (bevestigd ` +
      `in Controle). GREX rekent het na met dezelfde functies als een GREX-model; het blad zelf is niet gewijzigd.`,
    `Conventies van de werkmap die GREX overneemt: ${describeConventions(c).slice(1, 4).join('; ')}. De NCW hieronder ` +
      `is die van het BBV (eindwaarde contant gemaakt tegen de disconteringsvoet).`,
  ];
  const w = x.workbook;
  if (w.eindwaarde !== undefined || w.ncw !== undefined) {
    const sign = c.sign === 'negative-is-profit' ? -1 : 1;
    const parts = [w.eindwaarde !== undefined ? `eindwaarde ${eur(sign * w.eindwaarde)}` : '', w.ncw !== undefined ? `NCW ${eur(sign * w.ncw)}` : ''].filter(
      Boolean,
    );
    notes.push(
      `De werkmap toont zelf (omgerekend naar positief = winst): ${parts.join(', ')}${
        rec.gap !== null && rec.gap > 1 ? `; GREX reproduceert dat niet geheel (verschil ${eur(rec.gap)}), ` + `zie Controle` : ''
      }.`,
    );
  }
  if (x.missing.length) notes.push(`Niet in de koppeling, standaard aangenomen: ${x.missing.join(', ')}.`);
  return { suffix: MAPPED_MODEL, sheet: x.sheet, inputs: mappedInputs(x, c), sources: {}, notes };
}

/** Read the workbook through the Excel host and return its mapped model. */
export async function readMappedModel(run: ExcelRun): Promise<GeModel | undefined> {
  return mappedModelOf(await readWorkbookModel(run));
}
