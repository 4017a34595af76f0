/**
 * Help pages (one per function, served by the add-in at help/<ID>.html) and
 * the README function table, both rendered from the registry. All text is
 * HTML-escaped; the pages load no script.
 */
import { REGISTRY, signature } from './registry';
import { isOptional } from './metadata';
import type { FunctionSpec, ParamSpec, Source } from './types';
import { NAMESPACE } from './errors';
import { isMethod } from './sources';
import { emptyCellText } from './empty-cell-help';

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const TAG_TEXT: Record<Source['tag'], string> = {
  V: 'geverifieerd (bron citeert de regel)',
  'V-ind': 'indirect geverifieerd (secundaire bron of gemeentelijke praktijk)',
  R: 'niet geverifieerd — controleer de primaire bron',
  besluit: 'productbesluit GREX, toegelicht in de methode',
};

export function tagText(tag: Source['tag']): string {
  return TAG_TEXT[tag];
}

/** A public source links out; a method section of GREX is named by its path in the repository. */
function sourceLink(s: Source): string {
  if (!s.url) return '';
  if (isMethod(s)) return ` · methode: <code>${escapeHtml(s.url)}</code>`;
  return ` · <a href="${escapeHtml(s.url)}" rel="noopener noreferrer">${escapeHtml(s.url)}</a>`;
}

function paramKind(p: ParamSpec): string {
  switch (p.kind) {
    case 'rate': return 'percentage (fractie)';
    case 'year': return 'jaartal';
    case 'integer': return 'geheel getal';
    case 'number': return 'getal';
    case 'series': return 'rij of kolom';
    case 'table': return 'tabel (bereik)';
    case 'enum': return `tekst: ${p.values.map((v) => `"${v}"`).join(', ')}`;
    case 'boolean': return 'WAAR/ONWAAR';
    case 'text': return 'tekst';
  }
}

function defaultText(p: ParamSpec): string {
  if ('default' in p && p.default !== undefined) {
    const d = p.default;
    return typeof d === 'boolean' ? (d ? 'WAAR' : 'ONWAAR') : typeof d === 'string' ? `"${d}"` : String(d).replace('.', ',');
  }
  return isOptional(p) ? '(leeg)' : 'verplicht';
}

function resultText(spec: FunctionSpec): string {
  const r = spec.result;
  switch (r.shape) {
    case 'scalar': return r.type === 'number' ? 'Eén getal.' : 'Eén tekst.';
    case 'row': return `Eén rij (spill): ${r.labels.join(' | ')}.`;
    case 'table': return `Eén rij per regel (spill), kolommen: ${r.columns.join(' | ')}.`;
    case 'lines': return 'Eén tekstregel per bevinding (spill); leeg als er niets te melden is.';
    case 'like': return `Een reeks van dezelfde vorm als ${r.param} (spill).`;
  }
}

/** The frame every help page shares: policy (no script at all), title, stylesheet. */
function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="help.css">
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

export function renderHelpPage(spec: FunctionSpec): string {
  const e = escapeHtml;
  const rows = spec.params
    .map((p) => `<tr><td><code>${e(p.name)}</code></td><td>${e(paramKind(p))}</td><td>${e(defaultText(p))}</td><td>${e(p.description)}</td></tr>`)
    .join('\n');
  const notes = (spec.help.notes ?? []).map((n) => `<li>${e(n)}</li>`).join('\n');
  const empty = spec.params.map((p) => `<li><code>${e(p.name)}</code>: ${e(emptyCellText(p))}</li>`).join('\n');
  const examples = (spec.help.examples ?? [])
    .map((x) => `<li><code>${e(x.formula)}</code> → <strong>${e(String(x.result).replace('.', ','))}</strong><br>${e(x.explanation)}</li>`)
    .join('\n');
  const sources = spec.sources
    .map((s) => `<li>${e(s.label)} <em>[${e(s.tag)}: ${e(TAG_TEXT[s.tag])}]</em><br><span class="src">${e(s.document)}${sourceLink(s)}</span></li>`)
    .join('\n');
  return page(`${NAMESPACE}.${spec.id} — GREX help`, `<p class="crumb"><a href="index.html">Alle GREX-functies</a> · ${e(spec.category)}</p>
<h1>${e(NAMESPACE)}.${e(spec.id)}</h1>
<p class="lead">${e(spec.description)}</p>
<pre class="sig">${e(signature(spec))}</pre>
<h2>Formule</h2>
<pre>${spec.help.formula.map(e).join('\n')}</pre>
<h2>Argumenten</h2>
<table><thead><tr><th>Argument</th><th>Soort</th><th>Standaard</th><th>Betekenis</th></tr></thead>
<tbody>
${rows}
</tbody></table>
<h2>Uitkomst</h2>
<p>${e(resultText(spec))}</p>
${notes ? `<h2>Toelichting</h2>\n<ul>\n${notes}\n</ul>` : ''}
${empty ? `<h2>Lege cellen</h2>\n<ul>\n${empty}\n</ul>` : ''}
${examples ? `<h2>Voorbeelden</h2>\n<ul>\n${examples}\n</ul>` : ''}
<h2>Bronnen</h2>
<ul>
${sources}
</ul>
<h2>Foutmeldingen</h2>
<p>Onjuiste invoer geeft <code>#WAARDE!</code> (<code>#VALUE!</code>) met een melding die het argument en de ontvangen waarde noemt; een berekening die niet convergeert geeft <code>#GETAL!</code> (<code>#NUM!</code>).</p>`);
}

export function renderHelpIndex(): string {
  const e = escapeHtml;
  const groups = new Map<string, FunctionSpec[]>();
  for (const s of REGISTRY) groups.set(s.category, [...(groups.get(s.category) ?? []), s]);
  const body = [...groups]
    .map(([cat, specs]) => `<h2>${e(cat)}</h2>\n<ul>\n${specs.map((s) => `<li><a href="${e(s.id)}.html"><code>${e(NAMESPACE)}.${e(s.id)}</code></a> — ${e(s.description)}</li>`).join('\n')}\n</ul>`)
    .join('\n');
  return page('GREX-functies', `<h1>GREX-functies</h1>
<p class="lead">Alle functies van de GREX-invoegtoepassing. Percentages als fractie (2% = 0,02), jaren als jaartal, reeksen als één rij of kolom.</p>
${body}`);
}

/** The README's function table (Markdown). */
export function renderFunctionTable(): string {
  const lines = ['| Functie | Categorie | Wat het doet |', '|---|---|---|'];
  for (const s of REGISTRY) lines.push(`| \`${signature(s)}\` | ${s.category} | ${s.description} |`);
  return lines.join('\n');
}
