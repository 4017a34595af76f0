/**
 * Compensation check per segment: does the work land that is transformed
 * ("weg") come back elsewhere ("erbij"), so that the area for work stays at
 * least equal?
 *
 *   vereist_i  = weg_i × factor
 *   verschil_i = erbij_i − vereist_i        ≥ 0: gecompenseerd, < 0: tekort
 *   Totaal     = Σ per column; its verdict is "gecompenseerd" only when every
 *                segment is (a surplus in one segment does not make up for a
 *                shortfall in another)
 *
 * Zuid-Holland requires a motivation of regional compensation when
 * watergebonden or HMC terrain (milieucategorie 3 or higher) is transformed
 * [V-ind: https://www.stedplan.nl/project/compensatieplan-transformatie-bedrijventerreinen/];
 * the MRDH rekenmethodiek for compensation was not found published, so the
 * factor (1 = one hectare back per hectare lost) is a parameter [R].
 */
import { dec, type Dec, type DecInput, ZERO } from '../numeric';

export interface CompensationInput {
  label: string;
  weg: DecInput;
  erbij: DecInput;
}

export interface CompensationRow {
  label: string;
  weg: Dec;
  vereist: Dec;
  erbij: Dec;
  verschil: Dec;
  gecompenseerd: boolean;
}

export const COMPENSATIE_COLUMNS = ['segment', 'weg', 'vereist', 'erbij', 'verschil', 'oordeel'] as const;

export function compensatie(rows: readonly CompensationInput[], factor: DecInput, totaalLabel: string): CompensationRow[] {
  const f = dec(factor);
  const out = rows.map((r): CompensationRow => {
    const weg = dec(r.weg);
    const erbij = dec(r.erbij);
    const vereist = weg.times(f);
    const verschil = erbij.minus(vereist);
    return { label: r.label, weg, vereist, erbij, verschil, gecompenseerd: verschil.gte(0) };
  });
  const sum = (k: 'weg' | 'vereist' | 'erbij' | 'verschil') => out.reduce((s, r) => s.plus(r[k]), ZERO);
  return [
    ...out,
    {
      label: totaalLabel,
      weg: sum('weg'),
      vereist: sum('vereist'),
      erbij: sum('erbij'),
      verschil: sum('verschil'),
      gecompenseerd: out.every((r) => r.gecompenseerd),
    },
  ];
}
