/**
 * All user-facing Dutch texts of the core and the adapters live here
 * (STYLE: "all user-facing error texts live in one file").
 */

/** A description of what was received ("4 waarden"), printed as is rather than quoted. */
export class Described {
  constructor(readonly text: string) {}
}
export const described = (text: string): Described => new Described(text);

/**
 * The one Dutch number formatter of messages: decimal comma, at most 15
 * significant digits (no binary noise such as 0,30000000000000004), Excel's
 * exponent notation for very large or small numbers (1,5E+21), and words for
 * what is not a number. A message never shows "Infinity", "NaN" or "e+".
 */
export function formatNumber(x: number): string {
  if (Number.isNaN(x)) return 'geen getal';
  if (x === Infinity) return 'oneindig';
  if (x === -Infinity) return 'min oneindig';
  if (x === 0) return '0';
  return String(Number(x.toPrecision(15)))
    .replace('.', ',')
    .replace('e', 'E');
}

/** A number that stands in a text argument, as text: as typed for ordinary numbers, Excel's notation for extreme ones. */
export function numberAsText(x: number): string {
  const s = Number.isFinite(x) ? String(Number(x.toPrecision(15))) : '';
  return s === '' || /e/.test(s) ? formatNumber(x) : s;
}

/** A value as the user typed it, in Dutch notation: -1.5 → "-1,5", "abc" → "\"abc\"". */
export function formatValue(v: unknown): string {
  if (v instanceof Described) return v.text;
  if (v === null || v === undefined) return 'leeg';
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'boolean') return v ? 'WAAR' : 'ONWAAR';
  if (typeof v === 'string') return `"${v.length > 40 ? v.slice(0, 40) + '…' : v}"`;
  if (Array.isArray(v)) {
    const rows = v.length;
    if (!v.some(Array.isArray)) return `lijst van ${rows}`;
    const cols = Math.max(...v.map((r) => (Array.isArray(r) ? r.length : 1)));
    return `bereik van ${rows}×${cols}`;
  }
  if (typeof v === 'object' && v !== null && 'toNumber' in v && typeof v.toNumber === 'function') {
    // a decimal: through the same formatter (15 significant digits are plenty for a message)
    return formatNumber((v as { toNumber(): number }).toNumber());
  }
  if (typeof v === 'object' && v !== null && 'toString' in v) return String(v).replace('.', ',');
  return String(v);
}

/**
 * An amount as a person reads it in Dutch (the one formatter for sheets,
 * reports and the pane): thousands grouped with ".", a decimal comma, at
 * most `maxDecimals` decimals (trailing zeros dropped down to `minDecimals`).
 * 1234567.891 → "1.234.567,89". Needs no Intl (the functions runtime may lack it).
 */
export function formatAmount(x: number, maxDecimals = 2, minDecimals = 0): string {
  if (!Number.isFinite(x) || Math.abs(x) >= 1e21) return formatNumber(x);
  const fixed = Math.abs(x).toFixed(maxDecimals);
  const dot = fixed.indexOf('.');
  const whole = dot < 0 ? fixed : fixed.slice(0, dot);
  let frac = dot < 0 ? '' : fixed.slice(dot + 1).replace(/0+$/, '');
  while (frac.length < minDecimals) frac += '0';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const text = frac ? `${grouped},${frac}` : grouped;
  return x < 0 && /[1-9]/.test(text) ? `-${text}` : text;
}

/** An amount in euro: "€ 1.234.567,89" (`decimals` fixed, default 2). */
export function formatEuro(x: number, decimals = 2): string {
  return `€ ${formatAmount(x, decimals, decimals)}`;
}

/** Percent as Dutch text: 0.02 → "2%". */
export function formatPercent(rate: number): string {
  const pct = rate * 100;
  return Number.isFinite(pct) ? `${formatNumber(Math.round(pct * 1e8) / 1e8 || pct)}%` : `${formatNumber(rate)} (als fractie)`;
}

export const MSG = {
  required: 'is verplicht',
  notNumber: 'moet een getal zijn',
  notFinite: 'moet een eindig getal zijn',
  notInteger: 'moet een geheel getal zijn',
  notYear: (min: number, max: number) => `moet een jaartal zijn tussen ${min} en ${max}`,
  greaterThan: (label: string) => `moet groter zijn dan ${label}`,
  atLeast: (label: string) => `moet ten minste ${label} zijn`,
  lessThan: (label: string) => `moet kleiner zijn dan ${label}`,
  atMost: (label: string) => `mag hoogstens ${label} zijn`,
  notOneOf: (values: readonly string[]) => `moet een van deze waarden zijn: ${values.map((v) => `"${v}"`).join(', ')}`,
  notBoolean: 'moet WAAR of ONWAAR zijn',
  notText: 'moet een tekst zijn',
  notSeries: 'moet één rij of één kolom zijn',
  seriesText: (pos: number) => `bevat op positie ${pos} geen getal`,
  seriesTooShort: (n: number) => `moet ten minste ${n} ${n === 1 ? 'waarde' : 'waarden'} bevatten`,
  seriesTooLong: (n: number) => `mag hoogstens ${n} waarden bevatten`,
  textTooLong: (n: number) => `mag hoogstens ${n} tekens bevatten`,
  sameLength: (other: string, n: number) => `moet even lang zijn als ${other} (${n} waarden)`,
  tooManyCells: (n: number) => `mag hoogstens ${n} cellen bevatten`,
  tableColumns: (n: number | string) => `moet ${n} kolommen hebben`,
  cellText: (row: number, col: number) => `bevat in rij ${row}, kolom ${col} geen getal`,
  rowNegative: (row: number) => `bevat in rij ${row} een negatief getal`,
  /** A position in a tuple, after the parameter's name: "fonds (positie 3, looptijd)". */
  position: (pos: number, what: string) => `(positie ${pos}, ${what})`,
  requiresOther: (other: string) => `kan alleen samen met ${other} worden opgegeven`,
  resultNotFinite: 'de uitkomst is geen eindig getal; controleer de invoer op extreem grote of kleine waarden',
  internal: 'interne fout in de berekening; meld dit met de gebruikte invoer',
  noConvergenceIrr: 'de interne rentevoet convergeert niet (geen tekenwisseling in de kasstromen of geen oplossing gevonden)',
  irrNoSignChange: (what: string) =>
    `kasstromen hebben geen tekenwisseling (${what}); een interne rentevoet bestaat alleen als er zowel negatieve (investeringen) ` +
    `als positieve bedragen (opbrengsten) zijn`,
  irrManySignChanges: (n: number, years: string) =>
    `kasstromen wisselen ${n} keer van teken (in ${years}); dan kunnen er meerdere interne rentevoeten zijn en is er ` +
    `geen eenduidige uitkomst. Gebruik GREX.NCW met een gekozen disconteringsvoet, of voeg kasstromen samen tot één ` +
    `tekenwisseling`,
  unknownFunction: (name: string) => `onbekende functie ${name}`,
  tooManyArgs: (max: number) => `te veel argumenten (hoogstens ${max})`,
} as const;
