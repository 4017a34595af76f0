/**
 * The analyst's own grondexploitatie as an MPG complex: the workbook mapped
 * in Controle (the GREX_W_ names) becomes one portfolio row whose every
 * figure is a live expression on the analyst's cells, so the row recalculates
 * when the analyst edits the sheet.
 *
 *  - boekwaarde, rente, disconteringsvoet, the indexes, the first year: the
 *    mapped cells themselves;
 *  - kosten and opbrengsten: one row of per-year sums of the post rows, each
 *    post with the sign the extraction reads it with (array arithmetic of
 *    equal-shaped rows; a union of areas would not reach a custom function);
 *  - nominaal, eindwaarde and NCW: GREX.RESULTAAT on those expressions, with
 *    the conventions the reconciliation found (rente over a negative
 *    boekwaarde, the revenue index frozen, the indexation moment) exactly as
 *    the raadsversie applies them (mappedInputs); the NCW is the BBV one, the
 *    eindwaarde discounted over the years of the model.
 * A mapping that cannot be read, or that lacks the boekwaarde or the rente,
 * is left out with a Dutch line saying what to fix. Nothing is written to the
 * analyst's sheets. Method: docs/methode/mpg.md#eigen-werkmap.
 */
import type { ExcelRun } from '../excel/host';
import { readWorkbookModel } from '../excel/read-model';
import { MAPPED_MODEL, mappedInputs } from '../models/mapped-model';
import { grexCall, type FormulaArg } from '../sheet/formula';
import { RangeRef, rangeText } from '../../workbook/address';
import { extract } from '../../workbook/extract';
import { postSignsOf, postSum } from '../../workbook/live';
import type { Mapping } from '../../workbook/mapping';
import { cellAt, findSheet, type Workbook } from '../../workbook/model';
import { MappingError, mappingFromNames, NAME_PREFIX } from '../../workbook/names';
import { reconcile } from '../../workbook/reconcile';
import { describeConventions } from '../../workbook/report';
import { complexName, frozen, type ComplexModel, type ModelSource, type Ref, type Survey } from './mpg-source';

/** Excel's limit on the length of a formula, with room for the INDEX around the call. */
const FORMULA_LIMIT = 8000;

const cell = (r: RangeRef) => rangeText({ ...r, rows: 1, cols: 1 }, true);
const expr = (e: string, cols?: number): Ref => (cols && cols > 1 ? { expr: e, cols } : { expr: e });

/** The prijspeil as a year: the cell itself when it holds a year, YEAR() of a date, else the year read (text). */
function prijspeilRef(wb: Workbook, r: RangeRef | undefined, start: Ref, year: number): Ref {
  if (!r) return start;
  const s = findSheet(wb, r.sheet);
  const v = s ? cellAt(s, r.row, r.col)?.value : undefined;
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1950 && v <= 2150) return expr(cell(r));
  if (typeof v === 'number' && v > 18000 && v < 100000) return expr(`YEAR(${cell(r)})`);
  return { value: year };
}

/** A Ref as a GREX argument: the expression, or the constant as a literal (text quoted). */
function arg(r: Ref | undefined): FormulaArg {
  if (!r) return undefined;
  if ('expr' in r) return r.expr;
  const v = r.value;
  if (typeof v === 'string') return `"${v.replace(/"/g, '""')}"`;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  throw new Error('mpg-mapped-source: een rij als vaste waarde hoort niet in de formule');
}

type Built = { model: ComplexModel } | { leftOut: string };

