/**
 * The "Bronnen" table under each method document (docs/methode/<file>.md),
 * rendered from the source catalogue: the sources the area's functions cite,
 * and the method sections of that document. `scripts/update-methode.js`
 * writes it between the markers; a test compares it with the catalogue.
 */
import { SOURCE_CATALOGUE, TAG_TEXT, type SourceId } from '../core/sources';
import { REGISTRY } from './registry';
import type { Category } from './types';

export const METHODE_FILE: Record<Category, string> = {
  Tijdwaarde: 'tijdwaarde-bbv',
  'Grondexploitatie (BBV)': 'tijdwaarde-bbv',
  Risico: 'risico',
  'Meerjarenprognose (MPG)': 'mpg',
  'Grondwaarde en waardesprong': 'grondwaarde',
  'Kostenverhaal (Omgevingswet)': 'kostenverhaal',
  'Bedrijfsverplaatsing en onrendabele top': 'verplaatsing',
  Erfpacht: 'erfpacht',
  'Barcode en functiemenging': 'barcode',
  'Ruimte voor economie': 'economie',
};

export const METHODE_BEGIN = '<!-- bronnen:begin -->';
export const METHODE_END = '<!-- bronnen:end -->';

/** The catalogue ids a method document lists: cited by its functions, its own method sections, then those its text mentions. */
export function methodeSources(file: string, body = ''): SourceId[] {
  const ids: SourceId[] = [];
  const add = (id: SourceId) => {
    if (!ids.includes(id)) ids.push(id);
  };
  for (const spec of REGISTRY) if (METHODE_FILE[spec.category] === file) for (const s of spec.sources) add(s.id);
  for (const id of Object.keys(SOURCE_CATALOGUE) as SourceId[]) if (SOURCE_CATALOGUE[id].url?.startsWith(`docs/methode/${file}.md#`)) add(id);
  for (const m of body.matchAll(/`([a-z0-9]+(?:-[a-z0-9]+)+)`/g)) if (m[1] in SOURCE_CATALOGUE) add(m[1] as SourceId);
  return ids;
}

/** A link to a method section, relative to the document that lists it. */
function methodLink(url: string, file: string): string {
  const target = url.replace(/^docs\/methode\//, '');
  return target.startsWith(`${file}.md#`) ? `[paragraaf](${target.slice(file.length + 3)})` : `[${target.replace('.md', '')}](${target})`;
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

export function renderMethodeSources(file: string, body = ''): string {
  const rows = methodeSources(file, body).map((id) => {
    const s = SOURCE_CATALOGUE[id] as { title: string; publisher: string; url?: string; read?: string; tag: keyof typeof TAG_TEXT; why?: string };
    const where = !s.url ? '' : s.url.startsWith('docs/methode/') ? methodLink(s.url, file) : `<${s.url}>`;
    const tag = `[${s.tag}] ${TAG_TEXT[s.tag]}${s.why ? `: ${s.why}` : ''}`;
    return `| \`${id}\` | ${cell(s.title)} | ${cell(s.publisher)} | ${where} | ${s.read ?? ''} | ${cell(tag)} |`;
  });
  return ['| Id | Titel | Uitgever | Adres | Gelezen | Verificatie |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

/** The document text with its sources table replaced by the current one. */
export function withMethodeSources(text: string, file: string): string {
  const a = text.indexOf(METHODE_BEGIN);
  const b = text.indexOf(METHODE_END);
  if (a < 0 || b < a) throw new Error(`docs/methode/${file}.md: markeringen ${METHODE_BEGIN} … ${METHODE_END} ontbreken`);
  return `${text.slice(0, a + METHODE_BEGIN.length)}\n${renderMethodeSources(file, text.slice(0, a))}\n${text.slice(b)}`;
}
