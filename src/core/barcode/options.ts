/**
 * Mixing, stacking and combining options (docs/methode/barcode.md#mengopties) and whether
 * each is allowed.
 *
 * The options range, one option per row:
 *   1 naam                    text (blank: "optie n")
 *   2 soort                   stapelen | combineren | mengen
 *   3 functie                 a function of the norm table: the one stacked, the first of the pair
 *                             combined, or the work function put in the plinth of housing
 *   4 factor                  stapelen: lagen n ≥ 1 (relative to the norm);
 *                             combineren: the share 0 … 1 of the smaller claim that is shared;
 *                             mengen: the share 0 … 1 of the work function's land that moves into the plinth
 *   5 met_functie             combineren: the second function; mengen: the housing function
 *                             (blank: the only function with categorie wonen)
 *   6 bouwkundig_gescheiden   mengen: WAAR when the work is structurally separated from the homes
 *   7 afstand                 mengen: distance to the nearest home in metres (for a milieucategorie)
 *   8 gebiedstype             mengen: RUSTIG (default) or GEMENGD, for the richtafstand
 * A first row with text in column 4 is a header and is skipped.
 *
 * Admissibility:
 *   stapelen   allowed when lagen ≤ "stapelbaar tot" of the function (blank = 1)        [GREX rule on the user's table]
 *   combineren always allowed: no verified rule exists; the municipality motivates it   [GREX]
 *   mengen     the housing function must have categorie wonen and the mixed one not; then
 *              functiemengingscategorie A: allowed (aanpandig aan woningen)            [V: Zwolle bijlage 3]
 *              B: allowed only when bouwkundig gescheiden                             [V: idem]
 *              C: refused next to housing (only along hoofdinfrastructuur)              [R]
 *              milieucategorie: allowed when afstand ≥ richtafstand(cat, gebiedstype)  [docs/methode/barcode.md#richtafstanden]
 *              no category: refused (cannot be checked)                               [GREX, conservative]
 */
import type { Dec } from '../numeric';
import {
  badCell,
  bodyRows,
  boolCell,
  isBlankCell,
  nonNegativeCell,
  notOneOf,
  optNumberCell,
  optTextCell,
  textCell,
  type At,
  type Cells,
  type CellValue,
} from './cells';
import type { MengCategorie } from './categories';
import { BC_LABEL, BC_MSG, BC_REASON } from './messages';
import { findNorm, type Norm } from './norms';
import { GEBIEDSTYPEN, richtafstand, type Gebiedstype } from './richtafstand';

export const OPTION_KINDS = ['stapelen', 'combineren', 'mengen'] as const;
export type OptionKind = (typeof OPTION_KINDS)[number];

export interface MixOption {
  /** Position among the options (0-based), for ordering and ties. */
  index: number;
  row: number;
  naam: string;
  soort: OptionKind;
  /** Index of `functie` in the norm table. */
  functie: number;
  /** Index of `met_functie` in the norm table (combineren, mengen). */
  met?: number;
  /** Lagen (stapelen) or share 0 … 1 (combineren, mengen). */
  factor: Dec;
  allowed: boolean;
  reason: string;
}

export const OPTIONS_PARAM = 'opties';

function normIndex(norms: readonly Norm[], name: string, at: At, what: string): number {
  const n = findNorm(norms, name);
  if (!n) badCell(at, BC_MSG.unknownFunction(what), name);
  return norms.indexOf(n);
}

/**
 * May this work function go into the plinth of housing? Returns the verdict
 * and the Dutch reason (see the module comment for the rules and sources).
 */
export function mixingVerdict(
  cat: MengCategorie | undefined,
  gescheiden: boolean,
  afstand: Dec | undefined,
  gebied: Gebiedstype,
): { allowed: boolean; reason: string } {
  if (!cat) return { allowed: false, reason: BC_REASON.mengenGeenCategorie };
  if (cat.kind === 'functiemenging') {
    if (cat.cat === 'A') return { allowed: true, reason: BC_REASON.fmA };
    if (cat.cat === 'B') return gescheiden ? { allowed: true, reason: BC_REASON.fmBGescheiden } : { allowed: false, reason: BC_REASON.fmBNiet };
    return { allowed: false, reason: BC_REASON.fmC };
  }
  const richt = richtafstand(cat.cat, gebied);
  const label = gebied === 'GEMENGD' ? 'gemengd gebied' : 'rustige woonwijk';
  if (afstand === undefined) {
    return richt === 0
      ? { allowed: true, reason: BC_REASON.milieuNul(cat.cat, label) }
      : { allowed: false, reason: BC_REASON.milieuGeenAfstand(cat.cat, richt, label) };
  }
  const d = afstand.toNumber();
  return afstand.greaterThanOrEqualTo(richt)
    ? { allowed: true, reason: BC_REASON.milieuOk(cat.cat, d, richt, label) }
    : { allowed: false, reason: BC_REASON.milieuTeDichtbij(cat.cat, d, richt, label) };
}

