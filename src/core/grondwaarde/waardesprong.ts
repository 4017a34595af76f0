/**
 * Land-value uplift (waardesprong) and net planning gain (planbaten).
 *
 *   bruto = V_na − V_voor
 *   netto = bruto − grondproductiekosten
 *
 * Source: none (definitions without a primary source → [R], docs/methode/grondwaarde.md#waardesprong). V_voor is the
 * inbrengwaarde basis the user chooses; under onteigeningsrecht the werkelijke waarde
 * includes reële verwachtingswaarde [V: https://teamadvocaten.nl/teamadvocaten/bepalen-waarde-van-onteigende-zaak/].
 * The same difference per location is the waardevermeerdering that caps kostenverhaal
 * zonder tijdvak (Ow 13.15) [V: https://rechtspraakbestuursrecht.nl/artikel-13-15-ow-kostenverhaal-zonder-tijdvak-in-omgevingsplan/].
 */
import { dec, type Dec, type DecInput } from '../numeric';

export interface Uplift {
  bruto: Dec;
  netto: Dec;
}

/** bruto = V_na − V_voor; netto = bruto − grondproductiekosten ([R], docs/methode/grondwaarde.md#waardesprong). */
export function valueUplift(waardeVoor: DecInput, waardeNa: DecInput, grondproductiekosten: DecInput): Uplift {
  const bruto = dec(waardeNa).minus(dec(waardeVoor));
  return { bruto, netto: bruto.minus(dec(grondproductiekosten)) };
}
