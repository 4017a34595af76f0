/**
 * The barcode claim: the land a growth programme claims per function.
 *
 *   claim_f  = aantal(eenheid_f) × norm_f            (m² grond)
 *   totaal   = Σ_f claim_f
 *   aandeel_f = claim_f / totaal                     (0 when totaal = 0)
 * A norm whose unit is not in the programme claims 0 and is flagged.
 * Source: the barcode as space norms per unit of growth (Utrecht, RSU 2040)
 * [V: https://www.denoordwester.com/strategie-utrecht-2040-meer-groen-en-water/];
 * the norm values are the user's table (docs/methode/barcode.md#normentabel).
 */
import { ZERO, sum, type Dec } from '../numeric';
import type { Cells } from './cells';
import { BC_LABEL, BC_NOTE } from './messages';
import { parseNorms, type Norm } from './norms';
import { parseProgramme, type ProgrammeLine } from './programme';

export interface ClaimLine {
  norm: Norm;
  /** The programme's number of units of this norm's unit (0 when absent). */
  aantal: Dec;
  inProgramme: boolean;
  claim: Dec;
}

export interface BarcodeClaim {
  lines: ClaimLine[];
  total: Dec;
}

/** claim_f = aantal × norm per function; total = Σ claim_f. */
export function barcodeClaim(programme: readonly ProgrammeLine[], norms: readonly Norm[]): BarcodeClaim {
  const lines = norms.map((norm) => {
    const p = programme.find((l) => l.unitKey === norm.unitKey);
    const aantal = p ? p.aantal : ZERO;
    return { norm, aantal, inProgramme: !!p, claim: aantal.times(norm.m2) };
  });
  return { lines, total: sum(lines.map((l) => l.claim)) };
}

/** Parse both ranges and compute the claim. */
export function barcodeOf(programmaCells: Cells, normenCells: Cells): BarcodeClaim {
  const norms = parseNorms(normenCells);
  return barcodeClaim(parseProgramme(programmaCells, norms), norms);
}

/** aandeel_f = claim_f / totaal, or 0 when nothing is claimed. */
export function share(claim: Dec, total: Dec): Dec {
  return total.isZero() ? ZERO : claim.div(total);
}

/**
 * The spill of GREX.BARCODE: one row per function (functie, ruimteclaim,
 * aandeel, eenheid, aantal, norm, categorie, bron, signalering) and a total row.
 */
export function barcodeTable(programmaCells: Cells, normenCells: Cells): (number | string)[][] {
  const b = barcodeOf(programmaCells, normenCells);
  const rows: (number | string)[][] = b.lines.map((l) => [
    l.norm.functie,
    l.claim.toNumber(),
    share(l.claim, b.total).toNumber(),
    l.norm.eenheid,
    l.aantal.toNumber(),
    l.norm.m2.toNumber(),
    l.norm.categorie ?? '',
    l.norm.bron ?? '',
    l.inProgramme ? '' : BC_NOTE.unitMissing(l.norm.eenheid),
  ]);
  rows.push([BC_LABEL.totaal, b.total.toNumber(), b.total.isZero() ? 0 : 1, '', '', '', '', '', b.total.isZero() ? BC_NOTE.totalZero : '']);
  return rows;
}
