/**
 * The published presentation of a herziening (as in Almere's MPGA
 * per-complex pages): totale kosten, totale opbrengsten and
 * faseringsinvloeden, old and new, with their differences.
 *
 *   totale kosten      = beginboekwaarde + Σ kosten      (prijspeil, without index and rente)
 *   totale opbrengsten = Σ opbrengsten                   (idem)
 *   faseringsinvloeden = EW − (totale opbrengsten − totale kosten)
 *                      = the effect of indexation and rente over the years
 *   so, by construction:  EW = totale opbrengsten − totale kosten + faseringsinvloeden
 *
 * Differences are resultaateffecten (positive = voordelig): for the costs
 * oud − nieuw, for the other lines nieuw − oud; so
 *   ΔEW = Δ opbrengsten + Δ kosten + Δ faseringsinvloeden   (each as resultaateffect).
 * Source of the layout and the identities: Almere MPGA 2021–2024
 * verschillenanalyse pages (see docs/methode/mpg.md).
 */
import type { Dec } from '../numeric';
import { dec } from '../numeric';
import { grexValues } from './evaluate';
import type { Vintage } from './vintage';

export const PRESENTATION_LABELS = ['Totale kosten', 'Totale opbrengsten', 'Faseringsinvloeden', 'Eindwaarde', 'NCW'] as const;

export interface PresentationLine {
  label: (typeof PRESENTATION_LABELS)[number];
  oud: Dec;
  nieuw: Dec;
  /** Resultaateffect: positive = voordelig. */
  verschil: Dec;
}

function totals(v: Vintage): Dec[] {
  const r = grexValues(v, v.disconteringsvoet);
  const kosten = dec(v.beginboekwaarde).plus(v.kosten.total());
  const opbrengsten = v.opbrengsten.total();
  return [kosten, opbrengsten, r.eindwaarde.minus(opbrengsten.minus(kosten)), r.eindwaarde, r.ncw];
}

export function presentation(oud: Vintage, nieuw: Vintage): PresentationLine[] {
  const o = totals(oud);
  const n = totals(nieuw);
  return PRESENTATION_LABELS.map((label, i) => ({
    label,
    oud: o[i],
    nieuw: n[i],
    verschil: i === 0 ? o[i].minus(n[i]) : n[i].minus(o[i]),
  }));
}
