/**
 * GREX.MENGOPTIES as a table: the programme without options, each option
 * alone (land saved, allowed or not and why), and the best combination of the
 * allowed options; for every choice the total claim, whether it fits in the
 * available area, the land for work functions and the room left for work,
 * and the land value when values per function are given.
 *
 *   ruimtewinst            = claim without options − claim of the choice
 *   past                   = claim of the choice ≤ beschikbaar_oppervlak
 *   grond voor werken      = Σ claims of the functions with categorie werken
 *   ruimte over voor werken = beschikbaar_oppervlak − (claim − grond voor werken)
 *                            (what the other functions leave for work; negative = they alone do not fit)
 * Model and search: combination.ts; admissibility: options.ts.
 */
import { dec, type Dec, type DecInput } from '../numeric';
import type { Cells } from './cells';
import { barcodeClaim } from './claim';
import { applyOptions, bestCombination, type ChoiceClaim } from './combination';
import { landValue, parseLandValues, type LandValue } from './landvalue';
import { BC_LABEL, BC_NOTE, BC_REASON } from './messages';
import { parseNorms, type Norm } from './norms';
import { parseOptions, type MixOption } from './options';
import { parseProgramme } from './programme';

export interface ChoiceFigures {
  total: Dec;
  werken: Dec;
  ruimteWerken: Dec;
  fits: boolean;
  value?: Dec;
}

/** The figures of one choice (see the module comment for the formulas). */
export function choiceFigures(
  claim: ChoiceClaim,
  norms: readonly Norm[],
  beschikbaar: Dec,
  values?: readonly (LandValue | undefined)[],
  aantallen: readonly Dec[] = [],
): ChoiceFigures {
  let werken = dec(0);
  norms.forEach((n, i) => {
    if (n.categorie === 'werken') werken = werken.plus(claim.claims[i]);
  });
  return {
    total: claim.total,
    werken,
    ruimteWerken: beschikbaar.minus(claim.total.minus(werken)),
    fits: claim.total.lessThanOrEqualTo(beschikbaar),
    value: values ? landValue(values, claim.claims, aantallen) : undefined,
  };
}

/** Plinth notes: mixed land larger than the housing land it goes into. */
function plinthNotes(claim: ChoiceClaim): string[] {
  const notes: string[] = [];
  for (const [h, moved] of claim.mixedInto) {
    if (moved.greaterThan(claim.claims[h])) notes.push(BC_REASON.plint(moved.toNumber(), claim.claims[h].toNumber()));
  }
  return notes;
}

export interface MengoptiesResult {
  norms: Norm[];
  options: MixOption[];
  base: ChoiceFigures;
  single: { option: MixOption; claim: ChoiceClaim; figures: ChoiceFigures }[];
  best: { options: MixOption[]; claim: ChoiceClaim; figures: ChoiceFigures; method: 'exhaustief' | 'heuristiek'; searched: number; allowedCount: number };
}

export function mengopties(programmaCells: Cells, normenCells: Cells, beschikbaar: DecInput, optiesCells?: Cells, grondwaardenCells?: Cells): MengoptiesResult {
  const norms = parseNorms(normenCells);
  const programme = parseProgramme(programmaCells, norms);
  const options = parseOptions(optiesCells, norms);
  const values = parseLandValues(grondwaardenCells, norms);
  const b = barcodeClaim(programme, norms);
  const baseClaims = b.lines.map((l) => l.claim);
  const aantallen = b.lines.map((l) => l.aantal);
  const area = dec(beschikbaar);
  const fig = (c: ChoiceClaim) => choiceFigures(c, norms, area, values, aantallen);
  const base = fig(applyOptions(baseClaims, []));
  const single = options.map((option) => {
    const claim = applyOptions(baseClaims, [option]);
    return { option, claim, figures: fig(claim) };
  });
  const found = bestCombination(baseClaims, options);
  return {
    norms,
    options,
    base,
    single,
    best: { ...found, figures: fig(found.claim), allowedCount: options.filter((o) => o.allowed).length },
  };
}

const yesNo = (b: boolean): string => (b ? BC_LABEL.ja : BC_LABEL.nee);

function fitsNote(f: ChoiceFigures, area: Dec): string {
  return f.fits ? BC_NOTE.fits(area.minus(f.total).toNumber()) : BC_NOTE.short(f.total.minus(area).toNumber());
}

/** The spill of GREX.MENGOPTIES (columns MENGOPTIES_COLUMNS). */
export function mengoptiesTable(
  programmaCells: Cells,
  normenCells: Cells,
  beschikbaar: DecInput,
  optiesCells?: Cells,
  grondwaardenCells?: Cells,
): (number | string)[][] {
  const r = mengopties(programmaCells, normenCells, beschikbaar, optiesCells, grondwaardenCells);
  const area = dec(beschikbaar);
  const row = (keuze: string, soort: string, allowed: boolean, f: ChoiceFigures, note: string): (number | string)[] => [
    keuze,
    soort,
    yesNo(allowed),
    r.base.total.minus(f.total).toNumber(),
    f.total.toNumber(),
    yesNo(f.fits),
    f.werken.toNumber(),
    f.ruimteWerken.toNumber(),
    f.value === undefined ? '' : f.value.toNumber(),
    note,
  ];
  const rows = [row(BC_LABEL.basis, BC_LABEL.basisSoort, true, r.base, fitsNote(r.base, area))];
  for (const s of r.single) {
    rows.push(row(s.option.naam, s.option.soort, s.option.allowed, s.figures, BC_NOTE.join([s.option.reason, ...plinthNotes(s.claim)])));
  }
  const n = r.best.allowedCount;
  const method = n === 0 ? BC_NOTE.noAllowed : r.best.method === 'exhaustief' ? BC_NOTE.exhaustive(n, r.best.searched) : BC_NOTE.heuristic(n);
  rows.push(
    row(
      BC_LABEL.beste(r.best.options.map((o) => o.naam)),
      BC_LABEL.besteSoort,
      true,
      r.best.figures,
      BC_NOTE.join([method, fitsNote(r.best.figures, area), ...plinthNotes(r.best.claim)]),
    ),
  );
  return rows;
}