/** The portfolio complex of a mapping, or why it is left out. */
export function mappedComplex(wb: Workbook, m: Mapping): Built {
  const x = extract(wb, m);
  const lacking = (['beginboekwaarde', 'rente'] as const).filter((k) => x.missing.includes(k));
  const where = `Het eigen rekenmodel op blad "${m.sheet}" staat niet in de portefeuille`;
  if (lacking.length) {
    const what = lacking.map((k) => (m.params[k] ? `de cel van de ${k} (${cell(m.params[k]!)}) is leeg of geen getal` : `de koppeling mist ${k}`));
    return {
      leftOut:
        `${where}: ${what.join('; ')}. Vul ${lacking.length > 1 ? 'die' : 'dat'} aan (in uw blad of in Controle, koppeling ` +
        `vastleggen) en maak de portefeuille opnieuw.`,
    };
  }
  const c = reconcile(x).conventions;
  const inp = mappedInputs(x, c);
  const years = m.years;
  const startjaar = expr(cell(years));
  const sum = (posts: RangeRef[]) => {
    const s = postSum(posts, postSignsOf(wb, posts));
    return `(${s ?? `0*${rangeText(years, true)}`})`;
  };
  // a parameter the extraction found no number for takes its default, as in Controle (and is named in the notes)
  const param = (k: 'rente' | 'disconteringsvoet' | 'beginboekwaarde', dflt: number): Ref =>
    m.params[k] && !x.missing.includes(k) ? expr(cell(m.params[k]!)) : { value: dflt };
  const index = (k: 'kostenstijging' | 'opbrengstenstijging'): Ref => {
    const r = m.params[k];
    if (!r) return { value: 0 };
    return r.cols > 1 ? expr(rangeText({ ...r, rows: 1 }, true), r.cols) : expr(cell(r));
  };
  const frozenAfter = c.revenue_index_frozen_after;
  const refs: ComplexModel['refs'] = {
    beginboekwaarde: param('beginboekwaarde', inp.beginboekwaarde),
    kosten: expr(sum(m.costs), years.cols),
    opbrengsten: expr(sum(m.revenues), years.cols),
    rente: param('rente', inp.rente),
    disconteringsvoet: param('disconteringsvoet', inp.disconteringsvoet),
    startjaar,
    kostenindex: index('kostenstijging'),
    opbrengstenindex: index('opbrengstenstijging'),
    rente_over_negatief: { value: inp.renteOverNegatief },
    prijspeiljaar: prijspeilRef(wb, m.params.prijspeil, startjaar, inp.prijspeiljaar),
    // the freeze moves with the first year, as the workbook counts it (n years after the start)
    ...(frozenAfter !== null && inp.opbrengstenBevrorenVanaf !== undefined ? { opbrengsten_bevriezen_vanaf: expr(`${cell(years)}+${frozenAfter}`) } : {}),
    ...(inp.indexmoment !== undefined ? { indexmoment: { value: inp.indexmoment } } : {}),
    nominaal: { value: 0 },
    eindwaarde: { value: 0 },
    ncw: { value: 0 },
    gerealiseerde_kosten: { value: 0 },
    gerealiseerde_opbrengsten: { value: 0 },
    reeds_genomen_winst: { value: 0 },
  };
  const call = grexCall('RESULTAAT', {
    beginboekwaarde: arg(refs.beginboekwaarde),
    kosten: arg(refs.kosten),
    opbrengsten: arg(refs.opbrengsten),
    rente: arg(refs.rente),
    disconteringsvoet: arg(refs.disconteringsvoet),
    startjaar: arg(refs.startjaar),
    kostenindex: arg(refs.kostenindex),
    opbrengstenindex: arg(refs.opbrengstenindex),
    rente_over_negatief: arg(refs.rente_over_negatief),
    prijspeiljaar: arg(refs.prijspeiljaar),
    opbrengsten_bevriezen_vanaf: arg(refs.opbrengsten_bevriezen_vanaf),
    indexmoment: arg(refs.indexmoment),
  });
  if (call.length > FORMULA_LIMIT)
    return {
      leftOut:
        `${where}: met ${m.costs.length + m.revenues.length} posten wordt de formule langer dan Excel toestaat. ` +
        `Koppel in Controle de totaalregels van kosten en opbrengsten als posten, of gebruik het rekenblad naast uw model.`,
    };
  refs.nominaal = { expr: `INDEX(${call},1,1)` };
  refs.eindwaarde = { expr: `INDEX(${call},1,2)` };
  refs.ncw = { expr: `INDEX(${call},1,3)` };
  const name = complexName(m.sheet);
  const notes = [
    `${name}: het eigen rekenmodel op blad "${m.sheet}", gelezen via de koppeling ${NAME_PREFIX}… (Controle). De regel rekent mee ` +
      `met uw cellen; resultaat met GREX.RESULTAAT en de rekenwijze van uw werkmap: ${describeConventions(c).slice(1, 4).join('; ')}.`,
    `${name}: de NCW is die van het BBV (eindwaarde contant gemaakt over de looptijd tegen de disconteringsvoet van uw werkmap)` +
      (c.ncw_basis !== 'eindwaarde' || c.discount_offset !== 1 ? '; uw werkmap rekent zijn eigen NCW anders (zie Controle).' : '.') +
      (c.sign === 'negative-is-profit' ? ' Uw werkmap toont winst als negatief getal; hier is winst positief.' : ''),
    `${name}: gerealiseerde kosten en opbrengsten en reeds genomen winst staan niet in de koppeling; vul ze in de regel in (nu 0).`,
  ];
  const assumed = x.missing.filter((k) => k !== 'motivering');
  if (assumed.length) notes.push(`${name}: niet in de koppeling, standaard aangenomen zoals in Controle: ${assumed.join(', ')}.`);
  return { model: { id: MAPPED_MODEL, name, sheet: m.sheet, refs, notes } };
}

/** Does the workbook hold any GREX_W_ name? Names only: a workbook without a mapping is not read further. */
async function hasMappingNames(run: ExcelRun): Promise<boolean> {
  return run(async (ctx) => {
    const names = ctx.workbook.names;
    names.load('items/name');
    await ctx.sync();
    return names.items.some((n) => n.name.toUpperCase().startsWith(NAME_PREFIX));
  });
}

function surveyOf(wb: Workbook): Survey {
  const broken = (why: string) => ({
    models: [],
    leftOut: [`Het eigen rekenmodel staat niet in de portefeuille: ${why} Controleer de koppeling in Controle.`],
  });
  let m: Mapping | undefined;
  try {
    m = mappingFromNames(wb);
  } catch (e) {
    if (e instanceof MappingError) return broken(`de koppeling is niet te lezen: ${e.message}`);
    throw e;
  }
  if (!m) return broken(`de koppeling mist de rij met jaartallen (${NAME_PREFIX}JAREN).`);
  const b = mappedComplex(wb, m);
  return 'model' in b ? { models: [b.model], leftOut: [] } : { models: [], leftOut: [b.leftOut] };
}

/** The mapped model of the workbook (at most one: the mapping stored in the GREX_W_ names). */
export const MAPPED_MODELS: ModelSource = {
  async survey(run) {
    if (!(await hasMappingNames(run))) return { models: [], leftOut: [] };
    return surveyOf(await readWorkbookModel(run));
  },
  async list(run) {
    return (await this.survey!(run)).models;
  },
  async snapshot(run, id) {
    if (id !== MAPPED_MODEL || !(await hasMappingNames(run))) return undefined;
    const wb = await readWorkbookModel(run);
    const m = mappingFromNames(wb);
    if (!m) return undefined;
    const x = extract(wb, m);
    return frozen(MAPPED_MODEL, m.sheet, mappedInputs(x, reconcile(x).conventions));
  },
};