function fraction(c: CellValue, at: At): Dec {
  const d = nonNegativeCell(c, at, 'factor (aandeel)');
  if (d.greaterThan(1)) badCell(at, BC_MSG.fraction('factor (aandeel)'), c);
  return d;
}

/** Parse the options and judge each one against the norms. */
export function parseOptions(cells: Cells | undefined, norms: readonly Norm[], param = OPTIONS_PARAM): MixOption[] {
  if (!cells) return [];
  const out: MixOption[] = [];
  for (const { r, at } of bodyRows(cells, 3, param)) {
    const index = out.length;
    const naam = optTextCell(r[0], at, 'naam') ?? BC_LABEL.optie(index + 1);
    const soortText = textCell(r[1], at, 'soort').toLowerCase();
    const soort = OPTION_KINDS.find((k) => k === soortText);
    if (!soort) return notOneOf(at, 'soort', OPTION_KINDS, r[1]);
    const functie = normIndex(norms, textCell(r[2], at, 'functie'), at, 'functie');
    const f = norms[functie];
    if (soort === 'stapelen') {
      const lagen = optNumberCell(r[3], at, 'factor (lagen)');
      if (lagen === undefined) badCell(at, BC_MSG.missingNumber('factor (lagen)'));
      if (lagen.lessThan(1)) badCell(at, BC_MSG.atLeastOne('factor (lagen)'), r[3]);
      const ok = lagen.lessThanOrEqualTo(f.stapelbaar);
      const reason = ok ? BC_REASON.stapelenOk(lagen.toNumber(), f.stapelbaar.toNumber()) : BC_REASON.stapelenTeHoog(lagen.toNumber(), f.stapelbaar.toNumber());
      out.push({ index, row: at.row, naam, soort, functie, factor: lagen, allowed: ok, reason });
      continue;
    }
    const factor = fraction(r[3], at);
    if (soort === 'combineren') {
      const met = normIndex(norms, textCell(r[4], at, 'met_functie'), at, 'met_functie');
      if (met === functie) badCell(at, BC_MSG.sameFunction, r[4]);
      out.push({ index, row: at.row, naam, soort, functie, met, factor, allowed: true, reason: BC_REASON.combineren });
      continue;
    }
    // mengen
    let met: number;
    const metText = optTextCell(r[4], at, 'met_functie');
    if (metText !== undefined) {
      met = normIndex(norms, metText, at, 'met_functie');
    } else {
      const wonen = norms.filter((n) => n.categorie === 'wonen');
      if (wonen.length !== 1) badCell(at, BC_MSG.noHousingTarget(wonen.length));
      met = norms.indexOf(wonen[0]);
    }
    if (met === functie) badCell(at, BC_MSG.sameFunction, r[4]);
    const gescheiden = boolCell(r[5], at, 'bouwkundig_gescheiden');
    const afstand = isBlankCell(r[6]) ? undefined : nonNegativeCell(r[6], at, 'afstand');
    const gebiedText = optTextCell(r[7], at, 'gebiedstype');
    const gebied = gebiedText === undefined ? 'RUSTIG' : GEBIEDSTYPEN.find((g) => g === gebiedText.toUpperCase());
    if (!gebied) return notOneOf(at, 'gebiedstype', GEBIEDSTYPEN, r[7]);
    let verdict: { allowed: boolean; reason: string };
    if (norms[met].categorie !== 'wonen') verdict = { allowed: false, reason: BC_REASON.mengenGeenWonen };
    else if (f.categorie === 'wonen') verdict = { allowed: false, reason: BC_REASON.mengenZelfWonen };
    else verdict = mixingVerdict(f.meng, gescheiden, afstand, gebied);
    out.push({ index, row: at.row, naam, soort, functie, met, factor, ...verdict });
  }
  return out;
}

/** The functions an option changes, for conflicts: the stacked/mixed function, or both of a pair. */
function touched(o: MixOption): number[] {
  return o.soort === 'combineren' ? [o.functie, o.met as number] : [o.functie];
}

/**
 * Two options exclude each other when they are of the same kind and touch the
 * same function (two stackings of one function, two mixings of one work
 * function, two sharings involving one function): they are alternatives, and
 * a combination holds at most one of them. This keeps every combination
 * well defined and guarantees that adding an option never adds land.
 */
export function conflicts(a: MixOption, b: MixOption): boolean {
  if (a.soort !== b.soort) return false;
  const tb = touched(b);
  return touched(a).some((f) => tb.includes(f));
}
