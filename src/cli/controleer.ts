/**
 * `grex controleer <werkmap.xlsx> [--json] [--mapping bestand.json]`: the
 * review of a hand-built grondexploitatie (recognition or the given mapping,
 * reconciliation, formula checks) as Dutch text or as JSON.
 * Exit status: 0 without findings, 3 with findings, 1 for bad use, 2 when the
 * file cannot be read.
 */
import * as fs from 'fs';
import { readXlsx } from './xlsx-host';
import { review, formatReport, Report } from '../workbook/report';
import { MappingError, mappingFromRecord } from '../workbook/names';
import type { Io } from './grex';

export const CONTROLEER_USAGE = 'grex controleer <werkmap.xlsx> [--json] [--mapping koppeling.json]';

/** The report rounded to cents for print; the JSON keeps full precision. */
export async function controleer(args: readonly string[], io: Io): Promise<number> {
  let json = false;
  let mappingFile: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') json = true;
    else if (a === '--mapping') {
      mappingFile = args[++i];
      if (!mappingFile) {
        io.err(`--mapping verwacht een bestand, bijvoorbeeld --mapping koppeling.json.\nGebruik: ${CONTROLEER_USAGE}`);
        return 1;
      }
    } else if (a.startsWith('--')) {
      io.err(`Onbekende optie ${a}.\nGebruik: ${CONTROLEER_USAGE}`);
      return 1;
    } else files.push(a);
  }
  if (files.length !== 1) {
    io.err(`grex controleer verwacht precies één werkmap (.xlsx).\nGebruik: ${CONTROLEER_USAGE}`);
    return 1;
  }
  const file = files[0];
  if (!fs.existsSync(file)) {
    io.err(`De werkmap ${file} bestaat niet.`);
    return 2;
  }
  let wb;
  try {
    wb = await readXlsx(file);
  } catch (e) {
    io.err(`De werkmap ${file} kan niet worden gelezen als .xlsx: ${(e as Error).message}`);
    return 2;
  }
  let report: Report;
  try {
    if (mappingFile) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(fs.readFileSync(mappingFile, 'utf8'));
      } catch (e) {
        io.err(`Het koppelingsbestand ${mappingFile} is geen geldige JSON: ${(e as Error).message}`);
        return 1;
      }
      const list = Array.isArray(parsed) ? parsed : [parsed];
      report = review(wb, { mappings: list.map((rec) => mappingFromRecord(wb, rec as Record<string, unknown>)) });
    } else report = review(wb);
  } catch (e) {
    if (e instanceof MappingError) {
      io.err(`Koppeling: ${e.message}`);
      return 1;
    }
    throw e;
  }
  io.out(json ? JSON.stringify(report, null, 2) : formatReport(report, file));
  return report.findings.length > 0 ? 3 : 0;
}
