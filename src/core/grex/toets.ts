/**
 * GREX.BBV.TOETS: the BBV checks on the parameters of a grondexploitatie
 * (docs/methode/tijdwaarde-bbv.md#bbv-toets). One finding per rule that is not met; each
 * finding names the rule and its source (texts in messages.ts):
 *
 *  1. looptijd = eindjaar − startjaar + 1 > 10 without motivering
 *     [V-ind: 's-Hertogenbosch begroting 2018];
 *  2. disconteringsvoet ≠ 2% [V-ind: Scobe 2024, Gorinchem 2022];
 *  3. rente > 0 while vreemd vermogen = 0 (only when vreemd vermogen is given)
 *     [V-ind: Koggenland begroting 2020];
 *  4. revenue indexation continuing after year 10 on a looptijd > 10 (only
 *     when the user says so) [V-ind: 's-Hertogenbosch begroting 2018].
 * An empty list means no findings. eindjaar before startjaar (a negative
 * looptijd) is bad input.
 * The 10-year rule is about the complex ("de looptijd per grondexploitatiecomplex"),
 * not about one herziening: with an `openingsjaar` the looptijd counts from the
 * opening of the complex, otherwise from the startjaar; the finding says which.
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
  /** Year the complex was opened (its first grondexploitatie); undefined = count from the startjaar. */
  openingsjaar?: number;
}

/** Number of years from 1-1-startjaar to 31-12-eindjaar. */
export function looptijd(startjaar: number, eindjaar: number): number {
  if (eindjaar < startjaar) throw invalid('eindjaar', GMSG.notBefore('startjaar', String(startjaar)), eindjaar);
  return eindjaar - startjaar + 1;
}

export function bbvToets(x: ToetsInput): string[] {
  looptijd(x.startjaar, x.eindjaar);
  if (x.openingsjaar !== undefined && x.openingsjaar > x.startjaar) {
    throw invalid('openingsjaar', GMSG.notAfter('startjaar', String(x.startjaar)), x.openingsjaar);
  }
  const from = x.openingsjaar ?? x.startjaar;
  const herziening = x.openingsjaar === undefined ? undefined : x.startjaar;
  const jaren = looptijd(from, x.eindjaar);
  const out: string[] = [];
  const lang = jaren > BBV_MAX_LOOPTIJD;
  if (lang && !(x.motivering ?? '').trim()) out.push(FINDING.looptijd(from, x.eindjaar, jaren, herziening));
  const d = dec(x.disconteringsvoet);
  if (!d.eq(BBV_DISCOUNT_RATE)) out.push(FINDING.disconteringsvoet(pct(d.times(100))));
  const r = dec(x.rente);
  if (x.vreemdVermogen !== undefined && dec(x.vreemdVermogen).isZero() && r.gt(0)) out.push(FINDING.renteZonderVreemdVermogen(pct(r.times(100))));
  if (lang && x.opbrengstenindexNa10Jaar === true)
    out.push(herziening === undefined ? FINDING.opbrengstenindex(jaren) : FINDING.opbrengstenindex(jaren, from, herziening));
  return out;
}
