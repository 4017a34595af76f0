/**
 * Errors from the Excel API (OfficeExtension.Error: a `code` and an English
 * message) shown in Dutch, with what the user can do next.
 */
import { Cancelled, Refusal } from './host';

export interface DutchError {
  message: string;
  /** What to do next. */
  action: string;
}

const BY_CODE: Record<string, DutchError> = {
  InvalidOperationInCellEditMode: {
    message: 'Excel is bezig met het bewerken van een cel.',
    action: 'Druk op Enter of Esc in de cel en probeer het opnieuw.',
  },
  AccessDenied: {
    message: 'Excel staat deze wijziging niet toe.',
    action: 'Controleer of het werkblad of de werkmap is beveiligd (Controleren > Beveiliging opheffen) of alleen-lezen is geopend.',
  },
  ItemNotFound: {
    message: 'Een blad, naam of cel bestaat niet (meer).',
    action: 'Misschien is een blad hernoemd of verwijderd. Vernieuw de lijst en probeer het opnieuw.',
  },
  ItemAlreadyExists: {
    message: 'Er bestaat al een blad, tabel of naam met deze naam.',
    action: 'Probeer het opnieuw; GREX kiest dan een nieuwe, unieke naam.',
  },
  InvalidArgument: {
    message: 'Excel weigerde een waarde of instelling.',
    action: 'Controleer de invoer in het formulier. Blijft het misgaan, meld het dan met de tekst hieronder.',
  },
  InvalidReference: {
    message: 'Een celverwijzing is ongeldig.',
    action: 'Kies een andere plek of schrijf naar een nieuw blad.',
  },
  InvalidOperation: {
    message: 'Excel kan deze handeling nu niet uitvoeren.',
    action: 'Sluit geopende dialoogvensters, verlaat de celbewerking en probeer het opnieuw.',
  },
  InsertDeleteConflict: {
    message: 'De wijziging botst met een tabel of samengevoegde cellen.',
    action: 'Kies een lege plek zonder tabellen of samengevoegde cellen, of schrijf naar een nieuw blad.',
  },
  UnsupportedOperation: {
    message: 'Deze Excel-versie ondersteunt deze handeling niet.',
    action: 'Werk Excel bij of gebruik Excel voor het web.',
  },
  ApiNotFound: {
    message: 'Deze Excel-versie mist een functie die GREX nodig heeft.',
    action: 'Werk Excel bij naar een recente versie (Microsoft 365) of gebruik Excel voor het web.',
  },
  GeneralException: {
    message: 'Excel meldde een algemene fout.',
    action: 'Sla uw werk op en probeer het opnieuw. Helpt dat niet, herstart Excel.',
  },
  RequestPayloadSizeLimitExceeded: {
    message: 'Het blad is te groot om in één keer te verwerken.',
    action: 'Kies minder bladen tegelijk of een kleiner bereik.',
  },
  ResponsePayloadSizeLimitExceeded: {
    message: 'Het blad is te groot om in één keer te lezen.',
    action: 'Kies minder bladen tegelijk.',
  },
  RequestAborted: {
    message: 'Excel heeft de handeling afgebroken.',
    action: 'Probeer het opnieuw.',
  },
  Conflict: {
    message: 'Iemand anders wijzigde de werkmap tegelijkertijd.',
    action: 'Wacht even en probeer het opnieuw.',
  },
  FormulaLengthExceedsLimit: {
    message: 'Een formule is te lang voor Excel.',
    action: 'Kies een kortere looptijd of minder posten.',
  },
};

/** A Dutch message and next step for anything thrown by an Excel batch. */
export function toDutchError(e: unknown): DutchError {
  if (e instanceof Cancelled) return { message: 'Geannuleerd.', action: 'Wat al klaar was, is bewaard; er is niets half overschreven.' };
  if (e instanceof Refusal) return { message: e.message, action: '' };
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  const known = BY_CODE[code];
  if (known) return known;
  const detail = e instanceof Error ? e.message : String(e);
  return {
    message: `Er ging iets mis in de verbinding met Excel${code ? ` (${code})` : ''}: ${detail}`,
    action: 'Probeer het opnieuw. Blijft het misgaan, sla dan uw werk op en herstart Excel.',
  };
}
