/**
 * The raadsversie in one action: check the originals, copy and freeze the
 * chosen sheets, compute the kernvariabelen and stress tests from the
 * grondexploitatie's named inputs, and write the kernvariabelen sheet.
 */
import { GrexError } from '../../core';
import type { ExcelRun } from '../excel/host';
import { Refusal } from '../excel/host';
import { writePlan } from '../excel/writer';
import { toDutchError } from '../excel/errors';
import { COPY_API, requireApi } from '../excel/requirements';
import type { Job } from '../state/job';
import { checkOriginals, freezeCopies, FreezeOptions } from './freeze';
import { readModel } from './ge-model';
import { MAPPED_MODEL, readMappedModel } from '../models/mapped-model';
import { MappingError } from '../../workbook/names';
import { kernPlan } from './kern-plan';
import { computeKern } from './stress';
import { splitSheet } from '../excel/address';

export interface RaadsversieRequest extends FreezeOptions {
  sheets: string[];
  /** Which grondexploitatie ("" = GE_…, "_2" = GE_…_2, "@werkmap" = the analyst's own model through its mapping), or undefined for none. */
  model?: string;
  /** Also copy the MPG sheets (portfolio MPG_…, herziening HZ_…) even when not chosen. Default true. */
  includeMpg?: boolean;
}

/** Sheets that hold an MPG portfolio or herziening (found through their names MPG_… and HZ_…). */
export async function mpgSheets(run: ExcelRun): Promise<string[]> {
  return run(async (ctx) => {
    const names = ctx.workbook.names;
    names.load('items/name,items/formula');
    await ctx.sync();
    const sheets = names.items.filter((n) => /^(MPG|HZ)_/i.test(n.name)).map((n) => splitSheet(String(n.formula).replace(/^=/, '')).sheet ?? '');
    return [...new Set(sheets.filter(Boolean))];
  });
}

export interface RaadsversieResult {
  copies: string[];
  kernSheet?: string;
  warnings: string[];
}

export async function makeRaadsversie(
  run: ExcelRun,
  request: RaadsversieRequest,
  job: Job,
  today = new Date().toISOString().slice(0, 10),
): Promise<RaadsversieResult> {
  const mpg = request.includeMpg === false ? [] : await mpgSheets(run);
  const req = { ...request, sheets: [...new Set([...request.sheets, ...mpg])] };
  if (!req.sheets.length && req.model === undefined) throw new Refusal('Kies ten minste één blad of een grondexploitatie.');
  if (req.sheets.length) requireApi(COPY_API, 'het kopiëren van bladen');
  job.setTotal(req.sheets.length + 3);
  job.step('Formules in de gekozen bladen controleren…');
  await checkOriginals(run, req.sheets, req);
  let kern: ReturnType<typeof computeKern> | undefined;
  let model: Awaited<ReturnType<typeof readModel>>;
  if (req.model !== undefined) {
    job.step('Kernvariabelen en stresstests berekenen…');
    const mapped = req.model === MAPPED_MODEL;
    try {
      model = mapped ? await readMappedModel(run) : await readModel(run, req.model);
    } catch (e) {
      if (e instanceof MappingError)
        throw new Refusal(`De koppeling van uw eigen model is niet (meer) te lezen: ${e.message} Controleer de koppeling in Controle.`);
      if (!(e instanceof GrexError)) throw e;
      throw new Refusal(
        `De invoer van de grondexploitatie is niet te lezen zoals GREX.RESULTAAT ` +
          `hem leest: ${e.message}. ${mapped ? 'Controleer de cellen van de koppeling (GREX_W_…).' : 'Controleer de benoemde cellen GE_….'}`,
      );
    }
    if (!model)
      throw new Refusal(
        mapped
          ? 'De koppeling van uw eigen model is niet (meer) gevonden: de namen GREX_W_… ontbreken. Leg de koppeling vast in Controle.'
          : 'De gekozen grondexploitatie is niet (meer) gevonden: de benoemde cellen GE_… ontbreken.',
      );
    try {
      kern = computeKern(model.inputs);
    } catch (e) {
      throw new Refusal(
        `De kernvariabelen konden niet worden berekend: ${e instanceof Error ? e.message : String(e)}. Controleer de invoer ` + `van de grondexploitatie.`,
      );
    }
  }
  const copies = await freezeCopies(run, req.sheets, req, job);
  const result: RaadsversieResult = { copies, warnings: [] };
  if (kern && model) {
    job.step('Blad met kernvariabelen schrijven…');
    let res: Awaited<ReturnType<typeof writePlan>>;
    try {
      res = await writePlan(run, kernPlan(model, kern, copies, today), 'newSheet');
    } catch (e) {
      if (!copies.length) throw e;
      const d = toDutchError(e);
      throw new Refusal(
        (
          `Het blad met kernvariabelen is niet geschreven: ${d.message} ${d.action} De vastgezette kopieën ${copies.join(', ')} ` +
          `zijn wel gemaakt; u kunt ze houden of verwijderen.`
        ).replace(/\s+/g, ' '),
      );
    }
    result.kernSheet = res.placement.sheet;
    result.warnings.push(...res.warnings);
  }
  job.finish('Raadsversie klaar.');
  return result;
}
