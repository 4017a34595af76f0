/**
 * GREX.BBV.TOETS: the BBV checks on the parameters of a grondexploitatie
 * (DECISIONS §3, Q4; issue 3). One finding per rule that is not met; each
 * finding names the rule and its source (texts in messages.ts):
 *
 *  1. looptijd = eindjaar − startjaar + 1 > 10 without motivering
 *     [V: 's-Hertogenbosch begroting 2018, REFERENCE §1.6];
 *  2. disconteringsvoet ≠ 2% [V-ind: Scobe 2024, Gorinchem 2022, REFERENCE §1.3];
 *  3. rente > 0 while vreemd vermogen = 0 (only when vreemd vermogen is given)
 *     [V: Koggenland begroting 2020, REFERENCE §1.4];
 *  4. revenue indexation continuing after year 10 on a looptijd > 10 (only
 *     when the user says so) [V: 's-Hertogenbosch begroting 2018, REFERENCE §1.5–1.6].
 * An empty list means no findings. eindjaar before startjaar (a negative
 * looptijd) is bad input.
 */
import { DecInput, dec } from '../numeric';
import { invalid } from '../errors';
import { FINDING, GMSG, pct } from './messages';

/** The BBV discount rate: 2% (ECB inflation target). */
export const BBV_DISCOUNT_RATE = '0.02';
/** Longest looptijd without motivering, in years. */
export const BBV_MAX_LOOPTIJD = 10;

export interface ToetsInput {
  startjaar: number;
  eindjaar: number;
  disconteringsvoet: DecInput;
  rente: DecInput;
  motivering?: string;
  vreemdVermogen?: DecInput;
  /** True when the revenues are still indexed after year 10; undefined = not stated. */
  opbrengstenindexNa10Jaar?: boolean;
}

/** Number of years from 1-1-startjaar to 31-12-eindjaar. */
export function looptijd(startjaar: number, eindjaar: number): number {
  if (eindjaar < startjaar) throw invalid('eindjaar', GMSG.notBefore('startjaar', String(startjaar)), eindjaar);
  return eindjaar - startjaar + 1;
}

export function bbvToets(x: ToetsInput): string[] {
  const jaren = looptijd(x.startjaar, x.eindjaar);
  const out: string[] = [];
  const lang = jaren > BBV_MAX_LOOPTIJD;
  if (lang && !(x.motivering ?? '').trim()) out.push(FINDING.looptijd(x.startjaar, x.eindjaar, jaren));
  const d = dec(x.disconteringsvoet);
  if (!d.eq(BBV_DISCOUNT_RATE)) out.push(FINDING.disconteringsvoet(pct(d.times(100))));
  const r = dec(x.rente);
  if (x.vreemdVermogen !== undefined && dec(x.vreemdVermogen).isZero() && r.gt(0)) out.push(FINDING.renteZonderVreemdVermogen(pct(r.times(100))));
  if (lang && x.opbrengstenindexNa10Jaar === true) out.push(FINDING.opbrengstenindex(jaren));
  return out;
}
