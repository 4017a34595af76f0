/**
 * Kostenverhaal zonder tijdvak (Ow 13.15): the contribution of a location is
 * the lowest of the costs allocated to it, the maximum per activiteit set in
 * the omgevingsplan, and the waardevermeerdering of the location caused by the
 * activity (13.15 lid 2 sub b):
 *
 *   bijdrage_i = max(0, min(toegerekend_i, maximum_i, waardevermeerdering_i))
 *
 * A negative waardevermeerdering (loss of value) gives 0: never a payment to the applicant.
 * Source [V]: https://rechtspraakbestuursrecht.nl/artikel-13-15-ow-kostenverhaal-zonder-tijdvak-in-omgevingsplan/
 * Tabel B (kavelkosten) is not recoverable without tijdvak [V: Scobe GrexManager interview] — the
 * user allocates only tabel A costs here (see kostensoorten.ts).
 */
import { dec, ZERO, type Dec, type DecInput } from '../numeric';
import { invalid } from '../errors';
import { described } from '../messages';
import { KV_MSG } from './messages';

/** One value for all locations, or one per location. */
function broadcast(name: string, xs: readonly DecInput[], n: number, other: string): Dec[] {
  if (xs.length === 1) return Array.from({ length: n }, () => dec(xs[0]));
  if (xs.length !== n) throw invalid(name, KV_MSG.oneOrSameLength(other, n), described(`${xs.length} waarden`));
  return xs.map(dec);
}

/** bijdrage_i = max(0, min(toegerekend_i, maximum_i, waardevermeerdering_i)) per location (Ow 13.15 [V]). */
export function contributionWithoutPeriod(
  toegerekendeKosten: readonly DecInput[],
  maximumPerActiviteit: readonly DecInput[],
  waardevermeerdering: readonly DecInput[],
): Dec[] {
  const n = toegerekendeKosten.length;
  const max = broadcast('maximum_per_activiteit', maximumPerActiviteit, n, 'toegerekende_kosten');
  const wv = broadcast('waardevermeerdering', waardevermeerdering, n, 'toegerekende_kosten');
  return toegerekendeKosten.map((k, i) => {
    const m = minOf(dec(k), max[i], wv[i]);
    return m.lt(0) ? ZERO : m;
  });
}

function minOf(...xs: Dec[]): Dec {
  return xs.reduce((a, b) => (b.lt(a) ? b : a));
}
