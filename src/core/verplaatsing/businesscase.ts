/**
 * The relocation business case of a gemeente or ROM (docs/methode/verplaatsing.md#businesscase):
 *
 *   kosten_t      = schadeloosstelling_t + eigen kosten_t (sloop, sanering,
 *                   bouwrijp maken, plankosten, nadeelcompensatie …)
 *   opbrengsten_t = opbrengst vrijkomende locatie na herbestemming_t
 *                   + opbrengst nieuwe locatie (verkoop)_t
 *                   + canon nieuwe locatie in erfpacht_t (canon-series.ts)
 *   OT            = NCW(kosten) − NCW(opbrengsten)  (onrendabele-top.ts)
 *   dekking       = waterfall of the contributions over max(0, OT_NCW) (waterfall.ts)
 *   fonds         = revolving-fund loan repaid from netto_t = opbrengsten_t − kosten_t
 *                   (revolving-fund.ts)
 *
 * Sources: the sequence is GREX's [besluit, docs/methode/verplaatsing.md#businesscase]; OT definition [R]
 * (docs/methode/verplaatsing.md#onrendabele-top), Dolderman figures [V]; funding by gemeente/provincie/ROM
 * [V: dordrecht-2018-dolderman, stadszaken-hmo].
 */
import { Dec, DecInput } from '../numeric';
import { YearlySeries, addSeries, subtractSeries } from '../series';
import { invalid } from '../errors';
import type { Timing } from '../timing';
import { onrendabeleTop, OnrendabeleTop } from './onrendabele-top';
import { fundingWaterfall, Waterfall } from './waterfall';
import { canonSeries, LeaseInput } from './canon-series';
import { revolvingFund, FundInput, FundSchedule } from './revolving-fund';
import { LABEL, VMSG } from './messages';
import type { Post } from './posts';

export interface BusinessCaseInput {
  disconteringsvoet: DecInput;
  startjaar: number;
  peiljaar: number;
  timing: Timing;
  schadeloosstelling: YearlySeries;
  kosten: YearlySeries;
  opbrengstOudeLocatie: YearlySeries;
  opbrengstNieuweLocatie: YearlySeries;
  erfpacht?: LeaseInput;
  bijdragen: readonly Post[];
  fonds?: FundInput;
}

export interface BusinessCase {
  kosten: YearlySeries;
  opbrengsten: YearlySeries;
  netto: YearlySeries;
  ot: OnrendabeleTop;
  dekking: Waterfall;
  fonds?: FundSchedule;
}

export function businessCase(x: BusinessCaseInput): BusinessCase {
  const revenueParts = [x.opbrengstOudeLocatie, x.opbrengstNieuweLocatie];
  if (x.erfpacht) {
    // the adapter checks it first, naming its parameter
    if (x.erfpacht.eersteJaar < x.startjaar) throw invalid('erfpacht: eerste jaar', VMSG.beforeStart(x.startjaar), x.erfpacht.eersteJaar);
    revenueParts.push(canonSeries(x.erfpacht));
  }
  const kosten = addSeries(x.schadeloosstelling, x.kosten);
  const opbrengsten = addSeries(...revenueParts);
  const netto = subtractSeries(opbrengsten, kosten);
  const ot = onrendabeleTop(x.disconteringsvoet, kosten, opbrengsten, x.peiljaar, x.timing);
  const dekking = fundingWaterfall(ot.ncw, x.bijdragen);
  const fonds = x.fonds ? revolvingFund(x.fonds, netto, x.startjaar) : undefined;
  return { kosten, opbrengsten, netto, ot, dekking, fonds };
}

export type Row = [string, Dec | number | string];

/** The labelled spill: OT, NCW of both sides, each contribution used, the rest, the fund. */
export function businessCaseRows(bc: BusinessCase): Row[] {
  const rows: Row[] = [
    [LABEL.otNcw, bc.ot.ncw],
    [LABEL.otNominaal, bc.ot.nominaal],
    [LABEL.ncwKosten, bc.ot.ncwKosten],
    [LABEL.ncwOpbrengsten, bc.ot.ncwOpbrengsten],
    ...bc.dekking.lines.map((l): Row => [LABEL.bijdrageGebruikt(l.label), l.used]),
    [LABEL.restantTekort, bc.dekking.restant],
  ];
  const f = bc.fonds;
  if (f) {
    rows.push(
      [LABEL.fondsLening, f.loan],
      [LABEL.fondsRente, f.interestTotal],
      [LABEL.fondsAflossing, f.repaidTotal],
      [LABEL.fondsRestschuld, f.balance],
      [LABEL.fondsTerugbetaald, f.repaidYear ?? (f.limitedBy === 'looptijd' ? LABEL.nietBinnenLooptijd(f.lastYear) : LABEL.nietBinnenHorizon(f.lastYear))],
    );
  }
  return rows;
}
