/**
 * Balance of demand and supply of werklocaties per segment (milieucategorie,
 * werkmilieu or any grouping the user's rows follow), in hectares:
 *
 *   zacht_i      = zachte plancapaciteit_i × realisatiekans_i
 *   schuif_i     = vraag_i × schuifruimte_i
 *   saldo_i      = hard_i + zacht_i + intensivering_i − transformatie_i − vraag_i − schuif_i
 *   Totaal       = Σ over the segments, column by column (saldo included)
 *
 * Supply follows the IBIS definitions: nog uitgeefbaar = netto − reeds
 * uitgegeven [V: https://www.ibis-bedrijventerreinen.nl/content/bruto-netto-en-reeds-uitgegeven-oppervlak].
 * Hard versus soft plan capacity is an expert judgement
 * [V: https://github.com/ObjectVision/RSopen/wiki/Plancapaciteit]; the
 * realisatiekans and the schuifruimte fraction have no sourced norm [R].
 * The arithmetic is decimal (numeric.ts), so the Totaal row equals the sum
 * of the segment rows exactly.
 */
import { dec, type Dec, type DecInput, ZERO } from '../numeric';

export interface SegmentInput {
  label: string;
  vraag: DecInput;
  hard: DecInput;
  zacht: DecInput;
  realisatiekans: DecInput;
  schuifruimte: DecInput;
  transformatie: DecInput;
  intensivering: DecInput;
}

export interface SegmentBalance {
  label: string;
  vraag: Dec;
  hard: Dec;
  zachtGewogen: Dec;
  schuifruimte: Dec;
  transformatie: Dec;
  intensivering: Dec;
  saldo: Dec;
}

export const BALANS_COLUMNS = [
  'segment',
  'vraag',
  'harde plancapaciteit',
  'zachte plancapaciteit × kans',
  'schuifruimte',
  'transformatie',
  'intensivering',
  'saldo',
] as const;

export function segmentBalance(s: SegmentInput): SegmentBalance {
  const vraag = dec(s.vraag);
  const hard = dec(s.hard);
  const zachtGewogen = dec(s.zacht).times(dec(s.realisatiekans));
  const schuifruimte = vraag.times(dec(s.schuifruimte));
  const transformatie = dec(s.transformatie);
  const intensivering = dec(s.intensivering);
  const saldo = hard.plus(zachtGewogen).plus(intensivering).minus(transformatie).minus(vraag).minus(schuifruimte);
  return { label: s.label, vraag, hard, zachtGewogen, schuifruimte, transformatie, intensivering, saldo };
}

/** The segment rows followed by a `Totaal` row that sums every column. */
export function werklocatiesBalans(segments: readonly SegmentInput[], totaalLabel: string): SegmentBalance[] {
  const rows = segments.map(segmentBalance);
  const total = (k: Exclude<keyof SegmentBalance, 'label'>) => rows.reduce((s, r) => s.plus(r[k]), ZERO);
  return [
    ...rows,
    {
      label: totaalLabel,
      vraag: total('vraag'),
      hard: total('hard'),
      zachtGewogen: total('zachtGewogen'),
      schuifruimte: total('schuifruimte'),
      transformatie: total('transformatie'),
      intensivering: total('intensivering'),
      saldo: total('saldo'),
    },
  ];
}

/**
 * Demand by the terreinquotiënt method: hectares = Δbanen × m² per baan / 10 000.
 * The method is explained by PBL, which also found no stable linear relation
 * between jobs and land use on industrial sites
 * [V: https://www.pbl.nl/publicaties/nl-the-long-term-relationship-between-land-use-and-employment-on-industrial-sites-in-the-netherlands].
 */
export function vraagUitBanen(banengroei: DecInput, m2PerBaan: DecInput): Dec {
  return dec(banengroei).times(dec(m2PerBaan)).div(10_000);
}

/** Space gained by intensification: areaal × ruimtewinst (e.g. Utrecht 20–30% of about 340 ha). */
export function ruimtewinst(areaal: DecInput, percentage: DecInput): Dec {
  return dec(areaal).times(dec(percentage));
}
